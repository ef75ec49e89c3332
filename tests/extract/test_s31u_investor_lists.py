"""Lists of investors closed by a word for investors (issue #10): A、B等知名投资机构, A、B等老股东,
A、B等行业领先机构领投. Financing news names a round's investors by short names with no head word; the word
after 等 says they are investors, so the items are firms (Company). Lists of fields or trades before such a
word name no firm. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

LISTS = [
    # a round drawing investors praised as leaders, who lead it
    ("南湖医疗完成新一轮融资，吸引了云帆保险、北辰控股集团等行业领先机构领投。", ("云帆保险", "北辰控股集团")),
    # a park working with well-known investment houses
    ("园区运营一年，云帆、北辰等著名投资机构均已入驻。", ("云帆", "北辰")),
    # earlier shareholders following a round
    ("本轮由东岭集团领投，云帆资产、北辰远景等老股东跟投。", ("云帆资产", "北辰远景")),
]


@pytest.mark.parametrize("text, items", LISTS)
def test_items_before_an_investor_word_are_firms(text: str, items: tuple[str, ...]) -> None:
    got = names(build(text))
    for item in items:
        assert item in got
        assert got[item].type == "Company"  # type: ignore[attr-defined]


def test_fields_before_an_investor_word_are_no_firms() -> None:
    got = names(build("生物医药、人工智能等领域投资机构纷纷布局东岭。"))
    assert "生物医药" not in got
    assert "人工智能" not in got
