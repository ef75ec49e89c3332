"""News outlets named by the conventions of a news item (issue #10, session 20, helper k): the dateline, the
source line of a web page, a report cited with 据, a reporter's byline. Outlets and sentences written for these
tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _companies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Company"}


def test_the_dateline_names_the_outlet_even_when_it_holds_a_place() -> None:
    assert "南湖新闻网" in _companies("南湖新闻网3月8日电 东岭大学与南湖大学昨日签署合作协议，共建联合实验室。\n")
    assert "东岭日报" in _companies("东岭日报南湖5月2日电 南湖市今年将新建三座产业园。\n")


def test_the_source_line_of_a_web_page() -> None:
    text = "东岭大学牵手南湖\n发布时间：2023-05-06 10:00来源：东岭网-南湖频道\n5月5日，东岭大学南湖研究院揭牌。\n"
    assert "东岭网-南湖频道" in _companies(text)


def test_a_figure_source_or_a_data_source_is_no_outlet() -> None:
    filler = "本报告分析了东岭市生物医药产业的发展现状与趋势。" * 20
    assert "东岭时报" not in _companies(filler + "\n图3 企业数量变化\n来源：东岭时报\n")
    assert "东岭网" not in _companies("数据来源：东岭网，经整理。\n南湖市去年新增企业三百家。\n")


def test_a_report_cited_with_ju_and_a_reporters_byline() -> None:
    assert "南湖通讯社" in _companies("据南湖通讯社报道，东岭大学将于明年设立医学院。")
    assert "东岭晚报" in _companies("（东岭晚报记者 周文）南湖市科技局昨日公布新一批资助项目。")


def test_no_outlet_from_a_policy_document_or_a_government_site() -> None:
    assert not _companies("来源：南湖市人民政府网\n南湖市人民政府关于印发某某办法的通知\n")
