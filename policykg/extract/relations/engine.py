"""Relation rules as data, applied to the mentions of each sentence.

A rule (a record in ``resources/rules/relations.toml``) names trigger words, the
*form* in which they state a relation, the relation it emits, optional narrowing of
the head and tail types and a confidence. The forms are the few ways Chinese policy
text states a link between named things:

``active``     HEAD … trigger … TAIL          (X印发《Y》, X资助A、B和C)
``inverse``    TAIL … trigger … HEAD          (东岭湾区包括南湖、北辰 → 南湖 PART_OF …)
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
the sentence be the one citing; ``swap`` emits tail → head; ``genres`` limits the document types;
``confidence``, ``description`` and ``examples`` (run by tests/extract/test_rules.py).

Results depend only on a sentence's text and the layout of its mentions, so the
engine remembers them per sentence (the rules' declared scope) across documents.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from policykg.extract import lexical, lexicon
from policykg.extract.components.gazetteer import places
from policykg.extract.components.segments import policy_at
from policykg.extract.doc import Doc
from policykg.extract.names import PERSON_TITLES, anaphors
from policykg.model import Evidence, Relation
from policykg.ontology import RELATION_SIGNATURES, RELATION_TYPES, allows

FORMS = (
    "active",
    "inverse",
    "passive",
    "with",
    "at",
    "settles",
    "hosts",
    "under",
    "mutual",
    "duty",
    "cites",
    "composed",
    "apposition",
    "chosen",
)
MAX_EVIDENCE = 160
_GROUP_GAP = re.compile(
    r"^(?:[（(][^（）()，,。；;]{1,12}[）)])?[”\"」》]?\s*(?:、|和|与|及|以及|或|\s|、以及|，以及)\s*[“\"「《]?$|^[”\"」》]?\s+[“\"「《]?$|^》\s*《$"
)
"""What may stand between two members of one list: a connector, a space, or nothing but the brackets of two
titles set side by side (《A》《B》已经…同意); a bracketed gloss may follow a member before the connector
(香港科技大学（科大）与香港理工大学, 中国科学院（90件）、南湖大学（53件）)."""
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？]")
_SENTENCE_BREAK = re.compile(r"[；;。！？]")
CO_MARKERS = ("共同", "联合", "合作", "携手", "联手", "一起", "合资", "合办", "共建")
POLICY_VIRTUAL = "@policy"
_PARTNER_WORDS = ("联合", "会同", "联同", "携手", "与", "同", "跟")
"""Words after which the names that follow are someone's partners (X联合A、B…, X与A、B…)."""
_PARTNER_MARK = re.compile("(?:" + "|".join(_PARTNER_WORDS) + r")\s*$")
_GENERIC_SUBJECT = re.compile(r"^(?![和及与、等或以])[^，。；]*(?:部门|单位|机构|企业|高校|院所|医院|医疗机构)$")
_QUOTED_TITLE = re.compile(r"[“\"「]关于[^”\"」]{2,80}[”\"」]")
"""A quoted title (你们提出的“关于…的建议”): a proposal or motion named by what it asks, not a statement."""


_STATUTE_TITLE = re.compile(r"(?:条例|法)$")
"""A law or a regulation (…管理条例, …促进法): its articles confer standing powers on bodies (国务院X行政部门负责…,
由X责令改正); RESPONSIBLE_FOR names the unit answerable for a measure of a plan, opinion or notice."""


def _is_statute(doc: Doc, policy_id: str) -> bool:
    e = doc.entities.get(policy_id)
    return e is not None and e.type == "Policy" and _STATUTE_TITLE.search(e.name) is not None


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str
    form: str
    triggers: tuple[str, ...]
    head_types: frozenset[str] | None = None
    tail_types: frozenset[str] | None = None
    markers: tuple[str, ...] = ()
    head_gap: int = 24
    tail_gap: int = 10
    together: bool = False
    adjacent: bool = False
    """Only the mentions touching the trigger take part (A与B的C: C belongs to B alone); in the passive form,
    the head must stand right before the trigger (Y是X的组成部分, not Y是X工作的组成部分)."""
    follow: tuple[str, ...] = ()
    """Words one of which must come right after the head group (由X负责…, not 由X组成…; in the passive form,
    the words closing the marker's frame: 以X为依托 names what is relied on, 以X为核心 does not)."""
    carry: bool = False
    """Active form: with no subject of its own, a clause holding only a time and adverbs before the verb
    (X与Y签约，正式落户Z; X成立于2019年，已入驻Y) takes the subject of the clause before the comma."""
    pronoun: bool = False
    """Active form: 其 right before the verb (X，如今已成为…，其生产的Y) stands for the last body named before it
    in the sentence, which is then the subject (Chinese refers back to the topic with 其 in later clauses)."""
    bare_object: bool = False
    """Settles form: only when no name follows the verb in its clause (X在Z兴建生产线: X builds there; X在Z设立Y
    names Y, whose place located.at states and whose founder is X, not where X itself is)."""
    drafted: bool = True
    """Cites form: a policy drafted later in the sentence is the one citing (根据《X》，本市制定了《Y》: Y cites X).
    Off for a verb that acts on the cited document itself (修订《X》，出台《Y》: two acts, neither cites the other)."""
    swap: bool = False
    """Emit tail → head instead (依托X建设的Y: Y relies on X, though X comes first)."""
    confidence: float = 0.7
    genres: tuple[str, ...] = ()
    """Document types the rule applies to (empty: all)."""
    description: str = ""
    examples: tuple[dict, ...] = ()


class M(NamedTuple):
    """A mention inside one sentence: offsets in the document, entity id and type."""

    start: int
    end: int
    eid: str
    type: str


Pair = tuple[str, str]
"""(head entity id, tail entity id) as the form handlers return them, before the rule's swap."""
Marked = tuple[list[M], list[list[M]], int]
"""What :func:`_marked` finds: the group after the marker, the groups split at it, the marker's position."""


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules shipped with policykg, validated against the ontology once."""
    data = tomllib.loads(
        resources.files("policykg.resources").joinpath("rules", "relations.toml").read_text(encoding="utf-8")
    )
    out = []
    seen = set()
    for raw in data["rule"]:
        r = Rule(
            id=raw["id"],
            relation=raw["relation"],
            form=raw["form"],
            triggers=tuple(raw["triggers"]),
            head_types=frozenset(raw["head_types"]) if "head_types" in raw else None,
            tail_types=frozenset(raw["tail_types"]) if "tail_types" in raw else None,
            markers=tuple(raw.get("markers", ())),
            head_gap=raw.get("head_gap", 24),
            tail_gap=raw.get("tail_gap", 10),
            together=raw.get("together", False),
            adjacent=raw.get("adjacent", False),
            follow=tuple(raw.get("follow", ())),
            carry=raw.get("carry", False),
            pronoun=raw.get("pronoun", False),
            bare_object=raw.get("bare_object", False),
            drafted=raw.get("drafted", True),
            swap=raw.get("swap", False),
            confidence=raw.get("confidence", 0.7),
            genres=tuple(raw.get("genres", ())),
            description=raw.get("description", ""),
            examples=tuple(raw.get("examples", ())),
        )
        if r.id in seen:
            raise ValueError(f"relation rule {r.id!r} is defined twice")
        seen.add(r.id)
        if r.relation not in RELATION_TYPES or r.form not in FORMS:
            raise ValueError(f"relation rule {r.id!r}: unknown relation {r.relation!r} or form {r.form!r}")
        heads, tails = RELATION_SIGNATURES[r.relation]
        if r.swap:  # the type lists read the sentence's order, which a swap rule turns round
            heads, tails = tails, heads
        if (r.head_types and not r.head_types <= heads) or (r.tail_types and not r.tail_types <= tails):
            raise ValueError(f"relation rule {r.id!r} allows types its relation's signature does not")
        out.append(r)
    return tuple(out)


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


def _anaphor_mentions(doc: Doc, ms: list[M]) -> list[M]:
    """Mentions standing for anaphors (X成立于2010年。该公司与Y合作…; X…，其母公司Y…): each takes the one body
    of a fitting type named before it in its own sentence or the sentence before, in the same paragraph.
    Why: news and reports name a body once and go on with 该公司/该校/其, and the relation stated in the next
    clause or sentence is about it. Precision first: with two fitting bodies in reach, or none, nothing."""
    text = doc.text
    pattern = _anaphor_pattern()
    table = anaphors()
    out: list[M] = []
    segs = doc.segments
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
            if any(m.start < e0 and s0 < m.end for m in ms):
                continue  # 该公司 inside a name
            if a.word[0] not in _POINTING_CHARS and s0 > seg.start and text[s0 - 1] not in _CLAUSE_OPENERS:
                continue  # a bare noun (集团) points back only where it opens a clause (企业集团 is a kind)
            fit = {
                m.eid: m.type
                for m in ms + out
                if lo <= m.start
                and m.end <= s0
                and m.type in a.types
                and (
                    not a.endings
                    or doc.entities[m.eid].name.endswith(a.endings)
                    or text[m.start : m.end].endswith(a.endings)
                )
            }
            if a.word in _ORDINAL_ANAPHORS and len(fit) == 2:
                # A向B提交申请，由后者决定: of exactly two bodies named before, the latter or the former
                eid, typ = list(fit.items())[_ORDINAL_ANAPHORS[a.word]]
                out.append(M(s0, e0, eid, typ))
            elif a.word not in _ORDINAL_ANAPHORS and len(fit) == 1:
                ((eid, typ),) = fit.items()
                out.append(M(s0, e0, eid, typ))
    return out


def _pilot_echoes(doc: Doc, ms: list[M]) -> list[M]:
    """Unmarked occurrences of the full name of a pilot the document names elsewhere (…集中采购和使用试点), as
    mentions for the rules. Why: the entity finder reads a pilot from the verb before it (开展Y试点); where the
    name stands on its own as a clause (选择A、B…11个城市，…，国家组织Y试点，…) it is missed, and the places picked
    in that sentence are members of it (member.pilot-chosen). A pilot's full name is long and says what it is,
    so an exact recurrence is the same pilot."""
    names = {e.name: eid for eid, e in doc.entities.items() if e.type == "Program" and e.name.endswith(_PILOT)}
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
    extra = _anaphor_mentions(doc, ms) + _pilot_echoes(doc, ms)
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
            calls = _MEMO[key] = tuple(sentence_relations(s_text, local, genre, policy is not None))
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
            doc.relations.append(
                Relation(
                    head=head,
                    type=rel,
                    tail=tail,
                    evidence=Evidence(doc=doc.file, text=text[s:e], start=s, end=e, rule=rule_id, confidence=conf),
                )
            )


# ------------------------------------------------------------------ one sentence


def sentence_relations(s: str, ms: list[M], genre: str, has_policy: bool) -> list[tuple]:
    """(head, relation, tail, rule id, confidence, evidence start, evidence end) for one sentence.

    Heads and tails are indices into ``ms`` (as strings) or :data:`POLICY_VIRTUAL`.
    """
    out: list[tuple] = []
    groups = _groups(s, ms)
    quoted = [(q.start(), q.end()) for q in _QUOTED_TITLE.finditer(s)] if "关于" in s else []
    has_question = "否" in s and _QUESTION.search(s) is not None
    named = _named_positions(s, ms)
    triggers = list(_automaton().iter(s))
    for end, (word, rs) in triggers:
        ts, te = end - len(word) + 1, end + 1
        rs = _unshadowed(rs, triggers, ts, te)
        if named.find(1, ts, te) >= 0:
            continue  # 投资 inside 投资公司: part of a name, not a verb
        if any(a < ts and te < b for a, b in quoted):
            continue  # “关于促进A和B合作的建议”: the title of a proposal states nothing
        for r in rs:
            if r.genres and genre not in r.genres and r.form != "cites":
                continue
            if _not_a_verb(r, s, ts, te):
                continue
            found = _apply(r, s, ms, groups, ts, te, has_policy, genre)
            if r.relation == "SUPPORTS" and r.form in ("active", "passive") and found:
                found = found + _built_with_funds(r, s, groups, te, found)
            for h, t in found:
                if has_question and _asked(s, ms, h, t, ts):
                    continue  # 请问政府会否向X拨款: the question asks whether the actor will act; it states nothing
                if r.relation == "MEMBER_OF" and _ministry(s, ms[int(h if r.swap else t)]):
                    continue  # X举办论坛，由A、B派员参加: a bureau has staff, not member bodies
                if r.swap:
                    h, t = t, h
                out.append((h, r.relation, t, r.id, r.confidence) + _evidence_span(s, ms, h, t, ts, te))
            if r.together and r.form == "active" and (_co_marked(s, ts) or s.startswith(_CO_LEADING + _CO_VERBS, ts)):
                grp = _group_before(s, groups, ts, r.head_gap)
                if grp and _PARTNER_MARK.search(s, 0, grp[0].start):
                    grp = []  # X联合A、B共同举办: A and B are X's partners (cooperates.active links them to X)
                members = [m for m in grp if allows("COOPERATES_WITH", m.type, m.type)] if grp else []
                for a in range(len(members)):
                    for b in range(a + 1, len(members)):
                        ha, hb = members[a].eid, members[b].eid
                        out.append(
                            (ha, "COOPERATES_WITH", hb, r.id + "+together", r.confidence)
                            + _evidence_span(s, ms, ha, hb, ts, te)
                        )
    return out


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
    # X承担制定Y…的职责: a duty to draft, charged to X (responsible.duty), not a document X issued
    return r.relation == "ISSUED" and r.form == "active" and s.endswith("承担", 0, ts)


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


def _unshadowed(
    rs: tuple[Rule, ...], found: list[tuple[int, tuple[str, tuple[Rule, ...]]]], ts: int, te: int
) -> tuple[Rule, ...]:
    """The rules of a trigger at ts..te, less its PART_OF rules when a longer MEMBER_OF trigger holds it.

    Why: 成员单位包括 / 会员包括 holds 包括, and the longer word says the list names members (MEMBER_OF actor →
    alliance, GUIDELINES); read on its own, the 包括 inside would make the same members parts of the
    alliance too. Other overlaps are left alone: a longer word of another relation often adds to the
    shorter one (在X的支持下 and 支持) rather than gainsaying it."""
    if not any(r.relation == "PART_OF" for r in rs):
        return rs
    for end2, (w2, rs2) in found:
        if end2 - len(w2) + 1 <= ts and te <= end2 + 1 and len(w2) > te - ts:
            if any(r.relation == "MEMBER_OF" for r in rs2):
                return tuple(r for r in rs if r.relation != "PART_OF")
    return rs


_CO_NOUN = re.compile(r"(?:平台|区|园|项目|机制|伙伴|关系|协议|备忘录|模式)")
"""Nouns a co-marker heads (合作平台, 合作区, 合作伙伴): there 合作/联合 names a kind of thing, it is no adverb."""

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
        if k >= 0 and not _CO_NOUN.match(window, k + len(c)):
            return True
    return False


_QUESTION = re.compile(r"[会可能曾有是]否")
"""Words that put a clause to someone as a question (当局会否…, 有否与X合作, 是否资助): what follows them is
asked or weighed, not told."""


_JOINT_ACT = re.compile(r"共同|联合|合作|携手|联手|一起|协同|共建|合办|会同")


def _places_own_noun(s: str, te: int) -> bool:
    """两地/三地 followed by a noun (三地科研资源, 三地的优势) with no joint act later in the clause: the counted
    places qualify what follows (粤港澳三地企业联合建设Y still says they act together)."""
    clause = _CLAUSE_BREAK.split(s[te:], 1)[0]
    if not clause or _JOINT_ACT.search(clause):
        return False
    first = lexical.cut(clause)[0]
    return first == "的" or (lexical.tag(first) or "").startswith("n")


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


_COUNTED_LIST = re.compile(
    r"\s*了?(?:本港|全港|内地|香港|全国)?(?:[0-9]+|[一二两三四五六七八九十百千几多数各]+)(?:所|家|间|个|项|位)"
    r"[\u4e00-\u9fff]{1,6}?(?:[，,]\s*|[（(])(?:包括|当中包括|其中包括|即|例如|分别为|分别是)\s*"
)
"""X资助八所大学，包括A、B / X认定了三家企业（即A、B、C）: the verb's object is a counted kind, and the bodies it
counts are named after 包括/即; they are the ones supported."""
_RELATIVE_LIST = re.compile(
    r"的(?:第[一二三四五六七八九十0-9]+批|首批)?\s*(?:(?:[0-9]+|[一二两三四五六七八九十百千几多数]+)\s*(?:所|家|间|个|项|位))?"
    r"[\u4e00-\u9fff]{1,8}?(?:中|当中)?[，,]?\s*(?:包括|包含|计有|分别是|分别为)\s*"
)
"""X批准的首批试点医院包括A、B: the verb qualifies a kind (…的N) whose members are listed after 包括; X supports
them (a short kind is already within the rule's tail gap; this reaches past a longer one). The kind may be
counted (教资会资助的8所大学，包括A、B: Hong Kong replies count the funded universities before naming them)."""
_BUILT_VERB = re.compile(r"(?:开设|设立|建设|组建|成立|建立|开发)了?(?:一个|一家|一所|一套)?(?:名为|名叫|称为)?")
"""The verb that sets up what the money pays for, with a count or a naming word before the name it takes."""
_PURPOSE_OPEN = re.compile(r"[，,]\s*(?:并)?(?:用作|用于|用以|用来)")
"""A comma and a purpose word (，用于…): the only clause break a funding act reaches past to what it builds."""
_BUILT_TYPES = frozenset({"Platform", "Lab", "ResearchInstitute", "Program"})
"""Kinds of body funding sets up and supports (SUPPORTS tails); a firm set up with the money is founded, not funded."""


def _built_with_funds(r: Rule, s: str, groups: list[list[M]], te: int, found: list[Pair]) -> list[Pair]:
    """X资助A、B共同组建Z / Y获X拨款，用作开设名为Z的平台: what the money sets up is supported too. The build
    verb must follow the funding in its own clause (past the funded bodies and the amount) or open the purpose
    clause after one comma (用作/用于…); the named platform, laboratory, institute or programme right after the
    verb is the one funded. Why: reports and Hong Kong answers name the funded body and then what it builds."""
    verb = _BUILT_VERB.search(s, te, min(len(s), te + 60))
    if verb is None:
        return []
    between = s[te : verb.start()]
    if _CLAUSE_BREAK.search(between):
        purpose = _PURPOSE_OPEN.search(between)
        if (
            purpose is None
            or _CLAUSE_BREAK.search(between, purpose.end())
            or _CLAUSE_BREAK.search(between, 0, purpose.start())
        ):
            return []
    built = [m for m in _group_after(s, groups, verb.end(), 2) if m.type in _BUILT_TYPES]
    heads = {h for h, _ in found}
    by_id = {m.eid: m for g in groups for m in g}
    return [
        (h, b.eid)
        for h in heads
        for b in built
        if h in by_id and h != b.eid and (h, b.eid) not in found and _fits(r, by_id[h].type, b.type)
    ]


def _apply(
    r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, te: int, has_policy: bool, genre: str = ""
) -> list[Pair]:
    """The (head, tail) pairs rule ``r`` reads at the trigger ts..te of ``s``: the checks every form of SUPPORTS
    shares, then the form's own reading (one function per form, so each form's exceptions stay together)."""
    form = r.form
    if r.relation == "SUPPORTS" and form in ("active", "with") and _asks_for(s, ts):
        return []  # X向Y寻求批准拨款, X申请资助: the subject asks for the support, it does not give it
    if r.relation == "SUPPORTS" and _denied(s, ts):
        return []  # X未批准Y的申请, Y未获X资助: the support is refused or absent
    if form == "active":
        return _active(r, s, ms, groups, ts, te)
    if form == "inverse":
        return _inverse(r, s, groups, ts, te)
    if form == "passive":
        return _passive(r, s, groups, ts, te)
    if form == "with":
        return _with(r, s, groups, ts, te)
    if form == "at":
        return _at(r, s, groups, ts, te)
    if form == "settles":
        if r.bare_object and _names_after(s, ms, te):
            return []
        return _settles(r, s, groups, ts, te)
    if form == "hosts":
        return _hosts(r, s, groups, ts, te)
    if form == "under":
        return _under(r, s, groups, ts, te)
    if form == "apposition":
        return _apposition(r, s, groups, ts, te)
    if form == "composed":
        hit = _marked(r, s, groups, ts, ("由",), 4)  # 由A、B组成X: the members follow 由, the whole follows the verb
        if hit is None:
            return []
        heads, split, _ = hit
        return _pairs(r, heads, _group_after(s, split, te, r.tail_gap), s)
    if form == "mutual":
        return _mutual(r, s, groups, ts, te)
    if form == "chosen":
        return _chosen(r, s, groups, ts, te)
    if form == "duty":
        if not has_policy:
            return []
        if s[ts:te] in ("请", "由"):
            heads = _group_after(s, groups, te, 2)
        else:
            heads = _subject_before(s, groups, ts, r.head_gap)
        if r.follow and heads and not any(w in s[heads[-1].end : heads[-1].end + 8] for w in r.follow):
            return []
        if heads and (
            (s[ts:te] == "由" and _serves_a_body(s, groups, heads[-1].end))
            or (s[ts:te] == "承担" and _group_after(s, groups, te, 0))
            or s.endswith("承担", 0, heads[0].start)
        ):
            return []  # 由X承担Y日常工作并负责…: X does the work of the office Y (relies.secretariat); Y is its object
        if heads and "的" in s[heads[-1].end : ts] and s[ts:te] not in ("请", "由"):
            return []  # X的重要职责…, X的有关同志负责…: the agency qualifies the subject, it is not the subject
        if heads and _GENERIC_SUBJECT.search(s[heads[-1].end : ts]):
            return []  # 国务院各有关部门要…: the subject is the departments, the name only qualifies them
            # (A、B等有关部门要… and A和相关部门要… keep A: a connector joins it to the subject)
        return [(m.eid, POLICY_VIRTUAL) for m in heads if _fits(r, m.type, "Policy")]
    if form == "cites":
        tails = _cited_titles(s, ms, te, r.tail_gap) or _group_after(s, groups, te, r.tail_gap)
        drafted = _drafted_after(s, groups, tails[-1].end if tails else te) if r.drafted else None
        if drafted is not None:
            # 根据《X》，本市制定了《Y》: Y cites X, whatever document says so
            return [(drafted.eid, m.eid) for m in tails if m.eid != drafted.eid and _fits(r, drafted.type, m.type)]
        if not has_policy or (r.genres and genre not in r.genres):
            return []
        return [(POLICY_VIRTUAL, m.eid) for m in tails if _fits(r, "Policy", m.type)]
    return []


def _active(r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X verb Y: the acting group before the trigger and the object after it; with ``carry``, the subject a
    zero-subject clause takes over the comma before it (X与Y签约，正式落户Z)."""
    if _PASSIVE_BEFORE.search(s, max(0, ts - 2), ts):
        return []  # X被认定为Y, X获认定: the subject undergoes the verb, it does not act
    heads = _subject_before(s, groups, ts, r.head_gap)
    if heads and _place_of_act(s, groups, heads):
        heads = []  # 双方将在南山区合资成立Y: the place after 在 is where the act happens, not who acts
    if r.carry and heads and s.startswith(CO_MARKERS, ts):
        heads = _topic_with_partner(s, groups, heads) + heads
    if heads and all(m.type == "Region" for m in heads) and _kind_after(s, heads[-1].end, ts):
        heads = []  # 内地企业联合香港高校…, 香港高校设立…: the kind acts, the place only says whose it is
    if heads and all(m.type == "Region" for m in heads) and _COUNCIL_AFTER_PLACE.fullmatch(s, heads[-1].end, ts):
        heads = []  # 东岭国家科学技术创新会议通过《Y》: the council named after the country acts, not the country
    if heads and _PEOPLE_OF.match(s, heads[-1].end):
        heads = []  # X大学校友创办了Y: the alumni found Y, not the university
    if r.carry and heads and _object_of_like_act(r, s, groups, heads, ts):
        heads = []  # X启动了A、制定了B: A is the object of the act before, the subject is carried over
    tails = _group_after(s, groups, te, r.tail_gap)
    if r.relation == "SUPPORTS" and tails and _KIND_THEN_MARKER.fullmatch(s, te, tails[0].start):
        tails = []  # 政府支持大学与医管局合作: what is backed is the kind's work with the body, not the body
    described = _KIND_BEFORE_BRAND.match(s, te) if r.relation == "DEVELOPED" and not tails else None
    if described is not None:
        tails = _group_after(s, groups, described.end(), 0)  # 研发的血液检测试剂盒「某某测」: the brand
    if r.relation == "SUPPORTS" and not tails:
        tails = _counted_members(s, groups, te)  # X资助八所大学，包括A和B: the members named
    if r.carry and not heads and s[te : te + 1] != "的":
        # X表示，去年发布的《Y》…: a verb before 的 qualifies a noun; only a clause's own verb carries a subject
        heads = _carried_heads(r, s, ms, groups, ts, tails)
    if r.pronoun:
        heads = _pronoun_referent(r, s, ms, ts, tails)  # 其研发的Y: the referent or no one
    elif not heads:
        heads = _own_body_subject(s, groups, ts) or _both_sides(s, groups, ts)
        # A集团董事长李某表示，集团去年投资了Y / A与B签署协议，双方将共建C
    if r.relation == "LOCATED_IN":
        tails = _innermost(s, groups, tails, len(s))  # 位于深圳盐田区: in the district
        owned = _group_after(s, groups, tails[-1].end + 1, 0) if tails and s.startswith("的", tails[-1].end) else []
        if owned and heads and all(m.type == "Park" for m in owned) and all(m.type in _PLACES for m in tails):
            tails = owned  # X总部位于沙田的香港科学园: the park is written as its district's; X lies in the park
        elif owned:
            return []  # X旗下位于Y的Z: the verb opens a relative clause about Z (located.sited's), not about X
    marker = _OBJECT_MARKER.search(s[: heads[0].start]) if heads else None
    copula = _COPULA.search(s[: heads[0].start]) if heads and r.relation == "SUPPORTS" else None
    if copula is not None and not tails and s[te : te + 1] in ("的", "") + tuple("院校大学机构医项计"):
        # A同为X资助院校, A是X资助的大学: the subject before the copula is the one supported
        tails = _group_before(s, groups, copula.start(), 2)
    elif marker is not None:
        # X向Y注资 / X对Y进行资助: the group after 向/对 is the object, the subject stands before it
        tails, heads = heads, _group_before(s, groups, marker.start(), 12)
        if tails and _FUNDED_KIND.match(s, tails[-1].end):
            tails = []  # 向教资会资助大学拨款: the funded universities receive it; the body only qualifies them
    elif s[ts:te] == "的":
        # A公司的B片和C公司的D片: the list after 的 ends before the next owner, whose 的 follows it
        tails = next((tails[:k] for k, m in enumerate(tails) if k and s.startswith("的", m.end)), tails)
    else:
        tails = _owned_object(r, s, groups, heads, tails)
    return _pairs(r, heads, tails + _strands(s, ms, tails), s)


def _counted_members(s: str, groups: list[list[M]], te: int) -> list[M]:
    """The bodies a counted or qualified kind right after the verb lists (X资助八所大学，包括A和B; X批准的首批试点
    医院包括A), or []. Why: the verb's object is the kind, and the bodies it stands for are named after 包括/即."""
    counted = _COUNTED_LIST.match(s, te) or _RELATIVE_LIST.match(s, te)
    if counted is None:
        return []
    members = _group_after(s, groups, counted.end(), 1)
    if members and s.startswith("的", members[-1].end):
        return []  # …的研究包括A的项目: A owns a member, it is not one
    return members


def _carried_heads(r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, tails: list[M]) -> list[M]:
    """The subject of a clause with none of its own before the verb at ``ts``: the body 其 stands for (X宣布，其位于
    Y的新厂房…), or the subject carried over the comma (X与Y签约，正式落户Z / X是…，去年已进驻Y). A joint verb
    (X与Y签约，联合举办Z) keeps the partner, unless the new body bears only one partner's name."""
    if s[ts - 1 : ts] == "其":
        return _pronoun_referent(r, s, ms, ts, tails)
    joint = s.startswith(CO_MARKERS, ts) or (r.relation in _JOINT_ACTS and _joint_clause_before(s, ts))
    heads = _carried_subject(s, groups, ts, partners=joint, acts=r.triggers)
    return _named_after_one(s, heads, tails) if joint else heads


def _inverse(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X包括A、B / X的合作伙伴包括A: the body written before the trigger is the tail, the bodies listed after it
    are the heads (a part, member or partner points at the whole it is named under)."""
    tails = _group_before(s, groups, ts, r.head_gap)
    if (
        tails
        and r.relation != "COOPERATES_WITH"  # (与X合作的企业包括A: the relative verb is the partnership itself)
        and _RELATIVE_VERB.match(s, tails[-1].end, ts + 1 if s.startswith("的", ts) else ts)
    ):
        tails = []  # X资助的大学包括A (的 may open the trigger: X支持的企业包括): the body funds the subject
    if tails and r.relation == "PART_OF" and _PARTNER_NOUN.match(s, tails[-1].end, ts):
        tails = []  # X的合作伙伴包括A: the list names X's partners, not its parts
    if not tails:
        tails = _own_body_subject(s, groups, ts)  # A集团董事长李某说，集团旗下的Y…
    if not tails and r.relation in ("MEMBER_OF", "PART_OF") and _NAMES_MEMBERS.match(s, ts):
        tails = _body_just_set_up(s, groups, ts)  # 成立X领导小组，成员单位包括A、B
    carried = _CARRIED.search(s, 0, ts) if not tails and _OWNING.match(s, ts) else None
    if carried is not None:
        tails = _topic_subject(s, groups, carried.start())  # X是法定机构，辖下有A及B
    heads = _group_after(s, groups, te, r.tail_gap) or _listed_after_colon(s, groups, te)
    if not heads and r.relation == "PART_OF" and _OWNING.match(s, ts):
        counted = _COUNTED_LIST.match(s, te + 1 if s.startswith("的", te) else te)
        if counted is not None:
            # 医管局辖下多间医院，包括A、B / X旗下的三家公司（即A、B、C）: the units are counted as a kind
            # first and named after 包括/即
            heads = _group_after(s, groups, counted.end(), 1)
    if r.relation == "LOCATED_IN" and heads and s[ts:te].endswith("以"):
        heads = heads + _layout_wings(s, groups, heads[-1].end)  # 以X为核心，A、B同步发展: A and B lie there too
    if not heads and r.relation == "MEMBER_OF" and _NAMES_MEMBERS.match(s, ts):
        counted = _MEMBERS_COUNTED.match(s, te)
        if counted is not None:
            # X联盟现有成员单位30家，包括A、B: the members are counted first and named after 包括
            heads = _group_after(s, groups, counted.end(), 1)
    tails, heads = _one_owner_each(r, s, tails, heads)
    if r.adjacent:
        # 光明科学城的A、B和C: a list the place's 的 governs is in the place; a partner after 与 is not
        if r.relation == "LOCATED_IN" and _plain_list(s, heads):
            tails = tails[-1:]
        else:
            tails, heads = tails[-1:], _units_listed(s, heads) if s[ts:te] == "的" else heads[:1]
    if r.relation == "PART_OF":
        heads = _before_partner(s, heads)
        # 白石角地区（当中包括科学园）: a park or a body inside a place lies in it (LOCATED_IN's concern);
        # only places are parts of a place (大湾区包括香港、澳门)
        tails = [m for m in tails if m.type != "Region" or all(h.type == "Region" for h in heads)]
        # and a place is a part only of a place (中国科学院下设上海分院和广州分院: 广州 left over from a unit's
        # name is not a part of the academy)
        heads = [h for h in heads if h.type != "Region" or all(t.type in _PLACES for t in tails)]
        if heads and tails and all(m.type == "Region" for m in heads + tails):
            heads = _places_run(s, groups, heads)  # X包括A、B两个特别行政区和C、D等9个城市
            heads = _spelled_out_places(s, groups, heads)[0]  # X包括A和珠三角9市（广州…）
        # and a plan or scheme has only strands for parts (X计划包括A、B两个子计划): what a plan includes
        # besides (白石角发展计划（包括科学园）) is the ground or the bodies it covers, not a part of it
        heads = [h for h in heads if h.type in _PLAN_PARTS or all(t.type not in _PLANS for t in tails)]
        if _RELATIVE_PLACE.match(s, te):
            heads = [h for h in heads if h.type not in _PLACES]  # X旗下位于Y的Z: Y says where Z is
        if tails and all(t.type == "Park" for t in tails) and not any(h.type in _PLACES for h in heads):
            tails = []  # 入驻科学园的企业包括A: a firm a park holds is in it (LOCATED_IN), not a unit of it
    return _pairs(r, heads, tails, s)


_CORE_CLOSE = re.compile(r"\s*为(?:核心|龙头|引领|中心|主体|主轴)\s*[，,、]\s*(?:以)?\s*")
"""What closes the core of a layout (以X为核心，) and opens the list of the other parts of the same layout."""
_WINGS_CLOSE = re.compile(
    r"\s*(?:等)?\s*(?:(?:同步|协同|联动|错位|融合|竞相|特色|差异化)发展|为(?:支撑|两翼|节点|补充|延伸|重要支撑))"
)
"""What closes the other parts of a layout: they develop alongside the core (同步发展, 协同发展) or serve as its
supports, wings or nodes (为支撑, 为两翼, 为节点)."""


def _layout_wings(s: str, groups: list[list[M]], core_end: int) -> list[M]:
    """The bodies a layout sets beside its core (PLACE建设以X为核心，A、B同步发展的格局; 以X为核心、A和B为支撑): they
    lie in the place as the core does. Why: plans lay out a city's or a district's parks as one core and several
    centres; the place that builds the layout holds each of them. Only a list closed by a word that makes it the
    layout's other parts counts (以X为核心，推动A、B…: A and B are then objects of another verb)."""
    opened = _CORE_CLOSE.match(s, core_end)
    if opened is None:
        return []
    wings = _group_after(s, groups, opened.end(), 0)
    if not wings or wings[0].start != opened.end() or not _WINGS_CLOSE.match(s, wings[-1].end):
        return []
    return wings


_PARTNER_JOIN = re.compile(r"与|同|跟")
"""A connector inside a group that names partners (A与B、C): what follows it are A's partners, not A's co-members."""


_PLACES_BRACKET = re.compile(
    r"\s*(?P<count>(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(?:城市|地市|市|地区|省|区|县|国|地))?\s*[（(]"
    r"\s*(?:即|包括)?\s*"
)
"""What opens the bracket that spells out the last place of a list (珠三角9市（广州、深圳…）, 京津冀三地（…）)."""
_PLACES_COUNT = re.compile(
    r"\s*(?:等)?\s*(?:(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个|座)?)?\s*(?:城市|地市|市|地区|省|省份|区|县|国家|地)?\s*"
    r"(?:共同|联合)?\s*"
)
"""What may stand between a list of places and the verb that says they make up a region: a count of them only
(由A、B等26个城市组成); anything else (由A、B两地的学者组成) makes the places qualifiers of what composes it."""


_COUNTED_KIND_THEN = re.compile(
    r"\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*个?\s*(?:特别行政区|直辖市|自治区|城市|地市|市|省|区|县|国家|国)"
    r"\s*(?:和|及|以及|、)\s*(?P<prov>[\u4e00-\u9fff]{2,3}省)?"
)
"""A list of places broken by a count of the kind before it (香港、澳门两个特别行政区和广州、深圳…, 北京、天津两市和
河北省): the list goes on after the connector, a province written before its first city included."""


def _places_run(s: str, groups: list[list[M]], heads: list[M]) -> list[M]:
    """The list of places ``heads`` opens, carried past counts of their kind (A、B两个特别行政区和C、D等9个城市)
    and into the places a province's 的 governs (A及广东省的C、D)."""
    out = list(heads)
    while out and out[-1].type == "Region":
        if s.startswith("的", out[-1].end):
            # A、B及广东省的广州、深圳…九个城市: the province only says where the cities after its 的 are
            owned = _group_after(s, groups, out[-1].end + 1, 0)
            if len(owned) < 2 or any(m.type != "Region" for m in owned):
                break
            out = out[:-1] + owned
            continue
        gap = _COUNTED_KIND_THEN.match(s, out[-1].end)
        if gap is None:
            break
        more = _group_after(s, groups, gap.start("prov"), 0) if gap.group("prov") else []
        more = more or _group_after(s, groups, gap.end(), 0)  # 和河北省 is a member; 和广东省广州市 places 广州
        if not more or any(m.type != "Region" for m in more):
            break
        out += more
    return out


def _spelled_out_places(s: str, groups: list[list[M]], heads: list[M]) -> tuple[list[M], int]:
    """``heads`` with the places a bracket right after the last one lists (珠三角9市（广州、深圳…）), and the end of
    the list. Why: the bracket names what the item stands for, so a list that includes the item includes each
    place in it (东岭湾区包括南湖、北辰和沿江5市（江城…）: 江城 is part of the bay area too); when a count stands
    before the bracket, the item is the counted cities, not the region they are named after, which goes."""
    last = heads[-1]
    opened = _PLACES_BRACKET.match(s, last.end)
    if opened is None:
        return heads, last.end
    inner = _group_after(s, groups, opened.end(), 0)
    if len(inner) < 2 or any(m.type != "Region" for m in inner):
        return heads, last.end
    close = re.match(r"\s*[）)]", s[inner[-1].end :])
    if close is None:
        return heads, last.end
    kept = heads[:-1] if opened.group("count") else heads
    return kept + inner, inner[-1].end + close.end()


def _places_making_up(s: str, groups: list[list[M]], heads: list[M], tails: list[M], mpos: int, ts: int) -> list[M]:
    """X由A、B（等N个城市）组成, X a place: the places listed and those a bracket spells out, when nothing but their
    count stands before the verb and the place is the subject right before 由 (长三角城市群由…, not
    长三角城市群的专家委员会由…); else []."""
    if not heads or not tails or any(m.type != "Region" for m in heads + tails):
        return []
    if "的" in s[tails[-1].end : mpos]:
        return []  # X的Y由A、B…组成: Y (a body of the place) is composed, not the place
    heads, close = _spelled_out_places(s, groups, _places_run(s, groups, heads))
    if not _PLACES_COUNT.fullmatch(s, close, ts):
        return []
    return heads


_COUNT_BEFORE = re.compile(r"(?:等)?\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*$")
"""The count before a kind of place (等11个城市, 3个地区): what makes the trigger a count of the list before it."""
_PILOT = "试点"
"""What a pilot's name says it is (…集中采购和使用试点, …改革试点): the programme places are picked for."""


def _chosen(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """选择A、B等N个城市…Y试点 / N个试点城市（A、B…）: the places a plan picks, counted by the trigger, take part in
    the pilot the sentence names. Why: a pilot plan names its sites as a counted list after a verb of choosing
    (or spells the counted sites out in brackets) and names the pilot in the same sentence, often clauses
    later (选择…11个城市，从…中遴选试点品种，国家组织…试点); a count of places with no verb of choosing (北京、上海等
    5个城市的医院) only sets a scope, and a programme that is not a pilot is not what places are picked for."""
    count = _COUNT_BEFORE.search(s, max(0, ts - 8), ts)
    if count is None:
        return []
    places = _group_before(s, groups, count.start(), 0)
    chosen = places and any(s.endswith(mk, 0, places[0].start) for mk in r.markers)
    if not chosen and _PILOT in s[ts:te]:
        bracket = re.match(r"\s*[（(]", s[te:])
        places = _group_after(s, groups, te + bracket.end(), 0) if bracket else []
        chosen = bool(places) and re.match(r"\s*[）)]", s[places[-1].end :]) is not None
    if not chosen or any(m.type != "Region" for m in places):
        return []
    pilots = [m for g in groups for m in g if m.type == "Program" and _PILOT in s[m.start : m.end]]
    later = [m for m in pilots if m.start >= places[-1].end]
    pilot = later[:1] or pilots[-1:]
    return _pairs(r, places, pilot, s)


def _mutual(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """A、B共同…/A、B签约: the bodies listed before the trigger act with one another, each pair once."""
    if _COUNTED_AFTER.match(s, te):
        return []  # 上海、江苏、浙江四地的63家机构: the places are counted as a scope, not said to act together
    if s[ts:te] in CO_MARKERS and _CO_NOUN.match(s, te):
        return []  # A、B合作平台, 东岭、南湖合作区: the co-marker heads a noun naming a kind of thing; no one acts
    if s[ts:te].endswith("地") and _places_own_noun(s, te):
        return []  # 粤港澳三地科研资源互补: the places own the noun after them; nothing says they act together
    grp = _group_before(s, groups, ts, r.head_gap)
    if s[ts:te] == "合作" and any(_PARTNER_JOIN.search(s, a.end, b.start) for a, b in zip(grp, grp[1:])):
        return []  # 广州与香港、澳门合作: 香港 and 澳门 are 广州's partners, not each other's (cooperates.with)
    if grp and s.startswith("的", grp[0].start - 1):
        owner = _group_before(s, groups, grp[0].start - 1, 0)
        if owner and _PARTNER_MARK.search(s, 0, owner[-1].start):
            return []  # 与A的B及C签署: B and C are the partners of the subject, not parties to each other
    if grp and _EACH.search(s, grp[-1].end, ts):
        return []  # A、B分别与企业签约: each signs on its own
    if grp and s[ts:te].endswith("地") and re.search(r"(?:在|于)\s*$", s[: grp[0].start]):
        return []  # X在张江、临港两地设有研发中心: the places after 在 are sites, not parties
    if grp and (s[grp[-1].end : ts].rstrip().endswith("、") or _PARTNER_MARK.search(s, 0, grp[0].start)):
        # A、B、联合采购办公室: 联合 opens the next item; X联合A、B共同…: A and B are X's partners, and
        # the sentence says X acts with each of them, not that they act with one another
        return []
    if any(m.type == "Region" and _kind_after(s, m.end, ts) and _PARTNER_MARK.search(s, 0, m.start) for m in grp[1:]):
        return []  # A、B与内地高校联合培养: A and B each work with a kind of partner, not with each other
    members = [m for m in grp if _fits(r, m.type, m.type) and not (m.type == "Region" and _kind_after(s, m.end, ts))]
    # X与香港高校开展联合攻关: the kind after the place is the partner (as in the with form), not the place
    return [(members[a].eid, members[b].eid) for a in range(len(members)) for b in range(a + 1, len(members))]


_TITLE_LINK = re.compile(r"\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:、|和|与|及|以及|或)?\s*(?=《)")
"""Between two cited titles: a connector or nothing, maybe after the first title's document number
(《A》（国发〔2018〕25号）和《B》, 《A》《B》等法律法规)."""


def _cited_titles(s: str, ms: list[M], pos: int, max_gap: int) -> list[M]:
    """The policies named in the titles cited after a trigger (按照《A》和《B》), one per 《…》 counted with its
    nesting. Why: a cited issuing notice (《X办公厅印发〈Y〉的通知》) is often kept as the inner title Y, so the
    mentions right after the trigger are the issuers inside the outer title, and a list of mentions stops there."""
    k = s.find("《", pos, pos + max_gap + 1)
    if k < 0 or _CLAUSE_BREAK.search(s, pos, k):
        return []
    out: list[M] = []
    while k >= 0:
        depth, close = 0, -1
        for i in range(k, len(s)):
            depth += {"《": 1, "》": -1}.get(s[i], 0)
            if depth == 0:
                close = i
                break
        if close < 0:
            break
        inside = [m for m in ms if k <= m.start and m.end <= close + 1 and m.type == "Policy"]
        if inside:
            out.append(max(inside, key=lambda m: m.end - m.start))  # the outer title when it is its own entity
        link = _TITLE_LINK.match(s, close + 1)
        k = link.end() if link else -1
    return out


def _serves_a_body(s: str, groups: list[list[M]], pos: int) -> bool:
    """承担 right after the actor and a body right after it (由X承担Y日常工作): X serves Y."""
    return s.startswith("承担", pos) and bool(_group_after(s, groups, pos + 2, 0))


_DRAFTING = re.compile(r"(?:制定|制订|印发|出台|发布|修订|编制)了?")


def _drafted_after(s: str, groups: list[list[M]], pos: int) -> M | None:
    """A policy drafted later in the same sentence (…制定了《Y》)."""
    inside = [(x.start, x.end) for g in groups for x in g]
    m = _DRAFTING.search(s, pos)
    while m is not None and (
        any(a <= m.start() < b for a, b in inside) or s.count("《", 0, m.start()) > s.count("》", 0, m.start())
    ):
        m = _DRAFTING.search(s, m.end())  # 印发 inside a title (《X印发〈Y〉的通知》) drafts nothing here
    if m is None:
        return None
    after = _group_after(s, groups, m.end(), 2)
    return next((x for x in after if x.type == "Policy"), None)


_OWNER_ASIDE = re.compile(r"[（(][^（）()，,。；;]{1,24}[）)]")
"""A bracketed aside after an owner's name (其前身、原名: A公司（原B公司）的C): the owner's 的 follows it."""
_OWNED_KIND = re.compile(r"的(?:[1一二三]类)?(?:创新药|新药|药品|产品|口服药|抗癌药|疫苗|医疗器械)?[“「『\"《]?")
"""A的B or A的创新药B: the owner's 的, with the kind of product the owned thing is written before its name (and
the quote or title mark that opens it: 参与X局的“Y计划”)."""


def _owned_object(r: Rule, s: str, groups: list[list[M]], heads: list[M], tails: list[M]) -> list[M]:
    """X批准A公司的B药上市 / X资助A大学的B实验室: when the object is written as its owner's (A的B, A的创新药B)
    and the rule can link the subject to B, B is what the verb acts on; A only says whose it is."""
    if not tails:
        return tails
    aside = _OWNER_ASIDE.match(s, tails[-1].end)  # A公司（原B公司）的C片: the former name only glosses the owner
    of = _OWNED_KIND.match(s, aside.end() if aside else tails[-1].end)
    if of is None:
        return tails
    owned = _group_after(s, groups, of.end(), 0)
    if owned and any(_fits(r, h.type, m.type) for h in heads for m in owned):
        return owned
    return tails


def _fits(r: Rule, head_type: str, tail_type: str) -> bool:
    """The rule's own type lists read the sentence's order; the ontology reads the relation emitted, which a
    ``swap`` rule turns round (X联盟主席Y: the association comes first, the person is the member)."""
    if r.head_types is not None and head_type not in r.head_types:
        return False
    if r.tail_types is not None and tail_type not in r.tail_types:
        return False
    return allows(r.relation, tail_type, head_type) if r.swap else allows(r.relation, head_type, tail_type)


_OWNER_OF_UNNAMED = re.compile(r"各?(?:有关|相关)(?:部门|单位|机构|方面)")
"""国务院有关部门, 省相关单位: a body written flush before 有关部门 only says whose departments they are."""


_SET_UP_VERB = re.compile(r"(?:成立|组建|设立|建立|组成)(?:了)?$")
"""A verb of setting up right before a body: the body is new, and the next clause may list its members."""
_MEMBERS_COUNTED = re.compile(
    r"\s*(?:有|现有|共|共有|达|已达|超过|逾)?\s*(?:[0-9]+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:家|个|所|名|间)"
    r"[\u4e00-\u9fff]{0,6}?(?:[，,]\s*|[（(])(?:包括|其中包括|当中包括|即|例如)\s*"
)
"""成员单位30家，包括A / 会员逾百间（包括A）: a count of the members between the word that names them and the list."""
_NAMES_MEMBERS = re.compile(r"(?:成员|会员|下设|下辖|辖下|旗下|属下)")
"""Trigger words that say what they list (members, units); a bare 包括 opening a clause (包括A在内的…) does not."""


def _body_just_set_up(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """成立X工作小组，成员单位包括A、B: the body set up at the end of the clause before, when the trigger opens
    its own clause right after the comma. Why: a plan sets up a group and names its members or units in the
    next clause with no subject of its own; the group just set up is what that clause is about."""
    if ts < 1 or s[ts - 1] not in "，,":
        return []
    for g in groups:
        if g[-1].end == ts - 1 and len(g) == 1 and _SET_UP_VERB.search(s, 0, g[0].start):
            return g
    return []


def _units_listed(s: str, heads: list[M]) -> list[M]:
    """X的A、B和C: the run of units after the owner's 的, of the first one's kind, joined by 、/和/及.

    Why: one owner's 的 governs the whole list of its units (医院管理局的A委员会及B委员会); a member joined by
    与/同 (X的A与Y医院签约) or of another kind (X的A委员会及Y医院均有参与) is a partner or another actor."""
    out = heads[:1]
    for prev, m in zip(heads, heads[1:]):
        if s[prev.end : m.start] not in ("、", "和", "及", "以及") or m.type != heads[0].type:
            break
        out.append(m)
    return out


def _pairs(r: Rule, heads: list[M], tails: list[M], s: str = "") -> list[Pair]:
    if s and r.relation == "COOPERATES_WITH":
        # X会同国务院有关部门: the partner is the unnamed departments, not the State Council itself
        heads = [m for m in heads if not _OWNER_OF_UNNAMED.match(s, m.end)]
        tails = [m for m in tails if not _OWNER_OF_UNNAMED.match(s, m.end)]
    if s and len(heads) == len(tails) > 1 and _respectively(s, heads, tails):
        # A和B分别是C和D的…: each member goes with the member of the same rank in the other list
        return [(h.eid, t.eid) for h, t in zip(heads, tails) if h.eid != t.eid and _fits(r, h.type, t.type)]
    return [(h.eid, t.eid) for h in heads for t in tails if h.eid != t.eid and _fits(r, h.type, t.type)]


def _respectively(s: str, a: list[M], b: list[M]) -> bool:
    """分别/各自 between two lists of the same length pairs them by rank."""
    first, second = (a, b) if a[0].start < b[0].start else (b, a)
    between = s[first[-1].end : second[0].start]
    return "分别" in between or "各自" in between


_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]{1,4}|首)[届次期]")
"""An edition number before an event's name (第五届, 首届, 第3期): names leave it out, so it stands between 的 and
the name without being words of its own."""


def _second_actor(r: Rule, s: str, groups: list[list[M]], close: int, ts: int) -> list[M]:
    """Y由A主办，B承办 / 由A主办、B承办的Y: a second actor and verb of the same rule right after the first
    (only a comma or 、 between them) take part in the same frame: B, written right before this trigger."""
    idx = _index_before(groups, ts)
    if idx is None or groups[idx][-1].end != ts or groups[idx][0].start <= close:
        return []
    between = s[close : groups[idx][0].start]
    if not any(between[: len(t)] == t and between[len(t) :] in ("，", "、", ",") for t in r.triggers):
        return []
    return list(groups[idx])


_SCHEME_GAP = re.compile(r"的?[“「『\"]?")


def _scheme_of(s: str, groups: list[list[M]], heads: list[M], ts: int) -> list[M]:
    """获X「Y计划」资助: the programme written right after the body that runs it funds the subject as well."""
    nxt = _group_after(s, groups, heads[-1].end, 2)
    if not nxt or nxt[-1].end > ts or any(m.type != "Program" for m in nxt):
        return []
    gap = _SCHEME_GAP.match(s, heads[-1].end)
    return nxt if gap is not None and gap.end() == nxt[0].start else []


def _passive(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """marker HEAD … trigger: the tail is the subject before the marker or the group after 的."""
    window = s[max(0, ts - r.head_gap - 20) : ts]
    for mk in r.markers:
        k = window.rfind(mk)
        if k < 0:
            continue
        mpos = max(0, ts - r.head_gap - 20) + k
        heads = _group_after(s, groups, mpos + len(mk), 2)
        if not heads or heads[-1].end > ts:
            continue
        heads = _person_of_affiliation(s, groups, heads, ts)
        if r.relation == "SUPPORTS":
            heads = heads + _scheme_of(s, groups, heads, ts)
        if r.adjacent and s[heads[-1].end : ts].strip():
            continue  # Y是X工作的组成部分: the whole must be named right before the trigger, not qualify a noun
        if _PEOPLE_OF.match(s, heads[-1].end):
            continue  # 由X大学校友创办: the body's people act, not the body
        close = heads[-1].end
        if r.follow:
            word = next((w for w in r.follow if s.startswith(w, close)), None)
            if word is None:
                continue  # 以X为核心建设Y: only the words the rule names (以X为依托) close its frame
            close += len(word)
        second = _second_actor(r, s, groups, close, ts)
        if second:
            heads, close = heads + second, ts  # Y由A主办，B承办: B's verb shares A's frame and A's object
        led = _LEADS.match(s, close)
        between = s[led.end() if led else close : ts]
        if led and r.relation == "FOUNDED":
            heads = heads + _led_partners(s, groups, led.end(), ts)  # Y由X牵头，与A、B共建: A and B build Y too
        if led and r.relation == "MEMBER_OF":
            heads = heads + _joined_after_leader(s, groups, led.end(), ts)  # Y由X牵头，A、B等部门参加
        if (_SENTENCE_BREAK if r.swap else _CLAUSE_BREAK).search(between):
            # 经国务院同意，现印发: the agency agreed; the verb after the comma is someone else's
            # (依托X，本市成立了Y is the exception: what is built on X may be named after the comma)
            continue
        if r.swap and _CLAUSE_BREAK.search(s[close:ts]) and not _CLAUSE_BREAK.match(s, close):
            # 依托X，…成立了Y carries over the comma; 依托X开展培训，…成立了Y does not: the 依托 clause has a verb
            # of its own, and what is founded after the comma is not said to be built on X
            continue
        if mk == "由" and _OBJECT_AFTER.match(s, te):
            continue  # 由X资助病人购买药物: X funds the object after the verb, not the subject before 由
        tails = []
        if s[te : te + 1] == "的":
            ordinal = _ORDINAL.match(s, te + 1)  # 由X主办的第五届Y: the edition number is not a gap
            tails = _group_after(s, groups, ordinal.end() if ordinal else te + 1, 2)
        elif r.swap and not _CLAUSE_BREAK.search(s[close:ts]):
            # 依托X建设Y / 依托X组建了Y: the object of the founding verb is what is built on X, not the subject
            # of the clause before (鼓励A、B共同参与…，依托X建设Y: A and B do not rely on X)
            tails = [m for m in _group_after(s, groups, te, 1) if m.type != "Region"]  # 建设浙江国际…基地: a place
            # opening an unrecognised name is not what is built
        if not tails:
            tails = _group_before(s, groups, mpos, 12)
            if r.swap and all(m.type == "Region" for m in tails):
                tails = []  # 苏州以X为依托，组建了Y: the city builds; what is built on X is named after the verb
            if mk in ("（", "(") and s[mpos - 1 : mpos] == "》":
                # 《A》和《B》（国办发〔2017〕67号）: a document number in brackets belongs to the title it follows
                tails = tails[-1:]
        if tails and _PEOPLE_OF.match(s, tails[-1].end):
            tails = []  # 中大初创研发…获X批准: the start-up is approved, not the university it came from
        if not tails and s[te : te + 1] != "的":
            tails = _topic_before(s, groups, mpos)  # 由X创立的Y names its own object after 的
        if not tails and mk not in ("（", "("):
            tails = _owner_of_note(s, groups, mpos)  # X（英文名，现已被Y收购）: the note speaks of X
        if not tails and r.swap:
            tails = [m for m in _group_after(s, groups, te, r.tail_gap) if m.type != "Region"]  # 依托X，本市成立了Y
        if not tails and mk in _RECEIVING:
            bare = _BARE_PASSIVE_CLAUSE.search(s, 0, mpos)
            if bare is not None:
                tails = _announcer_of_chain(s, groups, bare.start())  # X宣布，公司获政府委托…
        if r.relation == "PART_OF" and all(m.type == "Region" for m in heads):
            heads = _places_making_up(s, groups, heads, tails, mpos, ts)  # X城市群由A、B等N个城市组成
        return _pairs(r, heads, tails, s)
    return []


_APPOS_OPEN = re.compile(r"(?:[（(]|[，,])\s*(?:即|为|是|系|现为|现已成为|现属)?\s*$")
"""What opens a role phrase set beside a name: a bracket (X（Y的子公司）, X（现为Y的附属医院）) or a comma, alone or
with 即 (X，即Y的直属单位, X，Y旗下的创新药企业，…)."""
_APPOS_CLOSE = re.compile(r"\s*(?:[）)]|[，,；;。]|$)")
_KIND_THEN_CLOSE = re.compile(r"[^，,；;。、（）()的]{1,8}?(?:企业|公司|机构|单位|医院)\s*(?P<c>[）)]|[，,；;。]|$)")
_APPOS_LEAD = re.compile(
    r"(?:^|[，,；;：:])\s*(?:作为|身为)?\s*$"
    r"|(?:^|[，,；;：:])[^，,；;：:是为系与和同]{1,20}的[^，,；;：:是为系与和同]{1,8}、\s*$"
)
"""What may stand before a role phrase that opens its clause (Y的教学医院，X): nothing, 作为, or other
descriptions of the same thing listed with 、 (九龙东的重点医院、Y的教学医院，X)."""
_APPOS_MORE = re.compile(r"(?:、[^，,；;：:是为系与和同、]{1,20}的[^，,；;：:是为系与和同、]{1,8})+(?=[，,])")
"""Other descriptions of the same thing listed with 、 after a role phrase, up to the comma before the name
(九龙东的龙头医院、Y的教学医院，X): the first phrase describes X as well."""


def _apposition(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[tuple[str, str]]:
    """A role phrase with no verb beside a name: X（Y的全资附属公司）, X，即Y的直属单位 (the phrase after the name),
    Y的教学医院，X (the phrase before it, opening its clause) and Y的全资子公司X (the name right after it).
    Why: news and replies name a body's parent or school this way, and no verb rule sees a relation in a
    bracket or across a comma with no verb.

    The owner Y must touch the trigger; the named X must touch the bracket or the comma, so a phrase that only
    qualifies a noun (X（Y的子公司的员工）, A是Y的教学医院，B则…) states nothing."""
    owner = _group_before(s, groups, ts, 0)
    if not owner:
        return []
    y = owner[-1]
    if s[y.end : ts].strip():
        return []
    opened = _APPOS_OPEN.search(s, 0, y.start)
    x = _group_before(s, groups, opened.start(), 0) if opened is not None else []
    if opened is not None and x and not s[x[-1].end : opened.start()].strip():
        bracket = opened.group().lstrip().startswith(("（", "("))
        close = _APPOS_CLOSE.match(s, te)
        if close is None and s[te - 1] == "的":
            close = _KIND_THEN_CLOSE.match(s, te)  # X（Y旗下的创新药企业）: a kind word may follow 旗下的
        if close is None or bracket != (close.group().strip()[-1:] in ("）", ")")):
            return []  # X（Y的子公司员工）: the role phrase qualifies a further noun
        return _pairs(r, x[-1:], [y], s)
    # 据悉，Y的控股子公司X…: a comma with no name before it opens a clause, not an apposition
    named = _group_after(s, groups, te, 0)
    if named and named[0].start == te:
        return _pairs(r, named[:1], [y], s)  # Y的全资子公司X, Y的教学医院X: the role word joins the two names
    more = _APPOS_MORE.match(s, te)
    te = more.end() if more else te  # Y的龙头医院、Z的教学医院，X: further descriptions of X before the comma
    if s[te : te + 1] not in ("，", ","):
        return []
    if not _APPOS_LEAD.search(s, 0, y.start):
        return []  # A是Y的教学医院，B…: a predicate, and the name after the comma opens a new clause
    x = _group_after(s, groups, te + 1, 0)
    if not x:
        return []
    return _pairs(r, x[:1], [y], s)


def _person_of_affiliation(s: str, groups: list[list[M]], heads: list[M], ts: int) -> list[M]:
    """由南湖大学教授王某创办: a body, a person's title and the person's name after 由 name one agent, the person;
    the body only says where the person works (the professor founds the firm, not the university)."""
    nxt = _group_after(s, groups, heads[-1].end, 20)
    if not nxt or nxt[-1].end > ts or any(m.type != "Person" for m in nxt):
        return heads
    gap = s[heads[-1].end : nxt[0].start]
    title = max((t for t in _TITLES if gap.endswith(t)), key=len, default=None)  # 副教授, not 教授
    if title is None:
        return heads
    unit = gap[: -len(title)].removesuffix("副")  # 副教授 where only 教授 is a title of the table
    return nxt if not unit or _DEPARTMENT.fullmatch(unit) else heads


_TITLES = frozenset(PERSON_TITLES)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff及和]{1,12}?(?:学系|系|科|学部|研究所|研究中心|中心)")
"""A department written between a body and a person's title (中大医学院内科及药物治疗学系教授王某): the person still
works for the body, and acts on their own account."""


_COUNTED_AFTER = re.compile(
    r"(?:的|共|共有|合计)?(?:约|近|超过)?[\d一二三四五六七八九十百千几多]+(?:余)?[家所个项名位间座]"
)
"""A count right after 两地/四地 (四地的63家高校): the places only delimit what is counted."""


_PEOPLE_OF = re.compile(r"(?:的)?(?:校友|毕业生|学生|前员工|初创企业|初创公司|初创|衍生企业|衍生公司|孵化企业)")
"""People who came from a body, written right after it (由X大学校友创办, X大学毕业生创立的Y), and the start-ups it
spun off (中大初创研发…获批准): they act on their own account, not for the body (a body's staff or team acting
for it is the body's act)."""
_RECEIVING = ("获", "获得", "得到", "受")
_BARE_PASSIVE_CLAUSE = re.compile(r"[，,]\s*(?:本|该)?(?:公司|集团)?\s*(?:已|亦|也|并|已经|早前|去年|今年)?\s*$")
"""…，公司已获X批准 / …，已获X委托: a clause whose subject is the announcing firm, left unnamed or called 公司."""
_OBJECT_AFTER = re.compile(r"[\u4e00-\u9fff](?<![的和及与并下于在至成了])")
"""A character right after a verb that neither ties it to a noun (的), joins another verb (和, 并, 成立), nor opens
a time or a place (于, 在): the verb takes an object of its own (由X资助病人购买药物)."""
_LEAD_VERB = r"(?:牵头|领衔|带头|主导)"
_LEADS = re.compile(rf"\s*{_LEAD_VERB}\s*[，,]")
"""由X牵头，联合A、B共同组建的Y: X leads the act that the clause after the comma names."""
_LED = re.compile(rf"^\s*{_LEAD_VERB}\s*[，,]\s*$")
"""X牵头，联合Y / X牵头，制定Z: the leader is the subject of the verb after the comma that closes 牵头."""
_LEADS_IN = re.compile(rf"^\s*{_LEAD_VERB}\s*[，,]\s*(?:联合|会同|联同|携手)\s*$")
"""X牵头，联合A、B组建Y: the leader and the partners it brings in act together, across the comma after 牵头."""
_TOPIC_LINK = re.compile(r"[，,]\s*(?:并|并且|亦|就|也|均|都|则|正)?(?:将|会)?是?$")
_TIME_LEAD = re.compile(r"^(?:[^，,。；;]{0,12}[年月日]|例如|比如|其中|此外|同时)?[，,]?")


_HOSTED_AT = re.compile(r"(?:设在|设于|挂靠|挂靠在)\s*$")
"""Y办公室设在Z: the body after the verb hosts the topic (relies.hosted); it is not what the clause is about."""


def _topic_before(s: str, groups: list[list[M]], mpos: int) -> list[M]:
    """The topic a 由-clause comments on across one comma (Y，就是由X研发 / Y前身是…，由X创立): the group
    closing the clause before the comma, else the group opening that clause."""
    link = _TOPIC_LINK.search(s, 0, mpos)
    if link is None:
        return []
    comma = link.start()
    closing = _group_before(s, groups, comma, len(s[:comma]) - len(s[:comma].rstrip('”」』"')))
    located = (
        _PLACE_MARKER.search(s, 0, closing[0].start) or _PLACE_OF_MARKER.search(s, 0, closing[0].start)
        if closing
        else None
    )
    if closing and _HOSTED_AT.search(s, 0, closing[0].start):
        return _clause_subject(s, groups, comma)  # Y办公室设在Z，由A、B派员参加: Z hosts the topic, Y opens the clause
    if closing and not (all(m.type in _PLACES for m in closing) and located):
        return closing  # Y位于Z，由X组建: a place after 位于 is where the topic is, the topic opens the clause
    return _clause_subject(s, groups, comma) or _unspoken(s, _chain_subject(s, groups, comma))
    # Y于去年揭牌，位于Z，由A与B共建 / Y…，是一家新型研发机构，由A共建: a clause of place or a 是-clause has
    # no subject of its own; the chain's topic, Y, is what the 由-clause speaks of


_SPEECH_END = re.compile(r"[^，,。；;]*?(?:表示|指出|认为|称|说|介绍|透露|宣布|强调)\s*[，,：:]")


def _unspoken(s: str, subject: list[M]) -> list[M]:
    """The subject of a chain, unless its clause only says who speaks (X表示，位于Z的实验室，由Y共建): what the
    speaker says is about another body, so the speaker is no topic for the clauses after the comma."""
    return [] if subject and _SPEECH_END.match(s, subject[-1].end) else subject


_LED_PARTNER_MARK = re.compile(r"\s*(?:与|同|和|联合|会同|携手)")
_LED_PARTNER_GAP = re.compile(r"\s*(?:共同|一起|一道|联合)?\s*")


def _led_partners(s: str, groups: list[list[M]], pos: int, ts: int) -> list[M]:
    """The bodies named right after the comma that closes 由X牵头 (…，与A、B共建Y), when nothing but 共同 stands
    between them and the founding verb: the leader's partners set Y up with it."""
    mark = _LED_PARTNER_MARK.match(s, pos)
    if mark is None:
        return []
    partners = _group_after(s, groups, mark.end(), 0)
    if not partners or partners[-1].end > ts or not _LED_PARTNER_GAP.fullmatch(s, partners[-1].end, ts):
        return []
    return partners


_JOINED_KIND = re.compile(r"\s*(?:等)?\s*(?:有关|相关)?\s*(?:部门|单位|机构)?\s*(?:共同|派员|选派人员)?\s*")


def _joined_after_leader(s: str, groups: list[list[M]], pos: int, ts: int) -> list[M]:
    """The bodies named right after the comma that closes 由X牵头 (…，A、B等部门参加), when only their kind stands
    between them and the verb of taking part: with the leader they make up the group the sentence names."""
    joined = _group_after(s, groups, pos, 0)
    if not joined or joined[-1].end > ts or not _JOINED_KIND.fullmatch(s, joined[-1].end, ts):
        return []
    return joined


def _leader_of(s: str, groups: list[list[M]], subject: list[M], comma: int) -> list[M]:
    """Y由X牵头，与A、B共建: the clause before the comma names Y as what is built and X as the one who leads; the
    clause after it, with no subject of its own, goes on with the leader, so X (not Y) is A's partner."""
    if not subject or not s.startswith("由", subject[-1].end):
        return []
    leader = _group_after(s, groups, subject[-1].end + 1, 0)
    if not leader or leader[0].start != subject[-1].end + 1:
        return []
    led = _LEADS.match(s, leader[-1].end)
    return leader if led is not None and led.end() - 1 == comma else []


def _clause_subject(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The group opening the clause that ends at ``comma`` (past a time or a linking word): its subject."""
    opened = max((s.rfind(c, 0, comma) for c in "，,；;。：:"), default=-1) + 1
    label = _LIST_LABEL.match(s, opened)
    opened = label.end() if label else opened  # （二）X是…: a list item's label is not part of its clause
    byline = _BYLINE_LEAD.match(s, opened)
    opened = byline.end() if byline else opened  # 【本报记者某某报道】X宣布…: the byline is not the subject
    lead = _TIME_LEAD.match(s, opened)
    starts = (opened, lead.end()) if lead and lead.end() > opened else (opened,)
    for start in starts:  # X于2010年在深圳成立: a name opening the clause comes before any time it spans
        for g in groups:
            if g[0].start >= comma:
                break
            near = start <= g[0].start <= start + 2 or lexicon.is_generic(s[start : g[0].start])
            # 本地企业X宣布，…: a kind of body in apposition before the name opens the clause as a time does
            if near and not _MARKED_LEAD.search(s, start, g[0].start):
                owned = _OWNED_BY.match(s, g[-1].end)
                if owned:
                    unit = _group_after(s, groups, owned.end(), 0)
                    if unit and unit[-1].end <= comma:
                        return unit  # X集团旗下的Y宣布，…: Y is the subject, X only says whose it is
                return g  # (由X提供场地，…: a group after 由/在/与 is an agent, a place or a partner, not the subject)
    return []


def _topic_subject(s: str, groups: list[list[M]], comma: int, hops: int = 3) -> list[M]:
    """The subject of the clause ending at ``comma`` or, when that clause has none, of the nearest clause before it
    that has one, across commas only (X于2008年成立，总部设于Y，主要从事…，旗下有A及B: the clauses after the first
    go on about X, the topic of the chain; a full stop or a semicolon ends the chain)."""
    for _ in range(hops):
        subject = _clause_subject(s, groups, comma)
        if subject:
            return subject
        prev = max(s.rfind("，", 0, comma), s.rfind(",", 0, comma))
        if prev < 0 or _SENTENCE_BREAK.search(s, prev, comma):
            return []
        comma = prev
    return []


_LIST_LABEL = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*"
)
_OWNING = re.compile(r"辖下|下设|下辖|旗下|属下")
"""Words by which a body names its units: a clause opening with one goes on about the body before the comma."""
_BYLINE_LEAD = re.compile(
    r"\s*(?:[^，,。；;【（(]{0,16}?电)?\s*(?:【[^】]{0,24}】|[（(][^（()）]{0,16}(?:记者|通讯员|讯)[^（()）]{0,8}[）)])\s*"
)
"""A news item's dateline and byline before its first clause (新华社某地某日电（记者 某某）, 【本报记者某某报道】)."""
_OWNED_BY = re.compile(r"(?:旗下|属下|辖下|下属|附属)的?")
_MARKED_LEAD = re.compile(r"[由经在与和同跟对向被从为将把于获受是]")
_ZERO_SUBJECT = re.compile(
    r"[，,、]\s*(?:(?:去年|今年|明年|早前|近日|日前|其后|此后|随后|同年|目前|现时|现|于今年|于?(?:19|20)\d\d\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"|[由自从]\s*(?:(?:19|20)\d\d(?:\s*/\s*\d\d)?\s*(?:学年|财政年度|年度|年)(?:\d{1,2}月)?|今年|明年|下月|本月)\s*起)\s*)?"
    r"(?:并|并且|还|亦|也|又|已|已经|曾|曾经|将|即将|会|正|正在|先后|陆续|再|均|都|同时|正式|成功|顺利|用于|用作|用来)*\s*(?:其)?(?:总部)?\s*"
    r"(?:在[\u4e00-\u9fff]{2,8}?)?$"
)
"""X是Y的附属公司，去年已进驻科学园 / X与Y签约，正式落户Z / X成立于2010年，总部位于深圳: a clause with no
subject of its own, only a time and adverbs before its verb, goes on about the subject of the clause before
the comma (a place it acts in may stand before the verb: X与Y共建Z，并在南山区设立W; a starting date may open the
clause: X宣布，由2019/20学年起推出Y)."""


_AGENT_OR_PARTNER = frozenset("由和与及、同经被获")
"""Characters before a name that make it an agent or partner inside a clause (X由A和B合资成立，…，其研发的Y):
其 points back to the clause's topic or object, not to them."""


def _pronoun_referent(r: Rule, s: str, ms: list[M], ts: int, tails: list[M]) -> list[M]:
    """The body 其 stands for when it opens the verb at ``ts`` (其生产的Y): the last mention before it in the
    sentence that can head the rule with one of ``tails``; nothing when 其 is not right before the verb or
    a comma does not stand between that body and 其 (X的其他产品…其: 其 is then not X's clause's topic)."""
    if s[ts - 1 : ts] != "其" or not tails:
        return []
    before = [
        m
        for m in ms
        if m.end <= ts - 1
        and s[m.start - 1 : m.start] not in _AGENT_OR_PARTNER
        and any(_fits(r, m.type, t.type) for t in tails)
    ]
    if not before or not re.search(r"[，,]", s[before[-1].end : ts - 1]) or ts - before[-1].end > 60:
        return []
    for comma in re.finditer(r"[，,]", s[: ts - 1]):
        if comma.start() >= before[-1].end and _NEW_TOPIC.match(s, comma.end()) and comma.end() < ts - 1:
            return []  # X于2016年成立，该中心位于深圳，其研发的Y: a clause with a topic of its own stands between
    return [before[-1]]


_JOINT_CLAUSE = re.compile(
    r"(?:合作|携手|联手|签署(?:了)?(?:战略|全面)?合作(?:框架)?(?:协议|备忘录))\s*[，,][^，,。；;！？]*$"
)
"""X与Y合作，在香港成立Z / X与Y携手，共同研发Z: a clause whose verb is the cooperation itself makes the pair
named with 与 the actor of the clause it opens (signing alone, X与Y签约，落户Z, leaves Y aside)."""
_JOINT_ACTS = frozenset({"FOUNDED", "DEVELOPED", "ORGANIZES"})
"""Acts two partners do together; where one settles or is funded (LOCATED_IN, SUPPORTS) the partner stays aside."""


def _joint_clause_before(s: str, ts: int) -> bool:
    """Whether the zero-subject clause of the verb at ``ts`` follows a clause that ends in a cooperation verb."""
    return _JOINT_CLAUSE.search(s, 0, ts) is not None


def _named_after_one(s: str, heads: list[M], tails: list[M]) -> list[M]:
    """Of partners acting jointly, the one whose name opens the new body's (X与Y合作，设立X药物研究所: X's own
    institute, Y only works with X); all of them when it bears none of their names, or more than one."""
    if len(heads) < 2 or not tails:
        return heads
    owners = [
        h
        for h in heads
        if s[h.start : h.start + 2] not in places()  # 佛山A与B合作，设立佛山C: a place's name is no one's
        and all(s.startswith(s[h.start : h.start + 2], t.start) for t in tails)
    ]
    if len(owners) != 1 or any(
        s[h.start : h.start + 2] in s[t.start : t.end] for h in heads if h != owners[0] for t in tails
    ):
        return heads  # 南湖—澳门青年论坛: named after both partners, both hold it
    return owners


_SUM_BEFORE = re.compile(
    r"(?:注资|拨款|拨出|投入|出资|安排|筹措|筹集|斥资|预留|拨付|投资)了?\s*(?:专项资金|资金|经费)?\s*(?:约|超过|逾|近)?\s*"
    r"[\d○〇零一二三四五六七八九十百千万亿.\s]+(?:亿|万)(?:元|港元|港币)?\s*$"
    r"|(?:设立|安排|设置)了?(?:[\u4e00-\u9fff]{0,6})(?:专项资金|专项经费|资金|基金)\s*$"
)
"""X注资50亿，成立了Y基金 / X已预留100亿元，推行Y计划 / X安排1000万元，支持Y / X设立专项资金，支持Y: a clause that only
commits a sum or sets aside a fund is the first step of one act; the bare comma after it still carries the subject
(the act it pays for follows with nothing before its verb)."""


_FUNDED_BEFORE = re.compile(
    r"获[^，,。；;]{0,30}?(?:资助|拨款|拨出|注资|资金支持|经费支持)"
    r"(?:\s*[\d○〇零一二三四五六七八九十百千万亿.\s]+(?:亿|万)?(?:元|港元|港币|美元))?\s*$"
)
"""X获Y资助，研发了Z / X获Y拨款280万元，用于开发Z: a clause in which the subject only receives funding is the
first step of one act; the bare comma after it carries the subject into the act the money pays for."""


def _topic_with_partner(s: str, groups: list[list[M]], partners: list[M]) -> list[M]:
    """The topic of a chain whose zero-subject clause names only a partner (X成立于1958年，并与Y共建Z): Y
    follows 与 with no subject before it, so X, carried from the clause before, acts jointly with Y."""
    mark = _PARTNER_MARK.search(s, 0, partners[0].start)
    if mark is None or s[mark.start() : mark.end()].strip() not in ("与", "同", "跟"):
        return []
    return _carried_subject(s, groups, mark.start())


def _object_of_like_act(r: Rule, s: str, groups: list[list[M]], heads: list[M], ts: int) -> bool:
    """Whether the group found before the verb at ``ts`` only closes a like act joined to it by 、 (X启动了A、
    制定了B): then it is that act's object, and the verb's subject is the one the chain started with."""
    k = s.find("、", heads[-1].end, ts)
    return k >= 0 and not s[heads[-1].end : k].strip('》”」』"') and _like_act_before(s, groups, k, r.triggers)


def _like_act_before(s: str, groups: list[list[M]], comma: int, acts: tuple[str, ...]) -> bool:
    """Whether the clause closed by ``comma`` is an act of the same kind ending on its named object (X修订《A》，
    出台《B》，印发《C》; X成立了A，设立了B). Why: a run of like verbs each with its own object, the subject
    written once before the first, is how reports list what one body did; a clause of another kind (X表示，…,
    X支持A，建设B) may hand the next verb to someone else."""
    if not acts:
        return False
    closing = _group_before(s, groups, comma, 1)
    if not closing:
        return False
    opened = max(s.rfind(c, 0, closing[0].start) for c in "，,；;。：:") + 1
    clause = s[opened : closing[0].start].rstrip('《“「『"')
    return any(clause.endswith(a) or clause.endswith(a + "了") for a in acts)


def _first_step(s: str, comma: int) -> bool:
    """Whether the clause closed by ``comma`` only commits or receives money for the act after it."""
    return _SUM_BEFORE.search(s, 0, comma) is not None or _FUNDED_BEFORE.search(s, 0, comma) is not None


def _carried_subject(
    s: str, groups: list[list[M]], ts: int, partners: bool = False, acts: tuple[str, ...] = ()
) -> list[M]:
    """The subject of the clause before the comma, carried into a clause that has only a time and adverbs
    before its verb: Chinese leaves the subject of a chain of clauses unsaid after the first. ``partners``:
    the verb is a joint one (联合举办, 共同主办), so X's partners named with 与 act too. ``acts``: the verbs of
    the rule, one of which in the clause before makes a bare comma a chain of like acts (X修订A，出台B)."""
    m = _ZERO_SUBJECT.search(s, 0, ts)
    if m is not None and s[m.start()] == "、" and not _like_act_before(s, groups, m.start(), acts):
        return []  # A、B: 、 joins the names of a list; only between like acts (X启动了A、制定了B) does it chain verbs
    bare = m is not None and m.end() - m.start() < 2
    if m is not None and bare:
        topic = _lone_topic(s, groups, m.start())
        if topic:
            return topic  # 南湖儿童医院，位于沙田，…: a clause that is only a name is the topic of the next
    if m is None or (
        bare and not partners and not _first_step(s, m.start()) and not _like_act_before(s, groups, m.start(), acts)
    ):
        return []  # X表示，《Y》…: a bare comma before the verb carries nothing over
    first = _head_noun_clause(s, groups, m.start()) or _clause_subject(s, groups, m.start())
    first = first or _chain_subject(s, groups, m.start())
    if not first or s[first[-1].end : first[-1].end + 1] in ("的", "之"):
        return []  # X的合作伙伴表示，将落户Z: X only qualifies the subject
    paired = False
    for a, b in zip(first, first[1:]):
        if _PARTNER_MARK.search(s, a.end, b.start):
            if not partners:
                return first[: first.index(b)]  # X与Y签约，落户Z: Y is X's partner, X is who settles
            paired = True
    if bare and partners and not paired and not _first_step(s, m.start()):
        return []  # …机制，共建Z: after a bare comma only a pair named with 与 (X与Y结盟，联合举办Z) acts jointly
    return first


_RELATIVE_PLACE = re.compile(r"\s*(?:位于|坐落于|坐落在|地处|设于|设在)")
"""A locating verb right after 旗下/包括 opens a relative clause (旗下位于Y的Z): the place is where the part is."""


_LIST_JOIN = re.compile(r"^\s*(?:、|和|及|以及|、以及)\s*$")
"""What joins the items of one plain list (A、B和C); 与/同/或 are left out since they name partners or alternatives."""


def _plain_list(s: str, group: list[M]) -> bool:
    """Members joined only by 、/和/及 (no 与/同/或, which name partners or alternatives), all of one kind of
    body (no place among them, which would start a new owner: 苏州的A和深圳的B)."""
    if len(group) < 2 or any(m.type in _PLACES for m in group):
        return False
    return all(_LIST_JOIN.match(s[a.end : b.start]) for a, b in zip(group, group[1:]))


def _lone_topic(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The one name that makes up the whole clause closed by ``comma`` (a sentence opening 南湖儿童医院，位于沙田):
    news and descriptions name the body alone and go on about it, so it is the subject of what follows."""
    start = max((k.end() for k in _CLAUSE_BREAK.finditer(s, 0, comma)), default=0)
    inside = [g for g in groups if start <= g[0].start and g[-1].end <= comma]
    if len(inside) != 1 or len(inside[0]) != 1:
        return []
    name = inside[0][0]
    return [] if s[start : name.start].strip() or s[name.end : comma].strip() else inside[0]


_NEW_TOPIC = re.compile(r"\s*(?:该|这|此|本|其|[\u4e00-\u9fff]{0,4}(?:表示|指出|认为|称))")
"""A clause opening with a demonstrative (该中心位于…) or a speaker's verb brings a subject of its own."""


def _head_noun_clause(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """A clause that is one noun phrase closed by a name after 的 (A与B合资成立的C，如今…): it is about C."""
    closing = _group_before(s, groups, comma, 0)
    if not closing or s[closing[0].start - 1 : closing[0].start] != "的":
        return []
    opened = max(s.rfind(c, 0, comma) for c in "，,；;。：:") + 1
    return closing if closing[0].start > opened else []


def _chain_subject(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The subject of the first clause of a chain whose later clauses name none (X由A和B合资成立，主要从事…，其
    自主研发的Y…): walked back over at most three clauses that open with neither a name nor a new topic."""
    for _ in range(3):
        prev = max(s.rfind(c, 0, comma) for c in "，,")
        if prev < 0 or _SENTENCE_BREAK.search(s, prev, comma) or _NEW_TOPIC.match(s, prev + 1):
            return []
        subject = _head_noun_clause(s, groups, prev) or _clause_subject(s, groups, prev)
        if subject:
            return subject
        comma = prev
    return []


_KIND_AFTER_PLACE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?)(?:企业|高校|院校|机构|医院|学界|业界|[\u4e00-\u9fff]界|同行|单位|团队|专家|学者|人才|居民|市民|公司|集团)"
)
"""A place right before a kind of partner (与内地高校合作, 与上海企业对接), or before a firm the tagger did not
name (与德国一家药企公司签约, 和美国某某公司合作): the partner is the kind or the firm, not the place. The kind must
end before the trigger, so 与深圳合作成立公司 keeps 深圳."""


_KINDS_OF_BODY = r"(?:大学|高校|院校|学校|企业|机构|医院|科研院所|医学院)"
_KIND_BEFORE_MARKER = re.compile(_KINDS_OF_BODY + r"\s*$")
"""A kind of body written right before the partner marker (…支持大学与医管局合作; searched up to the marker): the
kind is the one acting with the partner, not a body named further back."""
_LIST_CLOSER = re.compile(
    r"\s*(?:等等|等)?\s*(?:(?:及|和|以及|与|等)?其他)?\s*(?:[0-9一二两三四五六七八九十几多]+\s*(?:所|家|间|个))?\s*"
)
"""What may stand between a list of names and a kind that sums them up (A、B等高校与C合作, A和B两所大学与C合作,
A及其他大学与C合作): then the names are among the kind, and they act."""
_FUNDED_KIND = re.compile(r"(?:资助|拨款资助)的?" + _KINDS_OF_BODY)
"""教资会资助大学, X资助的院校: a body, a verb of funding and a kind name the bodies it funds, as one noun."""
_KIND_THEN_MARKER = re.compile(r"\s*" + _KINDS_OF_BODY + r"\s*(?:与|和|同|跟)\s*")
"""Between a verb of support and a body: a kind and a partner marker (支持大学与医管局合作)."""


_COUNCIL_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:会议|理事会|评议会)\s*")
"""A place's name opening the name of a council or conference the tables do not know, standing right before the
verb (东岭国家科学技术创新会议通过…, 某国科学技术会议制定…): the council passed or drafted it, not the state."""


def _kind_after(s: str, at: int, ts: int) -> bool:
    """A kind of partner (or an unnamed firm) starts flush at ``at`` and ends before the trigger at ``ts``."""
    k = _KIND_AFTER_PLACE.match(s, at)
    return k is not None and k.end() <= ts


def _unnamed_partner(markers: tuple[str, ...], s: str, groups: list[list[M]], start: int, ts: int) -> bool:
    """A marker between ``start`` and the trigger that is neither inside a name nor joining the members of a
    list (A与B和C: 和 lists B and C) introduces a partner without a name."""
    taken = [(m.start, m.end) for g in groups for m in g]
    joins = [(a.end, b.start) for g in groups for a, b in zip(g, g[1:])]
    for mk in markers:
        k = s.find(mk, start, ts)
        while k >= 0:
            if not any(a <= k < b for a, b in taken) and not any(a <= k and k + len(mk) <= b for a, b in joins):
                return True
            k = s.find(mk, k + 1, ts)
    return False


def _marked(r: Rule, s: str, groups: list[list[M]], ts: int, default: tuple[str, ...], gap: int) -> Marked | None:
    """The group right after the nearest marker before the trigger (在PLACE…, 与PARTNER…), the groups split
    at that marker, and the marker's position; None when no marker introduces a group ending before the trigger.
    When none does within the rule's gap, the gap is taken again counting only the words between, not the names
    (与约翰斯·霍普金斯大学医学院的某某研究中心及某某学院签约: long foreign names fit as short ones do)."""
    lo = max(0, ts - r.head_gap)
    hit = _marked_from(r, s, groups, ts, default, gap, lo)
    if hit is None:
        named = sum(min(m.end, ts) - max(m.start, lo) for g in groups for m in g if m.end > lo and m.start < ts)
        if named:
            hit = _marked_from(r, s, groups, ts, default, gap, max(0, lo - named))
    return hit


def _marked_from(
    r: Rule, s: str, groups: list[list[M]], ts: int, default: tuple[str, ...], gap: int, lo: int
) -> Marked | None:
    """:func:`_marked` from ``lo`` on; a marker inside a name (比较医学与分子生物学研究中心) marks nothing."""
    spans = [(m.start, m.end) for g in groups for m in g]
    for mk in r.markers or default:
        k = s.rfind(mk, lo, ts)
        while k >= 0 and any(a <= k < b for a, b in spans):
            k = s.rfind(mk, lo, k)
        if k < 0:
            continue
        split = _split_at(groups, k)
        after = _group_after(s, split, k + len(mk), gap)
        if not after or after[-1].end > ts or _CLAUSE_BREAK.search(s[after[-1].end : ts]):
            continue
        return after, split, k
    return None


def _at(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """在 PLACE trigger OBJECT: the object is located in the place (在浦东设立研发中心)."""
    hit = _marked(r, s, groups, ts, ("在",), 1)
    if hit is None:
        return []
    places, split, _ = hit
    if any(w in s[places[-1].end : ts] for w in CO_MARKERS):
        return []  # 支持香港与深圳合作建设Y: the places act together as governments; where Y lies is not said
    return _pairs(r, _group_after(s, split, te, r.tail_gap), _innermost(s, split, places, ts), s)


def _innermost(s: str, groups: list[list[M]], places: list[M], ts: int) -> list[M]:
    """在广州南沙设立Y: the place written right after the one it lies in is where Y is."""
    while len(places) == 1:
        nxt = _group_after(s, groups, places[-1].end, 0)
        if len(nxt) != 1 or nxt[0].type not in _PLACES or nxt[0].end > ts or places[0].type not in _PLACES:
            break
        places = nxt
    return places


def _names_after(s: str, ms: list[M], te: int) -> bool:
    """A mention stands between the verb's end and the end of its clause (the verb has a named object)."""
    brk = _CLAUSE_BREAK.search(s, te)
    end = brk.start() if brk else len(s)
    return any(te <= m.start < end for m in ms)


def _settles(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X在PLACE落地/落户/布局: the subject before 在 is located in the place named before the verb; the
    rule's tail gap is how far after the marker that place may start (政府在今年的《施政纲领》中提出)."""
    hit = _marked(r, s, groups, ts, ("在", "于"), r.tail_gap)
    if hit is None:
        return []
    places, split, k = hit
    # A、B等认证机构相继于东岭落地: the group before the marker settles there
    settlers = _group_before(s, split, k, 12) or _own_body_subject(s, split, k)  # …表示，集团于2015年在深圳设厂
    carried = _CARRIED.search(s, 0, k)
    if carried is not None:
        # X获Y资助，在Z设立办公室: a clause opening with the place has no subject of its own; X, the subject of the
        # clause before the comma, settles there (not Y, the last name before the comma)
        subject = _clause_subject(s, split, carried.start())
        if subject:
            partners = any(_PARTNER_MARK.search(s, a.end, b.start) for a, b in zip(subject, subject[1:]))
            settlers = [] if partners else subject  # A与B签署备忘录，将在Z设立办公室: which of them settles is unsaid
            if partners and "分校" in s[ts:te]:
                # …，将在Z成立分校: only a university has a branch campus, so of the two sides the university settles
                unis = [m for m in subject if m.type == "University"]
                settlers = unis if len(unis) == 1 else []
    return _pairs(r, settlers, _innermost(s, split, places, ts), s)


def _hosts(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """PLACE已有/吸引A、B等N家企业落户: the list right after the marker settles in the place written right
    before it. A place after the verb (…落户前海) names where they settle, so the sentence is left to the
    rules that read it (located.active)."""
    hit = _marked(r, s, groups, ts, (), 2)
    if hit is None:
        return []
    members, split, k = hit
    places = _group_before(s, split, k, 2)
    if not places or any(m.type not in _PLACES for m in places):
        return []
    after = _group_after(s, groups, te, 1)
    if after and all(m.type in _PLACES for m in after):
        return []
    return _pairs(r, members, places, s)


_UNDER_LEAD = re.compile(r"\s*[，,]?\s*")


_UNDER_SUBJECT_GAP = re.compile(r"^(?:也|亦|还|已|均|都|则|曾|已经|正|将)?$")
"""What may stand between a subject and the 在 of 在X的支持下 after it (Y也在X的资助下…): an adverb or nothing."""


def _under(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """在X的支持下，Y…: the body named between the marker and the trigger (which closes the frame, …的支持下)
    backs the subject of the clause that follows: the group opening it, past the comma. When the frame sits
    inside its clause (Y在X的支持下建成…), the subject written right before 在 is the one backed."""
    hit = _marked(r, s, groups, ts, ("在",), 1)
    if hit is None:
        return []
    backers, split, k = hit
    lead = _UNDER_LEAD.match(s, te)
    start = lead.end() if lead else te
    tails = _group_after(s, split, start, r.tail_gap)
    if not tails:
        subject = _group_before(s, split, k, 2)
        if subject and _UNDER_SUBJECT_GAP.match(s[subject[-1].end : k]):
            tails = subject
    return _pairs(r, backers, tails, s)


_COUNTED_BRACKET = re.compile(
    r"\s*(?:[0-9]+|[一二两三四五六七八九十百几多数各]+)(?:所|家|间|个|项|位)[\u4e00-\u9fff]{1,6}?[（(]\s*(?:即|包括)?\s*"
)
"""A counted kind and an opening bracket (两所医学院（即…): the bracket names the bodies counted."""


def _counted_marked(r: Rule, s: str, groups: list[list[M]], ts: int, markers: tuple[str, ...]) -> Marked | None:
    """向两所医学院（即A和B）提供拨款: the marker's object is a counted kind whose members are named in brackets;
    they are the partners. Same result shape as :func:`_marked`."""
    for mk in markers:
        k = s.rfind(mk, max(0, ts - r.head_gap), ts)
        if k < 0:
            continue
        counted = _COUNTED_BRACKET.match(s, k + len(mk))
        if counted is None:
            continue
        split = _split_at(groups, k)
        after = _group_after(s, split, counted.end(), 0)
        if not after or after[-1].end > ts or not re.match(r"\s*[）)]", s[after[-1].end : ts]):
            continue
        if _CLAUSE_BREAK.search(s[after[-1].end : ts]):
            continue
        return after, split, k
    return None


_PLAIN_JOINT_VERBS = ("建议", "着手")
"""Verbs that say nothing of cooperation themselves: X与Y建议/着手… is a joint act only when the pair is their
subject, not when a 的 turns the pair into the qualifier of another noun (A与B的专家建议)."""

_RELATIVE_OPEN = re.compile(r"(?:^|[，,；;：:。（(、]|[是为])\s*(?:一直|长期|曾|已|曾经|正)?\s*$")
"""What may stand before the 与 of a relative clause (与X合作的Y at a clause's start, after a copula, or in a list):
nothing of a subject of the clause, which would be the partner instead."""
_EARLIER_PARTNER = re.compile(r"(?:与|同|跟|和)[^，,；;：:。！？]*$")
"""A partner marker earlier in the clause: a 及 after it continues that marker's list of partners."""


def _with(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """HEAD 与 TAIL … trigger: the partner follows 与/同/和/跟 and precedes the trigger. A marker nearer the
    trigger that names no one takes the partner's place (A和B均设有与业界协作的平台: the partner is 业界)."""
    markers = r.markers or ("与", "同", "和", "跟")
    hit = _marked(r, s, groups, ts, markers, 2)
    if hit is not None and s.startswith("及", hit[2]) and _EARLIER_PARTNER.search(s, 0, hit[2]):
        # X与A及B签约: 及 only extends the partner list 与 opens; X及Y建议… (no 与 before it) joins the actors
        hit = _marked(replace(r, markers=tuple(mk for mk in markers if mk != "及")), s, groups, ts, markers, 2)
    if hit is None and r.relation == "SUPPORTS":
        hit = _counted_marked(r, s, groups, ts, markers)
    if hit is None:
        return []
    width = max((len(mk) for mk in markers if s.startswith(mk, hit[2])), default=1)
    # (an unnamed member after 及 only lengthens the list: 与医管局及业界合作 still names 医管局)
    if _unnamed_partner(tuple(mk for mk in markers if mk != "及"), s, groups, hit[2] + width, ts):
        return []  # (the 为 of the marker 成为 is no second marker)
    tails, split, k = hit
    if s.startswith(_PLAIN_JOINT_VERBS, ts) and "的" in s[tails[-1].end : ts]:
        return []  # A与B的专家建议…, 就A与B的合并提出建议: the act belongs to what the pair qualifies
    if _each_on_its_own(r, s, tails, k, ts):
        return []  # A和B也在这时期开展了研究: two subjects, each doing it; only a partner after 与 shares the act
    if s[k - 1 : k + 1] in ("联同", "连同", "伙同", "夥同"):
        k -= 1  # …，并联同Y开展: the marker found is the 同 of a two-character one, which opens at 联
    if s[k - 1 : k] in ("不", "未", "非", "没"):
        return []  # X不是Y的合作伙伴, X尚未与Y签约: the marker is denied
    tails = _named_after_place(s, split, tails, ts)
    tails = _owned_unit(s, split, tails, ts)
    if r.relation == "SUPPORTS":
        tails = [m for m in tails if not _FUNDED_KIND.match(s, m.end)]  # 向教资会资助大学拨款: the universities get it
    tails = [m for m in tails if not (m.type == "Region" and _kind_after(s, m.end, ts))]
    if not tails:
        return []  # A、B与内地科研机构合作: the partner is a kind; A and B are not said to work with each other
    heads = _group_before(s, split, k, 12) or _announcer_before(s, split, k)
    if not heads and r.relation == "COOPERATES_WITH" and _RELATIVE_OPEN.search(s, 0, k):
        heads = _group_after(s, split, te + 1, 0) if s.startswith("的", te) else []
        # 与X合作的Y: the clause qualifies the body named right after 的; that body is X's partner
    kind = _KIND_BEFORE_MARKER.search(s, heads[-1].end, k) if heads else None
    if kind is not None and not _LIST_CLOSER.fullmatch(s, heads[-1].end, kind.start()):
        return []  # 政府支持大学与医管局合作: the kind written right before 与 is the partner's partner, not X
    if heads and all(m.type == "Region" for m in heads) and _kind_after(s, heads[-1].end, k):
        heads = []  # 香港、澳门高校与内地科研机构合作: the places say whose universities act, not who acts
    if heads and s[heads[0].start - 1 : heads[0].start] == "在" and all(m.type in _PLACES for m in heads + tails):
        return []  # 在A、B和C开展试点: the 和 joins the places where an act happens; they are not partners
    carried = _CARRIED.search(s, 0, k) if not heads else None
    if carried is not None:
        heads = _clause_subject(s, split, carried.start())  # X在深圳成立研究院，并与Y合作: X acts in both clauses
        heads = _leader_of(s, split, heads, carried.start()) or heads
        if not heads:
            heads = _announcer_of_chain(s, split, carried.start())  # X宣布，其实验室投入运作，并与Y合作
        partner = next((i for i, m in enumerate(heads[1:], 1) if _PARTNER_MARK.search(s, heads[i - 1].end, m.start)), 0)
        if partner:
            heads = heads[:partner]  # 我市与A签署协议，与B共建…: B is the city's partner, not A's
    elif not heads:
        heads = _own_body_subject(s, split, k)  # A集团董事长李某表示，集团今年亦与Y签约
    pairs = _pairs(r, heads, tails, s)
    if r.relation == "COOPERATES_WITH" and len(heads) > 1 and not _EACH.search(s, heads[-1].end, k):
        # A和B一直与C探讨: A and B act together too
        pairs += [
            (heads[x].eid, heads[y].eid)
            for x in range(len(heads))
            for y in range(x + 1, len(heads))
            if _fits(r, heads[x].type, heads[y].type)
        ]
    return pairs


_OWNER_LINKS = ("辖下的", "旗下的", "属下的", "下属的", "辖下", "旗下", "属下", "的")
"""What joins an owner to its unit in 与A辖下的B合作 (Hong Kong news: the hospital authority's hospitals) as in
与A的B: the partner is the unit B; the owner only says whose unit it is (part.* rules read that link)."""


def _owned_unit(s: str, groups: list[list[M]], tails: list[M], ts: int) -> list[M]:
    """与A大学的B中心（及C）签署: the partner is the unit written as its owner's (A的B), and the bodies listed
    with it; the owner only says whose unit it is (part.possessive reads that link). A place written flush
    before a listed body (及英国C学院) says where that body is (as in :func:`_named_after_place`)."""
    if not tails:
        return tails
    link = next((w for w in _OWNER_LINKS if s.startswith(w, tails[-1].end)), "")
    if not link:
        return tails
    owned = _group_after(s, groups, tails[-1].end + len(link), 0)
    if not owned or any(m.type in ("Policy", "Program") for m in owned):
        return tails
    out: list[M] = []
    for m in owned:
        if m.type in _PLACES:
            flush = _group_after(s, groups, m.end, 0)
            if not flush or flush[0].start != m.end:
                return tails  # 与A大学的香港校区: a place is not a unit of its owner
            out.append(flush[0])
        else:
            out.append(m)
    return out if out[-1].end <= ts else tails


_EACH = re.compile(r"均|都|各自|分别|亦|也")
"""A和B均/分别与C合作: each of A and B works with C on its own; the sentence does not say they work together."""


def _each_on_its_own(r: Rule, s: str, tails: list[M], k: int, ts: int) -> bool:
    """A和B也/均/分别…开展了研究: 和 or 及 joins two subjects, and a distributive adverb before a verb that says
    nothing of working together (开展, 研究, 推动) gives each its own act. Why: 和 is a partner marker only when
    the act is shared; 与/同/跟 name a partner whatever the adverb, and a joint verb (合作, 共同…) states it."""
    if r.relation != "COOPERATES_WITH" or s[k : k + 1] not in ("和", "及"):
        return False
    return _EACH.search(s, tails[-1].end, ts) is not None and _JOINT_ACT.match(s, ts) is None


def _named_after_place(s: str, groups: list[list[M]], tails: list[M], ts: int) -> list[M]:
    """A place written flush against the name after it (与德国拜耳公司签约, 和美国X公司形成合作, 与深圳前海合作)
    says where the partner is from or lies: the partner is the named body or park, not the country or city."""
    if not tails or tails[-1].type not in _PLACES:
        return tails
    nxt = _group_after(s, groups, tails[-1].end, 0)
    if nxt and nxt[0].start == tails[-1].end and nxt[-1].end <= ts and all(m.type != "Region" for m in nxt):
        return nxt
    kind = _KIND_AFTER_PLACE.match(s, tails[-1].end)
    if kind is not None and kind.end() - kind.start() <= 4:
        # 与深圳企业X签约, 和内地药企公司X合作: the place and its kind describe the named partner right after them
        nxt = _group_after(s, groups, kind.end(), 0)
        if nxt and nxt[0].start == kind.end() and nxt[-1].end <= ts and all(m.type != "Region" for m in nxt):
            return nxt
    return tails


# ------------------------------------------------------------------ groups


_STRAND_HEADS = ("专项", "子计划", "子项目")
_STRAND_GAP = re.compile(r"^[”\"」』]?之[“\"「『]?$")


def _strands(s: str, ms: list[M], tails: list[M]) -> list[M]:
    """设立了“东岭创新专项”之海外合作项目: the object of the verb is the strand after 之 as much as the programme
    before it — what is set up (issued, funded, joined) is that strand of the programme."""
    if not tails or tails[-1].type != "Program":
        return []
    last = tails[-1]
    nxt = next((m for m in ms if m.start >= last.end), None)
    if nxt is None or nxt.type != "Program":
        return []
    gap = s[last.end : nxt.start]
    if _STRAND_GAP.match(gap) or (gap in ("", "的") and s.endswith(_STRAND_HEADS, 0, nxt.end)):
        return [nxt]  # 国家重点研发计划“合成生物学”重点专项: the special project of the programme, written after it
    return []


def _groups(s: str, ms: list[M]) -> list[list[M]]:
    """Maximal runs of mentions joined only by connectors (A、B和C); nested mentions are skipped."""
    out: list[list[M]] = []
    for m in ms:
        if out and m.start < out[-1][-1].end:
            continue
        gap = s[out[-1][-1].end : m.start] if out else ""
        if out and gap == "" and out[-1][-1].type == m.type == "Region" and s[out[-1][-1].end - 1] == "省":
            out[-1][-1] = m  # A、B和广东省广州市、深圳市: the province only places the first city of the list
            continue  # (粤港澳四方 stays three: only a province written out with 省 qualifies what follows)
        if out and gap in ("（", "(") and s[m.end : m.end + 1] in ("）", ")") and _glosses(s, out[-1][-1], m):
            continue  # 香港科技大学（科大）: the short form in brackets glosses the name, it is no member of its own
        if out and m.type == "Company" and gap.endswith(_firm_kinds()):
            # 与上市公司Y, 和龙头企业Y: a kind of firm written before the partner's name describes it, it is no gap
            gap = gap[: -len(next(k for k in _firm_kinds() if gap.endswith(k)))]
        if out and (
            _GROUP_GAP.match(gap) or (gap == "" and out[-1][-1].type == m.type and _side_by_side(out[-1][-1], m))
        ):
            out[-1].append(m)  # joint issuers are written side by side with a space (中共中央办公厅 国务院办公厅)
        else:
            out.append([m])
    return out


@lru_cache(maxsize=1)
def _firm_kinds() -> tuple[str, ...]:
    """Generic kinds of firm (上市公司, 龙头企业) from the lexicon's generic table, longest first."""
    from policykg.extract import lexicon

    kinds = (w for w in lexicon.load().generic if len(w) >= 3 and w.endswith(("公司", "企业")))
    return tuple(sorted(kinds, key=len, reverse=True))


def _glosses(s: str, name: M, short: M) -> bool:
    """The bracketed mention right after a name is its short form (香港科技大学（科大）): its characters appear
    in the name in order. A different thing in brackets (广东（珠三角）) is not."""
    it = iter(s[name.start : name.end])
    return short.type == name.type and all(ch in it for ch in s[short.start : short.end])


def _side_by_side(a: M, b: M) -> bool:
    """Two mentions with nothing between them that still name two things: joint issuers written with a
    space (中共中央办公厅 国务院办公厅) or places by their one-character names (粤港澳)."""
    return a.type == "Agency" or (a.type == "Region" and a.end - a.start == 1 and b.end - b.start == 1)


def _split_at(groups: list[list[M]], pos: int) -> list[list[M]]:
    """The groups with any group that spans ``pos`` cut in two there (A与B: A and B are sides, not a list)."""
    out: list[list[M]] = []
    for g in groups:
        left = [m for m in g if m.end <= pos]
        right = [m for m in g if m.start >= pos]
        out.extend(x for x in (left, right) if x)
    return out


_PARTNER_NOUN = re.compile(
    r"的?(?:主要|重要)?(?:合作伙伴|伙伴|合作方|合作单位|合作机构|资助对象|支持对象|服务对象|客户|股东|投资者|投资方)"
)
"""X的合作伙伴包括…, X的客户包括…: the noun between the body and 包括 names others the body deals with."""
_RELATIVE_VERB = re.compile(
    r"(?:资助|认可|支持|资助成立|设立|开办|营办|管理|监管|评审|委托|推荐|邀请|合作)"
    r"(?:的|(?:大学|院校|高校|学校|机构|医院|企业|课程|项目)$)"
)
"""X资助的大学包括…, X认可的课程包括…: a verb and 的 after the body make it the agent of a relative clause,
so the subject of 包括 is the noun after 的, not the body. Hong Kong writes the kind straight after the verb
(教资会资助大学包括A: the UGC-funded universities include A); that kind, ending right at the trigger, is the
subject too (the match is bounded by the trigger's start)."""


def _one_owner_each(r: Rule, s: str, owners: list[M], parts: list[M]) -> tuple[list[M], list[M]]:
    """甲署辖下的A及乙局辖下的B: the parts after a trigger end before a member that a trigger of the same rule
    follows (乙局 owns what comes next), and the owners before a trigger leave out a member that such a trigger
    precedes (A is 甲署's part, not 乙局's fellow owner)."""
    for k, m in enumerate(parts):
        if s.startswith(r.triggers, m.end):
            parts = parts[:k]
            break
    kept = [m for m in owners if not s[max(0, m.start - 4) : m.start].endswith(r.triggers)]
    return (kept if kept else owners), parts


def _group_before(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    idx = _index_before(groups, pos)
    if idx is None:
        return []
    best = groups[idx]
    gap = s[best[-1].end : pos]
    aside = _before_aside(s, groups, idx, pos)
    if aside is not None:
        best, gap = groups[aside[0]], s[aside[1] : pos]
    if len(gap) > max_gap or _CLAUSE_BREAK.search(gap):
        return []
    return best


def _before_aside(s: str, groups: list[list[M]], idx: int, pos: int) -> tuple[int, int] | None:
    """(index of X, end of the aside) when ``groups[idx]`` lies in a bracketed aside right after X that closes
    before ``pos`` (X（Y的全资附属公司）将在大埔设立…, X（由Y孵化）落户…): the clause goes on about X, and
    the name in brackets only describes it. None otherwise."""
    g = groups[idx]
    closing = _CLOSING_BRACKET.search(s, g[-1].end, pos)  # one search, not a Python loop per character
    close = closing.start() if closing else None
    if close is None or any(c in s[g[-1].end : close] for c in "（("):
        return None
    opened = max(s.rfind("（", 0, g[0].start), s.rfind("(", 0, g[0].start))
    if opened < 0 or any(c in s[opened + 1 : g[0].start] for c in "）)（("):
        return None
    k = _index_before(groups, opened)
    if k is None or groups[k][-1].end != opened:
        return None
    return k, close + 1


_CLOSING_BRACKET = re.compile(r"[）)]")
"""A closing bracket, full or half width: :func:`_before_aside` finds the end of an aside with one search."""


_NOTE_LEAD = re.compile(
    r"[A-Za-z0-9 .,&'\-]*[，,]?\s*(?:[0-9]{4}年(?:[0-9]{1,2}月)?|现|已|其后|后|早前|去年|今年|于|在)*\s*"
)
"""What may open a bracketed note before its verb: the body's Latin name, a comma, a time word."""


def _owner_of_note(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """X（Advanced X Technologies，现已被Y收购）: a bracket opened right after a name holds a note about it, and a
    passive verb in the note has that name for its subject though a Latin gloss and a comma stand between."""
    opened = max(s.rfind("（", 0, pos), s.rfind("(", 0, pos))
    if opened < 0 or _CLOSING_BRACKET.search(s, opened, pos) or not _NOTE_LEAD.fullmatch(s, opened + 1, pos):
        return []
    k = _index_before(groups, opened)
    if k is None or groups[k][-1].end != opened:
        return []
    return groups[k][-1:]


_INSTITUTE_AFTER = re.compile(r"(?:院|所|中心|机构|基地|团队|人员|生)")
"""After 研究, a kind of body or people (研究院, 研究所, 研究生): the word is part of a noun, not the verb."""
_UNIT_AFTER = re.compile(r"(?:部|处|科|室|中心|基地|机构|团队|人员|费用|投入|能力)(?![门署长])")
"""After 研发/开发/生产, a unit or a quantity (开发部, 研发中心, 研发投入) makes the word a modifier, not a verb."""
_ANNOUNCED = re.compile(
    r"^[^，,。；;]{0,6}?(?:宣布|表示|称|透露|公布|指出)[，,]\s*(?:将|会|已|亦|并|正|正在|计划|今年|明年)?\s*$"
)
"""X昨日宣布，与Y合作 / X表示，将与Y合作: a body announcing what it does with a partner is the partner's partner."""


def _announcer_before(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The group that announces, across the comma after its verb of saying, an act it takes with a partner."""
    idx = _index_before(groups, pos)
    if idx is None or not _ANNOUNCED.match(s[groups[idx][-1].end : pos]):
        return []
    return groups[idx]


_ANNOUNCING = re.compile(r"(?:宣布|表示|称|说|透露|介绍|公布|指出)[，,]")
"""X（3月4日）宣布， closing a sentence's first clause: what follows is X's own account of what X does."""


def _announcer_of_chain(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The body that announces in a sentence's first clause (X宣布，… / A集团旗下的X昨日宣布，…) when no clause
    between its announcement and ``comma`` opens with a name of its own (其实验室投入运作 / 公司获政府委托): news
    tells a chain of a firm's acts after one 宣布 and names the firm once, so the firm is the subject of the
    later clause too."""
    first_end = _CLAUSE_BREAK.search(s)
    if first_end is None or first_end.start() > comma:
        return []
    lead = _ANNOUNCING.search(s, max(0, first_end.start() - 2), first_end.end())
    if lead is None or lead.end() != first_end.end():
        return []
    idx = _index_before(groups, lead.start())
    if idx is None or len(s[groups[idx][-1].end : lead.start()]) > 6:
        return []
    if all(m.type == "Person" for m in groups[idx]):
        # A集团董事长李某表示，集团…与Y合作: the speaker talks for the body whose title he holds
        if idx == 0 or len(s[groups[idx - 1][-1].end : groups[idx][0].start]) > 8:
            return []
        if _CLAUSE_BREAK.search(s, groups[idx - 1][-1].end, groups[idx][0].start):
            return []
        idx -= 1
        if any(m.type in _PLACES or m.type == "Person" for m in groups[idx]):
            return []
    for k in range(lead.end(), comma):
        if s[k] in "，," and _clause_subject(s, groups, k):
            return []  # X宣布，Y已完成…，并与Z合作: Y is the subject of the chain from there on
    return groups[idx]


_OWN_BODY = re.compile(r"[，,]\s*(?:本|该)?(?:集团|公司)(?=[^，,。；;：:]*$)")
"""A clause opening with 集团/公司/本公司 (…表示，集团去年投资了Y): the body the speaker or announcer acts for."""


def _own_body_subject(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """The announcing body (or the body whose officer speaks) of the sentence's first clause, when the clause of
    the verb at ``ts`` opens with a bare 集团/公司 standing for it and names no one before the verb."""
    m = _OWN_BODY.search(s, 0, ts)
    if m is None or any(m.end() <= g[0].start < ts for g in groups):
        return []
    announcer = _announcer_of_chain(s, groups, m.start())
    if announcer:
        return announcer
    # X是A集团的附属公司，集团总部位于深圳: the one group the sentence has named before
    word = m.group().lstrip("，, 本该")
    named = [x for g in groups for x in g if x.end <= m.start() and s[x.start : x.end].endswith(word)]
    return named if len(named) == 1 and word == "集团" else []


_BOTH_SIDES = re.compile(r"[，,]\s*(?:双方|两者|两家|两校)(?=[^，,。；;：:]*$)")


def _place_of_act(s: str, groups: list[list[M]], group: list[M]) -> bool:
    """Places written after 在/于 (在南山区成立, 在深圳市南山区成立): where the act happens, not an actor."""
    if not all(m.type in _PLACES for m in group):
        return False
    at = group[0].start
    while (flush := next((m for g in groups for m in g if m.end == at and m.type in _PLACES), None)) is not None:
        at = flush.start  # 深圳市南山区: the city written flush before its district
    return _PLACE_MARKER.search(s, 0, at) is not None


def _both_sides(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """A与B签署协议，双方将共建C: 双方 opening the clause of the verb stands for the subject of the clause before
    the comma and the partner named after its 与/同/和."""
    m = _BOTH_SIDES.search(s, 0, ts)
    if m is None or any(m.end() <= g[0].start < ts and not _place_of_act(s, groups, g) for g in groups):
        return []  # (双方将在南山区合资成立C: a place after 在 names where, not who)
    first = _clause_subject(s, groups, m.start())
    if not first:
        return []
    if any(_PARTNER_MARK.search(s, a.end, b.start) for a, b in zip(first, first[1:])):
        return first  # A与B: one group of two sides
    after = [g for g in groups if first[-1].end <= g[0].start < m.start()]
    if not after or not _PARTNER_MARK.search(s, first[-1].end, after[0][0].start):
        return []
    if len(s[first[-1].end : after[0][0].start]) > 8:
        return []
    return first + _named_after_place(s, groups, after[0], m.start())  # A与深圳企业B签约，双方…: B, not 深圳


_NUM = r"(?:\d{1,4}|[一二三四五六七八九十〇○零]{1,4})"
_CARRIED_TIME = (
    r"(?:(?:在|于)\s*)?(?:(?:今年|去年|明年|前年|近年来|近年|近日|日前|早前|同年|届时|其后|随后|上月|本月|年内|"
    r"(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*年)(?:初|中|底|末|上半年|下半年)?"
    r"(?:" + _NUM + r"月(?:" + _NUM + r"日)?)?(?:初|中|底|末|间)?)"
)
"""A time opening a clause (去年, 今年初, 2023年3月, 于二〇二三年, 近年): Hong Kong news and replies set one
before 并 (…，去年并与Y合作), and it names when, not who, so the clause still has no subject of its own."""
_CARRIED = re.compile(
    r"[，,]\s*(?:(?:并|并且|还|亦|也|又)于)?\s*" + _CARRIED_TIME + r"?\s*"
    r"(?:并|并且|还|亦|也|又|再|同时|此外|另外)?\s*(?:将|会|已|正|已经|正在|积极|计划|拟|准备)?\s*$"
)
"""…，并与Y合作 / …，与Y共建… / …，并于去年在Z设立…: a clause that opens with its partner (or goes on with
并/还/亦, or 并于 and a time) has no subject of its own and keeps the subject of the clause before the comma."""
_KIND_BEFORE_BRAND = re.compile(
    r"的?[^，,；;。：:“”「」\"]{0,14}(?:检测试剂盒|试剂盒|检测试剂|疫苗|支架|药物|新药|仪器|设备|系统|产品|疗法)[“「『\"]"
)
"""A developed product told by its kind before its brand in quotes (研发的肝癌血液检测试剂盒「某某测」): the brand,
opening after the quote, is what was developed, however long the description of its kind."""
_PLACE_MARKER = re.compile(r"(?:在|于|到|赴|落户|位于)\s*$")
_PLACE_OF_MARKER = re.compile(r"(?:在|于|到|赴|落户|位于)[^，,；;。：:]{1,10}的\s*$")
"""位于沙田的香港科学园: a place after 位于 may be written as another place's (a park in its district)."""
_CO_VERB = re.compile("(?:" + "|".join((*_PARTNER_WORDS, "协同", "伙同", "和")) + r")\s*$")
_PLACES = frozenset({"Region", "Park"})


def _before_partner(s: str, group: list[M]) -> list[M]:
    """X旗下的A与B合作…: the 与 that joins B to A opens A's partner when a joint act follows in the clause, so
    the list of X's units ends before B."""
    for k in range(1, len(group)):
        if s[group[k - 1].end : group[k].start].strip() in ("与", "同"):
            rest = _CLAUSE_BREAK.split(s[group[k].end :], 1)[0]
            if _JOINT_ACT.search(rest):
                return group[:k]
    return group


_PASSIVE_BEFORE = re.compile(r"(?:被|获|受)$")
_ASKING = ("寻求", "申请", "请求", "报请", "提请", "争取")


def _asks_for(s: str, ts: int) -> bool:
    """A word of asking (寻求, 申请) in the verb's own clause, a few characters before it: X申请资助, X寻求批准拨款
    (A提交申请，由后者资助B: the asking ends at the comma, and the one asked gives)."""
    window = s[max(0, ts - 6) : ts]
    window = _CLAUSE_BREAK.split(window)[-1]
    return any(w in window for w in _ASKING)


_OBJECT_MARKER = re.compile(r"(?:向|对|给|(?<![同均皆都亦也作成即乃视认称列评选])为)\s*$")
"""A preposition before the first group: that group is the object (X向Y注资). 为 after 同/均/作/成… is the copula
(A同为X资助院校), not the preposition 'for'."""
_COPULA = re.compile(r"(?:同为|均为|皆为|都为|亦为|也为|乃|是|都是|均是|也是|同是|亦是|等|等等)\s*$")
"""A同为/是X资助的N: the subject before the copula is the one the body after it supports; so are the members of a
list that 等 closes before X资助的N (A、B等教资会资助院校): the kind the funder qualifies sums the list up."""
_DENIED_BEFORE = re.compile(r"(?:未|没有|没|拒绝|无法|不予|未能|尚未|并未|暂未|不再|不)\s*$")
"""A negation or refusal right before the support verb (未批准, 不予资助): nothing was given."""
_DENIED_MARKER = re.compile(r"(?:未|没有|没|不|未能|尚未|并未|暂未)(?:获|获得|得到|经|被|受)")
"""A negated passive marker (未获, 没有得到): the subject did not receive the support the clause names."""


def _denied(s: str, ts: int) -> bool:
    """A negation right before the support verb (未批准, 不予资助) or before the passive marker of its own clause
    (Y未获X资助, Y没有得到X支持): the sentence says the support was not given. 不断/不遗余力 end in other
    characters and pass."""
    if _DENIED_BEFORE.search(s, max(0, ts - 3), ts):
        return True
    clause = _CLAUSE_BREAK.split(s[max(0, ts - 30) : ts])[-1]
    return _DENIED_MARKER.search(clause) is not None


_CITED_BY = re.compile(r"(?:根据|依据|依照|按照|遵照)\s*[《“\"]?\s*$")
"""A group right after 根据/依据/按照 is the object of the preposition (what the act goes by), never its subject."""


_FRAME_OPEN = re.compile(r"\s*[在于][^，,。；;：:]{0,8}$")
"""在 or 于 and a few words of one clause (在2018年, 在今年的) between a body and the document it speaks in."""
_FRAME_CLOSE = re.compile(r"[》”」\s]*(?:中|之下|框架下|下(?![发达])|(?=提出|宣布|公布|表示|指出))")
"""在《Y》中 / 在今年的施政报告中 / 于2017年施政报告提出 / 在「X基金」下推出: the document a body speaks in or the
scheme it acts under, written between the body and its verb (在《Y》下发后 is Y being sent down, no frame)."""


def _subject_before(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    """The acting group before a verb: past a place it acts in (A在香港成立B), past a place that only
    modifies a noun (A等8家香港独资机构落户), and together with a partner named by 会同/联合 (X会同Y举办)."""
    idx = _index_before(groups, pos)
    if idx is None:
        return []
    g = groups[idx]
    gap = s[g[-1].end : pos]
    aside = _before_aside(s, groups, idx, pos)
    if aside is not None:
        idx, g, gap = aside[0], groups[aside[0]], s[aside[1] : pos]  # X（Y的子公司）将在…: X acts
    while idx > 0 and all(m.type == "Policy" for m in g) and _CITED_BY.search(s, groups[idx - 1][-1].end, g[0].start):
        idx -= 1  # X根据《A》制定了《B》: A is what X goes by, X is who acts (《A印发〈B〉的通知》 names A as issuer)
        g, gap = groups[idx], s[groups[idx][-1].end : pos]
    while (
        idx > 0
        and all(m.type in ("Policy", "Program") for m in g)
        and _FRAME_CLOSE.match(s, g[-1].end)
        and _FRAME_OPEN.match(s, groups[idx - 1][-1].end, g[0].start)
    ):
        idx -= 1  # X在2018年施政报告中宣布设立Y, X在Z基金下推出Y: the report or fund is where, X is who acts
        g, gap = groups[idx], s[groups[idx][-1].end : pos]
    if len(gap) > max_gap or (_CLAUSE_BREAK.search(gap) and not _LED.match(gap)):
        return []
    while all(m.type in _PLACES for m in g):
        k = idx
        while k > 0 and groups[k - 1][-1].end == groups[k][0].start and all(m.type in _PLACES for m in groups[k - 1]):
            k -= 1
        marked = _PLACE_MARKER.search(s[: groups[k][0].start]) is not None
        if marked:
            idx, g = k, groups[k]  # 在深圳前海设立…: a place written after its city (深圳前海) is one place with it
        before = s[groups[idx - 1][-1].end : g[0].start] if idx > 0 else ""
        if not (marked or (gap.strip() and before.startswith("等"))):
            break
        prev = groups[idx - 1] if idx > 0 else None
        if prev is None or len(s[prev[-1].end : pos]) > max_gap + 12 or _CLAUSE_BREAK.search(before):
            return [] if marked else list(g)  # 在香港成立…: the place is where, not who
        idx -= 1
        g = prev
        gap = s[g[-1].end : pos]
    out = list(g)
    if idx > 0 and _CO_VERB.search(s[: g[0].start]):
        prev = groups[idx - 1]
        between = s[prev[-1].end : g[0].start]
        if (len(between) <= 4 and not _CLAUSE_BREAK.search(between)) or _LEADS_IN.match(between):
            out = list(prev) + out
    return out


def _index_before(groups: list[list[M]], pos: int) -> int | None:
    """The index of the last group (groups are in text order) that ends at or before ``pos``."""
    best = None
    for i, g in enumerate(groups):
        if g[-1].end <= pos:
            best = i
        else:
            break
    return best


_MEANS_MARKER = re.compile(r"以\s*$")
"""建立了以A、B为主体的体系: after 以 the group is what the object is built on (以…为), not the object."""


_COLON_LIST = re.compile(
    r"(?:[一二三四五六七八九十两兩几幾多\d]+(?:个|個|家|所|间|間|条|條|项|項|类|類|大)[\u4e00-\u9fff]{0,6})?[：:][“「\"]?"
)
"""A colon right after the trigger, maybe after a count of what follows (下设三个研究院：), and an opening quote."""
_LIST_CLOSE = re.compile(r"[”」\"]?(?:[。；;，,]|等|$)")
"""What may follow the last name of a list a colon opens: a clause break, 等 or the sentence's end."""


_PLANS = frozenset({"Program", "Policy"})
_PLAN_PARTS = _PLANS | {"Event"}
"""A plan or a scheme, and what it can have for parts: its own strands (a plan's contest or forum among them)."""


def _listed_after_colon(s: str, groups: list[list[M]], te: int) -> list[M]:
    """The list a colon opens right after the trigger (X包括：A、B和C, X下设三个研究院：A、B和C), or [].

    Why: a colon, often after a count of what follows, is how a plan or a reply sets out a list, and the
    clause break it makes would otherwise end the frame at the trigger. Only a group that starts right after
    the colon and closes the clause counts: words there (包括：加强…) are measures, not names."""
    m = _COLON_LIST.match(s, te)
    if m is None:
        return []
    for g in groups:
        if g[0].start == m.end():
            return g if _LIST_CLOSE.match(s, g[-1].end) else []
        if g[0].start > m.end():
            break
    return []


def _group_after(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    for g in groups:
        if g[0].start >= pos:
            gap = s[pos : g[0].start]
            # 武汉的「火凤实验室」: a quote opening the name is part of how it is written, not a word between
            if len(gap.rstrip('“"「『')) > max_gap or _CLAUSE_BREAK.search(gap) or _MEANS_MARKER.search(gap):
                return []
            return g
    return []


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
