"""Flat exports of a :class:`~policykg.model.GraphSnapshot`: JSON Lines, CSV, and a dispatcher.

JSON Lines is the evaluation contract (``../shared/eval/score.py`` reads it) and the
exchange format between stores (``neo4j push/pull``), so it is written to be
byte-identical for identical snapshots: fixed key order, a total sort order, no
dependence on dict or set iteration, ``\\n`` line ends on every platform.
:func:`read_jsonl` is its exact inverse.

CSV is for people opening the graph in a spreadsheet: UTF-8 with a BOM so Excel
detects the encoding of Chinese text, lists joined with ``|``, and relation rows
carrying the head/tail *names* so the file reads without lookups.

The RDF and GraphML/GEXF writers live in :mod:`policykg.graph.readwrite.rdf` and
:mod:`policykg.graph.readwrite.nx`; :func:`export_snapshot` reaches them lazily so that a
JSONL export does not pay for importing rdflib.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from policykg.errors import InputError, PolicyKGError
from policykg.model import (
    DOCUMENT_FIELDS,
    DocumentRecord,
    EntityRecord,
    GraphSnapshot,
    RelationRecord,
    document_values,
)

DOCUMENT_KEYS = ("kind", *DOCUMENT_FIELDS)
ENTITY_KEYS = ("kind", "id", "name", "type", "aliases", "docs", "jurisdiction", "confidence")
RELATION_KEYS = ("kind", "id", "head", "type", "tail", "doc", "evidence", "start", "end", "rule", "confidence")

LIST_SEPARATOR = "|"
"""How CSV, GraphML and GEXF cells hold lists (aliases, docs, addressees)."""

FORMATS = ("jsonl", "csv", "turtle", "jsonld", "graphml", "gexf")
CSV_FILES = ("entities.csv", "relations.csv", "documents.csv")
"""The files a CSV export writes into its folder."""
_FORMAT_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "ndjson": "jsonl"}


# ---------------------------------------------------------------- ordering


def sorted_documents(snapshot: GraphSnapshot) -> list[DocumentRecord]:
    return sorted(snapshot.documents, key=lambda d: (d.file, d.id))


def sorted_entities(snapshot: GraphSnapshot) -> list[EntityRecord]:
    return sorted(snapshot.entities, key=lambda e: (e.type, e.name, e.id))


def sorted_relations(snapshot: GraphSnapshot) -> list[RelationRecord]:
    return sorted(snapshot.relations, key=lambda r: (r.doc, r.start, r.end, r.type, r.head, r.tail, r.id))


def _aliases(e: EntityRecord) -> list[str]:
    # Same normal form as GraphSnapshot.sort(), applied without mutating the caller's snapshot.
    return sorted(set(e.aliases) - {e.name})


# ---------------------------------------------------------------- JSON Lines


def document_row(d: DocumentRecord) -> dict[str, Any]:
    return {"kind": "document", **document_values(d)}


def entity_row(e: EntityRecord) -> dict[str, Any]:
    return {
        "kind": "entity",
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": _aliases(e),
        "docs": sorted(set(e.docs)),
        "jurisdiction": e.jurisdiction,
        "confidence": float(e.confidence),
    }


def relation_row(r: RelationRecord) -> dict[str, Any]:
    return {
        "kind": "relation",
        "id": r.id,
        "head": r.head,
        "type": r.type,
        "tail": r.tail,
        "doc": r.doc,
        "evidence": r.evidence,
        "start": int(r.start),
        "end": int(r.end),
        "rule": r.rule,
        "confidence": float(r.confidence),
    }


def _dumps(row: dict[str, Any]) -> str:
    text = json.dumps(row, ensure_ascii=False, separators=(", ", ": "))
    # U+2028/2029 are legal raw inside JSON strings but some line readers split on them;
    # escaping keeps "one object per line" true for every reader.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def iter_jsonl(snapshot: GraphSnapshot) -> Iterator[str]:
    """Lines (without newline) of the JSONL export: documents, then entities, then relations."""
    for d in sorted_documents(snapshot):
        yield _dumps(document_row(d))
    for e in sorted_entities(snapshot):
        yield _dumps(entity_row(e))
    for r in sorted_relations(snapshot):
        yield _dumps(relation_row(r))


def to_jsonl(snapshot: GraphSnapshot) -> str:
    return "".join(line + "\n" for line in iter_jsonl(snapshot))


def write_jsonl(snapshot: GraphSnapshot, fh: IO[str]) -> int:
    """Write the JSONL export to an open text handle; returns the number of lines."""
    n = 0
    for line in iter_jsonl(snapshot):
        fh.write(line + "\n")
        n += 1
    return n


def _source_name(fh: Any) -> str:
    return str(getattr(fh, "name", "<jsonl>"))


def _need(obj: dict[str, Any], key: str, source: str, lineno: int) -> Any:
    if key not in obj:
        raise InputError(
            f"{source}:{lineno}",
            f"{obj.get('kind')} line lacks {key!r}",
            "re-export the graph with `policykg export --format jsonl`",
        )
    return obj[key]


def read_jsonl(fh: IO[str] | Iterable[str]) -> GraphSnapshot:
    """Parse a JSONL export back into a sorted snapshot (the inverse of :func:`write_jsonl`).

    Strict on purpose: a malformed line or unknown ``kind`` is reported with its line
    number instead of silently producing a smaller graph.
    """
    source = _source_name(fh)
    snap = GraphSnapshot()
    for lineno, line in enumerate(fh, start=1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{source}:{lineno}", f"not valid JSON ({exc.msg})", "the file must hold one JSON object per line"
            ) from None
        if not isinstance(obj, dict):
            raise InputError(
                f"{source}:{lineno}", "line is not a JSON object", "the file must hold one JSON object per line"
            )
        kind = obj.get("kind")
        if kind == "document":
            _need(obj, "id", source, lineno)
            _need(obj, "file", source, lineno)
            snap.documents.append(DocumentRecord.from_row(obj))
        elif kind == "entity":
            snap.entities.append(
                EntityRecord(
                    id=_need(obj, "id", source, lineno),
                    name=_need(obj, "name", source, lineno),
                    type=_need(obj, "type", source, lineno),
                    aliases=list(obj.get("aliases") or []),
                    docs=list(obj.get("docs") or []),
                    jurisdiction=obj.get("jurisdiction"),
                    confidence=float(obj.get("confidence", 1.0)),
                )
            )
        elif kind == "relation":
            snap.relations.append(
                RelationRecord(
                    id=_need(obj, "id", source, lineno),
                    head=_need(obj, "head", source, lineno),
                    type=_need(obj, "type", source, lineno),
                    tail=_need(obj, "tail", source, lineno),
                    doc=_need(obj, "doc", source, lineno),
                    evidence=obj.get("evidence") or "",
                    start=int(obj.get("start", 0)),
                    end=int(obj.get("end", 0)),
                    rule=obj.get("rule") or "",
                    confidence=float(obj.get("confidence", 1.0)),
                )
            )
        else:
            raise InputError(
                f"{source}:{lineno}", f"unknown kind {kind!r}", "expected kind to be document, entity or relation"
            )
    return snap.sort()


# ---------------------------------------------------------------- CSV

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A spreadsheet-safe cell: lists joined, None empty, and text that Excel would run as a
    formula (a document sentence starting with ``=`` or ``@``) prefixed with ``'``."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        text = "'" + text
    return text


ENTITY_CSV = ("id", "name", "type", "aliases", "docs", "jurisdiction", "confidence")
RELATION_CSV = (
    "id",
    "head",
    "head_name",
    "type",
    "tail",
    "tail_name",
    "doc",
    "evidence",
    "start",
    "end",
    "rule",
    "confidence",
)
DOCUMENT_CSV = DOCUMENT_FIELDS


def _write_csv(path: Path, header: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    from policykg.graph.readwrite.output import atomic_output

    with atomic_output(path, encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            w.writerow([_cell(row.get(k)) for k in header])


def export_csv(snapshot: GraphSnapshot, folder: str | os.PathLike[str]) -> list[Path]:
    """Write entities.csv, relations.csv and documents.csv into ``folder`` (created if needed)."""
    from policykg.graph.readwrite.output import OutputError, check_output, describe_os_error

    out = check_output(os.fspath(folder), folder=True)
    try:
        out.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot be created: {describe_os_error(exc)}") from None
    names = {e.id: e.name for e in snapshot.entities}
    paths = [out / name for name in CSV_FILES]
    _write_csv(paths[0], ENTITY_CSV, (entity_row(e) for e in sorted_entities(snapshot)))
    _write_csv(
        paths[1],
        RELATION_CSV,
        (
            {**relation_row(r), "head_name": names.get(r.head, ""), "tail_name": names.get(r.tail, "")}
            for r in sorted_relations(snapshot)
        ),
    )
    _write_csv(paths[2], DOCUMENT_CSV, (document_row(d) for d in sorted_documents(snapshot)))
    return paths


# ---------------------------------------------------------------- dispatcher


def normalise_format(fmt: str) -> str:
    f = fmt.strip().lower()
    f = _FORMAT_ALIASES.get(f, f)
    if f not in FORMATS:
        raise PolicyKGError(f"unknown export format {fmt!r} — choose one of: {', '.join(FORMATS)}")
    return f


def _render_text(snapshot: GraphSnapshot, fmt: str, base: str | None) -> str:
    if fmt == "jsonl":
        return to_jsonl(snapshot)
    from policykg.graph.readwrite import rdf

    kw = {"base": base} if base else {}
    return rdf.to_turtle(snapshot, **kw) if fmt == "turtle" else rdf.to_jsonld(snapshot, **kw)


def export_snapshot(
    snapshot: GraphSnapshot, fmt: str, path_or_fh: str | os.PathLike[str] | IO[str], *, base: str | None = None
) -> None:
    """Write ``snapshot`` in ``fmt`` to a path or an open text handle.

    ``csv`` needs a folder path (it writes three files). GraphML/GEXF take a path or a
    handle (bytes are encoded as UTF-8). ``base`` sets the IRI base of RDF exports.
    """
    f = normalise_format(fmt)
    is_handle = hasattr(path_or_fh, "write")
    if f == "csv":
        if is_handle:
            raise PolicyKGError("CSV export writes three files — give a folder path, not a stream")
        export_csv(snapshot, path_or_fh)  # type: ignore[arg-type]
        return
    if f in ("graphml", "gexf"):
        from policykg.graph.readwrite import nx as pkg_nx

        writer = pkg_nx.write_graphml if f == "graphml" else pkg_nx.write_gexf
        if is_handle:
            buf = io.BytesIO()
            writer(snapshot, buf)
            path_or_fh.write(buf.getvalue().decode("utf-8"))  # type: ignore[union-attr]
        else:
            from policykg.graph.readwrite.output import atomic_output, check_output

            with atomic_output(check_output(path_or_fh), binary=True) as fh:  # type: ignore[arg-type]
                writer(snapshot, fh)
        return
    text = _render_text(snapshot, f, base)
    if is_handle:
        path_or_fh.write(text)  # type: ignore[union-attr]
    else:
        from policykg.graph.readwrite.output import atomic_output, check_output

        with atomic_output(check_output(path_or_fh)) as fh:  # type: ignore[arg-type]
            fh.write(text)
