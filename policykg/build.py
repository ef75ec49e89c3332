"""Build a graph from files: discover, skip what is unchanged, extract in parallel, write per document.

This is the library side of ``policykg build`` (``policykg remove`` is :mod:`policykg.remove`). It decides
*which* documents need work (by content hash against what the store already holds), runs extraction in
a process pool (extraction is pure CPU and independent per document), and hands each finished
:class:`~policykg.model.DocumentGraph` to the store, which replaces that document atomically. A file that
cannot be read is reported and skipped; it never touches what the store already holds for it.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import InputError, PolicyKGError, StoreError, StoreFull
from policykg.folders import common_parent, folder_of, inside, still_there
from policykg.graph.stores.base import GraphStore
from policykg.model import DocumentGraph

ProgressFn = Callable[[str, str, int], None]
"""Called as progress(file, status, total) once per discovered file (total = files discovered);
status is one of "unchanged", "added", "changed", "reextracted" (same bytes, made again by another
extractor version), "failed"."""

WRITE_BATCH = 64
"""Documents handed to the store at a time (unless the store asks for more: ``documents_per_call``):
large enough to amortise a store round trip, small enough that memory stays bounded on a big corpus."""


@dataclass
class BuildFailure:
    file: str
    message: str


@dataclass
class BuildReport:
    """What a build did, for the table a person reads and the JSON a script reads."""

    discovered: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[BuildFailure] = field(default_factory=list)
    skipped: list[BuildFailure] = field(default_factory=list)
    """Folder entries not built (unsupported types, FIFOs, links…), each named with its reason."""
    notes: list[BuildFailure] = field(default_factory=list)
    """Files built with something left out that reading could not read (a font without a Unicode map)."""
    reextracted: list[str] = field(default_factory=list)
    """Unchanged files whose stored graph another version of the extractor made: extracted again and written.
    Counted here only, not in ``changed``: their bytes did not change, and a person reading "changed 4" after
    an upgrade would look for edits nobody made."""
    prune_refused: str | None = None
    """Why ``prune`` removed nothing although asked to (one line), else None."""
    stopped: str | None = None
    """Why the build stopped before writing every document (e.g. the disk is full), else None."""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed and self.prune_refused is None and self.stopped is None

    def to_dict(self) -> dict:
        return {
            "discovered": self.discovered,
            "added": len(self.added),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "reextracted": len(self.reextracted),
            "removed": len(self.removed),
            "failed": [{"file": f.file, "error": f.message} for f in self.failed],
            "skipped": [{"file": f.file, "reason": f.message} for f in self.skipped],
            "notes": [{"file": f.file, "note": f.message} for f in self.notes],
            "prune_refused": self.prune_refused,
            "stopped": self.stopped,
            "seconds": round(self.seconds, 3),
        }


def file_sha256(path: Path) -> str:
    """Hash of a regular file's bytes; a FIFO or device is an InputError instead of a hang."""
    from policykg.loaders.readers import open_regular_file

    h = hashlib.sha256()
    with os.fdopen(open_regular_file(path), "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _extract_one(job: tuple[str, str, int]) -> tuple[str, DocumentGraph | None, str | None]:
    """Worker entry point: must stay a module-level function so the pool can pickle it."""
    path_str, file, max_bytes = job
    try:
        graph = _load(Path(path_str), file, max_bytes)
        return file, graph, None
    except PolicyKGError as exc:
        return file, None, str(exc)
    except Exception as exc:  # a bug or an unexpected library error: report it per file, keep the batch going
        return file, None, f"{path_str}: could not be processed ({type(exc).__name__}: {exc}) — please report this file"


def _load(path: Path, file: str, max_bytes: int) -> DocumentGraph:
    from policykg.loaders.pipeline import build_document
    from policykg.loaders.readers import read_source

    return build_document(read_source(path, max_bytes=max_bytes), file)


POOL_MIN_BYTES = 4 << 20
"""Below this much input, extraction runs in this process. Starting worker processes
(each imports the pipeline and loads the lexicon) costs ~0.7 s, about what one core
extracts from 1.5 MB; for a small incremental rebuild (1 % of a 10,000-document corpus
is ~1 MB) the pool made the rebuild slower, not faster."""


def _total_bytes(jobs: list[tuple[str, str, int]]) -> int:
    total = 0
    for path, _, _ in jobs:
        try:
            total += os.path.getsize(path)
        except OSError:
            pass  # reported by the worker that tries to read it
    return total


def _extract_all(
    jobs: list[tuple[str, str, int]], workers: int
) -> Generator[tuple[str, DocumentGraph | None, str | None]]:
    if workers <= 1 or len(jobs) < 4 or _total_bytes(jobs) < POOL_MIN_BYTES:
        for job in jobs:
            yield _extract_one(job)
        return
    chunksize = max(1, min(32, len(jobs) // (workers * 8) or 1))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        with _signals_deferred():
            results = pool.map(_extract_one, jobs, chunksize=chunksize)  # submits every job, starts the pool
        yield from results
    finally:  # a build that stops early (full disk, Ctrl-C) does not wait for the rest to be extracted
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while the pool forks its workers and starts its manager thread: a signal
    that lands between the two left a thread that shutdown() cannot join, and the build ended with an
    'unexpected RuntimeError' instead of its one-line 'terminated'. The signal is delivered right after."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_init(parent: int) -> None:
    """Extraction workers end with the build (even after kill -9 of it), so none is left holding
    memory; the store's lock descriptor is closed in them when they fork (see embedded.py). They are
    forked while the build holds its signals (:func:`_signals_deferred`), so they take them back, and
    SIGTERM ends them at once instead of raising the command's exception (:func:`end_on_sigterm`)."""
    from policykg.processes import die_with_parent, end_on_sigterm

    end_on_sigterm()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    die_with_parent(parent)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def build(
    paths: Iterable[Path],
    store: GraphStore,
    *,
    prune: bool = False,
    prune_confirmed: bool = False,
    workers: int | None = None,
    max_bytes: int | None = None,
    progress: ProgressFn | None = None,
    replace_other_folders: bool = False,
) -> BuildReport:
    """Bring the store in line with the files under ``paths``.

    Unchanged files (same sha256 as stored) are not re-extracted; changed files
    replace their own assertions; with ``prune``, documents whose files are gone
    are removed — but only documents whose files lay inside the folders built (see
    :func:`_prunable`), only when every path exists and holds a supported document
    (a mistyped path or an unmounted drive must not empty the graph), and, unless
    ``prune_confirmed``, only when fewer documents would go than the paths hold;
    otherwise ``report.prune_refused`` says why and how many would go. Unreadable
    files are listed in ``report.failed`` and leave the store's previous state for them.

    Each document records the folder its name is relative to. A file whose name is stored from another
    folder with other bytes is a failure and the stored document stays (two folders built into one store
    must not replace each other's files in silence), unless ``replace_other_folders`` or the stored file lies
    inside a folder of ``paths`` (see :func:`_elsewhere`); with the same bytes (a moved or copied folder) it is
    unchanged and only its recorded folder moves.
    """
    from policykg.extract.fingerprint import extraction_fingerprint
    from policykg.loaders.readers import DEFAULT_MAX_BYTES

    started = time.perf_counter()
    report = BuildReport()
    limit = max_bytes or DEFAULT_MAX_BYTES
    own = store.local_folder()
    paths = [Path(p) for p in paths]
    found = _discover_each(paths, report, leave_out=[own] if own is not None else [])
    read_whole = [folder_of(p) for p in paths if os.path.isdir(p)]
    # where a file found lies (its folder + name, as a stored document's place is computed) → its name here
    name_at = {os.path.join(folder, file): file for _, file, folder in found}
    report.discovered = len(found)
    bad_arguments = list(report.failed)

    def notify(file: str, status: str) -> None:
        if progress is not None:
            progress(file, status, len(found))

    seen_names: dict[str, Path] = {}
    versions = store.document_versions()  # one pass: each file's stored hash and the extractor that made it
    stored = {file: sha for file, (sha, _) in versions.items()}
    stored_folders = store.document_folders()
    read_from: dict[str, str] = {}  # file → the folder this build reads it from (written with its document)
    moved: dict[str, str] = {}  # unchanged files whose recorded folder is another (a moved folder) or none
    current = extraction_fingerprint()
    again: set[str] = set()
    jobs: list[tuple[str, str, int]] = []
    status: dict[str, str] = {}
    for path, file, folder in found:
        bad_name = _undecodable_name(path, file)
        if bad_name is not None:
            report.failed.append(bad_name)
            notify(bad_name.file, "failed")
            continue
        if file in seen_names:
            msg = (
                f"{path}: has the same relative name as {seen_names[file]} — "
                "build the two folders into separate stores or rename one file"
            )
            report.failed.append(BuildFailure(file, msg))
            notify(file, "failed")
            continue
        seen_names[file] = path
        try:
            digest = file_sha256(path)
        except InputError as exc:
            report.failed.append(BuildFailure(file, str(exc)))
            notify(file, "failed")
            continue
        except OSError as exc:
            report.failed.append(BuildFailure(file, f"{path}: cannot be read ({exc.strerror}) — check permissions"))
            notify(file, "failed")
            continue
        other = stored_folders.get(file)
        if (
            other is not None
            and stored.get(file, digest) != digest  # stored, with other bytes
            and _elsewhere(file, other, folder, read_whole, name_at)
            and not replace_other_folders
        ):
            report.failed.append(BuildFailure(file, _other_folder_message(path, file, other, folder)))
            notify(file, "failed")
            continue
        read_from[file] = folder
        if stored.get(file) == digest:
            if versions[file][1] == current:
                if other != folder:
                    moved[file] = folder
                report.unchanged.append(file)
                notify(file, "unchanged")
                continue
            again.add(file)  # same bytes, another extractor: its graph is made again
        status[file] = "reextracted" if file in again else "changed" if file in stored else "added"
        jobs.append((str(path), file, limit))

    pending: list[DocumentGraph] = []
    extracted = _extract_all(jobs, workers or default_workers())
    try:
        _record_moved(store, moved)
        for file, graph, error in extracted:
            if error is not None:
                report.failed.append(BuildFailure(file, error))
                notify(file, "failed")
                continue
            assert graph is not None
            graph.document.folder = read_from[file]
            report.notes.extend(BuildFailure(file, f"{file}: {note}") for note in graph.notes)
            pending.append(graph)
            _bucket(report, status[file]).append(file)
            if len(pending) >= getattr(store, "documents_per_call", WRITE_BATCH):
                _write(store, pending, report, status, notify)
                pending = []
        if pending:
            _write(store, pending, report, status, notify)
    except StoreFull as exc:
        extracted.close()
        kept = len(report.added) + len(report.changed) + len(report.reextracted)
        report.stopped = (
            f"{exc} (first failed write: {exc.first_file}); {kept} documents written in this build "
            f"are kept, {len(jobs) - kept - _failed_jobs(report, status)} were not written"
        )
        prune = False  # the store does not reflect the inputs: removing anything now could be wrong

    if prune:
        roots = [folder_of(p) for p in paths]
        not_stored = _locations_not_stored(found, report)
        gone = sorted(
            f
            for f in set(stored) - set(seen_names)
            if _prunable(f, stored_folders.get(f), roots, not_stored, read_whole, name_at)
        )
        report.prune_refused = _prune_refusal(bad_arguments, len(gone), len(stored), len(seen_names), prune_confirmed)
        if gone and report.prune_refused is None:
            store.remove_documents(gone)
            report.removed = gone
    report.seconds = time.perf_counter() - started
    return report


def _other_folder_message(path: Path, file: str, stored_from: str, folder: str) -> str:
    """The one line for a file whose name the store holds from another folder, with other bytes.

    What to do depends on the other file: where it is no longer (a folder renamed with an edit, or deleted),
    there is nothing to keep and replacing is the way, or, when that whole folder is gone, removing its
    documents (:func:`policykg.remove.remove`: replacing would take only the names this folder shares with it);
    otherwise both can be kept by building the folders' common parent, unless that would read the whole home
    folder or disk (:func:`policykg.folders.common_parent`)."""
    import shlex

    head = f"{path}: not built — the store holds a different {file} built from {stored_from}"
    replace = "to let this file replace it, add --replace-other-folders"
    if not still_there(os.path.join(stored_from, file)):
        return (
            f"{head}, and no longer there (a moved, renamed or unmounted folder?); {replace}; if that folder is gone "
            f"for good, `policykg remove --folder {shlex.quote(stored_from)}` takes out all its documents"
        )
    parent = common_parent(stored_from, folder)
    keep = (
        "use another store"
        if parent is None
        else f"build their common parent {parent} (--prune drops the old names) or use another store"
    )
    return f"{head}; to keep both, {keep}; {replace}"


def _record_moved(store: GraphStore, moved: dict[str, str]) -> None:
    """Record the new folder of unchanged documents; on a full disk, name the first one in the build's stop line."""
    try:
        store.record_folders(moved)
    except StoreFull as exc:
        exc.first_file = f"the folder of {min(moved)}"
        raise


def _prunable(
    file: str,
    folder: str | None,
    roots: list[str],
    not_stored: set[str],
    read_whole: list[str],
    name_at: dict[str, str],
) -> bool:
    """Whether ``--prune`` may count a stored document that this build did not find as gone.

    Only when its file lay inside one of the folders built (``roots``, see :func:`folder_of`): documents
    built from other folders are not this build's to remove (building folder B with --prune removed every
    document of folder A). And not when its file is one this build found under another name and failed to
    store (``not_stored``, see :func:`_locations_not_stored`): ``build A`` then ``build A/sub --prune`` names
    A/sub/x.txt ``x.txt``, not ``sub/x.txt``; if ``x.txt`` is refused, removing ``sub/x.txt`` left the file in
    no document. The folder of a file given (``build A/one.txt --prune``) is not read whole, so not finding a
    file there says nothing: its documents go only when their files are no longer there (A/two.txt, still
    there, lost its document) or this build found them under another name (``name_at``). A document with no
    recorded folder (an older store) is counted as before."""
    if folder is None:
        return True
    where = os.path.join(folder, file)
    if where in not_stored or not inside(where, roots):
        return False
    return where in name_at or inside(where, read_whole) or not still_there(where)


def _elsewhere(file: str, stored_from: str, folder: str, read_whole: list[str], name_at: dict[str, str]) -> bool:
    """Whether the stored document named ``file`` is another folder's file, which a file of ``folder`` with other
    bytes must not replace unless --replace-other-folders.

    Not when it is ``folder``; nor when its file lies inside a folder this build reads whole (``read_whole``)
    and is either gone or found here under another name (``name_at``): it then has its own document, so nothing
    is lost. Without this, ``build A/sub`` then ``build A`` refused A/x.txt (``x.txt`` was A/sub's) with the
    advice to build A, the very folder just built. Found under the same name, it is the file this one would
    push out (``build A/sub A`` after ``build A``: A/x.txt loses ``x.txt`` to A/sub/x.txt). (A document with
    no recorded folder, of an older store, is the caller's to treat as this folder's own.)"""
    if stored_from == folder:
        return False
    where = os.path.join(stored_from, file)
    return not inside(where, read_whole) or name_at.get(where) == file


def _locations_not_stored(found: list[tuple[Path, str, str]], report: BuildReport) -> set[str]:
    """Where the files this build found and did not store lie (recorded folder + name, as :func:`_prunable`
    computes a stored document's place): a failed file keeps whatever the store holds for it, old names too."""
    failed = {f.file for f in report.failed}
    return {os.path.join(folder, file) for _, file, folder in found if file in failed}


def _undecodable_name(path: Path, file: str) -> BuildFailure | None:
    """A file whose name is not UTF-8 (a GBK name unpacked from a Windows zip, say) is refused before it is read.

    Why refuse instead of guessing an encoding: the name is the document's identity in the store, and
    the same bytes read as GB18030, Big5 or Shift-JIS give different names with no error to tell them
    apart; a wrong guess would store the document under a name the user never sees, and renaming the
    file later would make it a second document. Such a name could not be stored anyway (the store holds
    text). The failure names the file with its odd bytes written as \\xNN, so the line and the JSON stay text."""
    from policykg.textsafe import for_terminal, has_undecodable

    if not has_undecodable(file):
        return None
    return BuildFailure(
        for_terminal(file),
        f"{for_terminal(path)}: its name is not UTF-8 (a GBK name from a Windows zip?), not built — rename it "
        "to UTF-8, e.g. `convmv -f gbk -t utf8 -r --notest FOLDER`, and build again",
    )


def _bucket(report: BuildReport, status: str) -> list[str]:
    """The report's list for a file written with this status."""
    return {"changed": report.changed, "reextracted": report.reextracted}.get(status, report.added)


def _failed_jobs(report: BuildReport, status: dict[str, str]) -> int:
    """Files that were to be extracted and failed (so are neither written nor 'not written')."""
    return sum(1 for f in report.failed if f.file in status)


def _prune_refusal(
    bad_arguments: list[BuildFailure], gone: int, stored: int, found: int, confirmed: bool
) -> str | None:
    """Why pruning must not run now (one line saying how many would go and what to do), or None."""
    if not gone:
        return None
    if bad_arguments:
        names = ", ".join(f.file for f in bad_arguments[:3]) + (" …" if len(bad_arguments) > 3 else "")
        return (
            f"not pruning: {names} could not be read as documents, so {gone} of {stored} stored documents "
            "would have been removed — fix the paths and build again with --prune"
        )
    if gone > found and not confirmed:
        return (
            f"not pruning: --prune would remove {gone} of {stored} stored documents, more than the {found} "
            "found in the paths given — check the paths, or add --yes to remove them"
        )
    return None


def _discover_each(
    paths: Iterable[Path], report: BuildReport, *, leave_out: Iterable[Path] = ()
) -> list[tuple[Path, str, str]]:
    """Discover argument by argument, so one missing or unsupported argument is a failure of
    that argument while the rest of the batch still builds; a file named twice counts once.
    Each file comes with the resolved folder its name is relative to (:func:`folder_of`).
    Folders in ``leave_out`` (the store being written) are not read."""
    from policykg.loaders.readers import NoDocumentError, discover_all

    found: list[tuple[Path, str, str]] = []
    seen: set[str] = set()
    for arg in paths:
        try:
            items, skipped = discover_all([Path(arg)], leave_out=leave_out)
        except InputError as exc:
            report.failed.append(BuildFailure(str(arg), str(exc)))
            if isinstance(exc, NoDocumentError):  # what the folder does hold is skipped, and counted so
                report.skipped.extend(BuildFailure(s.path, s.message) for s in exc.skipped)
            continue
        report.skipped.extend(BuildFailure(s.path, s.message) for s in skipped)
        folder = folder_of(Path(arg))
        for path, file, key in items:
            if key not in seen:
                seen.add(key)
                found.append((path, file, folder))
    return found


def _write(
    store: GraphStore,
    graphs: list[DocumentGraph],
    report: BuildReport,
    status: dict[str, str],
    notify: Callable[[str, str], None],
) -> None:
    """Hand a batch to the store; documents the store refused become failures of this build.

    The store writes the good documents of a batch and leaves each refused one in
    its previous state; which ones were refused is read back from the stored hashes
    and extractor fingerprints (a document extracted again keeps its hash), so this
    works whatever the store's error says. An unreachable store raises on that read
    and ends the build.

    Progress is told here, once per document and after the write: "added" is said of a document
    the store holds, and a refused one is "failed" only (it was counted twice, "[3/2]", when
    progress was told at extraction and again at the refusal).
    """
    try:
        store.replace_documents(graphs)
    except StoreFull as exc:
        # keep exactly what the store holds: documents of this batch it did not take leave the counts
        unstored = _unstored(store, graphs)
        for bucket in (report.added, report.changed, report.reextracted):
            bucket[:] = [f for f in bucket if f not in set(unstored)]
        for graph in graphs:
            if graph.document.file not in unstored:
                notify(graph.document.file, status[graph.document.file])
        exc.first_file = unstored[0] if unstored else "?"
        raise
    except StoreError as exc:
        refused = set(_unstored(store, graphs))
        for graph in graphs:
            file = graph.document.file
            if file not in refused:
                notify(file, status[file])
                continue
            for bucket in (report.added, report.changed, report.reextracted):
                if file in bucket:
                    bucket.remove(file)
            kept = (
                "the previous version of this document is kept"
                if status[file] in ("changed", "reextracted")
                else "nothing is stored for it"
            )
            report.failed.append(BuildFailure(file, f"{file}: not stored ({exc}) — {kept}"))
            notify(file, "failed")
        return
    for graph in graphs:
        notify(graph.document.file, status[graph.document.file])


def _unstored(store: GraphStore, graphs: list[DocumentGraph]) -> list[str]:
    """Files of ``graphs`` whose stored version is not the one just written: another hash, or (for a document
    extracted again) another extractor's fingerprint."""
    versions = store.document_versions()
    return [
        g.document.file for g in graphs if versions.get(g.document.file) != (g.document.sha256, g.document.extraction)
    ]


def extract_files(
    paths: Iterable[Path], *, max_bytes: int | None = None
) -> tuple[list[DocumentGraph], list[BuildFailure]]:
    """Extract without any store (for evaluation and tests): graphs in file order, plus failures."""
    from policykg.loaders.readers import DEFAULT_MAX_BYTES, discover

    graphs: list[DocumentGraph] = []
    failures: list[BuildFailure] = []
    for path, file in discover([Path(p) for p in paths]):
        bad_name = _undecodable_name(path, file)
        if bad_name is not None:
            failures.append(bad_name)
            continue
        try:
            graphs.append(_load(path, file, max_bytes or DEFAULT_MAX_BYTES))
        except InputError as exc:
            failures.append(BuildFailure(file, str(exc)))
    return graphs, failures
