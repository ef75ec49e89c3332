"""COOPERATES_WITH when the partner after 与 is a kind of body qualified by a list of places (与广州、深圳的高校合作):
no named body is the partner, so neither the places nor the co-subjects are said to cooperate. Sentences written
for this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_places_listed_before_a_kind_plan_trad() -> None:
    g = build("支持南湖大學、北辰理工大學與廣州、深圳的高校合作共建聯合實驗室。", "plan.txt")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "广州")
    assert not has_relation(g, "北辰理工大学", "COOPERATES_WITH", "深圳")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰理工大学")


def test_named_partner_after_places_still_found_news() -> None:
    g = build("南湖大學與深圳的康瑞生物科技有限公司合作研發新藥。", "news.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_one_place_before_a_kind_reply() -> None:
    g = build("南湖大学将与深圳的企业合作建设中试基地。", "reply.txt")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "深圳")
