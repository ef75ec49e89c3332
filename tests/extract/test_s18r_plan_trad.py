"""A regional plan outline in Traditional script (issue #10): 依託X建設Y, a province's bare 省 departments in a text
about a city, platforms named by their kind of facility. Sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_built_on_names_the_object_of_the_founding_verb_not_the_earlier_subject() -> None:
    g = build("鼓勵南湖大學、北嶺大學共同參與設施開放共享，依託東江大學建設灣區海洋科學研究中心。")
    assert has_relation(g, "湾区海洋科学研究中心", "RELIES_ON", "东江大学")
    assert not has_relation(g, "南湖大学", "RELIES_ON", "东江大学")
    assert not has_relation(g, "北岭大学", "RELIES_ON", "东江大学")


def test_built_on_in_a_mainland_plan() -> None:
    g = build("支持佛山建設先進製造基地，依托佛山材料实验室组建佛山新材料中试验证平台。")
    assert has_relation(g, "佛山新材料中试验证平台", "RELIES_ON", "佛山材料实验室")
    assert not has_relation(g, "佛山", "RELIES_ON", "佛山材料实验室")


def test_a_place_opening_an_unknown_name_is_not_what_is_built() -> None:
    g = build("依托南湖大学建设浙江海洋观测网络。")
    assert not has_relation(g, "浙江", "RELIES_ON", "南湖大学")


def test_bare_province_department_is_not_given_a_city_as_province() -> None:
    g = build(
        "本港的創新及科技局與香港科技園公司合作。香港將與廣東省人民政府加強合作。"
        "省發展改革委、省財政廳按職責分工落實本章任務。"
    )
    found = names(g)
    assert "香港省发展改革委" not in found and "香港省财政厅" not in found
    assert "省发展改革委" in found


def test_bare_province_department_in_a_province_document_keeps_its_province() -> None:
    g = build("安徽省人民政府办公厅印发通知。省发展改革委负责统筹，省财政厅给予支持。", "ah_notice.txt")
    found = names(g)
    assert not any(n.startswith(("香港省", "安徽市")) for n in found)


def test_platforms_named_by_their_kind_of_facility() -> None:
    g = build("依託廣東省科學院建設灣區國際科技合作基地，推進位於南沙的冷泉生態系統研究裝置建設。")
    found = names(g)
    assert found["湾区国际科技合作基地"].type == "Platform"
    assert found["冷泉生态系统研究装置"].type == "Platform"
    assert has_relation(g, "湾区国际科技合作基地", "RELIES_ON", "广东省科学院")


def test_a_body_of_a_special_administrative_region_government_keeps_its_whole_name() -> None:
    g = build("香港特別行政區政府創新科技署與深圳市科技創新委員會簽署合作協議。")
    found = names(g)
    assert "香港特别行政区政府创新科技署" in found
    assert "行政区政府创新科技署" not in found
    g = build("澳门特别行政区政府经济及科技发展局与珠海市人民政府加强合作。")
    assert has_relation(g, "澳门特别行政区政府经济及科技发展局", "COOPERATES_WITH", "珠海市人民政府")


def test_especially_still_ends_a_name() -> None:
    found = names(build("特别是香港特别行政区政府应加强统筹。"))
    assert "香港特别行政区政府" in found and not any(n.startswith("特别") for n in found)


def test_the_loop_zone_by_its_full_and_short_names_is_one_park() -> None:
    g = build("以河套深港科技創新合作區為節點，支持南湖科技公司在河套設立研發中心。")
    found = names(g)
    assert found["河套深港科技創新合作區"] is found["河套"]  # aliases keep the script of the text


def test_an_excerpt_of_a_plan_outline_is_a_policy_named_without_the_excerpt_note() -> None:
    g = build(
        "南湖灣區城市協同發展規劃綱要（節選）\n\n第五章　科技創新\n\n"
        "根據《北辰灣區發展規劃綱要》，省發展改革委、省財政廳按職責分工落實本章任務。\n",
        "plan_excerpt.txt",
    )
    found = names(g)
    assert "南湖湾区城市协同发展规划纲要" in found
    assert not any(n.endswith("（节选）") for n in found)
    assert has_relation(g, "南湖湾区城市协同发展规划纲要", "REFERS_TO", "北辰湾区发展规划纲要")


def test_places_counted_before_a_noun_are_not_said_to_cooperate() -> None:
    g = build("發揮香港、澳門兩地科研資源優勢，推動產業升級。")
    assert not has_relation(g, "香港", "COOPERATES_WITH", "澳门")
    g = build("香港、澳門兩地共同舉辦南湖創新論壇。")
    assert has_relation(g, "香港", "COOPERATES_WITH", "澳门")


def test_joining_a_kind_of_programme_names_no_programme() -> None:
    assert names(build("支持高校参与国际大科学计划。")) == {}
    assert names(build("一、支持灣區高校和科研機構參與國際大科學計劃。")) == {}


def test_a_programme_after_the_act_that_runs_it_is_still_named() -> None:
    g = build("佛山市科学技术局实施南湖青年科学家计划。")
    assert names(g)["南湖青年科学家计划"].type == "Program"


def test_cross_border_describes_a_kind() -> None:
    assert names(build("一、共建跨境科技創新走廊。")) == {}
    assert "深港跨境科技创新走廊" in names(build("支持建设深港跨境科技创新走廊。"))
