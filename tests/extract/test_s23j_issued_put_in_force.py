"""ISSUED precision (session s23j): 实施 issues only on a date; backing a launch is support, not issuing."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_dated_putting_into_force_is_issuing() -> None:
    g = build("北辰市医疗保障局自2023年1月1日起实施《北辰市门诊费用报销办法》，覆盖全市定点医院。")
    assert has_relation(g, "北辰市医疗保障局", "ISSUED", "北辰市门诊费用报销办法")


def test_traditional_dated_list_is_issued_by_the_authority() -> None:
    g = build("北辰醫院管理局於2015年6月實施「北辰藥物名冊」，統一轄下醫院用藥。")
    assert has_relation(g, "北辰医院管理局", "ISSUED", "北辰药物名册")


def test_carrying_out_another_bodys_rule_is_not_issuing() -> None:
    g = build("北辰省卫生健康委员会认真实施《北辰省中医药条例》，推动中医院建设。")
    assert not has_relation(g, "北辰省卫生健康委员会", "ISSUED", "北辰省中医药条例")


def test_publishing_and_putting_into_force_still_issues() -> None:
    g = build("北辰市科学技术局发布实施《北辰市科技创新券管理办法》。")
    assert has_relation(g, "北辰市科学技术局", "ISSUED", "北辰市科技创新券管理办法")


def test_backing_a_launch_is_support_not_issuing() -> None:
    g = build("北辰市科学技术局积极支持推出“北辰青年科学家计划”，培养青年人才。")
    assert has_relation(g, "北辰市科学技术局", "SUPPORTS", "北辰青年科学家计划")
    assert not has_relation(g, "北辰市科学技术局", "ISSUED", "北辰青年科学家计划")


def test_setting_up_and_then_funding_a_scheme_keeps_both_acts() -> None:
    g = build("北辰市科学技术局设立“北辰青年科学家计划”，并资助该计划。")
    assert has_relation(g, "北辰市科学技术局", "ISSUED", "北辰青年科学家计划")


def test_a_grant_to_set_up_a_fund_is_read_once_as_support() -> None:
    g = build("北辰市科学技术局于2019年拨款三十亿元成立北辰医疗科研基金。")
    assert has_relation(g, "北辰市科学技术局", "SUPPORTS", "北辰医疗科研基金")
    assert not has_relation(g, "北辰市科学技术局", "ISSUED", "北辰医疗科研基金")
