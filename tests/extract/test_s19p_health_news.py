"""Hong Kong health and biotech news in Traditional Chinese (issue #10, s19p): a spin-off working with the
hospital authority's hospitals, funding schemes named after the verb that obtains them. Invented sentences."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_partner_is_the_unit_under_its_owner() -> None:
    g = build("康晴醫療科技有限公司將與醫院管理局轄下的瑪嘉烈醫院及屯門醫院合作，試用新型監測儀。")
    assert has_relation(g, "康晴醫療科技有限公司", "COOPERATES_WITH", "瑪嘉烈醫院")
    assert has_relation(g, "康晴醫療科技有限公司", "COOPERATES_WITH", "屯門醫院")
    assert not has_relation(g, "康晴醫療科技有限公司", "COOPERATES_WITH", "醫院管理局")


def test_partner_under_a_group_without_de() -> None:
    g = build("南湖大學與北辰集團旗下北辰製藥有限公司簽署合作協議。")
    assert has_relation(g, "南湖大學", "COOPERATES_WITH", "北辰製藥有限公司")


def test_fund_named_after_the_verb_that_obtains_it() -> None:
    g = build("該公司其後取得創新及科技基金撥款，完成臨床驗證。")
    by = names(g)
    assert "創新及科技基金" in by
    assert not any(n.endswith("取得創新及科技基金") for n in by)


def test_person_after_a_manager_title_with_its_remit() -> None:
    g = build("醫管局總行政經理（質素及安全）黃慧琳表示，新系統明年推出。")
    assert names(g)["黃慧琳"].type == "Person"


def test_person_before_a_verb_of_describing() -> None:
    g = build("南湖大學醫學院院長劉志恒形容，這項研究是轉化醫學的好例子。")
    assert names(g)["劉志恒"].type == "Person"


def test_group_firm_called_by_its_stem_without_group_word() -> None:
    g = build("康泰公司與北辰精準醫療集團有限公司簽署協議。北辰精準醫療董事長表示，公司看好香港市場。")
    assert names(g)["北辰精準醫療"] is names(g)["北辰精準醫療集團有限公司"]


def test_partner_named_after_its_place_and_kind() -> None:
    g = build("康泰生物科技有限公司昨日亦與深圳企業北辰精準醫療集團有限公司簽署合作協議。")
    assert has_relation(g, "康泰生物科技有限公司", "COOPERATES_WITH", "北辰精準醫療集團有限公司")
    assert not has_relation(g, "康泰生物科技有限公司", "COOPERATES_WITH", "深圳")


def test_firm_lies_in_the_park_written_as_its_districts() -> None:
    g = build("恆晉醫療科技有限公司總部位於沙田的香港科學園，員工約五十人。")
    assert has_relation(g, "恆晉醫療科技有限公司", "LOCATED_IN", "香港科學園")
    assert has_relation(g, "香港科學園", "LOCATED_IN", "沙田")


def test_support_after_the_location_clause_goes_to_the_firm() -> None:
    g = build("恆晉醫療科技有限公司總部位於沙田的香港科學園，並獲香港科技園公司支援。")
    assert has_relation(g, "香港科技園公司", "SUPPORTS", "恆晉醫療科技有限公司")
    assert not has_relation(g, "香港科技園公司", "SUPPORTS", "香港科學園")


def test_brand_in_quotes_after_a_described_kit() -> None:
    g = build("恆晉醫療科技有限公司宣布，其研發的大腸癌糞便檢測試劑盒「腸安寧」已獲衞生署批准。")
    by = names(g)
    assert by["腸安寧"].type == "Product"
    assert not any(n.endswith("檢測試劑盒") or n.endswith("检测试剂盒") for n in by)
    assert has_relation(g, "恆晉醫療科技有限公司", "DEVELOPED", "腸安寧")
    assert has_relation(g, "衞生署", "SUPPORTS", "腸安寧")


def test_start_up_of_a_university_is_approved_not_the_university() -> None:
    g = build("港大初創研發中風監測手環 獲衞生署批准上市\n\n本報訊，有關產品明年推出。")
    assert not has_relation(g, "衞生署", "SUPPORTS", "港大")
    assert not has_relation(g, "衞生署", "SUPPORTS", "香港大學")


def test_both_sides_found_a_joint_centre_in_a_district() -> None:
    first = "恆晉醫療科技有限公司昨日與深圳企業北辰醫療集團有限公司簽署協議，"
    g = build(first + "雙方將在深圳市南山區合資成立北辰肝病研究院。")
    assert has_relation(g, "恆晉醫療科技有限公司", "FOUNDED", "北辰肝病研究院")
    assert has_relation(g, "北辰醫療集團有限公司", "FOUNDED", "北辰肝病研究院")
    assert not has_relation(g, "深圳", "FOUNDED", "北辰肝病研究院")
    assert has_relation(g, "北辰肝病研究院", "LOCATED_IN", "南山區")


def test_quoted_short_name_before_policy_is_a_policy() -> None:
    g = build("北辰醫療希望借助「港澳藥械通」政策，讓新產品先在大灣區指定醫院使用。")
    assert names(g)["港澳藥械通"].type == "Policy"


def test_scheme_named_after_its_body_funds_the_firm_too() -> None:
    g = build("恆晉醫療科技有限公司曾獲創新科技署「大學科技初創企業資助計劃」資助一百萬元。")
    assert has_relation(g, "創新科技署", "SUPPORTS", "恆晉醫療科技有限公司")
    assert has_relation(g, "大學科技初創企業資助計劃", "SUPPORTS", "恆晉醫療科技有限公司")


def test_bare_company_opening_a_clause_is_the_firm_named_before() -> None:
    g = build("恆晉醫療科技有限公司於二〇二二年成立，公司總部位於沙田的香港科學園。")
    assert has_relation(g, "恆晉醫療科技有限公司", "LOCATED_IN", "香港科學園")


def test_bare_company_with_two_firms_before_points_nowhere() -> None:
    g = build("恆晉醫療科技有限公司與北辰製藥有限公司簽約。公司總部位於香港科學園。")
    assert not has_relation(g, "恆晉醫療科技有限公司", "LOCATED_IN", "香港科學園")
    assert not has_relation(g, "北辰製藥有限公司", "LOCATED_IN", "香港科學園")


def test_bare_faculty_after_its_dean_speaks() -> None:
    g = build("南湖大學醫學院院長周振邦形容，這是轉化研究的好例子，學院會繼續與醫管局及業界合作。")
    assert has_relation(g, "南湖大學醫學院", "COOPERATES_WITH", "醫管局")


def test_professor_of_a_department_founds_not_the_faculty() -> None:
    g = build("恆晉醫療於二〇二二年由南湖大學醫學院外科學系副教授周振邦與兩名研究員共同創立。")
    assert has_relation(g, "周振邦", "FOUNDED", "恆晉醫療")
    assert not has_relation(g, "南湖大學醫學院", "FOUNDED", "恆晉醫療")


def test_brand_after_a_described_therapy_product() -> None:
    g = build("北辰生物醫藥集團有限公司宣布，其研發的CAR-T細胞治療產品「北康賽」已獲國家藥品監督管理局批准上市。")
    assert has_relation(g, "北辰生物醫藥集團有限公司", "DEVELOPED", "北康賽")
