"""Text that reaches a terminal or a JSON reader must not be able to act on it.

Why: file names and document text are chosen by whoever wrote the files. A name with a
newline forged extra ``error:`` lines, one with ESC sent terminal escape codes, the
right-to-left override showed names reversed, a file name with bytes that are not UTF-8
crashed printing, and ``--json`` printed ``NaN``, which is not JSON. Everything the
command line prints goes through :func:`for_terminal` or :func:`to_json`.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["for_terminal", "to_json", "json_safe", "has_undecodable", "BIDI_CONTROLS"]

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c" + "".join(map(chr, range(0x202A, 0x202F))) + "".join(map(chr, range(0x2066, 0x206A)))
)
# the line and paragraph separators U+2028/9 too: str.splitlines and rich break lines there
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    cp = ord(ch)
    if 0xDC80 <= cp <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{cp - 0xDC00:02x}"
    if cp < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{cp:02x}")
    return f"\\u{cp:04x}"


def for_terminal(value: Any) -> str:
    """``str(value)`` with control characters, bidi controls and undecodable bytes written as escapes
    (so a printed value is always one line of inert text)."""
    text = value if isinstance(value, str) else str(value)
    return _UNSAFE.sub(_escape, text)


def has_undecodable(text: str) -> bool:
    """True if ``text`` carries bytes that were not UTF-8 (decoded with surrogateescape)."""
    return any("\udc80" <= c <= "\udcff" for c in text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unsurrogate(match: re.Match[str]) -> str:
    cp = ord(match.group())
    return f"\\x{cp - 0xDC00:02x}" if 0xDC80 <= cp <= 0xDCFF else "\ufffd"


def from_escaped_bytes(text: str) -> str:
    """The text :func:`json_safe` made of a name read back: each ``\\xNN`` of a byte that was not UTF-8 is that byte
    again (as surrogateescape holds it), so a path stored as text can be looked up on disk."""
    return re.sub(r"\\x([89a-f][0-9a-f])", lambda m: chr(0xDC00 + int(m.group(1), 16)), text)


def json_safe(obj: Any) -> Any:
    """A copy with NaN and infinities as null (JSON has no such numbers), and without lone surrogates:
    a byte that was not UTF-8 (a GBK file name) becomes the text ``\\xNN`` the terminal shows too, any
    other lone surrogate U+FFFD. Why: ``\\udcb1`` is JSON syntax but no character, and strict readers
    (jq, a UTF-8 decoder) replace or reject it."""
    if isinstance(obj, str):
        return _SURROGATE.sub(_unsurrogate, obj)
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {json_safe(k): json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_safe(v) for v in obj]
    return obj


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """Strict JSON (no NaN, no lone surrogate: :func:`json_safe`) whose text is safe on a terminal: C1 and
    bidi controls are written as \\u escapes (JSON itself escapes the C0 controls)."""
    text = json.dumps(
        json_safe(obj), ensure_ascii=False, indent=indent, allow_nan=False, default=lambda o: json_safe(str(o))
    )
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
