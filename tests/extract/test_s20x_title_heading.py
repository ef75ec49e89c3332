"""A notice that transmits a plan prints the plan below it under its title, set as a bare heading line. That
heading is the plan's name again, not a row of smaller names. Invented notices."""

from __future__ import annotations

from tests.extract.helpers import build, names

NOTICE = """东岭市科学技术局关于印发《南湖科技强市建设纲要和“十五五”规划实施年度推进计划》的通知

各区科技部门：
现将《南湖科技强市建设纲要和“十五五”规划实施年度推进计划》印发给你们，请结合本区情况抓好落实。

东岭市科学技术局
2031年3月2日

南湖科技强市建设纲要和“十五五”规划实施年度推进计划
为贯彻落实《南湖省科技创新条例》，制定本计划。
"""


def test_the_heading_of_a_transmitted_plan_is_its_title_not_fragments():
    by = names(build(NOTICE, "notice.txt"))
    assert by["南湖科技强市建设纲要和“十五五”规划实施年度推进计划"].type == "Policy"
    assert "十五五规划" not in by  # a plan named inside the heading
    assert "年度推进计划" not in by  # a bare head left after it


def test_a_line_that_only_starts_like_a_title_is_read_as_usual():
    title = "南湖科技强市建设纲要和“十五五”规划实施年度推进计划"
    text = NOTICE.replace(title + "\n为", title + "明确，为")
    by = names(build(text, "notice.txt"))
    assert by[title].type == "Policy"
