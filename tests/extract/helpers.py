"""Building graphs from invented text for the extraction tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policykg.loaders.pipeline import build_document
from policykg.loaders.readers import SourceText
from policykg.model import DocumentGraph


def build(text: str, file: str = "doc.txt") -> DocumentGraph:
    src = SourceText(
        path=Path(file),
        text=text,
        encoding="utf-8",
        source_format="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    return build_document(src, file)


def names(g: DocumentGraph) -> dict[str, object]:
    """Every name and alias of the graph's entities → the entity."""
    out = {}
    for e in g.entities:
        out.setdefault(e.name, e)
        for a in e.aliases:
            out.setdefault(a, e)
    return out


def has_relation(g: DocumentGraph, head: str, type_: str, tail: str) -> bool:
    by = names(g)
    h, t = by.get(head), by.get(tail)
    if h is None or t is None:
        return False
    for r in g.relations:
        if r.type != type_:
            continue
        if (r.head, r.tail) == (h.id, t.id) or (type_ == "COOPERATES_WITH" and (r.head, r.tail) == (t.id, h.id)):
            return True
    return False
