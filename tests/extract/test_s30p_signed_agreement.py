"""A与B签署《协议》: an agreement two sides sign with each other is no measure either of them issues; they cooperate.
Bodies that sign a document jointly, naming no counter-party (A、B及C三方签署《框架协议》), still issue it.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_an_agreement_signed_with_a_counter_party_is_not_issued() -> None:
    g = build("东岭市人民政府与南湖大学签署《东岭市南湖大学战略合作协议》。\n")
    assert not has_relation(g, "东岭市人民政府", "ISSUED", "东岭市南湖大学战略合作协议")
    assert not has_relation(g, "南湖大学", "ISSUED", "东岭市南湖大学战略合作协议")
    assert has_relation(g, "东岭市人民政府", "COOPERATES_WITH", "南湖大学")


def test_a_partner_word_before_the_group_after_an_adverb() -> None:
    g = build("东岭市人民政府还与南湖大学签署了《东岭南湖科技合作协议》。\n")
    assert not has_relation(g, "东岭市人民政府", "ISSUED", "东岭南湖科技合作协议")
    assert not has_relation(g, "南湖大学", "ISSUED", "东岭南湖科技合作协议")


def test_bodies_signing_jointly_with_no_counter_party_still_issue() -> None:
    g = build("东岭市科学技术局、南湖大学及北辰医学研究院三方签署《东岭南湖北辰协同创新框架协议》。\n")
    for body in ("东岭市科学技术局", "南湖大学", "北辰医学研究院"):
        assert has_relation(g, body, "ISSUED", "东岭南湖北辰协同创新框架协议")


def test_a_single_signer_still_issues() -> None:
    g = build("东岭市人民政府签署《东岭市科技创新促进办法》。\n")
    assert has_relation(g, "东岭市人民政府", "ISSUED", "东岭市科技创新促进办法")
