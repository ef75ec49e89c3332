"""Firms a news item counts off before 等N家企业 (s27s): a count of firms vouches for items with no trade word, for
a single item, and for coined names that end in an ordinary word; persons and fields stay out."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_one_item_before_a_count_of_firms_is_a_firm() -> None:
    ents = _entities("全区市场主体稳步增长；澜汐睿和等8家企业成功上市。")
    assert ents.get("澜汐睿和") == "Company"


def test_coined_names_ending_in_an_ordinary_word_are_firms() -> None:
    ents = _entities("平台陆续建成；优心星河、诺脑银河等60余家企业集中落户东岭园区。")
    assert ents.get("优心星河") == "Company"
    assert ents.get("诺脑银河") == "Company"


def test_a_person_before_a_count_of_firms_is_no_firm() -> None:
    ents = _entities("平台陆续建成；张伟等3家企业获评。")
    assert ents.get("张伟") != "Company"


def test_fields_before_a_count_of_firms_stay_out() -> None:
    ents = _entities("全市集聚新型储能、高端装备等一批企业。")
    assert "新型储能" not in ents
    assert "高端装备" not in ents


def test_list_without_a_count_needs_a_trade_word() -> None:
    ents = _entities("支持优心星河、诺脑银河等行业龙头企业做大做强。")
    assert ents.get("优心星河") != "Company"
