"""Areas of a zone named by 片区 or 启动区 (a pilot free trade zone's or a new town's parts), metropolitan areas
named by 都会区, and the phrases that only count, rank or describe such areas.

Every sentence here is written for this file (invented zones and firms). Plans, work reports and park news
name a zone's areas as 某某片区 (the three areas of a pilot free trade zone, the start-up area of a new town);
the name opens with a place or the zone's own name. A count (建设5个…片区) or a word of rank right before the
head (重点片区) describes areas of a kind instead.
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation, names

NAMED = [
    # plan: the area of a pilot free trade zone, with its place
    ("东岭自由贸易试验区南湖片区重点发展生物医药和跨境金融。", "东岭自由贸易试验区南湖片区"),
    # park news (Traditional): an area of a zone where a firm settles
    ("康瑞生物科技有限公司去年落戶北辰新區西江片區。", "北辰新区西江片区"),
    # plan: the first area of a new zone to be built, named with its zone
    ("南湖国际生物港滨江启动区首期工程明年竣工。", "南湖国际生物港滨江启动区"),
    # Legislative Council (Traditional): a metropolitan development area named by its part of the territory
    ("政府會在東岭都會區預留土地發展生命健康科技。", "东岭都会区"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_named_area_is_a_park(text: str, name: str) -> None:
    g = build(text)
    found = names(g)
    assert name in found and found[name].type == "Park"


def test_area_after_a_known_zone_is_named_apart() -> None:
    # news: a pilot free trade zone the lexicon knows by its usual form, then one of its areas
    g = build("江苏自贸试验区南湖片区上半年新设企业四百家。")
    found = names(g)
    assert found["江苏自贸试验区"].name == "中国（江苏）自由贸易试验区"
    assert "南湖片区" in found


def test_firm_settles_in_an_area() -> None:
    g = build("康瑞生物科技有限公司去年落户北辰新区西江片区。")
    assert has_relation(g, "康瑞生物科技有限公司", "LOCATED_IN", "北辰新区西江片区")


KINDS = [
    # work report: a count of areas of one kind
    ("今年启动8个现代农业示范片区规划建设。", "现代农业示范片区"),
    # plan: the key areas of a zone, described by their rank
    ("南湖滨江新城重点片区明年完成土地收储。", "南湖滨江新城重点片区"),
    # a plan's first area to be built, described and not named
    ("南湖市将加快建设先行启动区，完善配套设施。", "先行启动区"),
    # a count before a park head: parks of a kind, whatever the head
    ("全省建设12个生物医药特色产业园。", "生物医药特色产业园"),
]


@pytest.mark.parametrize("text, phrase", KINDS)
def test_counted_or_ranked_areas_are_no_name(text: str, phrase: str) -> None:
    g = build(text)
    assert phrase not in names(g)
