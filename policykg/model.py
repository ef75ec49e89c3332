"""The data that flows through policykg, in the order it flows.

files → :class:`Document` → :class:`Mention` → :class:`Entity` / :class:`Relation`
(each relation carrying its :class:`Evidence`) → :class:`DocumentGraph` → a store
→ :class:`GraphSnapshot` → views (queries, maps, exports).

Loaders produce ``DocumentGraph`` objects and know nothing of stores; stores take
``DocumentGraph`` objects and never extract; every view reads a ``GraphSnapshot``
or runs Cypher. Ids are deterministic so that two builds of the same files give
byte-identical exports and re-ingesting is idempotent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)
def entity_id(type_name: str, name: str, jurisdiction: str | None = None) -> str:
    """Stable id from type, canonical name and (for names only meaningful relative
    to a city, such as an unresolved 市科委) the jurisdiction.

    Remembered: ``Entity.id`` is read for every mention, plan and write, and the same
    agencies, cities and institutions recur in document after document."""
    return "e_" + _digest(type_name, name, jurisdiction or "")


def document_id(file: str) -> str:
    """A document is identified by its path relative to the folder it was built from,
    so that a changed file replaces its own earlier version."""
    return "d_" + _digest(file)


def relation_id(head: str, type_name: str, tail: str, doc_file: str, start: int) -> str:
    return "r_" + _digest(head, type_name, tail, doc_file, str(start))


@dataclass
class Document:
    """One source file after reading and normalising.

    ``text`` is the normalised text (Simplified, half-width, PDF debris repaired);
    every offset anywhere in the graph refers to it. ``original_text`` keeps what the
    file said (after decoding) so surface forms in Traditional script survive as aliases.
    """

    file: str
    sha256: str
    text: str
    original_text: str = ""
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    addressees: list[str] = field(default_factory=list)
    doc_type: str = "other"
    region: str | None = None
    """The jurisdiction the document speaks from (上海 / 深圳 / 香港 …), used to resolve 市科委, 本市."""
    source_format: str = "txt"
    encoding: str = "utf-8"
    script: str = "simplified"
    """"simplified" or "traditional": the script of the original file."""
    extraction: str | None = None
    """Which extractor made this document's graph (:func:`policykg.extract.fingerprint.extraction_fingerprint`);
    a build extracts a stored document again when it differs from the running one."""
    folder: str | None = None
    """The resolved folder ``file`` is relative to, set by the build (None: not known, e.g. a copy between stores).

    Store-local provenance, on purpose not in :data:`DOCUMENT_FIELDS`: it lets a build tell a moved folder
    (same bytes) from another folder holding a file of the same name (different bytes), which would otherwise
    replace the stored document in silence. A path of this machine must never reach snapshots, exports or
    maps, which are compared byte for byte across machines."""

    @property
    def id(self) -> str:
        return document_id(self.file)


# Mention, Evidence and Relation are created by the hundred per document, so they are
# slotted but not frozen: a frozen dataclass sets each field through object.__setattr__,
# which made building them ~5 % of extraction. Treat them as values all the same —
# nothing mutates them after extraction, and nothing hashes them.
@dataclass(slots=True)
class Mention:
    """One occurrence of a name in a document's normalised text."""

    text: str
    """The surface form as it appears in the original file (may be Traditional)."""
    start: int
    end: int
    type: str
    canonical: str
    """The name this mention resolves to (full official form where known)."""
    rule: str
    confidence: float = 1.0


@dataclass(slots=True)
class Evidence:
    """Where a relation was stated: which document, which sentence, which characters, which rule."""

    doc: str
    text: str
    start: int
    end: int
    rule: str
    confidence: float = 1.0


@dataclass
class Entity:
    """A resolved entity as seen in one document (aliases are this document's surface forms)."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    jurisdiction: str | None = None
    confidence: float = 1.0
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name, self.jurisdiction)


@dataclass(slots=True)
class Relation:
    """A typed, directed link between two entity ids, never without evidence."""

    head: str
    type: str
    tail: str
    evidence: Evidence

    @property
    def id(self) -> str:
        return relation_id(self.head, self.type, self.tail, self.evidence.doc, self.evidence.start)


@dataclass
class DocumentGraph:
    """Everything one document asserts: the unit a store writes or replaces atomically."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What reading the file left out (from the reader); reported by the build, not stored."""


# ---------------------------------------------------------------- merged view


@dataclass
class EntityRecord:
    """An entity as stored: aliases and documents are the union over all documents."""

    id: str
    name: str
    type: str
    aliases: list[str]
    docs: list[str]
    jurisdiction: str | None = None
    confidence: float = 1.0


@dataclass
class RelationRecord:
    """A relation as stored, flattened with its evidence."""

    id: str
    head: str
    type: str
    tail: str
    doc: str
    evidence: str
    start: int
    end: int
    rule: str
    confidence: float = 1.0


DOCUMENT_FIELDS: tuple[str, ...] = (
    "id",
    "file",
    "title",
    "doc_number",
    "issuer",
    "date",
    "doc_type",
    "addressees",
    "region",
    "sha256",
    "extraction",
)
"""Every field a store keeps of a document, in the order of the JSON Lines contract.

The one list: store statements, snapshots, copies between stores, JSON Lines, CSV and
the Neo4j import files all read it, so a new document field is added here (and to
:class:`Document` / :class:`DocumentRecord`) and nowhere else."""


def document_values(doc: Document | DocumentRecord) -> dict[str, Any]:
    """The stored fields of a document (or its record), in :data:`DOCUMENT_FIELDS` order;
    lists are copied so the caller may keep them."""
    values = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
    values["addressees"] = list(values["addressees"] or [])
    return values


@dataclass
class DocumentRecord:
    """Document metadata as stored (no text)."""

    id: str
    file: str
    sha256: str
    title: str | None
    doc_number: str | None
    issuer: str | None
    date: str | None
    addressees: list[str]
    doc_type: str
    region: str | None = None
    extraction: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> DocumentRecord:
        """A record from any mapping keyed by :data:`DOCUMENT_FIELDS` (a store row, a JSON
        Lines object); a missing hash, type or list reads as a build would have written it."""
        values: dict[str, Any] = {name: row.get(name) for name in DOCUMENT_FIELDS}
        values["sha256"] = values["sha256"] or ""
        values["doc_type"] = values["doc_type"] or "other"
        values["addressees"] = list(values["addressees"] or [])
        return cls(**values)

    def to_document(self) -> Document:
        """The :class:`Document` this record was stored from, without its text (stores keep none)."""
        values = document_values(self)
        del values["id"]
        return Document(text="", **values)


@dataclass
class GraphSnapshot:
    """The whole graph in plain records, sorted; what exports, maps and analytics read."""

    documents: list[DocumentRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)

    def entity_by_id(self) -> dict[str, EntityRecord]:
        return {e.id: e for e in self.entities}

    def sort(self) -> GraphSnapshot:
        self.documents.sort(key=lambda d: d.file)
        self.entities.sort(key=lambda e: (e.type, e.name, e.id))
        for e in self.entities:
            e.aliases = sorted(set(e.aliases) - {e.name})
            e.docs = sorted(set(e.docs))
        self.relations.sort(key=lambda r: (r.doc, r.start, r.end, r.type, r.head, r.tail, r.id))
        return self
