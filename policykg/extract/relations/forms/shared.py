"""What every form reads: the checks of supports asked for or denied, counted and relative lists of places,
facilities built with funds, joint acts and cooperation named as a topic.
"""

from __future__ import annotations

import re

from policykg.extract import lexical
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    CLOSING_BRACKET,
    PLACES,
    M,
    clause_after,
    clause_before,
    group_after,
    index_before,
)
from policykg.extract.relations.rules import Pair, Rule, fits

_GENERIC_SUBJECT = re.compile(r"^(?![和及与、等或以])[^，。；]*(?:部门|单位|机构|企业|高校|院所|医院|医疗机构)$")

Marked = tuple[list[M], list[list[M]], int]
"""What :func:`_marked` finds: the group after the marker, the groups split at it, the marker's position."""

_JOINT_ACT = re.compile(r"共同|联合|合作|携手|联手|一起|协同|共建|合办|会同")

_ONLOOKING = re.compile(r"(?:共同|一起|一同)\s*(?:见证|出席|参加|参观|观看|目睹|聆听|观摩)")
"""A co-marker before a verb of attending or watching (粤港澳三地政府、企业界代表共同见证了签约): the people there
witness together; it is no joint act that makes the counted places act together. News reports of signings and
openings list their witnesses this way."""

_NOMINAL_JOINT = re.compile(r"之间|的")
"""What makes the cooperation after a pair a noun (促进A与B的科技合作, 加强A和B之间的交流): the pair qualifies it;
with neither (推动A与B合作, 深化A与B重点机构合作) the pair may still be the subject of the joint act."""

_GOAL_BEFORE = re.compile(r"(?:促进|加强|推动|深化|推进|带动|助力|交流|服务|深入|拓展|扩大)\s*$")
"""A verb of promoting, deepening or serving written right before a pair or a list of places (促进A与B的科技合作,
加强A与B之间的交流, 交流A、B三地的经验): the pair is the verb's object, the cooperation between them a goal of
whoever promotes it; the sentence does not say they work together (that is A与B加强合作, A、B三地共建)."""


_COOPERATION_TOPIC = re.compile(r"合作(?:交流)?(?:的)?(?:现状|情况|概况|历程|历史|传统|基础|前景|回顾|事宜)")
"""合作 heading a topic noun (两地合作现状, 良好的合作传统, 就两地合作事宜接洽): the cooperation is named as a
subject of report, not stated as an act of the places before it."""


def _places_own_noun(s: str, te: int) -> bool:
    """两地/三地 followed by a noun (三地科研资源, 三地的优势) with no joint act later in the clause: the counted
    places qualify what follows (粤港澳三地企业联合建设Y still says they act together)."""
    clause = clause_after(s, te)
    if not clause or _JOINT_ACT.search(_COOPERATION_TOPIC.sub("", _ONLOOKING.sub("", clause))):
        return False
    first = lexical.cut(clause)[0]
    return first == "的" or (lexical.tag(first) or "").startswith("n")


_NUMERALS = "一二两三四五六七八九十百千几多数"

_NUMBER = r"(?:[0-9]+|[" + _NUMERALS + r"]+)"
"""How many bodies a kind counts: digits or Chinese numerals (八, 十几, 数, 多)."""

_COUNTED = r"(?:[0-9]+|[" + _NUMERALS + r"各]+)"
"""A count, or 各 (each) where a count stands (各所大学，包括A: each of them is then named)."""

_UNIT = r"(?:所|家|间|个|项|位)"
"""The classifiers of bodies and projects (八所大学, 三家企业, 两间医院, 十个项目)."""

_COUNTED_LIST = re.compile(
    r"\s*了?(?:本港|全港|内地|香港|全国)?"
    + _COUNTED
    + _UNIT
    + r"[\u4e00-\u9fff]{1,6}?(?:[，,]\s*|[（(])(?:包括|当中包括|其中包括|即|例如|分别为|分别是)\s*"
)
"""X资助八所大学，包括A、B / X认定了三家企业（即A、B、C）: the verb's object is a counted kind, and the bodies it
counts are named after 包括/即; they are the ones supported."""

_RELATIVE_LIST = re.compile(
    r"的(?:第[一二三四五六七八九十0-9]+批|首批)?\s*(?:" + _NUMBER + r"\s*" + _UNIT + r")?"
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


def built_with_funds(r: Rule, s: str, groups: list[list[M]], te: int, found: list[Pair]) -> list[Pair]:
    """X资助A、B共同组建Z / Y获X拨款，用作开设名为Z的平台: what the money sets up is supported too. The build
    verb must follow the funding in its own clause (past the funded bodies and the amount) or open the purpose
    clause after one comma (用作/用于…); the named platform, laboratory, institute or programme right after the
    verb is the one funded. Why: reports and Hong Kong answers name the funded body and then what it builds."""
    verb = _BUILT_VERB.search(s, te, min(len(s), te + 60))
    if verb is None:
        return []
    between = s[te : verb.start()]
    if CLAUSE_BREAK.search(between):
        purpose = _PURPOSE_OPEN.search(between)
        if (
            purpose is None
            or CLAUSE_BREAK.search(between, purpose.end())
            or CLAUSE_BREAK.search(between, 0, purpose.start())
        ):
            return []
    built = [m for m in group_after(s, groups, verb.end(), 2) if m.type in _BUILT_TYPES]
    heads = {h for h, _ in found}
    by_id = {m.eid: m for g in groups for m in g}
    return [
        (h, b.eid)
        for h in heads
        for b in built
        if h in by_id and h != b.eid and (h, b.eid) not in found and fits(r, by_id[h].type, b.type)
    ]


_APPROVING = ("批准", "批复", "同意", "核准", "批准了", "批复了", "同意了")
"""Verbs of approval written right before a founding verb (批准设立, 批复同意组建): the approver supports the body
(GUIDELINES: SUPPORTS covers recognition and approval; FOUNDED is the one who sets it up), so no FOUNDED is read."""

_THANKED = re.compile(r"[^，,；;。]{0,6}?(?:感谢|感激|谢意|致谢|谢忱)")
"""Thanks closing a clause about support as a noun (Y对X的支持表示感谢): the giver is the one after 对."""

_LISTING = ("列入", "纳入")
"""Verbs putting a body on a list; SUPPORTS only when a list noun follows (:data:`_LIST_NOUN`)."""

_LIST_NOUN = re.compile(r"[^，,；;。]{0,24}?(?:名单|名录|目录|清单)")
"""A list noun closing the object of 列入/纳入 within its clause (列入2021年创建国家高新区考察名单)."""

_BACKING = ("支持", "资助", "扶持", "授牌", "鼓励", "支持了", "资助了", "大力支持", "积极支持")
"""Verbs of backing written right before a founding verb (X支持成立Y, X资助设立Y, X授牌成立Y, X扶持组建Y): as with
approval, the one before them funds or endorses the founding (SUPPORTS) and the founder is left unnamed; 出资设立
(paying the capital in) stays a founding. engine._support_over_founding_or_issuing drops a FOUNDED only where a
SUPPORTS of the same pair was read; this check also holds where none was (measured: dropping it adds a false
FOUNDED)."""


_OCCASION_NOUNS = ("大会", "仪式", "典礼")
"""成立大会, 成立仪式, 成立典礼: after a founding verb, the occasion that marks the founding (held somewhere, by the
body or for it), not an unnamed facility the body sets up in the place."""


_BREAKS_NAME = re.compile(r"[、，,。；;：:和及与等的]")
"""Characters that end a name: a connector, a break or 的 (复星医药和北辰医药的研发中心 names two bodies)."""


def _innermost(s: str, groups: list[list[M]], places: list[M], ts: int) -> list[M]:
    """在广州南沙设立Y, 在沙田的香港科学园设立Y: the place written right after the one it lies in (flush, or after
    its 的) is where Y is, not the wider place that only says where that one lies."""
    while len(places) == 1:
        after = places[-1].end
        nxt = group_after(s, groups, after + 1 if s.startswith("的", after) else after, 0)
        if len(nxt) != 1 or nxt[0].type not in PLACES or nxt[0].end > ts or places[0].type not in PLACES:
            break
        places = nxt
    return places


_EACH = re.compile(r"均|都|各自|分别|亦|也")
"""A和B均/分别与C合作: each of A and B works with C on its own; the sentence does not say they work together."""


def _each_on_its_own(r: Rule, s: str, tails: list[M], k: int, ts: int) -> bool:
    """A和B也/均/分别…开展了研究: 和 or 及 joins two subjects, and a distributive adverb before a verb that says
    nothing of working together (开展, 研究, 推动) gives each its own act. Why: 和 is a partner marker only when
    the act is shared; 与/同/跟 name a partner whatever the adverb, and a joint verb (合作, 共同…) states it."""
    if r.relation != "COOPERATES_WITH" or s[k : k + 1] not in ("和", "及"):
        return False
    return _EACH.search(s, tails[-1].end, ts) is not None and _JOINT_ACT.match(s, ts) is None


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


_NOTE_LEAD = re.compile(
    r"[A-Za-z0-9 .,&'\-]*[，,]?\s*(?:[0-9]{4}年(?:[0-9]{1,2}月)?|现|已|其后|后|早前|去年|今年|于|在)*\s*"
)
"""What may open a bracketed note before its verb: the body's Latin name, a comma, a time word."""


def _owner_of_note(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """X（Advanced X Technologies，现已被Y收购）: a bracket opened right after a name holds a note about it, and a
    passive verb in the note has that name for its subject though a Latin gloss and a comma stand between."""
    opened = max(s.rfind("（", 0, pos), s.rfind("(", 0, pos))
    if opened < 0 or CLOSING_BRACKET.search(s, opened, pos) or not _NOTE_LEAD.fullmatch(s, opened + 1, pos):
        return []
    k = index_before(groups, opened)
    if k is None or groups[k][-1].end != opened:
        return []
    return groups[k][-1:]


_KIND_BEFORE_BRAND = re.compile(
    r"的?[^，,；;。：:“”「」\"]{0,14}(?:检测试剂盒|试剂盒|检测试剂|疫苗|支架|药物|新药|仪器|设备|系统|产品|疗法)[“「『\"]"
)
"""A developed product told by its kind before its brand in quotes (研发的肝癌血液检测试剂盒「某某测」): the brand,
opening after the quote, is what was developed, however long the description of its kind."""


def _before_partner(s: str, group: list[M]) -> list[M]:
    """X旗下的A与B合作…: the 与 that joins B to A opens A's partner when a joint act follows in the clause, so
    the list of X's units ends before B."""
    for k in range(1, len(group)):
        if s[group[k - 1].end : group[k].start].strip() in ("与", "同"):
            if _JOINT_ACT.search(clause_after(s, group[k].end)):
                return group[:k]
    return group


_PASSIVE_BEFORE = re.compile(r"(?:被|获|受)$")

_ASKING = ("寻求", "申请", "请求", "报请", "提请", "争取")


def _asks_for(s: str, ts: int) -> bool:
    """A word of asking (寻求, 申请) in the verb's own clause, a few characters before it: X申请资助, X寻求批准拨款
    (A提交申请，由后者资助B: the asking ends at the comma, and the one asked gives)."""
    window = clause_before(s, ts, 6)
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
    return _DENIED_MARKER.search(clause_before(s, ts, 30)) is not None


_PLANS = frozenset({"Program", "Policy"})

_PLAN_PARTS = _PLANS | {"Event"}
"""A plan or a scheme, and what it can have for parts: its own strands (a plan's contest or forum among them)."""
