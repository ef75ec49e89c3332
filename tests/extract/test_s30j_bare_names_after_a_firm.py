"""Coined names without a trade word listed after a known firm (s30j): a list that opens with a firm goes on with
firms, and firms often trade under a bare coined name (复星医药、甲乙、丙丁); places, fields and people stay out."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_bare_coined_names_after_a_known_firm_are_firms() -> None:
    ents = _entities("本区医药产业发展较快。出资方包括复星医药、岚衡、澜拓。")
    assert ents.get("岚衡") == "Company"
    assert ents.get("澜拓") == "Company"


def test_places_and_fields_after_a_known_firm_are_no_firms() -> None:
    ents = _entities(
        "本区医药产业发展较快。会议邀请复星医药、苏州、无锡等地代表参加，加强与复星医药、医疗、教育等领域合作。"
    )
    assert ents.get("苏州") != "Company"
    assert "医疗" not in ents
    assert "教育" not in ents
