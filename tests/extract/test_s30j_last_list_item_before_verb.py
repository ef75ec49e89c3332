"""The last item of a list of firms, followed by the verb with no mark (s30j): 复星医药、甲乙科技、丙丁生物建有… —
a short trade name after a known firm is a firm whether the list closes with 及/和 or with 、 before its verb."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_last_trade_name_before_a_verb_is_a_firm() -> None:
    ents = _entities("本区医药产业发展较快。截至去年底，复星医药、澜拓科技、禾岳生物建有省级研发中心九个。")
    assert ents.get("禾岳生物") == "Company"
    assert ents.get("澜拓科技") == "Company"


def test_field_or_longer_name_after_a_firm_is_no_short_firm() -> None:
    ents = _entities("本区医药产业发展较快。园区引进复星医药、中药制药建设项目，并与复星医药、禾岳生物技术研究院合作。")
    assert "中药制药" not in ents
    assert "禾岳生物" not in ents
