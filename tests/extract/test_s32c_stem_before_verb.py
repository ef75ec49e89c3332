"""A firm named in full and later by its stem is that firm where the stem stands before a verb, an adverb or a time
word (康瑞生物近日…, 康瑞生物参股…, 康瑞生物仍…), not only before punctuation or a listed function word (issue #10).
Sentences are invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_a_stem_before_a_time_word_acts() -> None:
    g = build("澜亭生物科技有限公司成立于2015年。澜亭生物近日与北辰大学签署战略合作协议。")
    assert has_relation(g, "澜亭生物科技有限公司", "COOPERATES_WITH", "北辰大学")


def test_a_stem_before_a_verb_invests() -> None:
    g = build("澜亭生物科技有限公司成立于2015年，总部位于东岭。澜亭生物参股北辰医疗有限公司，持有其15%股份。")
    assert has_relation(g, "澜亭生物科技有限公司", "INVESTED_IN", "北辰医疗有限公司")


def test_a_stem_before_a_noun_opens_another_name() -> None:
    g = build("澜亭生物科技有限公司成立于2015年。澜亭生物科技园去年开园。")
    assert "澜亭生物科技有限公司" in names(g)
    assert not any(m.text == "澜亭生物" for e in g.entities for m in e.mentions)
