"""Sentence-level relation rules: a trigger word between two entity groups, with direction.

Every relation comes from one sentence (split on 。！？； and line breaks) that
holds both ends and a trigger word; nothing is inferred from co-occurrence. The
subject is the coordinated group of mentions nearest before the trigger
(A、B和C), the object the group nearest after it; 由A…设立的B and 被A授牌的B
swap the roles. The relation type then depends on the trigger and the object's
type (设立 + a programme is ISSUED, 设立 + an institute is FOUNDED, 打造 + a
forum is ORGANIZES), filtered by the type table of the guidelines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from policykg.model import Evidence, Mention, Relation

ACTORS = {"Agency", "Hospital", "University", "ResearchInstitute", "Lab", "Company", "Platform", "Association"}
PLACES = {"Park", "Region"}
SENTENCE_RE = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
CONNECTOR_RE = re.compile(r"^\s*[”\"]?(?:、|[将也还亦均已正]?(?:和|与|同|跟)|及|以及|及其|，|,|之)?[“\"]?\s*$")
MAX_EVIDENCE = 160

ISSUE_WORDS = ("联合印发", "印发", "发布", "出台", "颁布", "制定", "推出", "发起", "实施", "设立")
FOUND_WORDS = ("合资成立", "投资设立", "发起组建", "共同发起", "成立", "设立", "组建", "创办", "创建", "建立", "搭建",
               "构建", "打造", "建设", "建成", "筹建", "开办", "发起")
ORGANIZE_WORDS = ("联合举办", "共同举办", "合办", "协办", "举办", "主办", "承办", "召开", "打造", "组织", "发起")
COOP_WORDS = ("会同", "联合", "携手", "合作", "共建", "签署", "融合", "对接")
SUPPORT_WORDS = ("资助", "支持", "扶持", "认定", "授牌", "批准", "表彰", "奖励", "补贴")
DEVELOP_WORDS = ("研发", "生产", "开发", "研制")
LOCATE_WORDS = ("落户", "落地", "位于", "坐落", "入驻", "进驻")
MEMBER_WORDS = ("成员", "加入", "会员")
REFER_WORDS = ("根据", "依据", "按照", "参照", "贯彻落实", "框架下")
_ISSUE_SET = frozenset(ISSUE_WORDS)
_FOUND_SET = frozenset(FOUND_WORDS)
_ORGANIZE_SET = frozenset(ORGANIZE_WORDS)
_COOP_SET = frozenset(COOP_WORDS)
_SUPPORT_SET = frozenset(SUPPORT_WORDS)
_DEVELOP_SET = frozenset(DEVELOP_WORDS)
_LOCATE_SET = frozenset(LOCATE_WORDS)
_MEMBER_SET = frozenset(MEMBER_WORDS)
_REFER_SET = frozenset(REFER_WORDS)
"""The word lists as sets, for the membership tests the rules make per trigger."""
TRIGGER_RE = re.compile("|".join(sorted(set(
    ISSUE_WORDS + FOUND_WORDS + ORGANIZE_WORDS + COOP_WORDS + SUPPORT_WORDS + DEVELOP_WORDS + LOCATE_WORDS
    + MEMBER_WORDS + REFER_WORDS + ("依托", "投资", "基础上", "组成部分")), key=len, reverse=True)))


class M(NamedTuple):
    """A mention inside one sentence: offsets in the document, entity id and type.

    A named tuple rather than a frozen dataclass: rules compare mentions (``in``, ``index``)
    and build many of them, and tuple equality and construction run in C.
    """

    start: int
    end: int
    eid: str
    type: str
    text: str


class _Sentence:
    __slots__ = ("doc", "start", "end", "ms")

    def __init__(self, text: str, start: int, end: int, mentions: list[M]):
        self.doc = text
        self.start = start
        self.end = end
        self.ms = mentions

    def between(self, a: int, b: int) -> str:
        return self.doc[a:b]

    def group_ending_before(self, pos: int, max_gap: int = 10, allow_comma: bool = False,
                            types: set[str] | None = None) -> list[M]:
        """The coordinated group whose last member ends before ``pos`` within ``max_gap`` characters."""
        for last in reversed(self.ms):
            if last.end <= pos and (types is None or last.type in types):
                break
        else:
            return []
        gap = self.doc[last.end:pos]
        if len(gap) > max_gap or (not allow_comma and _CLAUSE_BREAK_RE.search(gap)):
            return []
        group = [last]
        idx = self.ms.index(last)
        left_edge = last.start
        ms, doc = self.ms, self.doc
        while idx > 0:
            prev = ms[idx - 1]
            gap = doc[prev.end:left_edge]
            if gap == "的" and prev.type in ACTORS:
                # 斯坦福大学医学院的保罗中心: the owner is not a separate member of the list
                left_edge = prev.start
                idx -= 1
                continue
            if "，" not in gap and CONNECTOR_RE.match(gap) and (types is None or prev.type in types):
                group.insert(0, prev)
                left_edge = prev.start
                idx -= 1
            else:
                break
        return group

    def group_starting_after(self, pos: int, max_gap: int = 8, types: set[str] | None = None) -> list[M]:
        for first in self.ms:
            if first.start >= pos and (types is None or first.type in types):
                break
        else:
            return []
        gap = self.doc[pos:first.start]
        if len(gap) > max_gap or _SENTENCE_BREAK_RE.search(gap):
            return []
        group = [first]
        idx = self.ms.index(first)
        ms, doc = self.ms, self.doc
        while idx + 1 < len(ms):
            nxt = ms[idx + 1]
            gap = doc[group[-1].end:nxt.start]
            if "，" not in gap and CONNECTOR_RE.match(gap) and (types is None or nxt.type in types):
                group.append(nxt)
                idx += 1
            else:
                break
        return group


class _Emitter:
    def __init__(self, doc_text: str, file: str):
        self.text = doc_text
        self.file = file
        self.out: dict[tuple[str, str, str], Relation] = {}

    def emit(self, s: _Sentence, head: M, type_: str, tail: M, rule: str, conf: float = 0.7) -> None:
        if head.eid == tail.eid:
            return
        h, t = head.eid, tail.eid
        if type_ == "COOPERATES_WITH" and h > t:
            h, t = t, h
        key = (h, type_, t)
        if key in self.out:
            return
        a = min(head.start, tail.start)
        b = max(head.end, tail.end)
        ev_s, ev_e = s.start, s.end
        if ev_e - ev_s > MAX_EVIDENCE:
            ev_s = max(s.start, a - 20)
            ev_e = min(s.end, max(b + 20, ev_s + 40))
            if ev_e - ev_s > MAX_EVIDENCE:
                ev_s, ev_e = a, min(b, a + MAX_EVIDENCE) if b - a > MAX_EVIDENCE else b
        ev_text = self.text[ev_s:ev_e].strip()
        ev_s = self.text.index(ev_text, ev_s) if ev_text else ev_s
        self.out[key] = Relation(head=h, type=type_, tail=t, evidence=Evidence(
            doc=self.file, text=ev_text, start=ev_s, end=ev_s + len(ev_text), rule=rule, confidence=conf))


class _Recorder:
    """Stands in for :class:`_Emitter` while the rules run over one sentence: it keeps each
    call as (head index, type, tail index, rule, confidence) so that the same sentence met
    again (policy texts reuse whole sentences) replays the calls instead of the rules.

    Why replaying is exact: the rules read the sentence's text only (the character before
    a sentence is a stop or a line break, and after one nothing they match can follow its
    closing stop), its mentions' offsets and types, and entity ids only to compare them;
    the emitter's state (which relation came first) is applied at replay, in call order.
    """

    __slots__ = ("calls", "index")

    def __init__(self, ms: list[M]):
        self.calls: list[tuple[int, str, int, str, float]] = []
        self.index = {id(m): i for i, m in enumerate(ms)}  # the rules pass the sentence's own objects

    def emit(self, s: _Sentence, head: M, type_: str, tail: M, rule: str, conf: float = 0.7) -> None:
        self.calls.append((self.index[id(head)], type_, self.index[id(tail)], rule, conf))


_RULE_MEMO: dict[tuple, tuple] = {}
"""(sentence text, mention layout) → the emitter calls its rules make."""
_RULE_MEMO_MAX = 50_000
"""Sentences kept before the memo is emptied: bounds memory, costs nothing in correctness."""


def _sentences(text: str, mentions: list[M]) -> list[_Sentence]:
    out = []
    i = 0
    n = len(mentions)
    if not n:
        return out
    for m in SENTENCE_RE.finditer(text):
        s, e = m.span()
        if mentions[i].start >= e:
            continue
        while i < n and mentions[i].start < s:
            i += 1
        j = i
        while j < n and mentions[j].end <= e:
            j += 1
        if j > i:
            out.append(_Sentence(text, s, e, mentions[i:j]))
        i = j
        if i >= n:
            break  # no mention left: later sentences would hold none
    return out


def _rel_for_creation(word: str, tail_type: str) -> str | None:
    if tail_type in ("Policy", "Program"):
        return "ISSUED" if word in _ISSUE_SET or word in ("设立", "推出", "发起", "打造", "启动") else None
    if tail_type == "Event":
        return "ORGANIZES" if word in _ORGANIZE_SET or word in ("举办", "打造") else None
    if tail_type in ACTORS:
        return "FOUNDED" if word in _FOUND_SET else None
    return None


def extract_relations(text: str, file: str, mentions: list[tuple[Mention, str]],
                      own_policy: str | None = None) -> list[Relation]:
    """Apply every rule to every sentence of ``text``; mentions are (Mention, entity id) in text order."""
    ms = [M(m.start, m.end, eid, m.type, m.text) for m, eid in mentions]
    em = _Emitter(text, file)
    if len(_RULE_MEMO) > _RULE_MEMO_MAX:
        _RULE_MEMO.clear()
    emit = em.emit
    for s in _sentences(text, ms):
        # what the rules emit depends only on the sentence's text and its mentions' offsets,
        # types and which of them share an entity (see :class:`_Recorder`)
        base = s.start
        same: dict[str, int] = {}
        key = (text[base:s.end], tuple([(m.start - base, m.end - base, m.type, same.setdefault(m.eid, len(same)))
                                        for m in s.ms]))
        calls = _RULE_MEMO.get(key)
        if calls is None:
            rec = _Recorder(s.ms)
            if len(s.ms) >= 2:
                _sentence_rules(s, rec)
            _name_internal(s, rec)
            calls = _RULE_MEMO[key] = tuple(rec.calls)
        ms_ = s.ms
        for head, type_, tail, rule, conf in calls:
            emit(s, ms_[head], type_, ms_[tail], rule, conf)
    if own_policy:
        _responsible(text, file, ms, own_policy, em)
    return list(em.out.values())


def _actors(group: list[M], extra: set[str] = frozenset()) -> list[M]:
    return [m for m in group if m.type in ACTORS or m.type in extra]


def _sentence_rules(s: _Sentence, em: _Emitter) -> None:
    text = s.doc
    for tm in TRIGGER_RE.finditer(text, s.start, s.end):
        w = tm.group(0)
        ts, te = tm.start(), tm.end()
        if any(m.start < te and ts < m.end for m in s.ms):
            continue  # 创办 inside 上海科创办, 投资 inside 投资公司: part of a name, not a verb
        # passive / agentive 由A…W的B, 被A W的B, 经A W的B
        if w in _FOUND_SET or w in _DEVELOP_SET or w in _SUPPORT_SET or w in ("投资",):
            pre = text[max(s.start, ts - 40):ts]
            # the pattern needs one of its four markers: test for them before searching
            pm = _PASSIVE_AGENT_RE.search(pre) if ("由" in pre or "被" in pre or "经" in pre or "获" in pre) else None
            if pm:
                marker_at = ts - len(pm.group(0))
                if any(m.start <= marker_at < m.end for m in s.ms):
                    pm = None  # 经 inside 市经济信息化委 is no passive marker
            if pm:
                agent_from = ts - len(pm.group(2))
                span = [m for m in s.ms if m.start >= agent_from and m.end <= ts]
                locs = [m for m in span if m.type in PLACES and _LOCATIVE_BEFORE_RE.search(text[max(s.start, m.start - 1):m.start])]
                agents = _actors([m for m in span if m not in locs], PLACES if w not in _SUPPORT_SET else {"Region"})
                if agents:
                    after = text[te:te + 3]
                    tail_grp: list[M] = []
                    if _ASPECT_PARTICLE_RE.match(after) or w in _SUPPORT_SET:
                        tail_grp = s.group_starting_after(te, max_gap=12)
                    if not tail_grp:
                        # the thing was mentioned before 由: B就是由A研发 / B是由A全额投资
                        before_agent = ts - len(pm.group(0))
                        tail_grp = s.group_ending_before(before_agent, max_gap=14, allow_comma=True)
                        tail_grp = [t for t in tail_grp if t not in agents]
                    for a in agents:
                        for t in tail_grp:
                            ty = _passive_type(w, t.type, pm.group(1))
                            if ty:
                                em.emit(s, a, ty, t, f"passive:{pm.group(1)}{w}")
                    if w in _FOUND_SET:
                        for loc in locs:
                            for t in tail_grp:
                                if t.type in ACTORS:
                                    em.emit(s, t, "LOCATED_IN", loc, f"passive:在X{w}")
                    if tail_grp:
                        continue
                elif pm.group(1) == "获" and w in _SUPPORT_SET and len(pm.group(2)) <= 2:
                    # A会同…建设X，B和C获认定…: recognised by the agency the sentence is about
                    tail_grp = _actors(s.group_ending_before(ts - len(pm.group(0)), max_gap=1))
                    agency = [m for m in s.ms if m.end <= ts and m.type == "Agency" and m not in tail_grp][:1]
                    for a in agency:
                        for t in tail_grp:
                            em.emit(s, a, "SUPPORTS", t, "获" + w, 0.55)
                    if tail_grp:
                        continue
        if w in _COOP_SET:
            _coop(s, em, w, ts, te)
            continue
        if w == "依托":
            base = s.group_starting_after(te, max_gap=2)
            subj = s.group_ending_before(ts, max_gap=4)
            target = _actors(subj)
            # 依托A，在B的基础上，成立了C: the thing founded later in the sentence relies on A (and B)
            later = _FOUND_WORD_RE.search(text[te:s.end])
            if later:
                founded = [m for m in s.ms if m.start >= te + later.end() and m.type in ACTORS]
                target = founded[:1] or target
            for t in target:
                for b in base:
                    if b.type in ACTORS:
                        em.emit(s, t, "RELIES_ON", b, "依托")
            continue
        if w == "基础上":
            m_ = _ON_THE_BASIS_OF_RE.search(text[s.start:te])
            if m_:
                base = [m for m in s.ms if m.start >= te - len(m_.group(0)) and m.end <= te and m.type in ACTORS]
                later = _FOUND_WORD_RE.search(text[te:s.end])
                if later:
                    founded = [m for m in s.ms if m.start >= te + later.end() and m.type in ACTORS][:1]
                    for f in founded:
                        for b in base:
                            em.emit(s, f, "RELIES_ON", b, "基础上")
            continue
        if w == "组成部分":
            part = [m for m in s.ms if m.end <= ts]
            whole = s.group_ending_before(ts, max_gap=8)
            if whole:
                prev = [m for m in part if m.end <= whole[0].start]
                if prev:
                    em.emit(s, prev[-1], "PART_OF", whole[-1], "组成部分")
            continue
        if w in _REFER_SET:
            cited = s.group_starting_after(te, max_gap=4, types={"Policy"}) if w != "框架下" else \
                s.group_ending_before(ts, max_gap=2, types={"Policy"})
            after_cited = cited[-1].end + 4 if cited and w != "框架下" else (te if w != "框架下" else ts)
            citing = [m for m in s.ms if m.type == "Policy" and m.start >= after_cited and m not in cited]
            for c in citing[:1]:
                for r in cited:
                    em.emit(s, c, "REFERS_TO", r, "refer:" + w)
            continue
        if w in _MEMBER_SET:
            if w == "加入":
                subj = s.group_ending_before(ts, max_gap=6) or _continuation_subject(s, ts)
                obj = s.group_starting_after(te, max_gap=4)
                for a in _actors(subj):
                    for b in obj:
                        if b.type in ("Association", "Program", "Platform"):
                            em.emit(s, a, "MEMBER_OF", b, "加入")
            else:
                mm = _IS_X_OF_RE.search(text[s.start:ts])
                if mm:
                    whole = [m for m in s.ms if s.start + mm.start(1) <= m.start and m.end <= ts
                             and m.type in ("Association", "Program")]
                    subj = [m for m in s.ms if m.end <= s.start + mm.start() and m.type in ACTORS]
                    for a in subj[-1:]:
                        for b in whole[:1]:
                            em.emit(s, a, "MEMBER_OF", b, "成员")
            continue
        if w in _LOCATE_SET:
            _locate(s, em, w, ts, te)
            continue
        # active: subject group W object group
        subj = s.group_ending_before(ts, max_gap=12)
        subj = _skip_location(s, subj, ts)
        obj = s.group_starting_after(te, max_gap=6)
        if obj and _ENDS_WITH_YI_RE.search(text[te:obj[0].start]):
            continue  # 建立了以A、B为主体的体系: A is not what was set up
        loc = _location_before(s, ts)
        if loc is not None and w in _FOUND_SET:
            for b in obj:
                if b.type in ACTORS:
                    em.emit(s, b, "LOCATED_IN", loc, "在X" + w)
            if not obj and _BRANCH_UNIT_RE.match(text[te:te + 12]):
                for a in subj[-1:]:
                    if a.type in ACTORS:
                        em.emit(s, a, "LOCATED_IN", loc, "在X" + w + "分校")
        if w in _DEVELOP_SET and obj and _ENDS_WITH_QI_RE.search(text[max(s.start, ts - 1):ts]):
            owner = [m for m in s.ms if m.end <= ts and m.type in ACTORS][-1:]
            for a in owner:
                for b in obj:
                    if b.type == "Product":
                        em.emit(s, a, "DEVELOPED", b, "其" + w)
            continue
        if not subj or not obj:
            continue
        for a in subj:
            for b in obj:
                ty = _active_type(w, a.type, b.type)
                if ty == "FOUNDED" and a.type in PLACES and w not in ("成立", "设立", "组建", "创办"):
                    continue
                if ty:
                    em.emit(s, a, ty, b, "active:" + w)


def _continuation_subject(s: _Sentence, ts: int) -> list[M]:
    """…，并加入X: a clause opened by 并/还/也 continues the sentence's first subject."""
    clause_start = max(s.start, s.doc.rfind("，", s.start, ts) + 1)
    if clause_start == s.start or not _CONTINUATION_ADVERB_RE.match(s.doc[clause_start:ts]):
        return []
    if any(clause_start <= m.start < ts for m in s.ms):
        return []
    first = [m for m in s.ms if m.start < clause_start and m.type in ACTORS]
    if not first:
        return []
    return _actors(s.group_starting_after(first[0].start, max_gap=0))


def _passive_type(w: str, tail_type: str, marker: str) -> str | None:
    if w in _DEVELOP_SET:
        return "DEVELOPED" if tail_type == "Product" else None
    if w in _SUPPORT_SET:
        return "SUPPORTS" if tail_type in ACTORS or tail_type == "Program" else None
    if w == "投资":
        return "INVESTED_IN" if tail_type in ACTORS else None
    return _rel_for_creation(w, tail_type)


def _active_type(w: str, head_type: str, tail_type: str) -> str | None:
    if head_type not in ACTORS and head_type not in PLACES:
        if not (w in _SUPPORT_SET and head_type in ("Policy", "Program")):
            return None
    if w in _DEVELOP_SET:
        return "DEVELOPED" if tail_type == "Product" else None
    if w in _SUPPORT_SET:
        return "SUPPORTS" if tail_type in ACTORS or tail_type == "Program" else None
    if w == "投资":
        return "INVESTED_IN" if tail_type in ACTORS and head_type in ACTORS else None
    if head_type in PLACES and tail_type in ("Policy",):
        return None
    return _rel_for_creation(w, tail_type)


def _place_chain_start(s: _Sentence, m: M) -> int:
    """Start of a run of adjacent places ending with ``m`` (在深圳光明区 → the 深圳)."""
    idx = s.ms.index(m)
    start = m.start
    while idx > 0 and s.ms[idx - 1].type in PLACES and s.ms[idx - 1].end == start:
        idx -= 1
        start = s.ms[idx].start
    return start


def _location_before(s: _Sentence, ts: int) -> M | None:
    """A 在X / 于X right before the trigger (在香港设立, 在深圳光明区投资建设 → X)."""
    for m in reversed(s.ms):
        if m.end <= ts and m.type in PLACES:
            gap = s.doc[m.end:ts]
            chain = _place_chain_start(s, m)
            pre = s.doc[max(s.start, chain - 2):chain]
            if len(gap) <= 4 and not _COMMA_RE.search(gap) and _AT_IN_BEFORE_RE.search(pre):
                return m
            return None
    return None


def _skip_location(s: _Sentence, subj: list[M], ts: int) -> list[M]:
    """Drop the place of 在X设立 from the subject and take the real subject before 在."""
    if subj and subj[-1].type in PLACES:
        chain = _place_chain_start(s, subj[-1])
        if _AT_IN_BEFORE_RE.search(s.doc[max(s.start, chain - 1):chain]):
            return s.group_ending_before(chain - 1, max_gap=12, allow_comma=True)
    return subj


def _coop(s: _Sentence, em: _Emitter, w: str, ts: int, te: int) -> None:
    text = s.doc
    subj = _actors(s.group_ending_before(ts, max_gap=10, allow_comma=False), PLACES)
    if len(subj) < 2 and w not in ("会同", "联合", "携手"):
        _coop_with_partner(s, em, w, ts)
    if not subj:
        return
    obj = _actors(s.group_starting_after(te, max_gap=3), PLACES) if w in ("会同", "联合", "携手") else []
    partners = obj
    if not partners and len(subj) >= 2:
        # A与B合作 / A和B联合出台: the members of the subject group cooperate;
        # A与B、C签署: A is the hub that signs with each of the others
        partners = []
        hub = len(subj) >= 3 and _WITH_CONJUNCTION_RE.match(text[subj[0].end:subj[1].start])
        for i, a in enumerate(subj):
            for b in subj[i + 1:]:
                if hub and i > 0:
                    continue
                if a.type in ACTORS or b.type in ACTORS:
                    em.emit(s, a, "COOPERATES_WITH", b, "coop-group:" + w)
    else:
        for a in subj:
            for b in partners:
                if a.type in ACTORS or b.type in ACTORS:
                    if b.type in PLACES and a.type in PLACES:
                        continue
                    em.emit(s, a, "COOPERATES_WITH", b, "coop:" + w)
    # a second verb after the partner group: A会同B举办C → both organise C
    agents = subj + partners
    after_from = (partners[-1].end if partners else te)
    nxt = TRIGGER_RE.search(text, after_from, s.end)
    if nxt and nxt.start() - after_from <= 12 and not _COMMA_RE.search(text[after_from:nxt.start()]):
        w2 = nxt.group(0)
        obj2 = s.group_starting_after(nxt.end(), max_gap=10)
        for a in agents:
            for b in obj2:
                if w2 in _COOP_SET:
                    continue
                ty = _active_type(w2, a.type, b.type)
                if ty:
                    em.emit(s, a, ty, b, f"coop+{w2}")


def _coop_with_partner(s: _Sentence, em: _Emitter, w: str, ts: int) -> None:
    """A(将)与B(及其他…)加强合作: A and B cooperate even when words sit between B and 合作."""
    clause_start = max(s.start, s.doc.rfind("，", s.start, ts) + 1)
    for m in _WITH_WORD_RE.finditer(s.doc[clause_start:ts]):
        pos = clause_start + m.start()
        partner = s.group_starting_after(pos + 1, max_gap=0)
        subj = s.group_ending_before(pos, max_gap=4)
        if partner and not subj and not any(clause_start <= m.start < pos for m in s.ms):
            # A也在香港寻求合作，探索与B实现资源融合: the only actor earlier in the sentence is the subject
            earlier = {m.eid: m for m in s.ms if m.end <= clause_start and m.type in ACTORS}
            if len(earlier) == 1:
                subj = list(earlier.values())
        if partner and subj:
            for a in _actors(subj):
                for b in _actors(partner, PLACES):
                    em.emit(s, a, "COOPERATES_WITH", b, "coop-partner:" + w, 0.6)
            return


def _locate(s: _Sentence, em: _Emitter, w: str, ts: int, te: int) -> None:
    text = s.doc
    place = None
    after = s.group_starting_after(te, max_gap=2, types=PLACES)
    if after:
        place = after[0]
    else:
        for m in reversed(s.ms):
            if m.end <= ts and m.type in PLACES and len(text[m.end:ts]) <= 3:
                place = m
                break
    if place is None:
        # 深圳已有A、B等8家机构落户: the place opens the clause
        clause_start = max(s.start, text.rfind("，", s.start, ts) + 1)
        first = [m for m in s.ms if clause_start <= m.start < ts]
        if first and first[0].type in PLACES:
            place = first[0]
            end_subj = ts
        else:
            return
    else:
        end_subj = place.start if place.end <= ts else ts
    # the things that settle: the nearest actor group before, across a category tail like 等8家…机构纷纷于
    subj: list[M] = []
    for m in reversed([m for m in s.ms if m.end <= end_subj]):
        if m.type in ACTORS:
            subj = s.group_ending_before(m.end + 0, max_gap=0) or [m]
            gap = text[m.end:end_subj]
            if len(gap) > 24 or _COMMA_OR_STOP_RE.search(gap):
                subj = []
            break
    for a in subj:
        if a.type in ACTORS:
            em.emit(s, a, "LOCATED_IN", place, "locate:" + w)


_OF_GAP = re.compile(r"[”\"]?之[“\"]?")
_INCLUDING_GAP = re.compile(r"[”\"]?[（(]包括[“\"]?")
_PROGRAMME_OF_GAP = re.compile(r"的[^，。]{0,6}(项目|计划|资助|基金)[”“\"]*")
_LOCAL_FIRMS = re.compile(r"(本地|本土|当地)?(企业|公司|药企)")
_OPENS = re.compile(r"(开设|设立|下设)")


def _name_internal(s: _Sentence, em: _Emitter) -> None:
    """Relations stated inside the wording: X之Y (Y part of X), X（包括“Y”）, A、B等上海本地企业 (located in)."""
    text = s.doc
    for i, m in enumerate(s.ms[:-1]):
        n = s.ms[i + 1]
        if n.start - m.end > 12:
            continue  # every pattern below is a short gap
        gap = text[m.end:n.start]
        # both patterns need a literal (之 / 包括) that most gaps (、 和 与) lack: test it before the regex
        if "之" in gap and _OF_GAP.fullmatch(gap) and n.type in ("Program", "Platform", "Event"):
            em.emit(s, n, "PART_OF", m, "之")
        if "包括" in gap and _INCLUDING_GAP.fullmatch(gap):
            em.emit(s, n, "PART_OF", m, "包括")
        if gap == "的" and m.type in ("University", "Company", "Hospital") and \
                n.type in ("ResearchInstitute", "Lab") and n.start - m.end <= 1:
            em.emit(s, n, "PART_OF", m, "X的Y")
        if m.type == "Agency" and n.type == "Program" and _PROGRAMME_OF_GAP.fullmatch(gap):
            em.emit(s, m, "ISSUED", n, "X的项目")
    for i, m in enumerate(s.ms):
        if m.type not in PLACES:
            continue
        if text[m.start - 1:m.start] == "等" and _LOCAL_FIRMS.match(text, m.end, m.end + 8):
            grp = s.group_ending_before(m.start - 1, max_gap=0)
            for a in grp:
                if a.type in ACTORS:
                    em.emit(s, a, "LOCATED_IN", m, "等X本地企业")
    # 在X开设“Y” where Y is a board/platform of X
    hosts = {}
    for m in s.ms:
        if m.type in ("Platform", "Company"):
            hosts.setdefault(m.start, m)
    if not hosts:
        return
    pos = text.find("在", s.start, s.end)
    while pos >= 0:
        host = hosts.get(pos + 1)
        if host is not None and _OPENS.match(text, host.end, host.end + 4):
            obj = s.group_starting_after(host.end + 2, max_gap=2)
            for o in obj:
                if o.type == "Platform":
                    em.emit(s, o, "PART_OF", host, "在X开设")
        pos = text.find("在", pos + 1, s.end)


def _responsible(text: str, file: str, ms: list[M], own_policy: str, em: _Emitter) -> None:
    """(责任单位：A、B、C) → each agency RESPONSIBLE_FOR the document's own policy."""
    if "责任单位" not in text:
        return  # the pattern needs the label
    starts = [x.start for x in ms]
    for m in _RESPONSIBLE_UNITS_RE.finditer(text):
        s, e = m.start(), m.end()
        lo, hi = bisect_left(starts, m.start(1)), bisect_left(starts, e)
        inside = [x for x in ms[lo:hi] if x.end <= e and x.type in ACTORS]
        for a in inside:
            ev_s = max(s, a.start - 40) if e - s > MAX_EVIDENCE else s
            ev_e = min(e, ev_s + MAX_EVIDENCE)
            ev = _Sentence(text, ev_s, ev_e, inside)
            em.emit(ev, a, "RESPONSIBLE_FOR", M(a.start, a.end, own_policy, "Policy", ""), "责任单位", 0.9)


# Patterns used inside the functions above, compiled once at import (not looked up in
# the ``re`` cache on every call: these run per mention, per sentence or per line).
_CLAUSE_BREAK_RE = re.compile(r"[，,：:（(]")
_SENTENCE_BREAK_RE = re.compile(r"[，,。；]")
_PASSIVE_AGENT_RE = re.compile(r"(由|被|经|获)([^，。；由被经获]{0,38})$")
_LOCATIVE_BEFORE_RE = re.compile(r"[在于落来]$")
_ASPECT_PARTICLE_RE = re.compile(r"[了的]")
_FOUND_WORD_RE = re.compile("|".join(FOUND_WORDS))
_ON_THE_BASIS_OF_RE = re.compile(r"在([^，。]{2,40})的基础上$")
_IS_X_OF_RE = re.compile(r"是([^，。]{2,40})的[^，。]{0,16}$")
_ENDS_WITH_YI_RE = re.compile(r"以$")
_BRANCH_UNIT_RE = re.compile(r"(了)?([\u4e00-\u9fff]{0,4})(分校|校区|分院|分部|分公司|办事处|研究院|总部|研发中心|实验室|工厂|基地|办公室)")
_ENDS_WITH_QI_RE = re.compile(r"其$")
_CONTINUATION_ADVERB_RE = re.compile(r"(并|还|也|同时|随后|此后)")
_COMMA_RE = re.compile(r"[，,]")
_AT_IN_BEFORE_RE = re.compile(r"[在于]$")
_WITH_CONJUNCTION_RE = re.compile(r"\s*[将也还亦均已正]?[与和同跟]")
_WITH_WORD_RE = re.compile(r"[与同跟和]")
_COMMA_OR_STOP_RE = re.compile(r"[，,。]")
_RESPONSIBLE_UNITS_RE = re.compile(r"[（(]\s*责任单位\s*[:：]([^（()）]{1,300})[）)]")
