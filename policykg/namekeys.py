"""How a name typed by a person becomes the key it is looked up by.

Why one module: the look-up (``policykg org``, ``path``, named-query parameters) and the
stores' lookup keys must fold a name the same way, or a full-width or spaced name
that is stored is not found. The stores' keys (``cypher_store.search_keys``) are
:func:`lookup_key` of each name and alias; ``tests/test_lookup_keys.py`` holds them equal.
"""

from __future__ import annotations

import re
import unicodedata

QUOTES = "《》“”\"'「」"
"""Brackets and quotes people paste around a name (《…》 for a policy title)."""

_SPACE = re.compile(r"\s+")


def typed_form(text: str) -> str:
    """What a person typed, without the noise: NFKC (full-width letters become ASCII),
    surrounding spaces and quotes removed. The script is left as typed."""
    return unicodedata.normalize("NFKC", text).strip().strip(QUOTES)


def lookup_key(text: str) -> str:
    """The key a name is stored and found under: NFKC, no whitespace, lower case."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).lower()
