"""Coined trade names in lists (s32h): a firm listed before 等…企业 whose name the dictionary reads as single
characters (联澜, 智乐生物) or as a numeral word before its trade (三叶制药) is a firm's name, not ordinary words;
the first item keeps its numeral opening. Lists of ordinary words and counts stay out."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_numeral_opening_first_item_is_kept() -> None:
    g = build("东岭园区近年引进了三叶制药、九州药业等企业。")
    found = names(g)
    assert "三叶制药" in found and found["三叶制药"].type == "Company"
    assert "九州药业" in found


def test_single_character_names_in_a_list_are_firms() -> None:
    g = build("园区引进了华享生物、智乐生物等企业。")
    found = names(g)
    for firm in ("华享生物", "智乐生物"):
        assert firm in found and found[firm].type == "Company"


def test_numeral_name_listed_with_other_coined_names_is_kept() -> None:
    g = build("南湖小镇已集聚了二禾制药、博澜生物、华影等一批企业。")
    found = names(g)
    assert "二禾制药" in found and found["二禾制药"].type == "Company"
    assert "博澜生物" in found


def test_ordinary_words_and_counts_stay_out() -> None:
    g = build("园区吸引了化工、家具等行业企业，引进了三家制药、五个生物等企业。")
    found = names(g)
    for word in ("化工", "家具", "三家制药", "五个生物"):
        assert word not in found
