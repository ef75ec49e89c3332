"""Forms of partners: mutual (A、B共同…), with (A与B合作), counted places (两地, 三方), glossed and relative
partner lists, officers acting for their bodies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract.names import titles_before_names
from policykg.extract.relations.forms.acts import (
    _COUNTED_AFTER,
    _FUNDED_KIND,
    _KIND_BEFORE_MARKER,
    _LIST_CLOSER,
    _marked,
    _unnamed_partner,
)
from policykg.extract.relations.forms.shared import (
    _COOPERATION_TOPIC,
    _COUNTED,
    _EACH,
    _GOAL_BEFORE,
    _JOINT_ACT,
    _NOMINAL_JOINT,
    _UNIT,
    Marked,
    _each_on_its_own,
    _places_own_noun,
)
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    CO_MARKERS,
    CO_NOUN,
    PARTNER_JOIN,
    PARTNER_MARK,
    PLACES,
    UP_TO_CLOSING_BRACKET,
    WITH_MARKERS,
    M,
    clause_after,
    first_partner,
    group_after,
    group_at,
    group_before,
    group_within,
    kind_after,
    named_after_place,
    split_at,
)
from policykg.extract.relations.rules import Pair, Rule, fits, pairwise, rule_pairs
from policykg.extract.relations.subjects import (
    CARRIED,
    announcer_before,
    announcer_of_chain,
    clause_subject,
    leader_of,
    own_body_subject,
)

_VENUE_MARK = re.compile(r"(?:在|于)\s*$")


def _mutual(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """A、B共同…/A、B签约: the bodies listed before the trigger act with one another, each pair once."""
    if _COUNTED_AFTER.match(s, te):
        return []  # 上海、江苏、浙江四地的63家机构: the places are counted as a scope, not said to act together
    if s[ts:te] in CO_MARKERS and CO_NOUN.match(s, te):
        return []  # A、B合作平台, 东岭、南湖合作区: the co-marker heads a noun naming a kind of thing; no one acts
    if s[ts:te].endswith("地") and _places_own_noun(s, te):
        return []  # 粤港澳三地科研资源互补: the places own the noun after them; nothing says they act together
    grp = group_before(s, groups, ts, r.head_gap)
    if grp and all(m.type in PLACES for m in grp) and _GOAL_BEFORE.search(s, 0, grp[0].start):
        return []  # 交流粤港澳三地的经验, 促进A、B两地合作: the places are the object of whoever promotes it
    if s[ts:te] == "合作" and any(PARTNER_JOIN.search(s, a.end, b.start) for a, b in zip(grp, grp[1:])):
        return []  # 广州与香港、澳门合作: 香港 and 澳门 are 广州's partners, not each other's (cooperates.with)
    if s.startswith("签", ts) and any(PARTNER_JOIN.search(s, a.end, b.start) for a, b in zip(grp, grp[1:-1])):
        return []  # A与B、C和D签约: A signs with each of them (cooperates.with); they do not sign with one another
    if grp and s.startswith("的", grp[0].start - 1):
        owner = group_before(s, groups, grp[0].start - 1, 0)
        if owner and PARTNER_MARK.search(s, 0, owner[-1].start):
            return []  # 与A的B及C签署: B and C are the partners of the subject, not parties to each other
    if grp and _EACH.search(s, grp[-1].end, ts):
        return []  # A、B分别与企业签约: each signs on its own
    counted = _counted_partners(s, groups, ts) if grp and r.relation == "COOPERATES_WITH" else None
    if counted is not None and counted[0][0].start <= grp[0].start:
        return []  # X与三家企业（A、B和C）签约: the bracket lists X's partners, who do not sign with one another
    if grp and s[ts:te].endswith("地") and _VENUE_MARK.search(s, 0, grp[0].start):
        return []  # X在张江、临港两地设有研发中心: the places after 在 are sites, not parties
    if grp and grp[0].type in PLACES and _VENUE_MARK.search(s, 0, grp[0].start):
        lead = next((i for i, m in enumerate(grp) if m.type not in PLACES), len(grp))
        grp = grp[lead:]  # X在北京与Y签约: 北京 is where they sign, not a party
    if grp and (
        s[grp[-1].end : ts].rstrip().endswith("、")
        or PARTNER_MARK.search(s, 0, grp[0].start)
        or _PARTNER_RELATIVE.search(s, 0, grp[0].start)
    ):
        # A、B、联合采购办公室: 联合 opens the next item; X联合A、B共同…: A and B are X's partners, and
        # the sentence says X acts with each of them, not that they act with one another
        return []
    if any(kind_after(s, m.end, ts) and PARTNER_MARK.search(s, 0, run[0].start) for m, run in _place_runs(grp)):
        return []  # A、B与内地高校联合培养, A、B与广州、深圳的高校联合…: each works with a kind of partner
    members = [m for m in grp if fits(r, m.type, m.type) and not (m.type == "Region" and kind_after(s, m.end, ts))]
    # X与香港高校开展联合攻关: the kind after the place is the partner (as in the with form), not the place
    return pairwise(members)


_PARTNER_RELATIVE = re.compile(r"(?:与|同|跟)[^，,；;：:。！？与同跟和及、]{1,20}的\s*$")
"""与 opening a relative clause that 的 closes right before a list (X与设有中医学院的A、B及C签约): the clause
qualifies X's partners, who sign with X, not with one another."""


def _relative_partners(s: str, groups: list[list[M]], ts: int) -> Marked | None:
    """X与设有中医学院的A、B及C签署…: the list after the relative clause that 与 opens, when it ends before the trigger
    in the same clause, with the groups split at 与 and its position; None otherwise. Why: a partner is often
    described before it is named (与拥有X的A合作), and the 与 is then no longer flush against the name."""
    k = s.rfind("与", max(0, ts - 40), ts)
    if k < 0:
        return None
    close = s.find("的", k + 1, ts)
    if close < 0 or not _PARTNER_RELATIVE.fullmatch(s, k, close + 1):
        return None
    split = split_at(groups, k)
    tails = group_within(s, split, close + 1, 0, ts)
    if not tails or any(m.type in PLACES for m in tails):
        return None  # 与设有医学院的香港本地大学签约: the place qualifies a kind of partner, it is not one
    return tails, split, k


def _place_runs(grp: list[M]) -> list[tuple[M, list[M]]]:
    """Each place of ``grp`` after its first member, with the run of places it closes (A与广州、深圳: 深圳 and
    [广州, 深圳]). Why: places listed before a kind (广州、深圳的高校) qualify it together, so the partner mark that
    makes the kind a partner stands before the first place of the run, not before the last."""
    out = []
    for k in range(1, len(grp)):
        if grp[k].type != "Region":
            continue
        j = k
        while j > 1 and grp[j - 1].type == "Region":
            j -= 1
        out.append((grp[k], grp[j : k + 1]))
    return out


_COUNTED_BRACKET = re.compile(r"\s*" + _COUNTED + _UNIT + r"[\u4e00-\u9fff]{1,6}?[（(]\s*(?:即|包括)?\s*")
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
        split = split_at(groups, k)
        after = group_within(s, split, counted.end(), 0, ts)
        if after and UP_TO_CLOSING_BRACKET.match(s, after[-1].end, ts):
            return after, split, k
    return None


_COUNTED_KIND_BRACKET = re.compile(
    r"\s*" + _COUNTED + _UNIT + r"[^，,；;：:。！？（()）与同跟]{1,24}?[（(]\s*(?:即|包括|分别为|分别是)?\s*"
)
"""与三家企业（…, 与三间设有中医学院的本地大学（…: a counted kind, however it is qualified, then the bracket that
names the bodies counted."""

_COUNTED_PARTNER_REACH = 90
"""How far before the trigger the 与 of a counted kind whose members a bracket names is looked for: the bracket
holds the whole list, glosses of each member included."""


def _counted_partners(s: str, groups: list[list[M]], ts: int) -> Marked | None:
    """X与三家企业（A、B和C）签约: the partner marker's object is a counted kind whose members the bracket after it
    names; they are X's partners, one list, and the 和 inside the bracket joins them (it names no partner of A).
    Why: news names the partners of a signing after saying how many there are and what kind they are; read
    without the count, the list's own 和 made its last member the partner of the others."""
    for mk in _EACH_PARTNER.finditer(s, max(0, ts - _COUNTED_PARTNER_REACH), ts):
        counted = _COUNTED_KIND_BRACKET.match(s, mk.end())
        if counted is None:
            continue
        shut = _closing_bracket(s, counted.end(), ts)
        if shut is None or ts - shut > 12 or CLAUSE_BREAK.search(s, shut + 1, ts):
            continue
        split = split_at(groups, mk.start())
        inner = _glossed_list(s, split, counted.end(), shut)
        if inner:
            return inner, split, mk.start()
    return None


_GLOSS = re.compile(r"[（(][^（()）]{1,8}[）)]")
"""A short form in brackets right after a name (香港大学（港大）): the same body, no item of its own."""


def _closing_bracket(s: str, start: int, end: int) -> int | None:
    """Where the bracket opened just before ``start`` closes (brackets inside it counted), before ``end``."""
    depth = 1
    for i in range(start, end):
        if s[i] in "（(":
            depth += 1
        elif s[i] in "）)":
            depth -= 1
            if depth == 0:
                return i
    return None


def _glossed_list(s: str, groups: list[list[M]], start: int, end: int) -> list[M]:
    """The names listed from ``start`` to ``end``, each maybe followed by its short form in brackets, joined by
    、/和/及 (A（甲）、B（乙）和C（丙）), or [] when the stretch holds anything else."""
    stretch = _GLOSS.sub(lambda g: "\0" * len(g.group()), s[start:end])
    ms = sorted(
        (m for g in groups for m in g if start <= m.start and m.end <= end and stretch[m.start - start] != "\0"),
        key=lambda m: m.start,
    )
    if len(ms) < 2 or ms[0].start != start:
        return []
    parts, at = [], start
    for m in ms:
        parts.append(stretch[at - start : m.start - start].replace("\0", ""))
        at = m.end
    parts.append(stretch[at - start :].replace("\0", ""))
    if parts[0] or parts[-1] or any(p not in ("、", "和", "及", "以及", "、以及") for p in parts[1:-1]):
        return []
    return ms


_PLAIN_JOINT_VERBS = ("建议", "着手")
"""Verbs that say nothing of cooperation themselves: X与Y建议/着手… is a joint act only when the pair is their
subject, not when a 的 turns the pair into the qualifier of another noun (A与B的专家建议)."""

_RELATIVE_OPEN = re.compile(r"(?:^|[，,；;：:。（(、]|[是为])\s*(?:一直|长期|曾|已|曾经|正)?\s*$")
"""What may stand before the 与 of a relative clause (与X合作的Y at a clause's start, after a copula, or in a list):
nothing of a subject of the clause, which would be the partner instead."""

_EARLIER_PARTNER = re.compile(
    "(?:" + "|".join(WITH_MARKERS) + r")(?:[^，,；;：:。！？]*[，,]\s*(?:包括|包含|例如|其中包括))?[^，,；;：:。！？]*$"
)
"""A partner marker earlier in the clause: a 及 after it continues that marker's list of partners, also when the
list is an aside that spells out a kind named after the marker (X与多家机构，包括A、B及C签约)."""


_EACH_PARTNER = re.compile("[与同跟]")
"""A partner marker that may open a list of partners (A、B分别与C、D和E签约, X先后与A、B和C签署协议, X与A、B和C签约)."""

_EACH_PARTNER_REACH = 160
"""How far before a list's inner 和 the marker that opens that list is looked for."""


def _whole_partner_list(s: str, groups: list[list[M]], ts: int, hit: Marked) -> Marked:
    """The partner list opened by 与/同/跟 (分别与, 先后与…), when the marker found nearest the trigger is only the 和
    or 及 that joins that list's last member (分别与A、B、C和D进行合作签约: a long list puts 与 beyond the rule's
    gap, and the 和 would make D the partner of A, B and C). The list must run flush from the marker through the
    和 to the last name (names and short unnamed items only), or the 和 keeps its own reading."""
    tails, _, k = hit
    if not s.startswith(("和", "及"), k):
        return hit
    openers = list(_EACH_PARTNER.finditer(s, max(0, k - _EACH_PARTNER_REACH), k))
    if not openers:
        return hit
    j = openers[-1].end() - 1
    split = split_at(groups, j)
    after = group_within(s, split, j + 1, 0, ts)
    if not after or after[0].start >= k or after[-1].end != tails[-1].end:
        after = _listed_through(s, split, j + 1, tails[-1].end)
        if not after:
            return hit
    return after, split, j


_LISTED = re.compile(r"#(?:(?:、|和|及|以及)(?:#|[^\s、，,；;：:。！？的在就对与同跟和及#]{2,12}))*")
"""Names (#) and short unnamed items joined by 、/和/及: a list whose members are not all found as names."""


def _listed_through(s: str, groups: list[list[M]], start: int, end: int) -> list[M]:
    """The names listed from ``start`` to ``end`` when the stretch is one list, some of whose members were not
    found as names (分别与A、某某集团和B签约: A and B are partners all the same)."""
    ms = sorted((m for g in groups for m in g if start <= m.start and m.end <= end), key=lambda m: m.start)
    if not ms or ms[0].start != start or ms[-1].end != end:
        return []
    parts, at = [], start
    for m in ms:
        parts.append(s[at : m.start])
        parts.append("#")
        at = m.end
    return ms if _LISTED.fullmatch("".join(parts)) else []


_PAIRED_ACTIVITY = re.compile(r"(?:交流|联系|沟通|对话|互动|往来|协调|对接)[与和及]$")
"""An activity noun joined to the trigger (交流与合作, 联系和合作, 沟通与协作): the pair names one act the partners
share, and its 与/和 is no marker of a partner of its own (X与Y加强交流与合作 names Y as X's partner)."""


_FRAME_CLOSE = re.compile(r"[^，,。；;：:！？]{0,16}?(?:方面|领域|上)")
"""What closes a 在 frame naming a field (在生物医药研究方面, 在基础研究、人才储备上)."""


def _inside_topic_frame(s: str, after_pair: int, ts: int, te: int) -> bool:
    """A和B在生物医药研究方面各有优势: a trigger that is no joint-act word (研究, 开展, 推动) written inside a frame 在
    opens after the pair and 方面/领域/上 closes after the trigger names the field the pair is said something
    about; the act is the predicate after the frame (A与B在研究方面开展合作 still states it through 开展/合作)."""
    if _JOINT_ACT.match(s, ts):
        return False
    frame = s.rfind("在", after_pair, ts)
    return frame >= 0 and not CLAUSE_BREAK.search(s, frame, ts) and _FRAME_CLOSE.match(s, te) is not None


def _with(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """HEAD 与 TAIL … trigger: the partner follows 与/同/和/跟 and precedes the trigger. A marker nearer the
    trigger that names no one takes the partner's place (A和B均设有与业界协作的平台: the partner is 业界)."""
    markers = r.markers or WITH_MARKERS
    paired = _PAIRED_ACTIVITY.search(s, max(0, ts - 3), ts)
    if paired is not None:
        ts = paired.start()  # X与Y保持交流与合作: 交流与合作 is one act; its 与 names no partner
    hit = _marked(r, s, groups, ts, markers, 2)
    if r.relation == "COOPERATES_WITH":
        hit = _counted_partners(s, groups, ts) or hit  # X与三家企业（A、B和C）签约: A, B and C are X's partners
    listed_to = hit[2] if hit is not None else 0
    if hit is not None and r.relation == "COOPERATES_WITH":
        hit = _whole_partner_list(s, groups, ts, hit)  # (the 和 found first then joins that list's members)
    if hit is not None and s.startswith("及", hit[2]) and _EARLIER_PARTNER.search(s, 0, hit[2]):
        # X与A及B签约: 及 only extends the partner list 与 opens; X及Y建议… (no 与 before it) joins the actors
        hit = _marked(replace(r, markers=tuple(mk for mk in markers if mk != "及")), s, groups, ts, markers, 2)
    if hit is None and r.relation == "SUPPORTS":
        hit = _counted_marked(r, s, groups, ts, markers)
    if r.relation == "COOPERATES_WITH" and (hit is None or s[hit[2]] == "及"):
        hit = _relative_partners(s, groups, ts) or hit  # X与设有…的A、B及C签署: A, B and C are X's partners
    if hit is None:
        return []
    width = max((len(mk) for mk in markers if s.startswith(mk, hit[2])), default=1)
    # (an unnamed member after 及 only lengthens the list: 与医管局及业界合作 still names 医管局)
    if _unnamed_partner(tuple(mk for mk in markers if mk != "及"), s, groups, max(hit[2] + width, listed_to + 1), ts):
        return []  # (the 为 of the marker 成为 is no second marker)
    tails, split, k = hit
    if r.relation == "COOPERATES_WITH" and _inside_topic_frame(s, tails[-1].end, ts, te):
        return []  # A和B在药物研究方面均有优势: 研究 names the field the frame opens, not an act of the pair
    if s.startswith(_PLAIN_JOINT_VERBS, ts) and "的" in s[tails[-1].end : ts]:
        return []  # A与B的专家建议…, 就A与B的合并提出建议: the act belongs to what the pair qualifies
    if _UNDER_FRAME.match(s, tails[-1].end, ts):
        return []  # X在A和B的支持下开展研究: the pair backs X's act (supports.under); it does not act together
    if _each_on_its_own(r, s, tails, k, ts):
        return []  # A和B也在这时期开展了研究: two subjects, each doing it; only a partner after 与 shares the act
    if s[k - 1 : k + 1] in ("联同", "连同", "伙同", "夥同"):
        k -= 1  # …，并联同Y开展: the marker found is the 同 of a two-character one, which opens at 联
    if s[k - 1 : k] in ("不", "未", "非", "没"):
        return []  # X不是Y的合作伙伴, X尚未与Y签约: the marker is denied
    tails = named_after_place(s, split, tails, ts)
    tails = _owned_unit(s, split, tails, ts)
    if (
        r.relation == "COOPERATES_WITH"
        and tails
        and tails[-1].type == "Region"
        and s.startswith("合作", ts)
        and ("的" in s[tails[-1].end : ts] or _COOPERATION_TOPIC.match(s, ts))
    ):
        return []  # 介绍了X与澳门的科技合作, X与Y的合作现状: the places' cooperation is a topic named, not an act
    if r.relation == "SUPPORTS":
        tails = [m for m in tails if not _FUNDED_KIND.match(s, m.end)]  # 向教资会资助大学拨款: the universities get it
    if tails and tails[-1].type == "Region" and kind_after(s, tails[-1].end, ts):
        tails = [m for m in tails if m.type != "Region"]  # 与广州、深圳的高校合作: the places listed qualify the kind
    if not tails:
        return []  # A、B与内地科研机构合作: the partner is a kind; A and B are not said to work with each other
    heads = group_before(s, split, k, 12) or announcer_before(s, split, k)
    if heads and _ITEM_OPENER.search(s, heads[-1].end, k):
        heads = []  # 成立A和B、与Y共建的实验室: the marker opens the next item of a list of deeds; A and B are objects
    if r.relation == "COOPERATES_WITH":
        if _unnamed_officers(s, heads, k, ts):
            return []  # A局、B委等领导与C院长一起出席: the officers attend in person, the bodies do not cooperate
        heads = _officers_body(s, split, heads, ts)
        heads = _actor_past_venue(s, split, heads, k)
    if not heads and r.relation == "COOPERATES_WITH" and _RELATIVE_OPEN.search(s, 0, k):
        heads = group_after(s, split, te + 1, 0) if s.startswith("的", te) else []
        # 与X合作的Y: the clause qualifies the body named right after 的; that body is X's partner
    kind = _KIND_BEFORE_MARKER.search(s, heads[-1].end, k) if heads else None
    if kind is not None and not _LIST_CLOSER.fullmatch(s, heads[-1].end, kind.start()):
        return []  # 政府支持大学与医管局合作: the kind written right before 与 is the partner's partner, not X
    if heads and all(m.type == "Region" for m in heads) and kind_after(s, heads[-1].end, k):
        heads = []  # 香港、澳门高校与内地科研机构合作: the places say whose universities act, not who acts
    if heads and s[heads[0].start - 1 : heads[0].start] == "在" and all(m.type in PLACES for m in heads + tails):
        return []  # 在A、B和C开展试点: the 和 joins the places where an act happens; they are not partners
    carried = CARRIED.search(s, 0, k) if not heads else None
    if carried is not None:
        heads = clause_subject(s, split, carried.start())  # X在深圳成立研究院，并与Y合作: X acts in both clauses
        heads = leader_of(s, split, heads, carried.start()) or heads
        if not heads:
            heads = announcer_of_chain(s, split, carried.start())  # X宣布，其实验室投入运作，并与Y合作
        partner = first_partner(s, heads)
        if partner:
            heads = heads[:partner]  # 我市与A签署协议，与B共建…: B is the city's partner, not A's
    elif not heads:
        heads = own_body_subject(s, split, k)  # A集团董事长李某表示，集团今年亦与Y签约
    if (
        r.relation == "COOPERATES_WITH"
        and heads
        and _GOAL_BEFORE.search(s, 0, heads[0].start)
        and _NOMINAL_JOINT.search(s, tails[-1].end, ts)
    ):
        return []  # 促进香港与深圳的科技合作, 推动A与B之间的合作: the cooperation is a goal of whoever promotes it
    pairs = rule_pairs(r, heads, tails, s)
    if r.relation == "COOPERATES_WITH" and len(heads) > 1 and not _EACH.search(s, heads[-1].end, k):
        # A和B一直与C探讨: A and B act together too
        pairs += pairwise(heads, lambda a, b: fits(r, a.type, b.type))
    return pairs


_ITEM_OPENER = re.compile(r"[、]\s*$")
"""A list comma right before the partner marker (设立A、建设B、与Y共建C): the marker opens a new item of a list of
deeds, so the body before the comma is an object of the list's earlier verb, not the one acting with Y."""


_UNDER_FRAME = re.compile(
    r"\s*(?:等[^，,。；;]{0,6}?)?的(?:大力|积极|共同|悉心|亲切)?(?:支持|帮助|指导|资助|推动|关心|关怀|见证|协助|协调|倡导|主持|领导)下"
)
"""The close of an 在…的支持下 frame right after a pair (在A和B的支持下, 在A与B等的共同指导下): the pair qualifies
the backing of another's act, and the verb after the frame is the subject's, not the pair's."""


def _actor_past_venue(s: str, groups: list[list[M]], heads: list[M], k: int) -> list[M]:
    """X于3月5日在上海与Y签署协议: a place written after 在 right before the partner marker is where the signing
    happens, not a party to it; the subject opening the clause is the party (none when the clause has none)."""
    if not heads or not all(m.type in PLACES for m in heads) or not _VENUE_MARK.search(s, 0, heads[0].start):
        return heads
    subject = clause_subject(s, groups, k)
    return subject if subject and subject[-1].end <= heads[0].start else []


def _officers_body(s: str, groups: list[list[M]], heads: list[M], ts: int) -> list[M]:
    """A大学校长王某与B公司董事长李某签署协议: officers named by their body and office sign for that body, so the
    body is the party of the agreement (the partner after 与 is read as its body already, named flush after 与).
    Only an agreement or a joint work is the body's act: officers who meet, talk or attend together
    (一起出席, 进行沟通) act in person. A rank a person holds in their own right (南湖大学教授王某) is no office."""
    if not heads or any(m.type != "Person" for m in heads) or not _AGREEMENT_WORDS.search(clause_after(s, ts)):
        return heads
    body = group_before(s, groups, heads[0].start, 10)
    if not body or any(m.type in PLACES or m.type == "Person" for m in body):
        return heads  # 东岭市市长王某: a place's officer acts for its government, which is not named
    gap = s[body[-1].end : heads[0].start]
    office = max((t for t in titles_before_names() if gap.endswith(t)), key=len, default=None)  # 副校长, not 校长
    return body if office is not None and office not in _PERSONAL_RANKS else heads


def _unnamed_officers(s: str, heads: list[M], k: int, ts: int) -> bool:
    """A局、B委等领导与C大学校长一起出席: bodies written only as whose officers the actors are (an office, or a word
    for officers, between the bodies and 与, no person named) act as those officers do in :func:`_officers_body`:
    they sign or build for their bodies, but attend, meet and talk in person, so no cooperation of the bodies."""
    if not heads or heads[-1].type == "Person" or _AGREEMENT_WORDS.search(clause_after(s, ts)):
        return False
    listed, _, gap = s[heads[-1].end : k].rpartition("等")
    if listed and not listed.startswith("、"):
        return False  # (a list's close is 等 right after the bodies or after more of them, 、C局等)
    return bool(gap) and gap in titles_before_names()


_AGREEMENT_WORDS = re.compile("签署|签订|签约|签定|缔结|订立|合作协议|共建")
"""Words of an agreement or a joint work, by which officers act for their bodies (签署合作协议, 共建实验室); officers
who only meet or talk about cooperation (就合作进行会谈) act in person."""


_PERSONAL_RANKS = frozenset({"教授", "副教授", "研究员", "院士", "博士", "医生", "专家", "学者", "记者"})
"""Titles of :func:`titles_before_names` a person holds in their own right, not an office of the body named before
them: such a person does not sign for the body."""


_OWNER_LINKS = ("辖下的", "旗下的", "属下的", "下属的", "辖下", "旗下", "属下", "的")
"""What joins an owner to its unit in 与A辖下的B合作 (Hong Kong news: the hospital authority's hospitals) as in
与A的B: the partner is the unit B; the owner only says whose unit it is (part.* rules read that link)."""


def _owned_unit(s: str, groups: list[list[M]], tails: list[M], ts: int) -> list[M]:
    """与A大学的B中心（及C）签署: the partner is the unit written as its owner's (A的B), and the bodies listed
    with it; the owner only says whose unit it is (part.possessive reads that link). A place written flush
    before a listed body (及英国C学院) says where that body is (as in :func:`named_after_place`)."""
    if not tails:
        return tails
    link = next((w for w in _OWNER_LINKS if s.startswith(w, tails[-1].end)), "")
    if not link:
        return tails
    owned = group_after(s, groups, tails[-1].end + len(link), 0)
    if not owned or any(m.type in ("Policy", "Program") for m in owned):
        return tails
    out: list[M] = []
    for m in owned:
        if m.type in PLACES:
            flush = group_at(s, groups, m.end)
            if not flush:
                return tails  # 与A大学的香港校区: a place is not a unit of its owner
            out.append(flush[0])
        else:
            out.append(m)
    return out if out[-1].end <= ts else tails
