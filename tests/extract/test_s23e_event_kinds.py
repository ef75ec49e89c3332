"""Kinds of event in a plan's list of activities are no named events (sentences written for these tests; 东岭 and
南湖 are invented).

A plan or work report asks for 高峰论坛, 学术论坛, 创新创业大赛 or 专题研讨会 to be held: each is a kind of meeting or
contest, named by no place, year, organiser or theme of its own. A forum that has them (东岭生物医药创新论坛) is
still an event."""

from __future__ import annotations

from tests.extract.helpers import build


def _events(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Event"}


def test_kinds_of_forum_and_contest_in_a_plan_are_no_events() -> None:
    events = _events(
        "东岭市人民政府关于促进会展经济发展的若干措施\n\n"
        "一、支持举办高峰论坛、国际论坛和学术论坛。\n二、组织开展创新创业大赛和技能大赛。\n"
        "三、2024东岭生物医药创新论坛在南湖举行。\n"
    )
    assert not events & {"高峰论坛", "国际论坛", "学术论坛", "创新创业大赛", "技能大赛"}, events
    assert "东岭生物医药创新论坛" in events, events


def test_a_kind_of_seminar_in_a_report_is_no_event() -> None:
    events = _events("南湖区科技局年度工作总结\n\n全年召开专题研讨会和学术会议十余场，举办主题论坛、平行论坛等活动。\n")
    assert not events & {"专题研讨会", "学术会议", "主题论坛", "平行论坛"}, events
