"""PART_OF and MEMBER_OF spread over lists of places and bodies (invented sentences, several genres).

A region made up of places (X由A、B等N个城市组成, X包括A、B两市和C, X包括A和某地九市（a、b…）) has each place
for a part; the places a pilot plan picks (选择A、B等N个城市…Y试点, N个试点城市（A、B）) are members of the pilot;
the bodies that staff a group's office (办公室设在Z，由A、B派员参加) are members of the office."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_region_made_of_counted_cities() -> None:
    g = build("规划指出，长三角城市群由上海、南京、杭州、合肥等26个城市组成，是我国经济最活跃的区域之一。")
    for city in ("上海", "南京", "杭州", "合肥"):
        assert has_relation(g, city, "PART_OF", "长三角"), city


def test_body_of_a_region_made_of_experts_is_no_region_of_places() -> None:
    g = build("长三角城市群的专家咨询委员会由上海、杭州两地的高校学者组成。")
    assert not has_relation(g, "杭州", "PART_OF", "长三角")


def test_counted_places_spelled_out_in_brackets_belong_to_the_whole() -> None:
    g = build(
        "据东岭研究院测算，粤港澳大湾区包括澳门、香港和珠三角九市（肇庆、惠州、江门、珠海、中山、东莞、佛山、深圳、广州），"
        "常住人口逾八千万。"
    )
    for city in ("广州", "肇庆", "香港"):
        assert has_relation(g, city, "PART_OF", "粤港澳大湾区"), city
    assert has_relation(g, "佛山", "PART_OF", "珠三角")
    # the item listed is the nine cities counted, which the bracket names, not the region they are named after
    assert not has_relation(g, "珠三角", "PART_OF", "粤港澳大湾区")


def test_list_of_places_goes_on_past_a_count_of_their_kind() -> None:
    g = build("粤港澳大湾区由香港、澳门两个特别行政区和广东省广州市、深圳市、珠海市等九市组成。")
    for city in ("澳门", "广州", "珠海"):
        assert has_relation(g, city, "PART_OF", "粤港澳大湾区"), city


def test_places_picked_for_a_pilot_named_clauses_later() -> None:
    text = (
        "为开展药品带量采购改革试点，制定本方案。\n"
        "选择天津、重庆、杭州和厦门4个城市，从公立医院用量大的品种中遴选试点药品，药品带量采购改革试点，"
        "实现药价明显降低。"
    )
    g = build(text)
    for city in ("天津", "重庆", "杭州", "厦门"):
        assert has_relation(g, city, "MEMBER_OF", "药品带量采购改革试点"), city


def test_counted_pilot_cities_in_brackets_traditional() -> None:
    g = build("國家醫保局確定5個試點城市（天津、杭州、成都、西安、廈門），開展按病種分值付費改革試點。")
    for city in ("天津", "西安"):
        assert has_relation(g, city, "MEMBER_OF", "按病种分值付费改革试点"), city


def test_counted_places_without_a_choosing_verb_set_only_a_scope() -> None:
    g = build("天津、重庆、杭州和厦门4个城市的医院参加了问卷调查，并开展医疗服务价格改革试点。")
    assert not has_relation(g, "杭州", "MEMBER_OF", "医疗服务价格改革试点")


def test_bodies_staffing_an_office_hosted_by_one_of_them() -> None:
    g = build(
        "佛山市中医药发展领导小组办公室设在佛山市卫生健康委员会，由佛山市卫生健康委员会、佛山市财政局、"
        "佛山市科学技术局选派人员参加，负责日常工作。"
    )
    for body in ("佛山市财政局", "佛山市科学技术局", "佛山市卫生健康委员会"):
        assert has_relation(g, body, "MEMBER_OF", "佛山市中医药发展领导小组办公室"), body


def test_a_bureau_holding_an_event_has_no_member_bodies() -> None:
    g = build("东岭市科学技术局举办中医药创新论坛，由东岭市财政局、东岭市医疗保障局派员参加。")
    assert not has_relation(g, "东岭市财政局", "MEMBER_OF", "东岭市科学技术局")


def test_a_city_qualifying_a_staffing_body_is_no_member() -> None:
    g = build("佛山市中医药发展领导小组办公室设在佛山市卫生健康委员会，由佛山市财政局派员参加。")
    assert not has_relation(g, "佛山", "MEMBER_OF", "佛山市中医药发展领导小组办公室")


def test_lead_body_and_bodies_taking_part_make_up_a_working_group() -> None:
    g = build("成立佛山市中医药传承工作组，由佛山市卫生健康局牵头，佛山市财政局、佛山市科学技术局等部门参加。")
    for body in ("佛山市卫生健康局", "佛山市财政局", "佛山市科学技术局"):
        assert has_relation(g, body, "MEMBER_OF", "佛山市中医药传承工作组"), body


def test_members_counted_before_they_are_named() -> None:
    g = build("据介绍，北辰生物医药创新联盟现有成员单位42家，包括南湖大学、北辰医院和康瑞生物科技有限公司。")
    for body in ("南湖大学", "北辰医院", "康瑞生物科技有限公司"):
        assert has_relation(g, body, "MEMBER_OF", "北辰生物医药创新联盟"), body


def test_cities_a_provinces_de_governs_are_the_parts_traditional() -> None:
    g = build(
        "南湖學會指出，粵港澳大灣區包括澳門、香港及廣東省的深圳、廣州、東莞、肇慶、江門、中山、佛山、惠州和珠海九個城市。"
    )
    assert has_relation(g, "肇庆", "PART_OF", "粤港澳大湾区")
    assert has_relation(g, "澳门", "PART_OF", "粤港澳大湾区")
    assert not has_relation(g, "广东", "PART_OF", "粤港澳大湾区")
