"""A fund named where deal news lists a round's investors (X基金领投, 投资方为A、X基金, X基金与Y共同投资了Z) is the
fund manager that takes the stake, a firm; a fund that grants money stays a programme."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_fund_following_a_round_is_a_firm_and_invests() -> None:
    g = build("东岭康瑞生物科技有限公司完成B轮融资，本轮由南湖创新投资集团有限公司领投，北辰医疗基金跟投。")
    assert names(g)["北辰医疗基金"].type == "Company"  # type: ignore[attr-defined]
    assert has_relation(g, "北辰医疗基金", "INVESTED_IN", "东岭康瑞生物科技有限公司")


def test_funds_listed_as_investors_and_a_fund_that_invested() -> None:
    g = build("北辰基因科技有限公司完成C轮融资，投资方为南湖创新投资集团有限公司、东岭医疗基金、北辰健康基金。")
    assert names(g)["北辰健康基金"].type == "Company"  # type: ignore[attr-defined]
    g = build("南湖医疗基金与北辰投资集团有限公司共同投资了东岭康瑞生物科技有限公司。")
    assert has_relation(g, "南湖医疗基金", "INVESTED_IN", "东岭康瑞生物科技有限公司")


def test_a_granting_fund_stays_a_programme() -> None:
    g = build("东岭市科学技术局设立东岭科技发展基金，资助本市高校开展基础研究。")
    assert names(g)["东岭科技发展基金"].type == "Program"  # type: ignore[attr-defined]


def test_a_fund_seen_investing_is_a_firm_at_its_other_mentions() -> None:
    g = build(
        "本月最活跃的机构有南湖医疗基金（3起）。\n"
        "其中南湖医疗基金与北辰投资集团有限公司共同投资了东岭康瑞生物科技有限公司。\n"
    )
    assert names(g)["南湖医疗基金"].type == "Company"  # type: ignore[attr-defined]
    assert has_relation(g, "南湖医疗基金", "INVESTED_IN", "东岭康瑞生物科技有限公司")
