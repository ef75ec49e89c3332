"""News of a new institution: the body a chain of clauses is about is what its founders build."""

from __future__ import annotations

from .helpers import build, has_relation


def test_place_clause_does_not_break_the_chain() -> None:
    """Y于去年揭牌，位于Z，由A与B共同建设: the clause of place has no subject; Y, the chain's topic, is built."""
    g = build("东岭智能医学创新中心于去年揭牌，位于南湖生命科学园，由南湖理工学院与东岭医科大学共同建设。")
    assert has_relation(g, "南湖理工学院", "FOUNDED", "东岭智能医学创新中心")
    assert has_relation(g, "东岭医科大学", "FOUNDED", "东岭智能医学创新中心")


def test_copula_clause_has_no_subject_of_its_own() -> None:
    """Y…，是一家新型研发机构，由A创办: the name-less 是-clause goes on about Y, so Y is what A founds."""
    g = build("北辰精准医学研究院成立于2019年，是一家新型研发机构，由南湖理工学院创办。")
    assert has_relation(g, "南湖理工学院", "FOUNDED", "北辰精准医学研究院")


def test_body_after_copula_is_not_the_subject() -> None:
    """Y成立于2019年，是A的合作伙伴，由X资助: A, named after 是, is the predicate; X founds none of A."""
    g = build("北辰精准医学研究院成立于2019年，是南湖理工学院的合作伙伴，由东岭医科大学创办。")
    assert has_relation(g, "东岭医科大学", "FOUNDED", "北辰精准医学研究院")
    assert not has_relation(g, "东岭医科大学", "FOUNDED", "南湖理工学院")


def test_speaker_is_not_the_topic() -> None:
    """Negative: X表示，位于Z的实验室，由Y共同建设 — the speaker is no topic of what it says."""
    g = build("南湖理工学院表示，位于南湖生命科学园的实验室，由东岭医科大学共同建设。")
    assert not has_relation(g, "东岭医科大学", "FOUNDED", "南湖理工学院")
