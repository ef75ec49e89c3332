"""Hong Kong news on a firm opening a testing or production site (issue #10): invented sentences in own words."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_brand_and_group_is_the_full_group() -> None:
    # 杭州青藍醫學科技集團 later called 青藍集團: the seat and the trade words go, 集團 stays
    g = build("杭州青藍醫學科技集團昨日宣布擴充業務。青藍集團在屯門設有倉庫。")
    assert names(g)["青藍集團"].name == "杭州青蓝医学科技集团"


def test_place_and_group_is_no_short_form() -> None:
    g = build("上海醫藥集團昨日公布業績。上海集團的股價上升。")
    found = names(g).get("上海集團")
    assert found is None or found.name != "上海医药集团"


def test_numeral_classifier_ends_no_name() -> None:
    # 一座 before a facility noun: the estate named before stays whole, no facility name is made up
    g = build("該公司將在大埔工業邨再建一座生產基地。")
    assert "大埔工业邨" in names(g)
    assert not any("一座" in e.name for e in g.entities)


def test_kind_of_firm_before_the_name_is_dropped() -> None:
    g = build("本地企業青藍醫療用品有限公司宣布投產。")
    assert "青蓝医疗用品有限公司" in names(g)
    assert not any(e.name.startswith("企业") for e in g.entities)


def test_building_an_unnamed_facility_places_the_builder() -> None:
    g = build("青藍醫療用品有限公司將在元朗工業邨興建防護衣生產線。")
    assert has_relation(g, "青蓝医疗用品有限公司", "LOCATED_IN", "元朗工业邨")


def test_setting_up_a_named_body_does_not_place_the_founder() -> None:
    g = build("南嶺大學在沙田設立南嶺大學材料研究院。")
    assert not has_relation(g, "南岭大学", "LOCATED_IN", "沙田区")


def test_district_council_is_an_agency() -> None:
    g = build("屯門區議會昨日討論新廠房的交通安排。")
    assert names(g)["屯門區議會"].type == "Agency"


def test_ze_after_a_name_ends_a_clause() -> None:
    # 則 after a speaker's name: no centre called 某某則歡迎中心
    g = build("屯門區議會主席黃偉明則歡迎中心落成。")
    assert not any("欢迎" in e.name for e in g.entities)


def test_bare_centre_at_clause_start_points_back() -> None:
    g = build("青藍醫療用品有限公司設立「青藍病毒檢測中心」，服務公立醫院。中心位於屯門區，下月啟用。")
    assert has_relation(g, "青蓝病毒检测中心", "LOCATED_IN", "屯门区")


def test_units_owned_by_the_topic_of_a_clause_chain() -> None:
    g = build(
        "杭州青藍醫學科技集團於二〇一〇年在杭州成立，總部設於濱江區，主要生產診斷試劑，"
        "旗下另有青藍製藥有限公司及青藍醫學檢驗所。"
    )
    assert has_relation(g, "青蓝制药有限公司", "PART_OF", "杭州青蓝医学科技集团")


def test_kind_of_company_before_name_opens_the_clause() -> None:
    g = build("另一方面，本地企業青藍醫療用品有限公司亦宣布，將在元朗工業邨興建口罩生產線。")
    assert has_relation(g, "青蓝医疗用品有限公司", "LOCATED_IN", "元朗工业邨")


def test_quoted_brand_after_a_device_kind_is_a_product() -> None:
    g = build("青藍集團推出手提基因測序儀「青藍二號」。")
    assert names(g)["青藍二號"].type == "Product"


def test_bare_product_word_points_back() -> None:
    g = build("青藍集團推出手提基因測序儀「青藍二號」。該產品已獲國家藥品監督管理局批准上市。")
    assert has_relation(g, "国家药品监督管理局", "SUPPORTS", "青蓝二号")


def test_clause_with_also_at_a_time_keeps_the_subject() -> None:
    g = build("青藍集團曾在長沙建立檢測實驗室，並於去年在香港科學園成立研發中心。")
    assert has_relation(g, "青蓝集团", "LOCATED_IN", "香港科学园")
    assert has_relation(g, "青蓝集团", "LOCATED_IN", "长沙")


def test_once_co_organised_keeps_the_subject() -> None:
    g = build("青藍集團是南湖生物科技協會的會員，並曾協辦南湖精準醫學論壇。")
    assert has_relation(g, "青蓝集团", "ORGANIZES", "南湖精准医学论坛")


def test_quote_opening_a_name_is_no_gap() -> None:
    g = build("其中長沙的「青雲實驗室」只用了一星期建成。")
    assert has_relation(g, "青云实验室", "LOCATED_IN", "长沙")
    g = build("位於屯門的「青雲實驗室」已投入運作。")
    assert has_relation(g, "青云实验室", "LOCATED_IN", "屯门区")
