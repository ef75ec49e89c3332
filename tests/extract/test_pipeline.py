"""The pipeline's declared order, and the relation engine's per-sentence memory."""

from __future__ import annotations

import pytest

from policykg.extract import pipeline
from policykg.extract.pipeline import Component, check_order, components
from policykg.extract.relations import engine

from .helpers import build


def test_every_layer_is_added_before_it_is_read():
    check_order(components())  # raises on a bad order
    names = [c.name for c in components()]
    assert names.index("decide") < names.index("resolve") < names.index("relation-rules")


def test_a_component_reading_a_layer_nobody_added_yet_is_refused():
    bad = (
        Component("early", ("text",), ("candidates",), lambda d: None),
        Component("too-soon", ("mentions",), ("relations",), lambda d: None),
    )
    with pytest.raises(RuntimeError, match="too-soon"):
        check_order(bad)


def test_sentence_memory_gives_the_same_relations_as_a_fresh_run(monkeypatch):
    text = (
        "佛山市科学技术局会同佛山市财政局印发《佛山市科技成果转化实施细则》。"
        "南湖大学与佛山生物医药有限公司签署战略合作协议。"
    )
    first = build(text, "a.txt")
    assert engine._MEMO, "sentences were not remembered"
    second = build(text, "b.txt")  # answered from memory
    monkeypatch.setattr(engine, "_MEMO", {})
    fresh = build(text, "c.txt")

    def key(g):
        return sorted((r.type, r.evidence.start, r.evidence.end, r.evidence.rule) for r in g.relations)

    assert key(first) == key(second) == key(fresh) and key(first)


def test_extract_is_exposed_by_the_package():
    from policykg.extract import extract

    assert extract is pipeline.extract
