"""Two places joined by 与 open the name of the body they run together (内地与香港…合作委员会), not a clause."""

from __future__ import annotations

from .helpers import build, names


def test_a_joint_committee_of_two_places_keeps_both_in_its_name():
    g = build("新闻。广东与澳门中医药合作委员会第三次会议在珠海召开。")
    assert "广东与澳门中医药合作委员会" in names(g)
    assert "澳门中医药合作委员会" not in names(g)


def test_a_joint_lab_of_two_places_keeps_both_in_its_name_in_traditional_script():
    g = build("新聞。上海與香港聯合實驗室今年啟用，由兩地高校共同管理。")
    labs = [e for e in g.entities if e.type == "Lab"]
    assert [e.name for e in labs] == ["上海与香港联合实验室"], [e.name for e in labs]


def test_two_places_before_a_verb_name_no_joint_body():
    g = build("新闻。支持深圳与香港合作建设河套科技园。番禺区与南岭理工大学合作开办课程。")
    found = names(g)
    assert not any(n.startswith(("深圳与", "番禺区与")) for n in found), sorted(found)
