"""Name candidates from the rule finder: institutional head words, 《titles》, quoted names,
known names from the lexicon, coordinated names that share a head (A、B和C大学).

The finder itself is :mod:`policykg.extract.names` (with its line memo); this component
runs it on the body of the document and splits names that share a prefix and a tail.
"""

from __future__ import annotations

import re

from policykg.extract import lexicon
from policykg.extract.doc import Doc
from policykg.extract.line_memo import find_candidates
from policykg.extract.names import JURISDICTION_STARTS, Candidate, add_free


_NAMED_AFTER = re.compile(r"(?:设立|推出|成立|启动|开设|建立|打造|实施|名为|称为|命名为)(?:了|的|一项|一个|一项名为|一个名为)?"
                          r"[“\"「]([^“”\"「」\n，。；]{2,20})[”\"」]")
"""推出的“企业支援计划”, 名为“网络安全资讯共享平台”: a quoted term after an act of creation names the thing."""


def run(doc: Doc) -> None:
    cands = find_candidates(doc.text, doc.document.addressees)
    cands = [c for c in cands if c.start < doc.body_end]
    cands = _shared_suffix(doc.text, cands)
    doc.candidates = add_free(cands, _named_after_creation(doc.text, doc.body_end))


def _named_after_creation(text: str, end: int) -> list[Candidate]:
    out = []
    for m in _NAMED_AFTER.finditer(text, 0, end):
        inner = m.group(1).strip()
        suf = lexicon.suffix_of(inner)
        out.append(Candidate(m.start(1), m.start(1) + len(inner), inner, suf.type if suf else "Program",
                             "quote:after-creation", 0.75))
    return out


def _shared_suffix(text: str, cands: list[Candidate]) -> list[Candidate]:
    """P甲、乙TAIL → P甲TAIL and P乙TAIL (国家药监局药品、医疗器械审评检查…分中心 names two centres)."""
    out = list(cands)
    # the shared prefix is an agency the rules found, known to the lexicon or not (国家X局药品、…分中心)
    agency_ends = {p.end: p for p in cands if p.type == "Agency"}
    for i, c in enumerate(cands):
        if c.type != "Agency" or c.entry is not None or c.start < 3 or text[c.start - 1] != "、" \
                or c.text.startswith(JURISDICTION_STARTS):
            continue  # 、市B委 is a list of whole agencies, not the second half of a shared name
        # fragment between a known agency and the 、
        j = c.start - 1
        k = j
        while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and j - k < 6:
            k -= 1
            p = agency_ends.get(k)
            if p is not None and i > 0 and cands[i - 1] is p:
                frag = text[k:j]
                second = p.text + c.text
                first = None
                for n in range(len(c.text) - 3, 1, -1):
                    tail = c.text[-n:]
                    if (p.text + frag + tail) in text:
                        first = p.text + frag + tail
                        break
                out[i] = Candidate(c.start, c.end, second, c.type, "coord:shared-suffix", c.confidence)
                if first:
                    out.append(Candidate(k, j, first, c.type, "coord:shared-suffix", c.confidence))
                break
    out.sort(key=lambda c: c.start)
    return out
