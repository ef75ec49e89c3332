"""A park or platform named again without the trade or description between its brand and its head word.

Park news names a park in full once (东岭生物医药产业园) and later by its brand and head alone (东岭产业园); the
short form is the same park, so what is said of it (what lies in it) belongs to the one entity. Every sentence here
is invented for this file.
"""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_short_form_without_trade_is_the_park() -> None:
    g = build("东岭生物医药产业园位于常熟市北部。目前，北辰制药有限公司已入驻东岭产业园。")
    by = names(g)
    assert by["东岭产业园"] is by["东岭生物医药产业园"]
    assert has_relation(g, "北辰制药有限公司", "LOCATED_IN", "东岭生物医药产业园")


def test_short_form_without_description_is_the_zone() -> None:
    g = build("南湖国际康养旅游先行区今年新增十家医院。南湖先行区将引进更多医疗机构。")
    by = names(g)
    assert by["南湖先行区"] is by["南湖国际康养旅游先行区"]


def test_two_longer_parks_leave_the_short_form_alone() -> None:
    # 东岭产业园 could be either park: it stays a park of its own
    g = build("东岭生物医药产业园与东岭医疗器械产业园签约，东岭产业园管委会表示欢迎。")
    by = names(g)
    assert by.get("东岭产业园") is not by["东岭生物医药产业园"]
    assert by.get("东岭产业园") is not by["东岭医疗器械产业园"]
