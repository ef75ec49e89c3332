"""Inter-ministerial joint meetings in State Council notices and letters (issue #10, helper s20m).

Invented documents: the joint meeting (国务院X工作部际联席会议) is a standing body whose office issues notices in its
name and whose member departments are listed in a long 由A、B…等N个部门组成 sentence; a one-off regional meeting
named 联席会议 stays an event."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

NOTICE = """国务院南湖医药发展推进部际联席会议办公室关于印发《南湖医药创新年度推进计划》的通知

东岭省科学技术厅、东岭省财政厅:

经国务院南湖医药发展推进部际联席会议同意,现将《南湖医药创新年度推进计划》印发你们,请结合实际抓好落实。

                            国务院南湖医药发展推进部际联席会议办公室

                                  2022年3月1日
"""


def test_meeting_and_its_office_are_found_whole_as_bodies():
    g = build(NOTICE, file="s20m-notice.txt")
    by = names(g)
    meeting = by.get("国务院南湖医药发展推进部际联席会议")
    office = by.get("国务院南湖医药发展推进部际联席会议办公室")
    assert meeting is not None and meeting.type == "Agency"
    assert office is not None and office.type == "Agency"
    assert "工作部际联席会议" not in by  # no fragment cut at the verb 实施 inside the name


def test_office_is_part_of_the_meeting_and_issues_the_plan():
    g = build(NOTICE, file="s20m-notice.txt")
    meeting = "国务院南湖医药发展推进部际联席会议"
    assert has_relation(g, meeting + "办公室", "PART_OF", meeting)
    assert has_relation(g, meeting + "办公室", "ISSUED", "南湖医药创新年度推进计划")


def test_every_body_of_a_long_member_list_is_a_member():
    text = (
        "国务院同意建立东岭药品审评改革部际联席会议制度。东岭药品审评改革部际联席会议由东岭省药品监督管理局、"
        "东岭省科学技术厅、东岭省工业和信息化厅、东岭省财政厅、东岭省卫生健康委员会、东岭省医疗保障局、"
        "东岭省市场监督管理局等9个部门和单位组成，东岭省药品监督管理局为牵头单位。"
    )
    g = build(text, file="s20m-letter.txt")
    for member in ("东岭省药品监督管理局", "东岭省财政厅", "东岭省市场监督管理局"):
        assert has_relation(g, member, "MEMBER_OF", "东岭药品审评改革部际联席会议"), member


def test_a_list_broken_by_a_clause_makes_no_members():
    text = (
        "南湖临床研究联盟由南湖医院牵头，东岭省科学技术厅、东岭省财政厅、东岭省卫生健康委员会、"
        "东岭省医疗保障局给予指导，专家组由北辰大学学者组成。"
    )
    g = build(text, file="s20m-plan.txt")
    assert not has_relation(g, "东岭省医疗保障局", "MEMBER_OF", "南湖临床研究联盟")


def test_a_regional_joint_meeting_stays_an_event():
    g = build("第五次东岭南湖合作联席会议昨日在东岭举行，双方签署了三项合作协议。", file="s20m-news.txt")
    meeting = names(g).get("东岭南湖合作联席会议")
    assert meeting is not None and meeting.type == "Event"


JOINT_HEADER = """东岭省中医药振兴发展实施方案
国家卫生健康委员会 国家中医药管理局
各省、自治区、直辖市卫生健康委员会：
为推动中医药振兴发展，制定本方案。
"""


def test_joint_issuers_on_one_header_line_are_two_bodies_not_one():
    g = build(JOINT_HEADER, file="s20m-joint.txt")
    assert g.document.issuer == "国家卫生健康委员会"  # the first of two joint issuers signs first
    assert "国家卫生健康委员会国家中医药管理局" not in names(g)
