"""A place of the tables written in full is that place, not a shorter region the lexicon knows inside it."""

from __future__ import annotations

from .helpers import build, has_relation


def _regions(text: str) -> list[str]:
    return sorted(e.name for e in build(text).entities if e.type == "Region")


def test_san_francisco_is_not_shanghais_jinshan_district():
    g = build("新闻。星河生物科技有限公司在旧金山设立海外研发中心。")
    assert [e.name for e in g.entities if e.type == "Region"] == ["旧金山"]
    assert has_relation(g, "星河生物科技有限公司", "LOCATED_IN", "旧金山")


def test_the_district_itself_is_still_found():
    assert _regions("新闻。金山区今年新增生物医药企业十二家。") == ["金山区"]
