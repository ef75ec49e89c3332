"""LOCATED_IN in the ways plans, park news, reports and Legislative Council answers say where a body is.

Every sentence here is written for this file (invented organisations, real places); each states one place
relation the annotation guidelines count (落户, 位于, 在…设立, 建成分校, a park's list of tenants).
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation

LOCATED = [
    # a park's tenants listed after 包括: report and Legislative Council (Traditional) styles
    ("入驻南湖生命科学园的企业包括康瑞生物科技有限公司、南湖医药有限公司等。", "南湖医药有限公司", "南湖生命科学园"),
    (
        "香港科學園現時有超過八百間公司進駐，包括康澤醫療集團及北辰醫學科技有限公司。",
        "北辰医学科技有限公司",
        "香港科学园",
    ),
    ("佛山高新区今年新增二十家企业落户，其中包括康瑞生物科技有限公司。", "康瑞生物科技有限公司", "佛山高新区"),
    # a branch campus agreed between a government and a university: the university settles there
    ("佛山市人民政府与南湖大学签署合作协议，将在佛山高新区建设分校。", "南湖大学", "佛山高新区"),
    ("南湖大學與佛山市人民政府簽署備忘錄，計劃在禪城區成立分校。", "南湖大学", "禅城区"),
    ("北辰医学科技有限公司获佛山市科学技术局资助，计划在禅城区设立研发办公室。", "北辰医学科技有限公司", "禅城区"),
    # a clause that is only a name, then where it is (news and descriptions)
    ("南湖儿童医院，位于沙田，去年底开始接收病人。", "南湖儿童医院", "沙田区"),
    ("北辰醫院，位於薄扶林，是區內的龍頭醫院。", "北辰医院", "薄扶林"),
    # a move: 迁址 / 搬迁到 / 迁入 (the verb is not part of the place's name)
    ("康瑞生物科技有限公司去年迁址佛山高新区。", "康瑞生物科技有限公司", "佛山高新区"),
    ("康瑞生物科技有限公司已搬迁到南湖生命科学园。", "康瑞生物科技有限公司", "南湖生命科学园"),
    ("南湖醫藥有限公司明年將遷入香港科學園。", "南湖医药有限公司", "香港科学园"),
]


@pytest.mark.parametrize("text, head, tail", LOCATED)
def test_located(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert has_relation(g, head, "LOCATED_IN", tail)


def test_park_tenants_are_not_parts_of_the_park() -> None:
    g = build("入驻南湖生命科学园的企业包括康瑞生物科技有限公司、南湖医药有限公司等。")
    assert not has_relation(g, "康瑞生物科技有限公司", "PART_OF", "南湖生命科学园")


def test_firms_a_park_backs_are_not_said_to_be_in_it() -> None:
    g = build("佛山高新区支持的企业包括康瑞生物科技有限公司、南湖医药有限公司。")
    assert not has_relation(g, "南湖医药有限公司", "LOCATED_IN", "佛山高新区")


def test_two_partners_and_an_office_leave_the_settler_unsaid() -> None:
    # only 分校 names whose unit it is; an office could be either side's
    g = build("北辰医学科技有限公司与佛山高新区管理委员会签约，计划在佛山高新区设立研发中心。")
    assert not has_relation(g, "北辰医学科技有限公司", "LOCATED_IN", "佛山高新区")
    assert not has_relation(g, "佛山高新区管理委员会", "LOCATED_IN", "佛山高新区")


def test_a_place_in_a_name_alone_gives_no_location() -> None:
    # annotators mark a place written inside a name only when a sentence also says the body is there
    g = build("佛山生物医药研究院与南湖大学合作开展抗体药物研究。")
    assert not any(r.type == "LOCATED_IN" for r in g.relations)


def test_a_name_closing_a_longer_clause_is_not_carried() -> None:
    # the clause before the comma says something about the name, so the next clause's subject is unsaid
    g = build("佛山市科学技术局表示，位于禅城区的孵化楼已经完工。")
    assert not has_relation(g, "佛山市科学技术局", "LOCATED_IN", "禅城区")


def test_moved_place_keeps_its_own_name() -> None:
    g = build("康瑞生物科技有限公司去年迁址佛山高新区。")
    assert not any(e.name.startswith("迁址") for e in g.entities)


def test_a_relative_clause_places_the_unit_not_its_owner() -> None:
    # 旗下位于Y的Z: Z is in Y; the owner is not said to be there, and the place is no unit of the owner
    g = build("北辰基因公司旗下位於大埔工業邨的北辰檢測實驗室已獲衞生署認可。")
    assert has_relation(g, "北辰检测实验室", "LOCATED_IN", "大埔工业邨")
    assert not has_relation(g, "北辰基因公司", "LOCATED_IN", "大埔工业邨")
    assert not has_relation(g, "大埔工业邨", "PART_OF", "北辰基因公司")


@pytest.mark.parametrize(
    "text, head, tail",
    [
        ("苏州工业园区的康瑞生物科技有限公司和南湖医药有限公司去年营收翻番。", "南湖医药有限公司", "苏州工业园区"),
        ("張江科學城內的南湖藥物研究院及北辰醫療器械有限公司已投入運作。", "北辰医疗器械有限公司", "张江科学城"),
    ],
)
def test_every_member_of_a_list_after_the_place_is_in_it(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "LOCATED_IN", tail)


def test_a_second_place_in_the_list_starts_a_new_owner() -> None:
    g = build("苏州的康瑞生物科技有限公司和深圳的南湖医药有限公司签约。")
    assert has_relation(g, "南湖医药有限公司", "LOCATED_IN", "深圳")
    assert not has_relation(g, "南湖医药有限公司", "LOCATED_IN", "苏州")


@pytest.mark.parametrize(
    "text, head, tail",
    [
        ("北辰創新中心已在前海落成，首批十家企業進駐。", "北辰创新中心", "前海深港现代服务业合作区"),
        ("南湖生命科学园在佛山高新区建成，占地两百亩。", "南湖生命科学园", "佛山高新区"),
        ("南湖大学计划于苏州工业园区设立研究院。", "南湖大学", "苏州工业园区"),
    ],
)
def test_built_or_set_up_in_a_place(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "LOCATED_IN", tail)


def test_the_builder_of_a_named_body_is_not_placed() -> None:
    # 在PLACE建成Y: Y is there (located.at); the builder before 在 is not said to be
    g = build("佛山市人民政府在佛山高新区建成南湖生命科学园。")
    assert has_relation(g, "南湖生命科学园", "LOCATED_IN", "佛山高新区")
    assert not has_relation(g, "佛山市人民政府", "LOCATED_IN", "佛山高新区")


def test_an_affiliation_address_places_the_body_in_its_city() -> None:
    # journal affiliations write province, city and postcode: the city is where the body is
    g = build("（1. 南湖大学药学院，江苏 苏州 215123；2. 北辰医学研究院，广东 深圳 518000）")
    assert has_relation(g, "南湖大学药学院", "LOCATED_IN", "苏州")
    assert has_relation(g, "北辰医学研究院", "LOCATED_IN", "深圳")
    assert not has_relation(g, "南湖大学药学院", "LOCATED_IN", "江苏")


def test_sites_after_zai_are_places_not_partners() -> None:
    g = build("北辰医学科技有限公司在张江、临港两地设有研发中心。")
    assert has_relation(g, "北辰医学科技有限公司", "LOCATED_IN", "张江科学城")
    assert has_relation(g, "北辰医学科技有限公司", "LOCATED_IN", "临港新片区")
    assert not any(r.type == "COOPERATES_WITH" for r in g.relations)


def test_two_places_acting_together_still_cooperate() -> None:
    assert has_relation(build("深圳、香港两地合作建设南湖创新中心。"), "深圳", "COOPERATES_WITH", "香港")


def test_an_unnamed_institute_in_a_list_of_sites() -> None:
    # 研究 in 研究院 is no verb of working together, so the sites are not partners
    g = build("支持南湖大學、北辰理工大學於前海、南沙和橫琴設立研究院。")
    assert has_relation(g, "北辰理工大学", "LOCATED_IN", "横琴粤澳深度合作区")
    assert not any(r.type == "COOPERATES_WITH" for r in g.relations)


def test_a_kind_of_site_named_with_he_zuo_is_no_joint_act() -> None:
    # 合作平台 names what the sites are; the sites do not act together
    g = build("支持在前海、南沙、橫琴等重大合作平台設立南湖國際仲裁中心。")
    assert not any(r.type == "COOPERATES_WITH" for r in g.relations)
