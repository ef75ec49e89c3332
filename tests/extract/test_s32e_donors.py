"""A person's gift of money supports the body that receives it (Y获X先生捐助N元, X博士捐赠N元予Y): SUPPORTS takes a
person as its head for the verbs of giving money only, while a person's backing in words names no support
(invented sentences)."""

from __future__ import annotations

from policykg.extract.relations.rules import rules
from policykg.ontology import allows
from tests.extract.helpers import build, has_relation


def test_a_person_may_head_support() -> None:
    assert allows("SUPPORTS", "Person", "University")


def test_a_faculty_receiving_a_persons_gift_is_supported_by_the_donor() -> None:
    g = build("南湖大學醫學院獲王北辰先生慷慨捐助三千萬港元，擴建動物實驗設施。\n")
    assert has_relation(g, "王北辰", "SUPPORTS", "南湖大学医学院")


def test_a_donor_giving_to_a_hospital_supports_it() -> None:
    g = build("王北辰博士去年捐赠5000万元予北辰医院，用于购置影像设备。\n")
    assert has_relation(g, "王北辰", "SUPPORTS", "北辰医院")


def test_a_foundation_gift_in_the_passive_is_read_with_the_gift_verbs() -> None:
    g = build("南湖大学去年获得北辰慈善基金会捐赠2亿元，用于建设医学院大楼。\n")
    assert has_relation(g, "北辰慈善基金会", "SUPPORTS", "南湖大学")


def test_an_officials_backing_in_words_is_no_support() -> None:
    g = build("南湖大学获东岭市市长王北辰支持，建设医学院大楼。\n")
    assert not has_relation(g, "王北辰", "SUPPORTS", "南湖大学")


def test_a_university_head_speaking_of_gifts_supports_nothing() -> None:
    g = build("南湖大学校长王北辰表示，学校将用好社会捐助的资金。\n")
    assert not has_relation(g, "王北辰", "SUPPORTS", "南湖大学")


def test_only_the_gift_rules_may_name_a_person_as_the_supporter() -> None:
    with_person = {r.id for r in rules() if r.relation == "SUPPORTS" and r.head_types and "Person" in r.head_types}
    assert with_person == {"supports.donated", "supports.donates"}
    untyped = {r.id for r in rules() if r.relation == "SUPPORTS" and r.head_types is None}
    assert not untyped, f"SUPPORTS rules without head types would admit a person: {sorted(untyped)}"
