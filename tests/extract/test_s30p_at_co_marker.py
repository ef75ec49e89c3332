"""LOCATED_IN before a co-marker: X与Y在Z共同建设W names one place, where the partners build W, so W lies there.
Several places before the co-marker (支持香港与深圳合作建设W) are governments acting together: where W lies is
not said. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_one_place_before_a_co_marker_is_where_the_partners_build() -> None:
    g = build("南湖大学与东岭生物医药有限公司在北辰区共同建设东岭南湖联合研究中心。\n")
    assert has_relation(g, "东岭南湖联合研究中心", "LOCATED_IN", "北辰区")
    assert has_relation(g, "南湖大学", "FOUNDED", "东岭南湖联合研究中心")


def test_several_places_before_a_co_marker_say_nothing_of_where() -> None:
    g = build("支持香港与深圳合作建设东岭南湖联合研究中心。\n")
    assert not has_relation(g, "东岭南湖联合研究中心", "LOCATED_IN", "香港")
    assert not has_relation(g, "东岭南湖联合研究中心", "LOCATED_IN", "深圳")


def test_several_places_after_the_marker_before_a_co_marker() -> None:
    g = build("推动在苏州和杭州合作建设南湖生物医药创新研究院。\n")
    assert not has_relation(g, "南湖生物医药创新研究院", "LOCATED_IN", "苏州")
    assert not has_relation(g, "南湖生物医药创新研究院", "LOCATED_IN", "杭州")
