"""Names the finder used to miss (issue #10, session s20d): plans called 总体方案 without marks.

Every sentence is invented for this file (东岭, 南湖 and 北辰 are made-up places and bodies).
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_overall_plan_after_a_verb_of_carrying_out() -> None:
    g = build("今年以来，全市落实东岭科创走廊建设总体方案，新增项目十二个。")
    assert names(g)["东岭科创走廊建设总体方案"].type == "Policy"


def test_overall_plan_opening_a_sentence() -> None:
    g = build("会议听取了汇报。南湖国际航运枢纽总体方案明确的重点任务已全部启动。")
    assert names(g)["南湖国际航运枢纽总体方案"].type == "Policy"


def test_plan_still_to_be_written_is_no_name() -> None:
    g = build("各区要结合实际做好数字转型总体方案衔接工作。")
    assert not [e for e in g.entities if e.type == "Policy" and e.name.endswith("总体方案")]


def test_bare_overall_plan_is_no_name() -> None:
    g = build("北辰区政府研究制定总体方案，明确工作目标。")
    assert "总体方案" not in names(g)


def test_science_and_technology_institute_is_named() -> None:
    g = build("会上，光州科学技术院与东岭大学签署了联合培养协议。")
    assert names(g)["光州科学技术院"].type == "ResearchInstitute"


def test_institute_marked_whole_keeps_its_country() -> None:
    # the writer quotes the whole name once; its bare mentions keep the country too (no second entity)
    g = build("议会据此成立“韩国南湖科学技术院”。新成立的韩国南湖科学技术院由原南湖研究所改组而来。")
    by = names(g)
    assert by["韩国南湖科学技术院"].type == "ResearchInstitute"
    assert "南湖科学技术院" not in by


def test_national_science_and_technology_institute_is_a_kind() -> None:
    g = build("报告列举的平台类型有国家科学技术院、国家实验室等几种。")
    assert "国家科学技术院" not in names(g)


def test_item_sharing_a_named_institutes_head_is_named() -> None:
    # a foreign body's name translated word for word: ordinary words, but listed after a named institute
    g = build("该法案覆盖的机构包括东岭理化研究所、临床医学综合研究所，均获长期拨款。")
    assert names(g)["临床医学综合研究所"].type == "ResearchInstitute"


def test_kind_after_a_named_institute_stays_a_kind() -> None:
    g = build("南湖研究所、材料研究所等单位参加了评审。")
    assert "材料研究所" not in names(g)


def test_latin_software_name_is_a_product() -> None:
    g = build("本报告借助PatentLens Mapper（PLM）软件统计各国的专利申请量。")
    assert names(g)["PatentLens Mapper"].type == "Product"


def test_acronym_before_software_is_no_name() -> None:
    g = build("数据采用SPSS软件进行统计分析。")
    assert "SPSS" not in names(g)


def test_committee_named_by_its_activity_after_ru() -> None:
    # 评估 right before 委员会 says what the committee does; 如 (if) before it opens no clause inside the name
    g = build("如南湖药物评估委员会的建议获批准，医院便会更新名单。")
    assert names(g)["南湖药物评估委员会"].type == "Agency"


def test_committee_set_up_by_a_hospital_is_no_name() -> None:
    g = build("南湖医院成立委员会负责评审。")
    assert not [e for e in g.entities if e.name.endswith("委员会")]


def test_unit_named_with_and_without_its_parent_is_one_body() -> None:
    text = "東嶺管理局藥物審議委員會每季開會。醫院可向藥物審議委員會提交申請。東嶺管理局負責統籌。"
    g = build(text)
    bodies = [e for e in g.entities if e.name.endswith("药物审议委员会")]
    assert len(bodies) == 1
    assert has_relation(g, bodies[0].name, "PART_OF", "东岭管理局")


def test_bare_unit_shared_by_two_parents_stays_apart() -> None:
    # two parents each have a committee of that name: the bare mention is neither for sure
    text = (
        "東嶺管理局藥物審議委員會和南湖管理局藥物審議委員會均已成立。藥物審議委員會每季開會。"
        "東嶺管理局和南湖管理局負責統籌。"
    )
    g = build(text)
    assert {"东岭管理局药物审议委员会", "南湖管理局药物审议委员会"} <= {e.name for e in g.entities}
    for e in g.entities:
        if e.name.endswith("药物审议委员会") and len(e.name) > len("药物审议委员会"):
            assert "药物审议委员会" not in e.aliases and "藥物審議委員會" not in e.aliases


def test_engineering_and_a_field_in_one_body_name() -> None:
    # 工程 here is the field (engineering), not a programme's head: 与 joins two fields inside one name
    g = build("2019年，英国工程与自然科学研究委员会资助南湖大学开展合作研究。")
    assert names(g)["英国工程与自然科学研究委员会"].type == "Agency"


def test_school_of_engineering_and_mechanics() -> None:
    g = build("东岭大学土木工程与力学学院与南湖集团共建实验室。")
    by = names(g)
    assert "东岭大学土木工程与力学学院" in by
    assert "力学学院" not in by


def test_report_to_a_party_congress_is_a_document() -> None:
    g = build("党的二十大报告提出，加快建设科技强国。二十大报告还强调人才引领。各地要深入贯彻党的二十大精神。")
    by = names(g)
    assert by["党的二十大报告"].type == "Policy"
    assert by["二十大报告"] is by["党的二十大报告"]
    assert by["党的二十大"].type == "Event"


def test_quoted_scheme_taken_into_is_a_programme() -> None:
    g = build("患者可申请纳入“东岭惠民保”，报销部分自费药物费用。")
    assert names(g)["东岭惠民保"].type == "Program"


def test_quoted_common_word_taken_into_is_no_name() -> None:
    g = build("对守信企业纳入“白名单”管理。")
    assert "白名单" not in names(g)
