"""A field word the dictionary tags as a verbal noun (生命) stays inside a zone's name after its place."""

from __future__ import annotations

from .helpers import build


def _parks(text: str) -> list[str]:
    return [e.name for e in build(text).entities if e.type == "Park"]


def test_a_life_science_park_named_after_its_city_is_found_whole():
    assert "无锡生命健康产业园" in _parks("无锡生命健康产业园今年新引进药企十二家。")
    assert "南通生命科技小镇" in _parks("南通生命科技小镇已集聚研发机构三十余家。")


def test_a_city_that_develops_a_kind_of_park_still_names_no_park():
    parks = _parks("支持合肥发展生物医药产业园，带动周边配套。")
    assert not any(p.startswith("合肥") for p in parks), parks
