"""The firm that raised a financing round, written by its short trade name after the kind of firm it is
(平台甲乙宣布完成融资, 研发商“甲乙”获得B轮融资), and a firm's long registered Latin name or a doubled bracket
after its Chinese name (issue #10). Sentences are invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_a_quoted_trade_name_after_its_kind_raised_the_round() -> None:
    g = build("抗体药物开发商“澜亭生物”获得12亿元B轮融资，本轮融资由北辰资本和东岭创投共同领投。")
    got = names(g)
    assert "澜亭生物" in got
    assert got["澜亭生物"].type == "Company"  # type: ignore[attr-defined]
    assert has_relation(g, "北辰资本", "INVESTED_IN", "澜亭生物")
    assert has_relation(g, "东岭创投", "INVESTED_IN", "澜亭生物")


def test_a_bare_trade_name_after_a_described_kind_raised_the_round() -> None:
    g = build("总部位于东岭的互联网医疗平台澜微近日完成新一轮融资，吸引了北辰资本、东岭创投等知名机构领投的3亿元融资。")
    assert "澜微" in names(g)
    assert has_relation(g, "北辰资本", "INVESTED_IN", "澜微")
    assert "东岭" not in {n for n in names(g) if has_relation(g, "北辰资本", "INVESTED_IN", n)}


def test_ordinary_words_after_a_kind_are_no_raiser() -> None:
    got = names(build("该平台目前完成融资，公司今年完成B轮融资。"))
    assert "目前" not in got
    assert "今年" not in got


def test_a_long_registered_latin_name_in_brackets_is_the_same_firm() -> None:
    got = names(build("澜星生物有限公司（Lanxing Therapeutics Holdings Limited）已完成C轮融资。"))
    assert "澜星生物有限公司" in got
    assert got.get("Lanxing Therapeutics Holdings Limited", got["澜星生物有限公司"]) is got["澜星生物有限公司"]
    assert len([n for n in got if n.startswith(("澜星", "Lanxing"))]) <= 2


def test_a_doubled_opening_bracket_still_glosses_the_name() -> None:
    got = names(build("澜星医疗的B轮融资由北辰资本((Beichen Capital)领投。"))
    assert "北辰资本" in got
    assert got.get("Beichen Capital", got["北辰资本"]) is got["北辰资本"]
