"""A reply to a body's request (批复, 复函): the addressee named alone on its line issued the request the reply
opens with (X：你局《关于…的请示》收悉). Helper s20p; every document here is invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation

APPROVAL = (
    "国务院关于同意建立东岭港口安全部际联席会议制度的批复\n\n"
    "国函〔2021〕15号\n\n"
    "交通运输部：\n\n"
    "你部《关于建立东岭港口安全部际联席会议制度的请示》收悉。现批复如下：\n\n"
    "同意建立由交通运输部牵头的东岭港口安全部际联席会议制度。\n\n"
    "国务院\n\n"
    "2021年3月2日\n"
)

PROVINCE_REPLY = (
    "国务院关于东岭省生物医药产业园区规划的批复\n\n"
    "国函〔2022〕40号\n\n"
    "东岭省人民政府：\n\n"
    "你省报送的《东岭省生物医药产业园区发展规划》收悉。现批复如下：\n\n"
    "原则同意该规划，请认真组织实施。\n\n"
    "国务院\n\n"
    "2022年5月6日\n"
)

DEPUTY_REPLY = (
    "关于东岭市人大十五届二次会议第88号建议的答复\n\n"
    "王某某代表：\n\n"
    "您提出的《关于加快东岭生物医药产业发展的建议》收悉，现答复如下。\n\n"
    "东岭市科学技术局\n\n"
    "2023年6月1日\n"
)


def test_the_ministry_addressed_issued_the_request_the_approval_answers():
    g = build(APPROVAL, "approval.txt")
    assert has_relation(g, "中华人民共和国交通运输部", "ISSUED", "关于建立东岭港口安全部际联席会议制度的请示")
    assert not has_relation(g, "中华人民共和国国务院", "ISSUED", "关于建立东岭港口安全部际联席会议制度的请示")


def test_the_province_addressed_issued_the_plan_it_submitted():
    g = build(PROVINCE_REPLY, "province-reply.txt")
    assert has_relation(g, "东岭省人民政府", "ISSUED", "东岭省生物医药产业园区发展规划")


def test_a_deputy_addressed_by_name_is_no_issuing_body():
    g = build(DEPUTY_REPLY, "deputy-reply.txt")
    assert not any(r.evidence.rule == "structure:addressee-request" for r in g.relations)
