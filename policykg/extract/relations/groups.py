"""Lists and coordination: the runs of mentions a sentence joins into one group (A、B和C), where a group
stands relative to a trigger, the words that join members or name partners, the bounds of a clause, and lists
of places carried past their counts or spelled out in brackets (A、B两个特别行政区和C、D, 珠三角9市（广州、深圳…）).

The relation forms in :mod:`policykg.extract.relations.forms` read their heads and tails as groups found
here; the finders of a clause's subject are in :mod:`policykg.extract.relations.subjects`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class M(NamedTuple):
    """A mention inside one sentence: offsets in the document, entity id and type."""

    start: int
    end: int
    eid: str
    type: str


_PLAIN_JOINS = ("、", "和", "及", "以及")
"""The connectors of a plain list (A、B和C, A及B); 与/同/或 are left out, since they name partners or alternatives."""

JOINS = "|".join(_PLAIN_JOINS + ("与", "或"))
"""Every connector that may join two members of one list or two cited titles (A与B, 《A》或《B》)."""

_GROUP_GAP = re.compile(
    r"^(?:[（(][^（）()，,。；;]{1,12}[）)])?[”\"」》]?\s*(?:"
    + JOINS
    + r"|\s|、以及|，以及)\s*[“\"「《]?$|^[”\"」》]?\s+[“\"「《]?$|^》\s*《$"
)
"""What may stand between two members of one list: a connector, a space, or nothing but the brackets of two
titles set side by side (《A》《B》已经…同意); a bracketed gloss may follow a member before the connector
(香港科技大学（科大）与香港理工大学, 中国科学院（90件）、南湖大学（53件）)."""

_SHORT_FORM_OPEN = re.compile(r"[（(]\s*(?:以下简称|下称|简称|以下称)[：:]?\s*[“\"「]")
"""What opens a quoted short form glossing the name before it (（简称“东岭医疗”）, (以下简称“北辰”))."""

_SHORT_FORM_CLOSE = re.compile(r"[”\"」]\s*[）)]")
"""What closes it: the quote and the bracket."""

SHORT_FORM_GLOSS = re.compile(_SHORT_FORM_OPEN.pattern + r"[^”\"」（）()]{1,12}" + _SHORT_FORM_CLOSE.pattern)
"""A whole quoted short form in brackets (（简称“东岭医疗”）): it names again the body before it, so a frame's reach
counts it as part of that name, not as words between."""

CLAUSE_BREAK = re.compile(r"[，,；;：:。！？]")

UP_TO_CLOSING_BRACKET = re.compile(r"\s*[）)]")
"""Spaces, then the bracket that closes a list spelled out in brackets (…9市（广州、深圳）, 两所医学院（即A和B）)."""

SENTENCE_BREAK = re.compile(r"[；;。！？]")


def clause_after(s: str, pos: int) -> str:
    """The rest of the clause from ``pos`` up to the next clause break."""
    return CLAUSE_BREAK.split(s[pos:], 1)[0]


def clause_before(s: str, pos: int, width: int) -> str:
    """The part of the clause ending at ``pos`` that lies within ``width`` characters before it."""
    return CLAUSE_BREAK.split(s[max(0, pos - width) : pos])[-1]


def clause_start(s: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: after the last comma, semicolon, colon or full stop before it
    (not ！？, as the subject finders have always read it)."""
    return max(s.rfind(c, 0, pos) for c in "，,；;。：:") + 1


def comma_before(s: str, pos: int) -> int:
    """The last comma (full or half width) before ``pos``, or -1."""
    return max(s.rfind("，", 0, pos), s.rfind(",", 0, pos))


CO_MARKERS = ("共同", "联合", "合作", "携手", "联手", "一起", "合资", "合办", "共建")

PARTNER_VERBS = ("联合", "会同", "联同", "携手")
"""Verbs by which an actor brings partners in (X联合A、B…, X牵头，会同A…)."""

PARTNER_JOINS = ("与", "同", "跟")
"""Connectors that make what follows them partners of what precedes (A与B, A同B, A跟B), unlike 和/及 which may list
co-actors."""

PARTNER_WORDS = PARTNER_VERBS + PARTNER_JOINS
"""Words after which the names that follow are someone's partners (X联合A、B…, X与A、B…)."""

WITH_MARKERS = ("与", "同", "和", "跟")
"""The markers of the with form: HEAD 与/同/和/跟 TAIL … trigger."""

PARTNER_MARK = re.compile("(?:" + "|".join(PARTNER_WORDS) + r")\s*$")


def first_partner(s: str, group: list[M]) -> int:
    """The index of the first member of ``group`` written after a partner word (A与B签约: 1), or 0 when none is.
    Why: a group the connectors join may hold a subject and its partners (A与B, X联合Y), and a clause's subject
    is then the members before the partner word."""
    return next((k for k in range(1, len(group)) if PARTNER_MARK.search(s, group[k - 1].end, group[k].start)), 0)


CO_NOUN = re.compile(r"(?:平台|区|园|项目|机制|伙伴|关系|协议|备忘录|模式)")
"""Nouns a co-marker heads (合作平台, 合作区, 合作伙伴): there 合作/联合 names a kind of thing, it is no adverb."""

PARTNER_JOIN = re.compile("|".join(PARTNER_JOINS))
"""A connector inside a group that names partners (A与B、C): what follows it are A's partners, not A's co-members."""

PLACE_NUMBER = r"(?:[0-9]+|[一二两三四五六七八九十]+)"
"""How many places a list counts (9市, 三地, 两个特别行政区): digits or the small Chinese numerals."""

_PLACES_BRACKET = re.compile(
    r"\s*(?P<count>" + PLACE_NUMBER + r"\s*(?:个)?\s*(?:城市|地市|市|地区|省|区|县|国|地))?\s*[（(]"
    r"\s*(?:即|包括)?\s*"
)
"""What opens the bracket that spells out the last place of a list (珠三角9市（广州、深圳…）, 京津冀三地（…）)."""

_COUNTED_KIND_THEN = re.compile(
    r"\s*"
    + PLACE_NUMBER
    + r"\s*个?\s*(?:特别行政区|直辖市|自治区|城市|地市|市|省|区|县|国家|国)"
    + r"\s*(?:"
    + "|".join(_PLAIN_JOINS)
    + r")\s*(?P<prov>[\u4e00-\u9fff]{2,3}省)?"
)
"""A list of places broken by a count of the kind before it (香港、澳门两个特别行政区和广州、深圳…, 北京、天津两市和
河北省): the list goes on after the connector, a province written before its first city included."""


def places_run(s: str, groups: list[list[M]], heads: list[M]) -> list[M]:
    """The list of places ``heads`` opens, carried past counts of their kind (A、B两个特别行政区和C、D等9个城市)
    and into the places a province's 的 governs (A及广东省的C、D)."""
    out = list(heads)
    while out and out[-1].type == "Region":
        if s.startswith("的", out[-1].end):
            # A、B及广东省的广州、深圳…九个城市: the province only says where the cities after its 的 are
            owned = _places_listed_at(s, groups, out[-1].end + 1)
            if not owned:
                break
            out = out[:-1] + owned
            continue
        gap = _COUNTED_KIND_THEN.match(s, out[-1].end)
        if gap is None:
            break
        more = group_after(s, groups, gap.start("prov"), 0) if gap.group("prov") else []
        more = more or group_after(s, groups, gap.end(), 0)  # 和河北省 is a member; 和广东省广州市 places 广州
        if not more or any(m.type != "Region" for m in more):
            break
        out += more
    return out


def spelled_out_places(s: str, groups: list[list[M]], heads: list[M]) -> tuple[list[M], int]:
    """``heads`` with the places a bracket right after the last one lists (珠三角9市（广州、深圳…）), and the end of
    the list. Why: the bracket names what the item stands for, so a list that includes the item includes each
    place in it (东岭都市圈包括南湖、北辰和西江3市（甲市…）: 甲市 is part of the metropolitan area too); when a
    count stands before the bracket, the item is the counted cities, not the region they are named after, which goes."""
    last = heads[-1]
    opened = _PLACES_BRACKET.match(s, last.end)
    if opened is None:
        return heads, last.end
    inner = _places_listed_at(s, groups, opened.end())
    if not inner:
        return heads, last.end
    close = UP_TO_CLOSING_BRACKET.match(s, inner[-1].end)
    if close is None:
        return heads, last.end
    kept = heads[:-1] if opened.group("count") else heads
    return kept + inner, close.end()


def _places_listed_at(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The group right after ``pos`` when it lists two or more places and nothing else, or []. Why: a province's
    的 (广东省的广州、深圳) and a bracket after a region (珠三角9市（广州、深圳…）) both spell out the places a
    name stands for, and only a list of places does that."""
    listed = group_after(s, groups, pos, 0)
    if len(listed) < 2 or any(m.type != "Region" for m in listed):
        return []
    return listed


def units_listed(s: str, heads: list[M]) -> list[M]:
    """X的A、B和C: the run of units after the owner's 的, of the first one's kind, joined by 、/和/及.

    Why: one owner's 的 governs the whole list of its units (医院管理局的A委员会及B委员会); a member joined by
    与/同 (X的A与Y医院签约) or of another kind (X的A委员会及Y医院均有参与) is a partner or another actor."""
    out = heads[:1]
    for prev, m in zip(heads, heads[1:]):
        if s[prev.end : m.start] not in _PLAIN_JOINS or m.type != heads[0].type:
            break
        out.append(m)
    return out


_LIST_JOIN = re.compile(r"^\s*(?:" + "|".join(_PLAIN_JOINS) + r"|、以及)\s*$")
"""What joins the items of one plain list (A、B和C); 与/同/或 are left out since they name partners or alternatives."""


def plain_list(s: str, group: list[M]) -> bool:
    """Members joined only by 、/和/及 (no 与/同/或, which name partners or alternatives), all of one kind of
    body (no place among them, which would start a new owner: 苏州的A和深圳的B)."""
    if len(group) < 2 or any(m.type in PLACES for m in group):
        return False
    return all(_LIST_JOIN.match(s[a.end : b.start]) for a, b in zip(group, group[1:]))


_KIND_AFTER_PLACE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?)(?:企业|高校|院校|机构|医院|学界|业界|[\u4e00-\u9fff]界|同行|单位|团队|专家|学者|人才|居民|市民|公司|集团|电台|电视台|机场)"
)
"""A place right before a kind of partner (与内地高校合作, 与上海企业对接), or before a firm the tagger did not
name (与德国一家药企公司签约, 和美国某某公司合作), a broadcaster or an airport named after its city (与某市电台
合作, 与某市国际机场签约): the partner is the kind or the body, not the place. The kind must
end before the trigger, so 与深圳合作成立公司 keeps 深圳."""

COUNCIL_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:会议|理事会|评议会)\s*")
"""A place's name opening the name of a council or conference the tables do not know, standing right before the
verb (某国科技创新会议通过…, 某国科学技术会议制定…): the council passed or drafted it, not the state."""


def kind_after(s: str, at: int, ts: int) -> bool:
    """A kind of partner (or an unnamed firm) starts flush at ``at`` and ends before the trigger at ``ts``."""
    k = _KIND_AFTER_PLACE.match(s, at)
    return k is not None and k.end() <= ts


def group_within(s: str, groups: list[list[M]], pos: int, max_gap: int, ts: int) -> list[M]:
    """The group after ``pos`` (as :func:`group_after` finds it) when it ends before the trigger at ``ts`` in the
    same clause, or []: a marker's object must lie inside the frame the trigger closes (在X设立, 与X合作)."""
    after = group_after(s, groups, pos, max_gap)
    if not after or after[-1].end > ts or CLAUSE_BREAK.search(s, after[-1].end, ts):
        return []
    return after


def named_after_place(s: str, groups: list[list[M]], tails: list[M], ts: int) -> list[M]:
    """A place written flush against the name after it (与德国拜耳公司签约, 和美国X公司形成合作, 与深圳前海合作)
    says where the partner is from or lies: the partner is the named body or park, not the country or city."""
    if not tails or tails[-1].type not in PLACES:
        return tails
    nxt = _body_flush_at(s, groups, tails[-1].end, ts)
    if nxt:
        return nxt
    kind = _KIND_AFTER_PLACE.match(s, tails[-1].end)
    if kind is not None and kind.end() - kind.start() <= 4:
        # 与深圳企业X签约, 和内地药企公司X合作: the place and its kind describe the named partner right after them
        return _body_flush_at(s, groups, kind.end(), ts) or tails
    return tails


def _body_flush_at(s: str, groups: list[list[M]], pos: int, ts: int) -> list[M]:
    """The group that starts right at ``pos``, ends before the trigger and names no place, or []."""
    nxt = group_at(s, groups, pos)
    if nxt and nxt[-1].end <= ts and all(m.type != "Region" for m in nxt):
        return nxt
    return []


_STRAND_HEADS = ("专项", "子计划", "子项目")

_STRAND_GAP = re.compile(r"^[”\"」』]?之[“\"「『]?$")


def strands(s: str, ms: list[M], tails: list[M]) -> list[M]:
    """设立了“东岭科技计划”之对外合作项目: the object of the verb is the strand after 之 as much as the programme
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


def find_groups(s: str, ms: list[M], ident: list[int] | None = None) -> list[list[M]]:
    """Maximal runs of mentions joined only by connectors (A、B和C); nested mentions are skipped. ``ident`` gives
    each mention the number of its entity: a mention of the last member's entity in brackets right after it
    (瓴岳资本（Lingyue Capital）) glosses it, and the list goes on after the bracket."""
    out: list[list[M]] = []
    glossed = -1  # where the bracketed gloss of the last member closes
    last = -1  # the index in ``ms`` of the last member taken
    for k, m in enumerate(ms):
        if out and m.start < out[-1][-1].end:
            continue
        gap = s[out[-1][-1].end : m.start] if out else ""
        if (
            out
            and ident is not None
            and ident[k] == ident[last]
            and gap in ("（", "(", "（（", "((")
            and s[m.end : m.end + 1] in ("）", ")")
        ):
            glossed = m.end + 1  # 瓴岳资本（Lingyue Capital）领投: the same firm again, its name in Latin
            out[-1].append(m)
            last = k
            continue
        last = k
        if out and glossed == out[-1][-1].end + 1 and glossed <= m.start:
            gap = s[glossed : m.start]  # 北辰资本（Beichen Capital）、南湖资本: the list goes on after the gloss
        if out and gap == "" and out[-1][-1].type == m.type == "Region" and s[out[-1][-1].end - 1] == "省":
            out[-1][-1] = m  # A、B和广东省广州市、深圳市: the province only places the first city of the list
            continue  # (粤港澳四方 stays three: only a province written out with 省 qualifies what follows)
        if out and gap == "" and _place_qualifies(out[-1], m):
            out[-1][-1] = m  # A大学、B大学、美国C大学及D研究所: the country says where C is; C is the member
            continue
        if out and gap in ("（", "(") and s[m.end : m.end + 1] in ("）", ")") and _glosses(s, out[-1][-1], m):
            continue  # 香港科技大学（科大）: the short form in brackets glosses the name, it is no member of its own
        if out and _short_form_gloss(s, gap, out[-1][-1], m):
            continue  # 东岭医疗器械有限公司(简称“东岭医疗”)、B: the gloss names the firm again; the list goes on
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


def _short_form_gloss(s: str, gap: str, name: M, short: M) -> bool:
    """``short`` is a quoted short form in brackets right after ``name`` (（简称“东岭医疗”）) that glosses it."""
    return (
        _SHORT_FORM_OPEN.fullmatch(gap) is not None
        and bool(_SHORT_FORM_CLOSE.match(s, short.end))
        and _glosses(s, name, short)
    )


def _place_qualifies(run: list[M], m: M) -> bool:
    """A place written flush against a body's name after it, inside a list already begun (A、B、美国C及D): it
    tells where that body is, as 美国 does in 美国C大学, and is no member of the list. Why: lists of partners,
    members and founders in news and reports set a country or city before a foreign or out-of-town member, and
    counting the place as the member cuts the list there (D was lost with it). Only past the first member, so
    a place opening a clause (深圳X公司与…) keeps its reading elsewhere (named_after_place)."""
    return len(run) >= 2 and run[-1].type == "Region" and m.type not in PLACES and m.type != "Person"


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


def split_at(groups: list[list[M]], pos: int) -> list[list[M]]:
    """The groups with any group that spans ``pos`` cut in two there (A与B: A and B are sides, not a list)."""
    out: list[list[M]] = []
    for g in groups:
        left = [m for m in g if m.end <= pos]
        right = [m for m in g if m.start >= pos]
        out.extend(x for x in (left, right) if x)
    return out


def nearest_before(s: str, groups: list[list[M]], pos: int) -> tuple[int, int] | None:
    """(index of the group the text before ``pos`` speaks about, where the words between it and ``pos`` begin):
    the nearest group, or the body a bracketed aside right after it belongs to (:func:`before_aside`)."""
    idx = index_before(groups, pos)
    if idx is None:
        return None
    aside = before_aside(s, groups, idx, pos)
    return aside if aside is not None else (idx, groups[idx][-1].end)


def group_before(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    hit = nearest_before(s, groups, pos)
    if hit is None:
        return []
    best, gap = groups[hit[0]], s[hit[1] : pos]
    if len(gap) > max_gap or CLAUSE_BREAK.search(gap):
        return []
    return best


def before_aside(s: str, groups: list[list[M]], idx: int, pos: int) -> tuple[int, int] | None:
    """(index of X, end of the aside) when ``groups[idx]`` lies in a bracketed aside right after X that closes
    before ``pos`` (X（Y的全资附属公司）将在大埔设立…, X（由Y孵化）落户…): the clause goes on about X, and
    the name in brackets only describes it. None otherwise."""
    g = groups[idx]
    closing = CLOSING_BRACKET.search(s, g[-1].end, pos)  # one search, not a Python loop per character
    close = closing.start() if closing else None
    if close is None or any(c in s[g[-1].end : close] for c in "（("):
        return None
    opened = max(s.rfind("（", 0, g[0].start), s.rfind("(", 0, g[0].start))
    if opened < 0 or any(c in s[opened + 1 : g[0].start] for c in "）)（("):
        return None
    k = index_before(groups, opened)
    if k is None or groups[k][-1].end != opened:
        return None
    return k, close + 1


CLOSING_BRACKET = re.compile(r"[）)]")
"""A closing bracket, full or half width: :func:`before_aside` finds the end of an aside with one search."""

PLACES = frozenset({"Region", "Park"})


def index_before(groups: list[list[M]], pos: int) -> int | None:
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


def listed_after_colon(s: str, groups: list[list[M]], te: int) -> list[M]:
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


def group_at(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The group that starts right at ``pos``, with not even a quote before it, or []. Why: a name written flush
    against the word before it belongs to that word's phrase (由X牵头, Y的全资子公司X, X为核心，A、B为两翼, the unit
    after a place, A大学香港校区); one set off by a quote or a space opens another."""
    found = group_after(s, groups, pos, 0)
    return found if found and found[0].start == pos else []


def group_after(s: str, groups: list[list[M]], pos: int, max_gap: int) -> list[M]:
    for g in groups:
        if g[0].start >= pos:
            gap = s[pos : g[0].start]
            # 武汉的「火凤实验室」: a quote opening the name is part of how it is written, not a word between
            if len(gap.rstrip('“"「『')) > max_gap or CLAUSE_BREAK.search(gap) or _MEANS_MARKER.search(gap):
                return []
            return g
    return []
