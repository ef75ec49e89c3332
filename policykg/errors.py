"""Errors that reach a person: each message is one line saying what failed and what to do.

The CLI prints ``str(error)`` and exits non-zero; nothing in the library prints.
"""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base class: the message is shown to the user as is."""

    exit_code = 1


class InputError(PolicyKGError):
    """A source file cannot be read (empty, binary, undecodable, too large, corrupt, unsupported)."""

    exit_code = 2

    def __init__(self, path: str, problem: str, hint: str):
        self.path = path
        self.problem = problem
        self.hint = hint
        super().__init__(f"{path}: {problem} — {hint}")


class OptionError(PolicyKGError):
    """Options that do not go together, said in one line (click's usage errors take three)."""

    exit_code = 2


class StoreError(PolicyKGError):
    """The store cannot be opened or written (unreachable server, wrong password, locked folder…)."""

    exit_code = 3


class StoreFull(StoreError):
    """The disk under the store is full: the write was rolled back; nothing after it can succeed."""

    first_file: str = "?"
    """The document whose write did not fit (set by the build, which knows the batch)."""


class QueryError(PolicyKGError):
    """A Cypher query failed or was refused (e.g. a write in read-only mode)."""

    exit_code = 4


class NotFoundError(PolicyKGError):
    """A name the user asked for is not in the graph (suggestions are in the message)."""

    exit_code = 5
