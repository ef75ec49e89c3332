"""A partner marker right after a list comma (成立A和B、与Y共建…) opens the next item of a list of deeds: the
bodies before the comma are objects of the list's earlier verb, not the ones acting with Y. Sentences written for
this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_marker_after_list_comma_report() -> None:
    g = build(
        "过去一年，学校新设南湖药物研究院和东岭康复医学研究所、与浙江大学共建三个联合实验室。",
        "report.txt",
    )
    assert not has_relation(g, "南湖药物研究院", "COOPERATES_WITH", "浙江大学")
    assert not has_relation(g, "东岭康复医学研究所", "COOPERATES_WITH", "浙江大学")
    assert not has_relation(g, "南湖药物研究院", "COOPERATES_WITH", "东岭康复医学研究所")


def test_marker_after_list_comma_news() -> None:
    g = build("该集团去年收购佛山医药有限公司、同南湖大学签署人才培养协议。", "news.txt")
    assert not has_relation(g, "佛山医药有限公司", "COOPERATES_WITH", "南湖大学")


def test_subject_before_marker_still_cooperates() -> None:
    g = build("南湖药物研究院和东岭康复医学研究所与浙江大学共建三个联合实验室。", "report.txt")
    assert has_relation(g, "南湖药物研究院", "COOPERATES_WITH", "浙江大学")
    assert has_relation(g, "东岭康复医学研究所", "COOPERATES_WITH", "浙江大学")
