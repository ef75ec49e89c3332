"""Firms a news item counts off in a list closed by 等 (s27h): short trade names with no legal form and no known
body beside them, and the coined names listed with them."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_trade_names_counted_as_firms_are_firms() -> None:
    ents = _entities("今年以来，园区新引进澜拓生物、禾岳医疗等一批龙头企业。")
    assert ents.get("澜拓生物") == "Company"
    assert ents.get("禾岳医疗") == "Company"


def test_coined_name_listed_with_trade_names_is_a_firm() -> None:
    ents = _entities("据介绍，澜拓生物、岚沃等12个项目已开工建设。")
    assert ents.get("澜拓生物") == "Company"
    assert ents.get("岚沃") == "Company"


def test_first_item_starts_after_the_verb() -> None:
    ents = _entities("该区已集聚岚沃、澜拓生物、禾岳制药等30余家企业。")
    assert ents.get("岚沃") == "Company"
    assert "已集聚岚沃" not in ents and "集聚岚沃" not in ents


def test_fields_before_a_count_of_firms_are_no_firms() -> None:
    ents = _entities("全市培育生物医药、医疗器械等一批龙头企业。")
    assert "生物医药" not in ents
    assert "医疗器械" not in ents


def test_list_without_a_count_of_firms_is_left_alone() -> None:
    ents = _entities("支持岚沃、澜拓生物等行业龙头企业做大做强。")
    assert "岚沃" not in ents


def test_investors_counted_before_investment_bodies_are_firms() -> None:
    ents = _entities("园区还与澜拓基金、禾岳资本等一批知名投资机构开展合作。")
    assert ents.get("澜拓基金") == "Company"
    assert ents.get("禾岳资本") == "Company"


def test_a_pharma_port_is_a_park_not_its_city() -> None:
    ents = _entities("东岭医药港引进澜拓生物、禾岳医疗等一批企业。")
    assert ents.get("东岭医药港") == "Park"
