"""A zone named in full with its city in front and after without the city and by its kind's short form (高新区 for
高新技术产业开发区) is one (resolve._merge_ordered_short_forms over the name without its opening places). Sentences are
invented for this file."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in build(text).entities}


def test_zone_without_its_city_and_with_a_short_kind() -> None:
    ents = _entities("项目落户于天津松涛高新技术产业开发区。松涛高新区今年引进药企十家。")
    assert "松涛高新区" not in ents
    assert "松涛高新区" in ents["天津松涛高新技术产业开发区"]


def test_two_cities_zones_with_one_short_form_stay_apart() -> None:
    ents = _entities("天津松涛高新技术产业开发区与南昌松涛高新技术产业开发区签约。松涛高新区今年引进药企十家。")
    assert "松涛高新区" not in ents.get("天津松涛高新技术产业开发区", [])
    assert "松涛高新区" not in ents.get("南昌松涛高新技术产业开发区", [])
