"""Where a named event is held (session s23, helper s): invented sentences through the pipeline."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build


def _triples(text: str) -> set[tuple[str, str, str]]:
    """(head name, type, tail name) of every relation the pipeline reads in ``text``."""
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        ("2025东岭生物医药创新大会昨日在南湖区开幕，千余名嘉宾参会。", "东岭生物医药创新大会", "南湖区"),
        ("第三屆東嶺國際醫療器械博覽會於深圳舉行，展期三天。", "东岭国际医疗器械博览会", "深圳"),
        ("东岭国际医疗器械博览会每年在南湖区召开，已成为行业盛会。", "东岭国际医疗器械博览会", "南湖区"),
    ],
)
def test_event_held_in_a_place(text: str, event: str, place: str) -> None:
    """EVENT在PLACE举行/开幕/召开 (於 in Traditional): the event is located in the place."""
    assert (event, "LOCATED_IN", place) in _triples(text)


def test_a_clause_without_its_own_subject_is_another_happening() -> None:
    """大会开幕当天，在PLACE举行了签约仪式: the signing is held there; the conference's place is not said."""
    got = _triples("东岭生物医药创新大会开幕当天，在南湖区举行了项目签约仪式。")
    assert not {t for t in got if t[1] == "LOCATED_IN" and t[0] == "东岭生物医药创新大会"}


def test_an_event_named_far_before_the_place_is_not_placed() -> None:
    """A long stretch between the event and 在 (a whole phrase) leaves the event's place unsaid."""
    got = _triples("东岭生物医药创新大会的多项配套活动和专题论坛也将在南湖区举行。")
    assert ("东岭生物医药创新大会", "LOCATED_IN", "南湖区") not in got


def test_a_kind_of_meeting_told_again_is_not_placed() -> None:
    """推介大会在PLACE举行: four characters name an activity and a head, a kind, not the named event."""
    got = _triples("昨日，推介大会在南湖区举行。")
    assert not {t for t in got if t[1] == "LOCATED_IN"}
