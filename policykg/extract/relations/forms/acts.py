"""Forms in which one side acts on the other: active (X verb Y), inverse, passive (由/被/经/获), chosen (pilots),
cited documents, apposition (X, Y's unit), and who acts when the subject is left out.
"""

from __future__ import annotations

import re

from policykg.extract.components.gazetteer import places as gazetteer_places
from policykg.extract.names import PERSON_TITLES
from policykg.extract.relations.forms.shared import (
    _COPULA,
    _COUNTED_LIST,
    _KIND_BEFORE_BRAND,
    _NUMBER,
    _OBJECT_MARKER,
    _PARTNER_NOUN,
    _PASSIVE_BEFORE,
    _PLAN_PARTS,
    _PLANS,
    _RELATIVE_LIST,
    _RELATIVE_VERB,
    _UNIT,
    Marked,
    _before_partner,
    _innermost,
    _one_owner_each,
    _owner_of_note,
)
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    CO_MARKERS,
    COUNCIL_AFTER_PLACE,
    JOINS,
    PARTNER_MARK,
    PLACE_NUMBER,
    PLACES,
    SENTENCE_BREAK,
    SHORT_FORM_GLOSS,
    UP_TO_CLOSING_BRACKET,
    WITH_MARKERS,
    M,
    first_partner,
    group_after,
    group_at,
    group_before,
    group_within,
    kind_after,
    listed_after_colon,
    places_run,
    plain_list,
    spelled_out_places,
    split_at,
    strands,
    units_listed,
)
from policykg.extract.relations.rules import Pair, Rule, fits, rule_pairs
from policykg.extract.relations.subjects import (
    CARRIED,
    LEADS,
    NEW_TOPIC,
    PROVINCE_WRITTEN,
    announcer_of_chain,
    both_sides,
    carried_subject,
    joined_after_leader,
    like_act_before,
    named_after_one,
    own_body_subject,
    place_of_act,
    subject_before,
    topic_before,
    topic_subject,
    topic_with_partner,
)
from policykg.extract.resolve import PROVINCE_ABBREVIATIONS

_POLICY_FRAME = re.compile(r"在[^，,；;。]{0,6}$")
"""在 and at most a time (在去年, 在今年的) right before a document's name: the document is where an act is stated."""


_HELD = ("举行", "召开")
"""Verbs by which an event takes place, written without saying who holds it (在昨天举行的论坛上)."""

_AT_EVENT = re.compile(r"[」”\"》]?\s*(?:上|中|期间|之际|现场)")
"""What closes an event named as the occasion of another act (在…举行的Y上发布, 在…召开的Y期间签约)."""


def _held_at(s: str, heads: list[M], tails: list[M], ts: int, te: int) -> bool:
    """X在昨天举行的Y论坛上发布报告: 在 opens an occasion frame, the event verb qualifies the event with 的, and the
    event closes with 上/期间; X is the subject of the act after the frame, a speaker or a signing party at the
    event, not the one holding it (X举行Y, X在北京举办的Y say who holds it)."""
    return (
        s[ts:te] in _HELD
        and s.startswith("的", te)
        and "在" in s[heads[-1].end : ts]
        and _AT_EVENT.match(s, tails[-1].end) is not None
    )


_SIGNING = re.compile(r"\s*(?:签署|签订|签约|签下)")
"""A signing verb: an agreement is signed somewhere, and news names the office or hall it is signed in after 在
(在行政长官办公室签署, 在市政府签约); the parties are the subject before 在."""


def _signed_with_partner(s: str, heads: list[M]) -> bool:
    """Whether the signers are written as a party and its counter-party (A与B签署, X还与B签署: a partner word before
    or inside the group). Why: a document two sides sign with each other is an agreement between them, which the
    guidelines read as cooperation (签署合作), not a measure one of them issues; bodies that sign a document jointly
    as co-authors (A、B及C三方签署《框架协议》) name no counter-party and issue it together."""
    return first_partner(s, heads) > 0 or PARTNER_MARK.search(s, 0, heads[0].start) is not None


def _venue_before_verb(s: str, heads: list[M], ts: int) -> bool:
    """Whether ``heads`` follow 在 and stand flush before the verb at ``ts`` (在南湖大学成立, 在B正式设立): news names
    the campus or hall where a centre is inaugurated so, and the body there hosts the founding, it does not found."""
    return s[heads[0].start - 1 : heads[0].start] == "在" and s[heads[-1].end : ts].strip() in ("", "正式")


_MEANS_BEFORE = re.compile(r"(?:依托于?|依靠|借助于?)$")
"""What makes the group after it the means of an act, not its subject: in A依托B成立了C the founder is A (or no
one named, when the clause opens with 依托), and B is what C is built on (the relies.* rules read that tie)."""


def _active(r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X verb Y: the acting group before the trigger and the object after it; with ``carry``, the subject a
    zero-subject clause takes over the comma before it (X与Y签约，正式落户Z)."""
    if _PASSIVE_BEFORE.search(s, max(0, ts - 2), ts):
        return []  # X被认定为Y, X获认定: the subject undergoes the verb, it does not act
    if r.relation == "FOUNDED" and s.startswith("于", te):
        return []  # X设立于Y, X成立于2015年: 于 makes the subject the body set up (where or when), not its founder
    heads = subject_before(s, groups, ts, r.head_gap)
    means = (
        _MEANS_BEFORE.search(s, max(0, heads[0].start - 4), heads[0].start)
        if heads and r.relation == "FOUNDED"
        else None
    )
    if means is not None:
        heads = group_before(s, groups, means.start(), r.head_gap) or heads  # A依托B成立了C: A acts, B is its means
    if heads and place_of_act(s, groups, heads):
        heads = []  # 双方将在南山区合资成立Y: the place after 在 is where the act happens, not who acts
    if heads and s[heads[0].start - 1 : heads[0].start] in ("在", "于") and _SIGNING.match(s, heads[-1].end, ts + 2):
        heads = []  # A和B在X司长办公室签署《协议》: the body after 在, flush before the signing, is the venue
    if heads and r.relation == "ISSUED" and _SIGNING.match(s, ts) and _signed_with_partner(s, heads):
        heads = []  # A与B签署《协议》: an agreement between the two (they cooperate); neither issues it as a measure
    if heads and r.relation == "FOUNDED" and _venue_before_verb(s, heads, ts):
        # X在南湖大学成立Y: the body after 在, flush before the verb, is where Y is set up; the founder is the
        # subject before 在 (or, with none in the clause, the one carried over the comma)
        heads = subject_before(s, groups, heads[0].start - 1, r.head_gap)
    if (
        r.relation == "SUPPORTS"
        and heads
        and all(m.type == "Policy" for m in heads)
        and _POLICY_FRAME.search(s, max(0, heads[0].start - 8), heads[0].start)
    ):
        heads = []  # 我在去年预算案拨款N元，供Y…: the budget or address after 在 is where the grant is announced
    if r.carry and heads and s.startswith(CO_MARKERS, ts):
        heads = topic_with_partner(s, groups, heads) + heads
    if heads and all(m.type == "Region" for m in heads) and kind_after(s, heads[-1].end, ts):
        heads = []  # 内地企业联合香港高校…, 香港高校设立…: the kind acts, the place only says whose it is
    if heads and all(m.type == "Region" for m in heads) and COUNCIL_AFTER_PLACE.fullmatch(s, heads[-1].end, ts):
        heads = []  # 某国科学技术政策会议通过《Y》: the council named after the country acts, not the country
    if heads and _PEOPLE_OF.match(s, heads[-1].end):
        heads = []  # X大学校友创办了Y: the alumni found Y, not the university
    if r.carry and heads and _object_of_like_act(r, s, groups, heads, ts):
        heads = []  # X启动了A、制定了B: A is the object of the act before, the subject is carried over
    tails = group_after(s, groups, te, r.tail_gap)
    if r.stake:
        tails = [m for m in tails if _SHARE_AFTER.match(s, m.end)]  # X持有Y 15%股份: a stake in Y
    if not tails and r.relation == "ORGANIZES" and s.startswith(_ROLE_SEPARATORS, te):
        tails = _role_chain(s, groups, te, r.tail_gap)  # A主办，B承办的W: the event after the last role
    if not tails and r.relation == "MEMBER_OF" and s.startswith("、", te):
        tails = _person_after_offices(s, groups, te)  # X协会副主席、Y学会会长王某: the person holds both offices
    if s.startswith("的", te):
        tails = _modified_only(s, tails)  # 由X牵头成立的A与B签署…: the verb qualifies A, B is A's partner
    if r.relation == "ORGANIZES" and heads and tails and _held_at(s, heads, tails, ts, te):
        return []  # X在5月举行的Y会议上达成共识: X acts at the meeting; who holds it is not said
    if r.relation == "SUPPORTS" and tails and _KIND_THEN_MARKER.fullmatch(s, te, tails[0].start):
        tails = []  # 政府支持大学与医管局合作: what is backed is the kind's work with the body, not the body
    if r.relation == "SUPPORTS" and tails and _KIND_THEN_ACT.fullmatch(s, te, tails[0].start):
        tails = []  # X支持初创企业进驻Y, 资助高校到Y交流: the kind is backed; Y is where it goes or what it uses
    dashed = _KIND_THEN_DASH.match(s, te) if r.relation == "FOUNDED" and not tails else None
    if dashed is not None:
        tails = group_after(s, groups, dashed.end(), 0)  # 共建我省首个国际创新园——Y: the name after the dash
    described = _KIND_BEFORE_BRAND.match(s, te) if r.relation == "DEVELOPED" and not tails else None
    if described is not None:
        tails = group_after(s, groups, described.end(), 0)  # 研发的血液检测试剂盒「某某测」: the brand
    if r.relation == "SUPPORTS" and not tails:
        tails = _counted_members(s, groups, te)  # X资助八所大学，包括A和B: the members named
    if r.carry and not heads and s[te : te + 1] != "的":
        # X表示，去年发布的《Y》…: a verb before 的 qualifies a noun; only a clause's own verb carries a subject
        heads = _carried_heads(r, s, ms, groups, ts, tails)
    if r.pronoun:
        heads = _pronoun_referent(r, s, ms, ts, tails)  # 其研发的Y: the referent or no one
    elif not heads:
        heads = own_body_subject(s, groups, ts) or both_sides(s, groups, ts)
        # A集团董事长李某表示，集团去年投资了Y / A与B签署协议，双方将共建C
    if r.relation == "LOCATED_IN" and _modifier_not_predicate(s, heads, ts):
        return []
    if r.relation == "LOCATED_IN":
        tails = _innermost(s, groups, tails, len(s))  # 位于深圳盐田区: in the district
        owned = group_after(s, groups, tails[-1].end + 1, 0) if tails and s.startswith("的", tails[-1].end) else []
        if owned and heads and all(m.type == "Park" for m in owned) and all(m.type in PLACES for m in tails):
            tails = owned  # X总部位于沙田的香港科学园: the park is written as its district's; X lies in the park
        elif owned:
            return []  # X旗下位于Y的Z: the verb opens a relative clause about Z (located.sited's), not about X
    marker = _OBJECT_MARKER.search(s[: heads[0].start]) if heads else None
    copula = _COPULA.search(s[: heads[0].start]) if heads and r.relation == "SUPPORTS" else None
    if copula is not None and not tails and s[te : te + 1] in ("的", "") + tuple("院校大学机构医项计"):
        # A同为X资助院校, A是X资助的大学: the subject before the copula is the one supported
        tails = group_before(s, groups, copula.start(), 2)
    elif marker is not None:
        # X向Y注资 / X对Y进行资助: the group after 向/对 is the object, the subject stands before it
        tails, heads = heads, group_before(s, groups, marker.start(), 12)
        if tails and _FUNDED_KIND.match(s, tails[-1].end):
            tails = []  # 向教资会资助大学拨款: the funded universities receive it; the body only qualifies them
    elif s[ts:te] == "的":
        # A公司的B片和C公司的D片: the list after 的 ends before the next owner, whose 的 follows it
        tails = next((tails[:k] for k, m in enumerate(tails) if k and s.startswith("的", m.end)), tails)
    else:
        tails = _owned_object(r, s, groups, heads, tails)
    return rule_pairs(r, heads, tails + strands(s, ms, tails), s)


_SHARE_AFTER = re.compile(
    r"\s*(?:[（(][^（）()，,。]{0,30}[）)])?\s*(?:约|合计|共|总计)?\s*(?:[0-9０-９.．]+\s*[%％]|[0-9０-９.．]+\s*[万亿]?股)?\s*(?:的)?"
    r"\s*(?:股份|股权|股票|H股|A股|新股|份额|权益)"
)
"""A share written right after the object of a stake verb (Y 15%股份, Y（代码）约993万股, Y的股权, Y新股)."""

_ROLE_SEPARATORS = ("，", ",", "、")
_ROLE_VERBS = (
    "联合主办",
    "共同主办",
    "联合承办",
    "共同承办",
    "主办",
    "承办",
    "协办",
    "合办",
    "指导",
    "支持",
    "赞助",
    "冠名",
)
"""The parts bodies play in an event, named in a row before it (A指导，B主办，C承办的W)."""

_ROLE_CLAUSE = 40
"""How far one part of the chain may run (its bodies and its verb)."""

_ROLE_CLAUSE_BREAK = re.compile(r"[，,；;。：:！？\n]")


def _role_chain(s: str, groups: list[list[M]], te: int, gap: int) -> list[M]:
    """A主办，B和C承办的W / A主办、B协办的W: news lists the bodies behind an event clause by clause, each with its part,
    and names the event once, after the last part and its 的; each part before it is a part in that event. Only a
    chain of bodies and role verbs up to the 的 (A主办，B负责…的W, or a clause of another kind, ends it)."""
    pos = te
    for _ in range(4):
        if not s.startswith(_ROLE_SEPARATORS, pos):
            return []
        if not group_after(s, groups, pos + 1, 0):
            return []  # each part opens with a body
        part_end = next(
            (
                g[-1].end + len(v)  # 坪山区投资推广服务署和坪山区科技创新局承办: the body flush before the verb
                for g in groups
                if pos < g[0].start
                and g[-1].end <= pos + _ROLE_CLAUSE
                and not _ROLE_CLAUSE_BREAK.search(s, pos + 1, g[-1].end)
                for v in _ROLE_VERBS
                if s.startswith(v, g[-1].end)
            ),
            None,
        )
        if part_end is None:
            return []
        pos = part_end
        if s.startswith("的", pos):
            return [m for m in group_after(s, groups, pos + 1, gap) if m.type == "Event"]
    return []


_KIND_THEN_DASH = re.compile(r"了?[^，,；;。：:—－（）()]{1,16}?(?:——|—|－－|－|--)\s*")
"""A description of what is set up, then a dash and its name (共建我省首个国际创新园——南湖国际创新园): news and
replies name a new body by its kind first; the name after the dash is the one founded."""


def _counted_members(s: str, groups: list[list[M]], te: int) -> list[M]:
    """The bodies a counted or qualified kind right after the verb lists (X资助八所大学，包括A和B; X批准的首批试点
    医院包括A), or []. Why: the verb's object is the kind, and the bodies it stands for are named after 包括/即."""
    counted = _COUNTED_LIST.match(s, te) or _RELATIVE_LIST.match(s, te)
    if counted is None:
        return []
    members = group_after(s, groups, counted.end(), 1)
    if members and s.startswith("的", members[-1].end):
        return []  # …的研究包括A的项目: A owns a member, it is not one
    return members


def _carried_heads(r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, tails: list[M]) -> list[M]:
    """The subject of a clause with none of its own before the verb at ``ts``: the body 其 stands for (X宣布，其位于
    Y的新厂房…), or the subject carried over the comma (X与Y签约，正式落户Z / X是…，去年已进驻Y). A joint verb
    (X与Y签约，联合举办Z) keeps the partner, unless the new body bears only one partner's name."""
    if s[ts - 1 : ts] == "其":
        return _pronoun_referent(r, s, ms, ts, tails)
    signed = r.relation in _JOINT_ACTS and _joint_clause_before(s, ts)
    joint = s.startswith(CO_MARKERS, ts) or signed
    heads = carried_subject(s, groups, ts, partners=joint, acts=r.triggers, signed=signed)
    return named_after_one(s, heads, tails) if joint else heads


_WIDE_PLACES = frozenset({"中国", "我国", "全国", "国内", "内地", "欧洲", "亚洲", "全球", "海外"})
_WIDE_ENDS = ("省", "大湾区", "长三角", "京津冀")
_PROVINCE_NAMES = frozenset(PROVINCE_ABBREVIATIONS.values())


def _origin_only(surface: str) -> bool:
    """A country, a province or a wider area before 的 or 内的 (美国的X公司, 广东省内的Y大学, 大湾区的Z研究院) says
    whose body it is, as reports comparing countries and provincial notices scoping their measures name firms and
    universities, not the site they stand on; a city, a district or a park before 的 (深圳的X, 九龙东的Y医院,
    科学城内的Z) places the body."""
    if surface in _WIDE_PLACES or surface in _PROVINCE_NAMES or surface.endswith(_WIDE_ENDS):
        return True
    place = gazetteer_places().get(surface)
    return place is not None and place.source.startswith("pycountry")


_ASSETS_OF = re.compile(
    r"\s*(?:等)?\s*(?:" + _NUMBER + r"\s*(?:所|家|间|个|位))?[^，,。；;、：:（(]{0,6}?"
    r"(?:的)?(?:创新资源|科研资源|教育资源|优质资源|资源|技术|成果|人才|团队|专家|资金|力量)"
)
"""What a list of bodies brought into a park may qualify (引入A、B等5所一流高校资源, 引进X大学的科研团队): the
resources, staff or results of the bodies come, and the bodies stay where they are. Parks' investment news
names what they attract this way as often as the bodies that settle."""


_BRINGS_IN = ("引进", "引入", "导入", "招引")
"""The verbs by which a park brings something in: what they bring may be a body or only what it has."""


def _inverse(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X包括A、B / X的合作伙伴包括A: the body written before the trigger is the tail, the bodies listed after it
    are the heads (a part, member or partner points at the whole it is named under)."""
    tails = group_before(s, groups, ts, r.head_gap)
    if (
        tails
        and r.relation != "COOPERATES_WITH"  # (与X合作的企业包括A: the relative verb is the partnership itself)
        and _RELATIVE_VERB.match(s, tails[-1].end, ts + 1 if s.startswith("的", ts) else ts)
    ):
        tails = []  # X资助的大学包括A (的 may open the trigger: X支持的企业包括): the body funds the subject
    if tails and r.relation == "PART_OF" and _PARTNER_NOUN.match(s, tails[-1].end, ts):
        tails = []  # X的合作伙伴包括A: the list names X's partners, not its parts
    if not tails:
        tails = own_body_subject(s, groups, ts)  # A集团董事长李某说，集团旗下的Y…
    if not tails and r.relation in ("MEMBER_OF", "PART_OF") and _NAMES_MEMBERS.match(s, ts):
        tails = _body_just_set_up(s, groups, ts)  # 成立X领导小组，成员单位包括A、B
    carried = CARRIED.search(s, 0, ts) if not tails and _OWNING.match(s, ts) else None
    if carried is not None:
        tails = topic_subject(s, groups, carried.start())  # X是法定机构，辖下有A及B
    heads = group_after(s, groups, te, r.tail_gap) or listed_after_colon(s, groups, te)
    if heads and r.relation == "MEMBER_OF" and not _MEMBER_LIST_OPENER.fullmatch(s, te, heads[0].start):
        heads = []  # 成员单位还举行了X会议, 成员单位是来自A、B等地: a verb after the members makes them its subject
    if not heads and r.relation == "PART_OF" and _OWNING.match(s, ts):
        counted = _COUNTED_LIST.match(s, te + 1 if s.startswith("的", te) else te)
        if counted is not None:
            # 医管局辖下多间医院，包括A、B / X旗下的三家公司（即A、B、C）: the units are counted as a kind
            # first and named after 包括/即
            heads = group_after(s, groups, counted.end(), 1)
    if r.bare_object and not (heads and _ASSETS_OF.match(s, heads[-1].end)):
        heads = []  # (cooperates.draws-on: only what the bodies have is brought in)
    if r.relation == "LOCATED_IN" and heads and s.startswith(_BRINGS_IN, ts) and _ASSETS_OF.match(s, heads[-1].end):
        heads = []  # X园区引入A、B等5所高校资源: what comes is the bodies' resources or staff, not the bodies
    if r.relation == "LOCATED_IN" and s[ts:te].endswith("的"):
        tails = [t for t in tails if not _origin_only(s[t.start : t.end])]  # 美国的X公司, 广东省内的Y大学
    if r.relation == "LOCATED_IN" and heads and s[ts:te].endswith("以"):
        heads = heads + _layout_wings(s, groups, heads[-1].end)  # 以X为核心，A、B同步发展: A and B lie there too
    if not heads and r.relation == "MEMBER_OF" and _NAMES_MEMBERS.match(s, ts):
        counted = _MEMBERS_COUNTED.match(s, te)
        if counted is not None:
            # X联盟现有成员单位30家，包括A、B: the members are counted first and named after 包括
            heads = group_after(s, groups, counted.end(), 1)
    tails, heads = _one_owner_each(r, s, tails, heads)
    if r.adjacent:
        # 光明科学城的A、B和C: a list the place's 的 governs is in the place; a partner after 与 is not
        if r.relation == "LOCATED_IN" and plain_list(s, heads):
            tails = tails[-1:]
        else:
            tails, heads = tails[-1:], units_listed(s, heads) if s[ts:te] == "的" else heads[:1]
    if r.relation == "PART_OF":
        heads = _before_partner(s, heads)
        # 白石角地区（当中包括科学园）: a park or a body inside a place lies in it (LOCATED_IN's concern);
        # only places are parts of a place (大湾区包括香港、澳门)
        tails = [m for m in tails if m.type != "Region" or all(h.type == "Region" for h in heads)]
        # and a place is a part only of a place (中国科学院下设上海分院和广州分院: 广州 left over from a unit's
        # name is not a part of the academy)
        heads = [h for h in heads if h.type != "Region" or all(t.type in PLACES for t in tails)]
        if heads and tails and all(m.type == "Region" for m in heads + tails):
            heads = places_run(s, groups, heads)  # X包括A、B两个特别行政区和C、D等9个城市
            heads = spelled_out_places(s, groups, heads)[0]  # X包括A和珠三角9市（广州…）
        # and a plan or scheme has only strands for parts (X计划包括A、B两个子计划): what a plan includes
        # besides (白石角发展计划（包括科学园）) is the ground or the bodies it covers, not a part of it
        heads = [h for h in heads if h.type in _PLAN_PARTS or all(t.type not in _PLANS for t in tails)]
        if _RELATIVE_PLACE.match(s, te):
            heads = [h for h in heads if h.type not in PLACES]  # X旗下位于Y的Z: Y says where Z is
        if tails and all(t.type == "Park" for t in tails) and not any(h.type in PLACES for h in heads):
            tails = []  # 入驻科学园的企业包括A: a firm a park holds is in it (LOCATED_IN), not a unit of it
    return rule_pairs(r, heads, tails, s)


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
    wings = group_at(s, groups, opened.end())
    if not wings or not _WINGS_CLOSE.match(s, wings[-1].end):
        return []
    return wings


_PLACES_COUNT = re.compile(
    r"\s*(?:等)?\s*(?:" + PLACE_NUMBER + r"\s*(?:个|座)?)?\s*(?:城市|地市|市|地区|省|省份|区|县|国家|地)?\s*"
    r"(?:共同|联合)?\s*"
)
"""What may stand between a list of places and the verb that says they make up a region: a count of them only
(由A、B等26个城市组成); anything else (由A、B两地的学者组成) makes the places qualifiers of what composes it."""


def _places_making_up(s: str, groups: list[list[M]], heads: list[M], tails: list[M], mpos: int, ts: int) -> list[M]:
    """X由A、B（等N个城市）组成, X a place: the places listed and those a bracket spells out, when nothing but their
    count stands before the verb and the place is the subject right before 由 (长三角城市群由…, not
    长三角城市群的专家委员会由…); else []."""
    if not heads or not tails or any(m.type != "Region" for m in heads + tails):
        return []
    if "的" in s[tails[-1].end : mpos]:
        return []  # X的Y由A、B…组成: Y (a body of the place) is composed, not the place
    heads, close = spelled_out_places(s, groups, places_run(s, groups, heads))
    if not _PLACES_COUNT.fullmatch(s, close, ts):
        return []
    return heads


_COUNT_BEFORE = re.compile(r"(?:等)?\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*$")
"""The count before a kind of place (等11个城市, 3个地区): what makes the trigger a count of the list before it."""

PILOT = "试点"
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
    places = group_before(s, groups, count.start(), 0)
    chosen = places and any(s.endswith(mk, 0, places[0].start) for mk in r.markers)
    if not chosen and PILOT in s[ts:te]:
        bracket = re.match(r"\s*[（(]", s[te:])
        places = group_after(s, groups, te + bracket.end(), 0) if bracket else []
        chosen = bool(places) and UP_TO_CLOSING_BRACKET.match(s, places[-1].end) is not None
    if not chosen or any(m.type != "Region" for m in places):
        return []
    pilots = [m for g in groups for m in g if m.type == "Program" and PILOT in s[m.start : m.end]]
    later = [m for m in pilots if m.start >= places[-1].end]
    pilot = later[:1] or pilots[-1:]
    return rule_pairs(r, places, pilot, s)


_TITLE_LINK = re.compile(r"\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:" + JOINS + r")?\s*(?=《)")
"""Between two cited titles: a connector or nothing, maybe after the first title's document number
(《A》（国发〔2018〕25号）和《B》, 《A》《B》等法律法规)."""


def _cited_titles(s: str, ms: list[M], pos: int, max_gap: int) -> list[M]:
    """The policies named in the titles cited after a trigger (按照《A》和《B》), one per 《…》 counted with its
    nesting. Why: a cited issuing notice (《X办公厅印发〈Y〉的通知》) is often kept as the inner title Y, so the
    mentions right after the trigger are the issuers inside the outer title, and a list of mentions stops there."""
    k = s.find("《", pos, pos + max_gap + 1)
    if k < 0 or CLAUSE_BREAK.search(s, pos, k):
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
    return s.startswith("承担", pos) and bool(group_after(s, groups, pos + 2, 0))


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
    after = group_after(s, groups, m.end(), 2)
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
    owned = group_after(s, groups, of.end(), 0)
    if owned and any(fits(r, h.type, m.type) for h in heads for m in owned):
        return owned
    return tails


_SET_UP_VERB = re.compile(r"(?:成立|组建|设立|建立|组成)(?:了)?$")
"""A verb of setting up right before a body: the body is new, and the next clause may list its members."""

_MEMBERS_COUNTED = re.compile(
    r"\s*(?:有|现有|共|共有|达|已达|超过|逾)?\s*(?:[0-9]+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:家|个|所|名|间)"
    r"[\u4e00-\u9fff]{0,6}?(?:[，,]\s*|[（(])(?:包括|其中包括|当中包括|即|例如)\s*"
)
"""成员单位30家，包括A / 会员逾百间（包括A）: a count of the members between the word that names them and the list."""

_MEMBER_LIST_OPENER = re.compile(
    r"\s*(?:为|是|有|即|如|主要有|主要为|主要包括|分别为|分别是|涵盖|包含|囊括|共有)?\s*[：:]?\s*[“「\"]?"
)
"""All that may stand between a word naming members (成员单位, 成员包括) and the list of them: a copula or a verb of
listing and a colon. Why: a bare 成员单位 is often the subject of a clause of its own (成员单位还举行了X会议,
成员单位是来自A、B等地的企业), whose verb makes the name after it no member."""

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


_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]{1,4}|首)[届次期]")
"""An edition number before an event's name (第五届, 首届, 第3期): names leave it out, so it stands between 的 and
the name without being words of its own."""


def _second_actor(r: Rule, s: str, groups: list[list[M]], close: int, ts: int) -> list[M]:
    """Y由A主办，B承办 / 由A主办、B承办的Y / Y由A主办，B承办，C协办: further actors, each with a verb of the same
    rule right after the one before (only a comma or 、 between them), take part in the same frame: every actor
    of the chain up to this trigger (B, or B and C)."""
    out: list[M] = []
    while close < ts:
        verb = next((t for t in sorted(r.triggers, key=len, reverse=True) if s.startswith(t, close)), None)
        if verb is None or s[close + len(verb) : close + len(verb) + 1] not in ("，", "、", ","):
            return []
        nxt = group_after(s, groups, close + len(verb) + 1, 0)
        if not nxt or nxt[-1].end > ts:
            return []
        out += nxt
        close = nxt[-1].end
    return out


_CHAIN_REACH = 120
"""How far before a trigger 由 may stand when actors and verbs are chained to it (由A主办，B承办，C协办)."""


_SCHEME_GAP = re.compile(r"的?[“「『\"]?")


def _scheme_of(s: str, groups: list[list[M]], heads: list[M], ts: int) -> list[M]:
    """获X「Y计划」资助: the programme written right after the body that runs it funds the subject as well."""
    nxt = group_after(s, groups, heads[-1].end, 2)
    if not nxt or nxt[-1].end > ts or any(m.type != "Program" for m in nxt):
        return []
    gap = _SCHEME_GAP.match(s, heads[-1].end)
    return nxt if gap is not None and gap.end() == nxt[0].start else []


_FOUNDERS_CLAUSE = re.compile(r"(?:等[^，,。；;]{0,4})?(?:共同|联合)?(?:发起|牵头|组建|创办|成立|设立|筹建)[，,]\s*$")
"""The clause before an approval that ends in the founding act of the group before it (A、B等单位共同发起，经X批准):
that group founded the body the sentence is about; the approval is of that body, not of its founders."""


def _founded_topic(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The body a founders' clause speaks of (Y是由A、B共同发起，…): the group right before 是由 / 由 opening the
    clause of the founders that start at ``pos``, else no one."""
    opener = _FOUNDED_BY.search(s, max(0, pos - 40), pos)
    return group_before(s, groups, opener.start(), 1) if opener is not None else []


_FOUNDED_BY = re.compile(r"(?:是由|由)[^，,。；;]*[，,]?[^，,。；;]*$")


def _agent_marker_past_names(s: str, groups: list[list[M]], ts: int, lo: int) -> int:
    """The 由 before ``lo`` that the reach of a passive frame counting only its words, not its names, takes in
    (Y由某某工业园区某某产业科技创新中心与某某管委会、某某开发有限公司联合建设), or -1. Why: a list of long
    registered names puts 由 far from the verb though the frame has only a few words of its own; a 由 inside a
    name marks nothing."""
    reach = _words_only_reach(s, groups, ts, lo)
    if reach >= lo:
        return -1
    k = s.rfind("由", reach, lo)
    if k < 0 or any(m.start <= k < m.end for g in groups for m in g):
        return -1
    return k


def _passive(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """marker HEAD … trigger: the tail is the subject before the marker or the group after 的."""
    lo = max(0, ts - r.head_gap - 20)
    window = s[lo:ts]
    for mk in r.markers:
        mpos = lo + window.rfind(mk) if mk in window else -1
        if mpos < 0 and mk == "由":
            mpos = _agent_marker_past_names(s, groups, ts, lo)  # Y由A与B、C共同建设: long names fit as short ones
        chained = mpos < 0 and mk == "由"
        if chained:
            mpos = s.rfind(mk, max(0, ts - _CHAIN_REACH), ts)  # 由A主办，B承办，C协办: 由 opens the chain
        if mpos < 0:
            continue
        if mk == "是" and r.relation == "FOUNDED" and not _FOUNDED_KIND.match(s, te):
            continue  # X是Y成立后最早的伙伴, X是Y组建的重要力量: only Y是X设立的N (N a kind of body) says who founded
        heads = group_after(s, groups, mpos + len(mk), 2)
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
        if chained and not second:
            continue  # a 由 beyond the usual reach counts only at the head of a chain of actors
        if second:
            heads, close = heads + second, ts  # Y由A主办，B承办: B's verb shares A's frame and A's object
        led = LEADS.match(s, close)
        between = s[led.end() if led else close : ts]
        if led and r.relation == "FOUNDED":
            heads = heads + _led_partners(s, groups, led.end(), ts)  # Y由X牵头，与A、B共建: A and B build Y too
        if led and r.relation == "MEMBER_OF":
            heads = heads + joined_after_leader(s, groups, led.end(), ts)  # Y由X牵头，A、B等部门参加
        if (SENTENCE_BREAK if r.swap and not r.role_noun else CLAUSE_BREAK).search(between):
            # 经国务院同意，现印发: the agency agreed; the verb after the comma is someone else's
            # (依托X，本市成立了Y is the exception: what is built on X may be named after the comma)
            continue
        if r.swap and CLAUSE_BREAK.search(s[close:ts]) and not CLAUSE_BREAK.match(s, close):
            # 依托X，…成立了Y carries over the comma; 依托X开展培训，…成立了Y does not: the 依托 clause has a verb
            # of its own, and what is founded after the comma is not said to be built on X
            continue
        if mk == "由" and _OBJECT_AFTER.match(s, te):
            continue  # 由X资助病人购买药物: X funds the object after the verb, not the subject before 由
        tails = []
        if s[te : te + 1] == "的":
            ordinal = _ORDINAL.match(s, te + 1)  # 由X主办的第五届Y: the edition number is not a gap
            tails = _modified_only(s, group_after(s, groups, ordinal.end() if ordinal else te + 1, 2))
        elif r.swap and not CLAUSE_BREAK.search(s[close:ts]):
            # 依托X建设Y / 依托X组建了Y: the object of the founding verb is what is built on X, not the subject
            # of the clause before (鼓励A、B共同参与…，依托X建设Y: A and B do not rely on X)
            tails = [m for m in group_after(s, groups, te, 1) if m.type != "Region"]  # 建设浙江国际…基地: a place
            # opening an unrecognised name is not what is built
        if not tails:
            tails = group_before(s, groups, mpos, 12)
            if r.swap and all(m.type == "Region" for m in tails):
                tails = []  # 苏州以X为依托，组建了Y: the city builds; what is built on X is named after the verb
            if mk in ("（", "(") and s[mpos - 1 : mpos] == "》":
                # 《A》和《B》（国办发〔2017〕67号）: a document number in brackets belongs to the title it follows
                tails = tails[-1:]
        if tails and _PEOPLE_OF.match(s, tails[-1].end):
            tails = []  # 中大初创研发…获X批准: the start-up is approved, not the university it came from
        if not tails and s[te : te + 1] != "的":
            tails = topic_before(s, groups, mpos)  # 由X创立的Y names its own object after 的
        if tails and r.relation == "SUPPORTS" and _FOUNDERS_CLAUSE.fullmatch(s, tails[-1].end, mpos):
            tails = _founded_topic(s, groups, tails[0].start)  # Y是由A、B共同发起，经X批准…: X approves Y
        if not tails and mk not in ("（", "("):
            tails = _owner_of_note(s, groups, mpos)  # X（英文名，现已被Y收购）: the note speaks of X
        if not tails and r.swap:
            tails = [m for m in group_after(s, groups, te, r.tail_gap) if m.type != "Region"]  # 依托X，本市成立了Y
        if not tails and mk in _RECEIVING:
            bare = _BARE_PASSIVE_CLAUSE.search(s, 0, mpos)
            if bare is not None:
                tails = announcer_of_chain(s, groups, bare.start())  # X宣布，公司获政府委托…
        if r.relation == "PART_OF" and all(m.type == "Region" for m in heads):
            heads = _places_making_up(s, groups, heads, tails, mpos, ts)  # X城市群由A、B等N个城市组成
        return rule_pairs(r, heads, tails, s)
    return []


_JOINT_ACT_AFTER = re.compile(
    r"[^，,。；;！？]{0,12}?(?:签署|签订|签约|合作|共建|携手|联手|共同|达成|洽谈|会谈|会晤|座谈|对接)"
)
"""A joint act in the clause after a group (A与B签署…, A与B将共同…): the 与 inside the group joins partners."""


def _modified_only(s: str, tails: list[M]) -> list[M]:
    """The members of the group after a relative clause's 的 that the clause qualifies: all of them, or only those
    before a partner word when the group goes on to act with its partners (由X牵头成立的A与B签署协议: X founded A,
    B is A's partner in the signing). Why: 与/同/跟 join a subject to its partners as often as they list things,
    and a relative clause qualifies the subject only."""
    k = first_partner(s, tails)
    if k and (not s.startswith("与", tails[k - 1].end) or _JOINT_ACT_AFTER.match(s, tails[-1].end)):
        return tails[:k]
    return tails


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
    owner = group_before(s, groups, ts, 0)
    if not owner:
        return []
    y = owner[-1]
    if s[y.end : ts].strip():
        return []
    opened = _APPOS_OPEN.search(s, 0, y.start)
    x = group_before(s, groups, opened.start(), 0) if opened is not None else []
    if opened is not None and x and not s[x[-1].end : opened.start()].strip():
        bracket = opened.group().lstrip().startswith(("（", "("))
        close = _APPOS_CLOSE.match(s, te)
        if close is None and s[te - 1] == "的":
            close = _KIND_THEN_CLOSE.match(s, te)  # X（Y旗下的创新药企业）: a kind word may follow 旗下的
        if close is None or bracket != (close.group().strip()[-1:] in ("）", ")")):
            return []  # X（Y的子公司员工）: the role phrase qualifies a further noun
        return rule_pairs(r, x[-1:], [y], s)
    # 据悉，Y的控股子公司X…: a comma with no name before it opens a clause, not an apposition
    named = group_at(s, groups, te)
    if named:
        return rule_pairs(r, named[:1], [y], s)  # Y的全资子公司X, Y的教学医院X: the role word joins the two names
    more = _APPOS_MORE.match(s, te)
    te = more.end() if more else te  # Y的龙头医院、Z的教学医院，X: further descriptions of X before the comma
    if s[te : te + 1] not in ("，", ","):
        return []
    if not _APPOS_LEAD.search(s, 0, y.start):
        return []  # A是Y的教学医院，B…: a predicate, and the name after the comma opens a new clause
    x = group_after(s, groups, te + 1, 0)
    if not x:
        return []
    return rule_pairs(r, x[:1], [y], s)


def _person_of_affiliation(s: str, groups: list[list[M]], heads: list[M], ts: int) -> list[M]:
    """由南湖大学教授王某创办: a body, a person's title and the person's name after 由 name one agent, the person;
    the body only says where the person works (the professor founds the firm, not the university)."""
    nxt = group_after(s, groups, heads[-1].end, 20)
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

_OFFICE_END = re.compile(
    r"[^\s，,。；;、：:（）()]{0,6}?(?:长|主席|主任|书记|理事|总裁|总监|董事|干事|召集人|委员|科学家|教授|研究员)(?:长|委员)?"
)
"""The end of an office a person holds in a body (所长, 副院长, 党委书记, 首席科学家, 董事长, 主任委员). The shorter
office inside a longer one is read through (董事 of 董事长, 理事 of 理事长, 主任 of 主任委员), or the person after it
would not be flush against the office."""


def _person_after_offices(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The person a run of offices ends on: X协会副主席、Y学会会长Z / X促进会会长、Y研究所所长Z.

    Why: news names a speaker by every office he holds, joined by 、, and the name comes only after the last
    one; each body in the run has him as its office holder. A person right after 、 starts a list of people
    instead, and a body without an office after it ends the run."""
    for _ in range(4):
        if not s.startswith("、", pos):
            return []
        body = group_after(s, groups, pos + 1, 0)
        if not body or body[-1].type == "Person":
            return []
        office = _OFFICE_END.match(s, body[-1].end)
        if office is None:
            return []
        pos = office.end()
        people = group_after(s, groups, pos, 0)
        if people and all(m.type == "Person" for m in people):
            return people
    return []


_PEOPLE_OF = re.compile(r"(?:的)?(?:校友|毕业生|学生|前员工|初创企业|初创公司|初创|衍生企业|衍生公司|孵化企业)")
"""People who came from a body, written right after it (由X大学校友创办, X大学毕业生创立的Y), and the start-ups it
spun off (中大初创研发…获批准): they act on their own account, not for the body (a body's staff or team acting
for it is the body's act)."""

_FOUNDED_KIND = re.compile(
    r"的[^，,。；;：:]{0,8}?(?:实验室|机构|企业|公司|医院|中心|研究院|研究所|平台|园区|基地|大学|学院|学校|协会|联盟|事业单位)"
)
"""Y是X（在Z）设立的（首间）N: after 是, a founding verb states who founded the body before 是 only when the verb
qualifies a kind of body that Y is; X是Y成立后最早的合作伙伴 or X是Y组建的重要力量 dates or describes X, and the
body after 是 founds nothing."""

_RECEIVING = ("获", "获得", "得到", "受")

_BARE_PASSIVE_CLAUSE = re.compile(r"[，,]\s*(?:本|该)?(?:公司|集团)?\s*(?:已|亦|也|并|已经|早前|去年|今年)?\s*$")
"""…，公司已获X批准 / …，已获X委托: a clause whose subject is the announcing firm, left unnamed or called 公司."""

_OBJECT_AFTER = re.compile(r"[\u4e00-\u9fff](?<![的和及与并下于在至成了])")
"""A character right after a verb that neither ties it to a noun (的), joins another verb (和, 并, 成立), nor opens
a time or a place (于, 在): the verb takes an object of its own (由X资助病人购买药物)."""

_LED_PARTNER_MARK = re.compile(r"\s*(?:与|同|和|联合|会同|携手)")

_LED_PARTNER_GAP = re.compile(
    r"\s*(?:等\s*" + _NUMBER + r"?\s*" + _UNIT + r"?[\u4e00-\u9fff]{0,4}?(?:单位|机构|企业|高校|院校|医院|伙伴))?"
    r"\s*(?:共同|一起|一道|联合)?\s*"
)
"""What may stand between the leader's partners and the founding verb: 共同, and a count closing the list (…，联合A、B
等多家单位共同组建Y; 等十家企业共同发起): 等 ends the list, and the bodies named before it found Y with the leader."""


def _led_partners(s: str, groups: list[list[M]], pos: int, ts: int) -> list[M]:
    """The bodies named right after the comma that closes 由X牵头 (…，与A、B共建Y), when nothing but 共同 stands
    between them and the founding verb: the leader's partners set Y up with it."""
    mark = _LED_PARTNER_MARK.match(s, pos)
    if mark is None:
        return []
    partners = group_after(s, groups, mark.end(), 0)
    if not partners or partners[-1].end > ts or not _LED_PARTNER_GAP.fullmatch(s, partners[-1].end, ts):
        return []
    return partners


_OWNING = re.compile(r"辖下|下设|下辖|旗下|属下")
"""Words by which a body names its units: a clause opening with one goes on about the body before the comma."""

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
        and any(fits(r, m.type, t.type) for t in tails)
    ]
    if not before or not re.search(r"[，,]", s[before[-1].end : ts - 1]) or ts - before[-1].end > 60:
        return []
    for comma in re.finditer(r"[，,]", s[: ts - 1]):
        if comma.start() >= before[-1].end and NEW_TOPIC.match(s, comma.end()) and comma.end() < ts - 1:
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


def _object_of_like_act(r: Rule, s: str, groups: list[list[M]], heads: list[M], ts: int) -> bool:
    """Whether the group found before the verb at ``ts`` only closes a like act joined to it by 、 (X启动了A、
    制定了B): then it is that act's object, and the verb's subject is the one the chain started with."""
    k = s.find("、", heads[-1].end, ts)
    return k >= 0 and not s[heads[-1].end : k].strip('》”」』"') and like_act_before(s, groups, k, r.triggers)


_RELATIVE_PLACE = re.compile(r"\s*(?:位于|坐落于|坐落在|地处|设于|设在)")
"""A locating verb right after 旗下/包括 opens a relative clause (旗下位于Y的Z): the place is where the part is."""

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

_KIND_THEN_ACT = re.compile(
    r"\s*(?:初创|科技|创新|创业|中小|民营|相关|有关|本地|本市|本港|内地|香港)?"
    + _KINDS_OF_BODY
    + r"\s*(?:进驻|入驻|落户|进入|入园|在|到|赴|前往|使用|利用|参与|加入)\s*"
)
"""Between a verb of support and a name: a kind of body and a verb of going or using (支持初创企业进驻Y): the
kind is what is backed, the name is the place it goes to or the thing it uses."""

_KIND_THEN_MARKER = re.compile(r"\s*" + _KINDS_OF_BODY + r"\s*(?:" + "|".join(WITH_MARKERS) + r")\s*")
"""Between a verb of support and a body: a kind and a partner marker (支持大学与医管局合作)."""


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
        reach = _words_only_reach(s, groups, ts, lo)
        if reach < lo:
            hit = _marked_from(r, s, groups, ts, default, gap, reach)
    return hit


def _words_only_reach(s: str, groups: list[list[M]], ts: int, lo: int) -> int:
    """Where a frame reaching back to ``lo`` starts when the names in it are not counted: the names met lengthen the
    reach by their own length. A list whose names carry quoted short forms (A(简称“a”)、B(简称“b”)、C…) is counted
    again from there, glosses and all (a few times at most), so three long firm names with glosses fit as three
    short names do."""
    reach = lo
    for _ in range(4):
        named = sum(min(m.end, ts) - max(m.start, reach) for g in groups for m in g if m.end > reach and m.start < ts)
        # (every gloss holds 称: 简称, 下称, 以下称)
        glosses = [len(x.group()) for x in SHORT_FORM_GLOSS.finditer(s, reach, ts)] if "称" in s else []
        reach = max(0, lo - named - sum(glosses))
        if not glosses:
            break
    return reach


def _marked_from(
    r: Rule, s: str, groups: list[list[M]], ts: int, default: tuple[str, ...], gap: int, lo: int
) -> Marked | None:
    """:func:`_marked` from ``lo`` on; a marker inside a name (比较医学与分子生物学研究中心) marks nothing."""
    spans: list[tuple[int, int]] | None = None  # (built only once a marker is found: most rules find none)
    for mk in r.markers or default:
        k = s.rfind(mk, lo, ts)
        if k < 0:
            continue
        if spans is None:
            spans = [(m.start, m.end) for g in groups for m in g]
        while k >= 0 and any(a <= k < b for a, b in spans):
            k = s.rfind(mk, lo, k)
        if k < 0:
            continue
        split = split_at(groups, k)
        after = group_within(s, split, k + len(mk), gap, ts)
        province = None if after else PROVINCE_WRITTEN.match(s, k + len(mk))
        if province is not None:
            after = [m for m in group_within(s, split, province.end(), 0, ts) if m.type in PLACES]
            # 在江苏省苏州市…: the city's group has absorbed the province written out before it
        if after:
            return after, split, k
    return None


_LIST_ITEM_OPEN = re.compile(r"、\s*$")
"""A list comma right before the verb: 甲公司、总部在福田区的乙公司 — the verb opens a relative clause on the next
item of the list, so the item before the comma is not its subject."""

_POSSESSOR_IN_FRAME = re.compile(r"(?:于|在|到)其\s*$")
"""于其/在其 right before the verb: X于其位于PLACE的Y举行活动 — the place clause describes X's site Y, inside the
frame that says where an event is held; X is not placed by it."""


def _modifier_not_predicate(s: str, heads: list[M], ts: int) -> bool:
    """The place verb qualifies a noun after it rather than stating where the subject is: after a list comma (the
    next item's relative clause) or after 于其/在其 (the venue of an act, described as the subject's site)."""
    if not heads:
        return False
    gap = s[heads[-1].end : ts]
    return _LIST_ITEM_OPEN.search(gap) is not None or _POSSESSOR_IN_FRAME.search(gap) is not None
