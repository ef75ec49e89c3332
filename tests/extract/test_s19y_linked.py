"""Relations between two bodies that are both found: joint acts written with a plain verb (着手, 建议) and
co-actors joined by 及, without reading 及 inside a partner list that 与 opens."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_pair_setting_about_a_reform_cooperates() -> None:
    g = build("佛山市人民政府与南湖大学着手对科研经费管理办法进行修订。", "report.txt")
    assert has_relation(g, "佛山市人民政府", "COOPERATES_WITH", "南湖大学")


def test_bodies_joined_by_ji_proposing_together_cooperate() -> None:
    g = build("立法會議員問及藥物資助。答覆：衞生署及醫院管理局建議擴大藥物名冊的覆蓋範圍。", "hk_legco_reply.txt")
    assert has_relation(g, "卫生署", "COOPERATES_WITH", "医院管理局")


def test_proposal_by_a_noun_the_pair_qualifies_is_no_cooperation() -> None:
    g = build("南湖大学与佛山理工学院的专家建议增加科研经费。", "news.txt")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工学院")
    g = build("市民就南湖大学与佛山理工学院的合并提出建议。", "report.txt")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工学院")


def test_ji_inside_a_partner_list_keeps_the_first_actor() -> None:
    g = build("香港中文大学与斯坦福大学医学院的南湖衰老研究中心及伦敦大学学院签订了合作协议。", "report.txt")
    assert has_relation(g, "香港中文大学", "COOPERATES_WITH", "伦敦大学学院")
    assert not has_relation(g, "南湖衰老研究中心", "COOPERATES_WITH", "伦敦大学学院")
