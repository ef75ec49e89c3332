"""Every name's brackets pair up: a span holding half of a bracket pair is a name cut at the bracket."""

from __future__ import annotations

from .helpers import build, has_relation, names


def _unbalanced(name: str) -> bool:
    depth = 0
    for ch in name:
        depth += ch in "（("
        depth -= ch in "）)"
        if depth < 0:
            return True
    return depth != 0


def test_an_investor_with_a_bracketed_qualifier_is_one_name():
    g = build("东岭生物完成C轮融资，投资方包括高盛（中国）、摩根大通（中国）和南湖资本。")
    assert "高盛（中国）" in names(g) and "中国）" not in names(g)
    assert has_relation(g, "高盛（中国）", "INVESTED_IN", "东岭生物")
    assert has_relation(g, "摩根大通（中国）", "INVESTED_IN", "东岭生物")


def test_a_name_that_looks_like_a_person_before_the_bracket_joins_its_qualifier():
    g = build("投资方为高瓴资本（领投）、高盛（中国）、北信瑞丰基金。")
    found = {e.name: e.type for e in g.entities}
    assert found.get("高盛（中国）") == "Company"
    assert not any(_unbalanced(n) for n in found)


def test_a_name_after_an_english_name_in_brackets_drops_the_closing_bracket():
    g = build("东岭生命科学园(Dongling Life Sciences Park)东岭生命科学园位于佛山。")
    assert not any(_unbalanced(e.name) for e in g.entities)
    assert has_relation(g, "东岭生命科学园", "LOCATED_IN", "佛山")


def test_balanced_brackets_inside_a_name_are_kept():
    g = build("北辰检测（香港）有限公司与南湖大学签署合作协议。")
    assert "北辰检测（香港）有限公司" in names(g)
    assert has_relation(g, "北辰检测（香港）有限公司", "COOPERATES_WITH", "南湖大学")


def test_a_latin_gloss_with_digits_marks_or_its_own_brackets_keeps_the_name_after_it():
    glosses = (
        "Dongling Life Sciences Park 2",
        "Dongling 3D Printing Park",
        "Dongling Life Sciences Park (DLSP)",
        "Dongling Life Sciences Park/DLSP",
    )
    for gloss in glosses:
        g = build(f"东岭生命科学园({gloss})东岭生命科学园位于佛山。")
        assert not any(_unbalanced(e.name) for e in g.entities), gloss
        assert has_relation(g, "东岭生命科学园", "LOCATED_IN", "佛山"), gloss


def test_a_list_items_number_closed_by_a_bracket_is_no_part_of_the_name():
    g = build("一）南湖科技有限公司与东岭大学签署合作协议。")
    assert "南湖科技有限公司" in names(g)
    assert has_relation(g, "南湖科技有限公司", "COOPERATES_WITH", "东岭大学")


def test_items_numbered_with_a_closing_bracket_alone_are_each_a_name():
    # 1) 2) 3） at the start of lines and after a semicolon: the scan for the bracket's opening stopped at the
    # start of the text or ran on over the line before, and every item but the first was lost
    g = build("主要合作企业如下：\n1)北岭生物医药有限公司\n2)南湖科技有限公司；3）东山医疗器械股份有限公司\n")
    found = names(g)
    assert {"北岭生物医药有限公司", "南湖科技有限公司", "东山医疗器械股份有限公司"} <= set(found)
    assert not any(_unbalanced(e.name) for e in g.entities)


def test_a_document_that_opens_with_a_numbered_item():
    g = build("1)北岭生物医药有限公司与南湖大学共建实验室。")
    assert "北岭生物医药有限公司" in names(g)


def test_items_numbered_after_a_colon_or_a_comma_are_each_a_name():
    g = build(
        "主要合作单位：1)北岭生物医药有限公司；2)南湖科技有限公司。"
        "合作伙伴：a)东山医疗器械股份有限公司、b)西湖基因科技有限公司。"
    )
    expected = {"北岭生物医药有限公司", "南湖科技有限公司", "东山医疗器械股份有限公司", "西湖基因科技有限公司"}
    assert expected <= set(names(g))


def test_a_bracket_pair_broken_over_a_line_still_pairs():
    g = build("东岭控股（集\n团）有限公司与南湖大学签署合作协议。")
    assert not any(e.name.startswith("团）") for e in g.entities)
