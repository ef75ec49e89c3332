"""s26g: hospitals written by short forms and the bodies they belong to (invented sentences)."""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_school_short_form_hospital_is_a_hospital_of_the_named_school():
    g = build("东岭生物牵头，联合南湖大学、南大附二院、北辰科技等单位组建创新联合体。")
    found = names(g)
    assert found["南大附二院"].type == "Hospital"
    assert has_relation(g, "南大附二院", "PART_OF", "南湖大学")


def test_number_before_fuyuan_and_medical_school_short_forms():
    g = build("会上，西医大一附院与东岭医疗签署战略合作协议，北大三附院也派员参加。")
    found = names(g)
    assert found["西医大一附院"].type == "Hospital"
    assert found["北大三附院"].type == "Hospital"
    assert has_relation(g, "西医大一附院", "COOPERATES_WITH", "东岭医疗")


def test_short_form_does_not_name_the_university_of_its_characters():
    g = build("东岭医疗与中大附一院签署合作协议。")
    found = names(g)
    assert "中大附一院" in found
    assert not any(e.type == "University" for e in g.entities)


def test_school_left_unnamed_when_two_universities_share_the_character():
    g = build("南湖大学、南岭大学和南大附一院共同参与项目。")
    assert not has_relation(g, "南大附一院", "PART_OF", "南湖大学")
    assert not has_relation(g, "南大附一院", "PART_OF", "南岭大学")


def test_partners_named_in_brackets_after_a_counted_kind():
    g = build(
        "西江医院今日与三间设有医学院的本地大学（东岭大学（岭大）、南湖大学（湖大）和北辰大学（辰大））签署合作协议。"
    )
    for school in ("东岭大学", "南湖大学", "北辰大学"):
        assert has_relation(g, "西江医院", "COOPERATES_WITH", school), school
    assert not has_relation(g, "东岭大学", "COOPERATES_WITH", "北辰大学")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰大学")


def test_number_and_yuan_after_the_school_and_a_glossed_short_form():
    g = build("东岭生物与西大二院签约。南湖大学医学院附属第一医院（南大一院）牵头建设平台，南大一院表示将开放共享。")
    found = names(g)
    assert found["西大二院"].type == "Hospital"
    assert found["南大一院"].name == "南湖大学医学院附属第一医院"
    assert not any(e.type == "University" for e in g.entities)


def test_helping_verb_before_a_centre_is_not_part_of_its_name():
    g = build("南湖医院将发挥自身优势，助力东岭国际医疗中心建设。")
    found = names(g)
    assert "东岭国际医疗中心" in found
    assert not any(n.startswith("助力") for n in found)


def test_standing_of_an_affiliated_hospital_is_no_name():
    g = build("北岭市立医院今年成为西江药科大学的非直属附属医院。")
    assert has_relation(g, "北岭市立医院", "PART_OF", "西江药科大学")
    assert "非直属附属医院" not in names(g)
