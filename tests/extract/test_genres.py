"""Second round of genre fixtures, written for these tests: a plan excerpt opening at a chapter heading,
a research report without 文号, mainland cooperation news, a Legislative Council reply in Traditional
script and a city government work report. Each test pins a construction that failed on them."""

from __future__ import annotations

from .helpers import build, has_relation

LEGCO_REPLY = (
    "立法會二十題：大學科研資助\n\n"
    "以下是今日在立法會會議上陳家明議員的提問和教育局局長楊志強的書面答覆：\n\n"
    "答覆：\n\n主席：\n\n"
    "教資會轄下的研究資助局每年撥款資助研究項目。醫院管理局轄下臨床研究委員會會定期檢討指引。"
    "香港理工大學早前在深圳成立研究院，並與香港中文大學合作開展跨院校研究。"
    "香港科學園內的康泰生物科技有限公司已開始生產疫苗。\n"
)


def test_legco_reply_units_under_a_body_partners_and_tenants():
    g = build(LEGCO_REPLY, "legco.txt")
    assert g.document.doc_type == "reply"
    assert has_relation(g, "临床研究委员会", "PART_OF", "医院管理局")  # 轄下 without 的
    assert has_relation(g, "香港理工大学", "COOPERATES_WITH", "香港中文大学")  # subject carried over ，並與
    assert has_relation(g, "康泰生物科技有限公司", "LOCATED_IN", "香港科学园")  # PARK內的Y


def test_a_clause_going_on_with_bing_keeps_its_subject_only_for_its_own_partner():
    g = build("香港理工大學在深圳成立研究院，並與香港中文大學合作。香港大學表示，科大亦與業界合作。")
    assert has_relation(g, "香港理工大学", "COOPERATES_WITH", "香港中文大学")
    assert not has_relation(g, "香港大学", "COOPERATES_WITH", "香港科技大学")


def test_report_a_component_of_a_whole_and_a_founder_after_the_place_of_the_topic():
    g = build(
        "南湖生物医药平台是浙江省生物医药产业技术创新中心的重要组成部分。"
        "南湖大学技术转移研究院位于苏州工业园区，由复旦大学和苏州市人民政府共同组建。",
        "report.txt",
    )
    assert has_relation(g, "南湖生物医药平台", "PART_OF", "浙江省生物医药产业技术创新中心")
    assert has_relation(g, "复旦大学", "FOUNDED", "南湖大学技术转移研究院")
    assert not has_relation(g, "复旦大学", "FOUNDED", "苏州工业园区")


def test_a_plan_excerpt_is_a_policy_document_with_no_invented_policy():
    text = "第四章　打造科技創新高地\n\n第一節　推進協同創新\n支持香港科技大學與中山大學共建聯合實驗室。\n"
    g = build(text, "plan.txt")
    assert g.document.doc_type == "policy"
    assert not any(e.type == "Policy" for e in g.entities)
    assert has_relation(g, "香港科技大学", "COOPERATES_WITH", "中山大学")
