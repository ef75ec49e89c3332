"""SUPPORTS: listing, earmarking, sponsorship, funding sources and support named as a noun (sentences written
for these tests, with invented bodies).

Covers X将Y列入…名单 and its passive (only with a list noun: 纳入监管 is no backing), 批复同意, 赞助 and 捐资,
money earmarked with 供 (拨款N元，供Y…: 供 is no part of Y's name, and a budget after 在 is where the grant is
announced, not the giver), X的经费来自Y, X对Y的支持 (not when the one before 对 thanks for it) and a kind of
body between the verb and a name (支持初创企业进驻Y: Y is where they go, not what is backed)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

POSITIVE = [
    ("东岭省科学技术厅将南湖高新区列入省级高新区培育名单。", "东岭省科学技术厅", "南湖高新区"),
    (
        "北辰生物科技有限公司被东岭省工业和信息化厅列入专精特新企业名单。",
        "东岭省工业和信息化厅",
        "北辰生物科技有限公司",
    ),
    ("东岭省人民政府批复同意南湖高新区建设合成生物产业园。", "东岭省人民政府", "南湖高新区"),
    ("北辰慈善基金會贊助南湖大學舉辦創新比賽。", "北辰慈善基金会", "南湖大学"),
    ("北辰慈善基金会向南湖大学捐资3亿元。", "北辰慈善基金会", "南湖大学"),
    ("創新及科技局已預留二十億元，供南湖科技園有限公司興建數據中心。", "创新及科技局", "南湖科技园有限公司"),
    ("南湖合成生物研究所的经费主要来自东岭省人民政府。", "东岭省人民政府", "南湖合成生物研究所"),
    ("近年来，东岭省人民政府对南湖合成生物研究所的资助逐年增加。", "东岭省人民政府", "南湖合成生物研究所"),
]

NEGATIVE = [
    ("东岭省药品监督管理局将北辰生物科技有限公司纳入重点监管。", "东岭省药品监督管理局", "北辰生物科技有限公司"),
    ("南湖大学对东岭市科学技术局的支持表示衷心感谢。", "南湖大学", "东岭市科学技术局"),
    ("南湖科技园有限公司支持初创企业进驻东岭科学园。", "南湖科技园有限公司", "东岭科学园"),
    ("南湖合成生物研究所的经费主要来自企业委托，东岭省人民政府不再拨款。", "东岭省人民政府", "南湖合成生物研究所"),
]


@pytest.mark.parametrize(("text", "head", "tail"), POSITIVE)
def test_support_is_found(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "SUPPORTS", tail)


@pytest.mark.parametrize(("text", "head", "tail"), NEGATIVE)
def test_no_support_is_read(text: str, head: str, tail: str) -> None:
    assert not has_relation(build(text), head, "SUPPORTS", tail)


def test_earmark_word_is_not_part_of_the_name() -> None:
    names = {e.name for e in build("東嶺市政府已預留十億元，供南湖科技園有限公司興建實驗室。").entities}
    assert "南湖科技园有限公司" in names
    assert not any(n.startswith("供") for n in names)


def test_budget_after_zai_is_not_the_giver() -> None:
    g = build("在今年的《東嶺財政預算案》撥款三十億元，供南湖科技園有限公司興建實驗室。")
    assert not has_relation(g, "东岭财政预算案", "SUPPORTS", "南湖科技园有限公司")
