"""Backing a founding is support, not founding; money that sets a body up founds it (invented sentences and bodies).

GUIDELINES: FOUNDED links the one that sets a body up; SUPPORTS covers funding and recognition; INVESTED_IN is a
stake in a body, and a body "invested into being" (投资设立) is FOUNDED. These tests run whole sentences through
the pipeline."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

BACKED = [
    ("科学技术部支持成立东岭生物医药创新联盟。", "中华人民共和国科学技术部", "东岭生物医药创新联盟"),
    ("东岭省科学技术厅授牌成立东岭合成生物创新中心。", "东岭省科学技术厅", "东岭合成生物创新中心"),
    ("东岭市人民政府设立专项资金支持东岭转化医学研究院。", "东岭市人民政府", "东岭转化医学研究院"),
]


@pytest.mark.parametrize(("text", "head", "tail"), BACKED)
def test_backer_supports_and_does_not_found(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert has_relation(g, head, "SUPPORTS", tail)
    assert not has_relation(g, head, "FOUNDED", tail)


def test_founder_before_a_backing_frame_founds() -> None:
    g = build("东岭大学在科学技术部支持下建立了东岭转化医学研究院。")
    assert has_relation(g, "东岭大学", "FOUNDED", "东岭转化医学研究院")
    assert not has_relation(g, "中华人民共和国科学技术部", "FOUNDED", "东岭转化医学研究院")


def test_backing_frame_opening_the_clause_names_no_founder() -> None:
    g = build("在科学技术部支持下成立的东岭转化医学研究院已投入运行。")
    assert has_relation(g, "中华人民共和国科学技术部", "SUPPORTS", "东岭转化医学研究院")
    assert not has_relation(g, "中华人民共和国科学技术部", "FOUNDED", "东岭转化医学研究院")


def test_relative_clause_founds_the_subject_not_its_partner() -> None:
    g = build("由东岭市人民政府牵头成立的东岭创新投资有限公司与北辰大学签署了战略合作协议。")
    assert has_relation(g, "东岭市人民政府", "FOUNDED", "东岭创新投资有限公司")
    assert not has_relation(g, "东岭市人民政府", "FOUNDED", "北辰大学")


def test_investing_a_body_into_being_founds_it() -> None:
    g = build("南湖医药集团于2010年在东岭投资设立东岭南湖医药有限公司。")
    assert has_relation(g, "南湖医药集团", "FOUNDED", "东岭南湖医药有限公司")
    assert not has_relation(g, "南湖医药集团", "INVESTED_IN", "东岭南湖医药有限公司")


def test_plain_investment_and_plain_founding_stay() -> None:
    assert has_relation(
        build("南湖医药集团去年投资东岭南湖医药有限公司。"), "南湖医药集团", "INVESTED_IN", "东岭南湖医药有限公司"
    )
    assert has_relation(build("东岭市人民政府出资设立东岭创新研究院。"), "东岭市人民政府", "FOUNDED", "东岭创新研究院")


def test_coordinated_and_later_support_keep_the_founding() -> None:
    for text in (
        "东岭市人民政府出资设立并支持东岭转化医学研究院。",
        "东岭市人民政府成立东岭转化医学研究院，并支持东岭转化医学研究院引进人才。",
    ):
        g = build(text)
        assert has_relation(g, "东岭市人民政府", "FOUNDED", "东岭转化医学研究院")
        assert has_relation(g, "东岭市人民政府", "SUPPORTS", "东岭转化医学研究院")
