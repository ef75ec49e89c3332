"""A reply with no letterhead that names itself 我委 right before 会同 (issue #10, helper s30i).

Invented replies: 我委会同Y等部门… is the answering body and the verb by which replies name the units they
consulted, so 我委 is found there as it is before any other verb, and it works with each unit listed."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

REPLY = """对市政协第18号提案的答复
王委员：
您提出的关于加快中医药产业发展的提案收悉。我委会同东岭市财政局、东岭市科学技术局等部门对提案进行了认真研究。现答复如下。
"""

MEETING = """对市政协第27号提案的答复
李委员：
您的提案收悉。我委会议室已于去年改造，东岭市财政局给予了经费保障。
"""


def test_self_reference_before_huitong_is_the_answering_body():
    g = build(REPLY, file="s30i-reply.txt")
    assert "我委" in names(g)
    assert has_relation(g, "我委", "COOPERATES_WITH", "东岭市财政局")
    assert has_relation(g, "我委", "COOPERATES_WITH", "东岭市科学技术局")


def test_self_reference_before_other_words_with_hui_stays_out():
    g = build(MEETING, file="s30i-meeting.txt")
    assert "我委" not in names(g)
