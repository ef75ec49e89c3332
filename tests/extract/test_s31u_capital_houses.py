"""An investment house named by a short house name and 资本 (X资本) is a firm; kinds of capital (社会资本, 国有资本,
科技资本) and a verb with its object (壮大科技资本) are not."""

from __future__ import annotations

from tests.extract.helpers import build


def _companies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Company"}


def test_house_name_and_capital_is_a_firm() -> None:
    got = _companies("合作简报\n云帆资本与南湖大学签署战略合作协议，双方将共建转化基金。")
    assert "云帆资本" in got


def test_kinds_of_capital_are_no_firms() -> None:
    got = _companies("产业简报\n我市将引导社会资本和国有资本投向生物医药产业，并壮大科技资本。")
    assert not any(name.endswith("资本") for name in got)
