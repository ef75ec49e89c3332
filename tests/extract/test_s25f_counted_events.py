"""Events and programmes that are counted kinds, and two events held together under 暨.

A count before a forum or after a list of projects (举办3场分论坛, 谋划项目120个，) counts things of a kind,
not one named thing; 第十届A论坛暨第五届B大会 names two events, each without its edition word."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_two_events_joined_by_ji_are_split() -> None:
    got = _names("11月8日，十二届东岭生物医药论坛暨第五届南湖健康产业大会在东岭市开幕。")
    assert "东岭生物医药论坛" in got
    assert "南湖健康产业大会" in got
    assert not any("暨" in n for n in got)


def test_edition_without_di_is_dropped() -> None:
    got = _names("十一届东岭生物医药论坛在南湖市举办。")
    assert "东岭生物医药论坛" in got


def test_party_plenary_keeps_its_term() -> None:
    got = _names("会议传达学习了十九届二中全会精神。")
    assert "二中全会" not in got


def test_counted_forums_are_kinds() -> None:
    got = _names("本届大会采取“1+1+N”形式，即举办1个开幕式和主论坛、12个专题分论坛。")
    assert not any(n.endswith("论坛") for n in got)


def test_forum_opened_by_a_count_is_a_kind() -> None:
    got = _names("其中“1”是一场主论坛，于11月18日上午在东岭举行。")
    assert not any(n.endswith("论坛") for n in got)


def test_counted_projects_after_the_phrase() -> None:
    got = _names("2023年，东岭市南湖高新区全年共谋划产业投资项目120个，总投资800亿元。")
    assert not any(n.endswith("项目") for n in got)


def test_counted_platforms_after_the_phrase() -> None:
    got = _names("东岭市已建成南湖生物医药孵化平台8个，省级重点实验室12个。")
    assert not any(n.endswith("平台") for n in got)


def test_count_of_a_following_noun_keeps_the_name() -> None:
    got = _names("东岭生物医药产业园3家企业入选国家专精特新名单。")
    assert "东岭生物医药产业园" in got


def test_named_forum_without_count_is_kept() -> None:
    got = _names("第三届东岭生物医药创新论坛在南湖市举办。")
    assert "东岭生物医药创新论坛" in got
