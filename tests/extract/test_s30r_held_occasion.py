"""Round s30r: 举行 is a clause's verb, never inside an event's name; 成立大会 after a founding verb is an occasion."""

from __future__ import annotations

from .helpers import build


def test_holding_verb_is_not_part_of_an_event_name() -> None:
    g = build("北辰医学会牵头发起的南湖器械创新联盟在东岭医学院举行成立大会，百余位代表出席。", "news.txt")
    assert not any("举行" in e.name for e in g.entities)


def test_inaugural_meeting_held_in_a_place_does_not_place_the_body() -> None:
    g = build("南湖器械创新联盟昨日在苏州召开成立大会。", "news.txt")
    ids = {e.id: e.name for e in g.entities}
    assert not any(r.type == "LOCATED_IN" and ids[r.head] == "南湖器械创新联盟" for r in g.relations)


def test_a_hall_named_with_hui_tang_is_no_meeting() -> None:
    g = build("上周在深圳市北辰大会堂召开南湖国际医疗器械创新论坛。", "news.txt")
    assert not any(e.name.endswith("北辰大会") for e in g.entities)
