"""Writing export and map files so that a failed write never harms anything.

Why: ``export -o <store>/graph`` overwrote the store's own database; an export onto a full
disk left half a file (and a traceback); an export onto a FIFO or device would write into
it. Here every output is checked first (not inside a store, not onto a folder or a special
file, into a folder that exists) and written through a temporary file in the same folder
that is renamed over the target only once complete.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from policykg.errors import PolicyKGError

__all__ = ["OutputError", "check_output", "refuse_documents", "atomic_output", "describe_os_error"]


class OutputError(PolicyKGError):
    """An output path that must not or cannot be written."""

    exit_code = 2


def describe_os_error(exc: OSError) -> str:
    """What a person should do about a failed write, in a few words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full — free some space and try again"
    if exc.errno == errno.EFBIG:
        return "the file would be larger than this system allows — free space or raise the file size limit"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{exc.strerror} — choose a folder you can write to"
    return f"{exc.strerror or exc} — check the path"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def check_output(
    path: Path | str, *, protected: Iterable[Path | str] = (), folder: bool = False, make_parents: bool = False
) -> Path:
    """Refuse an output path that is inside a ``protected`` folder (a store), that is an existing
    non-regular file (or, for ``folder=True``, not a folder), or whose parent folder is missing
    (unless the writer makes it: ``make_parents``)."""
    out = Path(path)
    real = Path(os.path.realpath(out))
    for guarded in protected:
        guard = Path(os.path.realpath(guarded))
        if _inside(real, guard):  # (a folder that holds the store is fine: CSV writes three files beside it)
            raise OutputError(
                f"{out}: is inside the store at {guarded} — writing there would damage the store; "
                "choose a path outside it"
            )
    try:
        st = os.stat(out)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{out}: cannot be examined ({exc.strerror or exc}) — check the path") from None
    if folder:
        if st is not None and not stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{out}: exists and is not a folder — give a folder path (CSV writes three files)")
        if st is None and not make_parents and not real.parent.is_dir():
            raise OutputError(f"{out}: its parent folder {out.parent} does not exist — create it first")
        return out
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{out}: is a folder — give a file path, e.g. {out / 'graph.out'}")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{out}: exists and is not a regular file (a device, FIFO or socket) — give a file path")
    if not make_parents and not real.parent.is_dir():
        raise OutputError(f"{out}: the folder {out.parent} does not exist — create it first or choose another path")
    return out


def refuse_documents(paths: Iterable[Path | str], documents: Mapping[str, str]) -> None:
    """Refuse to write over a file whose bytes are a document of the graph (``documents``: sha256 → the
    document's name). Why: ``map -o notice.html`` or ``export -o 通知.txt`` in the documents folder
    silently replaced a source the graph was built from, and its evidence could no longer be checked."""
    for path in paths:
        out = Path(path)
        try:
            if not stat.S_ISREG(os.stat(out).st_mode):
                continue
            digest = hashlib.sha256()
            with open(out, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
        except OSError:
            continue  # not there, or unreadable: nothing of the graph's to lose (writing will say if it fails)
        name = documents.get(digest.hexdigest())
        if name is not None:
            raise OutputError(
                f"{out}: is the document {name} the graph was built from — writing there would replace it; "
                "choose another name"
            )


@contextmanager
def atomic_output(
    path: Path | str, *, binary: bool = False, encoding: str = "utf-8", newline: str | None = "\n"
) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on any failure
    it is removed and ``path`` keeps what it held. OSErrors become one-line OutputErrors."""
    out = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or ".")
    except OSError as exc:
        raise OutputError(f"{out}: cannot be written: {describe_os_error(exc)}") from None
    try:
        try:
            mode = os.stat(out).st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        if binary:
            fh: IO = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{out}: cannot be written: {describe_os_error(exc)} (nothing was changed)") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_atomically(path: Path | str, write: Callable[[IO], object], *, binary: bool = False) -> None:
    """``write(handle)`` into ``path`` through :func:`atomic_output`."""
    with atomic_output(path, binary=binary) as fh:
        write(fh)
