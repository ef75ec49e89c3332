"""The zero-setup default store: grafeo, an in-process Cypher engine, kept in a folder.

Why grafeo: it runs Neo4j's Cypher (MERGE, shortestPath, list comprehensions,
COUNT {} …) unchanged, so the same statements and named queries serve both stores
and tests can demand identical rows. Why the ceremony around it: grafeo allows one
process per database and has no read-only session, so this module adds a lock file,
a marker file that says "this folder is a policykg store", and a textual write guard
for :meth:`EmbeddedStore.run`.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
from pathlib import Path
from typing import Any

import grafeo

from policykg.errors import QueryError, StoreError, StoreFull
from policykg.graph.stores import cypher_store as cs
from policykg.graph.stores.base import QueryResult

MARKER = "policykg-store.json"
GRAPH = "graph"
"""grafeo's database file inside the store folder."""
LOCK = "policykg.lock"
FORMAT = "policykg-embedded"
FORMAT_VERSION = 2
"""v2 added (:LookupKey) nodes; a v1 store is upgraded in place when opened."""
INDEXED_PROPERTIES = ("id", "name", "k")
"""Without an index on ``id`` every MERGE scans all nodes (20k entities: minutes instead of a second);
``k`` is the lookup key that name look-ups seek on (grafeo indexes are per property, not per label)."""


_HELD_LOCKS: set[int] = set()
"""Lock descriptors this process holds. A forked child (an extraction worker) closes its copies at
once: otherwise, killed builds left workers that kept the store locked for minutes."""


def _close_inherited_locks() -> None:
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


def _disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT, raised as OSError or inside a grafeo error's text."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    text = str(exc).lower()
    return "no space left" in text or "quota exceeded" in text or "file too large" in text


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _one_line(exc: BaseException) -> str:
    """grafeo errors carry a multi-line caret diagram; people need the first line."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def plain(value: Any) -> Any:
    """grafeo values → JSON-friendly Python, shaped like :func:`neo4j_store.plain`.

    Nodes become their properties plus ``_id`` and sorted ``_labels``; relationships
    their properties plus ``_id``, ``_type``, ``_start``, ``_end``; paths a list
    alternating nodes and relationships.
    """
    if isinstance(value, dict):
        if "_labels" in value and "_id" in value:
            out = {k: plain(v) for k, v in value.items() if not k.startswith("_")}
            out["_id"] = str(value["_id"])
            out["_labels"] = sorted(value["_labels"])
            return out
        if "_type" in value and "_source" in value and "_target" in value:
            out = {k: plain(v) for k, v in value.items() if not k.startswith("_")}
            out.update(
                _id=str(value["_id"]), _type=value["_type"], _start=str(value["_source"]), _end=str(value["_target"])
            )
            return out
        if set(value) == {"nodes", "edges"} and isinstance(value["nodes"], list):
            nodes = [plain(n) for n in value["nodes"]]
            edges = [plain(e) for e in value["edges"]]
            path: list[Any] = []
            for i, n in enumerate(nodes):
                path.append(n)
                if i < len(edges):
                    path.append(edges[i])
            return path
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


class EmbeddedStore(cs.CypherStore):
    """A policykg graph in ``folder`` (grafeo database at ``folder/graph``), one process at a time."""

    name = "embedded"

    def __init__(self, folder: Path | str, *, create: bool = True, batch_size: int = cs.DEFAULT_BATCH_SIZE):
        self.folder = Path(folder)
        if ".." in self.folder.parts:
            # nd/../s1 with nd missing: the system cannot open s1 through it, so the store there looked new
            # (and a build that wrote nothing removed it as its own); the folder meant is the one resolved
            self.folder = Path(os.path.realpath(self.folder))
        self.batch_size = batch_size
        self._lock_fd: int | None = None
        self._db: Any = None
        self._made_folders: list[Path] = []
        """Folders this object created (the store's and missing parents), deepest first."""
        state = self._prepare_folder(create)
        self._created = state == "new"
        self._take_lock()
        try:
            if state == "new" and (self.folder / GRAPH).exists():
                (self.folder / GRAPH).unlink()  # left by a creation that was interrupted
            self._db = grafeo.GrafeoDB(str(self.folder / GRAPH))
            self.init_schema()
            if state == "upgrade":
                self._upgrade()
            if state == "new":
                self._write_marker(complete=True)  # the store exists from here on
        except BaseException as exc:
            if state == "new":
                self._abandon_creation()
            self._release_lock()
            if isinstance(exc, (grafeo.GrafeoError, OSError)):
                reason = _one_line(exc) if isinstance(exc, grafeo.GrafeoError) else (exc.strerror or str(exc))
                verb = "create" if state == "new" else "open"
                raise StoreError(
                    f"cannot {verb} the store at {self.folder}: {reason}"
                    + (" — free some space and try again" if _disk_full(exc) else "")
                ) from exc
            raise

    def local_folder(self) -> Path | None:
        return self.folder

    def discard_if_created(self) -> bool:
        if not self._created or self._db is None or self.document_hashes():
            return False
        self._abandon_creation()  # closes the database, removes its files and the folder this object made
        self._release_lock()
        return True

    # ------------------------------------------------------------ opening

    def _prepare_folder(self, create: bool) -> str:
        """Check the folder: "open" a store, "upgrade" an older format, or make a "new" one
        (marked unfinished until its database exists, so a failed creation never looks like a store)."""
        folder = self.folder
        marker = folder / MARKER
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder} is a file, not a store folder — pass a folder path with --store")
        if marker.is_file():
            try:
                info = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise StoreError(f"{marker} is unreadable ({exc}) — delete the folder and rebuild") from exc
            if (
                not isinstance(info, dict)
                or info.get("format") != FORMAT
                or info.get("version") not in (1, FORMAT_VERSION)
            ):
                got = info if not isinstance(info, dict) else f"{info.get('format')} v{info.get('version')}"
                raise StoreError(
                    f"{folder} holds store format {got}, "
                    f"this policykg reads {FORMAT} v{FORMAT_VERSION} — rebuild into a new folder"
                )
            if info.get("complete") is False:  # an earlier creation did not finish
                if not create:
                    raise StoreError(
                        f"the store at {folder} was never finished (its creation was interrupted) — "
                        f"build into it again to create it"
                    )
                return "new"
            if not (folder / GRAPH).is_file():
                raise StoreError(
                    f"the store at {folder} has lost its database file ({folder / GRAPH} is missing) — "
                    "restore it from a backup, or delete the folder and rebuild"
                )
            return "upgrade" if info.get("version") != FORMAT_VERSION else "open"
        if folder.is_dir() and any(folder.iterdir()):
            raise StoreError(f"{folder} is not a policykg store (no {MARKER}) — choose an empty or new folder")
        if not create:
            raise StoreError(f"no policykg store at {folder} — build one first (policykg build … --store {folder})")
        try:
            self._made_folders = [p for p in (folder, *folder.parents) if not p.exists()]
            folder.mkdir(parents=True, exist_ok=True)
            self._write_marker(complete=False)
        except OSError as exc:
            self._abandon_creation()
            raise StoreError(
                f"cannot create a store at {folder}: {exc.strerror or exc}"
                + (" — free some space and try again" if _disk_full(exc) else "")
            ) from exc
        return "new"

    def _abandon_creation(self) -> None:
        """Remove what a failed creation made, so the next build starts clean."""
        if self._db is not None:
            try:
                self._db.close()
            except Exception:  # noqa: BLE001 - closing a half-made database; its file is removed next
                pass
            self._db = None
        for name in (GRAPH, MARKER, LOCK):
            try:
                (self.folder / name).unlink()
            except OSError:
                pass
        for made in self._made_folders:
            try:
                made.rmdir()  # only ever an empty folder
            except OSError:
                break

    def _write_marker(self, *, complete: bool = True) -> None:
        """Write the marker through a temporary file and a rename, so it is never half-written."""
        info: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION, "engine": f"grafeo {grafeo.__version__}"}
        if not complete:
            info["complete"] = False
        tmp = self.folder / (MARKER + ".tmp")
        try:
            tmp.write_text(json.dumps(info) + "\n", encoding="utf-8")
            os.replace(tmp, self.folder / MARKER)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise

    def _upgrade(self) -> None:
        """v1 → v2: give every entity its lookup keys, then mark the folder as v2."""
        self._in_transaction(
            lambda run: cs.backfill_keys(run, self.batch_size), f"upgrading the store at {self.folder}"
        )
        try:
            self._write_marker()
        except OSError as exc:
            raise StoreError(f"cannot update {self.folder / MARKER}: {exc.strerror or exc}") from exc

    def _take_lock(self) -> None:
        try:
            fd = os.open(self.folder / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot lock the store at {self.folder}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = self._lock_owner(fd)
            os.close(fd)
            if owner is not None and not _pid_alive(owner):
                raise StoreError(
                    f"store {self.folder} is still locked by processes left from policykg process {owner}, which "
                    f"has ended — stop them (fuser -k {self.folder / LOCK}) or wait for them to finish"
                ) from None
            who = f" (pid {owner})" if owner is not None else ""
            raise StoreError(
                f"store {self.folder} is in use by another policykg process{who} — wait for it or use another --store"
            ) from None
        self._lock_fd = fd
        _HELD_LOCKS.add(fd)
        try:  # who holds the lock, for the message another process shows
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # a full disk must not stop reading the store

    @staticmethod
    def _lock_owner(fd: int) -> int | None:
        try:
            return int(os.pread(fd, 32, 0).decode().strip() or "x")
        except (OSError, ValueError):
            return None

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            _HELD_LOCKS.discard(self._lock_fd)
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self._lock_fd)
                self._lock_fd = None

    # ------------------------------------------------------------ plumbing

    @property
    def db(self) -> Any:
        if self._db is None:
            raise StoreError(f"store {self.folder} is closed — open it again")
        return self._db

    def _read(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return list(self.db.execute_cypher(cypher, params))

    def _in_transaction(self, body, what: str) -> Any:
        """Run ``body(run)`` in one grafeo transaction; roll back and raise TransactionFailed on failure.

        ValueError/TypeError count as failures of the data too: grafeo raises them for
        parameter values it cannot take (e.g. a string with a lone surrogate).
        """
        tx = self.db.begin_transaction()

        def run(cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
            return list(tx.execute_cypher(cypher, params))

        try:
            result = body(run)
            tx.commit()
            return result
        except BaseException as exc:
            try:
                tx.rollback()
            except Exception:  # noqa: BLE001 - e.g. "Transaction already completed" when Ctrl-C hit after
                pass  # the commit: the first exception is the one to report
            if isinstance(exc, (grafeo.GrafeoError, OSError)) and _disk_full(exc):
                raise StoreFull(
                    f"the disk holding the store {self.folder} is full: {what} was rolled back — "
                    "free some space and build again"
                ) from exc
            if isinstance(exc, (grafeo.GrafeoError, ValueError, TypeError)):
                raise cs.TransactionFailed(f"{what} failed and was rolled back: {_one_line(exc)}") from exc
            raise

    # ------------------------------------------------------------ GraphStore

    def init_schema(self) -> None:
        for prop in INDEXED_PROPERTIES:
            if not self.db.has_property_index(prop):
                self.db.create_property_index(prop)

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        params = dict(params or {})
        if not write:
            clause = cs.write_clause(cypher)
            if clause:
                raise QueryError(cs.READ_ONLY_MESSAGE.format(clause=clause))
        try:
            if write:
                tx = self.db.begin_transaction()
                try:
                    result = tx.execute_cypher(cypher, params)
                    columns = list(result.columns)
                    rows = [{c: plain(row.get(c)) for c in columns} for row in result]
                    check = list(tx.execute_cypher(cs.INVALID_ENTITIES, cs.invalid_entities_params()))
                    if check and check[0].get("n"):
                        raise QueryError(cs.invalid_entities_message(check[0]["n"]))
                    tx.commit()
                    return QueryResult(columns=columns, rows=rows)
                except BaseException:
                    try:
                        tx.rollback()
                    except Exception:  # noqa: BLE001 - already completed; report the first exception
                        pass
                    raise
            else:
                result = self.db.execute_cypher(cypher, params)
        except grafeo.GrafeoError as exc:
            raise QueryError(cs.failure_message(_one_line(exc))) from exc
        columns = list(result.columns)
        rows = [{c: plain(row.get(c)) for c in columns} for row in result]
        return QueryResult(columns=columns, rows=rows)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except grafeo.GrafeoError as exc:
                # Closing folds the write-ahead log into the database file. On a full disk that
                # cannot happen, but every committed transaction is already in the log and is read
                # back on the next open: nothing is lost, so reading a store on a full disk works.
                if not _disk_full(exc):
                    raise StoreError(f"cannot close the store at {self.folder}: {_one_line(exc)}") from exc
            finally:
                self._db = None
                self._release_lock()
        else:
            self._release_lock()

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.folder)!r})"
