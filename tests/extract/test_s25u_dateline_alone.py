"""A dateline with no byline after it (某某网9月26日电 X局局长率团…) names the outlet that filed the item; the outlet
is never the subject the clauses after it carry."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_dateline_outlet_is_not_the_partner_of_a_signing() -> None:
    g = build("东岭新闻网3月5日电 东岭集团董事长王建国今日率领代表团，与南湖大学签署合作协议。\n")
    assert not has_relation(g, "东岭新闻网", "COOPERATES_WITH", "南湖大学")
    assert has_relation(g, "东岭集团", "COOPERATES_WITH", "南湖大学")


def test_a_phone_call_on_a_date_is_no_dateline() -> None:
    g = build("东岭集团董事长王建国12日电话会见南湖大学校长，并与南湖大学签署合作协议。\n")
    assert has_relation(g, "东岭集团", "COOPERATES_WITH", "南湖大学")


def test_traditional_dateline_before_an_officer_of_a_bureau() -> None:
    g = build("香港新聞網9月26日電 醫務衞生局局長今日率領代表團,與深圳市衞生健康委員會簽署合作協議。\n")
    assert not has_relation(g, "香港新闻网", "COOPERATES_WITH", "深圳市卫生健康委员会")
