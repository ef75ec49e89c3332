"""A fair named in full and then by a word of three characters ending in 会 (投洽会, 药交会) is one event.

News names a fair or a congress once in full and goes on with two characters of its name, in order, and its last
character; both spellings name the same event, so what is said of either (held in a place, organised by a body)
is said of one entity. Sentences are invented for this file.
"""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_three_character_form_joins_the_full_name() -> None:
    g = build("昨日，东岭国际医药科技交易会在佛山开幕。本届药交会共有三百家企业参展。")
    by = names(g)
    assert by["东岭国际医药科技交易会"] is by["药交会"]
    assert has_relation(g, "药交会", "LOCATED_IN", "佛山")


def test_short_form_named_as_a_venue() -> None:
    g = build("东岭国际投资贸易洽谈会在佛山开幕。次日，南湖市生物产业联盟在投洽会主场馆成立。")
    events = [e for e in g.entities if e.type == "Event"]
    assert len(events) == 1
    assert {"东岭国际投资贸易洽谈会", "投洽会"} <= {events[0].name, *events[0].aliases}


def test_two_fairs_that_both_fit_leave_the_short_form_alone() -> None:
    g = build("东岭国际投资贸易洽谈会和北辰国际投资贸易洽谈会同期举行。次日，南湖市生物产业联盟在投洽会主场馆成立。")
    by = names(g)
    assert "投洽会" in by
    assert by["投洽会"] is not by["东岭国际投资贸易洽谈会"]
    assert by["投洽会"] is not by["北辰国际投资贸易洽谈会"]
