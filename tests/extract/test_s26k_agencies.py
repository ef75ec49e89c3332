"""Agencies named by the document's own forms: a reply's 我局 with no letterhead, a short-form issuer in a portal
header, 特区政府 in a release that counts a mainland city more often, a zone's committee by its short name."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def _agencies(text: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in build(text).entities if e.type == "Agency"}


def test_first_person_body_of_reply_without_letterhead():
    text = (
        "王南代表：\n"
        "您提出的关于在东岭建设中医药创新中心的建议收悉，现答复如下：\n"
        "近年来，我局与国家发展改革委共同开展中医药传承创新工程，支持了东岭市中医医院建设。\n"
        "感谢您对中医药工作的关心和支持。\n"
    )
    g = build(text)
    assert "我局" in {e.name for e in g.entities if e.type == "Agency"}
    assert has_relation(g, "我局", "COOPERATES_WITH", "国家发展改革委")


def test_first_person_body_outside_a_reply_is_not_invented():
    text = "东岭日报讯 记者走访了南湖社区。一位居民说，我部门的同事都很关心此事，我局的消息也很快。\n"
    assert "我局" not in _agencies(text)


def test_listed_first_person_body_is_the_issuer():
    text = (
        "东岭省中医药管理局\n"
        "对省十三届人大四次会议第12号建议的答复\n"
        "东中医药函〔2021〕5号\n"
        "李北代表：\n"
        "您提出的建议收悉，现答复如下：\n"
        "2019年，省发展改革委联合我局等四部门印发了试点工作方案，我局将继续支持南湖地区的中医医院。\n"
    )
    ag = _agencies(text)
    assert "我局" not in ag
    assert any("我局" in aliases for aliases in ag.values())


def test_portal_header_issuer_in_short_form_is_the_titled_body():
    text = (
        "索引号：\t1234/2025-001\t发布机构：\t省科技厅\n"
        "发文日期：\t2025-09-18\n"
        "江苏省科学技术厅关于省政协十三届三次会议第8号提案的答复\n"
        "苏科提〔2030〕8号\n"
        "东湖委员：\n"
        "您提出的提案收悉。经认真研究，并商省财政厅，现答复如下：省科技厅将继续支持企业创新。\n"
    )
    ag = _agencies(text)
    assert "省科技厅" not in ag
    assert "省科技厅" in ag.get("江苏省科学技术厅", [])


def test_sar_government_short_form_in_release_about_mainland_city():
    text = (
        "医务卫生局局长今日到访深圳，与深圳市政府、深圳市卫生健康委员会和深圳海关官员会面。"
        "会上，香港特别行政区（特区）政府介绍了控烟政策。局长感谢深圳市政府和深圳海关对特区政府工作的支持。"
        "深圳市卫生健康委员会表示，深圳将继续与香港合作。深圳海关亦介绍了深圳口岸的安排。\n"
    )
    ag = _agencies(text)
    assert "特区政府" not in ag
    assert "特区政府" in ag.get("香港特别行政区政府", [])


def test_zone_committee_short_form_is_the_full_committee():
    text = (
        "东岭国际药谷（中南合作区）管委会3月10日召开年度招商工作会议。"
        "会上，药谷管委会招商处介绍了一年来的招商情况，南湖生物科技有限公司等企业交流了发展体会。\n"
    )
    ag = _agencies(text)
    assert "药谷管委会" not in ag
    assert "药谷管委会" in ag.get("东岭国际药谷（中南合作区）管委会", [])


def test_zone_committee_short_form_with_two_full_committees_stays_apart():
    text = "东岭高新区管委会与南湖高新区管委会签署合作协议。高新区管委会有关负责人表示将加强合作。\n"
    ag = _agencies(text)
    assert "东岭高新区管委会" in ag and "南湖高新区管委会" in ag
    assert not any("高新区管委会" in aliases for aliases in ag.values())
