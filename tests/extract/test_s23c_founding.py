"""FOUNDED by building together (session s23, helper c): X与A共同/携手/合作/联合打造Y sets the named body up,
as news and replies write it; a bare 打造 names a goal and founds nothing.

Every sentence is written for this file (invented organisations, real places).
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation

BUILT_TOGETHER = [
    # both partners build the body, in the clause that names them
    ("东岭市人民政府与南湖大学共同打造东岭合成生物研究院，首期投入五亿元。", "东岭市人民政府", "东岭合成生物研究院"),
    ("东岭市人民政府与南湖大学共同打造东岭合成生物研究院，首期投入五亿元。", "南湖大学", "东岭合成生物研究院"),
    ("北辰医药有限公司与南湖大学合作打造南湖药物创新平台。", "南湖大学", "南湖药物创新平台"),
    # after a clause that signs the agreement, the pair carries over
    ("南湖大学与北辰大学签署协议，共同打造东海精准医学研究院。", "北辰大学", "东海精准医学研究院"),
    # a body qualified by the act (…联合打造的Y)
    ("南湖生物医药产业园与东岭高新区联合打造的东岭生物医药创新中心已投入使用。", "东岭高新区", "东岭生物医药创新中心"),
]


@pytest.mark.parametrize("text, head, tail", BUILT_TOGETHER)
def test_building_a_body_together_founds_it(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "FOUNDED", tail)


def test_backing_another_who_builds_founds_nothing() -> None:
    g = build("东岭市人民政府支持南湖大学打造东岭合成生物研究院，建成国际一流机构。")
    assert not has_relation(g, "东岭市人民政府", "FOUNDED", "东岭合成生物研究院")
    assert not has_relation(g, "南湖大学", "FOUNDED", "东岭合成生物研究院")
