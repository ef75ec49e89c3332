"""Venture-capital houses named by their house and 创投 (issue #10): financing news names the investors of a round
by short forms (X创投 for X创业投资有限公司); they are firms (Company). Kinds of venture capital (国资创投, 公司创投)
and clauses ending in 创投 name no firm. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

HOUSES = [
    # a round led by one house, another following
    ("北辰生物完成B轮融资，由东岭创投领投，南湖资产跟投。", "东岭创投"),
    # a list of investors in a deal report
    ("参与本次增资的机构包括云帆创投、东岭医药集团等。", "云帆创投"),
]


@pytest.mark.parametrize("text, name", HOUSES)
def test_house_and_chuangtou_name_a_firm(text: str, name: str) -> None:
    got = names(build(text))
    assert name in got
    assert got[name].type == "Company"  # type: ignore[attr-defined]


KINDS = [
    ("东岭市将推动国资创投做大做强，鼓励市场化创投投向早期项目。", ("国资创投", "推动国资创投", "市场化创投")),
    ("南湖区积极引导公司创投参与科技成果转化。", ("公司创投", "引导公司创投")),
]


@pytest.mark.parametrize("text, kinds", KINDS)
def test_kinds_of_venture_capital_are_no_firms(text: str, kinds: tuple[str, ...]) -> None:
    got = names(build(text))
    for k in kinds:
        assert k not in got
