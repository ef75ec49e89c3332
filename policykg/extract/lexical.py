"""Word segmentation and dictionary part-of-speech tags, from jieba's maintained dictionary.

Used where a decision needs to know what kind of word a stretch of a name is: a verb or a
preposition before a head word is not part of the name (加上科学园, 就科学园), a name made
only of common nouns before a generic head is a description (工业互联网平台), and a short
place name that is also a common word (大同) is not a place on its own.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from math import log
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
    """Dictionary segmentation (no statistical guessing, so unknown words fall apart into characters).

    The same words as jieba's ``lcut(s, HMM=False)`` (tests/extract/test_s27e_speed.py compares the two), computed
    by :func:`_cut_block` in one pass per block: segmentation is called on thousands of distinct stretches per
    build, and jieba's own path pays a generator, a dictionary-built graph and a logarithm per candidate word."""
    out: list[str] = []
    for blk in _HAN_BLOCK.split(s):
        if not blk:
            continue
        if _HAN_BLOCK.match(blk):
            out += _cut_block(blk)
            continue
        for x in _SKIP.split(blk):
            if _SKIP.match(x):
                out.append(x)
            else:
                out.extend(x)  # jieba yields the other characters one by one
    return tuple(out)


_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
"""jieba's ``re_han_default``: the stretches it segments with its dictionary."""
_SKIP = re.compile("(\r\n|\\s)")
"""jieba's ``re_skip_default``: line breaks and spaces, kept as tokens of their own."""
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
"""jieba's ``re_eng``: single Latin letters and digits that it glues back into one token."""
_LOG_FREQ: dict[str, float] = {}
"""word → log(its count, or 1) − log(the dictionary's total): jieba's per-word score, computed once per word."""


def _cut_block(sentence: str) -> list[str]:
    """jieba's ``__cut_DAG_NO_HMM`` over one block: the best-scoring path of dictionary words, read right to left
    (the same sums in the same order, so the same floats and the same ties: a later end wins a tie, as jieba's
    max over (score, end) pairs has it), then single Latin letters and digits glued together."""
    tok = _tokenizer()
    get = tok.FREQ.get
    logp = _LOG_FREQ
    log_total = log(tok.total)
    n = len(sentence)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best_v = 0.0
        best_x = -1
        i = k
        frag = sentence[k]
        while i < n:
            count = get(frag)
            if count is None:
                break
            if count:
                lp = logp.get(frag)
                if lp is None:
                    lp = logp[frag] = log(count) - log_total
                v = lp + score[i + 1]
                if best_x < 0 or v >= best_v:
                    best_v, best_x = v, i
            i += 1
            frag = sentence[k : i + 1]
        if best_x < 0:  # no dictionary word starts here: the character alone, scored log(1) − log(total)
            best_v, best_x = (0.0 - log_total) + score[k + 1], k
        score[k] = best_v
        nxt[k] = best_x + 1
    out: list[str] = []
    buf = ""
    x = 0
    while x < n:
        y = nxt[x]
        if y - x == 1 and sentence[x] in _ASCII_WORD_CHARS:
            buf += sentence[x]
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(sentence[x:y])
        x = y
    if buf:
        out.append(buf)
    return out


def tag(word: str) -> str | None:
    table = _TAGS
    if table is None:
        table = _bind_tags()
    return table.get(word)


_TAGS: dict[str, str] | None = None
""":func:`tags`, bound once it is read: :func:`tag` is asked thousands of times per document."""


def _bind_tags() -> dict[str, str]:
    global _TAGS
    _TAGS = tags()
    return _TAGS


@lru_cache(maxsize=4096)
def cut_guessing(s: str) -> tuple[str, ...]:
    """Segmentation that also guesses unknown words (jieba's HMM): used only on short stretches such as a
    report's author line, where it keeps people's names (张小娟, 贾海薇) whole before the institution."""
    return tuple(_tokenizer().lcut(s, HMM=True))
