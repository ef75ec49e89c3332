"""Round s29b (kept in s30): one named before 等N位/等N名 and a shared title is a person; the others are counted."""

from __future__ import annotations

from .helpers import build, names


def test_first_of_counted_members_before_a_title_is_a_person():
    g = build("李建国等五名委员提出的提案收悉。")
    assert names(g).get("李建国") is not None
    assert names(g)["李建国"].type == "Person"


def test_counted_fellows_after_an_organisation_make_no_person():
    g = build("东岭大学等3名委员单位参加了会议。")
    assert not any(e.type == "Person" for e in g.entities)
