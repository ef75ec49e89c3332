"""Parks and LOCATED_IN, session s26c: a unit a body lands in a place (A在PLACE落地“B”), one city's site of a national
base named with its place in brackets, and two spans that only look like park names (a count of a city's parks, a
clause running through 做出 into 园区).

Every sentence is written for this file (invented bodies such as 东岭 and 南湖, real places).
"""

from __future__ import annotations

from .helpers import build, has_relation


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in build(text).entities}


def test_unit_landed_in_place_is_there_not_its_owner() -> None:
    g = build("南湖大学去年在佛山高新区落地“南湖大学技术转移中心佛山中心”，服务本地企业。")
    assert has_relation(g, "南湖大学技术转移中心佛山中心", "LOCATED_IN", "佛山高新区")
    assert not has_relation(g, "南湖大学", "LOCATED_IN", "佛山高新区")


def test_units_laid_out_in_place_are_each_there() -> None:
    g = build("东岭医药集团将在黄埔区布局东岭医药华南研发中心、东岭医药创新服务平台等项目。")
    assert has_relation(g, "东岭医药华南研发中心", "LOCATED_IN", "黄埔区")
    assert has_relation(g, "东岭医药创新服务平台", "LOCATED_IN", "黄埔区")
    assert not has_relation(g, "东岭医药集团", "LOCATED_IN", "黄埔区")


def test_body_landing_with_no_object_is_there() -> None:
    g = build("东岭生物科技有限公司今年在佛山高新区布局，建设抗体药物产线。")
    assert has_relation(g, "东岭生物科技有限公司", "LOCATED_IN", "佛山高新区")


def test_site_of_national_base_keeps_its_bracketed_place() -> None:
    g = build("推进国家生物产业基地（武汉）建设，武汉将加大用地支持。")
    names = {e.name for e in g.entities if e.type == "Park"}
    assert "国家生物产业基地（武汉）" in names
    assert has_relation(g, "国家生物产业基地（武汉）", "LOCATED_IN", "武汉")


def test_counted_parks_are_no_park() -> None:
    assert not any(t == "Park" for _, t in _names("东岭市的三大创科园区去年共引进企业两百家。"))
    assert not any(t == "Platform" for _, t in _names("东岭市将建设五大公共技术平台。"))


def test_clause_through_zuochu_is_no_park() -> None:
    names = _names("全区要为南湖医疗器械集群壮大做出园区贡献。")
    assert not any(t == "Park" for _, t in names)


def test_joint_relative_clause_places_neither_side() -> None:
    g = build("东岭科技园公司介绍，该项目是东岭科技园公司和南湖大学在广州设立的联合孵化基地。")
    assert not has_relation(g, "东岭科技园公司", "LOCATED_IN", "广州")
    g = build("东岭科技园公司去年于广州成立，服务本地初创企业。")
    assert has_relation(g, "东岭科技园公司", "LOCATED_IN", "广州")


def test_district_before_a_name_opening_with_its_short_form_stays_apart() -> None:
    g = build("苏州市吴江区吴江生物医药产业园今年新增企业三十家。")
    parks = {e.name for e in g.entities if e.type == "Park"}
    assert parks == {"吴江生物医药产业园"}
    assert has_relation(g, "吴江生物医药产业园", "LOCATED_IN", "吴江区")


def test_ranking_titles_are_no_sites() -> None:
    names = _names("东岭生物医药产业基地入选“2024最具成长力医疗器械产业园区”，并获评最佳孵化平台。")
    assert names == {("东岭生物医药产业基地", "Park")}
