"""PART_OF from a unit named inside its parent's name or the parent's short form (issue #10, helper s19w).

Invented sentences in several genres, Simplified and Traditional; each unit → parent as ANNOTATING.md asks
(X大学附属Y医院, 某局某处, 中国科学院某研究所, a sub-centre: PART_OF when the text names both)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation, names

NESTED = [
    ("复旦大学附属华山医院今日宣布，复旦大学将与该院共建神经疾病诊疗平台。", "复旦大学附属华山医院", "复旦大学"),
    ("浙江大学计算机科学与技术学院与浙江大学联合举办人工智能研讨会。", "浙江大学计算机科学与技术学院", "浙江大学"),
    (
        "中国科学院上海有机化学研究所的团队在中国科学院支持下完成了新药筛选。",
        "中国科学院上海有机化学研究所",
        "中国科学院",
    ),
    (
        "北京协和医院罕见病诊疗中心成立三年来，北京协和医院共接诊患者两万余人次。",
        "北京协和医院罕见病诊疗中心",
        "北京协和医院",
    ),
    ("中大醫學院今年增加收生名額，香港中文大學表示會擴建教學設施。", "中大醫學院", "香港中文大學"),
    (
        "國家藥品監督管理局藥品審評中心發布指導原則，國家藥品監督管理局要求企業遵照執行。",
        "國家藥品監督管理局藥品審評中心",
        "國家藥品監督管理局",
    ),
    (
        "国家卫生健康委员会医政医管局印发通知，国家卫生健康委员会要求各地落实。",
        "国家卫生健康委员会医政医管局",
        "国家卫生健康委员会",
    ),
    (
        "國家衞生健康委員會醫院管理研究所受國家衞生健康委員會委託開展評估。",
        "國家衞生健康委員會醫院管理研究所",
        "國家衞生健康委員會",
    ),
]


@pytest.mark.parametrize(("text", "unit", "parent"), NESTED)
def test_unit_named_inside_its_parent(text: str, unit: str, parent: str) -> None:
    assert has_relation(build(text), unit, "PART_OF", parent)


SHORT_FORM_FACULTIES = [
    ("科大工學院獲香港科技大學撥款成立新實驗室。", "科大工學院", "香港科技大學"),
    ("香港中文大学表示，中大理学院的排名今年上升。", "中大理学院", "香港中文大学"),
]


@pytest.mark.parametrize(("text", "unit", "parent"), SHORT_FORM_FACULTIES)
def test_faculty_named_by_its_universitys_short_form(text: str, unit: str, parent: str) -> None:
    # the dictionary cuts these across the short form (科大|工学院, 中|大理|学院); they are still names
    assert has_relation(build(text), unit, "PART_OF", parent)


def test_size_word_after_a_universitys_short_form_is_no_faculty() -> None:
    # 中大型 (medium and large) is no 中大 (CUHK), even when the document names CUHK
    g = build("香港中文大學表示，全港中大型醫院的病床數量持續增加。")
    assert not any(n.startswith("中大型") for n in names(g))


def test_parent_short_form_only_inside_the_units_name() -> None:
    # the tables know 国家卫健委 as the commission's short form; the notice writes it only inside the unit's name
    g = build("国家卫生健康委员会近日发布通知。国家卫健委统计信息中心负责全国数据汇总。")
    assert has_relation(g, "国家卫健委统计信息中心", "PART_OF", "国家卫生健康委员会")


def test_latin_short_form_opens_no_unit() -> None:
    # a Latin abbreviation before other words names a scheme the body runs, not one of its units
    g = build("麻省理工学院近日成立MIT Innovation Node，面向香港青年。")
    assert has_relation(g, "麻省理工学院", "FOUNDED", "MIT Innovation Node")
    assert not any(r.type == "PART_OF" for r in g.relations)


def test_seated_firm_of_a_group_is_its_subsidiary() -> None:
    # the bare group name is the group, not the short form of its Hong Kong firm
    g = build("东岳集团（香港）有限公司今年在港扩建实验室，东岳集团表示全力支持。")
    by = names(g)
    assert by["东岳集团"] is not by["东岳集团（香港）有限公司"]
    assert has_relation(g, "东岳集团（香港）有限公司", "PART_OF", "东岳集团")


def test_seated_firm_without_its_group_named_has_no_parent() -> None:
    g = build("東岳集團（香港）有限公司今年在大埔開設新實驗室。")
    assert not any(r.type == "PART_OF" for r in g.relations)
