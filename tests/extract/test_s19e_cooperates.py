"""COOPERATES_WITH in constructions the earlier rules missed: 分别与 before a list of partners, and a body's
partners listed after 合作伙伴包括 (which part.includes used to read as parts). Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_separately_with_a_list_of_partners_news() -> None:
    g = build("近年来，南湖大学分别与康瑞生物科技有限公司、佛山医药集团签订了技术转让合同。", "news.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山医药集团")


def test_separately_with_traditional_legco() -> None:
    g = build("香港科技園公司分別與香港大學和香港中文大學簽署合作備忘錄。", "legco.txt")
    assert has_relation(g, "香港科技园公司", "COOPERATES_WITH", "香港大学")
    assert has_relation(g, "香港科技园公司", "COOPERATES_WITH", "香港中文大学")


def test_partner_list_report_is_cooperation_not_part() -> None:
    g = build("康瑞生物科技有限公司的合作伙伴包括南湖大学和佛山医药集团。", "report.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")
    assert has_relation(g, "佛山医药集团", "COOPERATES_WITH", "康瑞生物科技有限公司")
    assert not has_relation(g, "南湖大学", "PART_OF", "康瑞生物科技有限公司")


def test_partner_units_plan() -> None:
    g = build("南湖大学的主要合作单位有佛山医药集团和康瑞生物科技有限公司。", "plan.txt")
    assert has_relation(g, "佛山医药集团", "COOPERATES_WITH", "南湖大学")


def test_subsidiaries_still_parts() -> None:
    g = build("醫院管理局轄下的藥物建議委員會每三個月舉行會議。", "legco.txt")
    assert has_relation(g, "药物建议委员会", "PART_OF", "医院管理局")
    assert not has_relation(g, "药物建议委员会", "COOPERATES_WITH", "医院管理局")


def test_partners_spread_is_not_a_list() -> None:
    g = build("南湖大学的合作伙伴遍布全国，佛山医药集团的客户包括多家医院。", "report.txt")
    assert not has_relation(g, "佛山医药集团", "COOPERATES_WITH", "南湖大学")
