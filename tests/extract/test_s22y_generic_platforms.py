"""Platform precision (sentences written for these tests; 东岭 and 南湖 are invented places).

A place followed only by a kind of platform (X市创新平台) or by a status a plan sets as a goal (某湾区国际科技
创新中心) is no named platform; two kinds joined by 和 are a list of kinds. A named platform of the same kind keeps
its name, and a centre named by its city (X技术转移中心) stays one body."""

from __future__ import annotations

from tests.extract.helpers import build

TITLE = "东岭市人民政府关于加快科技创新的通知\n\n"


def _names(body: str, kind: str) -> set[str]:
    g = build(TITLE + body + "\n")
    return {e.name for e in g.entities if e.type == kind}


def test_a_city_and_a_kind_of_platform_is_no_name() -> None:
    assert "梅州市创新平台" not in _names("省里支持梅州市创新平台建设，完善服务功能。", "Platform")


def test_a_named_platform_of_the_same_kind_stays() -> None:
    assert "东岭生物医药公共服务平台" in _names("南湖区建成东岭生物医药公共服务平台。", "Platform")


def test_a_regional_goal_centre_is_no_institute_or_platform() -> None:
    body = "加快建设粤港澳大湾区国际科技创新中心，推动南湖区高质量发展。"
    g = build(TITLE + body + "\n")
    assert not any(e.name.endswith("国际科技创新中心") for e in g.entities), [e.name for e in g.entities]


def test_two_kinds_joined_by_and_are_a_list() -> None:
    assert "中试基地和孵化器" not in _names("南湖区组建产业联合体，建设中试基地和孵化器。", "Platform")


def test_a_centre_named_by_its_city_stays() -> None:
    assert "南湖技术转移中心" in _names("南湖技术转移中心由东岭大学建设，现已投入运营。", "Platform")
