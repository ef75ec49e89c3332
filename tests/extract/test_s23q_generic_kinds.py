"""Kinds of unit taken for names: a tier's title for a broad field (区域医疗中心, 省级医学中心) describes many
bodies, and a kind written before a body's own name (三甲医院东岭医院) is not part of it (helper s23q)."""

from policykg.extract.components.decide.generic import _generic
from policykg.extract.names import Candidate
from tests.extract.helpers import build


def _kind(name: str, etype: str, singled_out: bool = False) -> bool:
    return _generic(Candidate(0, len(name), name, etype, "suffix:test", 0.5), singled_out)


def test_tier_and_broad_field_is_a_kind() -> None:
    assert _kind("省级医学中心", "Platform")
    assert _kind("市级科研中心", "Platform")
    assert _kind("区域创新中心", "ResearchInstitute")


def test_narrower_field_or_national_title_is_kept() -> None:
    assert not _kind("国家儿童医学中心", "Platform")
    assert not _kind("国家医学中心", "Platform")


def test_kind_in_apposition_before_a_hospital_is_cut_off() -> None:
    names = {e.name for e in build("区域医疗中心东岭医院和三甲医院南湖医院共同牵头。").entities}
    assert "东岭医院" in names and "南湖医院" in names
    assert not any(n.startswith(("区域医疗中心", "三甲医院")) for n in names)


def test_national_title_before_a_named_hospital_is_cut_off() -> None:
    names = {e.name for e in build("国家医学中心北辰医院牵头开展多中心研究。").entities}
    assert "北辰医院" in names


def test_parent_and_unit_stay_whole() -> None:
    names = {e.name for e in build("南湖大学附属第一医院与东岭大学医学院签约。").entities}
    assert "南湖大学附属第一医院" in names


def test_park_named_only_by_its_industry_is_a_kind() -> None:
    names = {e.name for e in build("东岭公司入驻人工智能创新创业园区。").entities}
    assert "东岭公司" in names
    assert not any(n.endswith("园区") for n in names)


def test_park_with_its_place_is_kept() -> None:
    names = {e.name for e in build("东岭公司入驻南湖生物医药产业园。").entities}
    assert "南湖生物医药产业园" in names


def test_a_campus_keeps_its_hospital() -> None:
    names = {e.name for e in build("东岭医院北辰院区正式启用。").entities}
    assert "北辰院区" not in names


def test_chinese_medicine_as_a_field_names_no_school_or_hospital() -> None:
    names = {e.name for e in build("东岭大学与南湖大学的中医药学院合作，北辰医院作为中医药教学医院参与。").entities}
    assert "中医药学院" not in names and "中医药教学医院" not in names
    assert "北辰医院" in names


def test_a_school_of_chinese_medicine_keeps_its_university() -> None:
    names = {e.name for e in build("东岭大学中医药学院与南湖医院签约。").entities}
    assert "东岭大学中医药学院" in names
