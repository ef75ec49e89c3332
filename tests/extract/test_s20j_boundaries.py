"""Where people's names start and end on documents the rules were not written for (invented sentences).

A Hong Kong married name (the husband's surname, then the woman's own three-character name) stands before a
title as it stands after one: 叶陈美琪议员 is four characters, not 陈美琪 with a stray 叶 before it."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_married_name_before_a_title_keeps_the_husbands_surname() -> None:
    g = build("立法会会议\n\n叶陈美琪议员问：政府会否资助南湖大学的研究？\n")
    by = names(g)
    assert "叶陈美琪" in by and by["叶陈美琪"].type == "Person", sorted(by)
    assert "陈美琪" not in by


def test_three_character_name_before_a_title_stays_three() -> None:
    g = build("立法会会议\n\n会上，王李华议员问：政府会否资助南湖大学的研究？\n")
    by = names(g)
    assert "王李华" in by, sorted(by)
    assert not any(len(n) == 4 and n.endswith("王李华") for n in by)
