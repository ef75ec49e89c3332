"""A graph as the CSV files of ``neo4j-admin database import full``: the bulk path into Neo4j.

Writing through Bolt (:mod:`policykg.graph.stores.neo4j_store`) is transactional and
incremental, and each transaction is applied on one server core (two writers use two).
Loading a whole corpus into an *empty* database does not need transactions: Neo4j's
offline importer builds the store files directly, on all cores, without per-statement
work — though stopping and starting the server and building the indexes afterwards
are fixed costs (see benchmarks/README.md for when it pays).

The files hold exactly the graph a build through :class:`~policykg.graph.stores.cypher_store.CypherStore`
writes — same labels, properties, merged entity state and lookup keys — because
every value comes from the same planning code (:func:`cypher_store.plan_document`,
:func:`cypher_store.lookup_keys`, :func:`cypher_store.search_keys`). A test imports
the sample documents this way and compares the export with the embedded store's,
byte for byte.

Streaming: with one process, documents, mentions and relations go to disk as each
document is read; only the merged entity state (a few hundred bytes per distinct
entity) is held until the end, when entities and their lookup keys are written. With
several (``workers``), the graphs are held in memory and forked processes write
contiguous runs of documents into part files, which the importer reads in order.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from policykg import ontology
from policykg.errors import StoreError
from policykg.graph.stores import cypher_store as cs
from policykg.model import DOCUMENT_FIELDS, DocumentGraph

ARRAY_DELIMITER = "\x1f"
"""Between the elements of a list property. U+001F (unit separator) never occurs in
normalised text; a value containing it is refused rather than silently split."""

ARGS_FILE = "neo4j-admin-import.args"
"""The importer's arguments, one per line; pass it as ``@FILE`` to ``neo4j-admin``."""

# Node and relationship files: (file name, header). The ID spaces keep entity,
# document and key ids apart; ``id:ID(...)`` also stores ``id`` as a property,
# as the Cypher stores do, while lookup keys get an id only the importer sees.
_DOCUMENT_PROPS = ("sha256", *(f for f in DOCUMENT_FIELDS if f not in ("id", "file", "sha256", "addressees")))
NODE_FILES: dict[str, list[str]] = {
    "documents.csv": ["id:ID(Document)", "file", *_DOCUMENT_PROPS, "addressees:string[]", ":LABEL"],
    "entities.csv": [
        "id:ID(Entity)",
        "name",
        "type",
        "jurisdiction",
        "aliases:string[]",
        "search:string[]",
        "confidence:double",
        ":LABEL",
    ],
    "lookup_keys.csv": [":ID(LookupKey)", "k", "exact:boolean", "search:boolean", ":LABEL"],
}
RELATIONSHIP_FILES: dict[str, list[str]] = {
    "relations.csv": [
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        ":TYPE",
        "id",
        "doc",
        "doc_id",
        "evidence",
        "start:long",
        "end:long",
        "rule",
        "confidence:double",
    ],
    "mentions.csv": [":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "aliases:string[]", "confidence:double"],
    "issued.csv": [":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "doc", "doc_id", "rule"],
    "addressed.csv": [":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "doc", "doc_id", "rule"],
    "key_of.csv": [":START_ID(LookupKey)", ":END_ID(Entity)", ":TYPE"],
}


@dataclass
class ImportFiles:
    """The files written for one import, and what they hold."""

    folder: Path
    counts: dict[str, int] = field(default_factory=dict)
    """documents, entities, lookup_keys, relations, mentions, issued, addressed"""
    parts: dict[str, list[str]] = field(default_factory=dict)
    """file name → the files that make it up when written in parallel: the named file holds
    only the header, the parts hold the rows in document order (absent: one file)"""

    @property
    def args_file(self) -> Path:
        return self.folder / ARGS_FILE

    def admin_args(self) -> list[str]:
        """Options for ``neo4j-admin database import full`` (the database name goes after them)."""
        folder = self.folder.resolve()

        def group(name: str) -> str:
            return ",".join(str(folder / f) for f in [name, *self.parts.get(name, [])])

        args = [f"--nodes={group(name)}" for name in NODE_FILES]
        args += [f"--relationships={group(name)}" for name in RELATIONSHIP_FILES]
        args += [
            "--array-delimiter=U+001F",
            # evidence sentences and titles may hold line breaks
            "--multiline-fields=true",
            # the files are complete and consistent by construction: any bad row is a bug, so stop on it
            "--bad-tolerance=0",
            # documents hold "" titles and the like that must stay "" rather than become missing
            "--ignore-empty-strings=false",
        ]
        return args


class _Writer:
    """One CSV file: strings always quoted, a missing value as an empty unquoted field.

    The importer reads an unquoted empty field as "no property" and ``""`` as the
    empty string, which is exactly the distinction the Cypher stores make between an
    absent property and an empty one. ``csv.QUOTE_STRINGS`` (Python 3.12) writes just
    that, in C: a Python function per field took most of the time of a 1M-relation export.
    """

    def __init__(self, path: Path, header: list[str] | None):
        self._fh: TextIO = path.open("w", encoding="utf-8", newline="")
        if header is not None:  # parts of a file written in parallel have none
            self._fh.write(",".join(header) + "\n")
        self._csv = csv.writer(self._fh, quoting=csv.QUOTE_STRINGS, lineterminator="\n")
        self.rows = 0

    def row(self, values: list[Any]) -> None:
        self._csv.writerow(values)
        self.rows += 1

    def close(self) -> None:
        self._fh.close()


def _array(values: list[str]) -> str | None:
    """A list property as one field; an empty list has no CSV form the importer reads back
    as [] (it is left out, and ``policykg neo4j init`` fills it in where it matters)."""
    for item in values:
        if ARRAY_DELIMITER in item:
            raise StoreError(f"a list value contains U+001F, which the import files use as a separator: {item!r}")
    return ARRAY_DELIMITER.join(values) if values else None


def _bool(value: bool) -> str:
    return "true" if value else "false"


DOCUMENT_FILES = ("documents.csv", "mentions.csv", "relations.csv", "issued.csv", "addressed.csv")
"""The files written document by document (in parts, when in parallel); entities and keys come last."""


def _plan(graph: DocumentGraph) -> cs.DocumentPlan:
    try:
        return cs.plan_document(graph)
    except ValueError as exc:  # an unknown entity type, from ontology.checked_label
        raise StoreError(f"{graph.document.file}: {exc} — fix the extractor output") from exc


@dataclass
class _Part:
    """What writing one run of documents leaves for the entity files: first-seen properties
    and the fold of the mentions (cypher_store.fold_mention), plus row counts."""

    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    merged: dict[str, Any] = field(default_factory=dict)
    """entity id → [aliases, highest confidence] (cypher_store.fold_mention)"""
    rows: dict[str, int] = field(default_factory=dict)


def _write_run(
    graphs: Iterable[DocumentGraph], writers: dict[str, _Writer], progress: Callable[[int], None] | None = None
) -> _Part:
    part = _Part()
    try:
        for n, graph in enumerate(graphs, 1):
            plan = _plan(graph)
            _write_document(writers, plan)
            for rows in plan.entities_by_type.values():
                for row in rows:
                    part.entities.setdefault(row["id"], row["props"])
            for m in plan.mentions:
                cs.fold_mention(part.merged, m)
            if progress is not None:
                progress(n)
    finally:
        for w in writers.values():
            w.close()
    part.rows = {name: w.rows for name, w in writers.items()}
    return part


_FORKED: list[DocumentGraph] = []
"""The graphs of a parallel write, inherited by the forked workers (no pickling of graphs)."""


def _start_worker(parent: int) -> None:
    """A writer process ends at once on SIGTERM (``Pool.terminate`` after an error), leaves Ctrl-C to
    the parent (which then terminates the pool), and ends with the parent even after kill -9 of it."""
    from policykg.processes import die_with_parent, end_on_sigterm

    end_on_sigterm()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)


def _write_part(task: tuple[Path, int, int, int]) -> _Part:
    folder, index, start, end = task
    writers = {name: _Writer(folder / _part_name(name, index), None) for name in DOCUMENT_FILES}
    return _write_run(_FORKED[start:end], writers)


def _write_parts_in_pool(
    tasks: list[tuple[Path, int, int, int]], workers: int, total: _Part, progress: Callable[[int], None] | None
) -> None:
    """Write the part files from ``workers`` forked processes, adding each part's entities and counts
    to ``total`` in task order. On success the pool is closed (the workers end on their own); only
    after an error or Ctrl-C is it terminated, and its workers end at once on that (:func:`_start_worker`)."""
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        for (_, _, _, end), part in zip(tasks, pool.imap(_write_part, tasks)):
            for eid, props in part.entities.items():
                total.entities.setdefault(eid, props)
            for eid, (aliases, conf) in part.merged.items():
                old = total.merged.get(eid)
                total.merged[eid] = (aliases, conf) if old is None else (old[0] | aliases, max(old[1], conf))
            for name, count in part.rows.items():
                total.rows[name] = total.rows.get(name, 0) + count
            if progress is not None:
                progress(end)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _part_name(name: str, index: int) -> str:
    stem, ext = name.rsplit(".", 1)
    return f"{stem}.part{index:04d}.{ext}"


def write_import_files(
    graphs: Iterable[DocumentGraph], folder: Path, *, progress: Callable[[int], None] | None = None, workers: int = 1
) -> ImportFiles:
    """Write the import files of ``graphs`` into ``folder`` (created; must be empty or new).

    ``progress(n)`` is called with the number of documents written so far (after each
    document; after each run of documents when parallel). ``workers`` > 1 writes the
    documents' files from that many forked processes, each a contiguous run of documents
    into part files, so the rows are in the same order as with one; the graphs are then
    held in memory. Raises StoreError for a graph the Cypher stores would refuse too (an
    unknown type, a relation to an entity the document does not list) or for a file listed twice.
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise StoreError(f"{folder} is not empty — give a new or empty folder for the import files")
    parallel = workers > 1 and "fork" in multiprocessing.get_all_start_methods()
    if parallel:
        graphs = list(graphs)
        _check_distinct(graphs)
        parallel = len(graphs) >= 2 * PART_DOCUMENTS
    else:
        graphs = _distinct(graphs)
    folder.mkdir(parents=True, exist_ok=True)
    parts: dict[str, list[str]] = {}
    if parallel:
        assert isinstance(graphs, list)
        for name in DOCUMENT_FILES:
            _Writer(folder / name, RELATIONSHIP_FILES.get(name) or NODE_FILES[name]).close()
        n_parts = max(workers, min(len(graphs) // PART_DOCUMENTS, 8 * workers))
        bounds = [len(graphs) * i // n_parts for i in range(n_parts + 1)]
        tasks = [(folder, i, bounds[i], bounds[i + 1]) for i in range(n_parts)]
        parts = {name: [_part_name(name, i) for i in range(n_parts)] for name in DOCUMENT_FILES}
        total = _Part()
        _FORKED[:] = graphs
        try:
            _write_parts_in_pool(tasks, workers, total, progress)
        finally:
            _FORKED.clear()
    else:
        writers = {
            name: _Writer(folder / name, RELATIONSHIP_FILES.get(name) or NODE_FILES[name]) for name in DOCUMENT_FILES
        }
        total = _write_run(graphs, writers, progress)
    entity_writers = {
        name: _Writer(folder / name, header)
        for name, header in (
            ("entities.csv", NODE_FILES["entities.csv"]),
            ("lookup_keys.csv", NODE_FILES["lookup_keys.csv"]),
            ("key_of.csv", RELATIONSHIP_FILES["key_of.csv"]),
        )
    }
    try:
        _write_entities(entity_writers, total.entities, total.merged)
    finally:
        for w in entity_writers.values():
            w.close()
    rows = {**total.rows, **{name: w.rows for name, w in entity_writers.items()}}
    files = ImportFiles(
        folder=folder,
        parts=parts,
        counts={
            "documents": rows["documents.csv"],
            "entities": rows["entities.csv"],
            "lookup_keys": rows["lookup_keys.csv"],
            "relations": rows["relations.csv"],
            "mentions": rows["mentions.csv"],
            "issued": rows["issued.csv"],
            "addressed": rows["addressed.csv"],
        },
    )
    files.args_file.write_text("\n".join(files.admin_args()) + "\n", encoding="utf-8")
    return files


PART_DOCUMENTS = 250
"""Documents per part file at least: below twice that, one process writes everything."""


def _twice(file: str) -> StoreError:
    return StoreError(f"{file} is listed twice — each document can be imported once")


def _check_distinct(graphs: list[DocumentGraph]) -> None:
    seen: set[str] = set()
    for g in graphs:
        if g.document.file in seen:
            raise _twice(g.document.file)
        seen.add(g.document.file)


def _distinct(graphs: Iterable[DocumentGraph]) -> Iterator[DocumentGraph]:
    seen: set[str] = set()
    for g in graphs:
        if g.document.file in seen:
            raise _twice(g.document.file)
        seen.add(g.document.file)
        yield g


def _write_document(writers: dict[str, _Writer], plan: cs.DocumentPlan) -> None:
    p = plan.props
    writers["documents.csv"].row(
        [plan.doc_id, p["file"], *(p.get(k) for k in _DOCUMENT_PROPS), _array(p.get("addressees") or []), "Document"]
    )
    for doc_id, eid, aliases, confidence in plan.mentions:  # cs.MENTION_COLUMNS
        writers["mentions.csv"].row([doc_id, eid, "MENTIONS", _array(aliases or []), confidence])
    for type_name in sorted(plan.relations_by_type):
        rel = ontology.checked_relation(type_name)
        for r in plan.relations_by_type[type_name]:  # cs.RELATION_COLUMNS: head, tail, then the properties
            writers["relations.csv"].row([r[0], r[1], rel, *r[2:]])
    if plan.issuer_id:
        writers["issued.csv"].row([plan.issuer_id, plan.doc_id, "ISSUED", plan.file, plan.doc_id, "metadata"])
    for pid in plan.addressee_ids:
        writers["addressed.csv"].row([plan.doc_id, pid, "ADDRESSED_TO", plan.file, plan.doc_id, "metadata"])


def _write_entities(writers: dict[str, _Writer], entities: dict[str, dict[str, Any]], merged: dict[str, Any]) -> None:
    key_id = 0
    for eid in sorted(entities):
        row = cs.new_entity_row(entities[eid], *merged[eid])
        props = row["props"]
        label = ontology.checked_label(props["type"])
        writers["entities.csv"].row(
            [
                eid,
                props["name"],
                props["type"],
                props.get("jurisdiction"),
                _array(props["aliases"]),
                _array(props["search"]),
                props["confidence"],
                f"Entity{ARRAY_DELIMITER}{label}",
            ]
        )
        for key in row["keys"]:
            key_id += 1
            writers["lookup_keys.csv"].row(
                [f"k{key_id}", key["k"], _bool(key["exact"]), _bool(key["search"]), cs.KEY_LABEL]
            )
            writers["key_of.csv"].row([f"k{key_id}", eid, cs.KEY_OF])


def admin_command_line(files: ImportFiles, database: str = "neo4j") -> str:
    """The command a person runs on their own (stopped) Neo4j server, for the CLI to print."""
    return f"neo4j-admin database import full --overwrite-destination=true @{files.args_file} {database}"


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in Path(folder).iterdir() if f.is_file())
