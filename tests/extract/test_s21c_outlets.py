"""News outlets named by the mark that opens an item (invented items, simplified and Traditional script).

A paper's own items open with its bulletin mark (【某某报讯】, 某某報訊（記者…）) and a web portal's with 某某网消息：;
either names the outlet that publishes the item, which the guidelines count as a Company. 本报讯 names no one."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _companies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Company"}


def test_bracketed_bulletin_mark_names_the_paper() -> None:
    assert "南岭日报" in _companies("【南岭日报讯】记者王小明报道：东岭市昨日启动新一轮科技计划。")


def test_traditional_bulletin_mark_before_a_byline() -> None:
    g = build("東湖晚報訊（記者 李四）特區政府今日公布多項支援初創企業的新措施。")
    assert "东湖晚报" in names(g)


def test_portal_news_line_names_the_portal() -> None:
    assert "北辰网" in _companies("北辰网消息：东岭市政府常务会议部署科技创新工作。")


def test_own_paper_bulletin_is_no_outlet() -> None:
    assert not _companies("本报讯 东岭市召开科技创新大会，部署下一阶段工作。")


def test_bulletin_word_inside_a_sentence_is_no_mark() -> None:
    assert not _companies("会议要求各单位及时报送简讯，并做好政策宣传工作。")


def test_paper_cited_by_its_title_is_the_outlet() -> None:
    g = build("据香港《南岭时报》报道，东岭生物已完成新一轮融资。")
    by = names(g)
    assert "南岭时报" in by and by["南岭时报"].type == "Company"
