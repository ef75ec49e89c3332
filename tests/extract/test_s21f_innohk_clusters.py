"""InnoHK's research clusters: named in Chinese and by a Latin code that holds InnoHK after an @.

Sentences are written for this file in the press-release, Legislative Council (Traditional) and news styles.
The Latin code of a cluster is that cluster's alias, never a mention of the InnoHK programme it belongs to.
"""

from __future__ import annotations

import pytest

from .helpers import build, names

CLUSTER = [
    ("創新科技署表示，醫療科技創新平台(Health@InnoHK)首批研發中心已開始運作。", "医疗科技创新平台"),
    ("政府宣布设立人工智能及机械人科技创新平台（AIR@InnoHK），吸引海外大学参与。", "人工智能及机械人科技创新平台"),
    ("南湖大学计划向Health@InnoHK提交建议书。", "Health@InnoHK"),
]


@pytest.mark.parametrize("text,name", CLUSTER)
def test_cluster_is_found_by_either_name(text: str, name: str) -> None:
    assert name in names(build(text))


def test_latin_code_is_not_the_programme() -> None:
    g = build("南湖大学计划向Health@InnoHK提交建议书。")
    by = names(g)
    assert "InnoHK" not in by or by["InnoHK"] is by["Health@InnoHK"]
    assert all(e.name != "InnoHK创新香港研发平台" for e in g.entities)


def test_programme_is_still_found_by_its_own_code() -> None:
    g = build("政府推出InnoHK，吸引海外科研机构来港。")
    assert any(e.name == "InnoHK创新香港研发平台" for e in g.entities)
