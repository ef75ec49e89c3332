"""A founded body named after a dash (helper s25i): news and replies describe a new body by its kind first and
give its name after a dash (共建本省首个…园——NAME); the name after the dash is what the founders set up."""

from tests.extract.helpers import build, has_relation


def test_the_name_after_a_dash_is_the_body_built_by_both_founders() -> None:
    g = build("拟由东岭省人民政府和南湖大学共建本省首个合成生物创新园——东岭合成生物创新园。")
    assert has_relation(g, "南湖大学", "FOUNDED", "东岭合成生物创新园")
    assert has_relation(g, "东岭省人民政府", "FOUNDED", "东岭合成生物创新园")


def test_a_single_dash_after_a_counted_kind() -> None:
    g = build("北山医药集团有限公司今年成立了一家新公司—北山合成生物科技有限公司，专注酶制剂。")
    assert has_relation(g, "北山医药集团有限公司", "FOUNDED", "北山合成生物科技有限公司")


def test_a_body_named_in_a_later_clause_is_not_the_one_founded() -> None:
    g = build("南湖大学去年设立了创新基金——其首期规模为一亿元，北山创新中心获得资助。")
    assert not has_relation(g, "南湖大学", "FOUNDED", "北山创新中心")
