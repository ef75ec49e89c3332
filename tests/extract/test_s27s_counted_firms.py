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


def test_a_brand_that_is_a_noun_before_jituan_is_a_firm() -> None:
    ents = _entities("光明集团与东岭大学签署战略合作协议。")
    assert ents.get("光明集团") == "Company"


def test_an_industry_before_jituan_is_a_kind_of_group() -> None:
    ents = _entities("支持钢铁集团、能源集团兼并重组。")
    assert "钢铁集团" not in ents
    assert "能源集团" not in ents


def test_an_owner_or_rank_before_jituan_is_no_brand() -> None:
    ents = _entities("推进中央集团和地方集团合作，支持优质集团上市。")
    assert not {"中央集团", "地方集团", "优质集团"} & set(ents)


def test_entrepreneurs_listed_before_qiyejia_are_no_firms() -> None:
    ents = _entities("座谈会上，张伟、李强等十余家企业家代表先后发言。")
    assert ents.get("李强") != "Company"
    assert ents.get("张伟") != "Company"


def test_firms_whose_representatives_attend_stay_firms() -> None:
    ents = _entities("澜拓生物、禾岳医疗等企业代表参加。")
    assert ents.get("澜拓生物") == "Company"
