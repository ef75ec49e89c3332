"""Investors or partners listed after their word and a verb of being (issue #10): 投资方为A、B和C, 投资者如A、B等,
合伙人分别为A、B. Each item is a firm (Company), most written by short names with no head word; a note in
brackets after an item (领投, 5起) is no part of its name. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

CUES = [
    # a fund's partners
    ("该基金其他合伙人分别为瓴岳创投、瑞焱人寿、翠禾汇智和澜亭芯源。", ("瑞焱人寿", "翠禾汇智", "澜亭芯源")),
    # a round's investors, with notes on their part
    ("本轮融资的投资方为瓴岳资本(领投)、瑞焱人寿、翠禾汇智。", ("瓴岳资本", "瑞焱人寿", "翠禾汇智")),
    # investors named as examples, the list closed by 等
    ("其它投资者如瑞焱人寿、翠禾汇智等，均参与其中。", ("瑞焱人寿", "翠禾汇智")),
]


@pytest.mark.parametrize("text, items", CUES)
def test_items_after_an_investor_cue_are_firms(text: str, items: tuple[str, ...]) -> None:
    got = names(build(text))
    for item in items:
        assert item in got
        assert got[item].type == "Company"  # type: ignore[attr-defined]


def test_a_note_in_brackets_is_no_part_of_the_name() -> None:
    got = names(build("本轮融资的投资方为瓴岳资本(领投)、瑞焱人寿。"))
    assert "瓴岳资本(领投)" not in got
    assert "瓴岳资本（领投）" not in got
