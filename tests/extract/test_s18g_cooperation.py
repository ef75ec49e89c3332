"""Cooperation, support, membership and organising (issue #10, helper s18g).

Invented documents in the genres the relations come from: a work plan with its list of officials, Hong Kong
replies naming talks and workshops, news of bodies joining alliances and programmes.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

ROSTER = """佛山市推进生物医药产业发展工作方案

为加快生物医药产业发展，成立佛山市生物医药产业发展工作小组，统筹推进各项工作。

附件

佛山市生物医药产业发展工作小组名单

组　长：陈立明 市长
副组长：黄文涛 副市长
成　员：李建国 市科技局局长
　　　　周海平 市财政局局长
"""


def test_labelled_leaders_of_a_working_group_are_members() -> None:
    """组长：NAME 市长 is found by the name finder (a name before a title), not the list reader: the label
    still makes the line part of the list of officials."""
    g = build(ROSTER, "fs_2024_biomed_work_plan.txt")
    for person in ("陈立明", "黄文涛", "李建国", "周海平"):
        assert has_relation(g, person, "MEMBER_OF", "佛山市生物医药产业发展工作小组"), person


def test_a_titled_name_in_prose_is_no_list_member() -> None:
    text = "佛山市推进生物医药产业发展工作方案\n\n成立佛山市生物医药产业发展工作小组。\n陈立明市长表示，将加大投入。\n"
    g = build(text, "fs_2024_biomed_work_plan.txt")
    assert not has_relation(g, "陈立明", "MEMBER_OF", "佛山市生物医药产业发展工作小组")


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        ("衞生署定期舉辦藥物註冊實務講座，向業界講解申請要求。", "卫生署", "药物注册实务讲座"),
        ("香港科技園公司與香港大學合辦生物醫藥創業工作坊。", "香港科技园公司", "生物医药创业工作坊"),
        ("佛山市科学技术局上月召开佛山生物医药企业座谈会。", "佛山市科学技术局", "佛山生物医药企业座谈会"),
    ],
)
def test_talks_workshops_and_forums_are_organised_events(text: str, head: str, tail: str) -> None:
    g = build(text, "hk_legco_2020_reply.txt")
    assert has_relation(g, head, "ORGANIZES", tail)


def test_a_bare_talk_is_no_event() -> None:
    g = build("我们会继续举办讲座和工作坊，向市民介绍新药知识。", "hk_legco_2020_reply.txt")
    assert not [e for e in g.entities if e.type == "Event"]


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        ("康瑞生物科技有限公司今年成为佛山生物医药产业联盟会员。", "康瑞生物科技有限公司", "佛山生物医药产业联盟"),
        ("南湖醫院作為佛山醫學聯盟成員，參與制定了多項標準。", "南湖医院", "佛山医学联盟"),
        ("香港中文大學去年獲納入大灣區聯合實驗室計劃。", "香港中文大学", "大湾区联合实验室计划"),
        ("将南湖大学纳入佛山重点实验室培育计划，给予重点支持。", "南湖大学", "佛山重点实验室培育计划"),
    ],
)
def test_members_of_alliances_and_programmes(text: str, head: str, tail: str) -> None:
    g = build(text, "news.txt")
    assert has_relation(g, head, "MEMBER_OF", tail)
    assert not has_relation(g, head, "PART_OF", tail)


def test_serving_an_alliance_is_no_membership() -> None:
    g = build("南湖大学为佛山生物医药产业联盟成员企业提供检测服务。", "news.txt")
    assert not has_relation(g, "南湖大学", "MEMBER_OF", "佛山生物医药产业联盟")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("南湖大学、佛山理工大学和浙江大学共同建立了佛山合成生物研究中心。", "南湖大学", "浙江大学"),
        ("香港大學與華大基因簽訂合作協議，共建檢測實驗室。", "香港大学", "华大基因"),
        ("由香港大學和華大基因合辦的基因檢測研討會昨日舉行。", "香港大学", "华大基因"),
        ("食物及衞生局聯同醫院管理局推行公私營協作計劃。", "食物及卫生局", "医院管理局"),
    ],
)
def test_cooperation_forms_of_all_genres(text: str, a: str, b: str) -> None:
    g = build(text, "doc.txt")
    assert has_relation(g, a, "COOPERATES_WITH", b)


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        ("香港應用科技研究院獲創新科技署資助開展研究。", "创新科技署", "香港应用科技研究院"),
        ("創新及科技基金撥款予香港大學及香港科技大學。", "创新及科技基金", "香港科技大学"),
        ("大学教育资助委员会资助香港大学、香港中文大学和香港科技大学。", "大学教育资助委员会", "香港中文大学"),
    ],
)
def test_support_forms_of_all_genres(text: str, head: str, tail: str) -> None:
    g = build(text, "doc.txt")
    assert has_relation(g, head, "SUPPORTS", tail)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("香港大學同香港中文大學合作開設臨床研究課程。", "香港大学", "香港中文大学"),
        ("浙江大学同复旦大学签署了联合培养协议。", "浙江大学", "复旦大学"),
    ],
)
def test_tong_joins_two_partners(text: str, a: str, b: str) -> None:
    """同 between two names is the partner marker 与 (spoken and Hong Kong usage): the first name is kept,
    not swallowed into a name scanned leftwards from the second one's head word."""
    g = build(text, "news.txt")
    assert has_relation(g, a, "COOPERATES_WITH", b)


def test_tong_inside_a_name_stays() -> None:
    g = build("同济大学附属第十医院与南湖大学签署合作协议。", "news.txt")
    assert any(e.name.startswith("同济大学") for e in g.entities)


def test_each_working_with_a_partner_do_not_work_together() -> None:
    """A和B均与C合作: each works with C; 均/分别 says nothing of A working with B."""
    g = build("港大醫學院及中大醫學院均與醫院管理局合作，安排學生到公立醫院實習。", "hk_legco_2020_reply.txt")
    assert has_relation(g, "港大医学院", "COOPERATES_WITH", "医院管理局")
    assert has_relation(g, "中大医学院", "COOPERATES_WITH", "医院管理局")
    assert not has_relation(g, "港大医学院", "COOPERATES_WITH", "中大医学院")


def test_joint_partners_still_work_together() -> None:
    g = build("南湖大学和浙江大学一直与康瑞生物科技有限公司探讨合作。", "news.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "浙江大学")
    assert has_relation(g, "浙江大学", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_known_body_before_an_adverb_and_partner_marker_stays_a_name() -> None:
    """浙江大学一直与Y公司: the head-word scan of the firm ran past 与; the known university is kept."""
    g = build("浙江大学一直与康瑞生物科技有限公司合作研发抗体药物。", "news.txt")
    assert has_relation(g, "浙江大学", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_recurrent_grants_are_support() -> None:
    g = build("教資會每年為香港中文大學提供經常補助金，用於教學及研究。", "hk_legco_2020_reply.txt")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "香港中文大学")
