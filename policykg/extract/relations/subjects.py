"""Who acts: the subject of a verb's clause when it is not written right before the verb.

Chinese leaves the subject of a chain of clauses unsaid after the first (X成立于2010年，总部位于深圳), sets a
place or a cited document between the actor and its verb (X在深圳设立Y, X根据《A》制定《B》), and lets an
announcer (X宣布，…), 双方 or a bare 集团/公司 stand for a body named before. The relation forms of
:mod:`policykg.extract.relations.forms` ask these finders for the actor; the group helpers they use are in
:mod:`policykg.extract.relations.groups`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import places
from policykg.extract.names import AFTER_DATE_WORDS
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    PARTNER_JOINS,
    PARTNER_MARK,
    PARTNER_VERBS,
    PARTNER_WORDS,
    PLACES,
    SENTENCE_BREAK,
    M,
    clause_start,
    comma_before,
    first_partner,
    group_after,
    group_at,
    group_before,
    index_before,
    named_after_place,
    nearest_before,
)

_LEAD_VERB = r"(?:牵头|领衔|带头|主导)"

LEADS = re.compile(rf"\s*{_LEAD_VERB}\s*[，,]")
"""由X牵头，联合A、B共同组建的Y: X leads the act that the clause after the comma names."""

_LED = re.compile(rf"^\s*{_LEAD_VERB}\s*[，,]\s*$")
"""X牵头，联合Y / X牵头，制定Z: the leader is the subject of the verb after the comma that closes 牵头."""

_LEADS_IN = re.compile(rf"^\s*{_LEAD_VERB}\s*[，,]\s*(?:" + "|".join(PARTNER_VERBS) + r")\s*$")
"""X牵头，联合A、B组建Y: the leader and the partners it brings in act together, across the comma after 牵头."""

_TOPIC_LINK = re.compile(r"[，,]\s*(?:并|并且|亦|就|也|均|都|则|正)?(?:将|会)?是?$")

_TIME_LEAD = re.compile(r"^(?:[^，,。；;]{0,12}[年月日]|例如|比如|其中|此外|同时)?[，,]?")

_HOSTED_AT = re.compile(r"(?:设在|设于|挂靠|挂靠在)\s*$")
"""Y办公室设在Z: the body after the verb hosts the topic (relies.hosted); it is not what the clause is about."""


def topic_before(s: str, groups: list[list[M]], mpos: int) -> list[M]:
    """The topic a 由-clause comments on across one comma (Y，就是由X研发 / Y前身是…，由X创立): the group
    closing the clause before the comma, else the group opening that clause."""
    link = _TOPIC_LINK.search(s, 0, mpos)
    if link is None:
        return []
    comma = link.start()
    closing = group_before(s, groups, comma, len(s[:comma]) - len(s[:comma].rstrip('”」』"')))
    located = (
        _PLACE_MARKER.search(s, 0, closing[0].start) or _PLACE_OF_MARKER.search(s, 0, closing[0].start)
        if closing
        else None
    )
    if closing and _HOSTED_AT.search(s, 0, closing[0].start):
        return clause_subject(s, groups, comma)  # Y办公室设在Z，由A、B派员参加: Z hosts the topic, Y opens the clause
    if closing and not (all(m.type in PLACES for m in closing) and located):
        return closing  # Y位于Z，由X组建: a place after 位于 is where the topic is, the topic opens the clause
    return clause_subject(s, groups, comma) or _unspoken(s, _chain_subject(s, groups, comma))
    # Y于去年揭牌，位于Z，由A与B共建 / Y…，是一家新型研发机构，由A共建: a clause of place or a 是-clause has
    # no subject of its own; the chain's topic, Y, is what the 由-clause speaks of


_SAYING_VERBS = ("表示", "指出", "认为", "称", "说", "介绍", "透露", "强调")
"""Verbs of saying that close a speaker's clause (X表示，…); each pattern below adds the few of its own."""
_SPEECH_END = re.compile(rf"[^，,。；;]*?(?:{'|'.join(_SAYING_VERBS + ('宣布',))})\s*[，,：:]")


def _unspoken(s: str, subject: list[M]) -> list[M]:
    """The subject of a chain, unless its clause only says who speaks (X表示，位于Z的实验室，由Y共建): what the
    speaker says is about another body, so the speaker is no topic for the clauses after the comma."""
    return [] if subject and _SPEECH_END.match(s, subject[-1].end) else subject


_JOINED_KIND = re.compile(r"\s*(?:等)?\s*(?:有关|相关)?\s*(?:部门|单位|机构)?\s*(?:共同|派员|选派人员)?\s*")


def joined_after_leader(s: str, groups: list[list[M]], pos: int, ts: int) -> list[M]:
    """The bodies named right after the comma that closes 由X牵头 (…，A、B等部门参加), when only their kind stands
    between them and the verb of taking part: with the leader they make up the group the sentence names."""
    joined = group_after(s, groups, pos, 0)
    if not joined or joined[-1].end > ts or not _JOINED_KIND.fullmatch(s, joined[-1].end, ts):
        return []
    return joined


def leader_of(s: str, groups: list[list[M]], subject: list[M], comma: int) -> list[M]:
    """Y由X牵头，与A、B共建: the clause before the comma names Y as what is built and X as the one who leads; the
    clause after it, with no subject of its own, goes on with the leader, so X (not Y) is A's partner."""
    if not subject or not s.startswith("由", subject[-1].end):
        return []
    leader = group_at(s, groups, subject[-1].end + 1)
    if not leader:
        return []
    led = LEADS.match(s, leader[-1].end)
    return leader if led is not None and led.end() - 1 == comma else []


def clause_subject(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The group opening the clause that ends at ``comma`` (past a time or a linking word): its subject."""
    opened = clause_start(s, comma)
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
                    unit = group_after(s, groups, owned.end(), 0)
                    if unit and unit[-1].end <= comma:
                        return unit  # X集团旗下的Y宣布，…: Y is the subject, X only says whose it is
                return g  # (由X提供场地，…: a group after 由/在/与 is an agent, a place or a partner, not the subject)
    return []


def topic_subject(s: str, groups: list[list[M]], comma: int, hops: int = 3) -> list[M]:
    """The subject of the clause ending at ``comma`` or, when that clause has none, of the nearest clause before it
    that has one, across commas only (X于2008年成立，总部设于Y，主要从事…，旗下有A及B: the clauses after the first
    go on about X, the topic of the chain; a full stop or a semicolon ends the chain)."""
    for at in chain((comma,), _commas_back(s, comma, hops - 1)):
        subject = clause_subject(s, groups, at)
        if subject:
            return subject
    return []


def _commas_back(s: str, comma: int, hops: int, stop: re.Pattern[str] | None = None) -> Iterator[int]:
    """The commas before ``comma`` in its sentence, nearest first, at most ``hops`` of them; the walk ends at a full
    stop or a semicolon, or before a clause that ``stop`` matches at its opening (a new topic). Why: Chinese
    leaves the subject of a chain of clauses unsaid after the first, and both subject finders that look for it
    walk back over the same commas."""
    for _ in range(hops):
        prev = comma_before(s, comma)
        if prev < 0 or SENTENCE_BREAK.search(s, prev, comma) or (stop is not None and stop.match(s, prev + 1)):
            return
        yield prev
        comma = prev


_LIST_LABEL = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*"
)

_BYLINE_LEAD = re.compile(
    r"\s*(?:(?:[^，,。；;【（(]{0,16}?电)?\s*(?:【[^】]{0,24}】|[（(][^（()）]{0,16}(?:记者|通讯员|讯)[^（()）]{0,8}[）)])"
    r"|[^，,。；;【（(]{0,16}?[0-9０-９一二三四五六七八九十]日"
    r"(?:电(?![" + "".join(sorted(AFTER_DATE_WORDS)) + r"])|讯|消息))\s*"
)
"""A news item's dateline and byline before its first clause (新华社某地某日电（记者 某某）, 【本报记者某某报道】), or
a dateline alone (某某网9月26日电 X局局长率团…): the outlet that files the item is never the clause's subject.
日电话, 日电视, 日电子… (12日电话会见) are words after a date, no dateline."""

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


def named_after_one(s: str, heads: list[M], tails: list[M]) -> list[M]:
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


_AMOUNT = r"[\d○〇零一二三四五六七八九十百千万亿.\s]+"
"""The figure of a sum of money, in digits or Chinese numerals (50, 二百八十, 1.5)."""

_SUM_BEFORE = re.compile(
    r"(?:注资|拨款|拨出|投入|出资|安排|筹措|筹集|斥资|预留|拨付|投资)了?\s*(?:专项资金|资金|经费)?\s*(?:约|超过|逾|近)?\s*"
    + _AMOUNT
    + r"(?:亿|万)(?:元|港元|港币)?\s*$"
    r"|(?:设立|安排|设置)了?(?:[\u4e00-\u9fff]{0,6})(?:专项资金|专项经费|资金|基金)\s*$"
)
"""X注资50亿，成立了Y基金 / X已预留100亿元，推行Y计划 / X安排1000万元，支持Y / X设立专项资金，支持Y: a clause that only
commits a sum or sets aside a fund is the first step of one act; the bare comma after it still carries the subject
(the act it pays for follows with nothing before its verb)."""

_FUNDED_BEFORE = re.compile(
    r"获[^，,。；;]{0,30}?(?:资助|拨款|拨出|注资|资金支持|经费支持)"
    r"(?:\s*" + _AMOUNT + r"(?:亿|万)?(?:元|港元|港币|美元))?\s*$"
)
"""X获Y资助，研发了Z / X获Y拨款280万元，用于开发Z: a clause in which the subject only receives funding is the
first step of one act; the bare comma after it carries the subject into the act the money pays for."""


def topic_with_partner(s: str, groups: list[list[M]], partners: list[M]) -> list[M]:
    """The topic of a chain whose zero-subject clause names only a partner (X成立于1958年，并与Y共建Z): Y
    follows 与 with no subject before it, so X, carried from the clause before, acts jointly with Y."""
    mark = PARTNER_MARK.search(s, 0, partners[0].start)
    if mark is None or s[mark.start() : mark.end()].strip() not in PARTNER_JOINS:
        return []
    return carried_subject(s, groups, mark.start())


def like_act_before(s: str, groups: list[list[M]], comma: int, acts: tuple[str, ...]) -> bool:
    """Whether the clause closed by ``comma`` is an act of the same kind ending on its named object (X修订《A》，
    出台《B》，印发《C》; X成立了A，设立了B). Why: a run of like verbs each with its own object, the subject
    written once before the first, is how reports list what one body did; a clause of another kind (X表示，…,
    X支持A，建设B) may hand the next verb to someone else."""
    if not acts:
        return False
    closing = group_before(s, groups, comma, 1)
    if not closing:
        return False
    opened = clause_start(s, closing[0].start)
    clause = s[opened : closing[0].start].rstrip('《“「『"')
    return any(clause.endswith(a) or clause.endswith(a + "了") for a in acts)


def _first_step(s: str, comma: int) -> bool:
    """Whether the clause closed by ``comma`` only commits or receives money for the act after it."""
    return _SUM_BEFORE.search(s, 0, comma) is not None or _FUNDED_BEFORE.search(s, 0, comma) is not None


_DESCRIBED = re.compile(
    r"\s*(?:是|为|系)(?:一家|一所|一间|一个|一座|一支|一处|国内|全国|全球|我国|国家级|省级|首家|首个)"
)


def _described_before(s: str, groups: list[list[M]], comma: int) -> bool:
    """Whether the clause closed by ``comma`` describes the body it opens with (X是一家创新药企业，位于Y; X是一所三甲
    医院，坐落于Z): such a clause only says what the body is, so the next clause goes on about the same body."""
    subject = clause_subject(s, groups, comma)
    return bool(subject) and _DESCRIBED.match(s, subject[-1].end, comma) is not None


def carried_subject(
    s: str, groups: list[list[M]], ts: int, partners: bool = False, acts: tuple[str, ...] = (), signed: bool = False
) -> list[M]:
    """The subject of the clause before the comma, carried into a clause that has only a time and adverbs
    before its verb: Chinese leaves the subject of a chain of clauses unsaid after the first. ``partners``:
    the verb is a joint one (联合举办, 共同主办), so X's partners named with 与 act too. ``acts``: the verbs of
    the rule, one of which in the clause before makes a bare comma a chain of like acts (X修订A，出台B).
    ``signed``: the clause before ends in the cooperation itself (签署合作协议), so a list of two or more joined
    by 和 or 、 (A和B签署合作备忘录，共同建设C) are the parties, as a pair named with 与 is."""
    m = _ZERO_SUBJECT.search(s, 0, ts)
    if m is not None and s[m.start()] == "、" and not like_act_before(s, groups, m.start(), acts):
        return []  # A、B: 、 joins the names of a list; only between like acts (X启动了A、制定了B) does it chain verbs
    bare = m is not None and m.end() - m.start() < 2
    if m is not None and bare:
        topic = _lone_topic(s, groups, m.start())
        if topic:
            return topic  # 南湖儿童医院，位于沙田，…: a clause that is only a name is the topic of the next
    if m is None or (
        bare
        and not partners
        and not _first_step(s, m.start())
        and not like_act_before(s, groups, m.start(), acts)
        and not _described_before(s, groups, m.start())
        and not (_sited_clause(s, ts) and not _SAID_BEFORE.search(s, 0, m.start()))
    ):
        return []  # X表示，《Y》…: a bare comma before the verb carries nothing over
    first = _head_noun_clause(s, groups, m.start()) or clause_subject(s, groups, m.start())
    first = first or _chain_subject(s, groups, m.start())
    if not first or s[first[-1].end : first[-1].end + 1] in ("的", "之"):
        return []  # X的合作伙伴表示，将落户Z: X only qualifies the subject
    partner = first_partner(s, first)
    if partner and not partners:
        return first[:partner]  # X与Y签约，落户Z: Y is X's partner, X is who settles
    if bare and partners and not partner and not _first_step(s, m.start()) and not (signed and len(first) > 1):
        return []  # …机制，共建Z: after a bare comma only a pair named with 与 (X与Y结盟，联合举办Z) acts jointly
    return first


_SITE_VERBS = ("位于", "坐落", "座落", "地处")
"""The verbs that only say where something lies (X…，位于Y): they take no agent, so their subject is the topic."""

_SAID_BEFORE = re.compile(rf"(?:{'|'.join(_SAYING_VERBS + ('获悉', '了解到'))})\s*$")
"""A clause closed by a verb of saying (X表示，…): what follows is what is said, with a topic of its own."""


def _sited_clause(s: str, ts: int) -> bool:
    """Whether the clause at ``ts`` only says where the topic lies (X成立于2015年，位于Y; X是…载体，首期规划面积1平方
    公里，位于Y): descriptions of a body or a park go on clause after clause about it, and a place verb has no
    subject of its own to bring. Not a relative clause (其中，位于Y的Z…; 一周前，位于Y的Z宣布…), which is about Z."""
    if not s.startswith(_SITE_VERBS, ts):
        return False
    end = CLAUSE_BREAK.search(s, ts)
    return "的" not in s[ts : end.start() if end else len(s)]


def _lone_topic(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The one name that makes up the whole clause closed by ``comma`` (a sentence opening 南湖儿童医院，位于沙田):
    news and descriptions name the body alone and go on about it, so it is the subject of what follows."""
    start = max((k.end() for k in CLAUSE_BREAK.finditer(s, 0, comma)), default=0)
    inside = [g for g in groups if start <= g[0].start and g[-1].end <= comma]
    if len(inside) != 1 or len(inside[0]) != 1:
        return []
    name = inside[0][0]
    return [] if s[start : name.start].strip() or s[name.end : comma].strip() else inside[0]


NEW_TOPIC = re.compile(r"\s*(?:该|这|此|本|其|[\u4e00-\u9fff]{0,4}(?:表示|指出|认为|称))")
"""A clause opening with a demonstrative (该中心位于…) or a speaker's verb brings a subject of its own."""


def _head_noun_clause(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """A clause that is one noun phrase closed by a name after 的 (A与B合资成立的C，如今…): it is about C."""
    closing = group_before(s, groups, comma, 0)
    if not closing or s[closing[0].start - 1 : closing[0].start] != "的":
        return []
    opened = clause_start(s, comma)
    return closing if closing[0].start > opened else []


def _chain_subject(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The subject of the first clause of a chain whose later clauses name none (X由A和B合资成立，主要从事…，其
    自主研发的Y…): walked back over at most three clauses that open with neither a name nor a new topic."""
    for prev in _commas_back(s, comma, 3, NEW_TOPIC):
        subject = _head_noun_clause(s, groups, prev) or clause_subject(s, groups, prev)
        if subject:
            return subject
    return []


_ANNOUNCED = re.compile(
    r"^[^，,。；;]{0,6}?(?:宣布|表示|称|透露|公布|指出)[，,]\s*(?:将|会|已|亦|并|正|正在|计划|今年|明年)?\s*$"
)
"""X昨日宣布，与Y合作 / X表示，将与Y合作: a body announcing what it does with a partner is the partner's partner."""


def announcer_before(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The group that announces, across the comma after its verb of saying, an act it takes with a partner."""
    idx = index_before(groups, pos)
    if idx is None or not _ANNOUNCED.match(s[groups[idx][-1].end : pos]):
        return []
    return groups[idx]


_ANNOUNCING = re.compile(r"(?:宣布|表示|称|说|透露|介绍|公布|指出)[，,]")
"""X（3月4日）宣布， closing a sentence's first clause: what follows is X's own account of what X does."""


def announcer_of_chain(s: str, groups: list[list[M]], comma: int) -> list[M]:
    """The body that announces in a sentence's first clause (X宣布，… / A集团旗下的X昨日宣布，…) when no clause
    between its announcement and ``comma`` opens with a name of its own (其实验室投入运作 / 公司获政府委托): news
    tells a chain of a firm's acts after one 宣布 and names the firm once, so the firm is the subject of the
    later clause too."""
    first_end = CLAUSE_BREAK.search(s)
    if first_end is None or first_end.start() > comma:
        return []
    lead = _ANNOUNCING.search(s, max(0, first_end.start() - 2), first_end.end())
    if lead is None or lead.end() != first_end.end():
        return []
    idx = index_before(groups, lead.start())
    if idx is None or len(s[groups[idx][-1].end : lead.start()]) > 6:
        return []
    if all(m.type == "Person" for m in groups[idx]):
        # A集团董事长李某表示，集团…与Y合作: the speaker talks for the body whose title he holds
        if idx == 0 or len(s[groups[idx - 1][-1].end : groups[idx][0].start]) > 8:
            return []
        if CLAUSE_BREAK.search(s, groups[idx - 1][-1].end, groups[idx][0].start):
            return []
        idx -= 1
        if any(m.type in PLACES or m.type == "Person" for m in groups[idx]):
            return []
    for k in range(lead.end(), comma):
        if s[k] in "，," and clause_subject(s, groups, k):
            return []  # X宣布，Y已完成…，并与Z合作: Y is the subject of the chain from there on
    return groups[idx]


_OWN_BODY = re.compile(r"[，,]\s*(?:本|该)?(?:集团|公司)(?=[^，,。；;：:]*$)")
"""A clause opening with 集团/公司/本公司 (…表示，集团去年投资了Y): the body the speaker or announcer acts for."""


def own_body_subject(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """The announcing body (or the body whose officer speaks) of the sentence's first clause, when the clause of
    the verb at ``ts`` opens with a bare 集团/公司 standing for it and names no one before the verb."""
    m = _OWN_BODY.search(s, 0, ts) if "公司" in s or "集团" in s else None  # (what every match holds)
    if m is None or any(m.end() <= g[0].start < ts for g in groups):
        return []
    announcer = announcer_of_chain(s, groups, m.start())
    if announcer:
        return announcer
    # X是A集团的附属公司，集团总部位于深圳: the one group the sentence has named before
    word = m.group().lstrip("，, 本该")
    named = [x for g in groups for x in g if x.end <= m.start() and s[x.start : x.end].endswith(word)]
    return named if len(named) == 1 and word == "集团" else []


_SIDES = ("双方", "两者", "两家", "两校")
"""Words standing for the two sides named before (what every match of :data:`_BOTH_SIDES` holds)."""
_BOTH_SIDES = re.compile(rf"[，,]\s*(?:{'|'.join(_SIDES)})(?=[^，,。；;：:]*$)")


def place_of_act(s: str, groups: list[list[M]], group: list[M]) -> bool:
    """Places written after 在/于 (在南山区成立, 在深圳市南山区成立): where the act happens, not an actor."""
    if not all(m.type in PLACES for m in group):
        return False
    at = group[0].start
    while (wider := _place_ending(groups, at - 1 if s[at - 1 : at] == "的" else at)) is not None:
        at = wider.start  # 深圳市南山区: the city flush before its district; 沙田的香港科学园: the district's park
    return _PLACE_MARKER.search(s, 0, at) is not None or _PLACE_MARKER_PROVINCE.search(s, 0, at) is not None


def _place_ending(groups: list[list[M]], end: int) -> M | None:
    """The place or park mention that ends at ``end``, if any: a place written before another that lies in it."""
    return next((m for g in groups for m in g if m.end == end and m.type in PLACES), None)


def both_sides(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """A与B签署协议，双方将共建C: 双方 opening the clause of the verb stands for the subject of the clause before
    the comma and the partner named after its 与/同/和."""
    m = _BOTH_SIDES.search(s, 0, ts) if any(w in s for w in _SIDES) else None
    if m is None or any(m.end() <= g[0].start < ts and not place_of_act(s, groups, g) for g in groups):
        return []  # (双方将在南山区合资成立C: a place after 在 names where, not who)
    first = clause_subject(s, groups, m.start())
    if not first:
        return []
    if first_partner(s, first):
        return first  # A与B: one group of two sides
    after = [g for g in groups if first[-1].end <= g[0].start < m.start()]
    if not after or not PARTNER_MARK.search(s, first[-1].end, after[0][0].start):
        return []
    if len(s[first[-1].end : after[0][0].start]) > 8:
        return []
    return first + named_after_place(s, groups, after[0], m.start())  # A与深圳企业B签约，双方…: B, not 深圳


_NUM = r"(?:\d{1,4}|[一二三四五六七八九十〇○零]{1,4})"

_CARRIED_TIME = (
    r"(?:(?:在|于)\s*)?(?:(?:今年|去年|明年|前年|近年来|近年|近日|日前|早前|同年|届时|其后|随后|上月|本月|年内|"
    r"(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*年)(?:初|中|底|末|上半年|下半年)?"
    r"(?:" + _NUM + r"月(?:" + _NUM + r"日)?)?(?:初|中|底|末|间)?)"
)
"""A time opening a clause (去年, 今年初, 2023年3月, 于二〇二三年, 近年): Hong Kong news and replies set one
before 并 (…，去年并与Y合作), and it names when, not who, so the clause still has no subject of its own."""

CARRIED = re.compile(
    r"[，,]\s*(?:(?:并|并且|还|亦|也|又)于)?\s*" + _CARRIED_TIME + r"?\s*"
    r"(?:并|并且|还|亦|也|又|再|同时|此外|另外)?\s*(?:将|会|已|正|已经|正在|积极|计划|拟|准备)?\s*$"
)
"""…，并与Y合作 / …，与Y共建… / …，并于去年在Z设立…: a clause that opens with its partner (or goes on with
并/还/亦, or 并于 and a time) has no subject of its own and keeps the subject of the clause before the comma."""

_AT_WORDS = r"(?:在|于|到|赴|落户|位于)"
"""Words after which a place is where something is or happens, not who acts."""

_PLACE_MARKER = re.compile(_AT_WORDS + r"\s*$")

PROVINCE_WRITTEN = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:省|自治区)")
"""A province written out before its city (江苏省苏州市, 广东省深圳市): the groups keep only the city (find_groups),
so the words 在/于 stand before the province's name, not the city's."""

_PLACE_MARKER_PROVINCE = re.compile(_AT_WORDS + r"\s*" + PROVINCE_WRITTEN.pattern + r"\s*$")
"""在江苏省|苏州市…召开: the marker of where, then a province the city's group has absorbed."""

_PLACE_OF_MARKER = re.compile(_AT_WORDS + r"[^，,；;。：:]{1,10}的\s*$")
"""位于沙田的香港科学园: a place after 位于 may be written as another place's (a park in its district)."""

_CO_VERB = re.compile("(?:" + "|".join((*PARTNER_WORDS, "协同", "伙同", "和")) + r")\s*$")

_CITED_BY = re.compile(r"(?:根据|依据|依照|按照|遵照)\s*[《“\"]?\s*$")
"""A group right after 根据/依据/按照 is the object of the preposition (what the act goes by), never its subject."""

_FRAME_OPEN = re.compile(r"\s*[在于][^，,。；;：:]{0,8}$")
"""在 or 于 and a few words of one clause (在2018年, 在今年的) between a body and the document it speaks in."""

_FRAME_CLOSE = re.compile(r"[》”」\s]*(?:中|之下|框架下|下(?![发达])|(?=提出|宣布|公布|表示|指出))")
"""在《Y》中 / 在今年的施政报告中 / 于2017年施政报告提出 / 在「X基金」下推出: the document a body speaks in or the
scheme it acts under, written between the body and its verb (在《Y》下发后 is Y being sent down, no frame)."""


_BACKED_BY = re.compile(
    r"的?(?:大力|鼎力|积极)?(?:支持|资助|扶持|帮助|推动|指导|关心|支援|协助|见证)"
    r"(?:[和与及、](?:支持|资助|扶持|帮助|推动|指导|关心|支援|协助))?之?下"
)
"""在X(的)支持下 / 在X的指导和支持下: a body framed as the one backing or guiding an act, written before its verb."""


def _backer_frame(s: str, groups: list[list[M]], idx: int, pos: int) -> bool:
    """The group at idx stands inside 在…(的)支持下 right before the verb (A在X的支持下成立B, 在X支持下成立的B).
    Why: the backer is named nearest to the verb, but it supports the act (supports.under reads it); the one
    acting is the subject before 在, or no one named when the frame opens the clause."""
    g = groups[idx]
    frame = _BACKED_BY.match(s, g[-1].end)
    if frame is None or frame.end() > pos:
        return False  # the verb is the frame's own (在X的支持下: X supports)
    start = groups[idx - 1][-1].end if idx > 0 else 0
    return _FRAME_OPEN.match(s, start, g[0].start) is not None


def subject_before(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    """The acting group before a verb: past a place it acts in (A在香港成立B), past a place that only
    modifies a noun (A等8家香港独资机构落户), and together with a partner named by 会同/联合 (X会同Y举办)."""
    hit = nearest_before(s, groups, pos)  # X（Y的子公司）将在…: X acts, not Y in the aside
    if hit is None:
        return []
    idx, g, gap = hit[0], groups[hit[0]], s[hit[1] : pos]
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
    if _backer_frame(s, groups, idx, pos):
        if idx == 0 or CLAUSE_BREAK.search(s, groups[idx - 1][-1].end, g[0].start):
            return []  # 在X支持下成立的Y: X backs the founding, the founder is not named
        idx -= 1  # A在X的支持下成立B: A acts, X backs it
        g, gap = groups[idx], s[groups[idx][-1].end : pos]
    if len(gap) > max_gap or (CLAUSE_BREAK.search(gap) and not _LED.match(gap)):
        return []
    while all(m.type in PLACES for m in g):
        k = idx
        while k > 0 and groups[k - 1][-1].end == groups[k][0].start and all(m.type in PLACES for m in groups[k - 1]):
            k -= 1
        marked = _PLACE_MARKER.search(s[: groups[k][0].start]) is not None
        if marked:
            idx, g = k, groups[k]  # 在深圳前海设立…: a place written after its city (深圳前海) is one place with it
        before = s[groups[idx - 1][-1].end : g[0].start] if idx > 0 else ""
        if not (marked or (gap.strip() and before.startswith("等"))):
            break
        prev = groups[idx - 1] if idx > 0 else None
        if prev is None or len(s[prev[-1].end : pos]) > max_gap + 12 or CLAUSE_BREAK.search(before):
            return [] if marked else list(g)  # 在香港成立…: the place is where, not who
        idx -= 1
        g = prev
        gap = s[g[-1].end : pos]
    out = list(g)
    if idx > 0 and _CO_VERB.search(s[: g[0].start]):
        prev = groups[idx - 1]
        between = s[prev[-1].end : g[0].start]
        if (len(between) <= 4 and not CLAUSE_BREAK.search(between)) or _LEADS_IN.match(between):
            out = list(prev) + out
    return out
