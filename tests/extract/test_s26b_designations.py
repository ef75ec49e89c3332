"""National titles a ministry confers on a city or a hospital (a reform pilot zone, a demonstration district, the
building project of a national centre) are programmes the unit is taken into, not parks or facilities."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def _type_of(text: str, name: str) -> str | None:
    e = names(build(text)).get(name)
    return None if e is None else e.type  # type: ignore[attr-defined]


def test_pilot_zone_conferred_on_a_city_is_a_programme() -> None:
    text = "2019年5月，湖北省襄阳市被国家卫生健康委员会确立为国家健康促进综合改革试验区，三年来成效明显。"
    assert _type_of(text, "国家健康促进综合改革试验区") == "Program"


def test_review_of_a_quoted_national_title() -> None:
    text = "番禺区今年顺利通过“国家慢性病综合防控示范区”复审，并获评先进单位。"
    assert _type_of(text, "国家慢性病综合防控示范区") == "Program"


def test_building_project_of_a_national_base_is_whole() -> None:
    g = build("武汉大学人民医院、湖北省中医院分别入选国家中西医结合临床研究基地建设项目。")
    assert has_relation(g, "湖北省中医院", "MEMBER_OF", "国家中西医结合临床研究基地建设项目")
    assert "国家中西医结合临床研究基地" not in names(g)


def test_zone_named_by_its_place_stays_a_park() -> None:
    text = "国务院批复同意建设杭州国家自主创新示范区，支持杭州打造创新高地。"
    assert _type_of(text, "杭州国家自主创新示范区") == "Park"
