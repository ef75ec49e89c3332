"""Words of the clause at a name's edge (s27b): a quoted verb before a zone, a conjunction or a count read into a
person's name, a conjunction left at the start of a name once the clause before it is cut."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_quoted_verb_before_a_place_zone_is_not_part_of_it() -> None:
    ents = _entities("南湖集团华南总部项目日前“落户”佛山高新区，将带动当地产业。")
    assert ents.get("佛山高新区") == "Park"
    assert not any(n.startswith("落户") for n in ents)


def test_figurative_quote_before_a_zone() -> None:
    ents = _entities("新建的研究中心去年“花落”宁波高新区。")
    assert ents.get("宁波高新区") == "Park"
    assert "花落宁波高新区" not in ents


def test_conjunction_after_a_titled_name_ends_the_name() -> None:
    ents = _entities("东岭市市长王海及市领导出席仪式。")
    assert ents.get("王海") == "Person"
    assert "王海及" not in ents


def test_a_count_before_a_title_is_no_person() -> None:
    ents = _entities("「东岭筹委会」由一名主任领导，另设两名副主任。")
    assert not any(t == "Person" for t in ents.values())


def test_conjunction_left_after_the_cut_clause_goes_too() -> None:
    ents = _entities("项目资金安排及园区发展计划已获通过。")
    assert "及园区发展计划" not in ents
    assert not any(n.startswith("及") for n in ents)
