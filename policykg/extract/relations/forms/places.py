"""Forms that place a body: at (在X…), settles (X落户Y), hosts (Y拥有X), under (X下属Y)."""

from __future__ import annotations

import re

from policykg.extract.relations.forms.acts import _marked
from policykg.extract.relations.forms.shared import _BREAKS_NAME, _innermost
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    CO_MARKERS,
    PLACES,
    M,
    first_partner,
    group_after,
    group_before,
)
from policykg.extract.relations.rules import Pair, Rule, rule_pairs
from policykg.extract.relations.subjects import (
    CARRIED,
    clause_subject,
    own_body_subject,
)


def _at(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """在 PLACE trigger OBJECT: the object is located in the place (在浦东设立研发中心)."""
    hit = _marked(r, s, groups, ts, ("在",), 1)
    if hit is None:
        return []
    places, split, _ = hit
    if len(places) > 1 and any(w in s[places[-1].end : ts] for w in CO_MARKERS):
        return []  # 支持香港与深圳合作建设Y: the places act together as governments; where Y lies is not said
    # (one place: X与Y在Z共同建设W names where the partners build W)
    objects = group_after(s, split, te, r.tail_gap)
    if objects and _owner_of_unnamed(s, objects[0]):
        return []  # 在坪山落地“复星医药大湾区总部”: the firm's name opens its unit's name; the unit lands there
    return rule_pairs(r, objects, _innermost(s, split, places, ts), s)


_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{2,}?(?:总部|總部|中心|基地|分部|分院|园区|園區|研究院|项目|項目)")
"""What a name written right after a body's name may go on with to name a unit of that body: a place or field and a
unit's head word (复星医药|大湾区总部, 北辰医药|华南研发中心)."""


def _owner_of_unnamed(s: str, m: M) -> bool:
    """The object mention is only the owner written at the head of a longer name the tagger did not find (在坪山落地
    “复星医药大湾区总部”, 在光明区布局新华医疗大湾区创新总部): the unit is what stands in the place; its owner may
    be anywhere. Only a run of characters closing on a unit's head word, before any connector or break, counts."""
    goes_on = _NAME_GOES_ON.match(s, m.end)
    return goes_on is not None and not _BREAKS_NAME.search(goes_on.group())


_OPENING_QUOTES = ("“", "「", '"', "『", "《")
"""Quotes that open a name: one right after a verb opens its object (落地“X总部”)."""


def _names_after(s: str, ms: list[M], te: int) -> bool:
    """A mention stands between the verb's end and the end of its clause (the verb has a named object)."""
    brk = CLAUSE_BREAK.search(s, te)
    end = brk.start() if brk else len(s)
    return any(te <= m.start < end for m in ms)


_EVENTS = frozenset({"Event"})
"""The head types of a rule about events (located.event-held): they read no subject carried from before."""

_EVENT_KIND_LEN = 4
"""Up to this many characters an event's name is an activity and a head (签约大会, 招商大会): a kind retold."""


_PAIR_JOINER = re.compile(r"[与和同及]")
"""A second side joined to the subject before the place (X与Y于PLACE…, X和Y在PLACE…)."""


_COORDINATED_ACT = re.compile(r"(?:以及|并且|并|同时)\s*(?:共同|联合|将|还|也|再|又|已|正)?\s*$")
"""A coordinator between a noun and the 在/于 of a second act (成立A以及共同在Z建设B): the noun ends the first
verb's object; it is not the subject of the second act."""


_JOINT_ACT_BEFORE = re.compile(r"暨[^，,。；;：:、！!？?（）()“”《》]{2,20}$")
"""暨 and what a news lead joins to an event before 在 (X峰会暨重大项目启动活动在Y举行, X论坛暨Z园启用仪式在Y举办): one
happening under two names; the event before 暨 is held where the whole is."""


def _settles(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X在PLACE落地/落户/布局: the subject before 在 is located in the place named before the verb; the
    rule's tail gap is how far after the marker that place may start (政府在今年的《施政纲领》中提出)."""
    hit = _marked(r, s, groups, ts, ("在", "于"), r.tail_gap)
    if hit is None:
        return []
    places, split, k = hit
    if r.head_types == _EVENTS:
        # 大会昨日在X开幕: only the event written right before the marker is held there; a clause without its
        # own subject (…，在X举行) is about some other happening, so nothing is carried from the clause before.
        # A name of four characters or fewer (签约大会, 推介大会) is a kind of meeting told again, not the event
        events = [m for m in group_before(s, split, k, r.head_gap) if m.end - m.start > _EVENT_KIND_LEN]
        if not any(m.type == "Event" for m in events):
            joint = _JOINT_ACT_BEFORE.search(s, max(0, k - 24), k)
            if joint is not None:
                # A峰会暨重大项目启动活动在X举行: the event named before 暨 is held there with the act joined to it
                events = [m for m in group_before(s, split, joint.start(), 0) if m.end - m.start > _EVENT_KIND_LEN]
        return rule_pairs(r, events, _innermost(s, split, places, ts), s)
    # A、B等认证机构先后在东岭设点: the group before the marker settles there
    settlers = group_before(s, split, k, 12) or own_body_subject(s, split, k)  # …表示，集团于2015年在深圳设厂
    if settlers and s.startswith("的", te) and (len(settlers) > 1 or _PAIR_JOINER.search(s, settlers[-1].end, k)):
        # X与Y合作于外地设立的联合实验室, X和Y在Z设立的基地: a relative clause on a joint venture of two sides
        # places the thing after 的; which side, if either, is there is unsaid (X在PLACE运营的生产线 keeps X)
        settlers = []
    if settlers and _COORDINATED_ACT.search(s, settlers[-1].end, k):
        # X成立A以及在PLACE建设B, X收购A并于PLACE设厂: A is the object of the verb before the coordinator; the
        # subject of both acts is further back, and A is not placed by the second act
        settlers = []
    carried = CARRIED.search(s, 0, k)
    if carried is not None:
        # X获Y资助，在Z设立办公室: a clause opening with the place has no subject of its own; X, the subject of the
        # clause before the comma, settles there (not Y, the last name before the comma)
        subject = clause_subject(s, split, carried.start())
        if subject:
            partners = first_partner(s, subject) > 0
            settlers = [] if partners else subject  # A与B签署备忘录，将在Z设立办公室: which of them settles is unsaid
            if partners and "分校" in s[ts:te]:
                # …，将在Z成立分校: only a university has a branch campus, so of the two sides the university settles
                unis = [m for m in subject if m.type == "University"]
                settlers = unis if len(unis) == 1 else []
    return rule_pairs(r, settlers, _innermost(s, split, places, ts), s)


def _hosts(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """PLACE已有/吸引A、B等N家企业落户: the list right after the marker settles in the place written right
    before it. A place after the verb (…落户前海) names where they settle, so the sentence is left to the
    rules that read it (located.active)."""
    hit = _marked(r, s, groups, ts, (), 2)
    if hit is None:
        return []
    members, split, k = hit
    places = group_before(s, split, k, 2)
    if not places or any(m.type not in PLACES for m in places):
        return []
    after = group_after(s, groups, te, 1)
    if after and all(m.type in PLACES for m in after):
        return []
    return rule_pairs(r, members, places, s)


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
    tails = group_after(s, split, start, r.tail_gap)
    if not tails:
        subject = group_before(s, split, k, 2)
        if subject and _UNDER_SUBJECT_GAP.match(s[subject[-1].end : k]):
            tails = subject
    return rule_pairs(r, backers, tails, s)
