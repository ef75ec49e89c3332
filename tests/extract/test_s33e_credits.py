"""Credits at the foot or the head of a news item: a correspondent named without a colon, a site's editor
after the site's name, and credits run together on one line with the next label or a date. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_a_correspondent_named_without_a_colon() -> None:
    assert "钱晓梅" in _people("南湖区生物医药产业园昨日开园。\n南湖晚报记者 陆一鸣 通讯员钱晓梅\n")
    assert "邵建平" in _people("本报讯（通讯员邵建平）南湖大学附属医院新院区昨日启用。\n")


def test_a_correspondent_after_a_colon_and_several_names() -> None:
    people = _people("南湖医药港签约十个项目。\n记者：韦小川通讯员：俞平秦雪\n")
    assert {"韦小川", "俞平", "秦雪"} <= people


def test_an_editor_after_the_sites_name_and_before_a_date() -> None:
    assert "孔令宜" in _people("来源：南湖新闻网责任编辑：孔令宜2024-03-02 10:15\n南湖区新药产业园开工。\n")


def test_an_author_before_the_source() -> None:
    assert "严秋实" in _people("[作者：严秋实来源：南湖日报时间：2024-05-06]\n南湖大学与东岭市签约。\n")


def test_a_unit_after_the_correspondents_label_is_no_person() -> None:
    # the correspondent may be a unit whose short name runs on into the sentence: no name closes there
    people = _people("南湖快报讯（通讯员 湖经开为落实产业规划，南湖区近日召开推进会。\n")
    assert not any(p.startswith("湖经") for p in people)


def test_an_editor_after_the_unit_that_supplied_the_text() -> None:
    people = _people("南湖区新药产业园签约五个项目。（供稿：区科创委编辑：沈若溪）\n")
    assert "沈若溪" in people
    assert "沈若溪" in _people("南湖区新药产业园签约五个项目。\n供稿：区卫健委编辑：沈若溪\n")


def test_a_label_inside_a_sentence_still_names_no_credit() -> None:
    assert "陈大同" not in _people("该公司负责行政编辑：陈大同的工作另有安排。")


def test_a_two_character_name_ends_at_the_line_break() -> None:
    people = _people("南湖区新医院开工。\n南湖日报记者蒋一舟通讯员邬冰\n编辑：严正\n")
    assert "邬冰" in people
    assert not any("\n" in p for p in people)


def test_a_count_after_the_correspondents_label_is_no_name() -> None:
    assert not _people("全市现有通讯员高达50人，覆盖各乡镇。")
    assert "高明" not in _people("其中通讯员高明2人次获奖。")


def test_a_one_character_label_inside_a_word_names_no_one() -> None:
    assert not _people("沿江景观规划图：白云湖\n请对照原文：王府井\n")


def test_a_bracket_closed_without_a_credit_opening_it() -> None:
    assert "方法一" not in _people("会上还介绍了编辑：方法一）的要点。")


def test_the_word_for_the_deed_closes_the_name() -> None:
    assert "王明" in _people("（通讯员 王明 摄）南湖大学昨日开学。")
    assert "王明摄" not in _people("（通讯员 王明 摄）南湖大学昨日开学。")
    assert "钱晓梅" in _people("南湖新区开园。\n通讯员 钱晓梅 报道\n")
