"""Short trade names listed before a known body in one list (s29b): a list names its members in any order, so the
items before the first known body are firms as much as those after it."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_trade_names_before_known_firms_are_firms() -> None:
    ents = _entities("签约企业包括澜拓生物、禾岳医疗、复星医药和药明康德。")
    assert ents.get("澜拓生物") == "Company"
    assert ents.get("禾岳医疗") == "Company"
    assert ents.get("药明康德") == "Company"


def test_list_stops_at_a_word_that_is_no_trade_name() -> None:
    ents = _entities("围绕生物医药、复旦大学等单位开展调研。")
    assert "生物医药" not in ents
