"""A body named by its level alone (省政府, 市政府) is placed by the document's region, or kept to its document."""

from __future__ import annotations

from policykg.graph.algorithms.merge import merge_graphs

from .helpers import build


def _agencies(g) -> dict[str, object]:
    return {e.name: e for e in g.entities if e.type == "Agency"}


def test_two_documents_unplaced_provincial_governments_stay_two_bodies():
    a = build("省政府高度重视生物医药产业发展，出台了专项支持政策。", file="first.txt")
    b = build("省政府将继续支持中医药产业园建设。", file="second.txt")
    assert _agencies(a)["省政府"].id != _agencies(b)["省政府"].id
    merged = merge_graphs([a, b])
    provincial = [e for e in merged.entities if e.name == "省政府"]
    assert len(provincial) == 2 and all(len(e.docs) == 1 for e in provincial)


def test_a_citys_reply_places_the_provincial_government_in_its_province():
    text = "三明市工业和信息化局关于市政协十三届二次会议第18号提案的答复\n省政府支持三明建设绿色原料药基地。"
    names = _agencies(build(text, file="reply.txt"))
    assert "福建省政府" in names and "省政府" not in names


def test_one_documents_forms_of_an_unplaced_body_are_one_entity():
    g = build("省政府高度重视生物医药。省政府将加大支持力度。", file="one.txt")
    provincial = [e for e in g.entities if e.name == "省政府"]
    assert len(provincial) == 1 and len(provincial[0].mentions) == 2
    assert provincial[0].jurisdiction == "document:one.txt"


def test_the_writers_own_word_and_a_zones_kind_are_kept_to_their_document():
    a = build("我委高度重视您提出的建议，会同有关部门认真研究。高新区党工委多次调研。", file="one.txt")
    b = build("我委将继续推进产业园建设。高新区党工委牵头组织实施。", file="two.txt")
    for name in ("我委", "高新区党工委"):
        first, second = _agencies(a).get(name), _agencies(b).get(name)
        if first is not None and second is not None:
            assert first.id != second.id, name
    merged = merge_graphs([a, b])
    assert all(len(e.docs) == 1 for e in merged.entities if e.name in ("我委", "高新区党工委"))


def test_places_and_known_bodies_that_start_like_a_level_word_are_not_kept_to_one_document():
    texts = ("镇江市科技局与南湖大学签署合作协议。", "市中区人民政府支持产业园建设。", "香港市区重建局公布新项目。")
    for text in texts:
        a, b = build(text, file="first.txt"), build(text, file="second.txt")
        names = {e.name: e for e in a.entities if e.type == "Agency"}
        assert names and all(e.jurisdiction is None for e in names.values()), text
        assert {e.id for e in a.entities} == {e.id for e in b.entities}, text
