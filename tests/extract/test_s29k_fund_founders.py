"""Firms that set up a fund found it (session s29k).

A fund is a programme (ANNOTATING), and FOUNDED is actor → what it set up into being: news on a new fund
says which firms set it up (发起设立, 成立). Public bodies that set up a fund or scheme still issue it.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_firms_setting_up_a_fund_found_it() -> None:
    g = build("南湖医药产业基金由康瑞资本有限公司、北辰金控有限公司共同发起设立，首期规模十亿元。")
    assert has_relation(g, "康瑞资本有限公司", "FOUNDED", "南湖医药产业基金")
    assert has_relation(g, "北辰金控有限公司", "FOUNDED", "南湖医药产业基金")
    assert not has_relation(g, "康瑞资本有限公司", "ISSUED", "南湖医药产业基金")


def test_firm_founding_a_fund_in_the_active() -> None:
    g = build("东岭创投有限公司联合发起设立东岭健康产业基金，重点投资创新药企业。")
    assert has_relation(g, "东岭创投有限公司", "FOUNDED", "东岭健康产业基金")


def test_public_body_setting_up_a_fund_still_issues_it() -> None:
    g = build("东岭海洋研究基金由东岭省科学技术厅于2015年设立，资助海洋科学研究。")
    assert has_relation(g, "东岭省科学技术厅", "ISSUED", "东岭海洋研究基金")
    assert not has_relation(g, "东岭省科学技术厅", "FOUNDED", "东岭海洋研究基金")
