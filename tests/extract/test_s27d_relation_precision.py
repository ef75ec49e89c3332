"""Relation precision on unseen text (session s27, helper d): shapes that name bodies or places next to a
relation word without stating the relation between them."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def _any_cooperation(text: str) -> bool:
    return any(r.type == "COOPERATES_WITH" for r in build(text).relations)


def test_counted_places_whose_envoys_witness_do_not_cooperate() -> None:
    # the co-marker belongs to the guests watching the ceremony, not to a joint act of the three places
    assert not _any_cooperation("粤港澳三地政府、高校、企业界代表共同见证了东岭创新中心的揭牌仪式。")


def test_counted_places_as_object_of_an_exchange_do_not_cooperate() -> None:
    assert not _any_cooperation("论坛旨在交流粤港澳三地在医疗器械审评方面的做法，完善区域协作机制。")


def test_counted_places_acting_still_cooperate() -> None:
    g = build("粤港澳三地携手推进中医药标准互认。")
    assert has_relation(g, "广东", "COOPERATES_WITH", "香港") or has_relation(g, "香港", "COOPERATES_WITH", "广东")


def test_places_whose_cooperation_is_promoted_are_not_partners() -> None:
    # the subject promotes the places' cooperation; the places are its object, the cooperation a goal
    g = build("东岭数码港将与前海管理局共同促进香港与深圳市的科技创新合作。")
    assert not has_relation(g, "香港", "COOPERATES_WITH", "深圳")
    assert not has_relation(g, "深圳", "COOPERATES_WITH", "香港")
    assert not _any_cooperation("报告提出，要推动上海和香港之间在人才交流方面的合作。")


def test_places_that_deepen_cooperation_themselves_are_partners() -> None:
    g = build("澳门与广东省加强中医药产业合作。")
    assert has_relation(g, "澳门", "COOPERATES_WITH", "广东") or has_relation(g, "广东", "COOPERATES_WITH", "澳门")


def test_office_where_an_agreement_is_signed_does_not_issue_it() -> None:
    g = build("东岭投资有限公司和南湖省中医药管理局于昨日在行政长官办公室签署《东岭南湖中医药合作框架协议》。")
    assert not has_relation(g, "行政长官办公室", "ISSUED", "东岭南湖中医药合作框架协议")


def test_a_signing_body_still_issues_its_agreement() -> None:
    g = build("东岭市财政局于昨日签署《东岭南湖中医药合作框架协议》。")
    assert has_relation(g, "东岭市财政局", "ISSUED", "东岭南湖中医药合作框架协议")


def test_park_bringing_in_university_resources_works_with_them() -> None:
    g = build("东岭高新区将通过引入南湖大学、北辰大学两所高校资源，建设联合研究院。")
    assert not has_relation(g, "南湖大学", "LOCATED_IN", "东岭高新区")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭高新区") or has_relation(
        g, "东岭高新区", "COOPERATES_WITH", "南湖大学"
    )


def test_park_bringing_in_a_firm_hosts_it() -> None:
    g = build("东岭高新区今年引入了康瑞生物科技有限公司，该公司已建成生产线。")
    assert has_relation(g, "康瑞生物科技有限公司", "LOCATED_IN", "东岭高新区")


def test_body_acting_at_an_event_held_does_not_organise_it() -> None:
    g = build("南湖大学在昨天举行的第三届东岭生物医药论坛上发布了研究报告。")
    assert not any(r.type == "ORGANIZES" for r in g.relations)


def test_body_holding_or_running_an_event_organises_it() -> None:
    assert has_relation(
        build("南湖大学昨天举行了第三届东岭生物医药论坛。"), "南湖大学", "ORGANIZES", "东岭生物医药论坛"
    )
    g = build("南湖大学在北京举办的第三届东岭生物医药论坛吸引了千人参加。")
    assert has_relation(g, "南湖大学", "ORGANIZES", "东岭生物医药论坛")


def test_pair_with_strengths_in_a_research_field_does_not_cooperate() -> None:
    assert not _any_cooperation("南湖大学和东岭医院在药物研究方面均有优势。")


def test_pair_acting_after_a_field_frame_still_cooperates() -> None:
    g = build("南湖大学与东岭医院在抗体研究领域开展了深度合作。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭医院") or has_relation(
        g, "东岭医院", "COOPERATES_WITH", "南湖大学"
    )


def test_bodies_whose_cooperation_is_promoted_are_not_partners() -> None:
    assert not _any_cooperation("东岭市将推动南湖大学与康瑞生物科技有限公司之间的合作。")
    assert not _any_cooperation("东岭市将促进南湖大学和北辰医院的临床研究合作。")


def test_bodies_promoted_to_work_together_still_cooperate() -> None:
    g = build("双方同意深化南湖大学与北辰医院合作。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰医院") or has_relation(
        g, "北辰医院", "COOPERATES_WITH", "南湖大学"
    )
