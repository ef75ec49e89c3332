"""Replies to deputies speak of the replying bureau as 我局 and of officials' visits with verbs (重视, 考察调研,
座谈): a park or platform named after them must not swallow the clause before it (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import build


def _names(text: str) -> set[str]:
    return {e.name for e in build(text).entities}


def test_self_reference_before_yu_is_not_part_of_the_park() -> None:
    names = _names("收到建议后，我局与东岭生物医药产业园进行了会商，并报市政府。")
    assert "东岭生物医药产业园" in names
    assert not any(n.startswith("我局") for n in names)


def test_self_reference_of_a_committee_before_yu() -> None:
    names = _names("近年来，本委与南湖智能制造产业园共同推进产业链招商。")
    assert "南湖智能制造产业园" in names
    assert not any(n.startswith("本委") for n in names)


def test_attention_verb_ends_the_agency_clause() -> None:
    names = _names("省科技厅高度重视东岭高新区建设，多次组织专家论证。")
    assert "东岭高新区" in names
    assert not any("重视" in n for n in names)


def test_visit_verbs_end_the_clause_before_a_park() -> None:
    names = _names("今年3月，省科技厅到东岭考察调研国家高新区创建工作，并与当地企业座谈南湖科技园发展。")
    assert not any("调研" in n or "考察" in n or "座谈" in n for n in names)
