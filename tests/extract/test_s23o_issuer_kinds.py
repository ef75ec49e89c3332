"""Who issues a measure (session s23, helper o): ISSUED runs from a public body to the policy or programme it
puts out; a firm that launches its own scheme, or an officer named in the sentence, is no issuer, while bodies,
places and parks acting as governments still are.

Every sentence is written for this file (invented organisations, real places).
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation

PUBLIC_ISSUERS = [
    (
        "东岭市人民政府印发《东岭市促进生物医药产业发展若干措施》。",
        "东岭市人民政府",
        "东岭市促进生物医药产业发展若干措施",
    ),
    (
        "南湖生物医药产业园管理委员会发布《南湖生物医药产业园企业入驻办法》。",
        "南湖生物医药产业园管理委员会",
        "南湖生物医药产业园企业入驻办法",
    ),
    (
        "北辰医药集团与东岭市卫生健康委员会联合发布《东岭市临床试验质量规范》。",
        "东岭市卫生健康委员会",
        "东岭市临床试验质量规范",
    ),
]


@pytest.mark.parametrize("text, head, tail", PUBLIC_ISSUERS)
def test_public_bodies_issue(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "ISSUED", tail)


NOT_ISSUERS = [
    ("康瑞生物科技有限公司启动了“南湖青年创新计划”，面向高校招募团队。", "康瑞生物科技有限公司", "南湖青年创新计划"),
    (
        "北辰医药集团与东岭市卫生健康委员会联合发布《东岭市临床试验质量规范》。",
        "北辰医药集团",
        "东岭市临床试验质量规范",
    ),
    ("东岭市科学技术局局长王明在会上发布了《东岭市合成生物产业行动方案》。", "王明", "东岭市合成生物产业行动方案"),
]


@pytest.mark.parametrize("text, head, tail", NOT_ISSUERS)
def test_firms_and_officers_issue_nothing(text: str, head: str, tail: str) -> None:
    assert not has_relation(build(text), head, "ISSUED", tail)


def test_a_firm_setting_up_a_fund_issues_no_scheme() -> None:
    g = build("北辰医药集团去年出资五亿元成立了北辰生命科学创新基金，投向早期项目。")
    assert not has_relation(g, "北辰医药集团", "ISSUED", "北辰生命科学创新基金")


def test_a_bureau_setting_up_a_fund_issues_it() -> None:
    g = build("创新科技署于二○二一年成立东岭生物科技研发基金，首期拨款十亿元。")
    assert has_relation(g, "创新科技署", "ISSUED", "东岭生物科技研发基金")
