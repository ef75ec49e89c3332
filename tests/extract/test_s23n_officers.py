"""Officers who sign for their bodies, and 时任 before an office (sentences written for these tests; 东岭 and 南湖 are
invented names).

A大学校长王某与B公司董事长李某签署协议: the partner after 与 was already read as its body, but the side before 与
was the officer, a Person, so no pair of bodies came out. Officers named by body and office sign for that body;
officers who only meet or attend together, and a rank held in one's own right (教授), do not make the bodies
partners. 时任 (then holding) opens a clause like 现任, so it is not part of the body named after it."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_officers_signing_make_their_bodies_partners() -> None:
    g = build("南湖大学校长王立明与东岭生物科技有限公司董事长李建国签署战略合作协议。\n")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭生物科技有限公司")


def test_deputy_and_manager_titles_count_as_offices() -> None:
    g = build("东岭医疗器械有限公司总经理陈刚与南湖理工大学副校长赵敏签订了产学研合作协议。\n")
    assert has_relation(g, "东岭医疗器械有限公司", "COOPERATES_WITH", "南湖理工大学")


def test_officers_attending_together_do_not_make_partners() -> None:
    g = build("南湖集团董事长李建国与东岭大学校长王立明一起出席了开幕式。\n")
    assert not has_relation(g, "南湖集团", "COOPERATES_WITH", "东岭大学")


def test_a_professor_does_not_sign_for_the_university() -> None:
    g = build("南湖大学教授王立明与东岭生物科技有限公司合作开展研究。\n")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭生物科技有限公司")


def test_then_holding_an_office_is_no_part_of_the_body_name() -> None:
    g = build("时任南湖大学校长王立明出席了东岭实验室的揭牌仪式。\n")
    names = {e.name for e in g.entities}
    assert "南湖大学" in names, names
    assert not any(n.startswith("时任") for n in names), names


def test_officers_talking_about_cooperation_act_in_person() -> None:
    g = build("东岭大学校长王明与南湖药业有限公司董事长李华就合作进行会谈。", "news.txt")
    assert not has_relation(g, "东岭大学", "COOPERATES_WITH", "南湖药业有限公司")
