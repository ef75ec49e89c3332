"""Several reporters after one byline label, their names run together once the normaliser drops the spaces
between them: each is a person of their own. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_two_reporters_after_one_label_are_two_people() -> None:
    people = _people("南湖日报讯（记者 陈伟 杜平）3月5日，南湖生物医药产业大会在南湖区开幕。\n")
    assert {"陈伟", "杜平"} <= people
    assert "陈伟杜平" not in people


def test_a_reporter_and_a_second_of_three_characters() -> None:
    people = _people("本报讯（记者 王建国 柳青）昨日，南湖大学医学院新楼落成。\n")
    assert {"王建国", "柳青"} <= people


def test_a_single_reporter_is_still_one_name() -> None:
    assert "俞晓彤" in _people("本报讯（记者 俞晓彤）南湖区昨日召开产业链推进会。\n")
