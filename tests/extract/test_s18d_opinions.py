"""National and provincial opinions, implementation plans and regulations on health and science (#10).

The sentences are invented in the style of State Council opinions, procurement plans and provincial regulations.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_cited_issuing_notice_with_an_inner_title_is_cited() -> None:
    # 按照《X办公厅印发〈Y〉的通知》和《Z》: Y and Z are both cited, though the outer title opens with issuers
    g = build(
        "东岭省人民政府办公厅关于做好科研经费管理工作的通知\n各市人民政府：\n"
        "省科技厅要按照《中共中央办公厅 国务院办公厅印发〈关于改进科研项目评审工作的若干意见〉的通知》"
        "以及《国务院关于简化科研仪器采购流程的通知》等精神，抓紧修订配套制度。\n"
    )
    doc = "东岭省人民政府办公厅关于做好科研经费管理工作的通知"
    assert has_relation(g, doc, "REFERS_TO", "关于改进科研项目评审工作的若干意见")
    assert has_relation(g, doc, "REFERS_TO", "国务院关于简化科研仪器采购流程的通知")


def test_second_of_two_nested_titles_after_carry_out() -> None:
    g = build(
        "西川省人民政府关于深化医学科研管理改革的意见\n各市人民政府：\n"
        "各单位须严格落实《国务院关于改进医学研究伦理审查的通知》和"
        "《中共中央办公厅 国务院办公厅印发〈关于完善临床研究激励政策的意见〉的通知》，落实主体责任。\n"
    )
    doc = "西川省人民政府关于深化医学科研管理改革的意见"
    assert has_relation(g, doc, "REFERS_TO", "国务院关于改进医学研究伦理审查的通知")
    assert has_relation(g, doc, "REFERS_TO", "关于完善临床研究激励政策的意见")


def test_document_number_in_brackets_belongs_to_the_last_title() -> None:
    # 《A》和《B》（国办发〔2017〕N号）: the General Office issued B, nothing is said of A's issuer
    g = build(
        "国务院办公厅关于改进公立医院药品供应保障的意见\n各省（区、市）人民政府：\n"
        "为落实《关于深化基层医疗服务改革的意见》和《关于完善短缺药品监测预警的指导意见》"
        "（国办发〔2017〕52号）要求，现提出如下意见。\n"
    )
    assert has_relation(g, "国务院办公厅", "ISSUED", "关于完善短缺药品监测预警的指导意见")
    assert not has_relation(g, "国务院办公厅", "ISSUED", "关于深化基层医疗服务改革的意见")


def test_related_measures_to_be_drafted_are_not_a_named_policy() -> None:
    # 修订相关…管理办法: each body's own rules still to be written, not one named document
    g = build(
        "南湖省人民政府关于优化科研项目管理的通知\n各市人民政府：\n"
        "省财政厅要在年底前修订相关科研项目和资金管理办法，并报省政府备案。\n"
    )
    assert not any(n.startswith("相关") for n in names(g))


def test_procurement_affairs_office_is_an_agency_serving_the_joint_office() -> None:
    # 由X事务管理所承担Y办公室日常工作: X is a body (管理所), Y runs on it; X is not charged with the plan's measure
    g = build(
        "东岭省药品集中带量采购实施方案\n各市医疗保障局：\n"
        "一、组织机构\n成立省联合议价办公室，负责组织议价。省联合议价办公室由各市选派代表组成。"
        "由东岭省药品采购事务管理所承担省联合议价办公室的日常工作，并负责组织报价。\n"
    )
    by = names(g)
    assert by["东岭省药品采购事务管理所"].type == "Agency"
    assert has_relation(g, "省联合议价办公室", "RELIES_ON", "东岭省药品采购事务管理所")
    assert not has_relation(g, "东岭省药品采购事务管理所", "RESPONSIBLE_FOR", "东岭省药品集中带量采购实施方案")
    assert not has_relation(g, "省联合议价办公室", "RESPONSIBLE_FOR", "东岭省药品集中带量采购实施方案")


def test_participants_after_a_lead_agency_answer_for_the_measure() -> None:
    # X牵头，A、B参与，…: written without brackets, the participants are charged with the measure as well
    g = build(
        "国务院办公厅关于加强公立医院运营评价工作的意见\n各省（区、市）人民政府：\n"
        "（三）强化结果应用。国家卫生健康委牵头，国家发展改革委、国家医保局参与，研究制定应用办法。\n"
    )
    doc = "国务院办公厅关于加强公立医院运营评价工作的意见"
    for who in ("国家卫生健康委", "国家发展改革委", "国家医保局"):
        assert has_relation(g, who, "RESPONSIBLE_FOR", doc)


def test_article_number_is_not_part_of_a_name() -> None:
    # 第四条 北川省自然科学基金…: the space after the article number is normalised away
    g = build(
        "北川省科研项目管理条例\n第四条 北川省自然科学基金由北川省自然科学基金委员会管理。\n"
        "第五条 北川省人民政府设立北川省科技成果转化引导基金。\n"
    )
    by = names(g)
    assert "北川省自然科学基金" in by and "北川省科技成果转化引导基金" in by
    assert not any(n.startswith("第") for n in by)


def test_members_forming_a_body_are_not_its_name() -> None:
    # 由A组成B: 组成 ends the members' words; a bare 采购联盟 names a kind
    g = build("东岭省药品集中采购实施方案\n各市医疗保障局：\n由试点地区公立医疗机构组成采购联盟，开展带量采购。\n")
    assert not any("组成" in n for n in names(g))


_JOINT = (
    "国家卫生健康委 国家中医药局关于推进区域医疗协作建设的实施方案\n国卫医发〔2021〕88号\n\n"
    "各省、自治区、直辖市卫生健康委、中医药管理局：\n"
    "为推动优质医疗资源扩容，制定本方案。\n"
)


def test_joint_issuers_of_a_title_each_issued_it() -> None:
    g = build(_JOINT)
    doc = "国家卫生健康委国家中医药局关于推进区域医疗协作建设的实施方案"
    assert has_relation(g, "国家卫生健康委", "ISSUED", doc)
    assert has_relation(g, "国家中医药局", "ISSUED", doc)
    assert "国家卫生健康委国家中医药局" not in names(g)


def test_addressee_line_names_kinds_of_body() -> None:
    by = names(build(_JOINT))
    assert "直辖市卫生健康委" not in by and "中医药管理局" not in by


def test_academy_hospital_is_a_hospital() -> None:
    g = build("依托中国医学科学院肿瘤医院，建立国家癌症临床医学研究协作网。\n")
    assert names(g)["中国医学科学院肿瘤医院"].type == "Hospital"


def test_guiding_department_column_names_an_academy_too() -> None:
    # 指导部门 column: an academy of ministerial standing answers for the measure as the ministries do
    g = build(
        "国务院办公厅关于推广科技创新改革举措的通知\n各省（区、市）人民政府：\n现将有关举措印发给你们。\n"
        "附件\n\n改革举措推广清单\n\n序号\t改革举措\t指导部门\t推广范围\n"
        "1\t科研仪器开放共享机制\t科技部、中科院\t全国\n"
    )
    assert has_relation(g, "中科院", "RESPONSIBLE_FOR", "改革举措推广清单")
    assert has_relation(g, "科技部", "RESPONSIBLE_FOR", "改革举措推广清单")


def test_titles_side_by_side_are_all_cited() -> None:
    # 依据《A》《B》等法律法规: two titles with nothing between them are one list of citations
    g = build(
        "西川省医疗机构绩效评价办法\n\n第一条 为规范评价工作，依据《中华人民共和国执业医师法》"
        "《护士条例》等法律法规，制定本办法。\n"
    )
    doc = "西川省医疗机构绩效评价办法"
    assert has_relation(g, doc, "REFERS_TO", "中华人民共和国执业医师法")
    assert has_relation(g, doc, "REFERS_TO", "护士条例")


def test_annex_not_named_in_the_title_is_part_of_the_notice() -> None:
    g = build(
        "国务院办公厅关于推广医疗服务改革经验的通知\n各省（区、市）人民政府：\n"
        "经国务院同意，现将有关改革经验推广如下，请结合实际认真贯彻执行。\n"
        "附件：第一批医疗服务改革经验推广清单\n\n国务院办公厅\n2020年5月6日\n\n"
        "附件\n\n第一批医疗服务改革经验推广清单\n\n序号\t改革举措\t指导部门\n1\t远程会诊\t国家卫生健康委\n"
    )
    assert has_relation(g, "第一批医疗服务改革经验推广清单", "PART_OF", "国务院办公厅关于推广医疗服务改革经验的通知")


def test_affairs_management_centre_is_an_agency_unit() -> None:
    g = build(
        "浙江省医疗保障工作方案\n各市人民政府：\n"
        "一、工作安排。浙江省医疗保障事业管理中心是省医保局所属事业单位，负责经办管理。\n"
    )
    assert names(g)["浙江省医疗保障事业管理中心"].type == "Agency"
    assert has_relation(g, "浙江省医疗保障事业管理中心", "PART_OF", "省医保局")


def test_transmitted_annual_task_list_is_issued_and_answered_for() -> None:
    # 关于印发…重点工作任务的通知: the yearly task list is a policy of its own, the measures inside are its own
    g = build(
        "浙江省人民政府办公厅关于印发浙江省深化医药卫生体制改革2022年重点工作任务的通知\n"
        "浙政办发〔2022〕9号\n\n各市、县（市、区）人民政府，省政府直属各单位：\n"
        "《浙江省深化医药卫生体制改革2022年重点工作任务》经省政府同意，现印发你们，望认真组织实施。\n\n"
        "浙江省深化医药卫生体制改革2022年重点工作任务\n\n"
        "一、推进分级诊疗\n1．建设紧密型城市医疗集团。（省卫生健康委、省医保局负责）\n"
    )
    plan = "浙江省深化医药卫生体制改革2022年重点工作任务"
    assert has_relation(g, "浙江省人民政府办公厅", "ISSUED", plan)
    assert has_relation(g, "省卫生健康委", "RESPONSIBLE_FOR", plan)


def test_duty_to_draft_is_a_charge_not_an_issue() -> None:
    # X承担制定Y…的职责: X answers for the measure; it has not issued Y
    g = build(
        "国务院办公厅关于印发国家短缺药品保供试点方案的通知\n各省（区、市）人民政府：\n"
        "《国家短缺药品保供试点方案》经国务院同意，现予印发，请结合实际抓好落实。\n\n"
        "国家短缺药品保供试点方案\n\n"
        "（三）明确部门职责。国家卫生健康委承担制定保供方案、监测预警和督促落实的职责，指导各地做好储备工作。\n"
    )
    plan = "国家短缺药品保供试点方案"
    assert has_relation(g, "国家卫生健康委", "RESPONSIBLE_FOR", plan)
    assert not has_relation(g, "国家卫生健康委", "ISSUED", plan)


def test_review_centre_of_a_regulator_after_an_article_number() -> None:
    g = build(
        "医疗器械临床试验管理条例\n\n第一章 总则\n"
        "第四条 国家药品监督管理局东岭器械审评中心承担临床试验资料的审评工作。\n"
    )
    centre = "国家药品监督管理局东岭器械审评中心"
    assert names(g)[centre].type == "Agency"
    assert has_relation(g, centre, "PART_OF", "国家药品监督管理局")


def test_programme_followed_by_de_is_a_name() -> None:
    # 国家科技重大专项的组织管理: 的 after the head ends the programme's name; it is not 专项 used as a verb
    g = build(
        "国务院关于优化科研项目评审管理的若干措施\n各省（区、市）人民政府：\n"
        "（四）科技部负责国家科技重大专项的组织管理，财政部做好经费保障。\n"
    )
    assert names(g)["国家科技重大专项"].type == "Program"


def test_national_information_system_is_a_platform() -> None:
    g = build(
        "国务院关于优化科研项目评审管理的若干措施\n各省（区、市）人民政府：\n"
        "（一）依托国家科技管理信息系统建立全国科研诚信信息平台，实现信息共享。医院信息系统要逐步联通。\n"
    )
    by = names(g)
    assert by["国家科技管理信息系统"].type == "Platform"
    assert "医院信息系统" not in by  # a kind of system, not one named system
    assert has_relation(g, "全国科研诚信信息平台", "RELIES_ON", "国家科技管理信息系统")


def test_decree_number_after_a_cited_rule_names_its_issuer() -> None:
    g = build(
        "国家医疗保障局关于规范医保药品管理的意见\n各省、自治区、直辖市医疗保障局：\n"
        "（三）各地要严格执行《基本医疗保险药品目录管理暂行办法》（国家医疗保障局令第3号）。\n"
    )
    assert has_relation(g, "国家医疗保障局", "ISSUED", "基本医疗保险药品目录管理暂行办法")


def test_box_heading_names_a_programme() -> None:
    # 专栏N X工程: the plan numbers and runs the programme, though its words alone read as a description
    g = build(
        "北川省智慧医疗发展行动计划\n各市人民政府：\n"
        "一、重点任务\n1．推进远程诊疗。建设覆盖全省的远程诊疗网络。（责任单位：省卫生健康委）\n"
        "专栏1  远程医疗示范应用工程\n"
        "到2025年，建成远程医疗协作网100个。\n"
    )
    assert names(g)["远程医疗示范应用工程"].type == "Program"


def test_units_set_up_inside_an_office_are_its_parts() -> None:
    g = build(
        "东岭省药品集中采购实施方案\n各市人民政府：\n"
        "（二）成立联合采购办公室。联合采购办公室下设综合组、评审组、价格谈判小组。\n"
        "（三）药物委员会辖下设有专家小组，提供咨询意见。\n"
    )
    for unit in ("综合组", "评审组", "价格谈判小组"):
        assert has_relation(g, unit, "PART_OF", "联合采购办公室")
    assert not any(n.startswith("有") for n in names(g))


def test_institute_of_a_ministry_by_its_short_name() -> None:
    # 国家卫生健康委|医院管理研究所: 委 ends the ministry's short name; the institute after it is one name
    g = build(
        "国务院办公厅关于加强公立医院运营评价工作的意见\n各省（区、市）人民政府：\n"
        "（二）国家卫生健康委医院管理研究所负责建设全国医院运营监测平台。\n"
    )
    assert "国家卫生健康委医院管理研究所" in names(g)


def test_place_and_kind_of_hospital_is_no_hospital() -> None:
    # 浙江省三级公立医院: the province's hospitals of a grade; 上海市第一人民医院 and 浙江省肿瘤医院 are one each
    g = build(
        "浙江省医疗服务评价实施方案\n各市人民政府：\n"
        "一、评价对象。上海市第一人民医院、浙江省肿瘤医院参照执行，浙江省三级公立医院和杭州市三甲医院全部参加。\n"
    )
    by = names(g)
    assert "上海市第一人民医院" in by and "浙江省肿瘤医院" in by
    assert "浙江省三级公立医院" not in by and "杭州市三甲医院" not in by
