"""People without head words (issue #10 point 5): titles around names, bylines, glossed foreign names, and the
membership a person's office in an association states. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_given_name_with_xin_after_a_title() -> None:
    # 新 spells given names of three characters (周立新) but not a two-character name before 区
    assert "周立新" in _people("浙江南湖生物科技有限公司董事长周立新介绍，公司去年营收增长三成。")
    assert "周立新" in _people("南湖醫藥集團總裁周立新表示，新廠房明年投產。")


def test_a_year_ends_a_name_after_a_title() -> None:
    assert "梁志强" in _people("前財政司司長梁志強2010年宣布設立創新基金。")
    assert "王建军" in _people("原副市长王建军2015年牵头组建了产业联盟。")


def test_a_function_word_opens_a_name_before_its_title() -> None:
    assert "李永康" in _people("記者另訪問了李永康博士，他認為人才短缺。")
    assert "刘振宇" in _people("该研究由南湖大学团队和刘振宇团队共同完成。")


def test_byline_and_journal_editor() -> None:
    assert "周嘉欣" in _people("【撰文：周嘉欣】\n政府昨日公布新一份施政報告，業界反應正面。\n")
    assert "林晓彤" in _people("收稿日期：2021-05-02 本文责任编辑：林晓彤\n一、引言\n")


def test_a_label_inside_a_word_opens_no_byline() -> None:
    assert "陈大同" not in _people("该公司负责行政编辑：陈大同的工作另有安排。")


def test_transliteration_glossed_by_its_latin_name() -> None:
    g = build("波特理論之外，熊彼特（Joseph Schumpeter）強調創新，包尔丁（Boulding）则研究系统层级。")
    by = names(g)
    assert by["熊彼特"].type == "Person"
    assert by["包尔丁"].type == "Person" and "Boulding" in by["包尔丁"].aliases


def test_a_chinese_name_with_an_english_name_in_brackets() -> None:
    by = names(build("香港創新科技協會主席黃思敏（Grace Wong）表示，業界歡迎新措施。"))
    assert by["黄思敏"].type == "Person" and "Grace Wong" in by["黄思敏"].aliases


def test_an_office_of_an_association_is_membership() -> None:
    g = build("據南湖醫生聯盟主席梁子健指，急症室輪候時間持續上升。")
    assert has_relation(g, "梁子健", "MEMBER_OF", "南湖医生联盟")
    g = build("浙江省生物医药产业联盟理事长孙明华表示，联盟将推动标准制定。")
    assert has_relation(g, "孙明华", "MEMBER_OF", "浙江省生物医药产业联盟")


def test_the_head_of_a_government_body_is_no_member() -> None:
    g = build("创新及科技局局长林志远答复时表示，政府会继续支持浙江省生物医药产业联盟。")
    assert not has_relation(g, "林志远", "MEMBER_OF", "浙江省生物医药产业联盟")
    assert not has_relation(g, "林志远", "MEMBER_OF", "创新及科技局")
