"""A plan's class of platform (重大…平台, 国家+one generic word+平台) is no platform's name (issue #10)."""

from __future__ import annotations

from tests.extract.helpers import build


def _platforms(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Platform"}


def test_graded_platform_class_is_not_a_name() -> None:
    found = _platforms("东岭市将布局一批重大创新平台，并与邻省共建南湖重大合作平台。")
    assert not any("重大" in n for n in found)


def test_graded_facility_platform_in_a_list_is_not_a_name() -> None:
    found = _platforms("规划提出建设重大科技装置支撑平台、综合科学中心等载体。")
    assert not any("重大" in n for n in found)


def test_national_tier_of_a_kind_is_not_a_name() -> None:
    assert "国家创新平台" not in _platforms("推动成果转化，对接国家创新平台，构建科技体系。")


def test_named_platforms_stay() -> None:
    found = _platforms("东岭大学牵头建设东岭生物医药公共服务平台，并与国家基因库开展合作。")
    assert "东岭生物医药公共服务平台" in found
    assert "国家基因库" in found


def test_platform_summing_up_a_list_is_their_class() -> None:
    found = _platforms("加快合同研究机构（CRO）、合同生产机构（CMO）等医药产业应用基础平台建设。")
    assert not any(n.endswith("基础平台") for n in found)
    assert not _platforms("推进东岭站、南湖站等工业互联网标识解析平台建设。")
    assert not _platforms("支持东岭、南湖等地工业标识解析服务平台建设。")


def test_platform_after_a_word_with_deng_stays() -> None:
    found = _platforms("东岭市高等教育南湖协同创新平台揭牌成立。")
    assert any(n.endswith("协同创新平台") for n in found)


def test_platform_opening_with_a_plans_quality_is_not_a_name() -> None:
    assert not _platforms("南湖市将构建高效全链条成果转化服务平台。")
    assert not _platforms("东岭区要打造多层次知识产权运营交易平台。")


def test_slogan_of_counted_sites_is_not_a_platform() -> None:
    assert not _platforms("东岭市推进“一园两院三中心”科技创新平台建设。")
    assert not _platforms("南湖区加快两园三中心创新平台建设。")
