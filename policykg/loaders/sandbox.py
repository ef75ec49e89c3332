"""Parse the risky formats (PDF, DOCX) in a child process with memory and time limits.

Why: a few kilobytes of crafted PDF can inflate to gigabytes (filters applied twice) or
draw the same form two-to-the-fortieth times, and a DOCX can inflate its XML a
thousandfold; parsed in the build's own process, such a file takes the machine's
memory or never ends, and the good files of the batch are lost with it. In a child
process with an address-space limit (``RLIMIT_AS``) and a deadline, the worst a file
can do is fail with one line naming it; the batch goes on.

Why one long-lived child per process instead of one per file: starting Python and
importing pdfminer costs about half a second; a child that reads many files in turn
costs that once, and is replaced only after a file killed it or ran out of time.
Plain text and HTML stay in the calling process (their cost is linear in the bytes,
which ``--max-bytes`` already bounds).

The child dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and it stops at the end
of its input everywhere), so a killed build leaves no parser behind.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field

from policykg.errors import InputError

__all__ = ["ParseLimits", "parse_bounded", "last_peak_bytes", "shutdown"]

_MB = 1 << 20


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, "") or default))
    except ValueError:
        return default


@dataclass(frozen=True)
class ParseLimits:
    """How much one file may take. The defaults leave a 20 MB text PDF room to spare and
    stop crafted files long before they hurt a 2-core, 24 GB machine; the environment
    variables raise them for unusual corpora."""

    memory_bytes: int = field(default_factory=lambda: _env_int("POLICYKG_PARSE_MEMORY_MB", 3072) * _MB)
    """Address space of the parsing child (RLIMIT_AS)."""
    seconds: float = field(default_factory=lambda: float(_env_int("POLICYKG_PARSE_SECONDS", 120)))
    """Wall-clock time for one file."""
    inflated_bytes: int = field(default_factory=lambda: _env_int("POLICYKG_DOCX_XML_MB", 128) * _MB)
    """DOCX: the XML parts' sizes once inflated, read from the zip directory before inflating."""
    pages: int = field(default_factory=lambda: _env_int("POLICYKG_PDF_MAX_PAGES", 5000))
    """PDF: pages read; a file with more is refused rather than cut short."""


_FRAME = struct.Struct("!Q")


def _write_frame(fd: int, obj: object) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_FRAME.pack(len(payload)) + payload)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes | None:
    """n bytes from fd, None on end of file; TimeoutError past the deadline."""
    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _read_frame(fd: int, deadline: float | None) -> object | None:
    head = _read_exact(fd, _FRAME.size, deadline)
    if head is None:
        return None
    body = _read_exact(fd, _FRAME.unpack(head)[0], deadline)
    return None if body is None else pickle.loads(body)


class _Child:
    """One parsing child process and its pipes."""

    def __init__(self, limits: ParseLimits):
        env = dict(os.environ, POLICYKG_PARSE_CHILD_AS=str(limits.memory_bytes))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "policykg.loaders.sandbox_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        self.owner = os.getpid()
        self.limits = limits

    def alive(self) -> bool:
        return self.owner == os.getpid() and self.proc.poll() is None

    def peak(self) -> int:
        """High-water mark of the child's resident memory (Linux /proc), 0 where unknown."""
        try:
            with open(f"/proc/{self.proc.pid}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        return 0

    def kill(self) -> int | None:
        global _last_peak
        _last_peak = self.peak() or _last_peak
        try:
            self.proc.kill()
        except OSError:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()  # type: ignore[union-attr]
            except OSError:
                pass
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not fail
            return None


_child: _Child | None = None
_last_peak = 0
_STARTUP_SECONDS = 60.0
"""How long the child may take to start and import its parsers (before any file's deadline runs)."""


def last_peak_bytes() -> int:
    """Peak resident memory of the child that parsed the last file (for measurements)."""
    return _last_peak


def shutdown() -> None:
    """Stop this process's parsing child (it also stops by itself when its parent goes)."""
    global _child
    if _child is not None and _child.owner == os.getpid():
        _child.kill()
    _child = None


def parse_bounded(fmt: str, name: str, data: bytes, limits: ParseLimits | None = None) -> tuple[str, tuple[str, ...]]:
    """The text of a PDF or DOCX file (``fmt``: "pdf" | "docx"), parsed under ``limits``, and the notes of
    what reading it left out (:attr:`policykg.loaders.readers.SourceText.notes`).

    Every failure, the parser's own or the limits', is an :class:`InputError` naming the file.
    """
    global _child, _last_peak
    limits = limits or ParseLimits()
    fresh = _child is None or not _child.alive() or _child.limits != limits
    if fresh:
        if _child is not None and _child.owner == os.getpid():
            _child.kill()
        try:
            _child = _Child(limits)
        except OSError as exc:
            raise InputError(
                name,
                f"could not start the parser process ({exc.strerror or exc})",
                "check free memory and process limits, then build again",
            ) from None
    child = _child
    assert child is not None and child.proc.stdin is not None and child.proc.stdout is not None
    if fresh:
        try:
            ready = _read_frame(child.proc.stdout.fileno(), time.monotonic() + _STARTUP_SECONDS)
        except TimeoutError:
            ready = None
        if ready != ("ready",):
            child.kill()
            _child = None
            raise InputError(
                name,
                "could not be parsed: the parser process did not start",
                "check free memory and process limits (POLICYKG_PARSE_MEMORY_MB), then build again",
            )
    _last_peak = 0
    deadline = time.monotonic() + limits.seconds
    try:
        _write_frame(child.proc.stdin.fileno(), (fmt, name, data, limits.inflated_bytes, limits.pages))
        reply = _read_frame(child.proc.stdout.fileno(), deadline)
    except TimeoutError:
        child.kill()
        _child = None
        raise InputError(
            name,
            f"took more than {limits.seconds:.0f} s to parse (a damaged or crafted file?)",
            "re-export it or convert it to .txt; POLICYKG_PARSE_SECONDS raises the limit",
        ) from None
    except OSError:
        reply = None
    except BaseException:  # Ctrl-C while the child works: it must not answer this file to the next one
        child.kill()
        _child = None
        raise
    if not isinstance(reply, tuple):
        status = child.kill()
        _child = None
        if status in (None, 1, -9):  # the kernel's kill, or an exit after an allocation failed
            raise InputError(
                name,
                f"needed more than {limits.memory_bytes // _MB} MB of memory to parse",
                "re-export it or convert it to .txt; POLICYKG_PARSE_MEMORY_MB raises the limit",
            )
        raise InputError(
            name,
            f"made the parser stop (exit status {status}; a damaged or crafted file?)",
            "re-export it or convert it to .txt",
        )
    kind, peak, *rest = reply
    _last_peak = peak
    if kind == "ok":
        return rest[0], tuple(rest[1]) if len(rest) > 1 else ()
    if kind == "memory":
        child.kill()  # a child that ran out of memory may be left in a bad state
        _child = None
        raise InputError(
            name,
            f"needed more than {limits.memory_bytes // _MB} MB of memory to parse",
            "re-export it or convert it to .txt; POLICYKG_PARSE_MEMORY_MB raises the limit",
        )
    problem, hint = rest
    raise InputError(name, problem, hint)
