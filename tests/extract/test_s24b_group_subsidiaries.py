"""A firm registered under its group's name (某某集团某地某某药业有限公司) is PART_OF that group when the
document names the group too (helper s24b)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_subsidiary_named_after_group_in_news() -> None:
    g = build("东岭医药集团有限公司今日宣布，东岭医药集团南湖生物制药有限公司的新厂房已经投产。")
    assert has_relation(g, "东岭医药集团南湖生物制药有限公司", "PART_OF", "东岭医药集团有限公司")


def test_subsidiary_named_after_group_joint_stock_in_report() -> None:
    g = build("北辰药业集团股份有限公司和北辰药业集团西湖制药股份有限公司去年共投入研发经费十亿元。")
    assert has_relation(g, "北辰药业集团西湖制药股份有限公司", "PART_OF", "北辰药业集团股份有限公司")


def test_group_own_legal_name_is_no_subsidiary() -> None:
    g = build("东岭医药集团有限公司与东岭医药集团股份有限公司的公告均提到该项目。")
    assert not has_relation(g, "东岭医药集团股份有限公司", "PART_OF", "东岭医药集团有限公司")


def test_no_group_named_no_parent() -> None:
    g = build("东岭医药集团南湖生物制药有限公司的新厂房已经投产。")
    assert not any(r.type == "PART_OF" for r in g.relations)
