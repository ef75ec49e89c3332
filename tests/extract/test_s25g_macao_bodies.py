"""Macao's secretariats, bureaus and public funds from their table (agencies_mo.tsv): a name joined by 及 is one
bureau, not its last words; a secretariat (某某司) is a body; and a bureau written flush after the Macao
government is that government's part, named by its own name."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def _names(text: str) -> set[str]:
    """Every entity name the pipeline finds in ``text``."""
    return {e.name for e in build(text).entities}


def test_bureau_joined_by_ji_stays_whole() -> None:
    assert "经济及科技发展局" in _names("經濟及科技發展局今日與東嶺市商務局簽署合作協議。")
    assert "发展局" not in _names("教育及青年發展局與南湖大學合辦青年創新論壇。")


def test_secretariat_is_a_body() -> None:
    assert "社会文化司" in _names("社會文化司司長今日到訪南湖大學，參觀其實驗室。")


def test_flush_macao_bureau_is_the_governments_part() -> None:
    g = build("澳門特區政府藥物監督管理局今日與東嶺市藥品監督管理局簽署合作備忘錄。")
    assert "药物监督管理局" in {e.name for e in g.entities}
    assert has_relation(g, "药物监督管理局", "PART_OF", "澳门特别行政区政府")


def test_science_fund_funds_a_university() -> None:
    g = build("澳門科學技術發展基金資助南湖大學開展中藥質量研究。")
    assert has_relation(g, "澳门特别行政区科学技术发展基金", "SUPPORTS", "南湖大学")
