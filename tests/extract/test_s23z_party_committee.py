"""A Party committee named before a post (session s23, helper z): 某大学党委书记, 某医院党委副书记 is the title of the
person who holds it; the body the text names is the university, hospital or firm, not its committee, so no
committee entity (and no PART_OF from it to the body) is made. A town's or district's committee stays an Agency.

Every sentence is written for this file (invented organisations, real places).
"""

from __future__ import annotations

import pytest

from .helpers import build

BODY_BEFORE_POST = [
    ("东岭大学党委书记王明出席签约仪式并致辞。", "东岭大学", "University"),
    ("南湖医院党委副书记李华介绍了医院的学科建设情况。", "南湖医院", "Hospital"),
    ("北辰生物医药集团党委常委、副总经理赵强参加了论坛。", "北辰生物医药集团", "Company"),
    ("上海大学党委书记刘明表示，双方将在医学领域深化合作。", "上海大学", "University"),
]


@pytest.mark.parametrize("text, body, type_", BODY_BEFORE_POST)
def test_committee_before_a_post_names_the_body(text: str, body: str, type_: str) -> None:
    g = build(text)
    names = {e.name: e.type for e in g.entities}
    assert names.get(body) == type_
    assert not any(n.endswith("党委") for n in names)
    assert not any(r.type == "PART_OF" for r in g.relations)


def test_a_towns_committee_stays_an_agency() -> None:
    g = build("东岭市南湖镇党委书记王明出席会议。")
    assert any(e.name.endswith("南湖镇党委") and e.type == "Agency" for e in g.entities)
