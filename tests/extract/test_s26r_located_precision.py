"""LOCATED_IN precision (s26r): a place verb that qualifies a noun, or a second act after a coordinator, does not
place the name written before it. Invented sentences and organisations."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_list_comma_opens_the_next_items_relative_clause() -> None:
    g = build("参加签约的有东岭医药有限公司、总部在天河区的多家创新药企。")
    assert not has_relation(g, "东岭医药有限公司", "LOCATED_IN", "天河区")


def test_own_site_as_venue_does_not_place_the_host() -> None:
    g = build("东岭科技园公司昨日于其位于南山区的东岭创新园举行开放日活动。")
    assert not has_relation(g, "东岭科技园公司", "LOCATED_IN", "东岭创新园")


def test_object_of_first_act_is_not_placed_by_the_second() -> None:
    g = build("南湖投资有限公司与北辰资本有限公司将共同成立东岭健康产业投资有限公司以及共同在佛山建设一座中试基地。")
    assert not has_relation(g, "东岭健康产业投资有限公司", "LOCATED_IN", "佛山")


def test_plain_settling_still_places_the_subject() -> None:
    g = build("东岭医药有限公司已在黄埔区设厂，主要生产抗体药物。")
    assert has_relation(g, "东岭医药有限公司", "LOCATED_IN", "黄埔区")


def test_bay_area_name_after_zai_is_not_the_province() -> None:
    g = build("在粤港澳大湾区国际科技创新中心的带动下，东岭市生物医药产业快速发展。")
    assert "广东" not in {e.name for e in g.entities}


def test_province_character_after_zai_still_names_the_province() -> None:
    g = build("东岭药业有限公司在粤投资建设生产基地。")
    assert "广东" in {e.name for e in g.entities}


def test_counted_zones_described_by_a_clause_are_a_kind() -> None:
    g = build("东岭市将打造一批特色突出、带动能力强的智能制造发展示范区，并推进东岭高新区扩区。")
    found = {e.name for e in g.entities}
    assert "智能制造发展示范区" not in found
    assert "东岭高新区" in found
