"""Issuers of documents cited inside other documents (issue #10): sentences in our own words, across an
opinion, a plan outline, a research report and a Legislative Council reply in Traditional characters."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_state_council_issuing_a_cited_plan_in_an_opinion() -> None:
    g = build("各地要认真贯彻国务院印发的《东岭省中医药振兴发展规划》，加快推进中医药传承创新。")
    assert has_relation(g, "国务院", "ISSUED", "东岭省中医药振兴发展规划")


def test_reader_of_a_cited_plan_does_not_issue_it() -> None:
    g = build("东岭市科学技术局解读了国务院印发的《东岭省中医药振兴发展规划》。")
    assert has_relation(g, "国务院", "ISSUED", "东岭省中医药振兴发展规划")
    assert not has_relation(g, "东岭市科学技术局", "ISSUED", "东岭省中医药振兴发展规划")


def test_issuer_inside_a_genju_clause() -> None:
    g = build("根据国家发展和改革委员会发布的《生物经济发展规划》，各地要培育生物医药产业集群。")
    assert has_relation(g, "国家发展和改革委员会", "ISSUED", "生物经济发展规划")


def test_joint_issuers_each_issue_the_outline() -> None:
    g = build("2019年，中共中央、国务院印发了《南湖流域协同发展规划纲要》。")
    assert has_relation(g, "中共中央", "ISSUED", "南湖流域协同发展规划纲要")
    assert has_relation(g, "国务院", "ISSUED", "南湖流域协同发展规划纲要")


def test_year_between_issuer_and_verb_in_a_report() -> None:
    g = build("国家知识产权局于2018年公布《知识产权重点支持产业目录》，明确了重点产业。")
    assert has_relation(g, "国家知识产权局", "ISSUED", "知识产权重点支持产业目录")


def test_bureau_publishing_a_review_in_a_traditional_reply() -> None:
    g = build("食物及衞生局早前發表《醫療人力規劃及專業發展策略檢討報告》，提出多項建議。")
    assert has_relation(g, "食物及卫生局", "ISSUED", "医疗人力规划及专业发展策略检讨报告")


def test_foreign_legislature_passing_an_act_in_a_report() -> None:
    g = build("美国国会通过《芯片与科学法》，并据此设立多个研究中心。")
    assert has_relation(g, "美国国会", "ISSUED", "芯片与科学法")


def test_second_verb_of_a_list_keeps_the_subject() -> None:
    g = build("欧盟先后启动了多个研究网络、制定了《欧洲生物经济战略》。")
    assert has_relation(g, "欧盟", "ISSUED", "欧洲生物经济战略")


def test_body_whose_arrangements_are_followed_does_not_issue_the_document() -> None:
    # 按照X部署 says whose instructions are followed, not who wrote the document the sentence goes on to cite
    g = build("按照国家卫生健康委员会部署，各省份要落实《公立医院高质量发展促进行动》。")
    assert not has_relation(g, "国家卫生健康委员会", "ISSUED", "公立医院高质量发展促进行动")
