"""INVESTED_IN and SUPPORTS on shapes common to news, reports and plans (sentences written for these tests).

An investment fund (产业投资基金, 天使母基金, 引导基金) is a vehicle that takes stakes in companies: it is
read as a Company, so what it invests in is INVESTED_IN; a grant scheme called 基金 stays a programme.
A description of funds from anywhere (国内外…投资基金) names no fund."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation, names

POSITIVE = [
    (
        "东岭生物医药产业投资基金已投资康瑞生物科技有限公司和南湖基因科技有限公司。",
        "东岭生物医药产业投资基金",
        "INVESTED_IN",
        "南湖基因科技有限公司",
    ),
    ("南湖天使母基金去年投资了东岭基因科技有限公司。", "南湖天使母基金", "INVESTED_IN", "东岭基因科技有限公司"),
    (
        "康瑞生物科技有限公司完成A轮融资，由东岭生物医药产业投资基金领投。",
        "东岭生物医药产业投资基金",
        "INVESTED_IN",
        "康瑞生物科技有限公司",
    ),
]

NEGATIVE = [
    # a development fund is a grant scheme: money put into it is funding (SUPPORTS), not a stake
    ("东岭市人民政府向东岭市科技发展基金注资3亿元。", "东岭市人民政府", "INVESTED_IN", "东岭市科技发展基金"),
]


@pytest.mark.parametrize("text, head, rel, tail", POSITIVE)
def test_found(text, head, rel, tail):
    assert has_relation(build(text), head, rel, tail)


@pytest.mark.parametrize("text, head, rel, tail", NEGATIVE)
def test_not_found(text, head, rel, tail):
    assert not has_relation(build(text), head, rel, tail)


def test_investment_fund_is_a_company_and_a_grant_fund_a_programme():
    g = names(build("东岭科技创新引导基金与南湖医疗研究基金今年分别投入资金。"))
    assert g["东岭科技创新引导基金"].type == "Company"
    assert g["南湖医疗研究基金"].type == "Program"


def test_funds_from_anywhere_are_no_name():
    g = names(build("大量国内外生物科技投资基金在香港设立办事处。"))
    assert not any("投资基金" in n for n in g)
