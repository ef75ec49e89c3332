"""The parsing child of :mod:`policykg.loaders.sandbox`: reads (format, name, bytes) frames on
standard input, answers with the text or the failure, under the address-space limit its
parent set in ``POLICYKG_PARSE_CHILD_AS``.

Kept apart from the sandbox so the child imports only what parsing needs.
"""

from __future__ import annotations

import os
import resource
import sys
from typing import cast

from policykg.errors import InputError
from policykg.loaders import sandbox
from policykg.processes import die_with_parent


def _peak() -> int:
    """This process's own resident high-water mark. VmHWM belongs to the address space the child
    built after exec; ru_maxrss would also count what the parent had in memory when it forked
    (Linux carries it across exec), which made a small parse look as big as the parent."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def _parse(fmt: str, name: str, data: bytes, inflated: int, pages: int) -> tuple[str, tuple[str, ...]]:
    """The file's text and the readers' notes of what they left out of it."""
    from policykg.loaders import readers

    readers._NOTES.clear()
    if fmt == "pdf":
        text = readers.read_pdf_text(name, data, max_pages=pages)
    elif fmt == "docx":
        text = readers.read_docx_text(name, data, max_inflated=inflated)
    else:
        raise InputError(name, f"unknown format {fmt!r} for the parser", "please report this")
    return text, tuple(readers._NOTES)


def main() -> None:
    parent = os.getppid()
    die_with_parent(parent)
    limit = int(os.environ.get("POLICYKG_PARSE_CHILD_AS", "0") or 0)
    if limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # answers go to a private copy of stdout; anything a library prints goes nowhere
    reply_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    request_fd = sys.stdin.fileno()
    # import the parsers before the first request, so their cost is not a file's
    import policykg.loaders.readers  # noqa: F401

    sandbox._write_frame(reply_fd, ("ready",))
    while True:
        try:
            request = sandbox._read_frame(request_fd, None)
        except (OSError, EOFError):
            return
        if request is None:
            return
        fmt, name, data, inflated, pages = cast(tuple[str, str, bytes, int, int], request)
        try:
            reply: tuple = ("ok", 0, *_parse(fmt, name, data, inflated, pages))
        except MemoryError:
            reply = ("memory", 0)
        except InputError as exc:
            reply = ("error", 0, exc.problem, exc.hint)
        except RecursionError:
            reply = (
                "error",
                0,
                "is nested too deeply to parse (a damaged or crafted file?)",
                "re-export it or convert it to .txt",
            )
        except Exception as exc:  # a parser bug on an odd file: one line, the batch goes on
            reply = ("error", 0, f"could not be parsed ({type(exc).__name__})", "re-export it or convert it to .txt")
        del data
        reply = (reply[0], _peak(), *reply[2:])
        try:
            sandbox._write_frame(reply_fd, reply)
        except MemoryError:
            sandbox._write_frame(reply_fd, ("memory", _peak()))
        except OSError:
            return
        if reply[0] == "memory":
            return


if __name__ == "__main__":
    main()
