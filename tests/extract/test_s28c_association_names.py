"""Names in news of an association's founding (session s28c): the elected body and the association stay two
names, a vice-chair title leaves no firm behind, and a journal's editorial board is a body, not a policy title."""

from __future__ import annotations

from tests.extract.helpers import build, names

ELECTION_NEWS = """东岭康养集团当选南湖市生物医药产业联盟理事长单位

5月8日，南湖市生物医药产业联盟成立大会在北辰会展中心召开。东岭康养集团当选联盟理事长单位。
"""


def test_elected_body_is_not_fused_with_the_alliance() -> None:
    g = build(ELECTION_NEWS)
    assert "南湖市生物医药产业联盟" in names(g)
    assert not [e.name for e in g.entities if "当选" in e.name]


def test_vice_chair_title_is_no_firm_name() -> None:
    g = build("南湖市生物医药产业联盟成立。南湖大学党委书记、联盟副理事长王志明教授代表发起单位发言。")
    assert not [e.name for e in g.entities if e.name.endswith("副")]


def test_journal_board_is_no_policy() -> None:
    g = build("《南湖药学》编委会、东岭市医学会等单位发起成立南湖药物创新联盟。")
    assert not [e.name for e in g.entities if e.type == "Policy"]
    assert "东岭市医学会" in names(g)
