"""Extraction as an ordered list of small components over one :class:`Doc`.

Each component names the layers it reads and the layers it adds; :func:`check_order`
verifies once that every layer is added before it is read. The order lives here and
nowhere else, so the CLI, the API, the benchmarks and the per-rule report all run the
same pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policykg.extract.doc import Doc
from policykg.extract.fingerprint import extraction_fingerprint
from policykg.model import Document, DocumentGraph, Relation


@dataclass(frozen=True)
class Component:
    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Doc], None]
    doc: str = ""


def _components() -> tuple[Component, ...]:
    # imported here so that each module can import Doc without a cycle
    from policykg.extract.components import (
        candidates,
        decide,
        ellipsis,
        gazetteer,
        header,
        people,
        resolution,
        segments,
        structure,
        tagger,
    )
    from policykg.extract.relations import engine

    return (
        Component(
            "header",
            ("text",),
            ("meta", "issuer", "own_policy_title", "body_end"),
            header.run,
            "文号, issuer, date, addressees, genre, city; where a report's bibliography starts",
        ),
        Component(
            "segments",
            ("text", "meta"),
            ("segments", "parts", "measures"),
            segments.run,
            "sentences, list items and table rows; annexed policies; numbered measures",
        ),
        Component(
            "head-names",
            ("text", "meta", "body_end"),
            ("candidates",),
            candidates.run,
            "names ending in an institutional head word, 《titles》, quoted names, known names",
        ),
        Component(
            "people",
            ("text", "segments", "candidates", "body_end"),
            ("candidates",),
            people.run,
            "people named with a title or in a list of officials",
        ),
        Component(
            "tagger",
            ("text", "segments", "candidates"),
            ("candidates",),
            tagger.run,
            "names without a head word from the LAC tagger, in sentences the rules left empty",
        ),
        Component(
            "decide",
            ("text", "candidates"),
            ("candidates",),
            decide.run,
            "boundaries, generic phrases and overlaps decided once for all sources",
        ),
        Component(
            "gazetteer",
            ("text", "candidates", "body_end"),
            ("candidates",),
            gazetteer.run,
            "places from the administrative-division and country tables",
        ),
        Component(
            "ellipsis",
            ("text", "candidates"),
            ("candidates",),
            ellipsis.run,
            "a part shared by a list: 港大和中大医学院, 上海、深圳证券交易所, 省教育厅、卫生健康委",
        ),
        Component(
            "resolve",
            ("text", "candidates", "meta", "issuer", "own_policy_title"),
            ("mentions", "entities", "own_policy", "issuer_id"),
            resolution.run,
            "one entity per thing: abbreviations, self references, city-relative names",
        ),
        Component(
            "structure",
            ("text", "meta", "mentions", "entities", "parts", "measures", "own_policy", "issuer_id"),
            ("relations",),
            structure.run,
            "relations stated by a document's structure: 责任单位 lists, member lists, nesting, header",
        ),
        Component(
            "relation-rules",
            ("text", "segments", "mentions", "entities", "issuer_id"),
            ("relations",),
            engine.run,
            "trigger rules over mention pairs in a sentence (rules in resources/rules/relations.toml)",
        ),
    )


COMPONENTS: tuple[Component, ...] = ()


def components() -> tuple[Component, ...]:
    global COMPONENTS
    if not COMPONENTS:
        COMPONENTS = _components()
        check_order(COMPONENTS)
    return COMPONENTS


def check_order(comps: tuple[Component, ...]) -> None:
    """Every layer a component reads was added by an earlier one (or is the input text)."""
    have = {"text"}
    for c in comps:
        missing = [r for r in c.reads if r not in have]
        if missing:
            raise RuntimeError(f"extraction component {c.name!r} reads {missing} before any component adds them")
        have.update(c.adds)


def run(document: Document) -> Doc:
    """Run every component over ``document`` (already normalised) and return the filled Doc."""
    original = document.original_text if len(document.original_text) == len(document.text) else document.text
    doc = Doc(document=document, text=document.text, original=original, body_end=len(document.text))
    for c in components():
        c.run(doc)
    return doc


def extract(document: Document) -> DocumentGraph:
    """Entities and relations of one normalised document, each traced to its text."""
    document.extraction = extraction_fingerprint()
    doc = run(document)
    ents = list(doc.entities.values())
    for e in ents:
        e.aliases = sorted(set(a for a in e.aliases if a and a != e.name))
    relations = _dedupe(doc.relations)
    _in_original_script(document, relations)
    return DocumentGraph(document=document, entities=ents, relations=relations)


_ELLIPSIS = re.compile("(…+)")


def _parts_as_written(evidence: str, text: str, original: str, start: int, end: int) -> str:
    """Each part of an evidence put together from the text, as the document wrote it: a part found in the span (in
    order), or else the last time before its end, is replaced by the original's characters there; a part not
    found stays as it is."""
    out, at = [], start
    for part in _ELLIPSIS.split(evidence):
        k = text.find(part, at, end) if part and not _ELLIPSIS.fullmatch(part) else -1
        if k < 0 and part and not _ELLIPSIS.fullmatch(part):
            k = text.rfind(part, 0, end)  # a measure's heading quoted before its duty list: it stands earlier
        if k >= 0:
            out.append(original[k : k + len(part)])
            at = k + len(part)
        else:
            out.append(part)
    return "".join(out)


def _in_original_script(document: Document, relations: list[Relation]) -> None:
    """A Traditional document's evidence and title as written, not as extraction read them.

    Why: extraction reads the Simplified twin of the text (one character for one, so offsets are the same), and
    evidence quoted from it (医管局与香港大学…) is a sentence the document does not contain: a user searching the
    file for it finds nothing. Names stay Simplified, with the written forms as aliases, so look-ups work in
    either script."""
    original, text = document.original_text, document.text
    if document.script != "traditional" or len(original) != len(text):
        return
    for r in relations:
        ev = r.evidence
        if text[ev.start : ev.end] == ev.text:
            ev.text = original[ev.start : ev.end]
        else:  # evidence put together from parts of its span (a measure and its duty list, joined by …)
            ev.text = _parts_as_written(ev.text, text, original, ev.start, ev.end)
    if document.title:
        k = text.find(document.title)
        if k >= 0:
            document.title = original[k : k + len(document.title)]
        else:  # a title broken over lines, read as one (關於支持…產業 / 創新…的實施意見): its characters as written
            document.title = _title_as_written(document.title, text, original)


def _title_as_written(title: str, text: str, original: str) -> str:
    """``title`` in ``original``'s script where the text holds it with line breaks or spaces between its characters;
    unchanged where it does not."""
    m = re.search(r"\s*".join(map(re.escape, title)), text)
    if m is None:
        return title
    out, i = [], m.start()
    for c in title:
        while text[i] != c:
            i += 1  # the break or space the title was read without
        out.append(original[i])
        i += 1
    return "".join(out)


def _dedupe(rels: list[Relation]) -> list[Relation]:
    """One relation per (head, type, tail, evidence start): a fact stated twice in one place is one fact."""
    seen: dict[tuple[str, str, str, int], Relation] = {}
    for r in rels:
        seen.setdefault((r.head, r.type, r.tail, r.evidence.start if r.type == "RESPONSIBLE_FOR" else 0), r)
    return list(seen.values())
