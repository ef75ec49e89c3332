"""A zone, platform, institute or lab named with its district, city or zone in front and again without it is one
(resolve._merge_place_dropped_forms).

Writers give the place once (a district's name without 区, a city, a zone the lexicon knows) and drop it after; the
short form is the same body, not a second one. Sentences are invented for this file.
"""

from __future__ import annotations

from .helpers import build


def _entities(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in build(text).entities}


def test_zone_after_a_district_without_its_level_word() -> None:
    ents = _entities("海淀南湖科学城是区里的重点园区。南湖科学城今年新引进企业三十家。")
    assert "南湖科学城" not in ents
    assert "南湖科学城" in ents["海淀南湖科学城"]


def test_institute_after_a_known_zone() -> None:
    ents = _entities("苏州工业园区东岭器械创新研究院成立于2019年。东岭器械创新研究院今年孵化项目十个。")
    assert "东岭器械创新研究院" not in ents
    assert "东岭器械创新研究院" in ents["苏州工业园区东岭器械创新研究院"]


def test_two_places_with_the_same_tail_stay_apart() -> None:
    ents = _entities("海淀南湖科学城与昌平南湖科学城各有分工。南湖科学城的规划尚未公布。")
    assert "海淀南湖科学城" in ents and "昌平南湖科学城" in ents
    assert "南湖科学城" not in ents["海淀南湖科学城"] and "南湖科学城" not in ents["昌平南湖科学城"]
