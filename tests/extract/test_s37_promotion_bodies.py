"""A body that promotes a field is named by the field before 促进/推广 (投资促进局), even one that is also a verb."""

from __future__ import annotations

from .helpers import build, names


def test_investment_promotion_bodies_of_a_city_and_a_district_keep_their_field():
    g = build("新闻。佛山市投资促进局与南沙区投资推广服务署联合举办生物医药推介会。")
    found = names(g)
    assert {"佛山市投资促进局", "南沙区投资推广服务署"} <= set(found), sorted(found)
    assert not any(n in found for n in ("促进局", "推广服务署"))


def test_a_city_that_invests_to_promote_a_trade_is_no_promotion_body():
    g = build("新闻。惠州市投资促进了当地医疗器械产业发展。")
    assert not any("促进" in n for n in names(g)), sorted(names(g))
