"""A Hong Kong or Macao government written flush before one of its bureaus the tables know (香港特區政府X局,
香港特別行政區政府Y署): the bureau is named by its own name, the flush form is one of its aliases, the government
is an entity of the document and the bureau is its PART_OF, whether or not the bureau is also written alone."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_flush_bureau_named_by_its_own_name() -> None:
    g = build("香港特區政府創新科技及工業局局長今日率團到訪南湖市，與當地企業代表會面。")
    by = names(g)
    assert "创新科技及工业局" in {e.name for e in g.entities}
    assert by["香港特區政府創新科技及工業局"].name == "创新科技及工业局"  # type: ignore[attr-defined]
    assert has_relation(g, "创新科技及工业局", "PART_OF", "香港特别行政区政府")


def test_flush_bureau_also_written_alone_keeps_its_part_of() -> None:
    g = build("香港特區政府醫務衞生局局長今日率團訪問東嶺市。\n其後，醫務衞生局與東嶺市衞生健康委員會簽署合作協議。")
    assert has_relation(g, "医务卫生局", "PART_OF", "香港特别行政区政府")


def test_short_department_name_after_the_government() -> None:
    g = build("香港特別行政區政府衞生署今日公布東嶺地區的最新數字。")
    assert "卫生署" in {e.name for e in g.entities}
    assert has_relation(g, "卫生署", "PART_OF", "香港特别行政区政府")


def test_an_act_word_inside_the_department_does_not_split_it() -> None:
    g = build("香港特區政府投資推廣署今日在南湖舉行招商推介活動。")
    assert "投资推广署" in {e.name for e in g.entities}
    assert has_relation(g, "投资推广署", "PART_OF", "香港特别行政区政府")


def test_mainland_general_office_stays_whole() -> None:
    g = build("東嶺市人民政府辦公室今日印發通知。")
    assert not any(r.type == "PART_OF" for r in g.relations)
