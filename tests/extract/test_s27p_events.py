"""Named meetings and ceremonies in news of delegations and local drives (session s27p).

Invented news items: a closed-door meeting and a science meeting series found by
their compound heads; a promotion meeting whose name opens with its host city and a quoted slogan; a plaque
ceremony; and the bare heads, which name no event.
"""

from __future__ import annotations

from tests.extract.helpers import build, names

MEETINGS = """东岭南湖两地药品监管合作取得新进展
局长今日率团出席在南京举行的长三角药品监管协作会议，介绍本地审评审批改革情况。
代表团还参加了长三角医疗器械创新发展闭门会议，与多家企业深入交流。
东岭卫生健康委与南湖卫生健康委今日举行东岭南湖医疗合作专班会议，双方就医院管理交换意见。
据介绍，香山科学会议曾多次讨论合成生物学的前沿问题。
"""


def _events(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Event"}


def test_compound_meeting_heads_name_events() -> None:
    ev = _events(MEETINGS)
    assert "长三角医疗器械创新发展闭门会议" in ev
    assert "香山科学会议" in ev


def test_bare_meeting_heads_name_no_event() -> None:
    ev = _events("会后双方召开专班会议，研究下一步工作。各部门要按时参加协作会议。\n")
    assert not ev


PROMOTION = """昨天下午，南京市“2030”产业沙龙医药专场暨医药产业高质量发展推进会在南京举行。
活动中，多家企业签约落户。
"""


def test_quoted_slogan_after_host_city_opens_the_event() -> None:
    by = names(build(PROMOTION))
    assert "南京市“2030”产业沙龙医药专场暨医药产业高质量发展推进会" in by
    assert "产业沙龙医药专场暨医药产业高质量发展推进会" not in by


def test_plaque_ceremony_is_an_event() -> None:
    ev = _events("“南湖省重点实验室授牌仪式”昨日在省政府举行，省科技厅负责人出席仪式。\n")
    assert "南湖省重点实验室授牌仪式" in ev


def test_charter_meetings_and_trade_fairs_of_no_trade_are_kinds() -> None:
    ev = _events("东岭市医药产业联盟昨日召开成立大会和第一次会员代表大会。\n南湖科技园今年主办了第一届行业博览会。\n")
    assert "会员代表大会" not in ev
    assert "行业博览会" not in ev
