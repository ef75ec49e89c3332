"""Round s29r: a titled mention right after digits that opens with a measure word is counted, not named."""

from __future__ import annotations

from .helpers import build, names


def test_events_counted_after_digits_are_no_named_event():
    g = build("北辰峰会共设3个分会场、2场青年科学家大会和6场专题论坛。")
    assert not any(n.endswith(("科学家大会", "专题论坛")) for n in names(g))


def test_a_fund_sized_in_digits_is_no_named_fund():
    g = build("东岭区日前新设30亿规模医疗器械产业基金，投向早期项目。")
    assert not any(n.endswith("产业基金") for n in names(g))


def test_an_edition_after_digits_keeps_its_name():
    g = build("第5届东岭生命论坛在南湖开幕。")
    assert "东岭生命论坛" in names(g)
