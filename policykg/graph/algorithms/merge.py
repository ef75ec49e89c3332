"""Merge per-document graphs into one snapshot: the reference semantics of every store.

An entity seen in several documents becomes one record whose aliases and
documents are the union over those documents. Stores must produce exactly this
from the same input (tests compare them), so it is written once, here, in plain
Python.
"""

from __future__ import annotations

from collections.abc import Iterable

from policykg.model import (
    DocumentGraph,
    DocumentRecord,
    EntityRecord,
    GraphSnapshot,
    RelationRecord,
    document_values,
)


def document_record(graph: DocumentGraph) -> DocumentRecord:
    return DocumentRecord(**document_values(graph.document))


def relation_records(graph: DocumentGraph) -> list[RelationRecord]:
    out: dict[str, RelationRecord] = {}
    for r in graph.relations:
        ev = r.evidence
        out.setdefault(
            r.id,
            RelationRecord(
                id=r.id,
                head=r.head,
                type=r.type,
                tail=r.tail,
                doc=ev.doc,
                evidence=ev.text,
                start=ev.start,
                end=ev.end,
                rule=ev.rule,
                confidence=ev.confidence,
            ),
        )
    return list(out.values())


def merge_graphs(graphs: Iterable[DocumentGraph]) -> GraphSnapshot:
    """Fold document graphs (later files with the same name replace earlier ones) into a snapshot."""
    by_file: dict[str, DocumentGraph] = {}
    for g in graphs:
        by_file[g.document.file] = g
    entities: dict[str, EntityRecord] = {}
    relations: dict[str, RelationRecord] = {}
    for g in by_file.values():
        for e in g.entities:
            rec = entities.get(e.id)
            if rec is None:
                rec = entities[e.id] = EntityRecord(
                    id=e.id,
                    name=e.name,
                    type=e.type,
                    aliases=[],
                    docs=[],
                    jurisdiction=e.jurisdiction,
                    confidence=e.confidence,
                )
            rec.aliases.extend(e.aliases)
            rec.docs.append(g.document.file)
            rec.confidence = max(rec.confidence, e.confidence)
        for r in relation_records(g):
            relations.setdefault(r.id, r)
    snap = GraphSnapshot(
        documents=[document_record(g) for g in by_file.values()],
        entities=list(entities.values()),
        relations=list(relations.values()),
    )
    return snap.sort()
