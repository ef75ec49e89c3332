"""The Cypher both stores speak, and the batched document replace built on it.

Neo4j and the embedded engine run the *same* statements, so the graph model is
written down once, here. A store only supplies a way to run one statement inside
an open transaction (:data:`TxRun`) and a way to run a body in one transaction
(:data:`InTransaction`); everything else — what to delete when documents change,
how entities are merged across documents, how a failed batch is retried document
by document, how the snapshot is read back — lives in this module. That is what makes "both stores give the same
snapshot as :func:`policykg.graph.algorithms.merge.merge_graphs`" a property of one piece of
code rather than two.

User values always travel as parameters. The only text spliced into statements
are entity labels and relationship types, and only after
:func:`policykg.ontology.checked_label` / :func:`~policykg.ontology.checked_relation`.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

from policykg import ontology
from policykg.errors import StoreError
from policykg.graph.stores.base import GraphStore
from policykg.model import (
    DOCUMENT_FIELDS,
    DocumentGraph,
    DocumentRecord,
    EntityRecord,
    GraphSnapshot,
    RelationRecord,
    document_id,
    document_values,
    relation_id,
)
from policykg.namekeys import lookup_key

TxRun = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
"""Run one statement with parameters inside the caller's open transaction; rows as dicts."""

DEFAULT_BATCH_SIZE = 1000

# ---------------------------------------------------------------- statements: delete
# Every write statement is set-based (UNWIND over rows), so a batch of documents
# costs a fixed number of statements however many documents it holds: on grafeo a
# statement costs ~1 ms before it does any work, which at ~20 statements per
# document was most of the build time.

EXISTING_DOCUMENTS = "UNWIND $doc_ids AS did MATCH (d:Document {id: did}) RETURN d.id AS id"
DOCS_MENTIONS = (
    "UNWIND $doc_ids AS did MATCH (d:Document {id: did})-[m:MENTIONS]->(e:Entity) "
    "RETURN did AS doc_id, e.id AS id, m.aliases AS aliases, m.confidence AS confidence"
)
# Does some (other) document still give an entity this alias / this confidence? EXISTS
# stops at the first mention found: ~1 ms on an agency named in 10,000 documents, where
# collecting all its mentions (ENTITY_MENTIONS) takes ~100 ms.
ALIAS_STILL_GIVEN = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
    "RETURN row.id AS id, row.alias AS alias, "
    "EXISTS { MATCH (e)<-[m:MENTIONS]-() WHERE row.alias IN m.aliases } AS present"
)
CONFIDENCE_STILL_GIVEN = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
    "RETURN row.id AS id, EXISTS { MATCH (e)<-[m:MENTIONS]-() WHERE m.confidence >= row.confidence } AS present"
)
# Relations are found from the documents' own entities (every relation's head is
# one of them), so replacing documents never scans the whole graph.
DELETE_DOC_RELATIONS = (
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid})-[r]->(:Entity) WHERE r.doc_id IN $doc_ids DELETE r"
)
# DETACH also takes the documents' MENTIONS, ISSUED and ADDRESSED_TO edges.
DELETE_DOCUMENTS = "UNWIND $doc_ids AS did MATCH (d:Document {id: did}) DETACH DELETE d"

# ---------------------------------------------------------------- statements: write

CREATE_DOCUMENTS = "UNWIND $rows AS row CREATE (d:Document) SET d += row.props"
# Mentions and relations are nearly all the rows of a build, so they travel as positional
# rows (lists in the order of MENTION_COLUMNS / RELATION_COLUMNS), not maps: the driver
# packs, and the server decodes, every key of every map. At 200k relations this cut the
# client's packing by a third and a single writer's load time by a quarter (issue 14).
MENTION_COLUMNS = ("doc_id", "id", "aliases", "confidence")
"""A mention row: document id, entity id, the document's sorted aliases (None when it gives
none: Neo4j's bulk importer cannot write an empty list), confidence."""
# Flat rows, not documents with nested mentions: grafeo stops using the id index
# for a MATCH that follows a CREATE or a nested UNWIND in the same statement.
CREATE_MENTIONS = (
    "UNWIND $rows AS row MATCH (d:Document {id: row[0]}) MATCH (e:Entity {id: row[1]}) "
    "CREATE (d)-[:MENTIONS {aliases: row[2], confidence: row[3]}]->(e)"
)
# Only entities not yet in the graph are created (the caller has just read which
# exist), with their merged state already computed: no MERGE, no second write.
# Each new entity is created together with its lookup keys: one statement and no
# second index seek to find the entity again (on Neo4j the keys were a tenth of a build).
CREATE_ENTITIES = (
    "UNWIND $rows AS row CREATE (e:Entity:{label}) SET e += row.props "
    "WITH e, row UNWIND row.keys AS key "
    "CREATE (:LookupKey {k: key.k, exact: key.exact, search: key.search})-[:KEY_OF]->(e)"
)
RELATION_COLUMNS = ("head", "tail", "id", "doc", "doc_id", "evidence", "start", "end", "rule", "confidence")
"""A relation row: its two entity ids, then the edge's properties in the order CREATE_RELATIONS reads them."""
# Inline properties rather than ``SET r += row.props``: a third cheaper on grafeo.
CREATE_RELATIONS = (
    "UNWIND $rows AS row MATCH (h:Entity {id: row[0]}) MATCH (t:Entity {id: row[1]}) "
    "CREATE (h)-[r:{rel} {id: row[2], doc: row[3], doc_id: row[4], evidence: row[5], "
    "start: row[6], end: row[7], rule: row[8], confidence: row[9]}]->(t)"
)
CREATE_ISSUED = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.doc_id}) MATCH (e:Entity {id: row.entity_id}) "
    "CREATE (e)-[:ISSUED {doc: row.file, doc_id: row.doc_id, rule: 'metadata'}]->(d)"
)
CREATE_ADDRESSED = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.doc_id}) MATCH (p:Entity {id: row.entity_id}) "
    "CREATE (d)-[:ADDRESSED_TO {doc: row.file, doc_id: row.doc_id, rule: 'metadata'}]->(p)"
)

# ---------------------------------------------------------------- statements: merge upkeep

ENTITY_STATE = (
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) "
    "RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.confidence AS confidence"
)
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

# ---------------------------------------------------------------- statements: lookup keys

KEY_LABEL = "LookupKey"
KEY_OF = "KEY_OF"
# Name look-ups must hit an index. Neither engine can index the elements of a list
# property (``$name IN e.aliases`` scans every entity), so every form an entity can
# be looked up by — its name, each alias, each normalised search key — is also a
# small (:LookupKey {k})-[:KEY_OF]->(:Entity) node with an indexed ``k``. ``exact``
# marks names/aliases, ``search`` normalised keys (a string can be both). The keys
# are derived data: rewritten whenever an entity's aliases change.
DELETE_KEYS = "UNWIND $ids AS eid MATCH (e:Entity {id: eid})<-[:KEY_OF]-(k:LookupKey) DETACH DELETE k"
CREATE_KEYS = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) UNWIND row.keys AS key "
    "CREATE (:LookupKey {k: key.k, exact: key.exact, search: key.search})-[:KEY_OF]->(e)"
)
RAISE_KEY_FLAGS = (
    "UNWIND $rows AS row MATCH (k:LookupKey {k: row.k})-[:KEY_OF]->(e:Entity {id: row.id}) "
    "SET k.exact = row.exact, k.search = row.search"
)
ENTITIES_WITHOUT_KEYS = (
    "MATCH (e:Entity) WHERE NOT EXISTS { (e)<-[:KEY_OF]-(:LookupKey) } "
    "RETURN e.id AS id, e.name AS name, e.aliases AS aliases"
)

# ---------------------------------------------------------------- statements: read

_MISSING_PARAMETER = re.compile(r"Missing parameter:?\s*\$?(\w+)|Expected parameter\(s\):\s*(\w+)")


def failure_message(message: str) -> str:
    """A failed query's one line, with what to do when a parameter the statement uses was not given."""
    m = _MISSING_PARAMETER.search(message)
    if m is None:
        return f"query failed: {message}"
    name = m.group(1) or m.group(2)
    return f"query failed: {message} — give it with -p {name}=VALUE"


INVALID_ENTITIES = (
    "MATCH (e:Entity) WHERE e.id IS NULL OR e.name IS NULL OR NOT coalesce(e.type, '') IN $types RETURN count(e) AS n"
)
"""Entities a ``query --write`` would leave without an id, a name or a type of the ontology: every view (stats,
exports, maps) reads those three, so such a write is rolled back instead of breaking them."""


def invalid_entities_message(count: int) -> str:
    types = ", ".join(ontology.ENTITY_TYPES)
    return (
        f"the write would leave {count} :Entity node(s) without an id, a name or a type ({types}) — it was rolled "
        "back; give every :Entity those properties"
    )


def invalid_entities_params() -> dict[str, Any]:
    return {"types": list(ontology.ENTITY_TYPES)}


DOCUMENT_HASHES = "MATCH (d:Document) RETURN d.file AS file, d.sha256 AS sha256"
DOCUMENT_VERSIONS = "MATCH (d:Document) RETURN d.file AS file, d.sha256 AS sha256, d.extraction AS extraction"
# The folder a document was built from (Document.folder) is a property of its node like the others, written with
# them by CREATE_DOCUMENTS, but no snapshot reads it (SNAPSHOT_DOCUMENTS lists DOCUMENT_FIELDS only): it is a path
# of this machine, and snapshots feed exports and maps that must be the same bytes on every machine.
DOCUMENT_FOLDER = "folder"
DOCUMENT_FOLDERS = "MATCH (d:Document) RETURN d.file AS file, d.folder AS folder"
DOCUMENT_TITLES = "UNWIND $doc_ids AS did MATCH (d:Document {id: did}) RETURN d.file AS file, d.title AS title"
SET_DOCUMENT_FOLDERS = "UNWIND $rows AS row MATCH (d:Document {id: row.doc_id}) SET d.folder = row.folder"
SNAPSHOT_DOCUMENTS = "MATCH (d:Document) RETURN " + ", ".join(f"d.{f} AS {f}" for f in DOCUMENT_FIELDS)
SNAPSHOT_ENTITIES = (
    "MATCH (e:Entity) OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e) "
    "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
    "e.jurisdiction AS jurisdiction, e.confidence AS confidence, collect(d.file) AS docs"
)
SNAPSHOT_RELATIONS = (
    "MATCH (h:Entity)-[r]->(t:Entity) "
    "RETURN r.id AS id, h.id AS head, type(r) AS type, t.id AS tail, r.doc AS doc, r.doc_id AS doc_id, "
    "r.evidence AS evidence, r.start AS start, r.end AS end, r.rule AS rule, "
    "r.confidence AS confidence"
)
# Lookup keys are an index, not part of the graph people see: not counted.
COUNTS = (
    "MATCH (n) WHERE n:Document OR n:Entity WITH count(n) AS nodes "
    "OPTIONAL MATCH ()-[r]->() WHERE type(r) <> 'KEY_OF' RETURN nodes, count(r) AS relationships"
)


# One MATCH of a node by its constraint-backed id, with any path that continues from it.
_ID_MATCH = re.compile(
    r"MATCH \((?P<var>\w+):(?P<label>Entity|Document) \{id: [^}]+\}\)"
    r"(?:<?-\[[^\]]*\]->?\([^)]*\))*"
)


@lru_cache(maxsize=256)
def index_hinted(cypher: str) -> str:
    """The statement with ``USING INDEX`` on every MATCH of an Entity/Document by id — Neo4j only.

    Neo4j re-plans a cached statement when its statistics drift, and on a graph that
    grows from empty inside a build it sometimes picks a scan of the whole id index
    *per row* (seen: DELETE_KEYS reading 18.7M index entries for 671 ids, 15 s instead
    of 0.1 s). The hint pins the seek. grafeo does not parse hints, which is why they
    are added here for the Neo4j store rather than written into the shared statements.
    """
    return _ID_MATCH.sub(lambda m: f"{m.group(0)} USING INDEX {m.group('var')}:{m.group('label')}(id)", cypher)


def create_entities_statement(type_name: str) -> str:
    return CREATE_ENTITIES.replace("{label}", ontology.checked_label(type_name))


def create_relations_statement(type_name: str) -> str:
    if type_name not in ontology.RELATION_TYPES:
        raise ValueError(f"unknown relation type {type_name!r}")
    return CREATE_RELATIONS.replace("{rel}", ontology.checked_relation(type_name))


# ---------------------------------------------------------------- planning (pure Python)


@lru_cache(maxsize=1 << 17)
def search_form(text: str) -> str:
    """One lookup form (:func:`policykg.namekeys.lookup_key`). Remembered: a build asks for the
    forms of the same popular names again and again (once per new entity and per alias change)."""
    return lookup_key(text)


def search_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """Lookup forms of a name: NFKC, lower case, no whitespace — so 'ＡＢＣ 大学' finds 'abc大学'."""
    keys = {search_form(s) for s in (name, *aliases) if s}
    keys.discard("")
    return sorted(keys)


def batches(rows: list[Any], size: int) -> Iterator[list[Any]]:
    size = max(1, size)
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


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
    mentions: list[list[Any]] = field(default_factory=list)
    """One row per entity (see MENTION_COLUMNS), ready for CREATE_MENTIONS."""
    relations_by_type: dict[str, list[list[Any]]] = field(default_factory=dict)
    """type → rows (see RELATION_COLUMNS), ready for CREATE_RELATIONS."""
    issuer_id: str | None = None
    addressee_ids: list[str] = field(default_factory=list)

    @property
    def entity_ids(self) -> list[str]:
        return [m[1] for m in self.mentions]


def _pick(candidates: list[tuple[int, str, str]]) -> str | None:
    return min(candidates)[2] if candidates else None


def plan_document(graph: DocumentGraph) -> DocumentPlan:
    """The whole plan of a document; StoreError (or ValueError for an unknown entity type) if it cannot be written."""
    return plan_relations(plan_entities(graph), graph)


def plan_entities(graph: DocumentGraph) -> DocumentPlan:
    """A document's plan without its relations (:func:`plan_relations` adds them): all that the
    entities step of a parallel write needs, at a fraction of the cost."""
    d = graph.document
    doc_id = d.id
    props = {**document_values(d), DOCUMENT_FOLDER: d.folder}
    plan = DocumentPlan(doc_id=doc_id, file=d.file, props={k: v for k, v in props.items() if v is not None})

    # One entry per entity id: the same entity listed twice in a document merges, as in merge_graphs.
    merged: dict[str, list[Any]] = {}
    """entity id → [the first Entity of that id, union of aliases, highest confidence]"""
    for e in graph.entities:
        eid = e.id
        row = merged.get(eid)
        if row is None:
            ontology.checked_label(e.type)  # the id includes the type: once per id is enough
            merged[eid] = [e, set(e.aliases), e.confidence]
        else:
            row[1].update(e.aliases)
            if e.confidence > row[2]:
                row[2] = e.confidence
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mentions = plan.mentions
    for eid, (e, aliases, confidence) in merged.items():
        node_props = {"id": eid, "name": e.name, "type": e.type}
        if e.jurisdiction is not None:
            node_props["jurisdiction"] = e.jurisdiction
        by_type[e.type].append({"id": eid, "props": node_props})
        mentions.append([doc_id, eid, sorted(aliases) or None, confidence])
    plan.entities_by_type = dict(by_type)

    # Document-level edges: the header's issuer and addressees, when they are entities here.
    if d.issuer:
        cands = [(0 if e.type == "Agency" else 1, eid, eid) for eid, (e, _, _) in merged.items() if e.name == d.issuer]
        if not cands:
            cands = [
                (2 if e.type == "Agency" else 3, eid, eid)
                for eid, (e, aliases, _) in merged.items()
                if d.issuer in aliases
            ]
        plan.issuer_id = _pick(cands)
    wanted = set(d.addressees)
    plan.addressee_ids = (
        sorted(
            eid
            for eid, (e, aliases, _) in merged.items()
            if e.type == "Person" and (e.name in wanted or wanted & aliases)
        )
        if wanted
        else []
    )
    return plan


def plan_relations(plan: DocumentPlan, graph: DocumentGraph) -> DocumentPlan:
    """Add the document's relation rows to ``plan``; StoreError for a relation the store must refuse."""
    d = graph.document
    doc_id = plan.doc_id
    known = {m[1] for m in plan.mentions}
    types = ontology.RELATION_TYPES
    seen: set[str] = set()
    rels: dict[str, list[list[Any]]] = defaultdict(list)
    for r in graph.relations:
        ev = r.evidence
        rid = relation_id(r.head, r.type, r.tail, ev.doc, ev.start)  # = r.id, without the property call
        if rid in seen:
            continue
        seen.add(rid)
        if r.type not in types:
            raise StoreError(f"{d.file}: unknown relation type {r.type!r} — fix the extractor output")
        if r.head not in known or r.tail not in known:
            end = r.head if r.head not in known else r.tail
            raise StoreError(
                f"{d.file}: relation {r.type} refers to entity {end} that the document does not list "
                "— every relation end must be one of the document's entities"
            )
        rels[r.type].append([r.head, r.tail, rid, ev.doc, doc_id, ev.text, ev.start, ev.end, ev.rule, ev.confidence])
    plan.relations_by_type = dict(rels)
    return plan


# ---------------------------------------------------------------- the transaction bodies


class TransactionFailed(StoreError):
    """A transaction's statements failed and it was rolled back.

    Raised by a store's transaction runner when the *data* made a statement fail
    (not when the server is unreachable), which is what makes retrying the
    documents of a failed batch one by one worthwhile.
    """


InTransaction = Callable[[Callable[[TxRun], Any], str], Any]
"""A store's way to run ``body(run)`` in one transaction described by ``what`` (for messages);
it commits, or rolls back and raises :class:`TransactionFailed`."""


def lookup_keys(name: str, aliases: Iterable[str], search: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The (:LookupKey) rows of an entity: each exact form and each normalised search key once.
    ``search``: the entity's search keys when the caller has them already."""
    exact = {name, *aliases}
    searched = set(search_keys(name, exact) if search is None else search)
    return [{"k": k, "exact": k in exact, "search": k in searched} for k in sorted(exact | searched) if k]


def _delete_documents(run: TxRun, doc_ids: list[str], batch_size: int) -> list[str]:
    """Remove documents and the edges they asserted; return the entities they mentioned."""
    return sorted({row["id"] for row in _delete_documents_with_mentions(run, doc_ids, batch_size)})


def _delete_documents_with_mentions(run: TxRun, doc_ids: list[str], batch_size: int) -> list[dict[str, Any]]:
    """Remove documents and the edges they asserted; return their mentions as they were
    (doc_id, id, aliases, confidence)."""
    existing = [row["id"] for row in run(EXISTING_DOCUMENTS, {"doc_ids": doc_ids})]
    if not existing:  # a first build: nothing to delete, skip the scans
        return []
    rows = run(DOCS_MENTIONS, {"doc_ids": existing})
    old_ids = sorted({row["id"] for row in rows})
    for chunk in batches(old_ids, batch_size):
        run(DELETE_DOC_RELATIONS, {"ids": chunk, "doc_ids": existing})
    run(DELETE_DOCUMENTS, {"doc_ids": existing})
    return rows


def _may_shrink(
    run: TxRun,
    old_mentions: list[dict[str, Any]],
    added: dict[str, list[Any]],
    state: dict[str, dict[str, Any]],
    batch_size: int,
) -> set[str]:
    """Of the entities that lost mentions, those whose merged state may really shrink.

    An entity's aliases are the union, and its confidence the maximum, over its
    mentions. Losing a mention changes that only if the mention gave an alias or the
    top confidence that no remaining mention (of another document, or of this batch's
    new versions, ``added``) gives. Asking exactly that — one EXISTS per dropped alias —
    is what keeps an incremental rebuild from recounting every mention of the agencies
    named in most documents (2 of a 4 s rebuild of 100 documents in 10,000).
    Runs after the documents were deleted and before their new versions are written;
    ``state`` is the stored state of (at least) every entity the old mentions name.
    """
    if not old_mentions:
        return set()
    old: dict[str, tuple[set[str], float]] = {}
    for row in old_mentions:
        aliases, conf = old.get(row["id"], (set(), float("-inf")))
        confidence = row["confidence"] if row["confidence"] is not None else 1.0
        old[row["id"]] = (aliases | set(row["aliases"] or []), max(conf, confidence))
    alias_checks: list[dict[str, Any]] = []
    conf_checks: list[dict[str, Any]] = []
    for eid, (old_aliases, old_conf) in old.items():
        row = state[eid]
        stored_conf = row["confidence"] if row["confidence"] is not None else 1.0
        new_aliases, new_conf = added.get(eid, (set(), None))
        for alias in sorted(old_aliases - new_aliases - {row["name"]}):
            alias_checks.append({"id": eid, "alias": alias})
        if new_conf is None or (new_conf < stored_conf <= old_conf):
            # not mentioned again (is any mention left?), or the top confidence may have gone
            threshold = stored_conf if old_conf >= stored_conf else -1.0  # -1: any mention at all
            conf_checks.append({"id": eid, "confidence": threshold})
    shrinking: set[str] = set()
    for chunk in batches(alias_checks, batch_size):
        shrinking.update(r["id"] for r in run(ALIAS_STILL_GIVEN, {"rows": chunk}) if not r["present"])
    for chunk in batches(conf_checks, batch_size):
        shrinking.update(r["id"] for r in run(CONFIDENCE_STILL_GIVEN, {"rows": chunk}) if not r["present"])
    return shrinking


def _write_entity_state(run: TxRun, updates: list[dict[str, Any]], batch_size: int, keys_gone: bool = False) -> None:
    """Store merged aliases/confidence and rewrite the lookup keys of entities whose aliases changed.

    ``keys_gone``: the caller already deleted these entities' keys (see :func:`_delete_keys`).
    """
    for chunk in batches(updates, batch_size):
        run(UPDATE_ENTITIES, {"rows": [{k: u[k] for k in ("id", "aliases", "search", "confidence")} for u in chunk]})
    rekey = [u for u in updates if u["rekey"]]
    for chunk in batches(rekey, batch_size):
        if not keys_gone:
            run(DELETE_KEYS, {"ids": [u["id"] for u in chunk]})
        run(CREATE_KEYS, {"rows": [{"id": u["id"], "keys": lookup_keys(u["name"], u["aliases"])} for u in chunk]})


def _delete_keys(run: TxRun, ids: Iterable[str], batch_size: int) -> None:
    """Delete the lookup keys of entities (to be rewritten by :func:`_recompute_entities`).

    A replace does this *before* it creates mentions and relations: on Neo4j, finding
    the KEY_OF edges of an entity that has just gained thousands of edges in the same
    transaction walks all of those uncommitted edges (tens of ms per hub entity).
    """
    for chunk in batches(sorted(set(ids)), batch_size):
        run(DELETE_KEYS, {"ids": chunk})


def _recompute_entities(run: TxRun, ids: Iterable[str], batch_size: int, keys_gone: bool = False) -> None:
    """Recompute merged aliases/confidence from every MENTIONS; drop entities nobody mentions.

    Needed for entities that *lost* a mention (a document was replaced or removed):
    their merged state can shrink, which only a full recount can tell. ``keys_gone``:
    the caller already deleted these entities' lookup keys.
    """
    for chunk in batches(sorted(set(ids)), batch_size):
        updates: list[dict[str, Any]] = []
        orphans: list[str] = []
        for row in run(ENTITY_MENTIONS, {"ids": chunk}):
            alias_lists = [a for a in row["aliases"] if a is not None]
            confidences = [c for c in row["confidences"] if c is not None]
            if not confidences and not alias_lists:
                orphans.append(row["id"])
                continue
            aliases = sorted({a for lst in alias_lists for a in lst} - {row["name"]})
            updates.append(
                {
                    "id": row["id"],
                    "name": row["name"],
                    "aliases": aliases,
                    "search": search_keys(row["name"], aliases),
                    "confidence": max(confidences) if confidences else 1.0,
                    "rekey": True,
                }
            )
        _write_entity_state(run, updates, batch_size, keys_gone)
        if orphans:
            if not keys_gone:
                run(DELETE_KEYS, {"ids": orphans})
            run(DELETE_ENTITIES, {"ids": orphans})


def _read_state(run: TxRun, ids: list[str], batch_size: int) -> dict[str, dict[str, Any]]:
    """Stored name/aliases/confidence of those of ``ids`` that exist."""
    return {row["id"]: row for chunk in batches(ids, batch_size) for row in run(ENTITY_STATE, {"ids": chunk})}


def _extend_entities(
    run: TxRun, added: dict[str, list[Any]], state: dict[str, dict[str, Any]], batch_size: int
) -> None:
    """Fold newly written mentions into existing entities that lost none: union of aliases, max of confidence.

    This equals a full recount (the stored state already is the fold of the older
    mentions) but needs one row per entity instead of every mention of it — the
    difference between linear and quadratic for an agency named in most documents.
    Only entities whose state actually changes are written.

    Aliases only grow here, so lookup keys only grow too: the missing keys are
    created and the flags of existing ones raised (:func:`key_changes`), never a
    delete and rewrite. On Neo4j deleting a few hundred key nodes early in a
    transaction made every later index seek of that transaction consult the
    deleted set: a load with it ran at a third of the speed.
    """
    updates: list[dict[str, Any]] = []
    new_keys: list[dict[str, Any]] = []
    raised: list[dict[str, Any]] = []
    for eid in sorted(added):
        row = state[eid]
        new_aliases, new_conf = added[eid]
        old_aliases = list(row["aliases"] or [])
        aliases = sorted((set(old_aliases) | new_aliases) - {row["name"]})
        confidence = new_conf if row["confidence"] is None else max(row["confidence"], new_conf)
        if aliases == old_aliases and confidence == row["confidence"]:
            continue
        updates.append(
            {"id": eid, "aliases": aliases, "search": search_keys(row["name"], aliases), "confidence": confidence}
        )
        if aliases != old_aliases:
            missing, flagged = key_changes(row["name"], old_aliases, aliases)
            if missing:
                new_keys.append({"id": eid, "keys": missing})
            raised.extend({"id": eid, **key} for key in flagged)
    for chunk in batches(updates, batch_size):
        run(UPDATE_ENTITIES, {"rows": chunk})
    for chunk in batches(new_keys, batch_size):
        run(CREATE_KEYS, {"rows": chunk})
    for chunk in batches(raised, batch_size):
        run(RAISE_KEY_FLAGS, {"rows": chunk})


def key_changes(
    name: str, old_aliases: Iterable[str], aliases: Iterable[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """How an entity's lookup keys change when its aliases grow from ``old_aliases`` to a superset.

    Returns the keys to create and the existing keys whose ``exact``/``search`` flags
    must be raised (a new alias may equal an existing normalised key, or normalise to
    an existing exact form). Flags never fall while aliases only grow.
    """
    old = {key["k"]: key for key in lookup_keys(name, old_aliases)}
    missing: list[dict[str, Any]] = []
    flagged: list[dict[str, Any]] = []
    for key in lookup_keys(name, aliases):
        before = old.get(key["k"])
        if before is None:
            missing.append(key)
        elif before != key:
            flagged.append(key)
    return missing, flagged


@dataclass
class BatchRows:
    """A batch of document plans regrouped into the rows of each set-based statement."""

    entities: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    """type → entity id → row (an entity shared by several documents appears once)"""
    relations: dict[str, list[list[Any]]] = field(default_factory=lambda: defaultdict(list))
    """type → rows (see RELATION_COLUMNS)"""
    mentions: list[list[Any]] = field(default_factory=list)
    """rows (see MENTION_COLUMNS)"""
    issued: list[dict[str, Any]] = field(default_factory=list)
    addressed: list[dict[str, Any]] = field(default_factory=list)
    added: dict[str, list[Any]] = field(default_factory=dict)
    """entity id → [aliases, highest confidence] over this batch's mentions (see :func:`fold_mention`)"""


def fold_mention(merged: dict[str, Any], mention: list[Any]) -> None:
    """Fold one planned mention row into its entity's merged state ``[aliases, highest confidence]``
    (updated in place: a build folds every mention, and a new set per fold was a tenth of its client time)."""
    _, eid, aliases, confidence = mention
    state = merged.get(eid)
    if state is None:
        merged[eid] = [set(aliases) if aliases else set(), confidence]
        return
    if aliases:
        state[0].update(aliases)
    if confidence > state[1]:
        state[1] = confidence


def new_entity_row(props: dict[str, Any], aliases: set[str], confidence: float) -> dict[str, Any]:
    """A new entity as stored: its node properties with the merged state, and its lookup keys."""
    name = props["name"]
    listed = sorted(aliases - {name})
    search = search_keys(name, listed)
    return {
        "props": {**props, "aliases": listed, "search": search, "confidence": confidence},
        "keys": lookup_keys(name, listed, search),
    }


def gather_rows(plans: list[DocumentPlan], *, entities: bool = True, edges: bool = True) -> BatchRows:
    """Regroup plans into statement rows: with ``entities``, the entity rows and their merged
    state; with ``edges``, the rows of the documents' edges."""
    rows = BatchRows()
    for p in plans:
        if entities:
            for type_name, ents in p.entities_by_type.items():
                by_id = rows.entities[type_name]
                for row in ents:
                    by_id.setdefault(row["id"], row)
            for m in p.mentions:
                fold_mention(rows.added, m)
        if not edges:
            continue
        for type_name, rels in p.relations_by_type.items():
            rows.relations[type_name].extend(rels)
        # No aliases is no property rather than [] (readers treat both alike): Neo4j's bulk
        # importer cannot write an empty list, and this is the only list there are millions of.
        rows.mentions.extend(p.mentions)
        if p.issuer_id:
            rows.issued.append({"doc_id": p.doc_id, "entity_id": p.issuer_id, "file": p.file})
        rows.addressed.extend({"doc_id": p.doc_id, "entity_id": pid, "file": p.file} for pid in p.addressee_ids)
    return rows


def _create_new_entities(
    run: TxRun, rows: BatchRows, state: dict[str, dict[str, Any]], batch_size: int, only: set[str] | None = None
) -> None:
    """Create the batch's entities that are not in the graph yet (of ``only``, if given),
    merged state and lookup keys included."""
    for type_name in sorted(rows.entities):
        create = []
        for eid, row in rows.entities[type_name].items():
            if eid in state or (only is not None and eid not in only):
                continue
            create.append(new_entity_row(row["props"], *rows.added[eid]))
        stmt = create_entities_statement(type_name)
        for chunk in batches(create, batch_size):
            run(stmt, {"rows": chunk})


def _create_documents_and_edges(run: TxRun, plans: list[DocumentPlan], rows: BatchRows, batch_size: int) -> None:
    """The documents' nodes and every edge they assert; their entities must exist. Only CREATE."""
    for chunk in batches([{"props": p.props} for p in plans], batch_size):
        run(CREATE_DOCUMENTS, {"rows": chunk})
    for chunk in batches(rows.mentions, batch_size):
        run(CREATE_MENTIONS, {"rows": chunk})
    for type_name in sorted(rows.relations):
        stmt = create_relations_statement(type_name)
        for chunk in batches(rows.relations[type_name], batch_size):
            run(stmt, {"rows": chunk})
    for chunk in batches(rows.issued, batch_size):
        run(CREATE_ISSUED, {"rows": chunk})
    for chunk in batches(rows.addressed, batch_size):
        run(CREATE_ADDRESSED, {"rows": chunk})


def replace_documents_tx(run: TxRun, plans: list[DocumentPlan], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Everything that replaces a batch of documents, in a fixed number of set-based statements.

    The caller wraps it in one transaction. ``plans`` must have distinct files.
    """
    if not plans:
        return
    rows = gather_rows(plans)
    old_mentions = _delete_documents_with_mentions(run, [p.doc_id for p in plans], batch_size)
    # One read of the stored state serves both the shrink check (entities of the old
    # versions) and the merge (entities of the new ones); deleting documents leaves it as is.
    state = _read_state(run, sorted(set(rows.added) | {m["id"] for m in old_mentions}), batch_size)
    lost = _may_shrink(run, old_mentions, rows.added, state, batch_size)
    # Key upkeep of existing entities goes first, while they have no uncommitted edges (see _delete_keys).
    _delete_keys(run, lost, batch_size)
    _create_new_entities(run, rows, state, batch_size)
    # Folding new mentions into entities that lost none needs only their stored state, not the new edges.
    _extend_entities(run, {k: v for k, v in rows.added.items() if k in state and k not in lost}, state, batch_size)
    _create_documents_and_edges(run, plans, rows, batch_size)
    _recompute_entities(run, lost, batch_size, keys_gone=True)


def prepare_entities_tx(run: TxRun, rows: BatchRows, ids: list[str], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """First step of a parallel write of *new* documents: their entities in their merged state.

    ``rows``: the documents' entity rows (``gather_rows(plans, edges=False)``); ``ids``: the
    entities this transaction takes care of (disjoint sets can be prepared at once).
    Entities missing from the graph are created (with lookup keys), existing ones get
    the aliases and confidence the documents add. After this, the documents themselves
    need only CREATE statements that touch no entity property (:func:`create_documents_tx`),
    so several transactions can write disjoint documents at once.
    """
    state = _read_state(run, ids, batch_size)
    _create_new_entities(run, rows, state, batch_size, only=set(ids))
    _extend_entities(run, {k: rows.added[k] for k in ids if k in state}, state, batch_size)


def create_documents_tx(run: TxRun, plans: list[DocumentPlan], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Second step of a parallel write: documents not in the graph, whose entities are ready."""
    _create_documents_and_edges(run, plans, gather_rows(plans, entities=False), batch_size)


def recompute_entities_tx(run: TxRun, ids: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Merged state recounted from the mentions; entities nobody mentions are deleted."""
    _recompute_entities(run, ids, batch_size)


def replace_document_tx(run: TxRun, plan: DocumentPlan, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """One document (kept for callers of the per-document API)."""
    replace_documents_tx(run, [plan], batch_size)


def remove_documents_tx(run: TxRun, files: list[str], batch_size: int = DEFAULT_BATCH_SIZE) -> list[str]:
    """Remove documents by file; return the files that were in the store."""
    by_id = {document_id(f): f for f in files}
    existing = [row["id"] for row in run(EXISTING_DOCUMENTS, {"doc_ids": sorted(by_id)})]
    old_ids = _delete_documents(run, existing, batch_size)
    _recompute_entities(run, old_ids, batch_size)
    return sorted(by_id[i] for i in existing)


def remove_document_tx(run: TxRun, file: str, batch_size: int = DEFAULT_BATCH_SIZE) -> bool:
    """Remove one document by file; False if it was not in the store."""
    return bool(remove_documents_tx(run, [file], batch_size))


def backfill_keys(run: TxRun, batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Give lookup keys to entities written before keys existed; return how many needed them."""
    rows = run(ENTITIES_WITHOUT_KEYS, {})
    for chunk in batches(rows, batch_size):
        run(CREATE_KEYS, {"rows": [{"id": r["id"], "keys": lookup_keys(r["name"], r["aliases"] or [])} for r in chunk]})
    return len(rows)


# ---------------------------------------------------------------- batches with per-document fallback


def _describe(verb: str, files: list[str]) -> str:
    if len(files) == 1:
        return f"{verb} {files[0]}"
    return f"{verb} {len(files)} documents ({files[0]} … {files[-1]})"


def _last_per_file(graphs: Iterable[DocumentGraph]) -> list[DocumentGraph]:
    """One graph per file: a later graph of the same file wins, as in merge_graphs."""
    by_file: dict[str, DocumentGraph] = {}
    for g in graphs:
        by_file.pop(g.document.file, None)
        by_file[g.document.file] = g
    return list(by_file.values())


def _plan_each(
    graphs: list[DocumentGraph], plan: Callable[[DocumentGraph], DocumentPlan]
) -> tuple[list[DocumentPlan], list[StoreError]]:
    plans: list[DocumentPlan] = []
    errors: list[StoreError] = []
    for g in graphs:
        try:
            plans.append(plan(g))
        except StoreError as exc:
            errors.append(exc)
        except ValueError as exc:  # an unknown entity type from ontology.checked_label
            errors.append(StoreError(f"{g.document.file}: {exc} — fix the extractor output"))
    return plans, errors


def plan_documents(graphs: Iterable[DocumentGraph]) -> tuple[list[DocumentPlan], list[StoreError]]:
    """Plans for the documents (a later graph of the same file wins, as in merge_graphs) and
    the documents that cannot be written at all."""
    return _plan_each(_last_per_file(graphs), plan_document)


def _raise_collected(errors: list[StoreError]) -> None:
    if not errors:
        return
    first = errors[0]
    if len(errors) == 1:
        raise first
    raise StoreError(f"{first} (and {len(errors) - 1} more documents failed; the others were written)") from first


def _batched(
    in_tx: InTransaction,
    units: list[Any],
    body: Callable[[TxRun, list[Any]], Any],
    files: Callable[[Any], str],
    verb: str,
) -> list[StoreError]:
    """Run ``body`` over all units in one transaction; if that fails, over each unit in its own.

    One transaction per batch is what makes a build fast; falling back to one per
    document when the batch fails keeps the promise that only the document at
    fault is left unwritten (with its previous state) and names it.
    """
    if not units:
        return []
    try:
        in_tx(lambda run: body(run, units), _describe(verb, [files(u) for u in units]))
        return []
    except TransactionFailed as exc:
        if len(units) == 1:
            return [exc]
    errors: list[StoreError] = []
    for unit in units:
        try:
            in_tx(partial(_on_units, body, [unit]), _describe(verb, [files(unit)]))
        except TransactionFailed as exc:
            errors.append(exc)
    return errors


@dataclass
class WriteOptions:
    """How a store splits a write into transactions.

    ``docs_per_transaction``: ``None`` writes a whole call in one transaction (the
    embedded store: grafeo pays per statement, not per transaction). On Neo4j about
    200 documents (≈ 16k edges) per transaction fits the default 512 MB heap, where
    1,000 exhausted the transaction memory pool. ``writers`` > 1 writes new documents
    from that many threads at once (see :func:`write_documents`).
    """

    batch_size: int = DEFAULT_BATCH_SIZE
    docs_per_transaction: int | None = None
    writers: int = 1


def _chunks(plans: list[DocumentPlan], size: int | None) -> list[list[DocumentPlan]]:
    if not plans:
        return []
    return [plans] if not size else list(batches(plans, size))


PREPARE_ENTITIES = 10_000
"""Entities per transaction of the entities step (with their lookup keys, well inside the default heap)."""


def _balanced(items: list[Any], most: int | None, writers: int) -> list[list[Any]]:
    """``items`` in contiguous runs of at most ``most``, as many runs as a multiple of ``writers``
    and of equal size, so that no writer idles while the last run of a call is written."""
    if not items:
        return []
    n = -(-len(items) // most) if most else 1
    n = min(len(items), -(-n // writers) * writers)
    return [items[len(items) * i // n : len(items) * (i + 1) // n] for i in range(n)]


def _run_parallel(jobs: list[Callable[[], Any]], writers: int) -> list[Any]:
    """Results of ``jobs`` in order, at most ``writers`` at a time (threads: the work waits on a server)."""
    if writers <= 1 or len(jobs) <= 1:
        return [job() for job in jobs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=writers, thread_name_prefix="policykg-writer") as pool:
        return [f.result() for f in [pool.submit(job) for job in jobs]]


def _write_new_in_parallel(
    in_tx: InTransaction, fresh: list[tuple[DocumentPlan, DocumentGraph]], opts: WriteOptions
) -> list[StoreError]:
    """Documents not yet in the graph: entities first, then the documents from several writers.

    ``fresh`` pairs each graph with its plan *without relations* (:func:`plan_entities`):
    the writers plan the relations of their own documents, so that Python work overlaps
    the server's. Each document is still written in one transaction: the entities step
    only adds what the documents will need (new entities, their aliases and
    confidence); a document that cannot be planned, or whose transaction fails again
    when retried alone through the full replace path, is left out, and its entities are
    then recounted from the mentions actually stored (an entity only it named is
    deleted), so the graph ends as if it had never been given. Readers may see an
    entity's new alias a moment before the document that gives it.
    """
    bs = opts.batch_size
    plans = [p for p, _ in fresh]
    chunks = _balanced(fresh, opts.docs_per_transaction, opts.writers)
    rows = gather_rows(plans, edges=False)
    ids = sorted(rows.added)
    stripes = _balanced(ids, PREPARE_ENTITIES, opts.writers)

    def prepare(stripe: list[str]) -> StoreError | None:
        try:
            in_tx(
                lambda run: prepare_entities_tx(run, rows, stripe, bs),
                _describe("preparing the entities of", [p.file for p in plans]),
            )
            return None
        except TransactionFailed as exc:
            return exc

    if any(_run_parallel([partial(prepare, s) for s in stripes], opts.writers)):
        # Some entity value cannot be stored: find the documents at fault one by one
        # (the stripes that did commit are recounted below if their documents fail).
        failed: list[tuple[DocumentPlan, StoreError]] = []
        for chunk in chunks:
            ready: list[DocumentPlan] = []
            for plan, graph in chunk:
                try:
                    ready.append(plan_relations(plan, graph))
                except StoreError as exc:
                    failed.append((plan, exc))
            failed += _replace_or_each(in_tx, ready, bs)
        return _undo_failed(in_tx, failed, bs)

    def job(chunk: list[tuple[DocumentPlan, DocumentGraph]]) -> list[tuple[DocumentPlan, StoreError]]:
        """The chunk's documents that could not be written (after a one-by-one retry)."""
        ready: list[DocumentPlan] = []
        failed: list[tuple[DocumentPlan, StoreError]] = []
        for plan, graph in chunk:
            try:
                ready.append(plan_relations(plan, graph))
            except StoreError as exc:
                failed.append((plan, exc))
        if not ready:
            return failed
        try:
            in_tx(lambda run: create_documents_tx(run, ready, bs), _describe("writing", [p.file for p in ready]))
            return failed
        except TransactionFailed:
            return failed + _each_alone(in_tx, ready, bs)

    failed = [f for result in _run_parallel([partial(job, c) for c in chunks], opts.writers) for f in result]
    return _undo_failed(in_tx, failed, bs)


def _replace_or_each(in_tx: InTransaction, plans: list[DocumentPlan], bs: int) -> list[tuple[DocumentPlan, StoreError]]:
    """Replace the documents in one transaction, or each in its own if that fails; the failures."""
    if not plans:
        return []
    try:
        in_tx(lambda run: replace_documents_tx(run, plans, bs), _describe("writing", [p.file for p in plans]))
        return []
    except TransactionFailed:
        return _each_alone(in_tx, plans, bs)


def _on_units(body: Callable[[TxRun, list[Any]], Any], units: list[Any], run: TxRun) -> Any:
    """``body`` over ``units`` inside the transaction ``run`` belongs to (a callable for one unit at a time)."""
    return body(run, units)


def _each_alone(in_tx: InTransaction, plans: list[DocumentPlan], bs: int) -> list[tuple[DocumentPlan, StoreError]]:
    failed: list[tuple[DocumentPlan, StoreError]] = []
    for p in plans:
        try:
            in_tx(partial(replace_documents_tx, plans=[p], batch_size=bs), _describe("writing", [p.file]))
        except TransactionFailed as exc:
            failed.append((p, exc))
    return failed


def _undo_failed(in_tx: InTransaction, failed: list[tuple[DocumentPlan, StoreError]], bs: int) -> list[StoreError]:
    """Recount the entities of documents left out after the entities step, which counted them in."""
    if failed:
        ids = sorted({eid for p, _ in failed for eid in p.entity_ids})
        in_tx(
            lambda run: recompute_entities_tx(run, ids, bs),
            _describe("undoing the entity updates of", [p.file for p, _ in failed]),
        )
    return [exc for _, exc in failed]


def write_documents(
    in_tx: InTransaction, graphs: Iterable[DocumentGraph], batch_size: int | WriteOptions = DEFAULT_BATCH_SIZE
) -> None:
    """Replace documents, in as few transactions as the options allow; StoreError naming each failed file.

    With one writer, each transaction replaces its documents completely
    (:func:`replace_documents_tx`). With several, documents already in the graph are
    replaced that way first, and the new ones — all of a first build or a push into an
    empty database — go through :func:`_write_new_in_parallel`, which keeps both of
    the server's cores busy.
    """
    opts = batch_size if isinstance(batch_size, WriteOptions) else WriteOptions(batch_size=batch_size)
    bs = opts.batch_size
    unique = _last_per_file(graphs)
    fresh: list[DocumentGraph] = []
    if opts.writers > 1 and opts.docs_per_transaction and len(unique) > opts.docs_per_transaction:
        ids = [g.document.id for g in unique]
        stored = set(
            in_tx(
                lambda run: [r["id"] for r in run(EXISTING_DOCUMENTS, {"doc_ids": ids})],
                "reading which documents are stored",
            )
        )
        fresh = [g for g, i in zip(unique, ids) if i not in stored]
        unique = [g for g, i in zip(unique, ids) if i in stored]
    plans, errors = _plan_each(unique, plan_document)
    for chunk in _chunks(plans, opts.docs_per_transaction):
        errors += _batched(in_tx, chunk, lambda run, ps: replace_documents_tx(run, ps, bs), lambda p: p.file, "writing")
    if fresh:
        entity_plans, plan_errors = _plan_each(fresh, plan_entities)
        errors += plan_errors
        by_file = {g.document.file: g for g in fresh}
        errors += _write_new_in_parallel(in_tx, [(p, by_file[p.file]) for p in entity_plans], opts)
    _raise_collected(errors)


def delete_documents(in_tx: InTransaction, files: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Remove documents (unknown files are ignored), in one transaction when possible."""
    unique = list(dict.fromkeys(files))
    _raise_collected(
        _batched(in_tx, unique, lambda run, fs: remove_documents_tx(run, fs, batch_size), lambda f: f, "removing")
    )


# ---------------------------------------------------------------- reading back


def read_hashes(run: TxRun) -> dict[str, str]:
    return {row["file"]: row["sha256"] for row in run(DOCUMENT_HASHES, {})}


def read_versions(run: TxRun) -> dict[str, tuple[str, str | None]]:
    return {row["file"]: (row["sha256"], row["extraction"]) for row in run(DOCUMENT_VERSIONS, {})}


def read_folders(run: TxRun) -> dict[str, str | None]:
    """file → recorded folder; a value someone set by hand (``query --write``) is read as text."""
    return {row["file"]: None if row["folder"] is None else str(row["folder"]) for row in run(DOCUMENT_FOLDERS, {})}


def read_titles(run: TxRun, files: Iterable[str]) -> dict[str, str | None]:
    """file → title of those of ``files`` stored."""
    return {row["file"]: row["title"] for row in run(DOCUMENT_TITLES, {"doc_ids": sorted(map(document_id, files))})}


def record_folders_tx(run: TxRun, folders: dict[str, str], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Set the folder of stored documents (by file) without touching anything they assert."""
    rows = [{"doc_id": document_id(file), "folder": folder} for file, folder in sorted(folders.items())]
    for chunk in batches(rows, batch_size):
        run(SET_DOCUMENT_FOLDERS, {"rows": chunk})


def read_snapshot(run: TxRun) -> GraphSnapshot:
    """The whole graph as records, shaped exactly like :func:`merge_graphs` output."""
    documents = [DocumentRecord.from_row(r) for r in run(SNAPSHOT_DOCUMENTS, {})]
    entities = [
        EntityRecord(
            id=r["id"],
            name=r["name"],
            type=r["type"],
            aliases=list(r["aliases"] or []),
            docs=[f for f in r["docs"] if f is not None],
            jurisdiction=r["jurisdiction"],
            confidence=r["confidence"] if r["confidence"] is not None else 1.0,
        )
        for r in run(SNAPSHOT_ENTITIES, {})
    ]
    relations = [
        RelationRecord(
            id=r["id"],
            head=r["head"],
            type=r["type"],
            tail=r["tail"],
            doc=r["doc"],
            evidence=r["evidence"],
            start=r["start"],
            end=r["end"],
            rule=r["rule"],
            confidence=r["confidence"] if r["confidence"] is not None else 1.0,
        )
        for r in run(SNAPSHOT_RELATIONS, {})
    ]
    return GraphSnapshot(documents=documents, entities=entities, relations=relations).sort()


def read_counts(run: TxRun) -> dict[str, int]:
    rows = run(COUNTS, {})
    return (
        {"nodes": int(rows[0]["nodes"]), "relationships": int(rows[0]["relationships"])}
        if rows
        else {"nodes": 0, "relationships": 0}
    )


# ---------------------------------------------------------------- read-only guard

_WRITE_CLAUSE = re.compile(
    r"(?<![.$\w])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|FOREACH|GRANT|DENY|REVOKE"
    r"|LOAD\s+CSV|IN\s+TRANSACTIONS)(?![\w:])",
    re.IGNORECASE,
)
_LITERALS = re.compile(
    r"'(?:[^'\\]|\\.)*'"  # single-quoted string
    r'|"(?:[^"\\]|\\.)*"'  # double-quoted string
    r"|`(?:[^`]|``)*`"  # quoted identifier
    r"|//[^\n]*"  # line comment
    r"|/\*.*?\*/",  # block comment
    re.DOTALL,
)


def strip_literals(cypher: str) -> str:
    """Blank out strings, quoted names and comments so keywords inside them don't count."""
    return _LITERALS.sub(" ", cypher)


def write_clause(cypher: str) -> str | None:
    """The first write clause in a statement (outside strings and comments), or None."""
    m = _WRITE_CLAUSE.search(strip_literals(cypher))
    return re.sub(r"\s+", " ", m.group(1)).upper() if m else None


READ_ONLY_MESSAGE = "the query uses {clause} but queries are read-only — add --write to change the graph"


# ---------------------------------------------------------------- the shared store class


class CypherStore(GraphStore):
    """What every Cypher store does the same way, given two primitives of its own:
    ``_read(cypher, params) -> rows`` outside any write transaction, and
    ``_in_transaction(body, what)`` running ``body(run)`` in one write transaction
    (commit, or roll back and raise :class:`TransactionFailed`)."""

    batch_size: int = DEFAULT_BATCH_SIZE
    docs_per_transaction: int | None = None
    """None: each replace_documents call is one transaction (then per document on failure)."""
    writers: int = 1
    """Threads writing new documents at once (see :func:`write_documents`)."""
    documents_per_call: int = 64
    """How many documents callers that stream (build, push) should hand to one replace_documents call."""

    @abstractmethod
    def _read(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]: ...

    @abstractmethod
    def _in_transaction(self, body: Callable[[TxRun], Any], what: str) -> Any: ...

    def document_hashes(self) -> dict[str, str]:
        return read_hashes(self._read)

    def document_versions(self) -> dict[str, tuple[str, str | None]]:
        return read_versions(self._read)

    def document_folders(self) -> dict[str, str | None]:
        return read_folders(self._read)

    def document_titles(self, files: Iterable[str]) -> dict[str, str | None]:
        return read_titles(self._read, files)

    def record_folders(self, folders: dict[str, str]) -> None:
        if folders:
            self._in_transaction(
                lambda run: record_folders_tx(run, folders, self.batch_size),
                _describe("recording the folder of", sorted(folders)),
            )

    def replace_documents(self, graphs: Iterable[DocumentGraph]) -> None:
        """All documents in one transaction; if it fails, each in its own (see :func:`_batched`)."""
        write_documents(
            self._in_transaction, graphs, WriteOptions(self.batch_size, self.docs_per_transaction, self.writers)
        )

    def remove_documents(self, files: Iterable[str]) -> None:
        delete_documents(self._in_transaction, files, self.batch_size)

    def snapshot(self) -> GraphSnapshot:
        return read_snapshot(self._read)

    def counts(self) -> dict[str, int]:
        """Node and relationship totals (look-up keys left out)."""
        return read_counts(self._read)
