"""networkx view of a snapshot, and GraphML / GEXF files for Gephi, yEd or Cytoscape.

The in-memory graph keeps Python lists (aliases, docs) because analytics and maps
read them; the file writers flatten those to ``|``-joined strings, replace missing
values by empty strings and drop characters XML 1.0 forbids (PDF extraction leaves
control characters behind), since GraphML and GEXF cannot hold any of those.

GEXF gives ``type``, ``start`` and ``end`` on edges a meaning of its own (edge
direction and time intervals), so in GEXF the relation type is written as
``relation`` (and as the edge label) and the evidence offsets as
``evidence_start``/``evidence_end``; GraphML keeps the plain names.
"""

from __future__ import annotations

import os
import re
from typing import IO, Any

import networkx as nx

from policykg import ontology
from policykg.model import GraphSnapshot, document_id

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_networkx(snapshot: GraphSnapshot, include_documents: bool = False) -> nx.MultiDiGraph:
    """Entities as nodes (keyed by entity id), relations as edges keyed by relation id.

    With ``include_documents`` every document becomes a node (kind ``document``) with a
    ``MENTIONS`` edge to each entity that lists it in ``docs``. Nodes and edges are added
    in sorted order so that anything derived from the graph is repeatable."""
    g = nx.MultiDiGraph()
    for e in sorted(snapshot.entities, key=lambda e: e.id):
        g.add_node(
            e.id,
            kind="entity",
            name=e.name,
            type=e.type,
            aliases=sorted(set(e.aliases) - {e.name}),
            docs=sorted(set(e.docs)),
            jurisdiction=e.jurisdiction,
            confidence=float(e.confidence),
        )
    for r in sorted(snapshot.relations, key=lambda r: r.id):
        for end in (r.head, r.tail):
            if end not in g:  # a dangling id (e.g. a hand-edited JSONL): keep the edge, mark the node
                g.add_node(
                    end, kind="entity", name=end, type="Unknown", aliases=[], docs=[], jurisdiction=None, confidence=0.0
                )
        g.add_edge(
            r.head,
            r.tail,
            key=r.id,
            type=r.type,
            doc=r.doc,
            evidence=r.evidence,
            start=int(r.start),
            end=int(r.end),
            rule=r.rule,
            confidence=float(r.confidence),
        )
    if include_documents:
        _add_documents(g, snapshot)
    return g


def _add_documents(g: nx.MultiDiGraph, snapshot: GraphSnapshot) -> None:
    known = {d.file: d for d in snapshot.documents}
    files = set(known)
    for e in snapshot.entities:
        files.update(e.docs)
    for file in sorted(files):
        d = known.get(file)
        g.add_node(
            document_id(file),
            kind="document",
            name=(d.title if d and d.title else file),
            type=ontology.DOCUMENT_LABEL,
            file=file,
            doc_number=d.doc_number if d else None,
            date=d.date if d else None,
            doc_type=d.doc_type if d else None,
        )
    for e in sorted(snapshot.entities, key=lambda e: e.id):
        for file in sorted(set(e.docs)):
            did = document_id(file)
            g.add_edge(did, e.id, key=f"{ontology.MENTIONS}:{did}:{e.id}", type=ontology.MENTIONS, doc=file)


# ---------------------------------------------------------------- files


def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "|".join(str(v) for v in value)
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    return value


def _hex_to_rgb(colour: str) -> dict[str, int]:
    c = colour.lstrip("#")
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1}


_GEXF_EDGE_RENAMES = {"type": "relation", "start": "evidence_start", "end": "evidence_end"}


def file_graph(snapshot: GraphSnapshot, *, gexf: bool, include_documents: bool = True) -> nx.MultiDiGraph:
    """A copy of :func:`to_networkx` with only scalar attributes, ready for an XML writer.

    Nodes get ``label`` (the name) and ``colour`` (from the ontology) so Gephi shows them
    right away; GEXF additionally gets a ``viz`` colour."""
    src = to_networkx(snapshot, include_documents=include_documents)
    out = nx.MultiDiGraph()
    for node, data in src.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items()}
        attrs["label"] = attrs.get("name", node)
        attrs["colour"] = ontology.colour_of(str(data.get("type", "")))
        if gexf:
            attrs["viz"] = {"color": _hex_to_rgb(attrs["colour"])}
        out.add_node(node, **attrs)
    for u, v, key, data in src.edges(keys=True, data=True):
        attrs = {k: _flat(val) for k, val in data.items()}
        if gexf:
            attrs = {_GEXF_EDGE_RENAMES.get(k, k): val for k, val in attrs.items()}
            attrs["label"] = data.get("type", "")
        out.add_edge(u, v, key=key, **attrs)
    return out


def write_graphml(
    snapshot: GraphSnapshot, path: str | os.PathLike[str] | IO[bytes], include_documents: bool = True
) -> None:
    """GraphML (UTF-8) readable by Gephi, yEd, Cytoscape and ``networkx.read_graphml``."""
    nx.write_graphml(
        file_graph(snapshot, gexf=False, include_documents=include_documents),
        path,
        encoding="utf-8",
        named_key_ids=True,
    )


def write_gexf(
    snapshot: GraphSnapshot, path: str | os.PathLike[str] | IO[bytes], include_documents: bool = True
) -> None:
    """GEXF 1.2 (UTF-8) with node colours, readable by Gephi and ``networkx.read_gexf``."""
    nx.write_gexf(
        file_graph(snapshot, gexf=True, include_documents=include_documents), path, encoding="utf-8", version="1.2draft"
    )
