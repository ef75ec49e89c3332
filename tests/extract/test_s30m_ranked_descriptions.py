"""Entity precision on unseen documents: a body described by its standing is no name (issue #10, s30m).

A word that ranks or praises a body among others of its kind (最大, 著名, 领先, 一流, 主…平台) before the head
describes it; with a place or a field in front the description used to pass for a name. Every sentence here is
invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build


def _names(text: str) -> set[str]:
    return {e.name for e in build(text).entities}


def test_a_superlative_before_the_head_names_no_platform() -> None:
    found = _names("北辰省最大医疗器械孵化器去年在东岭开业，入驻团队三十个。")
    assert not any(n.endswith("孵化器") for n in found), found


def test_praise_before_the_head_names_no_platform_in_either_script() -> None:
    assert not any(n.endswith("孵化器") for n in _names("考察组随后走访当地著名孵化器，听取运营介绍。"))
    assert not any(n.endswith("孵化器") for n in _names("代表團參觀了東岭著名孵化器和幾家藥企。"))


def test_a_main_platform_of_a_city_is_a_description() -> None:
    found = _names("南湖科学城是东岭医药创新主平台，重点发展生物制药。")
    assert "南湖科学城" in found
    assert not any(n.endswith("主平台") for n in found), found


def test_a_leading_firm_is_described_and_its_name_follows() -> None:
    found = _names("东岭大学与国内知名企业南湖生物科技有限公司签约。")
    assert "南湖生物科技有限公司" in found
    assert not any("知名" in n for n in found), found


def test_a_named_incubator_and_a_ranked_programme_are_kept() -> None:
    assert "东岭生物医药孵化器" in _names("东岭生物医药孵化器今日开业，首批入驻企业二十家。")
    found = _names("市政府印发《北辰市一流学科建设计划》，支持高校发展。")
    assert any("一流" in n for n in found), found


def test_a_registered_firm_named_by_a_rank_word_is_kept() -> None:
    # a firm may register any word as its trade name, a rank word too
    assert "北辰领先医疗服务有限公司" in _names("北辰领先医疗服务有限公司今日发布新品。")
