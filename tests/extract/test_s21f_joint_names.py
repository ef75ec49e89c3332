"""A joint unit named by its two partners joined with a dash (甲—乙联合实验室) keeps both partners in its name.

Sentences are written for this file (invented partners), in the news, report and plan styles where joint
laboratories and centres are announced; the negative cases are dashes that only punctuate.
"""

from __future__ import annotations

import pytest

from .helpers import build, has_relation, names

JOINT = [
    ("东岭大学与南湖医院成立东岭—南湖联合研究中心。", "东岭—南湖联合研究中心"),
    ("北辰科技有限公司与南湖大学共建北辰—南湖联合实验室，开展药物研发。", "北辰—南湖联合实验室"),
    ("報告指出，康瑞—北辰聯合創新中心已於去年投入運作。", "康瑞—北辰联合创新中心"),
]


@pytest.mark.parametrize("text,name", JOINT)
def test_dash_joined_partners_stay_in_the_joint_unit_name(text: str, name: str) -> None:
    assert name in names(build(text))


def test_partners_found_the_unit_of_both_names() -> None:
    g = build("东岭大学与南湖医院成立东岭—南湖联合研究中心。")
    assert has_relation(g, "东岭大学", "FOUNDED", "东岭—南湖联合研究中心")
    assert has_relation(g, "南湖医院", "FOUNDED", "东岭—南湖联合研究中心")


NOT_JOINT = [
    # a dash that sets off an aside, and a dash with no joint unit after it
    ("南湖大学——东岭联合实验室的依托单位——今年扩大招生。", "南湖大学——东岭联合实验室"),
    ("项目分三期—东岭实验室负责第一期。", "三期—东岭实验室"),
]


@pytest.mark.parametrize("text,whole", NOT_JOINT)
def test_dashes_that_punctuate_end_the_name(text: str, whole: str) -> None:
    assert whole not in names(build(text))
