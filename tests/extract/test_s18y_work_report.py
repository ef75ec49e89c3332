"""A mainland city government work report (issue #10): sentences in our own words."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_speaker_on_behalf_of_the_city_government_is_no_part_of_its_name() -> None:
    text = "东岭市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告政府工作，请审议。"
    text += "东岭市去年经济平稳增长。\n"
    assert not any(e.name.startswith("代表") for e in build(text).entities)


def test_centre_that_adds_sub_centres_is_named_alone() -> None:
    by = names(build("去年，苏州国家智能制造创新中心新增分中心两家。"))
    assert "苏州国家智能制造创新中心" in by
    assert not any("新增" in n for n in by)


def test_programme_named_after_adding_keeps_its_name() -> None:
    assert any("新增" in n for n in names(build("关爱基金新增援助项目为病人提供药费资助。")))


def test_games_and_exchange_week_are_events() -> None:
    by = names(build("办好第九届东岭市民运动会，与澳门特区政府共同举办榕澳青年交流周。"))
    assert by["东岭市民运动会"].type == "Event"
    assert by["榕澳青年交流周"].type == "Event"


def test_congress_runs_on_to_its_session_on_the_title_line() -> None:
    text = "政府工作报告\n——2025年1月8日在苏州市第十七届人民代表大会第四次会议上\n各位代表：\n苏州去年经济平稳增长。\n"
    by = names(build(text))
    assert by["苏州市第十七届人民代表大会第四次会议"].type == "Event"


def test_university_building_a_new_campus_in_a_district_is_located_there() -> None:
    g = build("支持暨南大学在番禺区建设新校区，扩大办学规模。")
    assert has_relation(g, "暨南大学", "LOCATED_IN", "番禺区")


def test_company_completing_a_second_plant_in_a_district_is_located_there() -> None:
    g = build("远航汽车有限公司在花都区建成第二生产基地，年产整车二十万辆。")
    assert has_relation(g, "远航汽车有限公司", "LOCATED_IN", "花都区")


def test_partners_building_a_base_together_found_it() -> None:
    g = build("番禺区与华南理工大学合作建设大湾区青年科创孵化基地，首批入驻团队三十个。")
    assert has_relation(g, "华南理工大学", "FOUNDED", "大湾区青年科创孵化基地")
    assert has_relation(g, "番禺区", "COOPERATES_WITH", "华南理工大学")


def test_place_and_its_partner_company_are_two_names() -> None:
    by = names(build("黄埔区与远航汽车有限公司签署投资协议。"))
    assert "远航汽车有限公司" in by
    assert not any(n.startswith("黄埔区与") for n in by)


def test_next_generation_platform_is_a_kind_of_product() -> None:
    by = names(build("远航汽车有限公司发布新一代智能座舱平台，订单同比增长。"))
    assert not any(n.endswith("智能座舱平台") for n in by)


def test_big_science_research_facility_is_a_platform() -> None:
    by = names(build("全力支持脑图谱大科学研究设施建设，力争明年投入运行。"))
    assert by["脑图谱大科学研究设施"].type == "Platform"


def test_group_named_by_a_two_character_contraction_is_a_company() -> None:
    assert names(build("今年，广药集团推出三款中成药新品。"))["广药集团"].type == "Company"


def test_kind_of_group_stays_generic() -> None:
    assert "医疗集团" not in names(build("推进紧密型医疗集团建设。"))
