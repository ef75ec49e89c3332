"""Programme names (s27j): a facility's building works, a plan done with a partner and a plan's counted aims are
not programmes; a scheme run by a jurisdiction and a known national slogan-named programme still are."""

from __future__ import annotations

from tests.extract.helpers import build


def _programmes(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Program"}


def test_building_works_of_a_facility_are_not_a_programme() -> None:
    text = "今年东岭区建成南湖污水厂扩建工程，东岭卫生职业学院新院区项目取得立项批复。"
    progs = _programmes(text)
    assert "南湖污水厂扩建工程" not in progs
    assert "东岭卫生职业学院新院区项目" not in progs


def test_plan_made_with_a_partner_is_a_clause() -> None:
    assert not _programmes("学院透过与伙伴建立合作计划、开放式创新等活动，加强区内的人才培训。")
    assert not _programmes("我们将深化与南湖大学合作计划，推进师生交流。")


def test_counted_aims_after_build_are_a_slogan() -> None:
    assert "两港一城" not in _programmes("全市上下团结奋斗，为打造“两港一城”、建设现代化东岭作出新贡献。")


def test_scheme_run_after_an_act_is_still_found() -> None:
    assert "南湖英才计划" in _programmes("东岭市实施南湖英才计划，每年支持一批青年科技人才。")


def test_counted_name_launched_rather_than_built_stays() -> None:
    assert "两弹一星" in _programmes("那一年国家正式启动“两弹一星”，东岭研究所的几位前辈都投身其中。")


def test_plans_of_a_doer_before_an_adverb_are_a_verb() -> None:
    assert not _programmes("东岭集团计划已完成前期准备，新厂明年投产。")
    assert "南湖英才计划" in _programmes("南湖英才计划已资助一批青年科技人才。")
