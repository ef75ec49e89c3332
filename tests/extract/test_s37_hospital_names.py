"""A hospital's second full name, written in brackets after its first, names the same hospital."""

from __future__ import annotations

from .helpers import build, has_relation


def _hospitals(g):
    return [e for e in g.entities if e.type == "Hospital"]


def test_the_bracketed_second_name_is_an_alias_of_the_hospital():
    g = build(
        "青禾生物集团与南岭医科大学附属医院（青禾省中西医结合医院）签署战略合作协议。"
        "青禾省中西医结合医院将提供临床试验场地。"
    )
    hospitals = _hospitals(g)
    assert len(hospitals) == 1, [e.name for e in hospitals]
    assert hospitals[0].name == "南岭医科大学附属医院"
    assert "青禾省中西医结合医院" in hospitals[0].aliases
    assert has_relation(g, "青禾生物集团", "COOPERATES_WITH", "南岭医科大学附属医院")


def test_a_bracket_listing_two_bodies_names_no_second_name():
    g = build("南岭医科大学第二附属医院（青禾省骨科研究院、青禾省骨科医院）院长介绍了合作进展。")
    assert {e.name for e in _hospitals(g)} == {"南岭医科大学第二附属医院", "青禾省骨科医院"}


def test_a_branch_in_brackets_stays_a_hospital_of_its_own():
    g = build("青禾市第一人民医院（青禾市第一人民医院东院）今年新设了肿瘤中心。")
    assert "青禾市第一人民医院东院" not in next(e for e in _hospitals(g) if e.name == "青禾市第一人民医院").aliases
