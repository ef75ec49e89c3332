"""Joint founding (s28b): a unit named after two parties joined by a dash, in quotes, was set up by both of them,
who cooperate; it is no part of the party named first. A body after 在 right before the founding verb is the venue."""

from __future__ import annotations

from tests.extract.helpers import build


def _triples(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


def test_dashed_name_in_quotes_names_both_founders() -> None:
    t = _triples("东岭大学与南湖医药集团签署协议，“东岭大学-南湖医药创新药物研究院”同日揭牌。")
    unit = "东岭大学-南湖医药创新药物研究院"
    assert ("东岭大学", "FOUNDED", unit) in t
    assert ("南湖医药集团", "FOUNDED", unit) in t
    assert ("东岭大学", "PART_OF", unit) not in t and (unit, "PART_OF", "东岭大学") not in t


def test_second_party_written_by_its_brand() -> None:
    t = _triples("“北辰大学--西岭科技联合研发中心”签约仪式在北辰大学举行，西岭科技（杭州）股份有限公司总裁出席。")
    unit = "北辰大学--西岭科技联合研发中心"
    assert ("西岭科技（杭州）股份有限公司", "FOUNDED", unit) in t
    assert ("北辰大学", "FOUNDED", unit) in t
    assert any(r == "COOPERATES_WITH" and {h, x} == {"北辰大学", "西岭科技（杭州）股份有限公司"} for h, r, x in t)


def test_one_known_party_is_not_a_joint_name() -> None:
    t = _triples("东岭大学介绍了“东岭-伯恩深圳学院”的办学情况。")
    assert not any(r == "FOUNDED" for _, r, _ in t)


def test_years_with_a_dash_are_no_parties() -> None:
    t = _triples("东岭大学发布《东岭大学2021-2025年发展规划》。")
    assert not any(r == "FOUNDED" for _, r, _ in t)


def test_unquoted_dash_is_not_read_as_a_joint_name() -> None:
    t = _triples("东岭大学与南湖医药集团签署协议。东岭大学-南湖医药创新药物研究院已投入使用。")
    assert ("南湖医药集团", "FOUNDED", "东岭大学-南湖医药创新药物研究院") not in t


def test_body_after_zai_before_the_verb_is_the_venue() -> None:
    t = _triples("东岭集团在南湖大学成立西山研究中心。")
    assert ("东岭集团", "FOUNDED", "西山研究中心") in t
    assert ("南湖大学", "FOUNDED", "西山研究中心") not in t


def test_venue_with_no_subject_before_it_founds_nothing() -> None:
    t = _triples("去年在南湖大学成立了西山研究中心。")
    assert ("南湖大学", "FOUNDED", "西山研究中心") not in t
