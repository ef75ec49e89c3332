"""A list read as investors (A、B等行业领先机构领投, 由A、B共同领投, 投资方为A、B) says its items are firms (issue #10):
an item made of ordinary words (春风人寿, 海岸创新) is a firm's short name all the same, where the same item in a
list of kinds (化工、家具等行业) would be dropped. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

LISTS = [
    ("澜星医疗完成新一轮融资，吸引了春风保险、嵘川控股集团等行业领先机构领投。", ("春风保险",)),
    ("本轮融资由春风人寿、瓴岳资本共同领投，海岸创新、青山远景以及翠禾芯源参与。", ("春风人寿", "海岸创新")),
    ("本轮融资的投资方为春风人寿、海岸创新和瓴岳资本。", ("春风人寿", "海岸创新")),
]


@pytest.mark.parametrize("text, items", LISTS)
def test_investors_of_ordinary_words_are_firms(text: str, items: tuple[str, ...]) -> None:
    got = names(build(text))
    for item in items:
        assert item in got
        assert got[item].type == "Company"  # type: ignore[attr-defined]


def test_a_list_of_trades_still_names_no_firm() -> None:
    got = names(build("支持化工、家具等行业企业转型。"))
    assert "化工" not in got
    assert "家具" not in got
