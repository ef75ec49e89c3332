"""SUPPORTS: listing, earmarking, sponsorship, funding sources and support named as a noun (sentences written
for these tests, with invented bodies).

Covers X将Y列入…名单 and its passive (only with a list noun: 纳入监管 is no backing), 批复同意, 赞助 and 捐资,
money earmarked with 供 (拨款N元，供Y…: 供 is no part of Y's name, and a budget after 在 is where the grant is
announced, not the giver), X的经费来自Y, X对Y的支持 (not when the one before 对 thanks for it) and a kind of
body between the verb and a name (支持初创企业进驻Y: Y is where they go, not what is backed). The sentence
cases of these shapes run with the other SUPPORTS cases in test_s19d_supports.py; this file keeps the checks
of names and givers."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_earmark_word_is_not_part_of_the_name() -> None:
    names = {e.name for e in build("東嶺市政府已預留十億元，供南湖科技園有限公司興建實驗室。").entities}
    assert "南湖科技园有限公司" in names
    assert not any(n.startswith("供") for n in names)


def test_budget_after_zai_is_not_the_giver() -> None:
    g = build("在今年的《東嶺財政預算案》撥款三十億元，供南湖科技園有限公司興建實驗室。")
    assert not has_relation(g, "东岭财政预算案", "SUPPORTS", "南湖科技园有限公司")
