"""Research reports on technology transfer (科技成果转化): foreign acts, university units, spin-offs, incubation.

Every sentence is written for this file: invented bodies (南湖大学, 佛山…) or well-known public ones.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_foreign_act_without_title_marks_is_a_policy() -> None:
    g = build("美国1980年通过的拜杜法案允许大学保留联邦资助成果的权利。拜杜法案实施后，美国大学的专利许可明显增多。")
    by = names(g)
    assert by["拜杜法案"].type == "Policy"
    assert not any("允许" in n for n in by)  # the act lets universities …: no 'X允许大学' university
    assert "美国大学" not in by  # a country and a kind of body describe many bodies


def test_bill_after_verb_of_making_law() -> None:
    g = build("美国国会于2022年通过了芯片与科学法案，并出台了通胀削减法案。")
    by = names(g)
    assert by["通胀削减法案"].type == "Policy"
    assert "两项法案" not in by


def test_described_bills_are_not_names() -> None:
    g = build("国会去年审议了两项改革法案，该法案尚未生效。")
    assert not [e for e in g.entities if e.type == "Policy"]


def test_unit_set_up_under_a_university_is_not_glued_to_it() -> None:
    g = build("南湖大学科研院下设技术转移中心，负责专利许可与作价入股。")
    assert not any("下设" in n for n in names(g))


def test_centre_named_after_its_university() -> None:
    g = build("佛山市科学技术局资助南湖大学概念验证中心开展项目验证，单个项目最高五十万元。")
    assert names(g)["南湖大学概念验证中心"].type == "Platform"
    assert has_relation(g, "佛山市科学技术局", "SUPPORTS", "南湖大学概念验证中心")


def test_capital_is_not_the_demonstrative() -> None:
    g = build("东京大学于2004年设立东京大学边缘资本公司，专门投资大学衍生企业。")
    assert has_relation(g, "东京大学", "FOUNDED", "东京大学边缘资本公司")


def test_state_capital_firms_are_a_kind() -> None:
    g = build("推动国有资本投资运营公司改组，优化国有资本布局。")
    assert not [e for e in g.entities if e.type == "Company"]


def test_institute_short_form_incubates_a_firm() -> None:
    g = build("苏州纳米所孵化的苏州纳维科技有限公司获国家自然科学基金资助。")
    by = names(g)
    assert by["苏州纳米所"].type == "ResearchInstitute"
    assert "苏州" not in by
    assert has_relation(g, "苏州纳米所", "FOUNDED", "苏州纳维科技有限公司")


def test_incubated_firms_after_adverb() -> None:
    g = build("十年来，佛山再生医学研究院先后孵化出佛山细胞治疗科技有限公司等一批企业。")
    assert "佛山细胞治疗科技有限公司" in names(g)
    assert has_relation(g, "佛山再生医学研究院", "FOUNDED", "佛山细胞治疗科技有限公司")


def test_incubator_is_not_incubation() -> None:
    g = build("南湖智能装备有限公司入驻了南湖大学孵化器，与南湖大学开展合作。")
    assert not has_relation(g, "南湖大学", "FOUNDED", "南湖智能装备有限公司")


def test_city_and_word_that_opens_with_suo() -> None:
    g = build("上海所有高校均设立了技术转移机构。")
    assert not [e for e in g.entities if e.type == "ResearchInstitute"]


def test_counted_sub_funds_are_not_a_programme() -> None:
    g = build("国家科技成果转化引导基金已设立36支子基金，撬动社会资本参与转化。")
    by = names(g)
    assert "国家科技成果转化引导基金" in by
    assert not any(n.startswith("36") for n in by)


def test_english_name_in_brackets_is_an_alias() -> None:
    g = build("剑桥企业有限公司（Cambridge Enterprise）负责大学的专利许可，Cambridge Enterprise每年处理数百项披露。")
    assert "Cambridge Enterprise" in names(g)["剑桥企业有限公司"].aliases


def test_professor_after_university_founds_the_firm() -> None:
    g = build("南湖智能科技有限公司由南湖大学教授王志刚于2016年创办，主要生产工业机器人。")
    assert has_relation(g, "王志刚", "FOUNDED", "南湖智能科技有限公司")
    assert not has_relation(g, "南湖大学", "FOUNDED", "南湖智能科技有限公司")


def test_settles_now_after_passive_founding() -> None:
    g = build("佛山技术转移中心由佛山市人民政府与南湖大学共建，现已落户佛山高新区。")
    assert has_relation(g, "佛山技术转移中心", "LOCATED_IN", "佛山高新区")
    assert has_relation(g, "佛山市人民政府", "FOUNDED", "佛山技术转移中心")


def test_shares_for_patents_end_the_firm_name() -> None:
    g = build("南湖大学以12项专利作价入股佛山智能材料有限公司，占股百分之二十。")
    assert "佛山智能材料有限公司" in names(g)
    assert has_relation(g, "南湖大学", "INVESTED_IN", "佛山智能材料有限公司")


def test_places_counted_as_a_scope_do_not_cooperate() -> None:
    g = build("本次调查覆盖上海、江苏、浙江、安徽四地的63家高校技术转移机构。")
    assert not [r for r in g.relations if r.type == "COOPERATES_WITH"]


def test_places_that_work_together_still_cooperate() -> None:
    g = build("上海、香港两地合作举办了生物医药创新论坛。")
    assert has_relation(g, "上海", "COOPERATES_WITH", "香港")


def test_country_before_a_university_office_is_a_place() -> None:
    g = build("美国斯坦福大学技术许可办公室采取发明人与许可专员一对一的负责制。")
    by = names(g)
    assert "斯坦福大学技术许可办公室" in by
    assert by["美国"].type == "Region"


def test_foreign_ministry_with_two_fields_joined() -> None:
    g = build("德国联邦教育与研究部每年资助弗劳恩霍夫协会和马普学会的基础经费。")
    assert names(g)["德国联邦教育与研究部"].type == "Agency"
    assert has_relation(g, "德国联邦教育与研究部", "SUPPORTS", "弗劳恩霍夫协会")


def test_two_countries_joined_are_not_one_ministry() -> None:
    g = build("美国与日本外交部举行了会谈。")
    assert not any(n.startswith("美国与") for n in names(g))


def test_kind_of_transfer_office_is_not_a_name() -> None:
    g = build("南湖大学与佛山理工大学联合设立了成果转化办公室，南湖大学技术转移中心负责日常运营。")
    by = names(g)
    assert "成果转化办公室" not in by
    assert "南湖大学技术转移中心" in by


def test_funded_by_after_shou() -> None:
    g = build("南湖大学技术转移中心受佛山市科学技术局资助，开展技术经理人培训。")
    assert names(g)["佛山市科学技术局"].type == "Agency"
    assert has_relation(g, "佛山市科学技术局", "SUPPORTS", "南湖大学技术转移中心")


def test_school_named_by_its_country_keeps_it() -> None:
    g = build("以色列理工学院技术转移公司负责该校成果的商业化，以色列理工学院为其唯一股东。")
    by = names(g)
    assert "以色列理工学院技术转移公司" in by
    assert by["以色列理工学院"].type == "University"


def test_country_before_a_named_school_is_still_a_place() -> None:
    g = build("美国麻省理工学院与美国哈佛大学合作开展研究。")
    by = names(g)
    assert "麻省理工学院" in by and "哈佛大学" in by
    assert by["美国"].type == "Region"


_REPORT = (
    "高校技术转移机构的运行机制研究\n"
    "{authors}\n"
    "（1.南湖大学技术转移中心，佛山 528000；2.佛山市科学技术信息研究所，佛山 528000）\n"
    "摘要：本文调查了二十所高校的技术转移机构。\n"
)


def test_author_line_with_affiliation_numbers() -> None:
    g = build(_REPORT.format(authors="陈思远1，林晓彤2"))
    by = names(g)
    assert by["陈思远"].type == "Person" and by["林晓彤"].type == "Person"


def test_author_names_run_together() -> None:
    g = build(_REPORT.format(authors="陈思远林晓彤"))
    assert {"陈思远", "林晓彤"} <= set(names(g))


def test_title_line_is_not_an_author_line() -> None:
    g = build(_REPORT.format(authors="王者归来"))
    assert not [e for e in g.entities if e.type == "Person"]


def test_labelled_author_line_with_units_in_brackets() -> None:
    g = build(
        "高校技术转移机构运行状况调查\n"
        "课题组：陈思远（南湖大学技术转移中心），林晓彤（佛山市科学技术信息研究所）\n"
        "一、调查对象\n本次调查覆盖二十所高校。\n"
    )
    by = names(g)
    assert by["陈思远"].type == "Person" and by["林晓彤"].type == "Person"
    assert "南湖大学技术转移中心" in by


def test_english_name_of_an_act_is_an_alias() -> None:
    g = build("美国《拜杜法案》（Bayh-Dole Act）允许大学保留联邦资助成果的专利权。")
    assert "Bayh-Dole Act" in names(g)["拜杜法案"].aliases


def test_firm_named_by_its_country_and_a_field_keeps_the_country() -> None:
    g = build("英国技术集团（BTG）由英国政府于1981年组建，负责公共科研成果的商业化。")
    assert names(g)["英国技术集团"].type == "Company"
    assert has_relation(g, "英国政府", "FOUNDED", "英国技术集团")


def test_country_before_a_proper_firm_name_is_a_place() -> None:
    g = build("美国辉瑞公司与德国拜耳公司签署了合作协议。")
    by = names(g)
    assert "辉瑞公司" in by and "拜耳公司" in by


def test_firm_wholly_owned_by_a_university_is_part_of_it() -> None:
    g = build("剑桥企业有限公司是剑桥大学的全资子公司，负责管理该校的知识产权。")
    assert has_relation(g, "剑桥企业有限公司", "PART_OF", "剑桥大学")


def test_university_transfer_office_is_a_platform_of_it() -> None:
    g = build("斯坦福大学技术许可办公室（OTL）成立于1970年，是斯坦福大学负责专利许可的机构。")
    assert names(g)["斯坦福大学技术许可办公室"].type == "Platform"
    assert has_relation(g, "斯坦福大学技术许可办公室", "PART_OF", "斯坦福大学")
