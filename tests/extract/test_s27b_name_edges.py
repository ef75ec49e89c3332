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


def _relations(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


def test_word_for_officers_before_yu_ends_the_list_of_bodies() -> None:
    ents = _entities("东岭市科技局、市工信局、市商务局等领导与南湖大学医学院院长一起参加了大会。")
    assert ents.get("南湖大学医学院") == "University"
    assert not any(n.startswith("领导") for n in ents)


def test_officers_attending_together_do_not_make_their_bodies_partners() -> None:
    rels = _relations("东岭市科技局领导与南湖大学医学院院长一起参加了大会。")
    assert not any(t == "COOPERATES_WITH" for _, t, _ in rels)


def test_officers_signing_still_make_their_bodies_partners() -> None:
    rels = _relations("东岭市科技局领导与南湖大学签署合作协议。")
    assert ("东岭市科技局", "COOPERATES_WITH", "南湖大学") in rels or (
        "南湖大学",
        "COOPERATES_WITH",
        "东岭市科技局",
    ) in rels


def test_verb_and_partner_preposition_do_not_open_a_programme() -> None:
    ents = _entities("东岭医药港还通过深化与南湖基金、北辰资本等投资机构的合作，引入资金。")
    assert not any(n.startswith("深化") for n in ents)


def test_joint_issuers_written_without_a_mark_are_two_bodies() -> None:
    ents = _entities("本规划由佛山市发展和改革局佛山市科学技术局联合编制。")
    assert ents.get("佛山市发展和改革局") == "Agency"
    assert ents.get("佛山市科学技术局") == "Agency"
    assert "佛山市发展和改革局佛山市科学技术局" not in ents


def test_a_branch_after_its_parent_stays_one_name() -> None:
    ents = _entities("佛山市市场监督管理局南海分局开展检查。")
    assert "佛山市市场监督管理局南海分局" in ents or "南海分局" not in ents


def test_joint_issuers_on_the_signature_line_are_two_bodies() -> None:
    ents = _entities("各有关单位：\n现将规划印发给你们。\n佛山市发展和改革局佛山市科学技术局\n2022年6月7日\n")
    assert ents.get("佛山市发展和改革局") == "Agency"
    assert ents.get("佛山市科学技术局") == "Agency"
    assert "佛山市发展和改革局佛山市科学技术局" not in ents


def test_officer_giving_the_work_report_is_named_whole_and_no_body_is_glued() -> None:
    ents = _entities("会议14日开幕，东岭市市长王海明作政府工作报告。")
    assert ents.get("王海明") == "Person"
    assert not any(t == "Agency" and n.endswith("作政府") for n, t in ents.items())


def test_quoted_slogan_of_counted_sites_names_no_platform() -> None:
    ents = _entities("东岭市将全力抓好“两城一区”主平台建设。")
    assert not any(t == "Platform" for t in ents.values())


def test_known_strategy_in_quotes_still_names_its_platform() -> None:
    ents = _entities("东岭市“一带一路”物流服务平台启动。")
    assert any(t == "Platform" for t in ents.values())
