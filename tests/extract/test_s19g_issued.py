"""Issuers and organisers stated in ways the first ISSUED / ORGANIZES rules missed (helper s19g).

Every document here is invented for the test: a regulation under its history note, a law titled with the
state's name, a report that carries its subject across a purpose clause, passive enactments, and events
named after an edition number.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation

REGULATION = """东岭港口安全管理条例

（2009年3月2日中华人民共和国国务院令第530号公布　2022年4月8日中华人民共和国国务院令第751号修订）

第一章　总则

第一条　为了加强港口安全管理，保障人员和财产安全，制定本条例。

第二条　国务院交通运输主管部门负责全国港口安全的监督管理工作。
"""

COUNCIL_PASSED = """东岭港口安全管理条例

（2022年3月30日国务院第170次常务会议通过　自2022年7月1日起施行）

第一条　为了加强港口安全管理，制定本条例。
"""

LAW = (
    "中华人民共和国海岛生态保护法\n\n"
    "（2012年6月29日第十一届全国人民代表大会常务委员会第二十七次会议通过　"
    "2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议修订）\n\n"
    "第一章　总则\n\n"
    "第一条　为了保护海岛生态，促进海岛可持续利用，制定本法。\n"
)

UNNOTED = """东岭港口安全管理条例

第一条　为了加强港口安全管理，制定本条例。本条例由东岭市交通运输局负责解释。
"""


def test_a_regulations_history_note_names_the_council_that_issued_it():
    g = build(REGULATION, "port-regulation.txt")
    assert has_relation(g, "中华人民共和国国务院", "ISSUED", "东岭港口安全管理条例")


def test_a_meeting_that_passed_the_regulation_issues_it():
    g = build(COUNCIL_PASSED, "port-regulation-passed.txt")
    assert has_relation(g, "中华人民共和国国务院", "ISSUED", "东岭港口安全管理条例")


def test_a_national_law_is_its_own_policy_and_the_legislature_in_its_note_issued_it():
    g = build(LAW, "island-law.txt")
    assert g.document.doc_type == "policy"
    assert has_relation(g, "全国人民代表大会常务委员会", "ISSUED", "中华人民共和国海岛生态保护法")


def test_a_body_named_in_the_articles_and_not_in_a_note_issues_nothing():
    g = build(UNNOTED, "port-regulation-unnoted.txt")
    assert not has_relation(g, "东岭市交通运输局", "ISSUED", "东岭港口安全管理条例")


def test_a_subject_carried_over_a_purpose_clause_issues_the_plan():
    g = build("挪威为提高国立研究机构的效率，2016年公布《国立研究机构整合方案》，撤并了五家机构。", "report.txt")
    assert has_relation(g, "挪威", "ISSUED", "国立研究机构整合方案")


def test_a_speakers_subject_is_not_carried_into_a_relative_clause():
    g = build("东岭市科学技术局表示，前年发布的《东岭市科技金融十条》成效明显。", "news.txt")
    assert not has_relation(g, "东岭市科学技术局", "ISSUED", "东岭市科技金融十条")


def test_a_revision_by_the_legislature_in_the_passive_issues_the_law():
    g = build("《東岭省海洋經濟促進條例》由東岭省人民代表大會常務委員會於去年修訂，加強了岸線保護。", "news-trad.txt")
    assert has_relation(g, "东岭省人民代表大会常务委员会", "ISSUED", "东岭省海洋经济促进条例")


def test_means_after_by_is_not_an_enactment():
    g = build("《东岭省海洋经济促进条例》规定，由东岭省财政厅通过专项资金扶持海洋企业。", "policy.txt")
    assert not has_relation(g, "东岭省财政厅", "ISSUED", "东岭省海洋经济促进条例")


def test_an_edition_number_after_de_does_not_hide_the_event_from_its_hosts():
    g = build("由东岭大学主办、东岭市科学技术协会承办的第六届东岭海洋科技论坛昨日开幕。", "news.txt")
    assert has_relation(g, "东岭大学", "ORGANIZES", "东岭海洋科技论坛")
    assert has_relation(g, "东岭市科学技术协会", "ORGANIZES", "东岭海洋科技论坛")


def test_an_edition_number_in_traditional_script():
    g = build("由東岭大學主辦的首屆東岭海洋科技論壇於本月舉行，吸引逾千人參加。", "news-trad.txt")
    assert has_relation(g, "东岭大学", "ORGANIZES", "东岭海洋科技论坛")


LEGCO = """立法會：再工業化資助
以下是今日在立法會會議上林議員的提問和創新科技及工業局局長的答覆：
問題：
行政長官在2022年施政報告中宣布設立新型工業化加速計劃，請問詳情為何？
答覆：
主席：
政府在《2023年施政報告》中公布推出產學研一號計劃，資助大學初創團隊。
"""


def test_the_address_a_leader_speaks_in_is_no_subject_of_the_scheme_he_announces():
    g = build(LEGCO, "hk_legco_reindustrialisation.txt")
    assert has_relation(g, "香港特别行政区行政长官", "ISSUED", "新型工业化加速计划")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "产学研一号计划")
    assert not has_relation(g, "2022年施政报告", "ISSUED", "新型工业化加速计划")


def test_a_body_and_de_before_a_title_cites_its_issuer():
    text = "按照國務院辦公廳的《關於加強海島醫療服務保障的指導意見》，各地要增設海島診所。"
    g = build(text, "plan-trad.txt")
    assert has_relation(g, "国务院办公厅", "ISSUED", "关于加强海岛医疗服务保障的指导意见")


def test_a_co_organiser_after_the_comma_shares_the_hosts_frame():
    g = build("東岭海洋科技論壇由東岭大學主辦，東岭市科學技術協會協辦。", "news-trad.txt")
    assert has_relation(g, "东岭大学", "ORGANIZES", "东岭海洋科技论坛")
    assert has_relation(g, "东岭市科学技术协会", "ORGANIZES", "东岭海洋科技论坛")


def test_a_list_of_co_organisers_after_the_comma():
    g = build("本届东岭海洋科技论坛由东岭大学主办，东岭市科学技术协会、东岭海洋研究所承办。", "news.txt")
    assert has_relation(g, "东岭海洋研究所", "ORGANIZES", "东岭海洋科技论坛")


def test_a_body_with_another_task_after_the_comma_does_not_organise():
    g = build("东岭海洋科技论坛由东岭大学主办，东岭市科学技术协会负责宣传。", "news.txt")
    assert not has_relation(g, "东岭市科学技术协会", "ORGANIZES", "东岭海洋科技论坛")


def test_a_plan_titled_with_its_years_is_the_documents_own_policy():
    text = "東岭市海洋經濟發展規劃（2021-2025年）\n\n第一章　發展基礎\n\n全市海洋經濟保持較快增長。\n"
    g = build(text, "plan-trad.txt")
    assert g.document.doc_type == "policy"
    assert any(e.type == "Policy" and e.name.startswith("东岭市海洋经济发展规划") for e in g.entities)


def test_a_report_named_after_yu_frames_the_scheme_the_government_proposes():
    g = build("本港創科發展迅速。特區政府於2019年施政報告提出設立海洋科技創投基金。", "hk_news_fund.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "2019年施政报告")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "海洋科技创投基金")
