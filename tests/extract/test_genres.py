"""Second round of genre fixtures, written for these tests: a plan excerpt opening at a chapter heading,
a research report without 文号, mainland cooperation news, a Legislative Council reply in Traditional
script and a city government work report. Each test pins a construction that failed on them."""

from __future__ import annotations

from .helpers import build, has_relation, names

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


HK_NEWS = (
    "北辰基因大埔檢測實驗室啟用\n\n"
    "【本報訊】內地基因檢測企業北辰基因科技股份有限公司今日宣布，實驗室位於大埔工業邨，"
    "由香港科技園公司提供場地，獲特區政府資助興建。"
    "北辰基因香港有限公司是北辰基因科技股份有限公司的全資附屬公司，去年已進駐香港科學園。"
    "香港中文大學已與深圳大學締結姊妹學校。康瑞生物科技有限公司昨日與香港大學簽約。\n"
)


def test_hong_kong_news_descriptors_tenants_and_partners():
    g = build(HK_NEWS, "news.txt")
    names = {e.name for e in g.entities}
    assert "北辰基因科技股份有限公司" in names  # the descriptor 內地基因檢測企業 is not part of the name
    assert not has_relation(g, "香港特别行政区政府", "SUPPORTS", "香港科技园公司")  # 由X提供場地 is not the topic
    assert has_relation(g, "北辰基因香港有限公司", "LOCATED_IN", "香港科学园")  # subject carried past ，去年已
    assert has_relation(g, "香港中文大学", "COOPERATES_WITH", "深圳大学")  # 締結
    assert has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "香港大学")  # 簽約


def test_a_bare_comma_carries_no_subject_over_but_an_adverb_does():
    g = build("康瑞生物科技有限公司表示，香港科學園位於沙田。北辰基因科技股份有限公司表示，將遷入香港科學園。")
    assert not has_relation(g, "康瑞生物科技有限公司", "LOCATED_IN", "香港科学园")
    assert has_relation(g, "北辰基因科技股份有限公司", "LOCATED_IN", "香港科学园")  # 表示，將遷入: it moves itself


def test_a_hospital_of_a_university_and_a_lab_opened_in_an_estate():
    g = build("南湖醫院是香港大學李嘉誠醫學院的教學醫院。北辰基因檢測實驗室昨日於大埔工業邨投入運作。")
    assert has_relation(g, "南湖医院", "PART_OF", "香港大学李嘉诚医学院")
    assert has_relation(g, "北辰基因检测实验室", "LOCATED_IN", "大埔工业邨")


def test_respective_lists_pair_by_rank():
    g = build("南湖醫院和北辰醫院分別是香港大學李嘉誠醫學院和香港中文大學醫學院的教學醫院。")
    assert has_relation(g, "南湖医院", "PART_OF", "香港大学李嘉诚医学院")
    assert has_relation(g, "北辰医院", "PART_OF", "香港中文大学医学院")
    assert not has_relation(g, "南湖医院", "PART_OF", "香港中文大学医学院")


OPINION = (
    "国务院办公厅关于推进公立医院临床研究能力建设的意见\n国办发〔2025〕12号\n\n各省（区、市）人民政府：\n\n"
    "为贯彻落实《“健康中国2030”规划纲要》，经国务院同意，现就推进公立医院临床研究能力建设提出以下意见。\n"
)


def test_an_opinion_opening_names_no_policy_in_its_preamble_and_agreement_supports_nothing_cited():
    g = build(OPINION, "opinion.txt")
    assert not any(e.name.endswith("以下意见") for e in g.entities)
    assert not any(r.type == "SUPPORTS" for r in g.relations)
    assert has_relation(g, "国务院办公厅关于推进公立医院临床研究能力建设的意见", "REFERS_TO", "“健康中国2030”规划纲要")


WORK_REPORT = (
    "政府工作报告\n\n各位代表：\n\n现在，我代表苏州市人民政府，向大会报告政府工作，请审议。\n\n"
    "我市与中国科学院签署新一轮全面战略合作协议，与南京大学共建苏州校区。"
    "争取国家药品审评检查东岭分中心在苏州设立分支机构。苏州市人民政府表示支持。\n"
)


def test_work_report_partners_of_the_city_and_a_branch_set_up_in_it():
    g = build(WORK_REPORT, "work.txt")
    assert g.document.addressees == [] and g.document.doc_type != "reply"
    assert has_relation(g, "苏州", "COOPERATES_WITH", "中国科学院")
    assert has_relation(g, "苏州", "COOPERATES_WITH", "南京大学")  # the clause opening with 与 keeps 我市
    assert not has_relation(g, "中国科学院", "COOPERATES_WITH", "南京大学")
    assert has_relation(g, "国家药品审评检查东岭分中心", "LOCATED_IN", "苏州")


def test_a_lab_whose_field_the_dictionary_lacks_keeps_its_university():
    g = build("第四章　科技\n第一節　平台\n支持澳門大學智慧城市物聯網國家重點實驗室建設。澳門大學歡迎。\n", "p.txt")
    assert has_relation(g, "澳门大学智慧城市物联网国家重点实验室", "PART_OF", "澳门大学")


def test_a_branch_campus_or_park_set_up_in_a_place_locates_its_parent():
    g = build("推動香港科學園在深圳設立分園。支持香港科技大學在廣州南沙建設分校。")
    assert has_relation(g, "香港科学园", "LOCATED_IN", "深圳")
    assert has_relation(g, "香港科技大学", "LOCATED_IN", "广州南沙新区")


def test_a_known_body_after_a_verb_like_word_keeps_its_name():
    g = build("政府透過大學教育資助委員會（教資會）向大學撥款。教育局會聯同教資會檢討學額分配。", "legco.txt")
    assert {e.name for e in g.entities} >= {"大学教育资助委员会"}
    assert has_relation(g, "教育局", "COOPERATES_WITH", "大学教育资助委员会")


def test_a_clause_naming_units_goes_on_about_the_body_before_the_comma():
    g = build("（二）職業訓練局是政府資助的法定機構，轄下有香港專業教育學院及香港知專設計學院。")
    assert has_relation(g, "香港专业教育学院", "PART_OF", "职业训练局")
    assert has_relation(g, "香港知专设计学院", "PART_OF", "职业训练局")


def test_a_firm_founded_in_a_year_keeps_its_name_as_the_subject_of_its_seat():
    g = build("內地企業北辰基因科技股份有限公司（北辰基因）宣布。北辰基因於2010年在深圳成立，總部位於深圳鹽田區。")
    assert has_relation(g, "北辰基因科技股份有限公司", "LOCATED_IN", "盐田区")


def test_a_programme_run_with_a_partner_does_not_take_the_partner_into_its_name():
    g = build("（二）醫院管理局聯同香港中文大學推行專科培訓計劃。", "legco.txt")
    assert "香港中文大学" in names(g)
    assert has_relation(g, "医院管理局", "COOPERATES_WITH", "香港中文大学")


def test_a_member_with_a_four_character_name_keeps_the_whole_name():
    for member, plain in (("葉劉淑儀", "叶刘淑仪"), ("歐陽志遠", "欧阳志远")):
        head = f"立法會五題：醫科學額\n以下是今日在立法會會議上{member}議員的提問和教育局局長林大文的答覆：\n"
        g = build(head + "（一）大學教育資助委員會會檢討學額。\n", "legco.txt")
        assert g.document.addressees == [plain]
    g = build("立法會二題：科技\n張華明議員：主席，我對於李南湖議員的看法並無異議。\n", "legco.txt")
    assert "于李南湖" not in names(g)


def test_a_person_with_a_compound_surname_before_a_title_keeps_the_whole_name():
    g = build("（二）司徒家明教授領導的團隊獲醫療衞生研究基金資助。上官文靜議員表示支持。", "legco.txt")
    assert {"司徒家明", "上官文静"} <= set(names(g))


def test_a_unit_of_a_known_body_opening_a_numbered_part_keeps_its_name():
    g = build("（一）南湖大學牙醫學院今年招生。\n(2) 現時關愛醫療基金的資助範圍不變。\n", "legco.txt")
    assert "南湖大学牙医学院" in names(g)
    assert not any(n.startswith(("（一）", "现时")) for n in names(g))


def test_a_fund_named_after_through_keeps_its_name():
    g = build("（三）教育局透過優質教育研究基金向南湖大學提供撥款。", "legco.txt")
    assert "优质教育研究基金" in names(g)
    assert has_relation(g, "优质教育研究基金", "SUPPORTS", "南湖大学")


def test_a_count_of_universities_or_hospitals_is_no_name():
    g = build("（一）教資會資助的八所大學今年增加學額，本港三間醫院亦參與培訓。", "legco.txt")
    assert not any(n.endswith(("所大学", "间医院", "间醫院")) for n in names(g))


def test_a_second_act_inside_a_programme_span_is_a_clause():
    g = build("（三）南湖教育基金資助學校推行閱讀計劃。", "legco.txt")
    assert not any(n.startswith("学校") for n in names(g))


def test_hong_kong_education_bodies_known_by_name():
    g = build("（一）優質教育基金及香港賽馬會慈善信託基金資助香港公開大學，考評局及學生資助處負責跟進。", "legco.txt")
    assert {"优质教育基金", "香港赛马会慈善信托基金", "香港公开大学", "学生资助处"} <= set(names(g))


def test_a_titled_name_before_a_word_for_all_or_each_is_a_person():
    g = build("（四）南湖醫學會會長蔡家明醫生和立法會議員邵志榮均有發言，兩人分別提出建議。", "legco.txt")
    assert "邵志荣" in names(g)


def test_a_grant_given_to_a_body_with_yu_keeps_both_names():
    g = build("立法會五題：研究撥款\n（一）研究資助局撥款予南湖大學進行研究。\n政府表示同意。\n", "legco.txt")
    assert {"研究资助局", "南湖大学"} <= set(names(g))
    assert has_relation(g, "研究资助局", "SUPPORTS", "南湖大学")


def test_a_known_bureau_acting_on_a_body_it_names_next_keeps_both_names():
    for verb in ("協助", "知會", "委託", "批出"):
        g = build(f"立法會五題：大學\n（一）據悉，教育局{verb}南湖大學開展研究。\n政府表示同意。\n", "legco.txt")
        assert {"教育局", "南湖大学"} <= set(names(g)), verb
