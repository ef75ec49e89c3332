"""RDF view of a snapshot (rdflib): Turtle, JSON-LD and parameterised SPARQL.

Why RDF at all: linked-data users want the graph in standard vocabularies
(schema.org, W3C ORG, SKOS, Dublin Core, PROV) so it can be joined with other
data. Every class and predicate comes from :mod:`policykg.ontology`; this module
only decides how records map onto triples:

* an entity is ``<base><id>`` typed with its schema.org / ORG class *and*
  ``pkg:<Type>`` (Lab and ResearchInstitute share ``schema:ResearchOrganization``;
  the ``pkg`` class keeps them apart), labelled with ``skos:prefLabel``/``rdfs:label``
  and ``skos:altLabel`` tagged ``zh-Hans`` or ``zh-Hant`` by script;
* a document is a ``schema:DigitalDocument`` with Dublin Core metadata and
  ``schema:mentions`` links to its entities;
* a relation is the direct triple ``head pkg:<predicate> tail`` (easy querying) plus
  an assertion node ``<base><relation id>`` (typed ``pkg:Assertion`` and
  ``rdf:Statement``) carrying ``prov:wasDerivedFrom`` the document and the evidence
  sentence and offsets, so every edge can be traced back to the text that states it.

All nodes are IRIs (no blank nodes), which is what makes serialisations repeatable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Identifier, Node

from policykg import ontology
from policykg.errors import PolicyKGError, QueryError
from policykg.model import GraphSnapshot, document_id

DEFAULT_BASE = "https://policykg.org/id/"

PKG = Namespace(ontology.PKG)
SCHEMA = Namespace(ontology.SCHEMA)
SKOS = Namespace(ontology.SKOS)
DCT = Namespace(ontology.DCT)
PROV = Namespace(ontology.PROV)
ORG = Namespace(ontology.ORG)

PREFIXES: dict[str, str] = {
    "pkg": ontology.PKG,
    "schema": ontology.SCHEMA,
    "org": ontology.ORG,
    "skos": ontology.SKOS,
    "dct": ontology.DCT,
    "prov": ontology.PROV,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
"""Prefixes bound in every graph; SPARQL queries can use them without declaring them."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# ---------------------------------------------------------------- language tags


@lru_cache(maxsize=1)
def _traditional_check() -> Callable[[str], bool]:
    """The loaders' script test when it exists (one definition project-wide), else a local
    OpenCC round trip: text is Traditional when converting it to Simplified changes it."""
    try:
        from policykg.loaders.normalize import is_traditional

        return is_traditional
    except (ImportError, AttributeError):
        import opencc

        t2s = opencc.OpenCC("t2s").convert
        return lambda text: t2s(text) != text


def language_tag(text: str) -> str | None:
    """``zh-Hant`` / ``zh-Hans`` for text with Han characters, else no tag (we cannot
    tell the language of an acronym such as "CAR-T", so we do not claim one)."""
    if not _HAN.search(text):
        return None
    return "zh-Hant" if _traditional_check()(text) else "zh-Hans"


def _confidence(value: float) -> Literal:
    """xsd:decimal rounded to 6 places: reads as 0.85 rather than 8.5e-01 and never
    carries float noise into the export."""
    return Literal(Decimal(repr(round(float(value), 6))))


def text_literal(text: str, *, simplified: bool = False) -> Literal:
    """A tagged literal. ``simplified`` marks text taken from the normalised (Simplified)
    document text — names, metadata — whose script is known, so no guess is made; aliases,
    evidence and titles keep a Traditional document's script and are tagged by looking at them."""
    if simplified:
        return Literal(text, lang="zh-Hans" if _HAN.search(text) else None)
    return Literal(text, lang=language_tag(text))


# ---------------------------------------------------------------- IRIs


def entity_iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(base + entity_id)


def document_iri(file: str, base: str = DEFAULT_BASE) -> URIRef:
    """Documents are addressed by their deterministic id, computed from the file name, so
    relations and ``docs`` lists (which hold file names) link even to documents absent
    from the snapshot."""
    return URIRef(base + document_id(file))


def assertion_iri(relation_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(base + relation_id)


def type_class(type_name: str) -> URIRef:
    """``pkg:<Type>``; a type outside the ontology (e.g. from a hand-edited JSONL) is refused
    rather than minting a class nobody defined."""
    if type_name not in ontology.ENTITY_TYPES:
        raise PolicyKGError(
            f"unknown entity type {type_name!r} in the graph — use one of {', '.join(ontology.ENTITY_TYPES)}"
        )
    return PKG[type_name]


def relation_predicate(type_name: str) -> URIRef:
    t = ontology.RELATION_TYPES.get(type_name)
    if t is None:
        raise PolicyKGError(
            f"unknown relation type {type_name!r} in the graph — use one of {', '.join(ontology.RELATION_TYPES)}"
        )
    return URIRef(t.rdf_property)


# ---------------------------------------------------------------- snapshot → graph


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    # SimpleMemory: we never need named graphs, and it adds triples about a third faster.
    g = Graph(store="SimpleMemory")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns), override=True, replace=True)
    g.bind("kg", Namespace(base), override=True, replace=True)
    return g


def _named_in(by_name: dict[str, list[tuple[URIRef, frozenset[str]]]], name: str, file: str) -> URIRef | None:
    """The entity named ``name`` that document ``file`` mentions, else the first of that name (entities come
    sorted), else None."""
    found = by_name.get(name)
    if not found:
        return None
    return next((node for node, docs in found if file in docs), found[0][0])


def to_graph(snapshot: GraphSnapshot, base: str = DEFAULT_BASE) -> Graph:
    """Build the rdflib graph of a snapshot (see the module docstring for the mapping)."""
    if not base.endswith(("/", "#")):
        base += "/"
    g = new_graph(base)
    add = g.add

    # name → (node, documents that mention it): one name may be several entities (省政府 of two documents, each
    # kept to its document), so a document's issuer is the entity of that name the document mentions
    agencies_by_name: dict[str, list[tuple[URIRef, frozenset[str]]]] = {}
    people_by_name: dict[str, list[tuple[URIRef, frozenset[str]]]] = {}
    for e in snapshot.entities:
        node = entity_iri(e.id, base)
        add((node, RDF.type, type_class(e.type)))
        add((node, RDF.type, URIRef(ontology.ENTITY_TYPES[e.type].rdf_class)))
        add((node, DCT.identifier, Literal(e.id)))
        name = text_literal(e.name, simplified=True)
        add((node, SKOS.prefLabel, name))
        add((node, RDFS.label, name))
        for alias in sorted(set(e.aliases) - {e.name}):
            add((node, SKOS.altLabel, text_literal(alias)))
        if e.jurisdiction:
            add((node, PKG.jurisdiction, text_literal(e.jurisdiction, simplified=True)))
        add((node, PKG.confidence, _confidence(e.confidence)))
        for file in sorted(set(e.docs)):
            add((document_iri(file, base), URIRef(ontology.MENTIONS_RDF), node))
        if e.type == "Agency":
            agencies_by_name.setdefault(e.name, []).append((node, frozenset(e.docs)))
        elif e.type == "Person":
            people_by_name.setdefault(e.name, []).append((node, frozenset(e.docs)))

    for d in snapshot.documents:
        node = document_iri(d.file, base)
        add((node, RDF.type, URIRef(ontology.DOCUMENT_RDF_CLASS)))
        add((node, PKG.file, Literal(d.file)))
        if d.sha256:
            add((node, PKG.sha256, Literal(d.sha256)))
        if d.title:
            # a Traditional document's title is stored as written: tagged by its script, as aliases are
            add((node, DCT.title, text_literal(d.title)))
        if d.doc_number:
            add((node, DCT.identifier, Literal(d.doc_number)))
        if d.date:
            add((node, DCT.date, Literal(d.date, datatype=XSD.date) if _ISO_DATE.match(d.date) else Literal(d.date)))
        if d.issuer:
            add((node, DCT.publisher, text_literal(d.issuer, simplified=True)))
            issuer_node = _named_in(agencies_by_name, d.issuer, d.file)
            if issuer_node is not None:
                add((node, URIRef(ontology.DOCUMENT_ISSUED_RDF), issuer_node))
        for person in d.addressees:
            add((node, PKG.addressee, text_literal(person, simplified=True)))
            person_node = _named_in(people_by_name, person, d.file)
            if person_node is not None:
                add((node, URIRef(ontology.ADDRESSED_TO_RDF), person_node))
        if d.doc_type:
            add((node, PKG.docType, Literal(d.doc_type)))
        if d.region:
            add((node, PKG.region, text_literal(d.region, simplified=True)))

    for r in snapshot.relations:
        head, tail = entity_iri(r.head, base), entity_iri(r.tail, base)
        pred = relation_predicate(r.type)
        add((head, pred, tail))
        stmt = assertion_iri(r.id, base)
        add((stmt, RDF.type, PKG.Assertion))
        add((stmt, RDF.type, RDF.Statement))
        add((stmt, RDF.subject, head))
        add((stmt, RDF.predicate, pred))
        add((stmt, RDF.object, tail))
        add((stmt, PKG.relationType, Literal(r.type)))
        add((stmt, PROV.wasDerivedFrom, document_iri(r.doc, base)))
        add((stmt, PKG.evidence, text_literal(r.evidence)))  # a Traditional document's is stored as written
        add((stmt, PKG.start, Literal(int(r.start))))
        add((stmt, PKG.end, Literal(int(r.end))))
        if r.rule:
            add((stmt, PKG.rule, Literal(r.rule)))
        add((stmt, PKG.confidence, _confidence(r.confidence)))
    return g


# ---------------------------------------------------------------- serialisations


def to_turtle(snapshot: GraphSnapshot, base: str = DEFAULT_BASE) -> str:
    """Turtle text. rdflib's Turtle writer sorts subjects, predicates and objects, and the
    graph has no blank nodes, so equal snapshots give equal text."""
    return to_graph(snapshot, base).serialize(format="turtle")


def jsonld_context(base: str = DEFAULT_BASE) -> dict[str, str]:
    return {**PREFIXES, "kg": base}


def _stable_jsonld(value: Any) -> Any:
    # RDF property values are sets, so ordering list members changes nothing in meaning.
    if isinstance(value, dict):
        return {k: _stable_jsonld(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_stable_jsonld(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def to_jsonld(snapshot: GraphSnapshot, base: str = DEFAULT_BASE) -> str:
    """Compact JSON-LD with an ``@context`` of the prefixes above.

    rdflib's JSON-LD writer follows store iteration order, so the result is re-read and
    every list sorted and keys sorted; nodes end up ordered by ``@id``."""
    context = jsonld_context(base)
    raw = to_graph(snapshot, base).serialize(format="json-ld", context=context, auto_compact=True)
    doc = json.loads(raw)
    if isinstance(doc, dict) and "@graph" not in doc and "@id" in doc:
        doc = {"@context": doc.pop("@context", context), "@graph": [doc]}
    if isinstance(doc, dict):
        doc["@graph"] = _stable_jsonld(doc.get("@graph", []))
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


# ---------------------------------------------------------------- SPARQL


def _term(value: Any) -> Node:
    """Turn a binding value into an RDF term: rdflib terms pass through, strings that look
    like IRIs become IRIs, other strings and numbers become literals."""
    if isinstance(value, Identifier):
        return value
    if isinstance(value, str) and re.match(r"^(https?|urn|file):", value):
        return URIRef(value)
    return Literal(value)


def sparql(graph: Graph | GraphSnapshot, query: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, str]]:
    """Run a read-only SPARQL query with values bound through ``initBindings`` (never by
    editing the query text) and return rows as ``{variable: text}``; unbound variables are
    left out of a row. ASK gives ``[{"ask": "true"|"false"}]``; CONSTRUCT/DESCRIBE give
    ``{"s", "p", "o"}`` rows. A snapshot is converted with the default base first."""
    g = to_graph(graph) if isinstance(graph, GraphSnapshot) else graph
    init: dict[str, Any] = {k.lstrip("?$"): _term(v) for k, v in (bindings or {}).items()}
    try:
        result = g.query(query, initNs=PREFIXES, initBindings=init)
    except Exception as exc:  # rdflib raises pyparsing and assorted evaluation errors
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"SPARQL failed: {first} — check the query syntax and prefixes") from None
    if result.type == "ASK":
        return [{"ask": "true" if result.askAnswer else "false"}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [{"s": str(s), "p": str(p), "o": str(o)} for s, p, o in sorted(result.graph)]  # type: ignore[arg-type]
    names = [str(v) for v in (result.vars or [])]
    rows: list[dict[str, str]] = []
    for row in result:
        rows.append({n: str(row[i]) for i, n in enumerate(names) if row[i] is not None})  # type: ignore[index]
    return rows
