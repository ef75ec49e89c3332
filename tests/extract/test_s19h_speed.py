"""The faster paths of issue #10's speed round give what the plain loops they replace gave.

Texts are invented; nothing here is timed (a timed assertion fails on a busy machine and teaches nothing).
"""

from __future__ import annotations

from policykg.extract.components import gazetteer
from policykg.extract.components.decide.boundary import _holds_a_split_word
from policykg.extract.components.decide.generic import _quantified
from policykg.extract.names import Candidate
from policykg.extract.relations import engine

_TEXTS = [
    "上海市浦东新区与深圳市南山区签署合作协议，香港特别行政区政府派员出席。",
    "本市将在中山、珠海两地试点，北京和天津的经验可供参考。",
    "海口海关，海南省，南京路步行街；徐汇区、黄浦区。",
    "没有地名的一句话：我们明天开会。",
    "",
    "上海",
]


def test_place_hits_equal_a_full_scan_of_the_automaton() -> None:
    for text in _TEXTS:
        for end in (len(text), len(text) // 2):
            want = list(gazetteer._automaton().iter(text, 0, end)) if end else []
            assert list(gazetteer._place_hits(text, end)) == want, text


def test_named_positions_mark_exactly_the_mentions() -> None:
    s = "甲公司与乙大学合作研发新药"
    ms = [engine.M(0, 3, "0", "Company"), engine.M(4, 7, "1", "University")]
    named = engine._named_positions(s, ms)
    for ts in range(len(s)):
        for te in range(ts + 1, len(s) + 1):
            loop = any(m.start < te and ts < m.end for m in ms)
            assert (named.find(1, ts, te) >= 0) == loop, (ts, te)


def test_named_positions_clip_a_mention_past_the_sentence() -> None:
    named = engine._named_positions("甲乙丙", [engine.M(1, 9, "0", "Company")])
    assert named == bytearray(b"\x00\x01\x01")


def test_the_first_closing_bracket_is_found_as_by_a_loop() -> None:
    s = "甲公司（乙集团的附属公司)将在丙区设厂）"
    for start in range(len(s)):
        for end in range(start, len(s) + 1):
            want = next((k for k in range(start, end) if s[k] in "）)"), None)
            found = engine._CLOSING_BRACKET.search(s, start, end)
            assert (found.start() if found else None) == want


def test_split_words_are_looked_for_as_substrings() -> None:
    assert _holds_a_split_word("甲大学与乙研究院")  # 与 joins two names
    assert not _holds_a_split_word("甲乙丙")


def test_quantified_still_needs_a_quantifier_and_no_clause_verb_after_it() -> None:
    text = "各市人民政府要落实。该平台运行良好。他们称甲产业园建成。"
    gov = Candidate(1, 6, "市人民政府", "Agency", "suffix:政府", 0.8)
    platform = Candidate(text.index("平台"), text.index("平台") + 2, "平台", "Platform", "suffix:平台", 0.8)
    park = Candidate(text.index("甲产业园"), text.index("甲产业园") + 4, "甲产业园", "Park", "suffix:产业园", 0.8)
    assert _quantified(text, gov)
    assert _quantified(text, platform)
    assert not _quantified(text, park)
    assert not _quantified(text, Candidate(0, 2, "各市", "Agency", "suffix:市", 0.8))
    said = "这显示甲医院办得好。"
    assert not _quantified(said, Candidate(1, 6, "显示甲医院", "Hospital", "suffix:医院", 0.8))
