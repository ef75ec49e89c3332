"""ORGANIZES over a chain of parts: news names the bodies behind an event clause by clause, each with its part
(A主办，B承办的W), and names the event once, after the last part and its 的; the body of every part organises it.
A clause of another kind in the chain (B负责宣传的W) ends it. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_the_body_of_the_first_part_organises_the_event_named_after_the_last() -> None:
    g = build("东岭市科学技术局主办，南湖生物医药产业协会承办的东岭生物医药创新大会今天开幕。\n")
    assert has_relation(g, "东岭市科学技术局", "ORGANIZES", "东岭生物医药创新大会")
    assert has_relation(g, "南湖生物医药产业协会", "ORGANIZES", "东岭生物医药创新大会")


def test_a_part_played_by_two_bodies_after_a_first_part() -> None:
    g = build("北辰市人民政府主办，东岭市科学技术局和南湖大学承办的北辰国际健康产业论坛于3月举行。\n")
    assert has_relation(g, "北辰市人民政府", "ORGANIZES", "北辰国际健康产业论坛")
    assert has_relation(g, "东岭市科学技术局", "ORGANIZES", "北辰国际健康产业论坛")
    assert has_relation(g, "南湖大学", "ORGANIZES", "北辰国际健康产业论坛")


def test_a_clause_without_a_role_verb_ends_the_chain() -> None:
    g = build("东岭市科学技术局主办，南湖生物医药产业协会负责宣传的东岭生物医药创新大会今天开幕。\n")
    assert not has_relation(g, "东岭市科学技术局", "ORGANIZES", "东岭生物医药创新大会")
    assert not has_relation(g, "南湖生物医药产业协会", "ORGANIZES", "东岭生物医药创新大会")
