"""The investors of a financing round listed as the subject of 领投, 跟投 or 参投 (issue #10): 由A、B和C共同领投,
A、B以及C跟投. Financing news writes most of them by short names with no head word; each item is a firm (Company).
参与 counts only where the clause names a round (融资). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

ROUNDS = [
    # a round led by three investors, two more taking part
    (
        "澜星医疗完成B轮融资，本轮融资由瓴岳资本、瑞焱人寿和翠禾创新共同领投，澜亭汇智以及青禾芯源参与。",
        ("瓴岳资本", "瑞焱人寿", "澜亭汇智", "青禾芯源"),
    ),
    # followers of a round, one named with its role
    ("本轮由嵘川集团领投，瓴岳资本、翠禾创新以及老股东澜亭汇智跟投。", ("瓴岳资本", "翠禾创新", "澜亭汇智")),
]


@pytest.mark.parametrize("text, items", ROUNDS)
def test_investors_of_a_round_are_firms(text: str, items: tuple[str, ...]) -> None:
    got = names(build(text))
    for item in items:
        assert item in got
        assert got[item].type == "Company"  # type: ignore[attr-defined]


def test_taking_part_without_a_round_lists_no_firms() -> None:
    got = names(build("东岭区政府部门和澜亭汇智共同参与了园区建设。"))
    assert "政府部门" not in got


def test_a_role_before_an_investor_is_no_part_of_its_name() -> None:
    got = names(build("本轮由嵘川集团领投，瓴岳资本以及老股东澜亭汇智跟投。"))
    assert "老股东澜亭汇智" not in got
