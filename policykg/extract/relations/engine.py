"""Relation rules as data, applied to the mentions of each sentence.

A rule (a record in ``resources/rules/relations.toml``) names trigger words, the
*form* in which they state a relation, the relation it emits, optional narrowing of
the head and tail types and a confidence. The forms are the few ways Chinese policy
text states a link between named things:

``active``     HEAD … trigger … TAIL          (X印发《Y》, X资助A、B和C)
``inverse``    TAIL … trigger … HEAD          (东岭都市圈包括南湖、北辰 → 南湖 PART_OF …)
``passive``    [TAIL] marker HEAD … trigger [的 TAIL]   (Y由X主办, 由X创立的Y, Y获X批准)
``with``       HEAD 与/同/和 TAIL … trigger     (X与Y合作, X同Y签署)
``duty``       HEAD … trigger, tail = the policy the sentence belongs to   (X负责, 请X…, X牵头)
``cites``      trigger … TAIL, head = the policy the sentence belongs to   (按照《Y》, 根据《Y》)
``composed``   由 HEAD … trigger TAIL        (由A、B组成X: the members and the whole)
``at``         marker TAIL trigger HEAD       (在浦东设立Y, 位于Z的Y: the organisation after the verb is in the place)
``settles``    HEAD marker TAIL … trigger     (X在深圳落户, X在园区设有实验室: the subject before 在/于 is in the place)
``hosts``      TAIL marker HEAD … trigger    (深圳已有A、B等8家机构落户: the place before 已有 hosts the list)
``under``      在 HEAD 的 trigger 下，TAIL …  (在X的支持下，Y建成…: the backer and the subject of the main clause)
``mutual``     HEAD … trigger                (A、B和C共同…: the members of the group before the co-marker, pairwise)
``round``      TAIL 完成…融资，(由) HEAD trigger / trigger HEAD   (X完成B轮融资，本轮由A领投，B跟投;
               X完成融资，投资方为A、B: the investors of a financing round and the firm whose round it is)
``chosen``     marker HEAD 等N trigger … TAIL   (选择A、B等11个城市…开展Y试点, N个试点城市（A、B）…Y试点: the places
               a pilot picks, counted by the trigger, and the pilot the sentence names)
``apposition`` HEAD（TAIL trigger） / TAIL trigger，HEAD / HEAD，即TAIL trigger   (no verb: a noun phrase naming
               the head's role toward the tail stands beside the head: X（Y的全资附属公司）, Y的教学医院，X)

Members of a coordinated group (A、B和C) each take part; a rule with ``together``
also links the members of the head group to each other with COOPERATES_WITH when a
co-marker (共同, 联合, 合作 …) stands before the trigger. Every emitted edge must be
allowed by :data:`policykg.ontology.RELATION_SIGNATURES`.

A rule's other fields (see :class:`Rule`): ``head_types`` / ``tail_types`` narrow the signature;
``markers`` are the words that open the frame of the passive, with, at, settles, hosts and under forms;
``head_gap`` / ``tail_gap`` bound the characters between a group and the trigger; ``adjacent`` keeps
only the mentions touching the trigger; ``follow`` lists words one of which must follow the actor
(由X负责…); ``carry`` lets an active rule take the subject of the clause before the comma when its own
clause has only a time and adverbs (X与Y签约，正式落户Z); ``drafted`` (cites) lets a policy drafted later in
the sentence be the one citing; ``stake`` (active) keeps only an object followed by a share of it
(X持有Y 15%股份); ``swap`` emits tail → head; ``genres`` limits the document types;
``confidence``, ``description`` and ``examples`` (run by tests/extract/test_rules.py).

Results depend only on a sentence's text and the layout of its mentions, so the
engine remembers them per sentence (the rules' declared scope) across documents.

This module runs the rules over a document's sentences (the sentence loop, anaphors, evidence spans); the rest
is split by concern: :mod:`~policykg.extract.relations.rules` (the Rule record, loading, the pairs a rule may
emit), :mod:`~policykg.extract.relations.forms` (one reading per form), :mod:`~policykg.extract.relations.groups`
(lists and coordination) and :mod:`~policykg.extract.relations.subjects` (who acts when no name stands right
before the verb).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import ahocorasick

from policykg.extract.components.segments import policy_at
from policykg.extract.doc import Doc
from policykg.extract.names import ROUND_WORDS, anaphors
from policykg.extract.relations.forms import PILOT, apply_rule, built_with_funds, round_investors
from policykg.extract.relations.groups import (
    CLOSING_BRACKET,
    CO_MARKERS,
    CO_NOUN,
    PARTNER_MARK,
    M,
    find_groups,
    group_before,
)
from policykg.extract.relations.rules import FORMS, POLICY_VIRTUAL, Rule, pairwise, rules
from policykg.model import Evidence, Relation
from policykg.ontology import allows

__all__ = ["FORMS", "M", "POLICY_VIRTUAL", "rules", "run", "sentence_relations"]
"""What other modules and tests use: the rules, the run over a document and one sentence's relations."""

_CLOSING_BRACKET = CLOSING_BRACKET
"""Kept under its name before the split into modules: tests/extract/test_s19h_speed.py reads it here."""

MAX_EVIDENCE = 160

_QUOTED_TITLE = re.compile(r"[“\"「]关于[^”\"」]{2,80}[”\"」]")
"""A quoted title (你们提出的“关于…的建议”): a proposal or motion named by what it asks, not a statement."""

_STATUTE_TITLE = re.compile(r"(?:条例|法)$")
"""A law or a regulation (…管理条例, …促进法): its articles confer standing powers on bodies (国务院X行政部门负责…,
由X责令改正); RESPONSIBLE_FOR names the unit answerable for a measure of a plan, opinion or notice."""


def _is_statute(doc: Doc, policy_id: str) -> bool:
    e = doc.entities.get(policy_id)
    return e is not None and e.type == "Policy" and _STATUTE_TITLE.search(e.name) is not None


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    by_word: dict[str, list[Rule]] = {}
    for r in rules():
        for w in r.triggers:
            by_word.setdefault(w, []).append(r)
    for w, rs in by_word.items():
        auto.add_word(w, (w, tuple(rs)))
    auto.make_automaton()
    return auto


_MEMO: dict[tuple, tuple] = {}

_MEMO_MAX = 50_000


@lru_cache(maxsize=1)
def _anaphor_pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, anaphors()), key=len, reverse=True)))


def _anaphor_mentions(doc: Doc, ms: list[M], joined: dict[tuple[int, int], tuple[str, ...]] | None = None) -> list[M]:
    """Mentions standing for anaphors (X成立于2010年。该公司与Y合作…; X…，其母公司Y…): each takes the one body
    of a fitting type named before it in its own sentence or the sentence before, in the same paragraph.
    Why: news and reports name a body once and go on with 该公司/该校/其, and the relation stated in the next
    clause or sentence is about it. Precision first: with two fitting bodies in reach, or none, nothing — except
    events named as one (A论坛暨B论坛): the anaphor takes the first, ``joined`` gets the others at its span."""
    text = doc.text
    pattern = _anaphor_pattern()
    table = anaphors()
    out: list[M] = []
    segs = doc.segments
    # (``ms`` is in text order: the mentions that may overlap a span, or lie before it, are found by bisection
    # instead of a pass over all of the document's mentions per anaphor)
    starts = [m.start for m in ms]
    longest = max((m.end - m.start for m in ms), default=0)
    for i, seg in enumerate(segs):
        hits = [
            h for h in pattern.finditer(text, seg.start, seg.end) if text[h.start() - 1 : h.start()] not in _NOT_ANAPHOR
        ]
        if not hits:
            continue
        lo = seg.start
        if i > 0 and "\n" not in text[segs[i - 1].end : seg.start]:
            lo = segs[i - 1].start  # the sentence before, when no line break ends the paragraph between them
        for h in hits:
            a = table[h.group()]
            s0, e0 = h.start(), h.start() + a.span
            if any(m.start < e0 and s0 < m.end for m in _near(ms, starts, longest, s0, e0)):
                continue  # 该公司 inside a name
            endings = a.endings
            if a.word[0] not in _POINTING_CHARS and s0 > seg.start and text[s0 - 1] not in _CLAUSE_OPENERS:
                short = _short_name_start(text, seg.start, s0)
                if short is None:
                    continue  # a bare noun (集团) points back only where it opens a clause (企业集团 is a kind)
                s0, endings = short, (text[short:e0],)  # 创新中心位于X: the last words of the centre's name
                if any(m.start < e0 and s0 < m.end for m in _near(ms, starts, longest, s0, e0)):
                    continue  # the words before the noun belong to a name already found (东岭市|医院)
            reach = 0 if a.types == _EVENT_ONLY else lo
            fit = {
                m.eid: m.type
                for m in ms[bisect_left(starts, reach) : bisect_left(starts, s0)] + out
                if reach <= m.start
                and m.end <= s0
                and m.type in a.types
                and (
                    not endings or doc.entities[m.eid].name.endswith(endings) or text[m.start : m.end].endswith(endings)
                )
            }
            if a.word in _ORDINAL_ANAPHORS and len(fit) == 2:
                # A向B提交申请，由后者决定: of exactly two bodies named before, the latter or the former
                eid, typ = list(fit.items())[_ORDINAL_ANAPHORS[a.word]]
                out.append(M(s0, e0, eid, typ))
            elif a.word not in _ORDINAL_ANAPHORS and len(fit) == 1:
                ((eid, typ),) = fit.items()
                out.append(M(s0, e0, eid, typ))
            elif a.types == _EVENT_ONLY and _joined_events(text, ms, set(fit)):
                first, *rest = fit
                out.append(M(s0, e0, first, "Event"))
                if joined is not None:
                    joined[(s0, e0)] = tuple(rest)
    return out


def _near(ms: list[M], starts: list[int], longest: int, s0: int, e0: int) -> list[M]:
    """The mentions of ``ms`` (in text order, ``starts`` their starts, none longer than ``longest``) that start
    late enough to reach past ``s0`` and early enough to start before ``e0``: all that may overlap s0..e0."""
    return ms[bisect_right(starts, s0 - longest) : bisect_left(starts, e0)]


_EVENT_ONLY = frozenset({"Event"})
"""Anaphors that stand only for an event (论坛, 本届论坛): news names its one event in the lead and goes on
about it paragraphs later (…论坛开幕。…本届论坛由X主办), so they reach back over the whole document."""

_JOINED_EVENT = re.compile(r"暨第?[\d一二三四五六七八九十百]*届?")
"""What stands between two events held as one (A论坛暨第十六届B论坛)."""


def _joined_events(text: str, ms: list[M], eids: set[str]) -> bool:
    """Whether the events an anaphor could stand for were all named once as one joint event (A论坛暨B论坛):
    本届论坛 then stands for each of them, and what is said of it (由X主办) holds for both."""
    if len(eids) < 2:
        return False
    for m in ms:
        if m.eid not in eids:
            continue
        got, end = {m.eid}, m.end
        for n in sorted((n for n in ms if n.start >= end and n.eid in eids), key=lambda n: n.start):
            if n.start == end or _JOINED_EVENT.fullmatch(text, end, n.start):
                got.add(n.eid)
                end = n.end
            else:
                break
        if got == eids:
            return True
    return False


def _pilot_echoes(doc: Doc, ms: list[M]) -> list[M]:
    """Unmarked occurrences of the full name of a pilot the document names elsewhere (…集中采购和使用试点), as
    mentions for the rules. Why: the entity finder reads a pilot from the verb before it (开展Y试点); where the
    name stands on its own as a clause (选择A、B…11个城市，…，国家组织Y试点，…) it is missed, and the places picked
    in that sentence are members of it (member.pilot-chosen). A pilot's full name is long and says what it is,
    so an exact recurrence is the same pilot."""
    names = {e.name: eid for eid, e in doc.entities.items() if e.type == "Program" and e.name.endswith(PILOT)}
    names = {n: eid for n, eid in names.items() if len(n) >= 8}
    if not names:
        return []
    marked = bytearray(len(doc.text) + 1)
    for m in ms:
        marked[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[M] = []
    for name, eid in names.items():
        k = doc.text.find(name)
        while k >= 0:
            if not any(marked[k : k + len(name)]):
                out.append(M(k, k + len(name), eid, "Program"))
            k = doc.text.find(name, k + len(name))
    return out


_POINTING_CHARS = frozenset("该其前后")
"""Words opening with these point back wherever they stand; any other word of the table (集团) is a bare noun."""

_CLAUSE_OPENERS = frozenset("，。；：！？、\n")
"""What stands before a bare noun that opens a clause (…表示，集团已与X合作)."""


def _short_name_start(text: str, lo: int, at: int) -> int | None:
    """Where a clause opens with two to four characters written before a bare noun (创新中心 before 中心,
    转化医学中心): news shortens a body's name to its last words when it goes on about it (…泰州创新中心成立。
    创新中心位于X), so the words and the noun together stand for the body whose name ends with them."""
    for k in range(2, 5):
        p = at - k
        if p < lo:
            return None
        if not all("\u4e00" <= c <= "\u9fff" for c in text[p:at]):
            return None
        if p == lo or text[p - 1] in _CLAUSE_OPENERS:
            return p
    return None


_ORDINAL_ANAPHORS = {"前者": 0, "后者": 1}
"""Anaphors that pick one of two bodies by order (dicts keep the order of first mention)."""

_NOT_ANAPHOR = frozenset("应尤及与极")
"""Characters that make 该/其 part of another word (应该公司化, 尤其, 及其): no pointer back."""


def run(doc: Doc) -> None:
    text = doc.text
    ms = sorted(
        (M(m.start, m.end, eid, doc.entities[eid].type) for m, eid in doc.mentions if eid in doc.entities),
        key=lambda m: (m.start, -m.end),
    )
    joined: dict[tuple[int, int], tuple[str, ...]] = {}
    extra = _anaphor_mentions(doc, ms, joined) + _pilot_echoes(doc, ms)
    if extra:
        ms = sorted(ms + extra, key=lambda m: (m.start, -m.end))
    genre = doc.document.doc_type
    if len(_MEMO) > _MEMO_MAX:
        _MEMO.clear()
    i = 0
    n = len(ms)
    for seg in doc.segments:
        while i < n and ms[i].start < seg.start:
            i += 1
        j = i
        while j < n and ms[j].end <= seg.end:
            j += 1
        inside = ms[i:j]
        i = j
        s_text = text[seg.start : seg.end]
        policy = policy_at(doc, seg.start)
        if not inside and policy is None:
            continue
        same: dict[str, int] = {}
        key = (
            s_text,
            genre,
            policy is not None,
            tuple((m.start - seg.start, m.end - seg.start, m.type, same.setdefault(m.eid, len(same))) for m in inside),
        )
        calls = _MEMO.get(key)
        if calls is None:
            local = [M(m.start - seg.start, m.end - seg.start, str(k), m.type) for k, m in enumerate(inside)]
            ident = [same[m.eid] for m in inside]  # one number per entity: two mentions of one body share it
            calls = _MEMO[key] = tuple(sentence_relations(s_text, local, genre, policy is not None, ident))
        for h, rel, t, rule_id, conf, ev_s, ev_e in calls:
            head = policy if h == POLICY_VIRTUAL else inside[int(h)].eid
            tail = policy if t == POLICY_VIRTUAL else inside[int(t)].eid
            if head is None or tail is None or head == tail:
                continue
            if t == POLICY_VIRTUAL and rel == "RESPONSIBLE_FOR" and head == doc.issuer_id:
                continue  # the issuer charging itself (国务院办公厅要…) is the document's own voice, not a duty
            if t == POLICY_VIRTUAL and rel == "RESPONSIBLE_FOR" and _is_statute(doc, tail):
                continue  # X负责全国…的监督管理 / 由X责令改正 in a law's articles: a power, not a measure's unit
            s, e = seg.start + ev_s, seg.start + ev_e
            heads = _with_joined(head, h, inside, joined)
            tails = _with_joined(tail, t, inside, joined)
            for hd in heads:
                for tl in tails:
                    doc.relations.append(
                        Relation(
                            head=hd,
                            type=rel,
                            tail=tl,
                            evidence=Evidence(
                                doc=doc.file, text=text[s:e], start=s, end=e, rule=rule_id, confidence=conf
                            ),
                        )
                    )


def _with_joined(eid: str, k: str, inside: list[M], joined: dict[tuple[int, int], tuple[str, ...]]) -> list[str]:
    """The entity at one end of a relation, and with it the other events an anaphor stands for when it points
    back to events held as one (本届论坛 after A论坛暨B论坛): what is said of it holds for each."""
    if k == POLICY_VIRTUAL or not joined:
        return [eid]
    m = inside[int(k)]
    return [eid, *joined.get((m.start, m.end), ())]


def sentence_relations(
    s: str, ms: list[M], genre: str, has_policy: bool, ident: list[int] | None = None
) -> list[tuple]:
    """(head, relation, tail, rule id, confidence, evidence start, evidence end) for one sentence.

    Heads and tails are indices into ``ms`` (as strings) or :data:`POLICY_VIRTUAL`; ``ident`` gives each mention
    the number of its entity (two mentions of one body, or a name and its anaphor, share one), by default its own.
    """
    out: list[tuple] = []
    at: list[int] = []  # the trigger's start of each entry of out
    groups = find_groups(s, ms, ident)
    quoted = [(q.start(), q.end()) for q in _QUOTED_TITLE.finditer(s)] if "关于" in s else []
    has_question = "否" in s and _QUESTION.search(s) is not None
    named = _named_positions(s, ms)
    triggers = list(_automaton().iter(s))
    for end, (word, rs) in triggers:
        ts, te = end - len(word) + 1, end + 1
        if named.find(1, ts, te) >= 0:
            continue  # 投资 inside 投资公司: part of a name, not a verb
        rs = _unshadowed(rs, triggers, ts, te)
        if any(a < ts and te < b for a, b in quoted):
            continue  # “关于促进A和B合作的建议”: the title of a proposal states nothing
        for r in rs:
            if r.genres and genre not in r.genres and r.form != "cites":
                continue
            if _not_a_verb(r, s, ts, te):
                continue
            found = apply_rule(r, s, ms, groups, ts, te, has_policy, genre)
            if r.relation == "SUPPORTS" and r.form in ("active", "passive") and found:
                found = found + built_with_funds(r, s, groups, te, found)
            for h, t in found:
                if has_question and _asked(s, ms, h, t, ts):
                    continue  # 请问政府会否向X拨款: the question asks whether the actor will act; it states nothing
                if r.relation == "MEMBER_OF" and _ministry(s, ms[int(h if r.swap else t)]):
                    continue  # X举办论坛，由A、B派员参加: a bureau has staff, not member bodies
                if r.swap:
                    h, t = t, h
                out.append((h, r.relation, t, r.id, r.confidence) + _evidence_span(s, ms, h, t, ts, te))
                at.append(ts)
            if r.together and r.form == "round" and _co_marked(s, ts):
                grp = round_investors(s, groups, ts)  # 本轮由A和B联合领投: the co-leads invest together
                for ha, hb in pairwise([m for m in grp if allows("COOPERATES_WITH", m.type, m.type)]):
                    out.append(
                        (ha, "COOPERATES_WITH", hb, r.id + "+together", r.confidence)
                        + _evidence_span(s, ms, ha, hb, ts, te)
                    )
                    at.append(ts)
            if r.together and r.form == "active" and (_co_marked(s, ts) or s.startswith(_CO_LEADING + _CO_VERBS, ts)):
                grp = group_before(s, groups, ts, r.head_gap)
                if grp and PARTNER_MARK.search(s, 0, grp[0].start):
                    grp = []  # X联合A、B共同举办: A and B are X's partners (cooperates.active links them to X)
                members = [m for m in grp if allows("COOPERATES_WITH", m.type, m.type)] if grp else []
                for ha, hb in pairwise(members):
                    out.append(
                        (ha, "COOPERATES_WITH", hb, r.id + "+together", r.confidence)
                        + _evidence_span(s, ms, ha, hb, ts, te)
                    )
                    at.append(ts)
    return _support_over_founding_or_issuing(s, out, at, ms, ident or list(range(len(ms))))


def _support_over_founding_or_issuing(
    s: str, out: list[tuple], at: list[int], ms: list[M], ident: list[int]
) -> list[tuple]:
    """The entries of ``out`` less each FOUNDED or ISSUED whose pair a SUPPORTS of the same sentence also links, when
    the support verb stands before the later of the two ends and is not coordinated with the founding verb.

    Why: one clause rarely says that a body both sets up and backs the same thing; when a sentence reads a pair
    both ways and the support verb comes before the far end, it governs that end. Either the founding verb is
    the object of the support (X支持/资助…设立Y, 在X支持下…建成的Y: X backs a founding by someone else), or the
    founding verb's own object is an unnamed thing and the support verb's object is the named one (X设立专项资金
    支持Y: X funds Y, it did not found it). Two verbs joined by 并/和 (X设立并支持Y) and a support verb after both
    ends (X设立Y，并资助Y…) state two acts, and both are kept. A launch or a scheme's setting up read as ISSUED
    is the same act seen from a programme (X积极支持推出Y计划: X backs the launch, whoever launches it; X拨款N元
    成立Y基金: the grant is what the sentence reports); measured on dev7 (s23j), where such doubles were read as
    support only."""

    def key(x: str) -> int:
        return -1 if x == POLICY_VIRTUAL else ident[int(x)]

    backed: dict[tuple[int, int], int] = {}
    for (h, rel, t, *_), ts in zip(out, at, strict=True):
        if rel == "SUPPORTS":
            backed[(key(h), key(t))] = min(ts, backed.get((key(h), key(t)), ts))
    if not backed:
        return out
    kept = []
    for e, ts in zip(out, at, strict=True):
        h, rel, t = e[0], e[1], e[2]
        back = backed.get((key(h), key(t)))
        if rel in ("FOUNDED", "ISSUED") and back is not None:
            far = max((ms[int(x)].start for x in (h, t) if x != POLICY_VIRTUAL), default=ts)
            coordinated = ts < back <= ts + 8 and s.endswith(_COORDINATORS, 0, back)
            if back < far and not coordinated:
                continue
        kept.append(e)
    return kept


_COORDINATORS = ("并", "并且", "和", "及", "、", "与")
"""What joins two verbs of one subject (X设立并支持Y, X组建和资助Y): each verb states its own act."""


_MINISTRY_END = ("局", "厅", "委", "部", "署", "政府")
"""How the name of a ministry, bureau or government ends (国家医保局, 科技厅, 国家卫生健康委, 商务部): its people are
staff, not member bodies; a group made of bodies is named as one (领导小组, 办公室, 联席会议, 委员会, 联盟)."""


def _ministry(s: str, m: M) -> bool:
    """The mention names a ministry or bureau, which no body is a member of. Why: a clause whose subject is a
    bureau can be read as the topic of a 由A、B…-clause after it (X举办论坛，由A、B派员参加), and membership
    into it is never what such a sentence says."""
    return m.type == "Agency" and s[m.start : m.end].endswith(_MINISTRY_END)


def _not_a_verb(r: Rule, s: str, ts: int, te: int) -> bool:
    """The trigger at ts..te reads as a noun or a duty here, not as the rule's verb. Why: the same characters name
    a kind of body, unit or aid, and the word after them shows which (研究院, 开发部, 资助范围)."""
    if r.relation == "COOPERATES_WITH" and s[ts:te] == "研究" and _INSTITUTE_AFTER.match(s, te):
        return True  # 在前海、南沙和横琴设立研究院: 研究 opens the name of a kind of body, not a joint act
    if r.relation == "DEVELOPED" and _UNIT_AFTER.match(s, te):
        return True  # 北京大学科技开发部, 外资研发中心: the word names what a unit does, no one develops anything
    if r.relation == "SUPPORTS" and r.form == "active" and _nominal_support(s, ts, te):
        return True  # 纳入资助范围, X的药物资助及Y: the word names a kind of aid, no one is funding Y
    if r.relation == "ISSUED" and s[ts:te] == "实施" and not _DATED_BEFORE.search(s, max(0, ts - 4), ts):
        return True  # X认真实施《Y》, 深入实施Y战略: X carries out a measure another body issued
    if r.relation == "INVESTED_IN" and r.form != "round" and s.startswith(_INVESTOR_NOUN_ENDS, te):
        return True  # 获得基石投资者A认购, 美国知名投资机构A: 投资 opens a noun, no one invests here
    # X承担制定Y…的职责: a duty to draft, charged to X (responsible.duty), not a document X issued
    return r.relation == "ISSUED" and r.form == "active" and s.endswith("承担", 0, ts)


_INVESTOR_NOUN_ENDS = tuple(w.removeprefix("投资") for w in ROUND_WORDS["investor"] + ROUND_WORDS["house"]) + (
    "领域",
    "额",
    "总额",
    "规模",
)
"""What turns 投资 into a noun: the one who invests (投资者, 投资人, 投资方, 投资机构), the field or the sum of
investing (生物医药投资领域, 投资额, 投资规模); no one invests in the body named after it."""

_DATED_BEFORE = re.compile(r"(?:[年月日]|起|开始)$")
"""A date right before 实施 (医管局于2005年7月实施药物名册, X自2020年起实施Y): the body puts its own measure into force
on that day; without one, X实施Y is carrying out a measure (认真实施, 深入实施Y战略), whoever issued it."""


def _named_positions(s: str, ms: list[M]) -> bytearray:
    """One byte per character of ``s``, 1 inside a mention: a trigger overlaps a name when its span holds a 1.
    Why: every trigger the automaton finds was tested against every mention of the sentence. (Mentions hold at
    least one character; one reaching past the sentence is marked only inside it, where triggers stand.)"""
    out = bytearray(len(s))
    for m in ms:
        lo, hi = max(0, m.start), min(len(s), m.end)
        if lo < hi:
            out[lo:hi] = b"\x01" * (hi - lo)
    return out


_SHADOWED_BY = {"PART_OF": "MEMBER_OF", "INVESTED_IN": "FOUNDED"}
"""Relation of a short trigger → relation of a longer trigger holding it that says what the short word means here."""


def _unshadowed(
    rs: tuple[Rule, ...], found: list[tuple[int, tuple[str, tuple[Rule, ...]]]], ts: int, te: int
) -> tuple[Rule, ...]:
    """The rules of a trigger at ts..te, less those a longer trigger of the relation in :data:`_SHADOWED_BY` holds.

    Why: 成员单位包括 / 会员包括 holds 包括, and the longer word says the list names members (MEMBER_OF actor →
    alliance, GUIDELINES); read on its own, the 包括 inside would make the same members parts of the
    alliance too. Likewise 投资设立 / 投资成立 holds 投资: the money brought the body into being, which GUIDELINES
    calls FOUNDED (actor → actor it invested into being), not a stake in a body that already exists. Other
    overlaps are left alone: a longer word of another relation often adds to the shorter one (在X的支持下 and
    支持) rather than gainsaying it."""
    shadowed = {r.relation for r in rs} & _SHADOWED_BY.keys()
    if not shadowed:
        return rs
    drop: set[str] = set()
    for end2, (w2, rs2) in found:
        if end2 - len(w2) + 1 <= ts and te <= end2 + 1 and len(w2) > te - ts:
            drop |= {rel for rel in shadowed if any(r.relation == _SHADOWED_BY[rel] for r in rs2)}
    return tuple(r for r in rs if r.relation not in drop) if drop else rs


_CO_VERBS = ("合办", "联合主办", "联合举办", "共同主办", "共同举办")
"""A及B合办Y: a verb that itself says the work is shared; its group before it organises together, whichever
connector (及, 和, 、) joins the group, so the members cooperate as with a co-marker before a plain verb."""

_CO_LEADING = ("会同",)
"""A、B会同C…: the verb itself joins the group before it to its partners; A and B, who bring C in, lead together.
(联合 opens names, 联合采购办公室, so only 会同, which never does.)"""


def _co_marked(s: str, ts: int) -> bool:
    """A co-marker (共同, 联合, 合作 …) in the few characters before the verb, used as an adverb: one that heads a
    noun (在前海、南沙等重大合作平台设立Y: a kind of site) says nothing about acting together."""
    window = s[max(0, ts - 6) : ts]
    for c in CO_MARKERS:
        k = window.rfind(c)
        if k >= 0 and not CO_NOUN.match(window, k + len(c)):
            return True
    return False


_QUESTION = re.compile(r"[会可能曾有是]否")
"""Words that put a clause to someone as a question (当局会否…, 有否与X合作, 是否资助): what follows them is
asked or weighed, not told."""


def _asked(s: str, ms: list[M], h: str, t: str, ts: int) -> bool:
    """A question word stands between the first-named end and the trigger (政府会否向X拨款, 局方曾否与X讨论):
    the actor is asked whether it acts. An example set inside the question (会否参考…（例如美国制定《Y》）)
    names both ends after the question word and is still a statement."""
    ends = [ms[int(x)].end for x in (h, t) if x != POLICY_VIRTUAL]
    if not ends or min(ends) >= ts:
        return False
    return _QUESTION.search(s, min(ends), ts) is not None


_AID_NOUN_AFTER = re.compile(
    r"(?:范围|计划|项目|准则|机制|政策|金额|额度|申请|安排|方式|对象|标准|模式|体系|力度|资格|名额|期限|条件)"
)

_AID_NOUN_BEFORE = re.compile(r"的[\u4e00-\u9fff]{0,3}$")


def _nominal_support(s: str, ts: int, te: int) -> bool:
    """资助/支持 used as a noun: the head of a compound (资助范围, 资助试验计划) or the thing someone has
    (X的药物资助). Why: the active rule reads X资助Y as funding, and the noun forms sit in the same
    places with a body before and after them (纳入资助范围（即Y）, X的药物资助及Y的审查准则)."""
    return bool(_AID_NOUN_AFTER.match(s, te) or _AID_NOUN_BEFORE.search(s, max(0, ts - 4), ts))


_INSTITUTE_AFTER = re.compile(r"(?:院|所|中心|机构|基地|团队|人员|生)")
"""After 研究, a kind of body or people (研究院, 研究所, 研究生): the word is part of a noun, not the verb."""

_UNIT_AFTER = re.compile(r"(?:部|处|科|室|中心|基地|机构|团队|人员|费用|投入|能力)(?![门署长])")
"""After 研发/开发/生产, a unit or a quantity (开发部, 研发中心, 研发投入) makes the word a modifier, not a verb."""


def _evidence_span(s: str, ms: list[M], h: str, t: str, ts: int, te: int) -> tuple[int, int]:
    """The shortest stretch of the sentence holding both ends and the trigger (≤ MAX_EVIDENCE)."""
    points = [ts, te]
    for x in (h, t):
        if x != POLICY_VIRTUAL:
            m = ms[int(x)]
            points += [m.start, m.end]
    a, b = min(points), max(points)
    if b - a >= MAX_EVIDENCE:
        return a, a + MAX_EVIDENCE
    # widen to the clause, within the limit
    left = max(s.rfind(c, 0, a) for c in "，,；;：:")
    left = 0 if left < 0 else left + 1
    right_candidates = [k for k in (s.find(c, b) for c in "，,；;。") if k >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(s)
    if right - left > MAX_EVIDENCE:
        left, right = a, b
    return left, right
