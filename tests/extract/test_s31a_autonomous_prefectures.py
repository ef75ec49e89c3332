"""Autonomous prefectures (s31a): the place name of 红河哈尼族彝族自治州 is what stands before all of its ethnic
groups' names (红河), so the prefecture is 红河州 and its short form in running text is found; cutting one ethnic
name only left 红河哈尼族州, a name no text uses."""

from __future__ import annotations

from policykg.extract.components.gazetteer import _autonomous_short
from tests.extract.helpers import build


def _regions(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in build(text).entities if e.type == "Region"}


def test_two_ethnic_groups_are_both_cut_from_the_place_name() -> None:
    assert _autonomous_short("红河哈尼族彝族自治州") == "红河"
    assert _autonomous_short("克孜勒苏柯尔克孜自治州") == "克孜勒苏"
    assert _autonomous_short("苏州市") is None


def test_full_name_and_short_form_are_one_prefecture() -> None:
    got = _regions("关于中药材产业的简报\n红河哈尼族彝族自治州的三七种植面积扩大，红河州将建设加工园区。")
    assert got == {"红河州": {"红河哈尼族彝族自治州"}}


def test_short_forms_of_prefectures_with_several_groups_are_places() -> None:
    got = _regions("关于中药材产业的简报\n恩施州、红河州和怒江州的中药材种植面积继续扩大。")
    assert {"恩施州", "红河州", "怒江州"} <= set(got)
