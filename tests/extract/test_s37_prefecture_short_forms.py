"""A prefecture city whose short form is also another word is that city once the text has written its full name."""

from __future__ import annotations

from .helpers import build, has_relation


def test_the_short_form_after_the_full_name_is_the_city():
    g = build("新闻。嘉兴市今年新增生物医药企业四十家。星河生物科技有限公司已落户嘉兴。")
    regions = [e for e in g.entities if e.type == "Region"]
    assert [e.name for e in regions] == ["嘉兴"], [e.name for e in regions]
    assert len(regions[0].mentions) == 2
    assert has_relation(g, "星河生物科技有限公司", "LOCATED_IN", "嘉兴")


def test_the_short_form_alone_is_not_taken_for_the_city():
    g = build("新闻。星河生物科技有限公司已落户嘉兴。")
    assert not [e for e in g.entities if e.type == "Region"]
