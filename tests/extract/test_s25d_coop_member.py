"""Signing news and association news: the city where two bodies sign is no party to the agreement, and a person
who holds an association office and then a firm's 董事长 post is still the association's member."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_venue_city_between_subject_and_partner_is_no_party() -> None:
    g = build("东岭大学于4月12日在杭州与南湖生物制药有限公司签署战略合作协议。")
    assert has_relation(g, "东岭大学", "COOPERATES_WITH", "南湖生物制药有限公司")
    assert not has_relation(g, "杭州", "COOPERATES_WITH", "南湖生物制药有限公司")


def test_venue_city_in_traditional_signing() -> None:
    g = build("東嶺醫學科技有限公司昨日在深圳與南湖大學簽訂合作協議。")
    assert has_relation(g, "东岭医学科技有限公司", "COOPERATES_WITH", "南湖大学")
    assert not has_relation(g, "深圳", "COOPERATES_WITH", "南湖大学")


def test_city_that_is_a_partner_still_pairs() -> None:
    g = build("东岭大学与杭州市人民政府签署全面合作协议。")
    assert has_relation(g, "东岭大学", "COOPERATES_WITH", "杭州市人民政府")


def test_association_office_then_chairman_of_a_firm() -> None:
    g = build("东岭医药创新促进会副会长、南湖生物制药有限公司董事长赵文涛表示，行业需要长期资本。")
    assert has_relation(g, "赵文涛", "MEMBER_OF", "东岭医药创新促进会")


def test_association_office_then_board_chair_of_an_alliance() -> None:
    g = build("南湖生物医药产业联盟秘书长、东岭基因科技有限公司董事长孙明华在论坛上发言。")
    assert has_relation(g, "孙明华", "MEMBER_OF", "南湖生物医药产业联盟")
