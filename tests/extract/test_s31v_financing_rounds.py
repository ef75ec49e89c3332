"""Financing rounds in deal news (invested.round): the investors named after the round, each list with its own verb
(领投, 跟投, 参投, 参与) or after an opener (投资方为, 战略投资者, 基石投资者), invest in the firm that raised it."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_leads_and_followers_after_the_round_invest_in_the_raiser() -> None:
    g = build(
        "东岭康瑞生物科技有限公司近日完成2亿元B轮融资，本轮融资由南湖创新投资集团有限公司领投，"
        "北辰医疗产业投资基金、东岭医疗投资有限公司跟投。"
    )
    for investor in ("南湖创新投资集团有限公司", "北辰医疗产业投资基金", "东岭医疗投资有限公司"):
        assert has_relation(g, investor, "INVESTED_IN", "东岭康瑞生物科技有限公司")


def test_joint_leads_invest_and_cooperate_old_shareholders_follow() -> None:
    g = build(
        "南湖智影医疗科技有限公司宣布完成B轮融资，本轮由北辰创新投资集团有限公司和东岭医疗产业投资基金联合领投，"
        "南湖医疗投资有限公司等老股东跟投。"
    )
    assert has_relation(g, "北辰创新投资集团有限公司", "INVESTED_IN", "南湖智影医疗科技有限公司")
    assert has_relation(g, "东岭医疗产业投资基金", "INVESTED_IN", "南湖智影医疗科技有限公司")
    assert has_relation(g, "南湖医疗投资有限公司", "INVESTED_IN", "南湖智影医疗科技有限公司")
    assert has_relation(g, "北辰创新投资集团有限公司", "COOPERATES_WITH", "东岭医疗产业投资基金")


def test_round_owned_with_de_and_investors_listed_after_an_opener() -> None:
    g = build("南湖智影医疗科技有限公司的A轮融资由北辰创新投资集团有限公司领投。")
    assert has_relation(g, "北辰创新投资集团有限公司", "INVESTED_IN", "南湖智影医疗科技有限公司")
    g = build(
        "北辰医药股份有限公司完成23亿元融资，投资方为南湖创新投资集团有限公司（领投）、东岭创新投资集团有限公司。"
    )
    assert has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰医药股份有限公司")
    assert has_relation(g, "东岭创新投资集团有限公司", "INVESTED_IN", "北辰医药股份有限公司")


def test_strategic_and_cornerstone_investors() -> None:
    g = build("北辰基因科技有限公司完成A轮融资，引入战略投资者南湖创新投资集团有限公司。")
    assert has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰基因科技有限公司")
    g = build("北辰基因有限公司获得基石投资者南湖创新投资集团有限公司与东岭发展有限公司认购约900万股。")
    assert has_relation(g, "东岭发展有限公司", "INVESTED_IN", "北辰基因有限公司")
    assert not has_relation(g, "北辰基因有限公司", "INVESTED_IN", "东岭发展有限公司")


def test_no_round_or_a_quoted_raiser_gives_no_investment() -> None:
    g = build("东岭康瑞生物科技有限公司去年参与了南湖医疗器械产业园的建设。")
    assert not has_relation(g, "东岭康瑞生物科技有限公司", "INVESTED_IN", "南湖医疗器械产业园")
    g = build("南湖创新投资集团有限公司领投的项目较多，北辰基因科技有限公司正在寻找投资。")
    assert not has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰基因科技有限公司")
    g = build("东岭医疗科技有限公司旗下平台“南湖互助”完成D轮融资，本轮由北辰创新投资集团有限公司领投。")
    assert not has_relation(g, "北辰创新投资集团有限公司", "INVESTED_IN", "东岭医疗科技有限公司")


def test_investing_as_a_noun_names_no_investor() -> None:
    g = build("本轮融资由美国生物医药投资领域知名投资机构南湖资本有限公司领投。")
    assert not has_relation(g, "美国", "INVESTED_IN", "南湖资本有限公司")
