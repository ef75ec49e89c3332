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


def test_partner_is_the_owned_unit_and_the_body_listed_with_it_news() -> None:
    g = build(
        "南湖大学昨日与美国约翰斯·霍普金斯大学医学院的比较医学与分子生物学研究中心"
        "及英国伦敦卫生与热带医学院签署了合作备忘录。",
        "news.txt",
    )
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "比较医学与分子生物学研究中心")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "伦敦卫生与热带医学院")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "约翰斯·霍普金斯大学医学院")


def test_partner_is_the_owned_unit_report() -> None:
    g = build("佛山医药集团与浙江大学的南湖抗体研究中心合作开发新药。", "report.txt")
    assert has_relation(g, "佛山医药集团", "COOPERATES_WITH", "南湖抗体研究中心")
    assert has_relation(g, "南湖抗体研究中心", "PART_OF", "浙江大学")


def test_owner_stays_the_partner_when_no_unit_is_named_legco() -> None:
    g = build("創新科技署與香港大學的研究團隊合作開發新技術。", "legco.txt")
    assert has_relation(g, "创新科技署", "COOPERATES_WITH", "香港大学")


def test_long_names_do_not_push_the_marker_out_of_reach_report() -> None:
    g = build(
        "康瑞生物科技有限公司、北辰医学科技有限公司和佛山市南湖再生医学与组织工程研究院"
        "等三家机构之间近年形成了稳定的研发合作网络。",
        "report.txt",
    )
    assert has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "佛山市南湖再生医学与组织工程研究院")
    assert has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "北辰医学科技有限公司")


def test_unnamed_departments_of_a_body_are_not_that_body_policy() -> None:
    g = build("国家知识产权局会同国务院有关部门建立信息共享机制。", "policy.txt")
    assert not has_relation(g, "国家知识产权局", "COOPERATES_WITH", "中华人民共和国国务院")
    g = build("国家知识产权局应当与国务院相关部门加强沟通。", "regulation.txt")
    assert not has_relation(g, "国家知识产权局", "COOPERATES_WITH", "中华人民共和国国务院")


def test_named_partner_before_etc_related_departments_stays_reply() -> None:
    g = build("浙江省科学技术厅会同浙江省卫生健康委员会等相关部门研究具体措施。", "reply.txt")
    assert has_relation(g, "浙江省科学技术厅", "COOPERATES_WITH", "浙江省卫生健康委员会")


def test_named_the_partner_of_another_news_and_legco() -> None:
    g = build("北辰医学科技有限公司是南湖医院的战略合作伙伴，双方已合作八年。", "news.txt")
    assert has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖医院")
    g = build("香港中文大學今年成為香港科技園公司的合作夥伴。", "legco.txt")
    assert has_relation(g, "香港中文大学", "COOPERATES_WITH", "香港科技园公司")


def test_denied_partnership_states_nothing_reply() -> None:
    g = build("北辰医学科技有限公司并非南湖医院的合作伙伴。", "reply.txt")
    assert not has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖医院")
    g = build("北辰医学科技有限公司目前尚未与南湖医院签约。", "reply.txt")
    assert not has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖医院")


def test_adverb_or_time_before_with_news_report() -> None:
    for text in (
        "南湖大学去年与康瑞生物科技有限公司签约，共建中试基地。",
        "南湖大学通过与康瑞生物科技有限公司合作，把专利转化为产品。",
        "南湖大学将继续与康瑞生物科技有限公司合作开发诊断试剂。",
        "南湖大学再次与康瑞生物科技有限公司签署合作协议。",
    ):
        g = build(text, "news.txt")
        assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司"), text


def test_with_inside_a_name_stays_report() -> None:
    g = build("南湖大学脑与认知科学研究所与康瑞生物科技有限公司签署合作协议。", "report.txt")
    assert has_relation(g, "南湖大学脑与认知科学研究所", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_listed_parties_signing_news_and_legco() -> None:
    g = build("北辰医学科技有限公司、南湖医院今天签订战略合作协议，共建临床研究中心。", "news.txt")
    assert has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖医院")
    g = build("香港科技園公司、香港數碼港管理有限公司上月簽署合作備忘錄。", "legco.txt")
    assert has_relation(g, "香港科技园公司", "COOPERATES_WITH", "香港数码港管理有限公司")


def test_listed_bodies_each_signing_or_owned_partners_do_not_pair_report() -> None:
    g = build("北辰医学科技有限公司、南湖医院分别与高校签署合作协议。", "report.txt")
    assert not has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖医院")
    g = build(
        "南湖大学与浙江大学医学院的南湖抗体研究中心及康瑞生物科技有限公司签署合作备忘录。",
        "news.txt",
    )
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")
    assert not has_relation(g, "南湖抗体研究中心", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_diagnostic_centre_is_a_named_clinical_body_news() -> None:
    g = build("北辰診斷中心與威爾斯親王醫院合作提供基因檢測服務。", "news.txt")
    assert has_relation(g, "北辰诊断中心", "COOPERATES_WITH", "威尔斯亲王医院")


def test_units_list_ends_before_the_partner_of_the_last_unit_news() -> None:
    g = build("北辰醫學科技有限公司旗下的北辰診斷中心與威爾斯親王醫院合作，提供基因檢測服務。", "news.txt")
    assert has_relation(g, "北辰诊断中心", "PART_OF", "北辰医学科技有限公司")
    assert not has_relation(g, "威尔斯亲王医院", "PART_OF", "北辰医学科技有限公司")
    g = build("医院管理局辖下的南湖医院与佛山医院均设有肿瘤科。", "legco.txt")
    assert has_relation(g, "佛山医院", "PART_OF", "医院管理局")


def test_tong_as_the_preposition_before_a_partner_report() -> None:
    for text in (
        "南湖大学已同康瑞生物科技有限公司签约，转让两项专利。",
        "南湖大学去年同康瑞生物科技有限公司签订了技术许可合同。",
        "南湖大学同康瑞生物科技有限公司签约，合作开发新药。",
    ):
        g = build(text, "report.txt")
        assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司"), text


def test_tong_opening_a_word_stays_in_the_name_news() -> None:
    g = build("南湖大学已与同仁堂集团签约。", "news.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "同仁堂集团")
    g = build("南湖大学同学会今年成立。", "news.txt")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "南湖大学同学会")


def test_xietong_joins_a_partner_news() -> None:
    g = build("北辰醫學科技有限公司攜同香港中文大學在沙田開設檢測實驗室。", "news.txt")
    assert has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "香港中文大学")


def test_bodies_working_with_a_kind_do_not_pair_plan() -> None:
    g = build("支持香港大學、香港中文大學與內地高校聯合培養研究生。", "plan.txt")
    assert not has_relation(g, "香港大学", "COOPERATES_WITH", "香港中文大学")
    g = build("支持香港大學、香港中文大學與深圳大學聯合培養研究生。", "plan.txt")
    assert has_relation(g, "香港大学", "COOPERATES_WITH", "深圳大学")
