"""Consortia, alliances, societies and the meetings that launch them (s26i): a city's 创新联合体 is a body, the
partners a leader brings in "等多家单位" found it with the leader, 计划生育 does not cut a society's name, a body's
成立大会 is an event, and the city after 在 where a meeting is held is its venue, not its organiser."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def _triples(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


def test_a_citys_innovation_consortium_is_an_association() -> None:
    ents = _entities("活动现场，杭州市智能传感创新联合体正式启动。")
    assert ents.get("杭州市智能传感创新联合体") == "Association"


def test_the_bare_kind_of_consortium_stays_a_kind() -> None:
    ents = _entities("支持龙头企业牵头组建产业创新联合体，开展关键技术攻关。")
    assert not any(name.endswith("创新联合体") for name in ents)


def test_partners_closed_by_a_count_found_the_consortium_with_its_leader() -> None:
    found = _triples(
        "杭州市智能传感创新联合体由北辰科技有限公司牵头，联合南湖大学、西山医院等多家单位共同组建，专注于传感器研发。"
    )
    for founder in ("北辰科技有限公司", "南湖大学", "西山医院"):
        assert (founder, "FOUNDED", "杭州市智能传感创新联合体") in found


def test_family_planning_does_not_cut_a_societys_name() -> None:
    ents = _entities("东岭区计划生育协会受到中国计划生育协会通报表扬。")
    assert ents.get("中国计划生育协会") == "Association"
    assert "生育协会" not in ents


def test_plans_to_still_ends_a_name_before_it() -> None:
    ents = _entities("南湖大学计划明年成立南湖合成生物研究院。")
    assert ents.get("南湖大学") == "University"


def test_a_bodys_founding_meeting_is_an_event() -> None:
    ents = _entities("4月10日，东岭生物医药产业联盟成立大会在杭州市召开。")
    assert ents.get("东岭生物医药产业联盟成立大会") == "Event"


def test_the_city_after_zai_is_where_the_meeting_is_held_not_who_holds_it() -> None:
    found = _triples("4月10日上午，在浙江省杭州市南湖宾馆顺利召开了东岭生物医药产业联盟成立大会。")
    assert ("东岭生物医药产业联盟成立大会", "LOCATED_IN", "杭州") in found
    assert not any(r == "ORGANIZES" for _, r, _ in found)


def test_an_organiser_before_the_verb_still_organises() -> None:
    found = _triples("东岭市科学技术局在杭州市召开了东岭生物医药创新大会。")
    assert ("东岭市科学技术局", "ORGANIZES", "东岭生物医药创新大会") in found


def test_a_democratic_partys_provincial_committee_is_one_association() -> None:
    ents = _entities("民进省委会：\n你们提出的《关于加快东岭中医药发展的提案》收悉。")
    assert ents.get("民进省委会") == "Association"
    assert "民进省委" not in ents


def test_a_partys_central_committee_is_not_the_communist_partys() -> None:
    ents = _entities("农工党中央今年提出了发展生物医药的建议。")
    assert ents.get("农工党中央") == "Association"
    assert "中国共产党中央委员会" not in ents


def test_the_communist_partys_provincial_committee_stays_an_agency() -> None:
    ents = _entities("中共浙江省委、省政府高度重视生物医药产业。")
    assert ents.get("中共浙江省委") == "Agency"
