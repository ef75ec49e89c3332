"""Relations whose actor is stated away from the verb (issue #10, s19o): a pair that cooperates in one clause
is the actor of the zero-subject clause after it. Invented sentences."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_partners_of_a_cooperation_found_together() -> None:
    g = build("卡罗琳斯卡学院与香港大学合作，在香港成立再生医学研究中心。")
    assert has_relation(g, "香港大学", "FOUNDED", "再生医学研究中心")
    assert has_relation(g, "卡罗琳斯卡学院", "FOUNDED", "再生医学研究中心")


def test_partners_joined_by_a_cooperation_pact_found_together() -> None:
    g = build("南湖大学与佛山再生医学研究院携手，共同组建佛山干细胞研究中心。")
    assert has_relation(g, "南湖大学", "FOUNDED", "佛山干细胞研究中心")
    assert has_relation(g, "佛山再生医学研究院", "FOUNDED", "佛山干细胞研究中心")


def test_body_named_after_one_partner_is_that_partners() -> None:
    g = build("北辰医学科技有限公司与南湖大学合作，并在苏州设立北辰药物研究所。")
    assert has_relation(g, "北辰医学科技有限公司", "FOUNDED", "北辰药物研究所")
    assert not has_relation(g, "南湖大学", "FOUNDED", "北辰药物研究所")


def test_signing_alone_leaves_the_partner_aside() -> None:
    g = build("康泽医疗集团与南湖医院签约，并在佛山设立康泽生物医药研究院。")
    assert has_relation(g, "康泽医疗集团", "FOUNDED", "康泽生物医药研究院")
    assert not has_relation(g, "南湖医院", "FOUNDED", "康泽生物医药研究院")


def test_subject_funded_in_one_clause_develops_in_the_next() -> None:
    g = build("北辰生物科技有限公司获南湖市科学技术局资助，研发了“北辰一号”新冠检测试剂盒。")
    assert has_relation(g, "北辰生物科技有限公司", "DEVELOPED", "北辰一号新冠检测试剂盒")


def test_grant_spent_on_a_platform_carries_the_grantee() -> None:
    g = build("北辰生物科技有限公司获南湖市科学技术局拨款300万元，用于开发南湖医疗数据共享平台。")
    assert has_relation(g, "北辰生物科技有限公司", "DEVELOPED", "南湖医疗数据共享平台")


def test_a_speakers_bare_comma_carries_nothing() -> None:
    g = build("北辰生物科技有限公司表示，研发“北辰一号”新冠检测试剂盒需要三年。")
    assert not [r for r in g.relations if r.type == "DEVELOPED"]


def test_chain_topic_acts_with_the_partner_of_a_later_clause() -> None:
    g = build("南湖大学成立于1958年，位于南湖市，并与北辰生物科技有限公司共建南湖联合实验室。")
    assert has_relation(g, "南湖大学", "FOUNDED", "南湖联合实验室")
    assert has_relation(g, "北辰生物科技有限公司", "FOUNDED", "南湖联合实验室")


def test_the_schools_side_is_the_university_its_head_spoke_for() -> None:
    g = build("南湖大学党委书记表示，校方已于去年设立南湖人工智能研究院。")
    assert has_relation(g, "南湖大学", "FOUNDED", "南湖人工智能研究院")


def test_the_hospitals_side_is_the_hospital_its_head_spoke_for() -> None:
    g = build("南湖医院院长表示，院方已于去年设立南湖临床研究中心。")
    assert has_relation(g, "南湖医院", "FOUNDED", "南湖临床研究中心")


def test_the_schools_side_with_two_universities_in_reach_points_nowhere() -> None:
    g = build("南湖大学与北湖大学签约。校方表示将设立南北联合研究院。")
    assert not [r for r in g.relations if r.type == "FOUNDED"]
