"""A 《title》 is a policy unless the text shows it is a publication or a bare kind of agreement.

News items put journals, newspapers, books and papers in 《》 as often as plans and laws, and every signing
ceremony yields a 《战略合作协议》 that names no party; none of these is a policy document (GUIDELINES: Policy =
named policy documents, laws, regulations, plans).
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import build


def _policies(text: str) -> set[str]:
    g = build("东岭动态\n\n" + text)
    return {e.name for e in g.entities if e.type == "Policy"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("东岭大学团队的成果发表在国际期刊《晨光》上。", "晨光"),
        ("南湖医院的研究人员在《星河医学》上发表论文，介绍新疗法。", "星河医学"),
        ("他在接受《东岭日报》记者采访时说，园区明年扩建。", "东岭日报"),
        ("该书《南湖科学家故事》收录了十位学者的经历。", "南湖科学家故事"),
        ("他的论文题为《小分子药物筛选方法研究》。", "小分子药物筛选方法研究"),
        ("双方签署了《战略合作协议》，共建联合实验室。", "战略合作协议"),
        ("两校签订《全面战略合作框架协议》。", "全面战略合作框架协议"),
        ("会上，三方签署了《合作备忘录》。", "合作备忘录"),
    ],
)
def test_publication_or_bare_agreement_is_no_policy(text: str, title: str) -> None:
    assert title not in _policies(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("东岭市人民政府印发《东岭市促进生物医药产业发展若干措施》。", "东岭市促进生物医药产业发展若干措施"),
        ("南湖大学与东岭医院签署《临床教学基地共建协议》。", "临床教学基地共建协议"),
        ("根据《南湖市科技创新条例》，市科技局负责组织实施。", "南湖市科技创新条例"),
        ("特區政府公布《南湖創新科技發展藍圖》。", "南湖创新科技发展蓝图"),
    ],
)
def test_named_documents_stay_policies(text: str, title: str) -> None:
    assert title in _policies(text)
