"""Hospitals: a new campus (新院区) is the hospital's site, as a university's 新校区 is the university's; a
known hospital named by its tie (附属X医院) is a name; in A依托B成立了C the founder is A, not the means B
(sentences written for these tests, with invented hospitals and schools)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_new_campus_is_its_hospital() -> None:
    got = _typed("东岭市南湖医院新院区完成设计招标，预计后年开诊。")
    assert got.get("东岭市南湖医院") == "Hospital", got
    assert "东岭市南湖医院新院区" not in got


def test_hospital_campus_named_by_its_place_stays_whole() -> None:
    got = _typed("东岭市南湖医院北辰院区二期开诊运行。")
    assert got.get("东岭市南湖医院北辰院区") == "Hospital", got


def test_new_campus_of_a_school_is_the_school() -> None:
    got = _typed("东岭卫生职业学院新院区取得项目建议书批复。")
    assert got.get("东岭卫生职业学院") == "University", got
    assert "东岭卫生职业学院新院区" not in got


def test_new_campus_sited_puts_the_hospital_there() -> None:
    g = build("北辰大学附属医院新院区今年在浦东新区动工建设。")
    assert has_relation(g, "北辰大学附属医院", "LOCATED_IN", "浦东新区")


def test_traditional_new_campus_is_its_hospital() -> None:
    got = _typed("東嶺醫院新院區預計明年落成。")
    assert "东岭医院" in got and "东岭医院新院区" not in got, got


def test_attached_known_hospital_is_named() -> None:
    got = _typed("东岭医学院依托附属仁济医院建成了转化医学中心。")
    assert got.get("附属仁济医院") == "Hospital", got


def test_founder_before_means_founds() -> None:
    g = build("东岭大学依托南湖医院成立了东岭转化医学研究院。")
    assert has_relation(g, "东岭大学", "FOUNDED", "东岭转化医学研究院")
    assert has_relation(g, "东岭转化医学研究院", "RELIES_ON", "南湖医院")
    assert not has_relation(g, "南湖医院", "FOUNDED", "东岭转化医学研究院")


def test_partner_joined_by_he_still_founds() -> None:
    g = build("东岭大学与南湖医院合作成立了东岭转化医学研究院。")
    assert has_relation(g, "南湖医院", "FOUNDED", "东岭转化医学研究院")
