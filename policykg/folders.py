"""Where a stored document's file lies: the folder a build records for each document, and the checks build and remove
make on it (inside a folder given, still on disk, a common parent worth advising).

A document is named by its path relative to the folder built; the store also records that folder (resolved, as
text) so that a second folder holding a file of the same name is not taken for the first, and so that a folder
can be removed by its path even after it is gone. These paths belong to this machine: nothing here reaches an
export or a map.
"""

from __future__ import annotations

import os
from pathlib import Path


def as_text(path: str) -> str:
    """A resolved path as the store keeps it: a byte of a folder name that is not UTF-8 becomes the text ``\\xNN``.
    Why: a store holds text, and a lone surrogate made every document of such a folder fail to be written;
    the file names inside are checked on their own (:func:`policykg.build._undecodable_name`)."""
    from policykg.textsafe import json_safe

    return str(json_safe(path))


def folder_of(arg: Path) -> str:
    """The resolved folder the names of ``arg``'s documents are relative to: the folder itself, or the folder a
    file argument lies in (its name is the argument's own, a link's too). A path that does not exist counts
    as a folder, so that ``--prune`` with a missing folder still sees which stored documents it concerns."""
    folder = os.path.dirname(os.path.abspath(arg)) if os.path.isfile(arg) else os.fspath(arg)
    return as_text(os.path.realpath(folder))


def still_there(recorded: str) -> bool:
    """Whether a path recorded by :func:`as_text` exists: its ``\\xNN`` are read back as the bytes they were."""
    from policykg.textsafe import from_escaped_bytes

    return os.path.exists(recorded) or os.path.exists(from_escaped_bytes(recorded))


def common_parent(one: str, other: str) -> str | None:
    """The folder holding both, if building it is sound advice: not the disk's root, the home folder or a folder
    above it (such a build reads every file of the user), nor a relative folder someone set by hand."""
    try:
        parent = os.path.commonpath([one, other])
    except ValueError:
        return None
    home = os.path.realpath(os.path.expanduser("~"))
    if not os.path.isabs(parent) or os.path.dirname(parent) == parent or inside(home, [parent]):
        return None
    return parent


def inside(where: str, folders: list[str]) -> bool:
    """Whether the path ``where`` lies inside one of ``folders`` (all resolved, as :func:`folder_of` gives)."""
    return any(where == root or where.startswith(root.rstrip(os.sep) + os.sep) for root in folders)


def place_of(arg: Path) -> str:
    """Where ``arg`` is, as a stored document's place is computed (recorded folder + name): a folder (or a path that
    does not exist) as :func:`folder_of` resolves it, a file as its folder resolved and its own name (a link too)."""
    if os.path.isfile(arg):
        return os.path.join(folder_of(arg), as_text(os.path.basename(arg)))
    return folder_of(arg)
