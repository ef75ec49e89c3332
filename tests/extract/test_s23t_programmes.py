"""Known national programmes keep their own name when a project or a clause's words stand around them (helper s23t)."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _programmes(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Program"}


def test_project_after_a_known_fund_is_not_part_of_its_name() -> None:
    found = _programmes("南湖大学课题组近三年承担国家自然科学基金项目十二项。")
    assert "国家自然科学基金" in found
    assert "国家自然科学基金项目" not in found


def test_graded_project_after_a_known_fund() -> None:
    found = _programmes("东岭研究院王教授主持国家社会科学基金重大项目一项。")
    assert found == {"国家社会科学基金"}


def test_clause_words_before_a_known_programme_are_cut() -> None:
    g = build("他主持国家社会科学基金，研究区域创新政策。")
    assert "国家社会科学基金" in names(g)
    assert not any(e.name.startswith("他") for e in g.entities)


def test_known_agency_with_the_fund_in_its_name_is_still_the_agency() -> None:
    g = build("国家自然科学基金委员会发布东岭湾区联合基金项目指南。")
    by = names(g)
    assert by["国家自然科学基金委员会"].type == "Agency"


def test_torch_programme_run_by_its_centre() -> None:
    found = _programmes("南湖市科技局组织企业申报火炬计划项目。")
    assert "火炬计划" in found
