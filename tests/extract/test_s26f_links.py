"""s26f: links whose two ends were found but whose relation was missed or misplaced (invented sentences)."""

from __future__ import annotations

from .helpers import build, has_relation


def test_foreign_member_of_a_partner_list_keeps_the_list_going():
    g = build(
        "东岭大学药学院联同南湖大学、北辰理工大学、美国西岭州立大学及枫林癌症研究所，"
        "于2020年5月在东岭大学签署合作协议。"
    )
    for partner in ("南湖大学", "西岭州立大学", "枫林癌症研究所"):
        assert has_relation(g, "东岭大学药学院", "COOPERATES_WITH", partner), partner
    assert not has_relation(g, "东岭大学药学院", "COOPERATES_WITH", "美国")


def test_glossed_partner_list_is_one_list():
    g = build(
        "在项目签约环节，王东代表南湖区与东岭医疗器械有限公司（简称“东岭医疗”）、"
        "北辰机器人股份有限公司（简称“北辰机器人”）、西江生物科技股份有限公司（简称“西江生物”）等三家公司现场签约。"
    )
    for partner in ("东岭医疗器械有限公司", "北辰机器人股份有限公司", "西江生物科技股份有限公司"):
        assert has_relation(g, "南湖区", "COOPERATES_WITH", partner), partner


def test_unit_landed_in_a_place_is_there_not_its_owner():
    g = build("北辰大学在坪山落地“北辰大学技术转移中心坪山分中心”，服务本地企业。")
    assert has_relation(g, "北辰大学技术转移中心坪山分中心", "LOCATED_IN", "坪山区")
    assert not has_relation(g, "北辰大学", "LOCATED_IN", "坪山区")


def test_owner_opening_an_unfound_unit_name_is_not_placed():
    g = build("东岭医药集团宣布将在南山区落地“东岭医药华南总部”，首批引入两条产线。")
    assert not has_relation(g, "东岭医药集团", "LOCATED_IN", "南山区")


def test_body_that_lands_with_no_object_is_there():
    g = build("北辰医药有限公司去年在南沙落地，今年投产。")
    assert has_relation(g, "北辰医药有限公司", "LOCATED_IN", "南沙")


def test_notice_without_a_title_line_issues_what_it_transmits():
    text = (
        "东岭市南湖区人民政府办公室\n"
        "南湖府办发〔2024〕12号\n"
        "各街道办事处，区政府有关部门：\n"
        "《东岭市南湖区社区医疗服务提升方案》已经区政府研究同意，现印发给你们，请结合实际落实。\n"
        "东岭市南湖区人民政府办公室\n"
        "2024年3月1日\n"
        "一、总体要求\n"
        "推动社区医疗服务提质增效。\n"
    )
    g = build(text)
    assert has_relation(g, "东岭市南湖区人民政府办公室", "ISSUED", "东岭市南湖区社区医疗服务提升方案")
    assert not any(r.head == r.tail for r in g.relations)


def test_partners_described_by_a_relative_clause_sign_with_the_subject_not_each_other():
    g = build("东岭医院昨日与设有中医学院的南湖大学、北辰大学及西江大学签署合作协议。")
    for partner in ("南湖大学", "北辰大学", "西江大学"):
        assert has_relation(g, "东岭医院", "COOPERATES_WITH", partner), partner
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰大学")
    assert not has_relation(g, "北辰大学", "COOPERATES_WITH", "西江大学")


def test_place_qualifying_a_described_kind_is_no_partner():
    g = build("东岭医院昨日与三所设有中医学院的香港本地大学签署合作协议。")
    assert not has_relation(g, "东岭医院", "COOPERATES_WITH", "香港")
