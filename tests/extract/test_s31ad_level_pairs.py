"""The Party committee and the government of one level written as a pair (省委、省政府, 区委和区政府,
泰安市委、市政府): two bodies of one place, each kept, while two levels sharing 人民政府 (省、市人民政府) stay a kind
(invented documents)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

_REPLY = """关于对省政协第九届二次会议第88号提案的答复

东岭省科学技术厅

去年，省委、省政府出台《东岭省科技攻关五年行动纲要》，全力支持原创研究。州委和州政府持续加大投入，区委及区政府大力推进园区建设。

东岭省科学技术厅
2031年6月1日
"""


def test_both_bodies_of_a_province_pair_are_found() -> None:
    found = names(build(_REPLY))
    assert {"省委", "省政府"} <= found.keys()


def test_prefecture_and_district_pairs_are_found() -> None:
    found = names(build(_REPLY))
    assert {"州委", "州政府", "区委", "区政府"} <= found.keys()


def test_both_bodies_of_the_pair_issue_the_plan() -> None:
    g = build(_REPLY)
    assert has_relation(g, "省委", "ISSUED", "东岭省科技攻关五年行动纲要")
    assert has_relation(g, "省政府", "ISSUED", "东岭省科技攻关五年行动纲要")


def test_the_government_after_a_named_city_committee_is_that_city_government() -> None:
    g = build("泰安市人民政府与东岭大学签署合作协议。\n\n近年来，泰安市委、市政府积极推进创新型城市建设，成效明显。\n")
    gov = [e for e in g.entities if e.name == "泰安市人民政府"]
    assert gov and "市政府" in gov[0].aliases


def test_two_levels_sharing_people_government_stay_a_kind() -> None:
    g = build("请省、市人民政府加强统筹，省、市政府各自安排配套资金。")
    assert not any(e.name.endswith("政府") for e in g.entities)


def test_a_pair_written_with_no_mark_is_left_as_before() -> None:
    g = build("近年来，南岗区委区政府大力推进园区建设。")
    assert "区政府" not in names(g)


def test_every_province_pair_is_a_kind() -> None:
    g = build("各省委、省政府要高度重视这项工作，按时报送进展。")
    assert not any(e.name in ("省委", "省政府") for e in g.entities)


def test_a_pair_before_its_offices_names_the_offices_not_the_bodies() -> None:
    g = build("由省委、省政府办公厅联合印发实施细则。")
    assert not any(e.name in ("省委", "省政府") for e in g.entities)
