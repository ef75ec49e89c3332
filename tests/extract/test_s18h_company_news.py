"""Company and science news: bylines, holding groups, commissioned firms and a firm's chain of acts after 宣布."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_bracketed_byline_does_not_glue_onto_the_first_firm() -> None:
    by = names(build("新华社杭州6月2日电（记者 吴海峰）青禾生物制药股份有限公司昨日宣布新厂投产。"))
    assert "青禾生物制药股份有限公司" in by
    assert not any("记者" in n for n in by)


def test_hong_kong_dateline_in_brackets() -> None:
    by = names(build("（香港訊）恆澤醫療科技有限公司今日宣布在將軍澳設立生產線。"))
    assert "恒泽医疗科技有限公司" in by


def test_commissioning_verb_is_not_a_committee_head() -> None:
    by = names(build("該公司獲香港特區政府委託，為市民提供病毒檢測服務。"))
    assert not any(n.endswith("政府委") for n in by)


def test_holding_group_keeps_its_holding_word() -> None:
    g = build("青禾生物科技有限公司是嘉越控股集团的全资子公司。")
    assert "嘉越控股集团" in names(g)
    assert has_relation(g, "青禾生物科技有限公司", "PART_OF", "嘉越控股集团")


def test_holding_verb_still_stops_a_name() -> None:
    by = names(build("南湖医药有限公司控股苏州创新药物研究院。"))
    assert "南湖医药有限公司" in by


def test_announcer_keeps_the_chain_of_acts() -> None:
    g = build("青禾生物科技有限公司昨日宣布，其位于苏州的新工厂已经投产，并与浙江大学签署合作协议。")
    assert has_relation(g, "青禾生物科技有限公司", "COOPERATES_WITH", "浙江大学")


def test_announcer_in_traditional_script_with_a_commission_clause() -> None:
    g = build("恆澤醫療科技有限公司今日宣布，公司獲政府委託建設檢測中心，並聯同香港大學開展研究。")
    assert has_relation(g, "恒泽医疗科技有限公司", "COOPERATES_WITH", "香港大学")


def test_a_named_subject_in_the_chain_takes_over() -> None:
    g = build("青禾生物科技有限公司昨日宣布，嘉越检测有限公司已完成改组，并与浙江大学签署合作协议。")
    assert has_relation(g, "嘉越检测有限公司", "COOPERATES_WITH", "浙江大学")
    assert not has_relation(g, "青禾生物科技有限公司", "COOPERATES_WITH", "浙江大学")


def test_quoted_brand_before_the_kind_of_product() -> None:
    g = build("青禾生物科技有限公司研发的「青禾快測」核酸檢測試劑盒已獲衞生署認可。")
    by = names(g)
    assert "青禾快测核酸检测试剂盒" in by and by["青禾快测核酸检测试剂盒"].type == "Product"
    assert has_relation(g, "青禾生物科技有限公司", "DEVELOPED", "青禾快测核酸检测试剂盒")
    assert has_relation(g, "卫生署", "SUPPORTS", "青禾快测核酸检测试剂盒")


def test_quoted_brand_after_the_kind_of_product() -> None:
    g = build("嘉越生物医药股份有限公司研发的重组蛋白疫苗“嘉越安”已获国家药品监督管理局批准上市。")
    by = names(g)
    assert "嘉越安" in by and by["嘉越安"].type == "Product"
    assert has_relation(g, "国家药品监督管理局", "SUPPORTS", "嘉越安")


def test_commissioned_firm_is_supported_by_the_government() -> None:
    g = build("恆澤醫療科技有限公司獲香港特區政府委託，為市民提供病毒檢測服務。")
    assert has_relation(g, "香港特别行政区政府", "SUPPORTS", "恒泽医疗科技有限公司")


def test_officer_speaks_for_the_group_named_before_the_title() -> None:
    g = build("嘉越控股集团董事长周志远表示，集团今年亦与浙江大学签署合作协议。")
    assert has_relation(g, "嘉越控股集团", "COOPERATES_WITH", "浙江大学")
    assert not has_relation(g, "周志远", "COOPERATES_WITH", "浙江大学")


def test_bare_group_word_opening_a_clause_stands_for_the_speakers_body() -> None:
    g = build("嘉越控股集团行政總裁周志遠表示，集團去年投資了青禾生物科技有限公司。")
    assert has_relation(g, "嘉越控股集团", "INVESTED_IN", "青禾生物科技有限公司")


def test_speaker_without_a_body_gives_no_subject() -> None:
    g = build("周志远教授表示，集团去年投资了青禾生物科技有限公司。")
    assert not any(r.type == "INVESTED_IN" for r in g.relations)


def test_founder_without_a_title() -> None:
    g = build("青禾生物科技有限公司是嘉越控股集团的子公司，由陈立华于2012年创办。")
    assert "陈立华" in names(g) and names(g)["陈立华"].type == "Person"
    assert has_relation(g, "陈立华", "FOUNDED", "青禾生物科技有限公司")


def test_two_founders_without_titles() -> None:
    by = names(build("该实验室由李文博和王志明共同创立。"))
    assert "李文博" in by and "王志明" in by


def test_agent_of_another_verb_is_not_a_founder() -> None:
    by = names(build("该项目由张伟负责。"))
    assert "张伟" not in by


def test_news_headline_naming_a_centre_is_not_the_issuer() -> None:
    g = build("港企獲政府委託 建設病毒研究中心\n\n（香港訊）恆澤醫療科技有限公司今日宣布成立。")
    assert not any(e.type == "Agency" and "建设" in e.name for e in g.entities)


def test_unit_named_after_its_owner_is_the_subject_carried_on() -> None:
    g = build("嘉越控股集團旗下的青禾生物科技有限公司去年成立，總部位於大埔工業邨。")
    assert has_relation(g, "青禾生物科技有限公司", "PART_OF", "嘉越控股集团")
    assert has_relation(g, "青禾生物科技有限公司", "LOCATED_IN", "大埔工业邨")
    assert not has_relation(g, "嘉越控股集团", "LOCATED_IN", "大埔工业邨")


def test_short_trade_name_founded_by_named_bodies() -> None:
    g = build("嘉越医疗由南湖创新投资集团有限公司和香港恒达集团于2016年合资成立。")
    assert "嘉越医疗" in names(g) and names(g)["嘉越医疗"].type == "Company"
    assert has_relation(g, "香港恒达集团", "FOUNDED", "嘉越医疗")


def test_subject_carried_through_a_chain_of_clauses() -> None:
    g = build(
        "嘉越医疗由南湖创新投资集团有限公司和香港恒达集团于2016年合资成立，主要从事诊断试剂生产，"
        "其自主研发的“嘉越一号”抗原检测试剂盒已获批准。"
    )
    assert has_relation(g, "嘉越医疗", "DEVELOPED", "嘉越一号抗原检测试剂盒")


def test_chain_stops_at_a_clause_with_its_own_topic() -> None:
    g = build("嘉越医疗于2016年成立，该中心位于深圳，其研发的“嘉越一号”抗原检测试剂盒已获批准。")
    assert not has_relation(g, "嘉越医疗", "DEVELOPED", "嘉越一号抗原检测试剂盒")


def test_clause_closed_by_a_name_after_de_is_about_that_name() -> None:
    g = build(
        "浙江大学与青禾集团多年前合资成立的南湖青禾药业有限公司，现已发展为龙头企业，其生产的产品“青禾丸”广受欢迎。"
    )
    assert has_relation(g, "南湖青禾药业有限公司", "DEVELOPED", "青禾丸")
    assert not has_relation(g, "浙江大学", "DEVELOPED", "青禾丸")


def test_byline_before_the_first_clause_is_not_its_subject() -> None:
    g = build("【本报记者林某报道】青禾生物科技有限公司昨日宣布，其位于大埔工业邨的新厂房已经投产。")
    assert has_relation(g, "青禾生物科技有限公司", "LOCATED_IN", "大埔工业邨")


def test_speaker_saying_with_one_character_verb() -> None:
    g = build("嘉越控股集团董事长周志远说，集团旗下的青禾生物科技有限公司已在科学园设立实验室。")
    assert has_relation(g, "青禾生物科技有限公司", "PART_OF", "嘉越控股集团")


def test_both_sides_found_what_they_agreed_to_build() -> None:
    g = build("青禾生物科技有限公司与香港理工大学签署协议，双方将共建“智能诊断联合实验室”。")
    assert has_relation(g, "青禾生物科技有限公司", "FOUNDED", "智能诊断联合实验室")
    assert has_relation(g, "香港理工大学", "FOUNDED", "智能诊断联合实验室")


def test_both_sides_needs_two_named_sides() -> None:
    g = build("青禾生物科技有限公司发布公告，双方将共建“智能诊断联合实验室”。")
    assert not any(r.type == "FOUNDED" for r in g.relations)


def test_firm_named_after_a_university_is_not_its_unit() -> None:
    g = build("由嘉越集团及香港大学合资成立的港大嘉越基因有限公司昨日开幕。")
    assert not has_relation(g, "港大嘉越基因有限公司", "PART_OF", "香港大学")
    assert has_relation(g, "香港大学", "FOUNDED", "港大嘉越基因有限公司")


def test_bare_group_word_stands_for_the_one_group_named_before() -> None:
    g = build("青禾生物科技有限公司是嘉越生命科技集团的附属公司，集团总部位于深圳。")
    assert has_relation(g, "嘉越生命科技集团", "LOCATED_IN", "深圳")
    assert not has_relation(g, "青禾生物科技有限公司", "LOCATED_IN", "深圳")


def test_short_trade_name_after_a_particle_inside_a_run() -> None:
    by = names(build("青禾检测实验室是嘉越基因在香港设立的首间实验室。"))
    assert "嘉越基因" in by and by["嘉越基因"].type == "Company"


def test_short_trade_name_operating_or_partnering() -> None:
    assert "嘉越基因" in names(build("位於大埔工業邨的青禾檢測實驗室由嘉越基因營運。"))
    g = build("嘉越基因與香港科技園公司合作，在大埔工業邨設立實驗室。")
    assert has_relation(g, "嘉越基因", "COOPERATES_WITH", "香港科技园公司")


def test_short_trade_name_signing_a_contract() -> None:
    g = build("衞生署與嘉越基因簽訂合約，為市民提供檢測服務。")
    assert has_relation(g, "卫生署", "COOPERATES_WITH", "嘉越基因")


def test_lab_founded_by_the_firm_named_after_shi() -> None:
    g = build("青禾檢測實驗室是嘉越生物科技有限公司在香港設立的首間實驗室。")
    assert has_relation(g, "嘉越生物科技有限公司", "FOUNDED", "青禾检测实验室")


def test_supported_by_after_you() -> None:
    g = build("青禾檢測實驗室由創新科技署支持。")
    assert has_relation(g, "创新科技署", "SUPPORTS", "青禾检测实验室")


def test_you_clause_whose_verb_takes_its_own_object() -> None:
    g = build("撒瑪利亞基金以外，亦有由關愛基金資助病人購買藥物的項目。")
    assert not has_relation(g, "关爱基金", "SUPPORTS", "撒玛利亚基金")


def test_headline_verb_of_founding_splits_two_heads() -> None:
    by = names(build("本地生物科技公司設病毒檢測實驗室\n\n青禾生物科技有限公司昨日宣布成立。"))
    assert not any("公司设" in n for n in by)


def test_words_holding_she_or_jian_stay_whole() -> None:
    by = names(build("青禾医疗设备有限公司与福建医科大学签约。"))
    assert "青禾医疗设备有限公司" in by and "福建医科大学" in by


def test_firm_short_form_drops_its_seat_with_its_legal_form() -> None:
    g = build("上海青禾药业有限公司今日宣布融资。青禾药业是嘉越医药旗下的创新药企业。")
    assert names(g)["青禾药业"] is names(g)["上海青禾药业有限公司"]
    assert has_relation(g, "上海青禾药业有限公司", "PART_OF", "嘉越医药")


def test_device_maker_short_form() -> None:
    g = build("深圳市青禾医疗器械有限公司昨日开业。青禾医疗由两家公司合资成立。")
    assert names(g)["青禾医疗"] is names(g)["深圳市青禾医疗器械有限公司"]


def test_agent_after_huo_is_not_the_subject_carried_on() -> None:
    g = build("青禾生物科技有限公司宣布，已獲衞生署批准，並會與瑪麗醫院合作進行臨床試驗。")
    assert has_relation(g, "青禾生物科技有限公司", "COOPERATES_WITH", "玛丽医院")
    assert not has_relation(g, "卫生署", "COOPERATES_WITH", "玛丽医院")


def test_time_words_before_the_partner_clause() -> None:
    g = build("青禾生物科技有限公司表示，新實驗室明年啟用，屆時將與香港大學合作。")
    assert has_relation(g, "青禾生物科技有限公司", "COOPERATES_WITH", "香港大学")


def test_announcing_firm_commissioned_by_the_government() -> None:
    g = build("恆澤醫療科技有限公司今日宣布，公司獲香港特區政府委託，在香港科學園設立研究中心。")
    assert has_relation(g, "香港特别行政区政府", "SUPPORTS", "恒泽医疗科技有限公司")


def test_announcing_firm_is_not_what_another_named_body_receives() -> None:
    g = build("恆澤醫療科技有限公司表示，香港大學獲創新科技署撥款。")
    assert not has_relation(g, "创新科技署", "SUPPORTS", "恒泽医疗科技有限公司")


def test_group_word_settles_for_the_speakers_body() -> None:
    g = build("嘉越控股集團董事長周志遠表示，集團於2015年在深圳設立生產基地。")
    assert has_relation(g, "嘉越控股集团", "LOCATED_IN", "深圳")


def test_alumni_found_the_firm_not_their_university() -> None:
    g = build("由香港科技大學校友創辦的青禾醫療科技有限公司昨日開幕。")
    assert not has_relation(g, "香港科技大学", "FOUNDED", "青禾医疗科技有限公司")
    g = build("青禾醫療科技有限公司由香港科技大學創辦。")
    assert has_relation(g, "香港科技大学", "FOUNDED", "青禾医疗科技有限公司")
