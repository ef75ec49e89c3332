"""Firms' registered names that carry 控股 (holding) before their trade and legal form (invented firms).

控股 is otherwise the verb of one firm holding another and stops a name's leftward growth; right before a trade
and 有限公司, with no particle between, it is a word of the firm's own name."""

from __future__ import annotations

from policykg.model import DocumentGraph
from tests.extract.helpers import build


def entity_names(g: DocumentGraph, type_: str) -> set[str]:
    """The names of the graph's entities of one type."""
    return {e.name for e in g.entities if e.type == type_}


def test_holding_firm_with_trade_keeps_its_whole_name() -> None:
    g = build("东岭控股生物技术有限公司研发的重组蛋白疫苗已获批上市。")
    assert "东岭控股生物技术有限公司" in entity_names(g, "Company")


def test_holding_firm_with_legal_form_only() -> None:
    g = build("南湖控股有限公司宣布在前海设立区域总部。")
    assert "南湖控股有限公司" in entity_names(g, "Company")


def test_traditional_news_names_the_holding_firm() -> None:
    g = build("北辰控股醫療科技有限公司今年在香港科學園設立研發中心。")
    assert "北辰控股医疗科技有限公司" in entity_names(g, "Company")


def test_holding_as_a_verb_stays_out_of_the_name() -> None:
    g = build("东岭集团控股的南湖医药有限公司去年在苏州投产。")
    names = entity_names(g, "Company")
    assert "南湖医药有限公司" in names
    assert not any("控股的" in n for n in names)
