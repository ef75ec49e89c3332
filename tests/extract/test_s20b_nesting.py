"""Units named inside their parent's name, on short invented texts (issue #10, s20b).

A committee written once with its agency's short form before it and elsewhere by its own name is one body,
and a part of the agency; a Hong Kong or Macao bureau written after its government's name is part of that
government, which becomes an entity though never written alone; a mainland general office is not; a
university's hospital in another city is the city's; a body's 大会 is an organ of the body; two known funds
joined by 和 stay two; a region's counted cities named in brackets are the parts a list names; a note in
brackets after a firm (英文名，现已被Y收购) speaks of the firm; a reply's （即质询所指的Y） names the same body."""

from __future__ import annotations

from policykg.extract.components import resolution
from policykg.extract.doc import Doc
from policykg.model import Document, Entity, Mention
from tests.extract.helpers import build, has_relation, names


def test_committee_with_and_without_agency_short_form_is_one_body() -> None:
    g = build(
        "医院管理局（医管局）设有多个委员会。医管局药物安全评审委员会每季开会一次。"
        "如药物安全评审委员会通过申请，医管局便会公布结果。"
    )
    by = names(g)
    assert by["药物安全评审委员会"] is by["医管局药物安全评审委员会"]
    assert has_relation(g, "药物安全评审委员会", "PART_OF", "医院管理局")


def _doc_with(text: str, named: list[tuple[str, str, int]]) -> Doc:
    """A document whose resolved entities are ``named`` (name, type, start), one mention each."""
    doc = Doc(document=Document(file="d.txt", sha256="", text=text), text=text, original=text)
    for name, type_, start in named:
        e = Entity(name=name, type=type_)
        m = Mention(name, start, start + len(name), type_, name, "test", 0.9)
        e.mentions.append(m)
        doc.entities[e.id] = e
        doc.mentions.append((m, e.id))
    doc.mentions.sort(key=lambda me: me[0].start)
    return doc


def test_bare_occurrences_of_a_long_unit_name_become_its_mentions() -> None:
    # the name finder kept only the prefixed form: the bare occurrences are the same committee
    text = "医院管理局表示，医管局东岭用药评估委员会定期提交建议。如东岭用药评估委员会的建议获通过，便会公布。"
    doc = _doc_with(text, [("医院管理局", "Agency", 0), ("医管局东岭用药评估委员会", "Agency", 8)])
    resolution._units_named_with_parent(doc)
    unit = next(e for e in doc.entities.values() if e.name == "医管局东岭用药评估委员会")
    assert "东岭用药评估委员会" in unit.aliases
    assert len(unit.mentions) == 2


def test_bare_kind_is_not_taken_for_the_unit() -> None:
    # 专家小组 after 医管局 is a kind every committee has: a short own name does not pull in bare occurrences
    text = "医院管理局表示，医管局专家小组会提供意见。专家小组由医生组成。"
    doc = _doc_with(text, [("医院管理局", "Agency", 0), ("医管局专家小组", "Agency", 8)])
    resolution._units_named_with_parent(doc)
    unit = next(e for e in doc.entities.values() if e.name == "医管局专家小组")
    assert len(unit.mentions) == 1


def test_unit_after_parent_needs_a_name_of_its_own() -> None:
    parents = {"上海市科委": "p", "医管局": "h"}.get
    assert resolution.unit_after_parent("上海市科委办公室", parents) is None  # a bare head
    assert resolution.unit_after_parent("医管局东岭用药评估委员会", parents) == ("h", "东岭用药评估委员会", 3)


def test_sar_government_bureaus_are_parts_of_their_governments() -> None:
    g = build("三地的联络窗口分别由东岭省发改委、香港特区政府东岭事务局和澳门特区政府南湖发展办公室承担。")
    assert has_relation(g, "香港特区政府东岭事务局", "PART_OF", "香港特别行政区政府")
    assert has_relation(g, "澳门特区政府南湖发展办公室", "PART_OF", "澳门特别行政区政府")
    assert "香港特区政府" in names(g), "the government keeps the form the text writes as an alias"


def test_mainland_general_office_and_state_council_body_are_not_parts() -> None:
    # a real city: the gazetteer knows it, so both bodies are found whole and the test cannot pass on nothing
    g = build("佛山市人民政府办公厅转发通知。国务院国资委和佛山市人民政府共同推进改革。")
    assert {"佛山市人民政府办公厅", "佛山市人民政府", "国务院国有资产监督管理委员会"} <= set(names(g))
    assert not has_relation(g, "佛山市人民政府办公厅", "PART_OF", "佛山市人民政府")
    assert not any(r.type == "PART_OF" for r in g.relations)


def test_university_hospital_in_another_city_is_not_its_part() -> None:
    g = build("南湖大学深圳医院和南湖大学附属第一医院均与南湖大学签订合作协议。")
    assert has_relation(g, "南湖大学附属第一医院", "PART_OF", "南湖大学")
    assert not has_relation(g, "南湖大学深圳医院", "PART_OF", "南湖大学")


def test_assembly_of_a_body_is_its_organ() -> None:
    g = build("医院管理局表示，医管局大会辖下设有东岭服务发展委员会。")
    assembly = names(g)["医管局大会"]
    assert assembly.type == "Agency"
    assert has_relation(g, "医管局大会", "PART_OF", "医院管理局")
    assert has_relation(g, "东岭服务发展委员会", "PART_OF", "医管局大会")


def test_congress_session_stays_an_event() -> None:
    g = build("第九次全国代表大会于北京举行，南湖医学会派员出席。")
    assert all(e.type == "Event" for e in g.entities if e.name.endswith("大会"))


def test_two_known_funds_joined_by_he_stay_two() -> None:
    g = build("撒玛利亚基金和关爱基金东岭援助项目首阶段计划向病人提供资助。关爱基金东岭援助项目亦会检讨。")
    by = names(g)
    assert "撒玛利亚基金" in by
    assert "关爱基金东岭援助项目首阶段计划" in by
    assert not any("和" in n for n in by)
    assert has_relation(g, "关爱基金东岭援助项目首阶段计划", "PART_OF", "关爱基金东岭援助项目")


def test_counted_cities_in_brackets_are_the_parts_listed() -> None:
    g = build("长三角包括上海和江苏4市（南京、苏州、无锡、常州）。")
    for city in ("上海", "南京", "苏州", "无锡", "常州"):
        assert has_relation(g, city, "PART_OF", "长三角"), city
    assert not has_relation(g, "江苏", "PART_OF", "长三角"), "the province is counted, not listed whole"
    assert has_relation(g, "南京", "PART_OF", "江苏")


def test_university_of_california_campuses() -> None:
    g = build("加利福尼亚大学的专利数量居首。加州大学伯克利分校和加州大学旧金山分校均有建树。")
    assert has_relation(g, "加州大学伯克利分校", "PART_OF", "加利福尼亚大学")
    assert has_relation(g, "加州大学旧金山分校", "PART_OF", "加利福尼亚大学")


def test_note_in_brackets_after_a_firm_speaks_of_the_firm() -> None:
    g = build("南湖醫藥有限公司（Nanhu Pharma，2019年被北辰集團收購）在科學園設有辦事處。")
    assert has_relation(g, "南湖医药有限公司", "PART_OF", "北辰集团")
    g = build("南湖醫藥有限公司（北辰集團的合作伙伴，其客戶被東岭集團收購）在科學園設有辦事處。")
    assert not has_relation(g, "南湖医药有限公司", "PART_OF", "东岭集团")


def test_body_the_question_called_otherwise_is_one_body() -> None:
    g = build(
        "醫院管理局的東岭藥物審議委員會(即質詢所指的“東岭藥物評審委員會”)每季開會。東岭藥物評審委員會亦會諮詢病人。"
    )
    by = names(g)
    assert by["東岭藥物評審委員會"] is by["東岭藥物審議委員會"]
    assert has_relation(g, "東岭藥物評審委員會", "PART_OF", "医院管理局")
