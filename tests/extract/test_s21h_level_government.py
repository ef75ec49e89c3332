"""The province's or city's own government and plans, named by level alone (省政府, 市人民政府, 省“十四五”规划纲要),
in replies and work reports whose province or city the tool may not know (invented documents)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

_REPORT = """关于2023年度科技创新工作情况的报告

东岭市科学技术局

2023年，省政府印发《东岭省科技创新三年行动计划》，省人民政府高度重视平台建设。我局已经省政府印发实施的省“十四五”规划纲要为依据推进工作。

东岭市科学技术局
2024年1月10日
"""


def test_level_governments_are_found_under_their_bare_names() -> None:
    found = names(build(_REPORT))
    assert "省政府" in found
    assert "省人民政府" in found


def test_the_province_government_issues_the_plan_it_prints() -> None:
    assert has_relation(build(_REPORT), "省政府", "ISSUED", "东岭省科技创新三年行动计划")


def test_a_plan_named_by_level_keeps_its_level() -> None:
    found = names(build(_REPORT))
    assert "省“十四五”规划纲要" in found or "省十四五规划纲要" in found


def test_every_province_government_is_a_kind_not_a_body() -> None:
    g = build("请各省（区、市）人民政府于年底前报送试点进展，各省政府每年汇总一次。")
    assert not any(e.name.endswith("政府") for e in g.entities)


def test_a_city_word_is_not_a_city_government() -> None:
    g = build("推动城市政府与企业共同投资，所在地市政府负责组织验收。")
    assert not any(e.name in ("市政府", "地市政府") for e in g.entities)


def test_a_national_notice_speaks_of_every_province_government() -> None:
    g = build(
        "国务院办公厅关于推广东岭试点经验的通知\n\n国办发〔2031〕9号\n\n"
        "各省级人民政府：\n\n试点经验由省人民政府统一部署推广，省政府高度重视的地方可先行。\n\n国务院办公厅\n2031年2月1日\n"
    )
    assert not any(e.name in ("省人民政府", "省政府") for e in g.entities)
