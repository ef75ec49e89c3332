"""Hong Kong Legislative Council replies and news about universities, medical schools and hospitals
(Traditional script): faculties named by a university's short form, hospitals in clusters, funding of
universities listed with bracketed short forms, and question words that end a clause before a name.
The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_faculty_short_form_is_the_faculty_named_in_full() -> None:
    g = build(
        "香港大學李嘉誠醫學院今年增收學生。港大李嘉誠醫學院院長表示，港大醫學院會與港大牙醫學院合作。",
        "legco_faculty.txt",
    )
    by = names(g)
    assert by["港大醫學院"] is by["香港大學李嘉誠醫學院"]
    assert by["港大李嘉誠醫學院"] is by["香港大學李嘉誠醫學院"]
    # a dental school is another faculty: 医学院 does not absorb 牙医学院
    assert by["港大牙醫學院"] is not by["香港大學李嘉誠醫學院"]


def test_faculty_short_form_without_full_name_stays_apart_when_two_fit() -> None:
    g = build("中大醫學院與中大李嘉誠醫學院及中大邵逸夫醫學院均有參與。", "news_two.txt")
    by = names(g)
    assert by["中大醫學院"] is not by.get("中大李嘉誠醫學院")


def test_short_form_of_a_medical_school_joins_its_full_name() -> None:
    g = build("香港中文大學醫學院去年擴建。中大醫學院的教授表示歡迎。", "news_cu.txt")
    by = names(g)
    assert by["中大醫學院"] is by["香港中文大學醫學院"]


def test_hospital_belongs_to_its_cluster() -> None:
    g = build("南湖醫院屬九龍中聯網，而北區醫院屬新界東聯網。", "legco_cluster.txt")
    assert has_relation(g, "南湖醫院", "PART_OF", "九龍中聯網")
    assert has_relation(g, "北區醫院", "PART_OF", "新界東聯網")
    assert not has_relation(g, "南湖醫院", "PART_OF", "新界東聯網")


def test_funding_reaches_every_university_of_a_list_with_bracketed_short_forms() -> None:
    g = build("創新及科技基金資助香港城市大學（城大）與香港浸會大學（浸大）合作研發診斷工具。", "legco_itf.txt")
    assert has_relation(g, "創新及科技基金", "SUPPORTS", "香港城市大學")
    assert has_relation(g, "創新及科技基金", "SUPPORTS", "香港浸會大學")
    assert has_relation(g, "香港城市大學", "COOPERATES_WITH", "香港浸會大學")


def test_a_different_thing_in_brackets_is_not_a_gloss() -> None:
    g = build("基金資助廣東（珠三角）與香港科技大學合作。", "news_gloss.txt")
    assert not has_relation(g, "廣東", "COOPERATES_WITH", "珠三角")


def test_question_words_end_a_clause_before_a_hospital() -> None:
    g = build("何議員問：醫管局會否擴建屯門醫院及伊利沙伯醫院？", "legco_q.txt")
    by = names(g)
    assert "屯門醫院" in by
    assert not any("會否" in n or "擴建" in n for n in by)


def test_among_them_opens_a_clause_before_a_university() -> None:
    g = build("教資會向八所大學撥款，當中香港大學獲資助開辦醫科課程。", "legco_among.txt")
    by = names(g)
    assert "香港大學" in by
    assert not any(n.startswith("當中") for n in by)


def test_lingnan_and_education_university_short_forms() -> None:
    g = build("嶺南大學（嶺大）與香港教育大學今年合辦課程。教大表示歡迎，嶺大亦同意。", "news_lu.txt")
    by = names(g)
    assert by["嶺大"] is by["嶺南大學"]
    assert by["教大"] is by["香港教育大學"]


def test_a_news_headline_ending_in_a_head_word_is_no_issuer() -> None:
    g = build(
        "南湖大學與北區醫院簽協議 港府撥款設新診斷中心\n【本報訊】南湖大學昨日與北區醫院簽署合作協議。",
        "news_headline.txt",
    )
    assert g.document.issuer is None
    assert not any("撥款" in n or "拨款" in n for n in names(g))


def test_a_university_council_is_named_and_part_of_its_university() -> None:
    g = build("香港浸會大學校董會負責監察香港浸會大學教職員的私人執業。", "legco_council.txt")
    assert has_relation(g, "香港浸會大學校董會", "PART_OF", "香港浸會大學")
    assert not any(n.startswith("大學校董會") for n in names(g))


def test_a_long_hospital_name_and_its_first_word_are_one_hospital() -> None:
    g = build(
        "病童被轉介到大口環根德公爵夫人兒童醫院接受復康治療。記者翻查資料，大口環醫院去年的輪候時間最長。",
        "news_hospital_head.txt",
    )
    by = names(g)
    assert by["大口環醫院"] is by["大口環根德公爵夫人兒童醫院"]


def test_an_owners_hospital_is_called_by_its_last_words() -> None:
    g = build(
        "仁濟會南灣醫院於1980年啟用。只有新界西的南灣醫院設有日間化療中心。",
        "news_hospital_tail.txt",
    )
    by = names(g)
    assert by["南灣醫院"] is by["仁濟會南灣醫院"]
    assert has_relation(g, "仁濟會南灣醫院", "LOCATED_IN", "新界西")


def test_two_hospitals_ending_alike_keep_a_short_form_apart() -> None:
    g = build("雅麗氏何妙齡那打素醫院與東區尤德夫人那打素醫院合作。那打素醫院的醫生表示歡迎。", "news_two_hosp.txt")
    by = names(g)
    assert by["雅麗氏何妙齡那打素醫院"] is not by["東區尤德夫人那打素醫院"]
    assert "打素醫院" not in by


def test_a_schools_teaching_hospitals_named_after_the_verb() -> None:
    g = build("中大醫學院的教學醫院為威爾斯親王醫院及沙田醫院。", "legco_teaching.txt")
    assert has_relation(g, "威爾斯親王醫院", "PART_OF", "中大醫學院")
    assert has_relation(g, "沙田醫院", "PART_OF", "中大醫學院")


def test_a_known_hospital_after_a_subject_and_its_verb_is_named_alone() -> None:
    g = build("議員關注醫管局重建廣華醫院的進度，並問政府會否擴建明愛醫院。", "legco_rebuild.txt")
    by = names(g)
    assert "廣華醫院" in by and "明愛醫院" in by
    assert not any(n.endswith("醫院") and ("重建" in n or "擴建" in n) for n in by)


def test_an_owner_before_a_known_hospital_stays_in_its_name() -> None:
    g = build("東華三院廣華醫院及仁濟醫院均有參與。", "news_owner.txt")
    assert "東華三院廣華醫院" in names(g)


def test_a_faculty_of_no_named_university_is_a_kind() -> None:
    g = build("陳議員作為大學中醫藥學院的前任院長，十分關注香港大學牙醫學院的發展。", "legco_kind.txt")
    by = names(g)
    assert not any(n.startswith("大學") for n in by)
    assert "香港大學牙醫學院" in by


def test_the_office_a_person_held_is_not_part_of_the_faculty_name() -> None:
    g = build("何教授曾任香港理工大學護理學院院長，現任香港浸會大學中醫藥學院教授。", "news_bio.txt")
    by = names(g)
    assert "香港理工大學護理學院" in by
    assert "香港浸會大學中醫藥學院" in by
    assert not any(n.startswith(("任", "現任")) for n in by)


def test_a_university_followed_by_the_modal_hui_is_no_society() -> None:
    g = build("獲教資會資助的香港城市大學會增加學額，南湖大學會考慮有關建議。", "legco_modal.txt")
    by = names(g)
    assert "香港城市大學" in by and "南湖大學" in by
    assert not any(n.endswith("大學會") for n in by)
    assert has_relation(g, "教資會", "SUPPORTS", "香港城市大學")


def test_a_headline_of_two_parties_acting_together_is_no_issuer() -> None:
    g = build(
        "南湖醫院與港大醫學院合作開設臨床培訓中心\n（本報記者）南湖醫院昨日宣布與香港大學李嘉誠醫學院合作。",
        "news_headline2.txt",
    )
    assert g.document.issuer is None
    assert not any("開設" in n or "开设" in n for n in names(g))


def test_an_agency_alone_on_the_first_line_is_still_the_issuer() -> None:
    g = build("南湖市衞生健康委員會\n關於加強醫院管理的通知\n各醫院：現通知如下。", "notice.txt")
    assert g.document.issuer is not None


def test_hong_kong_medical_bodies_by_their_short_forms() -> None:
    g = build("醫委會、牙委會及醫專已就指引諮詢大學資助委員會。", "legco_bodies.txt")
    by = names(g)
    assert by["醫委會"].name == "香港医务委员会"
    assert by["牙委會"].name == "香港牙医管理委员会"
    assert by["醫專"].name == "香港医学专科学院"
    assert by["大學資助委員會"].name == "大学教育资助委员会"
    # 资助 inside the committee's name funds no one
    assert not any(r.type == "SUPPORTS" for r in g.relations)


def test_a_citys_or_universitys_hospital_lends_no_short_form() -> None:
    g = build("中山大學附屬第一醫院與中山醫院合作。上海市第一人民醫院的醫生到人民醫院交流。", "news_mainland.txt")
    by = names(g)
    assert by["中山醫院"] is not by["中山大學附屬第一醫院"]
    assert "人民醫院" not in by
