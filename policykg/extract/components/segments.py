"""Where rules look: sentences, list items and table rows; annexed policies; numbered measures.

Sentences end at 。！？； or a line break (a table row, a list item and a heading are
units of their own). A *part* starts at a line that is the title of a policy the
document carries (an annex such as 若干政策 or 行动计划, named in the document's own
title or standing alone as a heading); a *measure* starts at a numbered heading
（一） / 一、 / 1. / 第X条 and is what a 责任单位 list answers for.
"""

from __future__ import annotations

import re

from policykg.extract.doc import Doc, Measure, Part, Segment

SENTENCE_RE = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
_MEASURE_START = re.compile(
    r"(?m)^[ \t\u3000]*(?P<label>[（(][一二三四五六七八九十百]{1,4}[）)]|[一二三四五六七八九十百]{1,4}、"
    r"|\d{1,3}[.、．](?!\d)|第[一二三四五六七八九十百零〇]{1,5}条)"
)
_POLICY_HEAD = re.compile(
    r"(?:若干政策|若干措施|政策措施|行动计划|重点工作任务|工作任务|工作要点|任务分工|行动方案|实施方案|工作方案|试点方案|实施意见|指导意见|"
    r"实施细则|管理办法|推广清单|任务清单|清单|办法|规定|方案|措施|意见|规划|纲要|条例|细则)"
    r"(?:[（(][^（）()\n]{2,16}[）)])?$"
)
_TITLE_LINE_MAX = 60


def run(doc: Doc) -> None:
    text = doc.text
    doc.segments = [Segment(m.start(), m.end()) for m in SENTENCE_RE.finditer(text, 0, doc.body_end)]
    doc.parts = _parts(doc)
    doc.measures = _measures(text, doc.body_end)


def _parts(doc: Doc) -> list[Part]:
    """Standalone title lines of policies carried by the document (after its header)."""
    text = doc.text
    title = (doc.meta.title if doc.meta else None) or ""
    out: list[Part] = []
    pos = 0
    in_body = False
    own = doc.own_policy_title or ""
    prev = ""
    handed = _HANDED_ON.search(title)
    carried, carried_at = "", 0
    for line in text[: doc.body_end].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        s = line.strip().strip("#* \u3000")
        if not in_body:
            # the header (a title broken over lines, the addressees) is the document itself
            in_body = "。" in s
            if handed is not None and s and not in_body:
                # 关于印发P的通知 / P (set on one or two lines under it): the plan the notice hands on heads the text
                carried, carried_at = (carried + s, carried_at) if carried else (s, start)
                if not handed.group(1).startswith(carried):
                    carried, carried_at = (s, start) if handed.group(1).startswith(s) else ("", 0)
                if carried == handed.group(1):
                    out.append(Part(start=carried_at, end=len(text), title=carried))
                    handed = None
            continue
        prev, joined = s, prev + s
        if own and (own.endswith(s) and own != s or joined in own and joined != s):
            continue  # the second half of the document's own title, broken over two lines
        if not s or len(s) > _TITLE_LINE_MAX or re.search(r"[。；，,：:]", s):
            continue
        if s == title or not _POLICY_HEAD.search(s) or s.startswith(("附件", "（", "(")):
            continue
        name = re.sub(r"^附件\d*[:：]?", "", s)
        if _NUMBERED.match(name):
            continue  # 六、保障措施 is a section of the policy, not a policy of its own
        if (title and name in title) or len(name) >= 8:
            out.append(Part(start=start, end=len(text), title=name))
    for a, b in zip(out, out[1:]):
        a.end = b.start
    return out


_HANDED_ON = re.compile(r"关于印发([^《》〈〉]{6,80}?)的通知$")
"""关于印发P的通知 written without marks: the notice hands on P, whose own title may follow under it."""

_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[章节条])"
)


def _measures(text: str, end: int) -> list[Measure]:
    out: list[Measure] = []
    for m in _MEASURE_START.finditer(text, 0, end):
        line_end = text.find("\n", m.end())
        line_end = end if line_end < 0 else min(line_end, end)
        body = text[m.end() : line_end].strip()
        heading = re.split(r"[。；;]", body, maxsplit=1)[0][:40]
        out.append(Measure(start=m.start("label"), end=line_end, label=m.group("label"), heading=heading))
    for a, b in zip(out, out[1:]):
        a.end = max(a.end, b.start)
    return out


def measure_at(doc: Doc, pos: int) -> Measure | None:
    """The numbered measure that contains ``pos`` (the last one that starts before it)."""
    best = None
    for m in doc.measures:
        if m.start <= pos:
            best = m
        else:
            break
    return best


def policy_at(doc: Doc, pos: int) -> str | None:
    """The policy a position belongs to: its annexed part's, else the document's own."""
    part = part_at(doc, pos)
    if part is not None and part.policy_id:
        return part.policy_id
    return doc.own_policy


def part_at(doc: Doc, pos: int) -> Part | None:
    for p in doc.parts:
        if p.start <= pos < p.end:
            return p
    return None
