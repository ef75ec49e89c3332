"""A ministry of the State Council written with 国家 before its short form (国家科技部, 國家教育部) is the ministry,
and the written form is kept as an alias so that a reader's search for it finds the node."""

from __future__ import annotations

from policykg.extract import lexicon
from tests.extract.helpers import build


def _by_alias(g, alias: str):
    return [e for e in g.entities if alias in e.aliases or e.name == alias]


def test_guojia_before_a_ministry_short_form_is_the_ministry() -> None:
    g = build("东岭大学在国家科技部的支持下建设联合实验室。")
    hits = _by_alias(g, "国家科技部")
    assert [e.name for e in hits] == ["中华人民共和国科学技术部"]
    assert hits[0].type == "Agency"


def test_traditional_script_release_names_the_same_ministry() -> None:
    g = build("國家教育部與南湖大學簽署合作協議。")
    assert any(e.name == "中华人民共和国教育部" for e in g.entities)


def test_only_ministries_take_the_national_prefix() -> None:
    surfaces = {s for e in lexicon.load().entries for s in e.surfaces()}
    assert "国家科技部" in surfaces and "国家工信部" in surfaces
    # 国家发改委 is written by the table itself; no 国家国家… and no 国家 before a commission's bare short form
    assert not any(s.startswith("国家国家") for s in surfaces)
    assert "国家发展改革委" in surfaces and "国家发改委" in surfaces
