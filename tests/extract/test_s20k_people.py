"""People named around titles in news and speeches (issue #10, session 20, helper k): names the surname table
cannot close, Hong Kong double surnames, Western names in Latin letters, and titles with no name after them.
Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_a_name_after_a_title_before_a_word_the_dictionary_does_not_call_a_verb() -> None:
    # 牵线 is no verb to the dictionary; the segmenter still keeps the name after the title whole
    assert "贺立宁" in _people("2019年，时任南湖市委书记贺立宁牵线签订合作协议。")
    assert "贺立宁" in _people("东岭区区长贺立宁牵线两家企业开展合作。")


def test_a_surname_that_is_also_a_function_word() -> None:
    # 万 is a numeral as often as a surname: after a title a three-character name still reads as a person,
    # whether or not its given name is a word of its own (建华)
    assert "万闻礼" in _people("7月5日，东岭市市长万闻礼一行访问南湖大学医学部。")
    assert "万建华" in _people("南湖大学校长万建华出席签约仪式。")
    assert not _people("南湖大学校长于今年出席签约仪式。")


def test_a_function_word_after_a_title_is_no_name() -> None:
    assert not _people("该团队来港设立实验室，开展联合研究。")
    assert not _people("市长表示，东岭新区将于年内动工。")
    assert not _people("院长高度评价双方合作，局长亲自带队考察。")


def test_a_hong_kong_double_surname_after_a_title() -> None:
    assert "周黄美玲" in _people("南湖特别行政区行政长官周黄美玲表示，政府会继续支持科研合作。")
    assert "陈郭慧芬" in _people("東嶺醫院管理局主席陳郭慧芬指出，新大樓明年啟用。")


def test_a_western_name_after_a_chinese_title() -> None:
    people = _people("南湖大学工程学院院长王志豪和东岭理工学院副院长Martin Keller代表两校签署备忘录。")
    assert {"王志豪", "Martin Keller"} <= people
    assert "Anna Berg" in _people("东岭生物科技有限公司首席执行官Anna Berg表示，公司将在南湖设厂。")


def test_a_western_name_before_a_personal_title_only() -> None:
    assert "Peter Lang" in _people("研讨会上，Peter Lang教授介绍了东岭大学的研究成果。")
    assert not _people("Acme Holdings主席表示，集团将扩大投资。")


def test_a_name_after_a_title_is_cut_out_of_a_body_grown_over_it() -> None:
    g = build("今年3月，东岭市委书记贺立宁一行访问南湖大学医学部，双方展开座谈。")
    people = {e.name for e in g.entities if e.type == "Person"}
    assert "贺立宁" in people
    assert not any("贺立宁" in e.name for e in g.entities if e.type != "Person")
