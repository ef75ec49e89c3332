"""交流与合作, 联系和合作, 沟通与协作: an activity noun joined to the cooperation word is one shared act, and its
与/和 names no partner of its own, so the body after the first 与 is still the partner."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("东岭集团与南湖大学保持紧密的交流与合作。", "东岭集团"),
        ("东岭集团与南湖大学在新药研发方面向来保持紧密的联系和合作。", "东岭集团"),
        ("東嶺集團與南湖大學在新藥研發方面一直保持緊密的交流與合作。", "东岭集团"),
    ],
)
def test_partner_before_a_paired_activity_cooperates(text: str, head: str) -> None:
    assert has_relation(build(text), head, "COOPERATES_WITH", "南湖大学")


def test_a_kind_after_a_plain_marker_is_still_no_partner() -> None:
    g = build("南湖大学和东岭大学均设有与业界交流与合作的平台。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭大学")
