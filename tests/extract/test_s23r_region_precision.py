"""Region precision (session s23, helper r): a place's name read out of a longer name that is not a place.

A national strategy named after the country (健康中国, 数字中国) speaks of the strategy, not of China; a given name
after a surname with a title after it (钟南山院士) is a person, not Shenzhen's 南山区; 中国大陆(地区) is the
mainland as a region, not the country. Every sentence is written for this file (invented bodies, real places).
"""

from __future__ import annotations

import pytest

from .helpers import build, names


def _regions(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Region"}


@pytest.mark.parametrize(
    "text",
    [
        "东岭市卫生健康委员会全面落实健康中国行动，推进全民健身。",  # a notice
        "南湖区将加快数字中国建设，推动政务数据共享。",  # a work report
        "报告提出以美丽中国建设为引领，推进生态修复。",  # a research report
    ],
)
def test_a_strategy_named_after_the_country_is_no_mention_of_it(text: str) -> None:
    assert "中国" not in _regions(text)


def test_the_country_on_its_own_is_still_found() -> None:
    assert "中国" in _regions("东岭生物科技有限公司的新药已在中国获批上市。")


@pytest.mark.parametrize(
    "text, person",
    [
        ("钟南山院士团队与东岭医学研究院开展合作。", "钟南山"),  # news
        ("王南山教授在南湖大学作专题报告。", "王南山"),  # a university notice
    ],
)
def test_a_person_named_like_a_district_is_not_the_district(text: str, person: str) -> None:
    assert "南山区" not in _regions(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("东岭公司和香港教授团队签约。", "香港"),  # a preposition before the place, not a surname
        ("浙江杭州院士专家工作站在东岭生物科技有限公司揭牌。", "杭州"),  # 江 ends the word 浙江 here
    ],
)
def test_places_next_to_titles_are_kept(text: str, place: str) -> None:
    assert place in names(build(text))


def test_the_mainland_is_a_region_of_its_own() -> None:
    regions = _regions("集中采购范围内的药品须已在中国大陆地区上市。")
    assert "中国大陆" in regions
    assert "中国" not in regions
