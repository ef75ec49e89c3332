"""A short trade name right after the kind of firm it is (issue #10, session 20, helper u): 生物科技公司某某基因,
初创企业某某医药, 药企某某制药. Firms and sentences invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _companies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Company"}


def test_a_kind_of_firm_opens_the_trade_name_after_it() -> None:
    assert "东岭基因" in _companies("去年，生物科技公司东岭基因在南湖设立了检测中心。")
    assert "南湖医药" in _companies("本地初创企业南湖医药获得了两亿元融资。")


def test_the_kind_itself_is_not_taken_for_a_firm() -> None:
    found = _companies("区内的医疗器械企业南湖医疗宣布扩产。")
    assert "南湖医疗" in found
    assert not any(n.startswith("企业") or n.endswith("企业南湖医疗") for n in found)


def test_a_kind_of_firm_without_a_firm_act_names_nothing() -> None:
    assert not _companies("鼓励生物科技企业加强研发投入。")
