"""A district or a zone written with the places above it (session s29h).

杭州市西湖区 is one district written with its city in front, and 南京市江宁区某某科学城 one zone written with its
city and district in front; other texts name them without those places. Both forms are names of the one entity.
"""

from __future__ import annotations

from tests.extract.helpers import build


def _entity(text: str, name: str, type_: str):  # type: ignore[no-untyped-def]
    g = build(text)
    return next(e for e in g.entities if e.type == type_ and (e.name == name or name in e.aliases))


def test_district_after_its_city_keeps_the_joined_form() -> None:
    text = "会议现场，杭州市西湖区围绕创新药布局作了介绍。西湖区政府与三家企业签约。"
    e = _entity(text, "西湖区", "Region")
    assert "杭州市西湖区" in [e.name, *e.aliases]


def test_district_of_a_province_city_keeps_the_joined_form() -> None:
    text = "项目落户于江苏省南京市江宁区，江宁区将提供配套支持。"
    e = _entity(text, "江宁区", "Region")
    assert "南京市江宁区" in [e.name, *e.aliases]


def test_zone_named_after_its_places_is_also_named_without_them() -> None:
    text = "东岭生命科学园位于南京市江宁区紫金科学城，是区内重要的产业园区。"
    e = _entity(text, "南京市江宁区紫金科学城", "Park")
    forms = [e.name, *e.aliases]
    assert "紫金科学城" in forms
    assert "江宁区紫金科学城" in forms


def test_a_district_alone_gets_no_city() -> None:
    text = "西湖区政府与三家企业签约，西湖区将提供配套支持。"
    e = _entity(text, "西湖区", "Region")
    assert not any(a.startswith("杭州") for a in e.aliases)


def test_a_kind_of_zone_after_a_city_is_no_name_of_its_own() -> None:
    text = "项目落户杭州市工业园区，当地提供配套支持。"
    g = build(text)
    assert not any("工业园区" in e.aliases for e in g.entities)
