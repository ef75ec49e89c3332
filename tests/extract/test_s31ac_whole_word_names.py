"""Names the dictionary holds as one word (s31ac): 滨海学院, 京瓷公司 (and 宝洁公司) are single jieba
tokens, so after a verb that opens the clause (感谢, 走访) the only token left after the cut is the whole name. The
test for 'only the head word is left' measured the head by that token and dropped the name; a proper name stands
before the head word the name was found by, so more than the head is left and the name stays."""

from __future__ import annotations

from tests.extract.helpers import build


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in build(text).entities}


def test_college_held_as_one_word_after_thanks_is_kept() -> None:
    assert ("滨海学院", "University") in _names("许明感谢滨海学院对南湖项目的帮助。")


def test_firm_held_as_one_word_after_a_visit_is_kept() -> None:
    assert ("京瓷公司", "Company") in _names("代表团走访京瓷公司并座谈。")


def test_head_word_alone_after_a_verb_still_names_nothing() -> None:
    got = _names("许明感谢医院对南湖项目的帮助。")
    assert not any(t == "Hospital" for _, t in got)
