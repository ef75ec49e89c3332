"""A kind of party (企业, 高校, 医院, 银行 …) and its verb open a clause right before a name (issue #10): the name
starts after the verb. The leftward scan only stops at listed stop words, so the subject and its verb were swallowed
into the zone's or body's name. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

CLAUSES = [
    # news: a secretary urges firms to make use of a cooperation zone
    ("市政府鼓励企业善用东岭合作区的政策优势。", "东岭合作区", "企业善用东岭合作区"),
    # plan: banks value an industrial park's clustering
    ("银行看重东岭产业园的集聚效应。", "东岭产业园", "银行看重东岭产业园"),
]


@pytest.mark.parametrize("text, name, swallowed", CLAUSES)
def test_party_and_verb_are_cut_from_the_name(text: str, name: str, swallowed: str) -> None:
    got = names(build(text))
    assert name in got
    assert swallowed not in got


def test_party_word_inside_a_name_stays() -> None:
    # a firm's own name that opens with a place: nothing to cut
    got = names(build("东岭企业创新中心今日揭牌。"))
    assert "东岭企业创新中心" in got
