"""Where a name ends: a verb, an adverb or a date written between two names is no part of either.

Each shape used to glue a word of the clause into a body's name (药明康德扎根无锡高新区 as one park, 上海市人民政府大力
扶持张江药谷 as one park, 今日宣布与南湖大学 as one university, 南湖大学访问东岭医药有限公司 as one firm) or to drop
the name after it; and a foreign state spelled by characters that also spell two shorter places (马里兰州 = 马里 +
兰州) was read as those two. Sentences are invented in several genres; 东岭/南湖/北辰 are made-up bodies, the other
names are real places and bodies used as facts."""

from __future__ import annotations

from .helpers import build, has_relation, names

# -- verbs of settling in a place end the name before them ---------------------------------------------------------


def test_a_firm_taking_root_in_a_zone_is_not_part_of_the_zone_name():
    g = build("药明康德扎根无锡高新区已有十余年。", "news.txt")
    n = names(g)
    assert "无锡高新区" in n and "药明康德" in n
    assert not any("扎根" in k for k in n)
    assert has_relation(g, "药明康德", "LOCATED_IN", "无锡高新区")


def test_other_verbs_of_settling_end_the_name():
    g = build("百济神州选址广州国际生物岛。", "news.txt")
    assert has_relation(g, "百济神州", "LOCATED_IN", "广州国际生物岛")
    n = names(build("北辰生物落地东岭高新区。", "report.txt"))
    assert "东岭高新区" in n and not any("落地" in k for k in n)


def test_a_district_with_de_before_a_park_places_the_firm_in_the_park():
    g = build("东岭医药有限公司在沙田的香港科学园设立研发中心。", "legco.txt")
    assert has_relation(g, "东岭医药有限公司", "LOCATED_IN", "香港科学园")
    assert not has_relation(g, "东岭医药有限公司", "LOCATED_IN", "沙田区")


# -- an adverb of degree between an agency and its verb ----------------------------------------------------------------


def test_an_adverb_of_degree_does_not_glue_the_agency_to_the_park():
    g = build("上海市人民政府大力扶持张江药谷。", "report.txt")
    n = names(g)
    assert n["上海市人民政府"].type == "Agency"
    assert "张江药谷" in n and not any("大力" in k for k in n)


def test_an_adverb_of_degree_does_not_glue_the_agency_to_the_firm():
    g = build("北辰省人民政府重点扶持东岭医药有限公司。", "reply.txt")
    assert has_relation(g, "北辰省人民政府", "SUPPORTS", "东岭医药有限公司")


def test_an_agency_that_sets_aside_funds_keeps_its_name():
    n = names(build("江苏省科学技术厅安排专项资金支持苏州生物医药产业园。", "notice.txt"))
    assert n["江苏省科学技术厅"].type == "Agency"


# -- a date or a verb of announcing before 与 opens the partner ----------------------------------------------------


def test_an_announcement_before_yu_opens_the_partner():
    g = build("北辰医药有限公司今日宣布与南湖大学合作。", "news.txt")
    assert "南湖大学" in names(g)
    assert has_relation(g, "北辰医药有限公司", "COOPERATES_WITH", "南湖大学")


def test_a_date_in_digits_before_yu_keeps_the_partner():
    g = build("东岭大学于2020年与东岭医药有限公司签署协议。", "news.txt")
    assert has_relation(g, "东岭大学", "COOPERATES_WITH", "东岭医药有限公司")
    g = build("东岭医药有限公司2023年5月12日与南湖大学签约。", "news.txt")
    assert has_relation(g, "东岭医药有限公司", "COOPERATES_WITH", "南湖大学")


def test_verbs_of_stating_or_seeking_before_yu():
    n = names(build("南湖大学表示与北辰医药有限公司的合作进展顺利。", "news.txt"))
    assert "北辰医药有限公司" in n and not any(k.startswith("与") for k in n)
    g = build("南湖大学探索与北辰医药有限公司共建实验室。", "report.txt")
    assert "北辰医药有限公司" in names(g)


def test_a_coordinator_inside_a_name_still_joins():
    n = names(build("东岭大学脑与认知科学研究院发布年度报告。", "news.txt"))
    assert any("脑与认知科学研究院" in k for k in n)


# -- a visit --------------------------------------------------------------------------------------------------------


def test_a_visit_separates_visitor_and_host():
    n = names(build("南湖大学访问东岭医药有限公司。", "news.txt"))
    assert "南湖大学" in n and "东岭医药有限公司" in n
    n = names(build("东岭大学访问北辰生物医药产业园。", "news.txt"))
    assert "东岭大学" in n and "北辰生物医药产业园" in n


# -- a foreign state is one place ------------------------------------------------------------------------------------


def test_a_us_state_is_not_split_into_two_shorter_places():
    g = build("东岭医药有限公司位于美国马里兰州。", "report.txt")
    n = names(g)
    assert n["马里兰州"].type == "Region"
    assert "兰州" not in n and "马里" not in n
    assert has_relation(g, "东岭医药有限公司", "LOCATED_IN", "马里兰州")


def test_a_us_state_places_the_firm_more_closely_than_its_country():
    g = build("东岭医药有限公司在美国新泽西州设立工厂。", "news.txt")
    assert has_relation(g, "东岭医药有限公司", "LOCATED_IN", "新泽西州")
