"""Institutes of the Chinese Academy of Sciences by their usual short forms (issue #10, helper s32g).

News names an institute of the academy as 中科院X所 or by its city and clipped name (大连化物所, 武汉病毒所); the
lexicon's table of well-known bodies maps those forms to the institute's full name, so the institute is found and,
when the document names the academy too, is PART_OF it by its name. Invented sentences."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_institute_written_as_cas_short_form_is_found_and_part_of_the_academy() -> None:
    g = build("东岭论坛昨日开幕，中国科学院派员出席。中科院微生物所研究员在会上介绍了菌种保藏平台。")
    assert "中国科学院微生物研究所" in names(g)
    assert has_relation(g, "中国科学院微生物研究所", "PART_OF", "中国科学院")


def test_institute_written_by_city_and_clipped_name() -> None:
    g = build("南湖大学与武汉病毒所签署合作协议，双方将共建联合实验室。")
    assert "中国科学院武汉病毒研究所" in names(g)


def test_institute_short_form_in_traditional_script() -> None:
    g = build("中國科學院與南湖大學簽署協議，中科院生物物理所研究員作專題報告。")
    assert has_relation(g, "中国科学院生物物理研究所", "PART_OF", "中国科学院")
