"""Macao's bureau of economy and technology under its own short name (經科局).

Macao news name the bureau by the short form its own site uses; without it the short form is no entity, and a
scheme it launches (經科局推出「…計劃」) has no issuer. The short form names the bureau only in Macao documents.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_short_name_issues_the_scheme_it_launches() -> None:
    g = build(
        "為扶持本澳青年創業，經科局於2022年推出「青年科創啟航計劃」，並與特區政府相關部門合作，協助本澳企業拓展市場。"
    )
    assert has_relation(g, "经济及科技发展局", "ISSUED", "青年科创启航计划")


def test_short_name_is_macao_only() -> None:
    g = build("东岭市经科局今年牵头制定了东岭市数字经济发展规划，推动产业升级。")
    assert "经济及科技发展局" not in names(g)
