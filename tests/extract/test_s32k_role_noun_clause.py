"""A role noun of membership (理事长单位, 成员单位) read by the passive form stays in its own clause: a roll written
as 'Z联盟理事长单位为Y，副理事长单位为W' never makes the alliance a member of Y. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_a_roll_of_offices_does_not_make_the_alliance_a_member_of_its_officer() -> None:
    g = build("东岭生物医药产业联盟理事长单位为南湖大学，副理事长单位为北辰医院。", "roll_offices.txt")
    assert not has_relation(g, "东岭生物医药产业联盟", "MEMBER_OF", "南湖大学")


def test_a_member_named_in_its_own_clause_is_still_a_member() -> None:
    g = build("南湖大学为东岭生物医药产业联盟的理事单位。", "member_clause.txt")
    assert has_relation(g, "南湖大学", "MEMBER_OF", "东岭生物医药产业联盟")
