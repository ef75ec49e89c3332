"""FOUNDED and the copula 是 (sentences written for these tests, with invented names such as 东岭 and 南湖).

After 是 a founding verb often dates a body or names a role rather than stating who founded what (X是Y成立后最早的
合作伙伴, X是Y的发起单位, X是Y组建的重要力量): the passive founding rule reads 是 as its frame only when the verb
qualifies a kind of body (Y是X在Z设立的首间实验室). Founding stated with 由 is read as before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build


def _founded(text: str) -> set[tuple[str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], ents[r.tail]) for r in g.relations if r.type == "FOUNDED"}


@pytest.mark.parametrize(
    "text,body,other",
    [
        ("东岭医院是南湖集团成立后最早的合作伙伴。", "南湖集团", "东岭医院"),
        ("东岭医院是南湖医学研究院组建的重要力量。", "南湖医学研究院", "东岭医院"),
        ("南湖大学是南湖生物医药创新联盟的发起单位之一。", "南湖生物医药创新联盟", "南湖大学"),
    ],
)
def test_body_after_copula_founds_nothing(text: str, body: str, other: str) -> None:
    assert (body, other) not in _founded(text)


@pytest.mark.parametrize(
    "text,founder,body",
    [
        ("南湖医院由东岭市医学会于1985年创立。", "东岭市医学会", "南湖医院"),
        ("由南湖大学牵头组建的东岭生物医药创新联盟今天揭牌。", "南湖大学", "东岭生物医药创新联盟"),
        ("南湖精准医学研究院是东岭大学于2016年在佛山设立的研究机构。", "东岭大学", "南湖精准医学研究院"),
    ],
)
def test_founding_with_you_or_a_copula_and_a_kind_is_read(text: str, founder: str, body: str) -> None:
    assert (founder, body) in _founded(text)
