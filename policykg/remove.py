"""Take documents out of a graph, by stored name or by the folder they were built from: the library side of
``policykg remove``. ``build --prune`` removes only documents whose files are gone from the folders it reads; a folder
that is itself gone (deleted, renamed, unmounted) or a document a user no longer trusts needs this.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import StoreError
from policykg.folders import inside, place_of
from policykg.graph.stores.base import GraphStore

REMOVE_UNCONFIRMED = 20
"""``remove`` takes out at most this many documents, and never every document of the store, unless ``confirmed``
(``--yes``): a folder typed one level too high (``--folder ~``) must not empty the graph on its own."""


@dataclass
class RemovedDocument:
    file: str
    title: str | None
    folder: str | None
    """The folder it was built from, as recorded (None: a store written before folders were recorded)."""


@dataclass
class RemoveReport:
    """What ``remove`` did, or why it did nothing: for the table a person reads and the JSON a script reads."""

    removed: list[RemovedDocument] = field(default_factory=list)
    """The documents taken out (all the arguments named, or none of them)."""
    not_found: list[str] = field(default_factory=list)
    """Names given that the store does not hold."""
    did_you_mean: dict[str, list[str]] = field(default_factory=dict)
    """Of ``not_found``, those that may mean stored names (see :func:`_meant`): name given → stored names."""
    folders_not_built: list[str] = field(default_factory=list)
    """Folders given (resolved) that no stored document was built from."""
    refused: str | None = None
    """Why nothing was removed (one line saying what to do), else None."""
    stopped: str | None = None
    """The store failed during the removal (one line); ``removed`` lists what it did take out."""

    @property
    def ok(self) -> bool:
        return self.refused is None and self.stopped is None

    def to_dict(self) -> dict:
        return {
            "removed": [{"file": d.file, "title": d.title, "folder": d.folder} for d in self.removed],
            "not_found": self.not_found,
            "did_you_mean": self.did_you_mean,
            "folders_not_built": self.folders_not_built,
            "refused": self.refused,
            "stopped": self.stopped,
        }


def remove(
    store: GraphStore,
    *,
    files: Iterable[str] = (),
    folders: Iterable[Path] = (),
    confirmed: bool = False,
) -> RemoveReport:
    """Take documents out of the store: those named (``files``, names as stored) and every document whose file lay
    inside one of ``folders`` when it was built (a folder given is resolved as :func:`policykg.build.build` resolves
    its arguments; it need not exist any more: a deleted or unmounted folder is the case this is for). A path to a
    file counts as the document built from that file. With each document go its mentions, the relations it asserted
    and the entities nobody else mentions (:meth:`GraphStore.remove_documents`); an entity another document mentions
    stays, with that document's evidence.

    All or nothing: when a name is not stored or nothing stored was built from a folder, nothing is removed and
    ``report.refused`` names them. More than :data:`REMOVE_UNCONFIRMED` documents, or every document of the store,
    are removed only when ``confirmed``. Documents without a recorded folder (an older store) are matched by name
    only."""
    report = RemoveReport()
    names = list(dict.fromkeys(files))
    places = list(dict.fromkeys(place_of(Path(p)) for p in folders))
    recorded = store.document_folders()
    report.not_found = [f for f in names if f not in recorded]
    report.did_you_mean = _meant(report.not_found, recorded)
    chosen = {f for f in names if f in recorded}
    for place in places:
        built_there = {
            f for f, folder in recorded.items() if folder is not None and inside(os.path.join(folder, f), [place])
        }
        if not built_there:
            report.folders_not_built.append(place)
        chosen |= built_there
    report.refused = _remove_refusal(report, len(chosen), recorded, confirmed)
    if report.refused is not None or not chosen:
        return report
    gone = sorted(chosen)
    titles = store.document_titles(gone)
    try:
        store.remove_documents(gone)
    except StoreError as exc:  # e.g. a full disk: say what did go, from what the store holds now
        still = store.document_folders()
        gone = [f for f in gone if f not in still]
        report.stopped = str(exc)
    report.removed = [RemovedDocument(f, titles.get(f), recorded[f]) for f in gone]
    return report


def _meant(names: list[str], recorded: dict[str, str | None]) -> dict[str, list[str]]:
    """The stored names each of ``names`` (not stored) may mean: the name of the document built from the file it is a
    path to (``docs/2023/notice.txt`` typed where ``docs`` was built), or a stored name that differs from it only by
    ``./``, ``\\`` for ``/``, case, full-width letters or script. Names stay exact (two files may differ only by case,
    and the name is the document's identity), so these are offered, never removed in their place."""
    if not names:
        return {}
    by_key: dict[str, list[str]] = {}
    for file in sorted(recorded):
        by_key.setdefault(_name_key(file), []).append(file)
    meant: dict[str, list[str]] = {}
    for name in names:
        place = place_of(Path(name)) if name and os.path.isfile(name) else None
        built_from = sorted(f for f, folder in recorded.items() if folder and os.path.join(folder, f) == place)
        found = built_from or by_key.get(_name_key(name), [])
        if found:
            meant[name] = found
    return meant


def _name_key(name: str) -> str:
    """A document name folded as a person may have typed it otherwise (see :func:`_meant`)."""
    import posixpath

    from policykg.loaders.normalize import to_simplified
    from policykg.namekeys import lookup_key

    return to_simplified(lookup_key(posixpath.normpath(name.replace("\\", "/"))))


def _shown(name: str) -> str:
    """A name as an error line lists it: quoted where its ends would not show (empty, spaces, a comma)."""
    import shlex

    return shlex.quote(name) if not name or re.search(r"[\s,'\"]", name) else name


def _perhaps(did_you_mean: dict[str, list[str]], one: bool) -> str:
    """The stored names the names not stored may mean, for the error line (each with its name unless ``one``)."""
    hints = [
        ", ".join(map(_shown, meant)) + ("" if one else f" for {_shown(name)}") for name, meant in did_you_mean.items()
    ]
    more = f"; and {len(hints) - 3} more" if len(hints) > 3 else ""
    return f" (did you mean {'; '.join(hints[:3])}{more}?)" if hints else ""


def _remove_refusal(report: RemoveReport, count: int, recorded: dict[str, str | None], confirmed: bool) -> str | None:
    """Why ``remove`` must remove nothing (one line saying what to do), or None."""
    problems = []
    if report.not_found:
        one = len(report.not_found) == 1
        problems.append(
            f"{_listed([_shown(name) for name in report.not_found])} {'is' if one else 'are'} not stored"
            + _perhaps(report.did_you_mean, one)
        )
    if report.folders_not_built:
        built = _nearest_first(report.folders_not_built, {f for f in recorded.values() if f is not None})
        problems.append(
            f"no stored document was built from {_listed(report.folders_not_built)}"
            + (
                f" (documents were built from {_listed(built)}; a folder renamed or moved since goes by its old path)"
                if built
                else ""
            )
        )
    if problems:
        unrecorded = sum(1 for folder in recorded.values() if folder is None)
        hint = (
            f" ({unrecorded} stored documents have no recorded folder, written before builds recorded it: remove "
            "them by name)"
            if report.folders_not_built and unrecorded
            else ""
        )
        return (
            f"not removing anything: {'; '.join(problems)} — `policykg query --name documents` lists the stored "
            f"names{hint}"
        )
    if confirmed or not count:
        return None
    if count == len(recorded):
        what = "the only document" if count == 1 else f"all {count} documents"
        return (
            f"not removing anything: this would remove {what} of the store — check the names and folders, or add "
            "--yes to remove them"
        )
    if count > REMOVE_UNCONFIRMED:
        return (
            f"not removing anything: this would remove {count} of {len(recorded)} stored documents, more than "
            f"{REMOVE_UNCONFIRMED} at once — check the names and folders, or add --yes to remove them"
        )
    return None


def _nearest_first(given: list[str], folders: set[str]) -> list[str]:
    """The folders documents were built from, those sharing the longest start with a folder given first: a folder
    renamed or moved since is matched by its old path, which the error line must show (nothing else lists it)."""

    def shared(folder: str) -> int:
        return max(len(os.path.commonprefix([folder, place])) for place in given)

    return sorted(folders, key=lambda folder: (-shared(folder), folder))


def _listed(items: list[str], most: int = 3) -> str:
    return ", ".join(items[:most]) + (f" and {len(items) - most} more" if len(items) > most else "")
