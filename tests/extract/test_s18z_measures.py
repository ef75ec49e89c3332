"""A provincial government's measures with 责任单位 lists (issue #10): sentences in our own words."""

from __future__ import annotations

from tests.extract.helpers import build, names

_HEAD = "浙江省人民政府办公厅关于印发浙江省扶持医疗器械产业若干措施的通知\n浙江省扶持医疗器械产业若干措施\n"


def test_provincial_office_short_form_at_the_end_of_a_responsible_list() -> None:
    g = build(_HEAD + "1．推动器械企业走出去。（责任单位：省商务厅、省外办）\n")
    by = names(g)
    assert by["省外办"].type == "Agency"
    policy = next(r.tail for r in g.relations if r.type == "RESPONSIBLE_FOR" and r.head == by["省商务厅"].id)
    assert any(r.type == "RESPONSIBLE_FOR" and (r.head, r.tail) == (by["省外办"].id, policy) for r in g.relations)


def test_provincial_state_firms_in_a_responsible_list_are_bodies() -> None:
    g = build(_HEAD + "2．加快基站建设。（责任单位：省通信管理局，省电信公司、省能源集团）\n")
    by = names(g)
    assert by["省电信公司"].type == "Company"
    assert by["省能源集团"].type == "Company"


def test_a_level_and_common_words_outside_a_list_stay_a_kind() -> None:
    g = build(_HEAD + "3．引导省能源集团等国有企业参与产业基金。\n")
    assert "省能源集团" not in names(g)


def test_a_list_item_for_every_department_is_no_body() -> None:
    g = build(_HEAD + "4．完善用地政策。（责任单位：省自然资源厅、省有关部门）\n")
    assert "省有关部门" not in names(g)


def test_new_area_committee_is_not_split_as_a_person() -> None:
    g = build("东湖新区生物医药服务平台由江北新区管委会组建。")
    by = names(g)
    assert by["江北新区管委会"].type == "Agency"
    assert not any(e.type == "Person" for e in g.entities)


def test_official_before_a_department_is_still_split() -> None:
    g = build("专项工作组成员：\n王建国市科技局\n")
    assert names(g)["王建国"].type == "Person"


def test_provincial_state_firm_in_a_responsible_column_is_a_body() -> None:
    text = (
        "广东省人民政府办公厅关于印发广东省扶持康复器械产业若干措施的通知\n"
        "附件：任务分工表\n"
        "序号\t重点任务\t责任单位\n"
        "1\t铺设园区光纤网络\t省通信管理局、省铁塔公司\n"
    )
    g = build(text)
    by = names(g)
    assert by["省铁塔公司"].type == "Company"
    assert any(r.type == "RESPONSIBLE_FOR" and r.head == by["省铁塔公司"].id for r in g.relations)
