"""The parties of a signed cooperation agreement named as a list with 和, 及 or 、 (A和B签署合作备忘录，共同建设C) set
up together the body the next clause, which names no subject of its own, builds: as a pair named with 与 does.
Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_pair_with_he_signs_then_builds_news() -> None:
    g = build("东岭大学和南湖大学签署合作备忘录，共同建设“北辰国际创新学院”，培养创业人才。", "news.txt")
    assert has_relation(g, "东岭大学", "FOUNDED", "北辰国际创新学院")
    assert has_relation(g, "南湖大学", "FOUNDED", "北辰国际创新学院")


def test_list_signs_strategic_agreement_then_sets_up_trad() -> None:
    g = build("青禾醫院及東嶺大學簽署戰略合作協議,共同組建北辰再生醫學研究院。", "news-trad.txt")
    assert has_relation(g, "青禾医院", "FOUNDED", "北辰再生医学研究院")
    assert has_relation(g, "东岭大学", "FOUNDED", "北辰再生医学研究院")


def test_single_signer_and_no_cooperation_clause_stay_apart() -> None:
    g = build("东岭大学和南湖大学发布了年度报告，共同建设北辰国际创新学院。", "report.txt")
    assert not has_relation(g, "南湖大学", "FOUNDED", "北辰国际创新学院")
