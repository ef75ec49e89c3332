"""Word segmentation and dictionary part-of-speech tags, from jieba's maintained dictionary.

Used where a decision needs to know what kind of word a stretch of a name is: a verb or a
preposition before a head word is not part of the name (加上科学园, 就科学园), a name made
only of common nouns before a generic head is a description (工业互联网平台), and a short
place name that is also a common word (大同) is not a place on its own.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

PROPER_TAGS = frozenset({"ns", "nr", "nt", "nz", "nrt", "nrfg", "j", "eng"})
"""Place, person, organisation and other proper-noun tags, abbreviations, Latin words."""


@lru_cache(maxsize=1)
def tags() -> dict[str, str]:
    """word → its part-of-speech tag in jieba's dictionary (one tag per word)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(spec.submodule_search_locations[0]) / "dict.txt"
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                out[parts[0]] = parts[2]
    return out


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@lru_cache(maxsize=65536)
def cut(s: str) -> tuple[str, ...]:
    """Dictionary segmentation (no statistical guessing, so unknown words fall apart into characters)."""
    return tuple(_tokenizer().lcut(s, HMM=False))


def tag(word: str) -> str | None:
    return tags().get(word)


@lru_cache(maxsize=4096)
def cut_guessing(s: str) -> tuple[str, ...]:
    """Segmentation that also guesses unknown words (jieba's HMM): used only on short stretches such as a
    report's author line, where it keeps people's names (张小娟, 贾海薇) whole before the institution."""
    return tuple(_tokenizer().lcut(s, HMM=True))
