"""Membership of associations written the way news names its speakers (invented sentences and bodies).

An association's office holder is its member even when the office carries a qualifier (执行会长, 常务副会长,
年度會長); a speaker named by a run of offices joined by 、 holds each of them (X协会副主席、Y学会会长某某);
the short forms news uses for science and trade associations (东岭市科协, 中国贸促会, 全国工商联) name bodies."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("东岭医药创新促进会执行会长周立群表示，创新药出海步伐加快。", "周立群", "东岭医药创新促进会"),
        ("南湖生物技术协会常务副会长郑晓东在论坛上致辞。", "郑晓东", "南湖生物技术协会"),
        ("南湖醫學會名譽會長馮家豪指出，基層醫療人手緊張。", "冯家豪", "南湖医学会"),
    ],
)
def test_qualified_office_of_an_association_makes_a_member(text: str, person: str, body: str) -> None:
    assert has_relation(build(text), person, "MEMBER_OF", body)


def test_every_body_in_a_run_of_offices_has_the_speaker() -> None:
    g = build("东岭市药学会副理事长、南湖医学会会长孙志远出席会议并讲话。")
    assert has_relation(g, "孙志远", "MEMBER_OF", "东岭市药学会")
    assert has_relation(g, "孙志远", "MEMBER_OF", "南湖医学会")


def test_office_in_a_university_after_the_association_is_no_membership_of_the_university() -> None:
    g = build("南湖生物技术协会会长、东岭大学药学院院长钱卫东介绍了协会的工作。")
    assert has_relation(g, "钱卫东", "MEMBER_OF", "南湖生物技术协会")
    assert not has_relation(g, "钱卫东", "MEMBER_OF", "东岭大学药学院")


def test_list_of_people_after_an_office_is_no_run_of_offices() -> None:
    g = build("南湖生物技术协会会长、东岭大学钱卫东、孙志远参加了座谈。")
    assert not has_relation(g, "孙志远", "MEMBER_OF", "南湖生物技术协会")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上海市科协联合多家学会举办科普周活动。", "上海市科协"),
        ("中国贸促会与东岭贸易发展局签署合作备忘录。", "中国国际贸易促进委员会"),
        ("全国工商联组织民营企业赴南湖考察。", "中华全国工商业联合会"),
    ],
)
def test_short_forms_of_associations_are_names(text: str, name: str) -> None:
    g = build(text)
    assert any(e.name == name and e.type == "Association" for e in g.entities), [e.name for e in g.entities]


def test_short_forms_of_a_city_association_and_federation() -> None:
    g = build("上海市科协与广东省工商联联合举办东岭生物医药创新论坛。", "news.txt")
    found = {e.name: e.type for e in g.entities}
    assert found.get("上海市科协") == "Association"
    assert found.get("广东省工商联") == "Association"
