"""Per-rule report: how often each rule fires, in how many documents, and how often it is right.

Every mention carries the rule that found it (``suffix:平台``, ``gazetteer:place``, ``person:after-title``)
and every relation the rule that stated it (``founded.active``, ``structure:责任单位``). Against gold
annotations a mention is right when its surface or its entity's name matches a gold name or alias,
and a relation when its typed pair is in the gold file. Rules that fire in one document only, or
are mostly wrong, are the ones to review: a rule earns its place on documents it was not written for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from policykg.evaluate import gold_documents, norm, read_gold
from policykg.model import DocumentGraph
from policykg.ontology import RELATION_TYPES


@dataclass
class RuleStat:
    rule: str
    kind: str
    """"entity" (a name-finding rule) or "relation"."""
    fires: int = 0
    correct: int = 0
    docs: set[str] = field(default_factory=set)

    @property
    def precision(self) -> float:
        return self.correct / self.fires if self.fires else 0.0

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "fires": self.fires,
            "documents": len(self.docs),
            "correct": self.correct,
            "precision": round(self.precision, 3),
        }


def audit(graphs: list[DocumentGraph], gold_dir: Path) -> dict[str, RuleStat]:
    """Rule id → its statistics over the documents of ``graphs`` that have a gold file in ``gold_dir``."""
    gold_files = gold_documents(gold_dir)
    stats: dict[str, RuleStat] = {}

    def stat(rule: str, kind: str) -> RuleStat:
        s = stats.get(rule)
        if s is None:
            s = stats[rule] = RuleStat(rule, kind)
        return s

    for g in graphs:
        name = Path(g.document.file).name
        gf = gold_files.get(name)
        if gf is None:
            continue
        gold = read_gold(gf)
        index: dict[str, int] = {}
        for i, e in enumerate(gold["entities"]):
            for k in [e["name"]] + list(e.get("aliases") or []):
                index.setdefault(norm(k), i)
        by_name = {e["name"]: i for i, e in enumerate(gold["entities"])}
        gold_rel: set[tuple[int, str, int]] = set()
        for r in gold.get("relations", []):
            h, t = by_name.get(r["head"]), by_name.get(r["tail"])
            if h is None or t is None:
                continue
            gold_rel.add((h, r["type"], t))
            if RELATION_TYPES.get(r["type"]) is not None and RELATION_TYPES[r["type"]].symmetric:
                gold_rel.add((t, r["type"], h))
        gold_of: dict[str, int | None] = {}
        for e in g.entities:
            hit = None
            for k in [e.name] + list(e.aliases):
                hit = index.get(norm(k))
                if hit is not None:
                    break
            gold_of[e.id] = hit
            for m in e.mentions:
                s = stat(m.rule, "entity")
                s.fires += 1
                s.docs.add(name)
                if hit is not None or norm(m.text) in index:
                    s.correct += 1
        for r in g.relations:
            s = stat(r.evidence.rule, "relation")
            s.fires += 1
            s.docs.add(name)
            if (gold_of.get(r.head), r.type, gold_of.get(r.tail)) in gold_rel:
                s.correct += 1
    return stats


def table(sets: dict[str, dict[str, RuleStat]]) -> list[dict]:
    """One row per rule with fires / documents / precision on each named set (for people and for --json)."""
    rules: dict[str, str] = {}
    for st in sets.values():
        for k, s in st.items():
            rules.setdefault(k, s.kind)
    rows = []
    for rule, kind in sorted(rules.items(), key=lambda kv: (kv[1], kv[0])):
        row: dict = {"rule": rule, "kind": kind}
        for set_name, st in sets.items():
            stat: RuleStat | None = st.get(rule)
            prefix = f"{set_name} " if len(sets) > 1 else ""  # one set (policykg eval --rules): plain columns
            row[f"{prefix}fires"] = stat.fires if stat else 0
            row[f"{prefix}documents"] = len(stat.docs) if stat else 0
            row[f"{prefix}P"] = round(stat.precision, 2) if stat else None
        rows.append(row)
    return rows


def summary(sets: dict[str, dict[str, RuleStat]]) -> dict[str, int]:
    """How many rules fire at all, and in at least two documents, over all sets together."""
    docs: dict[str, set[str]] = defaultdict(set)
    for st in sets.values():
        for k, s in st.items():
            docs[k] |= {f"{id(st)}:{d}" for d in s.docs}
    return {
        "rules firing": len(docs),
        "firing in >= 2 documents": sum(1 for d in docs.values() if len(d) >= 2),
        "firing in 1 document": sum(1 for d in docs.values() if len(d) == 1),
    }
