"""A given name ending in 和 (家和, 永和) is kept whole where what follows could not follow the conjunction."""

from __future__ import annotations

from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_name_ending_he_before_elected_post() -> None:
    people = _people("会议选举东岭制药有限公司总经理周家和为副理事长。")
    assert "周家和" in people
    assert "周家" not in people


def test_name_ending_he_before_punctuation() -> None:
    people = _people("南湖大学副校长韩永和、东岭研究院院长许志明出席会议。")
    assert "韩永和" in people
    assert "韩永" not in people


def test_he_between_two_names_stays_a_conjunction() -> None:
    people = _people("南湖大学副校长韩永和许志明为顾问。")
    assert "韩永和" not in people
