"""A relative agency form (市卫生健康委, 市政府) in a document whose city is not known (sentences written for these
tests; 东岭 is an invented city that no table knows).

Before, such a form took the first city of the agency tables (Shanghai), which put a body of another city in
the graph; it now stays as written, and a known city still gets its own body."""

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
