"""Funding relations: the bodies that hand money down to a hospital or a project (session s28f).

Invented sentences in the shapes mainland replies to deputies use: the department of an autonomous region written
without its place (自治区发展改革委), which is the region's own body and not the ministry, and money handed down to a
body (向某医院下达专项资金), which names no fund.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_autonomous_region_department_is_not_the_ministry() -> None:
    g = build("我局联合自治区发展改革委支持北辰医院申报国家中医特色重点医院项目。")
    found = names(g)
    assert "自治区发展改革委" in found
    assert "国家发展和改革委员会" not in found
    assert has_relation(g, "自治区发展改革委", "SUPPORTS", "北辰医院")


def test_money_handed_down_names_no_fund() -> None:
    g = build("2021年，东岭市财政局向北辰医院下达专项资金3000万元，用于发热门诊改造。")
    assert not [e.name for e in g.entities if e.name.endswith("专项资金")]
    named = build("东岭市将强化生物医药产业发展专项资金的导向作用。")
    assert names(named)["生物医药产业发展专项资金"].type == "Program"


def test_approval_after_founders_is_of_the_body_they_found() -> None:
    g = build(
        "北辰生物医药产业协会是由东岭医药有限公司、南坪生物科技有限公司等单位共同发起，"
        "经东岭市发展和改革委员会批复同意成立的非营利性社会团体。"
    )
    assert has_relation(g, "东岭市发展和改革委员会", "SUPPORTS", "北辰生物医药产业协会")
    assert not has_relation(g, "东岭市发展和改革委员会", "SUPPORTS", "南坪生物科技有限公司")
    approved = build("东岭医药有限公司经东岭市科学技术局认定为高新技术企业。")
    assert has_relation(approved, "东岭市科学技术局", "SUPPORTS", "东岭医药有限公司")
