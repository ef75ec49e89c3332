"""Every name's brackets pair up: halves of a bracket pair are joined, trimmed or left out."""

from __future__ import annotations

import re

from policykg.extract.components.decide.context import _LIST_EDGE
from policykg.extract.names import (
    Candidate,
)
from policykg.extract.names.patterns import LIST_ITEM_NUMBER

_OPENING, _CLOSING = "（(", "）)"
_BEFORE_BRACKET = 12
"""Characters before a name's stray closing bracket searched for the bracket it closes (高盛（中国）, X(北京))."""


def _stray_brackets(name: str) -> tuple[int | None, int | None]:
    """Where ``name``'s first closing bracket without an opening one stands, and where its last opening bracket
    without a closing one stands (None when there is none)."""
    stray_close, opened = None, []
    for i, ch in enumerate(name):
        if ch in _OPENING:
            opened.append(i)
        elif ch in _CLOSING:
            if opened:
                opened.pop()
            elif stray_close is None:
                stray_close = i
    return stray_close, (opened[-1] if opened else None)


_LATIN_GLOSS = re.compile(r"(?=[^A-Za-z0-9]*[A-Za-z0-9])[A-Za-z0-9 .,&'/()-]+")
"""The tail of a Latin name given in brackets after a Chinese one (…(Zhongguancun Life Sciences Park), …(3D
Printing Park (DLSP))): letters, digits and the marks of a name, with its own bracket pairs."""
_ITEM_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def _item_start(text: str, bracket: int) -> int | None:
    """Where the list item whose qualifier opens at ``bracket`` starts (投资方包括高盛（中国）: at 高): right after the
    nearest list edge (、, 和, 包括…) within :data:`_BEFORE_BRACKET` characters, over letters and ideographs only;
    None when no edge is that close."""
    lo = max(0, bracket - _BEFORE_BRACKET)
    ends = [k + len(edge) for edge in _LIST_EDGE if (k := text.rfind(edge, lo, bracket)) >= 0]
    if not ends:
        return None
    start = max(ends)
    if bracket - start < 2 or not all(_ITEM_WORD.match(ch) for ch in text[start:bracket]):
        return None
    return start


def _balanced(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Every name's brackets pair up. Why: a name is a span of the text, and a span that holds half of a bracket
    pair cut a name at the bracket (高盛（中国）: 高盛（ and 中国）, two fragments of one investor; X(English name)Y:
    Y's span took the English name's closing bracket). A name closing a bracket opened right before it joins the
    name that ends at that bracket (高盛 + （中国）, taking the later name's type: the list's kind); with no such
    name, a span that opens inside a Latin gloss in brackets or at a list item's number keeps what follows it
    (Park)中关村生命科学园 → 中关村生命科学园, 一）X公司 → X公司); any other span holding half a bracket pair is
    left out (measured, session s34: trimming such spans instead added a wrong name on the held-out documents)."""
    if not any(ch in c.text for c in cands for ch in "（()）"):
        return cands
    out: list[Candidate] = []
    for c in cands:
        close, open_ = _stray_brackets(c.text)
        if close is None and open_ is None:
            out.append(c)
            continue
        if close is not None and close == len(c.text) - 1:  # the name is a bracket's content: a qualifier
            o = max(text.rfind(b, max(0, c.start - _BEFORE_BRACKET), c.start) for b in _OPENING)
            before = out[-1] if out else None
            if o < 0 or any(ch in _CLOSING for ch in text[o : c.start]):
                pass
            elif before is not None and before.end in (o, o + 1):
                out[-1] = Candidate(before.start, c.end, text[before.start : c.end], c.type, c.rule, c.confidence)
                continue
            else:
                start = _item_start(text, o)
                if start is not None:
                    out.append(Candidate(start, c.end, text[start : c.end], c.type, c.rule, c.confidence))
                    continue
        if (
            close is not None
            and open_ is None
            and (close == 0 or _LATIN_GLOSS.fullmatch(c.text, 0, close) or LIST_ITEM_NUMBER.fullmatch(c.text, 0, close))
        ):
            start = c.start + close + 1  # X(English name)Y, 一）Y: Y opens after the bracket
            if c.end - start >= 2:
                out.append(Candidate(start, c.end, text[start : c.end], c.type, c.rule, c.confidence, c.entry))
        # anything else half a bracket pair holds is a fragment of a name cut at the bracket: left out
    return out
