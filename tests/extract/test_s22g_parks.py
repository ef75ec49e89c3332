"""Park names (sentences written for these tests, with invented places such as 东岭 and 南湖).

Covers the left edge of a zone's name after a place and an act (支持苏州|发展|X产业园): the place is the act's
subject, not part of the zone's name."""

from __future__ import annotations

from tests.extract.helpers import build


def test_act_after_a_place_opens_no_park_name() -> None:
    """支持苏州|发展|X产业园: the place is the act's subject, so the park's name holds neither place nor act."""
    g = build("支持苏州发展新材料产业园，带动周边配套。")
    parks = [e.name for e in g.entities if e.type == "Park"]
    assert not any("发展" in p for p in parks), parks


def test_zone_named_after_an_act_keeps_its_own_name() -> None:
    """推动杭州|建设|东岭未来科技城: the zone's own name follows the act and is found whole."""
    g = build("推动杭州建设东岭未来科技城。")
    parks = [e.name for e in g.entities if e.type == "Park"]
    assert "东岭未来科技城" in parks and not any("建设" in p for p in parks), parks


def test_zone_with_a_place_and_no_act_is_unchanged() -> None:
    """苏州工业园区, 深圳先行示范区: no act stands between the place and the head, the name is whole."""
    g = build("苏州工业园区和深圳先行示范区的经验值得推广。")
    parks = {e.name for e in g.entities if e.type == "Park"}
    assert {"苏州工业园区", "深圳先行示范区"} <= parks, parks
