"""Funding schemes named by what they do (X资助计划), the way Hong Kong budget speeches and council replies name them.

Sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_funding_scheme_before_a_verb_is_a_name() -> None:
    # 资助计划 is the scheme even when a verb follows it: 计划 is no verb after a word of aim
    g = build("申請人可透過東嶺初創企業資助計劃取得種子資金。")
    by = names(g)
    assert "东岭初创企业资助计划" in by
    assert by["东岭初创企业资助计划"].type == "Program"


def test_funding_scheme_in_simplified_script() -> None:
    g = build("南湖青年创业资助计划取得良好成效，受惠企业逾百家。")
    assert "南湖青年创业资助计划" in names(g)


def test_plan_as_a_verb_stays_out() -> None:
    # a body that plans to fund (计划资助) names no scheme
    g = build("东岭公司计划资助学生赴南湖进修。")
    assert not any(n.endswith("计划") for n in names(g))
