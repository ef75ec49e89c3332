"""Coordination with a shared part (issue #10, helper s18o).

Invented texts of three genres: a city's measures with their 责任单位 lines, a provincial notice and a report that
list departments under one level of government, and Hong Kong news in Traditional characters where two owners
share one faculty. Each names the shared-part reading and one construction that must stay as it is.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

MEASURES = """佛山市人民政府办公室关于印发佛山市促进医疗器械产业发展若干措施的通知

各区人民政府，市政府各部门：
现将《佛山市促进医疗器械产业发展若干措施》印发你们，请结合实际抓好落实。

一、建设检测公共平台。对新建的检测平台按投入的三成给予补助。（责任单位：市发展改革委、科技局、财政局）
二、支持医院开展产品试用。（责任单位：市卫生健康委、市市场监管局）
三、加强基层推广。各区、县卫生健康部门负责本辖区的组织实施。
"""


def test_a_city_level_is_shared_along_a_list_of_departments() -> None:
    """市发展改革委、科技局、财政局: the two bare departments are the city's, found although their words are
    ordinary, and each is responsible for the measures."""
    g = build(MEASURES)
    by = names(g)
    for short in ("科技局", "财政局"):
        assert short in by, short
        assert by[short].name == "佛山市" + short
    policy = next(e.name for e in g.entities if e.type == "Policy" and e.name.startswith("佛山市人民政府办公室"))
    assert has_relation(g, "科技局", "RESPONSIBLE_FOR", policy)
    assert has_relation(g, "财政局", "RESPONSIBLE_FOR", policy)


def test_a_kind_of_local_department_stays_generic() -> None:
    """各区、县卫生健康部门 names every district's department: a kind, no entity."""
    g = build(MEASURES)
    assert not any("卫生健康部门" in e.name for e in g.entities)


def test_a_list_of_departments_with_no_city_known_names_a_kind() -> None:
    """In a text that names no city, 市发展改革委、科技局、财政局 is every city's departments: nothing is found."""
    g = build("各地要建立协调机制，由市发展改革委、科技局、财政局共同研究具体办法，逐项抓好落实。")
    assert "财政局" not in names(g)


def test_a_province_level_is_shared_by_a_department_known_nationally() -> None:
    """省教育厅、卫生健康委: the province's commission, not the national one the short name alone would give."""
    g = build(
        "安徽省人民政府办公厅关于加强基层医学人才培养的通知\n\n"
        "省教育厅、卫生健康委要共同制定培养计划，省财政厅给予经费保障。"
    )
    e = names(g)["卫生健康委"]
    assert e.name.endswith("省卫生健康委")
    assert "国家" not in e.name


def test_a_named_province_is_shared_too() -> None:
    g = build("湖南省人民政府办公厅关于开展产业调研的通知\n\n湖南省发展改革委和科技厅联合开展调研，按季通报。")
    assert names(g)["科技厅"].name == "湖南省科技厅"


def test_a_national_body_after_a_local_one_keeps_its_level() -> None:
    """市药监局和国家药监局: a department written with its own level does not take the one before it."""
    g = build(
        "上海市人民政府办公厅关于推进药品审评工作的通知\n\n市药监局和国家药监局加强协作，市科委、科技部共同支持。"
    )
    by = names(g)
    assert by["国家药监局"].name == "国家药品监督管理局"
    assert "上海" not in by["科技部"].name


HK_NEWS = """兩間醫學院合辦臨床研究課程

港大和中大醫學院昨日宣布合辦臨床研究課程，明年起，首年招收四十名學員。港科大與港理大兩校亦簽署備忘錄，
在人工智能醫療方面合作。
"""


def test_two_short_owners_share_a_faculty() -> None:
    """港大和中大醫學院 names two faculties (the owners are short forms of two Hong Kong universities): 港大 is
    not a mention of the university here, and the two faculties act together."""
    g = build(HK_NEWS)
    by = names(g)
    hku = next(e for e in g.entities if e.name in ("港大医学院", "香港大学医学院"))
    assert hku.type == "University"
    assert "港大" not in by or by["港大"] is hku
    assert "中大醫學院" in by
    assert has_relation(g, hku.name, "COOPERATES_WITH", "中大醫學院")


def test_media_short_forms_of_two_universities() -> None:
    """港科大與港理大兩校: both short forms are the universities, and the two cooperate."""
    g = build(HK_NEWS)
    by = names(g)
    assert by["港理大"].name == "香港理工大学"
    assert has_relation(g, "港科大", "COOPERATES_WITH", "港理大")


def test_a_university_with_another_s_faculty_stays_apart() -> None:
    """香港科技大学与斯坦福大学医学院合作, 复旦大学和上海交通大学医学院: two partners, not two faculties (与
    reads as 'with'; full names of the owners are not the compact style that drops a head)."""
    g = build("香港科技大学与斯坦福大学医学院合作成立研究中心。复旦大学和上海交通大学医学院共同建设转化平台。")
    by = names(g)
    assert by["香港科技大学"].name == "香港科技大学"
    assert by["复旦大学"].name == "复旦大学"


def test_a_faculty_named_in_full_elsewhere_is_shared() -> None:
    """香港大學醫學院 in full, then 香港大學及香港中文大學醫學院: the document has named the first faculty itself."""
    g = build("香港大學醫學院院長表示，當局會與香港大學及香港中文大學醫學院商討新課程。")
    assert not any(e.name == "香港大学" for e in g.entities)
    assert any(e.name == "香港中文大学医学院" for e in g.entities)


def test_places_share_a_stock_exchange() -> None:
    """上海、深圳证券交易所: two exchanges; 上海 standing alone in it is not the city."""
    g = build("今年以来，共有十二家生物医药企业在上海、深圳证券交易所上市，募集资金超过百亿元。")
    by = names(g)
    assert by["深圳证券交易所"].type == "Platform"
    assert any(e.name == "上海证券交易所" and e.type == "Platform" for e in g.entities)
    assert not any(e.name == "上海" for e in g.entities)


def test_a_shared_field_before_a_generic_head_stays_generic() -> None:
    """生物医药和人工智能产业园: a description of kinds of park, no entity."""
    g = build("加快建设生物医药和人工智能产业园，引进一批龙头企业。")
    assert not any("产业园" in e.name for e in g.entities)
