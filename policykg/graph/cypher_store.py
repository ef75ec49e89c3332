"""The Cypher both stores speak, and the per-document replace built on it.

Neo4j and the embedded engine run the *same* statements, so the graph model is
written down once, here. A store only supplies a way to run one statement inside
an open transaction (:data:`TxRun`); everything else — what to delete when a
document changes, how entities are merged across documents, how the snapshot is
read back — lives in this module. That is what makes "both stores give the same
snapshot as :func:`policykg.graph.merge.merge_graphs`" a property of one piece of
code rather than two.

User values always travel as parameters. The only text spliced into statements
are entity labels and relationship types, and only after
:func:`policykg.ontology.checked_label` / :func:`~policykg.ontology.checked_relation`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from policykg import ontology
from policykg.errors import StoreError
from policykg.model import (
    DocumentGraph,
    DocumentRecord,
    EntityRecord,
    GraphSnapshot,
    RelationRecord,
    document_id,
)

TxRun = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
"""Run one statement with parameters inside the caller's open transaction; rows as dicts."""

DEFAULT_BATCH_SIZE = 1000

# ---------------------------------------------------------------- statements: delete

DOC_MENTIONED_IDS = (
    "MATCH (d:Document {id: $doc_id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id"
)
# Relations are found from the document's own entities (every relation's head is
# one of them), so replacing one document never scans the whole graph.
DELETE_DOC_RELATIONS = (
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid})-[r]->(:Entity) "
    "WHERE r.doc_id = $doc_id DELETE r"
)
# DETACH also takes the document's MENTIONS, ISSUED and ADDRESSED_TO edges.
DELETE_DOCUMENT = "MATCH (d:Document {id: $doc_id}) DETACH DELETE d"

# ---------------------------------------------------------------- statements: write

CREATE_DOCUMENT = "CREATE (d:Document) SET d += $props"
MERGE_ENTITIES = (
    "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props, e:{label}"
)
CREATE_MENTIONS = (
    "MATCH (d:Document {id: $doc_id}) UNWIND $rows AS row "
    "MATCH (e:Entity {id: row.id}) "
    "CREATE (d)-[:MENTIONS {aliases: row.aliases, confidence: row.confidence}]->(e)"
)
CREATE_RELATIONS = (
    "UNWIND $rows AS row MATCH (h:Entity {id: row.head}) MATCH (t:Entity {id: row.tail}) "
    "CREATE (h)-[r:{rel}]->(t) SET r += row.props"
)
CREATE_ISSUED = (
    "MATCH (d:Document {id: $doc_id}) MATCH (e:Entity {id: $entity_id}) "
    "CREATE (e)-[:ISSUED {doc: $file, doc_id: $doc_id, rule: 'metadata'}]->(d)"
)
CREATE_ADDRESSED = (
    "MATCH (d:Document {id: $doc_id}) UNWIND $ids AS pid MATCH (p:Entity {id: pid}) "
    "CREATE (d)-[:ADDRESSED_TO {doc: $file, doc_id: $doc_id, rule: 'metadata'}]->(p)"
)

# ---------------------------------------------------------------- statements: merge upkeep

ENTITY_MENTIONS = (
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) "
    "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e) "
    "RETURN e.id AS id, e.name AS name, collect(m.aliases) AS aliases, "
    "collect(m.confidence) AS confidences"
)
UPDATE_ENTITIES = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
    "SET e.aliases = row.aliases, e.search = row.search, e.confidence = row.confidence"
)
DELETE_ENTITIES = "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) DETACH DELETE e"

# ---------------------------------------------------------------- statements: read

DOCUMENT_HASHES = "MATCH (d:Document) RETURN d.file AS file, d.sha256 AS sha256"
SNAPSHOT_DOCUMENTS = (
    "MATCH (d:Document) RETURN d.id AS id, d.file AS file, d.sha256 AS sha256, d.title AS title, "
    "d.doc_number AS doc_number, d.issuer AS issuer, d.date AS date, d.addressees AS addressees, "
    "d.doc_type AS doc_type, d.region AS region"
)
SNAPSHOT_ENTITIES = (
    "MATCH (e:Entity) OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e) "
    "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
    "e.jurisdiction AS jurisdiction, e.confidence AS confidence, collect(d.file) AS docs"
)
SNAPSHOT_RELATIONS = (
    "MATCH (h:Entity)-[r]->(t:Entity) "
    "RETURN r.id AS id, h.id AS head, type(r) AS type, t.id AS tail, r.doc AS doc, "
    "r.evidence AS evidence, r.start AS start, r.end AS end, r.rule AS rule, "
    "r.confidence AS confidence"
)
COUNTS = (
    "MATCH (n) WITH count(n) AS nodes "
    "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"
)


def merge_entities_statement(type_name: str) -> str:
    return MERGE_ENTITIES.replace("{label}", ontology.checked_label(type_name))


def create_relations_statement(type_name: str) -> str:
    if type_name not in ontology.RELATION_TYPES:
        raise ValueError(f"unknown relation type {type_name!r}")
    return CREATE_RELATIONS.replace("{rel}", ontology.checked_relation(type_name))


# ---------------------------------------------------------------- planning (pure Python)


def search_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """Lookup forms of a name: NFKC, lower case, no whitespace — so 'ＡＢＣ 大学' finds 'abc大学'."""
    keys = {re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower() for s in [name, *aliases] if s}
    return sorted(k for k in keys if k)


def batches(rows: list[Any], size: int) -> Iterator[list[Any]]:
    size = max(1, size)
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


@dataclass
class DocumentPlan:
    """What one document contributes, grouped the way the statements want it.

    Built in plain Python before any statement runs, so that invalid input (a
    relation pointing at an entity the document does not contain, an unknown
    type) fails before the transaction touches the graph.
    """

    doc_id: str
    file: str
    props: dict[str, Any]
    entities_by_type: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    relations_by_type: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issuer_id: str | None = None
    addressee_ids: list[str] = field(default_factory=list)

    @property
    def entity_ids(self) -> list[str]:
        return [m["id"] for m in self.mentions]


def _pick(candidates: list[tuple[int, str, str]]) -> str | None:
    return min(candidates)[2] if candidates else None


def plan_document(graph: DocumentGraph) -> DocumentPlan:
    d = graph.document
    doc_id = d.id
    props = {
        "id": doc_id, "file": d.file, "sha256": d.sha256, "title": d.title, "doc_number": d.doc_number,
        "issuer": d.issuer, "date": d.date, "doc_type": d.doc_type, "region": d.region,
        "addressees": list(d.addressees),
    }
    plan = DocumentPlan(doc_id=doc_id, file=d.file, props={k: v for k, v in props.items() if v is not None})

    # One row per entity id: the same entity listed twice in a document merges, as in merge_graphs.
    merged: dict[str, dict[str, Any]] = {}
    for e in graph.entities:
        ontology.checked_label(e.type)
        row = merged.get(e.id)
        if row is None:
            row = merged[e.id] = {
                "id": e.id, "name": e.name, "type": e.type, "jurisdiction": e.jurisdiction,
                "aliases": set(), "confidence": e.confidence,
            }
        row["aliases"].update(e.aliases)
        row["confidence"] = max(row["confidence"], e.confidence)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in merged.values():
        node_props = {"id": row["id"], "name": row["name"], "type": row["type"]}
        if row["jurisdiction"] is not None:
            node_props["jurisdiction"] = row["jurisdiction"]
        by_type[row["type"]].append({"id": row["id"], "props": node_props})
        plan.mentions.append({
            "id": row["id"], "aliases": sorted(row["aliases"]), "confidence": row["confidence"],
        })
    plan.entities_by_type = dict(by_type)

    seen: set[str] = set()
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in graph.relations:
        if r.id in seen:
            continue
        seen.add(r.id)
        if r.type not in ontology.RELATION_TYPES:
            raise StoreError(f"{d.file}: unknown relation type {r.type!r} — fix the extractor output")
        for end in (r.head, r.tail):
            if end not in merged:
                raise StoreError(
                    f"{d.file}: relation {r.type} refers to entity {end} that the document does not list "
                    "— every relation end must be one of the document's entities"
                )
        ev = r.evidence
        rels[r.type].append({"head": r.head, "tail": r.tail, "props": {
            "id": r.id, "doc": ev.doc, "doc_id": doc_id, "evidence": ev.text, "start": ev.start,
            "end": ev.end, "rule": ev.rule, "confidence": ev.confidence,
        }})
    plan.relations_by_type = dict(rels)

    # Document-level edges: the header's issuer and addressees, when they are entities here.
    if d.issuer:
        cands = [(0 if row["type"] == "Agency" else 1, row["id"], row["id"])
                 for row in merged.values() if row["name"] == d.issuer]
        if not cands:
            cands = [(2 if row["type"] == "Agency" else 3, row["id"], row["id"])
                     for row in merged.values() if d.issuer in row["aliases"]]
        plan.issuer_id = _pick(cands)
    wanted = set(d.addressees)
    plan.addressee_ids = sorted(
        row["id"] for row in merged.values()
        if row["type"] == "Person" and (row["name"] in wanted or wanted & row["aliases"])
    )
    return plan


# ---------------------------------------------------------------- the transaction bodies


def _delete_document(run: TxRun, doc_id: str, batch_size: int) -> list[str]:
    """Remove a document and the edges it asserted; return the entities it mentioned."""
    old_ids = [row["id"] for row in run(DOC_MENTIONED_IDS, {"doc_id": doc_id})]
    for chunk in batches(old_ids, batch_size):
        run(DELETE_DOC_RELATIONS, {"ids": chunk, "doc_id": doc_id})
    run(DELETE_DOCUMENT, {"doc_id": doc_id})
    return old_ids


def _refresh_entities(run: TxRun, ids: Iterable[str], batch_size: int) -> None:
    """Recompute merged aliases/confidence from every MENTIONS; drop entities nobody mentions."""
    unique = sorted(set(ids))
    for chunk in batches(unique, batch_size):
        updates: list[dict[str, Any]] = []
        orphans: list[str] = []
        for row in run(ENTITY_MENTIONS, {"ids": chunk}):
            alias_lists = [a for a in row["aliases"] if a is not None]
            confidences = [c for c in row["confidences"] if c is not None]
            if not confidences and not alias_lists:
                orphans.append(row["id"])
                continue
            aliases = sorted({a for lst in alias_lists for a in lst} - {row["name"]})
            updates.append({
                "id": row["id"], "aliases": aliases, "search": search_keys(row["name"], aliases),
                "confidence": max(confidences) if confidences else 1.0,
            })
        if updates:
            run(UPDATE_ENTITIES, {"rows": updates})
        if orphans:
            run(DELETE_ENTITIES, {"ids": orphans})


def replace_document_tx(run: TxRun, plan: DocumentPlan, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Everything that replaces one document; the caller wraps it in one transaction."""
    old_ids = _delete_document(run, plan.doc_id, batch_size)
    run(CREATE_DOCUMENT, {"props": plan.props})
    for type_name in sorted(plan.entities_by_type):
        stmt = merge_entities_statement(type_name)
        for chunk in batches(plan.entities_by_type[type_name], batch_size):
            run(stmt, {"rows": chunk})
    for chunk in batches(plan.mentions, batch_size):
        run(CREATE_MENTIONS, {"doc_id": plan.doc_id, "rows": chunk})
    for type_name in sorted(plan.relations_by_type):
        stmt = create_relations_statement(type_name)
        for chunk in batches(plan.relations_by_type[type_name], batch_size):
            run(stmt, {"rows": chunk})
    if plan.issuer_id:
        run(CREATE_ISSUED, {"doc_id": plan.doc_id, "entity_id": plan.issuer_id, "file": plan.file})
    if plan.addressee_ids:
        run(CREATE_ADDRESSED, {"doc_id": plan.doc_id, "ids": plan.addressee_ids, "file": plan.file})
    _refresh_entities(run, [*old_ids, *plan.entity_ids], batch_size)


def remove_document_tx(run: TxRun, file: str, batch_size: int = DEFAULT_BATCH_SIZE) -> bool:
    """Remove one document by file; False if it was not in the store."""
    doc_id = document_id(file)
    if not run("MATCH (d:Document {id: $doc_id}) RETURN d.id AS id", {"doc_id": doc_id}):
        return False
    old_ids = _delete_document(run, doc_id, batch_size)
    _refresh_entities(run, old_ids, batch_size)
    return True


# ---------------------------------------------------------------- reading back


def read_hashes(run: TxRun) -> dict[str, str]:
    return {row["file"]: row["sha256"] for row in run(DOCUMENT_HASHES, {})}


def read_snapshot(run: TxRun) -> GraphSnapshot:
    """The whole graph as records, shaped exactly like :func:`merge_graphs` output."""
    documents = [
        DocumentRecord(
            id=r["id"], file=r["file"], sha256=r["sha256"], title=r["title"], doc_number=r["doc_number"],
            issuer=r["issuer"], date=r["date"], addressees=list(r["addressees"] or []),
            doc_type=r["doc_type"] or "other", region=r["region"],
        )
        for r in run(SNAPSHOT_DOCUMENTS, {})
    ]
    entities = [
        EntityRecord(
            id=r["id"], name=r["name"], type=r["type"], aliases=list(r["aliases"] or []),
            docs=[f for f in r["docs"] if f is not None], jurisdiction=r["jurisdiction"],
            confidence=r["confidence"] if r["confidence"] is not None else 1.0,
        )
        for r in run(SNAPSHOT_ENTITIES, {})
    ]
    relations = [
        RelationRecord(
            id=r["id"], head=r["head"], type=r["type"], tail=r["tail"], doc=r["doc"], evidence=r["evidence"],
            start=r["start"], end=r["end"], rule=r["rule"],
            confidence=r["confidence"] if r["confidence"] is not None else 1.0,
        )
        for r in run(SNAPSHOT_RELATIONS, {})
    ]
    return GraphSnapshot(documents=documents, entities=entities, relations=relations).sort()


def read_counts(run: TxRun) -> dict[str, int]:
    rows = run(COUNTS, {})
    return {"nodes": int(rows[0]["nodes"]), "relationships": int(rows[0]["relationships"])} if rows else {
        "nodes": 0, "relationships": 0}


# ---------------------------------------------------------------- read-only guard

_WRITE_CLAUSE = re.compile(
    r"(?<![.$\w])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|FOREACH|GRANT|DENY|REVOKE"
    r"|LOAD\s+CSV|IN\s+TRANSACTIONS)(?![\w:])",
    re.IGNORECASE,
)
_LITERALS = re.compile(
    r"'(?:[^'\\]|\\.)*'"        # single-quoted string
    r'|"(?:[^"\\]|\\.)*"'       # double-quoted string
    r"|`(?:[^`]|``)*`"          # quoted identifier
    r"|//[^\n]*"                # line comment
    r"|/\*.*?\*/",              # block comment
    re.DOTALL,
)


def strip_literals(cypher: str) -> str:
    """Blank out strings, quoted names and comments so keywords inside them don't count."""
    return _LITERALS.sub(" ", cypher)


def write_clause(cypher: str) -> str | None:
    """The first write clause in a statement (outside strings and comments), or None."""
    m = _WRITE_CLAUSE.search(strip_literals(cypher))
    return re.sub(r"\s+", " ", m.group(1)).upper() if m else None


READ_ONLY_MESSAGE = "the query uses {clause} but queries are read-only; add --write to change the graph"
