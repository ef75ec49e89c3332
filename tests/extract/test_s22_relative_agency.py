"""Resolution and header edge cases (sentences written for these tests; 东岭 is an invented city no table knows).

A relative agency form (市卫生健康委, 市政府) in a document whose city is not known used to take the first city of
the agency tables (Shanghai), which put a body of another city in the graph; it now stays as written, and a known
city still gets its own body. A table row under the title is no issuer."""

from __future__ import annotations

from tests.extract.helpers import build


def test_relative_form_in_a_text_of_unknown_city_stays_as_written() -> None:
    g = build("东岭市人民政府关于加强医疗服务的通知\n\n市卫生健康委确定东岭市第一人民医院为区域医疗中心。\n")
    agencies = {e.name for e in g.entities if e.type == "Agency"}
    assert "市卫生健康委" in agencies, agencies
    assert not any(a.startswith("上海") for a in agencies), agencies


def test_relative_form_in_a_text_of_a_known_city_is_that_citys() -> None:
    g = build("宿迁市人民政府关于加强医疗服务的通知\n\n市卫生健康委确定宿迁市第一人民医院为区域医疗中心。\n")
    agencies = {e.name for e in g.entities if e.type == "Agency"}
    assert "宿迁市卫生健康委" in agencies, agencies


def test_relative_form_in_a_shanghai_text_is_the_shanghai_commission() -> None:
    g = build("上海市人民政府关于加强医疗服务的通知\n\n市卫生健康委确定瑞金医院为区域医疗中心。\n")
    agencies = {e.name for e in g.entities if e.type == "Agency"}
    assert "上海市卫生健康委员会" in agencies, agencies


def test_a_table_row_under_the_title_is_no_issuer() -> None:
    """名称\t依托单位 rows right under the title: the two cells of a row are no body's name alone on a header line,
    so no issuer (an entity with no mention in the text) is made of them."""
    g = build(
        "东岭市卫生健康委员会关于公布临床医学研究中心名单的通知\n\n名称\t依托单位\n"
        "国家东岭临床医学研究中心\t南湖医科大学附属东岭医院\n南湖心血管研究中心\t东岭市人民医院\n"
    )
    assert all(e.mentions for e in g.entities), [e.name for e in g.entities if not e.mentions]
    assert {"国家东岭临床医学研究中心", "南湖医科大学附属东岭医院"} <= {e.name for e in g.entities}


def test_an_author_unit_between_body_and_address_still_places_the_body() -> None:
    """东岭大学 国际合作与交流处，浙江 杭州 310058: the office (no entity) stands between the university and
    its address; the university is in the city written last before the postcode."""
    g = build("东岭大学技术转移的实践\n\n张明\n东岭大学 国际合作与交流处，浙江 杭州 310058\n\n摘要：本文讨论转移。\n")
    ents = {e.id: e.name for e in g.entities}
    located = {(ents[r.head], ents[r.tail]) for r in g.relations if r.type == "LOCATED_IN"}
    assert ("东岭大学", "杭州") in located, located
