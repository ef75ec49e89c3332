"""LOCATED_IN recall (session s20, helper e): layouts of a place's parks, a place's local firms, and the areas
Hong Kong news places a hospital in.

Every sentence is written for this file (invented organisations, real places).
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation

LAYOUT = "佛山正建设以南湖生命科学园为核心，北辰生物医药产业园、西江医疗器械产业园同步发展的格局。"
WINGS = "肇庆市将打造以北辰科学城为核心、南湖医疗器械产业园和西江生物医药产业园为支撑的产业布局。"
LAYOUTS = [
    # a plan's layout: the core and the parks listed after it, which develop alongside it
    (LAYOUT, "北辰生物医药产业园", "佛山"),
    (LAYOUT, "南湖生命科学园", "佛山"),
    # the other parts as supports or wings (以X为核心、A和B为支撑)
    (WINGS, "西江生物医药产业园", "肇庆"),
]


@pytest.mark.parametrize("text, head, tail", LAYOUTS)
def test_parts_of_a_layout_lie_in_its_place(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "LOCATED_IN", tail)


def test_parks_a_later_verb_takes_are_not_the_layouts_parts() -> None:
    g = build("佛山建设以南湖生命科学园为核心，推动北辰生物医药产业园、西江医疗器械产业园开展合作。")
    assert has_relation(g, "南湖生命科学园", "LOCATED_IN", "佛山")
    assert not has_relation(g, "北辰生物医药产业园", "LOCATED_IN", "佛山")


LOCAL = [
    # a list summed up as a place's own local firms or universities
    ("鼓励康瑞生物科技有限公司、南湖医药有限公司等苏州本地企业赴港融资。", "南湖医药有限公司", "苏州"),
    ("北辰大學、南湖大學等廣州本地高校已加入聯盟。", "北辰大学", "广州"),
]


@pytest.mark.parametrize("text, head, tail", LOCAL)
def test_local_firms_of_a_place_lie_in_it(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "LOCATED_IN", tail)


def test_a_count_before_the_place_keeps_the_tally_unplaced() -> None:
    # a patent report's tally of a country's applicants says where they come from, not a located body
    g = build("康瑞生物科技有限公司、南湖医药有限公司等3家德国本土企业申请了专利。")
    assert not has_relation(g, "南湖医药有限公司", "LOCATED_IN", "德国")


def test_a_hospital_described_as_an_areas_leading_one_is_there() -> None:
    # Hong Kong news lists descriptions of a hospital with 、 before its name: each one describes it
    g = build("港島東的龍頭醫院、北辰大學醫學院的教學醫院，南湖醫院每年處理十萬宗急症。")
    assert has_relation(g, "南湖医院", "LOCATED_IN", "港岛东")
    assert has_relation(g, "南湖医院", "PART_OF", "北辰大学医学院")


def test_a_leading_hospital_as_predicate_places_only_its_subject() -> None:
    g = build("北辰醫院是九龍西的龍頭醫院，南湖醫院則位於港島。")
    assert not has_relation(g, "南湖医院", "LOCATED_IN", "九龙西")
