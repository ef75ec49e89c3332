"""An event joined by 暨 to another act before 在PLACE举行 is held in the place (located.event-held).

News leads name a summit and the launch or signing held with it as one happening (A峰会暨B活动在X举行); the event
before 暨 is where the whole is. Sentences are invented for this file.
"""

from __future__ import annotations

from .helpers import build, has_relation


def test_event_before_joint_act_is_held_in_the_place() -> None:
    g = build("昨日，东岭医疗器械创新峰会暨重点项目签约活动在深圳南山区举行。")
    assert has_relation(g, "东岭医疗器械创新峰会", "LOCATED_IN", "南山区")


def test_event_before_joint_act_with_traditional_script() -> None:
    g = build("北辰生物醫藥論壇暨新藥推介活動昨日於佛山舉行。")
    assert has_relation(g, "北辰生物医药论坛", "LOCATED_IN", "佛山")


def test_a_clause_break_after_the_joint_keeps_the_event_out() -> None:
    g = build("东岭医疗器械创新峰会上周闭幕，暨南湖项目推介会在深圳南山区举行。")
    assert not has_relation(g, "东岭医疗器械创新峰会", "LOCATED_IN", "南山区")
