"""A State Council General Office opinion on health-sector reform (issue #10): secretariats, national information
networks, hospital grades, platforms a centre leads the building of, and the places of a pilot. Sentences in our
own words."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

_HEAD = "国务院办公厅关于改进县域医疗服务的意见\n各省级人民政府、国务院有关部门：\n"


def test_secretariat_of_a_leading_group_is_one_agency() -> None:
    g = build(_HEAD + "（九）加强督导。国务院医疗服务改进工作领导小组秘书处要定期通报各地进展。\n")
    by = names(g)
    assert by["国务院医疗服务改进工作领导小组秘书处"].type == "Agency"
    assert "国务院医疗服务改进工作领导小组" not in by


def test_national_information_network_is_a_platform() -> None:
    g = build(_HEAD + "（五）依托国家基层卫生服务质量监测信息网，按季度通报各县指标。\n")
    assert names(g)["国家基层卫生服务质量监测信息网"].type == "Platform"


def test_a_generic_information_network_is_no_name() -> None:
    g = build("各地要建成高速互联的信息网，方便群众就医。")
    assert not any(e.name.endswith("信息网") for e in g.entities)


def test_hospitals_of_a_grade_or_a_region_are_a_kind() -> None:
    g = build(_HEAD + "（三）支持中西部地区三级医院和二级医院对口帮扶，推动中西部县级医院提升能力。\n")
    assert not [e.name for e in g.entities if e.type == "Hospital"]


def test_centre_leading_the_building_of_a_platform_founds_it() -> None:
    g = build(_HEAD + "（六）国家卫生健康委统计信息中心牵头建设全国基层远程诊疗平台，年内投入使用。\n")
    assert has_relation(g, "国家卫生健康委统计信息中心", "FOUNDED", "全国基层远程诊疗平台")


def test_places_where_a_pilot_runs_take_part_in_it_and_are_not_partners() -> None:
    g = build(_HEAD + "（四）在江苏省、四川省和甘肃省开展县域医疗服务价格改革试点，三年后总结推广。\n")
    for place in ("江苏省", "四川省", "甘肃省"):
        assert has_relation(g, place, "MEMBER_OF", "县域医疗服务价格改革试点")
    assert not has_relation(g, "江苏省", "COOPERATES_WITH", "甘肃省")
    assert not has_relation(g, "四川省", "COOPERATES_WITH", "甘肃省")


def test_a_place_that_only_reviews_a_pilot_is_no_member() -> None:
    g = build("江苏省在总结县域医疗服务价格改革试点经验的基础上开展第三方评估。")
    assert not has_relation(g, "江苏省", "MEMBER_OF", "县域医疗服务价格改革试点")


def test_partners_joined_by_he_still_cooperate() -> None:
    g = build("江苏省与四川省和甘肃省签署医疗协作协议。")
    assert has_relation(g, "江苏省", "COOPERATES_WITH", "甘肃省")


def test_co_leads_before_huitong_act_together() -> None:
    g = build(_HEAD + "（七）国家卫生健康委、国家中医药局会同财政部、国家医保局制定县级医院绩效评价办法。\n")
    assert has_relation(g, "国家卫生健康委", "COOPERATES_WITH", "国家中医药局")
    assert has_relation(g, "国家中医药局", "COOPERATES_WITH", "国家医保局")
    assert not has_relation(g, "财政部", "COOPERATES_WITH", "国家医保局")
