"""A list that opens with known names of one kind and closes with 等: the unknown items after the last known name,
up to the 等, are of that kind too, whatever word follows the 等 (a verb, 行业巨头, nothing)."""

from __future__ import annotations

from policykg.model import DocumentGraph
from tests.extract.helpers import build, names


def _type(g: DocumentGraph, name: str) -> str | None:
    """The type of the entity named ``name`` (None when the graph has no such name)."""
    e = names(g).get(name)
    return getattr(e, "type", None)


def test_firm_after_known_firms_before_a_verb() -> None:
    g = build("近年来，东岭生物医药股份有限公司、南湖制药有限公司、岚峰等纷纷落户园区。")
    assert _type(g, "岚峰") == "Company"


def test_school_after_known_schools() -> None:
    g = build("东岭大学、南湖大学、岚峰等派出专家参加论坛。")
    assert _type(g, "岚峰") == "University"


def test_firm_after_known_firms_in_traditional() -> None:
    g = build("東嶺生物醫藥股份有限公司、南湖製藥有限公司、岚峰等行業巨頭進駐科學園。")
    assert _type(g, "岚峰") == "Company"


def test_trades_after_a_firm_are_no_firms() -> None:
    g = build("东岭生物医药股份有限公司、医药、器械等行业发展迅速。")
    assert "医药" not in names(g)
    assert "器械" not in names(g)
