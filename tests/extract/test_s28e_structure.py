"""Units named after their parent (session s28e): a joint body is not a unit of its first partner, and a
faculty written after its university's short form is the faculty written after the full name.

Invented sentences in the way plans, news and work reports write them.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

FACULTY = """浙江大学医学院与东岭医疗签署合作协议。
东岭医疗负责人表示，浙大医学院在医工交叉方面基础深厚。
"""


def test_faculty_under_the_universitys_short_form_is_one_body() -> None:
    g = build(FACULTY)
    by = names(g)
    assert by["浙大医学院"] is by["浙江大学医学院"]


JOINT = """“南湖大学--东岭医药联合研发中心”揭牌仪式在南湖大学举行。
南湖大学副校长表示，联合研发中心将面向临床需求开展研究。
"""


def test_joint_body_is_not_part_of_the_first_partner() -> None:
    g = build(JOINT)
    assert "南湖大学--东岭医药联合研发中心" in names(g)
    assert not has_relation(g, "南湖大学--东岭医药联合研发中心", "PART_OF", "南湖大学")


def test_faculty_after_the_full_name_is_still_part_of_it() -> None:
    g = build("南湖大学药学院与东岭医药签署协议，南湖大学校长出席。\n")
    assert has_relation(g, "南湖大学药学院", "PART_OF", "南湖大学")


JOINT_SHORT = """南湖大学与东岭药业签约，共建“南湖大学-东岭药业创新药物研究院”。
东岭药业负责人表示，创新药物研究院将聚焦抗肿瘤新药。
"""


def test_joint_body_written_later_by_its_own_name_is_one_body() -> None:
    g = build(JOINT_SHORT)
    by = names(g)
    assert by["创新药物研究院"] is by["南湖大学-东岭药业创新药物研究院"]
    assert has_relation(g, "南湖大学", "FOUNDED", "南湖大学-东岭药业创新药物研究院")


def test_own_name_of_two_joint_bodies_stays_apart() -> None:
    g = build(
        "“南湖大学-东岭药业联合研发中心”和“北辰大学-东岭药业联合研发中心”同日揭牌。\n"
        "东岭药业表示，联合研发中心各有分工。\n"
    )
    by = names(g)
    assert by.get("南湖大学-东岭药业联合研发中心") is not by.get("北辰大学-东岭药业联合研发中心")
    assert "联合研发中心" not in by
