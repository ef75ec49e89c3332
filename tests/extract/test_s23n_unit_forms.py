"""A unit written after its parent's full and short names, a parent cut inside its own name, and national centres
named by their host city (sentences written for these tests; 东岭 and 南湖 are invented names, the national bodies
and universities are real ones, used as facts).

北京大学医学部 … 北大医学部 was two bodies, the short form a second one; 国家技术转移东部中心东岭分中心 was made
PART_OF a 国家技术转移东部 (cut at the 部 of 东部, right before the parent's own head 中心); 国家超级计算长沙中心
was cut at the city into 长沙中心 (计算 read as a verb whose object is a place)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_unit_after_full_and_short_parent_names_is_one_body() -> None:
    g = build("北京大学医学部与东岭市人民政府签署协议，北大医学部将在东岭设立研究院。\n")
    units = [e for e in g.entities if e.name.endswith("医学部")]
    assert len(units) == 1, [e.name for e in units]
    assert units[0].name == "北京大学医学部"
    assert "北大医学部" in units[0].aliases


def test_parent_is_not_cut_before_its_own_head_word() -> None:
    g = build("国家技术转移东部中心东岭分中心在南湖科技园揭牌。\n")
    names = {e.name for e in g.entities}
    assert "国家技术转移东部" not in names, names
    assert not has_relation(g, "国家技术转移东部中心东岭分中心", "PART_OF", "国家技术转移东部")


def test_national_centre_keeps_its_host_city() -> None:
    g = build("国家超级计算长沙中心为东岭集团提供算力服务。\n")
    names = {e.name for e in g.entities}
    assert "国家超级计算长沙中心" in names, names
    assert "长沙中心" not in names, names
