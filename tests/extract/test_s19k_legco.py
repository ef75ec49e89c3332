"""Hong Kong Legislative Council oral questions and replies (Traditional Chinese) on university places and
medical training: counted lists of funded universities and of a body's hospitals, and schemes a bureau 推行.
Every sentence is invented for these tests."""

from __future__ import annotations

from policykg.model import DocumentGraph
from tests.extract.helpers import build, has_relation

_REPLY = """李海德議員：主席，醫院管理局轄下的公立醫院近年面對醫生短缺。就此，政府可否告知本會：
(一) 教資會資助大學過去3年提供的醫科學額數目；及
(二) 當局有何措施挽留公立醫院的醫生，成效如何？

食物及衞生局局長：主席，經諮詢教育局及醫院管理局（"醫管局"），現答覆如下：
(一) 大學教育資助委員會資助的2所大學，包括香港大學及香港中文大學，現時開辦醫科學士課程。
(二) 醫管局轄下多間醫院，包括瑪麗醫院及威爾斯親王醫院，均參與臨床教學。
政府亦已推行「公立醫院醫生培訓資助計劃」，資助年輕醫生進修。
"""


def test_counted_funded_universities_are_supported() -> None:
    g = build(_REPLY, "legco_reply.txt")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "香港大学")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "香港中文大学")


def test_counted_hospitals_are_parts_of_the_authority() -> None:
    g = build(_REPLY, "legco_reply.txt")
    assert has_relation(g, "玛丽医院", "PART_OF", "医院管理局")
    assert has_relation(g, "威尔斯亲王医院", "PART_OF", "医院管理局")


def test_scheme_put_into_effect_is_issued() -> None:
    g = build("勞工及福利局今年推行「南湖長者護理培訓計劃」，為護理員提供資助。", "legco_b.txt")
    assert has_relation(g, "劳工及福利局", "ISSUED", "南湖长者护理培训计划")


def test_count_without_a_list_names_no_part() -> None:
    g = build("醫院管理局轄下多間醫院與南湖大學合作，包括提供實習名額。", "legco_c.txt")
    assert not has_relation(g, "南湖大学", "PART_OF", "医院管理局")


def test_member_owning_a_project_is_not_funded() -> None:
    g = build("研究資助局資助的12個項目，包括北辰醫院的臨床研究，已經完成。", "legco_d.txt")
    assert not has_relation(g, "研究资助局", "SUPPORTS", "北辰医院")


def test_funded_universities_listed_are_not_parts_of_the_funder() -> None:
    g = build("八所教資會資助大學包括南湖大學及北辰大學，均設有醫學院。", "legco_e.txt")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "南湖大学")
    assert not has_relation(g, "南湖大学", "PART_OF", "大学教育资助委员会")


def test_kind_before_partner_marker_is_the_actor() -> None:
    g = build("衞生署一直支持大學與北辰醫院合作開展研究。", "legco_f.txt")
    assert not has_relation(g, "卫生署", "SUPPORTS", "北辰医院")
    assert not has_relation(g, "卫生署", "COOPERATES_WITH", "北辰医院")
    g = build("佛山市科学技术局鼓励企业与南湖大学共建实验室。", "policy_g.txt")
    assert not has_relation(g, "佛山市科学技术局", "COOPERATES_WITH", "南湖大学")


def test_named_partners_still_cooperate() -> None:
    g = build("南湖大學與北辰醫院合作推動臨床研究。", "legco_h.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰医院")


def test_kind_summing_up_a_list_keeps_the_named_actors() -> None:
    g = build("政府鼓勵南湖大學、北辰大學等高校與佛山醫院合作開展臨床研究。", "legco_i.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山医院")


def test_funder_qualifying_funded_universities_receives_nothing() -> None:
    for text in ("北辰基金會向教資會資助大學提供撥款。", "研究資助局透過優配研究金向教資會資助大學撥款。"):
        g = build(text, "legco_j.txt")
        assert not any(r.type == "SUPPORTS" and r.tail == names_of(g)["大学教育资助委员会"] for r in g.relations)
    g = build("研究資助局向南湖大學撥款。", "legco_k.txt")
    assert has_relation(g, "研究资助局", "SUPPORTS", "南湖大学")


def names_of(g: DocumentGraph) -> dict[str, str]:
    """Every name and alias → entity id."""
    return {n: e.id for e in g.entities for n in (e.name, *e.aliases)}


def test_named_body_among_other_kind_still_acts() -> None:
    g = build("南湖大學及其他大學與北辰醫院合作開展研究。", "legco_l.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰医院")
