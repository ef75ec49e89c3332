"""A member of a list glossed by its Latin name in brackets (北辰资本（Beichen Capital）、南湖资本跟投) stays one
member, and the list goes on after the bracket (issue #10). Sentences are invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_investors_glossed_in_latin_lead_and_follow_the_round() -> None:
    g = build(
        "东岭康瑞生物科技有限公司完成B轮融资，本轮融资由瓴岳资本(Lingyue Capital)领投，"
        "北辰资本(Beichen Capital)、南湖资本跟投。"
    )
    for investor in ("瓴岳资本", "北辰资本", "南湖资本"):
        assert has_relation(g, investor, "INVESTED_IN", "东岭康瑞生物科技有限公司")


def test_a_glossed_partner_does_not_end_the_list_of_partners() -> None:
    g = build("北辰大学与南湖生物科技有限公司（Nanhu Biotech Limited）、东岭医药有限公司签署战略合作协议。")
    assert has_relation(g, "北辰大学", "COOPERATES_WITH", "南湖生物科技有限公司")
    assert has_relation(g, "北辰大学", "COOPERATES_WITH", "东岭医药有限公司")


def test_a_glossed_subject_still_acts() -> None:
    g = build("南湖资本（Nanhu Capital）去年投资了北辰基因科技有限公司。")
    assert has_relation(g, "南湖资本", "INVESTED_IN", "北辰基因科技有限公司")
