"""实施 as issuing: only a body that puts its own measure into force on a date issues it (session s23j)."""

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
