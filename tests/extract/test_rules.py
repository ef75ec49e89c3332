"""Every relation rule is data with examples; each example runs through the whole pipeline."""

from __future__ import annotations

import pytest

from policykg.extract.relations.engine import FORMS, rules
from policykg.ontology import RELATION_SIGNATURES

from .helpers import build, has_relation

EXAMPLES = [(r.id, i, ex) for r in rules() for i, ex in enumerate(r.examples)]


def test_every_rule_has_two_positive_examples_of_different_sources_and_a_negative():
    for r in rules():
        positives = [e for e in r.examples if not e.get("negative")]
        negatives = [e for e in r.examples if e.get("negative")]
        assert len(positives) >= 2, f"{r.id}: fewer than two positive examples"
        assert len({e["source"] for e in positives}) >= 2, f"{r.id}: positive examples all of one source"
        assert negatives, f"{r.id}: no negative example"
        assert r.form in FORMS and r.relation in RELATION_SIGNATURES


@pytest.mark.parametrize("rule_id, index, example", EXAMPLES, ids=[f"{r}#{i}" for r, i, _ in EXAMPLES])
def test_rule_example(rule_id, index, example):
    g = build(example["text"], file=f"example-{rule_id}-{index}.txt")
    rule = next(r for r in rules() if r.id == rule_id)
    found = has_relation(g, example["head"], rule.relation, example["tail"])
    if example.get("negative"):
        assert not found, f"{rule_id}: negative example gave {example['head']} {rule.relation} {example['tail']}"
    else:
        got = sorted((r.type, r.evidence.rule) for r in g.relations)
        assert found, (
            f"{rule_id}: expected {example['head']} {rule.relation} {example['tail']}; "
            f"entities {[e.name for e in g.entities]}; relations {got}"
        )
