"""The one object that flows through extraction.

A :class:`Doc` starts as a normalised :class:`~policykg.model.Document` and each
component of :mod:`policykg.extract.pipeline` adds one layer to it (metadata,
segments, name candidates, resolved entities, relations). Components declare the
layers they read and add, so the order is checked once instead of being implied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policykg.extract.metadata import DocMeta
from policykg.extract.names import Candidate
from policykg.model import Document, Entity, Mention, Relation


@dataclass(slots=True)
class Segment:
    """A stretch of text that rules look inside: a sentence, a list item or a table row."""

    start: int
    end: int


@dataclass(slots=True)
class Part:
    """A part of a document that is a policy of its own (an annex, a measures list):
    measures inside it belong to that policy."""

    start: int
    end: int
    title: str
    policy_id: str | None = None


@dataclass(slots=True)
class Measure:
    """One numbered measure of a policy (（十四）…), the unit a 责任单位 list answers for."""

    start: int
    end: int
    label: str
    heading: str


@dataclass
class Doc:
    """A document and everything extraction has learnt about it so far."""

    document: Document
    text: str
    original: str
    meta: DocMeta | None = None
    issuer: str | None = None
    own_policy_title: str | None = None
    body_end: int = 0
    """Where the body ends (a report's bibliography starts); names after it are not actors."""
    segments: list[Segment] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)
    """(mention, entity id) in text order, after resolution."""
    entities: dict[str, Entity] = field(default_factory=dict)
    own_policy: str | None = None
    issuer_id: str | None = None
    relations: list[Relation] = field(default_factory=list)

    def occupied(self) -> bytearray:
        """One byte per character of the text, set where a candidate already stands: sources that only
        fill gaps (places, people, the tagger) test and mark it."""
        mask = bytearray(len(self.text) + 1)
        for c in self.candidates:
            mask[c.start : c.end] = b"\x01" * (c.end - c.start)
        return mask

    @property
    def file(self) -> str:
        return self.document.file
