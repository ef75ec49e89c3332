"""Round s30d: a conjunction right before a bare head word, or after a noun that ends a phrase, starts no name."""

from __future__ import annotations

from .helpers import build, names


def test_a_bare_head_after_ji_names_nothing():
    g = build("南湖市及高新区领导出席了签约仪式。")
    assert not any(n.endswith("及高新区") for n in names(g))


def test_a_hospital_after_an_advantage_and_he_keeps_its_own_name():
    g = build("双方将发挥北辰大学的学科优势和东岭市第一人民医院的临床优势，共建转化中心。")
    assert "东岭市第一人民医院" in names(g)
    assert not any(n.startswith("学科优势") for n in names(g))
