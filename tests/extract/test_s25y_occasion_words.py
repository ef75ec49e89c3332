"""Words that say which time an act happens (此次, 本次, 今次, 是次) open a clause, not a name.

Before, 此次 before a firm's name made the firm look like "this firm" and it was dropped, and Hong Kong news's
今次 was kept as the first word of a park's name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation, names


@pytest.mark.parametrize("opener", ["此次", "本次", "这次"])
def test_firm_after_an_occasion_word_is_kept_and_linked(opener: str) -> None:
    g = build(f"{opener}东岭集团与南湖大学签署战略合作协议。")
    assert "东岭集团" in names(g)
    assert has_relation(g, "东岭集团", "COOPERATES_WITH", "南湖大学")


def test_hong_kong_occasion_word_is_not_part_of_a_name() -> None:
    g = build("今次科技園與三所大學合作，推動創科發展。")
    assert not any(n.startswith("今次") for n in names(g))
