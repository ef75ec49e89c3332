"""Hong Kong and Macao releases (s27g): one body under every name the release gives it (特区政府 after a verb,
a short form glossed with 简称：, a quoted tail of an office's name, 澳大), a university and not its unnamed
campus, the commissioner's offices of the foreign ministry, and no person read out of a count or a greeting."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _pairs(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


def test_sar_government_after_a_verb_is_the_one_government() -> None:
    g = build(
        "香港特区政府今日公布新措施。行政长官到访沙田一家初创公司，了解特区政府及东岭科技有限公司如何协助业界。"
        "特区政府会继续支援香港的创科发展。"
    )
    governments = [e for e in g.entities if e.type == "Agency" and e.name.endswith("政府")]
    assert [e.name for e in governments] == ["香港特别行政区政府"]


def test_short_form_after_jiancheng_and_a_colon_is_an_alias() -> None:
    g = build("南湖投资有限公司与北岭省合作建设「东岭中药科技产业园」(简称:「产业园」)。双方将推动产业园扩大招商。")
    park = names(g).get("东岭中药科技产业园")
    assert park is not None
    assert "产业园" in park.aliases
    assert not any(e.name.startswith("：") or e.name.startswith("「") for e in g.entities)


def test_new_campus_is_its_university() -> None:
    g = build("东岭大学新校区建设进度良好，预计明年落成。")
    assert "东岭大学" in {e.name for e in g.entities if e.type == "University"}
    assert "东岭大学新校区" not in {e.name for e in g.entities}


def test_campus_written_after_its_place_is_the_known_university() -> None:
    g = build("目前北岭岛澳门大学校区建设进度良好。")
    assert {e.name for e in g.entities if e.type == "University"} == {"澳门大学"}


def test_campus_named_by_its_place_after_the_university_stays_whole() -> None:
    g = build("签约仪式在南湖大学西溪校区举行。")
    assert "南湖大学西溪校区" in {e.name for e in g.entities}


def test_ao_da_is_the_university_of_macau() -> None:
    pairs = _pairs("澳大与南湖大学签署合作协议，双方将共建联合实验室。")
    assert ("澳门大学", "COOPERATES_WITH", "南湖大学") in pairs or ("南湖大学", "COOPERATES_WITH", "澳门大学") in pairs


def test_ao_da_inside_a_bridge_or_a_country_is_no_university() -> None:
    g = build("东岭公司参与港珠澳大桥的维护工程，并在澳大利亚设立分公司。")
    assert "澳门大学" not in {e.name for e in g.entities}
    assert "澳大利亚" in {e.name for e in g.entities}


def test_unit_of_a_country_named_university_is_not_part_of_ao_da() -> None:
    pairs = _pairs("澳门大学与澳大利亚国立大学签署备忘录。澳大校长出席仪式。")
    assert not any(t == "PART_OF" for _, t, _ in pairs)


def test_commissioners_office_of_the_foreign_ministry_is_one_body() -> None:
    g = build("外交部驻澳特派员公署特派员李某出席了东岭大学的典礼。")
    agencies = {e.name for e in g.entities if e.type == "Agency"}
    assert "中华人民共和国外交部驻澳门特别行政区特派员公署" in agencies
    assert "中华人民共和国外交部" not in agencies


def test_name_before_ji_does_not_take_it() -> None:
    g = build("南湖市委书记陈立及市领导在东岭大学举行会晤。")
    persons = {e.name for e in g.entities if e.type == "Person"}
    assert "陈立及" not in persons


def test_count_of_officers_before_a_title_is_no_person() -> None:
    g = build("该办公室为项目组，由一名主任领导及两名副主任辅助。")
    assert not [e for e in g.entities if e.type == "Person"]


def test_quoted_tail_of_an_office_is_the_office() -> None:
    g = build(
        "公报今日刊登批示，设立「东岭中药产业园筹备办公室」，负责协调园区的设立。「筹备办公室」为项目组，存续期一年。"
    )
    offices = [e for e in g.entities if e.type == "Agency" and e.name.endswith("办公室")]
    assert [e.name for e in offices] == ["东岭中药产业园筹备办公室"]
    assert "筹备办公室" in offices[0].aliases


def test_chair_greeted_in_a_council_speech_is_no_person() -> None:
    g = build("以下是局长今日在立法会的开场发言全文：\n\n主席、各位委员：\n\n今年的施政报告有多项措施。\n")
    assert "主席" not in {e.name for e in g.entities if e.type == "Person"}


def test_exhibition_hall_is_no_agency() -> None:
    g = build("双方在东岭新区规划展示厅举行工作会晤，会后在学术报告厅举行讲座。")
    assert not [e for e in g.entities if e.type == "Agency"]


def test_registered_firm_opening_with_place_and_invest_stays_whole() -> None:
    g = build("东莞投资发展股份有限公司与北岭省中医药管理局签署合作协议。")
    assert "东莞投资发展股份有限公司" in {e.name for e in g.entities if e.type == "Company"}


def test_qianhai_short_name_is_the_zone() -> None:
    g = build("数码港与前海管理局签署合作备忘录，共同促进香港与前海深港合作区的科技合作，支持初创在前海落地。")
    zones = [e for e in g.entities if e.type == "Park" and "前海" in e.name]
    assert len(zones) == 1


def test_zone_after_its_grade_is_the_known_zone() -> None:
    g = build("校方成立东岭科技研究院，后将该院迁至国家级新区横琴新区。")
    parks = {e.name for e in g.entities if e.type == "Park"}
    assert parks == {"横琴粤澳深度合作区"}


def test_category_of_national_key_labs_is_no_lab() -> None:
    g = build("东岭大学的「全国重点实验室」昨日获授牌，四所全国重点实验室将服务国家。")
    assert "全国重点实验室" not in {e.name for e in g.entities}


def test_bureau_under_its_former_name_beside_the_new_one_is_one_body() -> None:
    g = build("创新科技及工业局局长出席东岭科技园的启动仪式。局长表示，创新及科技局多年来一直支持东岭科技园的发展。")
    bureaus = {e.name for e in g.entities if e.type == "Agency" and e.name.endswith("局")}
    assert bureaus == {"创新科技及工业局"}


def test_bureau_under_its_former_name_alone_keeps_that_name() -> None:
    g = build("创新及科技局今日公布新一轮东岭科技资助计划的结果。")
    assert "创新及科技局" in {e.name for e in g.entities}
