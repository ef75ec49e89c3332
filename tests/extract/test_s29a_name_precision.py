"""Name precision (s29a): a stretch of three or more ordinary words before a hospital's head word is a clause or a
description, not a hospital's name."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_a_clause_before_a_hospital_head_is_no_hospital() -> None:
    found = _names("政府会扩建联合医院和伊利沙伯医院。")
    assert "伊利沙伯医院" in found
    assert not any(n.startswith("政府") for n in found)


def test_two_joined_verbs_and_a_kind_of_hospital_are_no_hospital() -> None:
    found = _names("区卫生健康委将督促和指导辖区医院落实措施。")
    assert "区卫生健康委" in found
    assert not any(n.endswith("医院") for n in found)
    found = _names("该局计划扩建和翻新地区医院，并与南湖大学附属医院合作。")
    assert "南湖大学附属医院" in found
    assert not any("翻新" in n for n in found)


def test_hospitals_named_by_a_place_a_number_or_few_words_stay() -> None:
    found = _names("东岭市妇女儿童医院、南湖市第一人民医院和人民解放军总医院开展合作。")
    assert {"东岭市妇女儿童医院", "南湖市第一人民医院", "人民解放军总医院"} <= found
    assert {"香港养和医院", "仁安医院"} <= _names("香港养和医院与仁安医院合作。")
