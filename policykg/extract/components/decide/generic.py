"""Whether a candidate names one specific thing or a kind: generic heads without a place, proper noun or
mark, quantified and counted mentions, units each body of a kind has, descriptive fields.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.components import people
from policykg.extract.components.decide.context import (
    _BARE_BEFORE_HEAD,
    _COMPASS_NAMED_TYPES,
    _COMPASS_NAMES,
    _MOVING_VERBS,
    _POINTING_CHARS,
    _UNIT_OF_PARENT_TYPES,
    _attached_known_body,
    _event_head,
    _ised,
    _kind_marker,
    _national_designation,
    _opens_with_known_parent,
    _registered_firm,
)
from policykg.extract.components.decide.words import (
    _DISTINCT_CHARS,
    _INNER_KEEP,
    _VERB_TAGS,
    _known_at,
    _long_quantifier_re,
    _longest_head,
    _table,
    _time_span_re,
    clause_verbs,
    descriptive_modifiers,
    ordinary_words,
    quantifiers,
)
from policykg.extract.components.gazetteer import Place, places
from policykg.extract.names import (
    FIRM_TRADES,
    LEVEL_CHARS,
    STOP_SET,
    Candidate,
    party_run,
)


def _without_time_span(c: Candidate) -> Candidate:
    """未来十五年|东岭高新区, “十四五”时期|南湖新区, 现届|特区政府: plans, reports and news open a sentence with a span
    of time before its subject, and a name grown left from its head word (or a quoted plan number joined to one)
    swallows it; no body's name opens with a span of time, so the name starts after it. Titles of policies,
    programmes and events are left whole (“十四五”时期某某规划 may be a plan's own title)."""
    if c.entry is not None or c.type in _TITLED_TYPES or c.type in _UNTRIMMED_TYPES:
        return c
    m = _time_span_re().match(c.text)
    if m is None or len(c.text) - m.end() < 3:
        return c
    rest = c.text[m.end() :]
    return Candidate(c.end - len(rest), c.end, rest, c.type, c.rule, c.confidence, None)  # the span may hold quotes


_ATTRIBUTE_AFTER_PLACE = ("特色", "式现代化", "银山", "梦")
"""中国特色, 中国式现代化: the place qualifies a notion. 金山银山 (绿水青山就是金山银山, a slogan every environmental
passage of a plan or work report quotes): 金山 is half of an idiom, not the district. 中国梦 (the slogan that
replies and plans close on) is a notion too."""

_INTEGRATING = ("于一体的", "於一體的", "为一体的", "為一體的")
"""集A、B、C于一体的X (a platform, park or centre combining A, B and C): plans and news describe what is to be built
so; the phrase that follows is a description ending in a kind (综合性平台, 创新平台), not a name."""


def _taking_as_centre(name: str) -> bool:
    """以患者为中心, 以健康为中心 (the aim a hospital or a plan sets itself): 以 and 为 as words of their own frame
    what something centres on; the phrase ends on a head word (中心, 核心) but names no body."""
    if not name.startswith("以"):
        return False  # checked first: the decision runs on every name found by a head word or quotes
    tokens = lexical.cut(name)
    return len(tokens) >= 3 and tokens[0] == "以" and tokens[-2] in ("为", "為")


_OPENING_QUOTES = frozenset("“「『")
_CLOSING_QUOTES = "”」』"
_QUOTED_NAME = re.compile(rf"[^{_CLOSING_QUOTES}，。；、！？\n“「『]{{3,30}}[{_CLOSING_QUOTES}]")


def _opens_a_quoted_name(text: str, c: Candidate) -> bool:
    """建设“南湖中医药示范市”, 「东岭国际生物谷」: a place that opens a quoted phrase of three characters or more is
    the first word of the name the quotes mark (a programme, a title, a project), not a mention of the place; a
    place quoted alone (冠以“中国”字样) is the word itself, named as a word."""
    if text[c.start - 1 : c.start] not in _OPENING_QUOTES:
        return False
    nxt = text[c.end : c.end + 1]
    return (nxt != "" and nxt in _CLOSING_QUOTES) or _QUOTED_NAME.match(text, c.end) is not None


_ROOM_HEADS = ("办公室", "辦公室")


def _room_of_a_person(c: Candidate, person_names: frozenset[str]) -> bool:
    """Is the office at ``c`` a named person's room (王某某办公室内, 在李某办公室里)? A person the text names
    elsewhere, or three characters that spell a name (a surname, then what the dictionary reads as a given name),
    then 办公室, names where someone works, never a government body (a body's office opens with the body or a
    place)."""
    if not c.text.endswith(_ROOM_HEADS):
        return False
    body = c.text[:-3]
    return body in person_names or (
        len(body) == 3 and people.plain_person_name(body) and lexical.tag(body) in _PERSON_TAGS
    )


_TRADE_AFTER_ZONE = ("产业", "经济", "工业", "物流")
"""Words after a zone's short form that make it an attribute: plans write 临港产业 / 临港经济 for port-side
trades in every coastal province; the zone itself is written 临港 with its projects (临港实验室, 临港院区)."""


_INNER_SHORT_FORM = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def _without_inner_short_form(c: Candidate) -> Candidate:
    """香港特别行政区（特区）政府, 东岭大学（东大）医学院: the short form the text defines for the name before the
    bracket is no part of the longer name that goes on after it; the name is the words outside the bracket. A
    bracket that does not abbreviate what stands before it (东岭生物（华东）有限公司, a region or a line of
    business) belongs to the name and is kept."""
    if c.type in ("Policy", "Person", "Region") or c.rule.startswith(("book-title", "quote")):
        return c
    m = _INNER_SHORT_FORM.search(c.text)
    if m is None or m.end() >= len(c.text):
        return c
    before, short = c.text[: m.start()], m.group(1)
    if len(short) >= len(before) or not _abbreviates(short, before):
        return c
    return Candidate(c.start, c.end, before + c.text[m.end() :], c.type, c.rule, c.confidence, c.entry)


def _abbreviates(short: str, name: str) -> bool:
    """Every character of ``short`` appears in ``name`` in the same order (港大 of 香港大学, 特区 of 香港特别行政区)."""
    it = iter(name)
    return all(ch in it for ch in short)


_EDITION_YEAR = re.compile(r"(?:19|20)\d\d(?:年度|年|/\d\d年度)$")


def _with_edition_year(text: str, c: Candidate) -> Candidate:
    """2017年施政报告: a yearly document named with its year is that year's edition, an entity of its own."""
    if c.type != "Policy" or c.entry is None or c.start < 5:
        return c
    m = _EDITION_YEAR.search(text, max(0, c.start - 9), c.start)
    if m is None:
        return c
    return Candidate(m.start(), c.end, text[m.start() : c.end], c.type, c.rule, c.confidence, None)


_MANDATE_VERBS = ("推进", "促进", "推动", "加快")
_BODY_HEADS = ("工作组", "领导小组", "工作小组", "办公室", "指挥部", "联席会议")


def _with_mandate_before(text: str, c: Candidate) -> Candidate:
    """省推进…专项工作组, 市促进…领导小组: a body named by its jurisdiction and its mandate."""
    if c.type != "Agency" or not c.text.endswith(_BODY_HEADS) or c.start < 3:
        return c
    verb = text[c.start - 2 : c.start]
    if verb not in _MANDATE_VERBS:
        return c
    k = c.start - 2
    if text[k - 1] in LEVEL_CHARS:
        start = k - 1
        for n in (4, 3, 2):
            if start - n >= 0 and text[start - n : start] in places():
                start -= n
                break
        return Candidate(start, c.end, text[start : c.end], c.type, c.rule, c.confidence, None)
    return c


_TIER_WORDS = frozenset(
    ("省份", "所在地", "地方", "各级", "上级", "下级", "基层", "当地", "属地", "以上", "以下", "人民")
)
"""Words that name a tier of government (地方, 县级以上) or a kind of place (所在省份) rather than a place:
with nothing else before an agency's head word they describe every body of that tier."""
_TIERS = _TIER_WORDS - {"人民", "以上", "以下"}
"""The tier words that, inside a description before a generic head, make it every locality's (地方, 基层, 当地);
人民 and 以上/以下 also stand inside names and counts (第一人民医院)."""


def _level_only(name: str) -> bool:
    """市级人民法院, 地方人民政府, 县级以上地方人民政府: only tier words (or words ending in 级) before the head."""
    suf = lexicon.suffix_of(name)
    if suf is None or len(name) <= len(suf.text):
        return False
    words = lexical.cut(name[: -len(suf.text)].removesuffix("人民"))
    return all(w in _TIER_WORDS or (len(w) >= 2 and w.endswith("级")) for w in words)


_OWNED = re.compile(r"(?:辖下|属下|下设|下属)?的$")
_PRESCRIBED = re.compile(r"(?:应当|应|要|须|必须)(?:设立|建立|成立|组建|设置)$")
"""二级以上医院应当设立X委员会, 各级医疗机构要建立X领导小组: a rule that every one of a kind set up such a body
names each one's body, not one agency (a named owner, 市科委设立了X办公室, sets up one)."""
_WHICHEVER = re.compile(r"(?:所属|各|相关|有关)[\u4e00-\u9fff]{1,4}$")


def _owned_by_a_kind(text: str, c: Candidate) -> bool:
    """A body named after 的 (or after a rule to set it up) whose owner is a kind (医院的药事委员会) or whichever one
    is concerned (所属区议会辖下的X委员会) is each such owner's body, not one agency; after a named owner
    (医管局的用药评估委员会) it is one."""
    m = _OWNED.search(text, max(0, c.start - 3), c.start) or _PRESCRIBED.search(text, max(0, c.start - 5), c.start)
    if m is None:
        return False
    before = text[max(0, m.start() - 6) : m.start()]
    return _WHICHEVER.search(before) is not None or any(lexicon.is_generic(before[-k:]) for k in (2, 3, 4))


_NAMED_ANYWAY = frozenset(("Agency", "Person", "Region", "Policy"))
"""Types a quantifier does not make generic here: 相关区政府 and 本政策措施 name the one body or text meant."""


def _opens_with_quantifier(name: str) -> bool:
    """A quantifier of two or more characters opens the name, or follows one verb that opens it (更多X平台,
    带动更多X基金). jieba cuts 更多 into 更|多, single characters the left-edge trim keeps as part of a word."""
    if not _long_quantifier_re().search(name):
        return False  # (no quantifier anywhere in the name: one scan instead of one per quantifier)
    for q in quantifiers():
        if len(q) < 2:
            continue
        p = name.find(q)
        if p < 0 or len(name) - p - len(q) < 2:
            continue
        if p == 0:
            return True
        words = lexical.cut(name[:p])
        if len(words) == 1 and lexical.tag(words[0]) in _VERB_TAGS:
            return True
    return False


def _unit_of_a_kind(name: str) -> bool:
    """The name opens with a word for a kind of body (高校, 医院, 科研院所) and goes on to a unit of it: the unit
    every such body has (高校技术转移办公室 are the universities' offices), as 医院的药事委员会 is with 的."""
    words = lexical.cut(name)
    return len(words) >= 3 and len(words[0]) >= 2 and lexicon.is_generic(words[0])


def _bare_body(name: str) -> bool:
    """工作领导小组, 高层次工作组: a working body's head word with only 工作 or a word of rank before it names no
    body in particular (a body is named by its jurisdiction or its mandate: 省推进…专项工作组)."""
    head = next((h for h in _BODY_HEADS if name.endswith(h)), None)
    if head is None:
        return False
    for tok in lexical.cut(name[: -len(head)]):
        if not (tok == "工作" or tok in descriptive_modifiers() or tok.endswith(("级", "层次"))):
            return False
    return True


def _with_place_before(text: str, c: Candidate, taken: list[Candidate]) -> Candidate:
    """温州 + 市科学技术局, 苏州市 + 市场监督管理局: a city-relative name glued to the city before it."""
    if c.type in ("Region", "Person", "Policy") or c.start == 0:
        return c
    pl = places()
    if c.text[0] in LEVEL_CHARS:
        probe = [(k, text[c.start - k : c.start] + c.text[0]) for k in (2, 3, 4)]  # 温州 + 市…
    elif text[c.start - 1] in LEVEL_CHARS:
        probe = [(k, text[c.start - k : c.start]) for k in (3, 4, 5)]  # 苏州市 + 市场…
    else:
        return _with_place_cut_at_its_start(text, c, taken, pl)
    for k, surface in probe:
        if k > c.start or surface not in pl:
            continue
        if text[c.start - 1] in LEVEL_CHARS and c.text.startswith(surface[-3:-1]):
            return c  # 东岭区 + 东岭X加速器: the name opens with the district's own short form, the district is apart
        start = c.start - k
        while taken and taken[-1].end > start:
            if taken[-1].type != "Region":
                return c
            taken.pop()  # the place alone was a fragment of this name
        return Candidate(start, c.end, text[start : c.end], c.type, c.rule, c.confidence, None)
    return c


def _with_place_cut_at_its_start(text: str, c: Candidate, taken: list[Candidate], pl: dict[str, Place]) -> Candidate:
    """将 + 军澳工业邨: a place whose first character is a stop word (将军澳) was cut there by the leftward scan;
    the name starts where the place does."""
    for k in (1, 2):
        if k > c.start or not ("\u4e00" <= text[c.start - k] <= "\u9fff"):
            continue
        joined = text[c.start - k : c.end]
        if any(joined[:n] in pl for n in range(k + 1, min(len(joined) - 1, 6) + 1)):
            start = c.start - k
            if taken and taken[-1].end > start:
                return c
            return Candidate(start, c.end, joined, c.type, c.rule, c.confidence, None)
    return c


_COORDINATORS = frozenset({"和", "与", "及", "以及"})


_ABSTRACT = re.compile(r"摘\s*要|Abstract|ABSTRACT")
_PERSON_TAGS = frozenset({None, "nr", "nrfg", "nrt"})
"""A person's name is unknown to the dictionary or known as a name."""


def _title_block_end(text: str) -> int:
    """Where a paper's title block (title, authors, affiliations) ends: at its abstract; 0 without one."""
    m = _ABSTRACT.search(text, 0, 1500)
    return m.start() if m else 0


def _zone_department(c: Candidate, left: str, right: str) -> bool:
    """东岭高新区|投资|促进局, 南湖新区|合作|交流局: a zone's name, a word the relation rules trigger on and a short
    head. The word opens the mandate of the zone's own department, no act between two names: a name after such
    a verb is longer than one word and a head (东岭高新区投资南湖生物医药产业园)."""
    if c.type != "Agency" or len(right) > 3 or len(left) < 4:
        return False
    suf = lexicon.suffix_of(left)
    return suf is not None and suf.type == "Park"


def _known_or_found(c: Candidate) -> Candidate:
    """The name before a verb, as the lexicon knows it when it does (创新科技署|批出…: a known body keeps its whole
    name, which the left trim would cut at a word that opens clauses elsewhere, 创新)."""
    return _known_at(c.start, c.text, c.type) or c


def _kinds_listed(name: str) -> bool:
    """中试基地和孵化器, 众创空间与加速器: two kinds of facility joined by a conjunction are a list of kinds, not one
    name (a name joins fields, 脑与认知科学…实验室, where the part after 与 is no bare kind)."""
    parts = re.split("[和与及]", name)
    return len(parts) == 2 and all(lexicon.is_generic(p) for p in parts)


_CENTRE_TYPES = ("Platform", "ResearchInstitute")
_GOAL_CENTRES = ("科学中心", "科技创新中心", "创新科技中心", "创科中心")
"""Ends of the status a plan sets as a place's goal (粤港澳大湾区国际科技创新中心, 综合性国家科学中心)."""


def _place_then_generic_platform(c: Candidate) -> bool:
    """A place followed by nothing but a kind of platform (梅州市创新平台, 南湖区公共服务平台) names the place's
    platforms of that kind, not one of them: a named platform says what it serves (东岭生物医药公共服务平台).
    A centre keeps its place (上海市临床医学研究中心 is one body) unless the kind is a goal status."""
    name = c.text
    if not name.endswith(_GOAL_CENTRES) and not (c.type == "Platform" and name.endswith("平台")):
        return False  # 佛山技术转移中心, 上海市科技创业中心: a centre named by its city is one body
    pl = places()
    return any(
        (name[:k] in pl or lexicon.region_entry(name[:k]) is not None) and lexicon.is_generic(name[k:])
        for k in range(2, len(name) - 3)
    )


def _zone_of_generic_platform(c: Candidate) -> Candidate | None:
    """东岭高新区创新创业平台, 南湖经济技术开发区研发平台: a zone's whole name followed by nothing but a kind of
    platform names the zone's platforms of that kind, not one of them; the zone is the name there."""
    if c.type != "Platform" or c.entry is not None or not c.text.endswith("平台"):
        return None
    for k in range(len(c.text) - 4, 3, -1):
        suf = lexicon.head_of_whole_name(c.text[:k])
        if suf is not None and suf.type == "Park" and lexicon.is_generic(c.text[k:]):
            return Candidate(c.start, c.start + k, c.text[:k], "Park", "suffix:" + suf.text, c.confidence)
    return None


def _quantified(text: str, c: Candidate) -> bool:
    """各市人民政府, 这些平台: the mention is preceded by a quantifier or demonstrative."""
    if c.type in ("Policy", "Person", "Region") or c.rule.startswith(("book-title", "quote")):
        return False
    before = text[max(0, c.start - 2) : c.start]
    q = quantifiers()
    if not before or not (before in q or before[-1:] in q):
        return False  # (tested before the segmentation below: most names follow no quantifier, and a cut costs)
    first = lexical.cut(c.text[:4])[:1]
    # 这意味着|X产业园, 这显示|X医院: the demonstrative is the verb's subject, not the name's
    return not (first and first[0] in clause_verbs())


_INSTITUTE_TYPES = frozenset(("ResearchInstitute", "Lab"))


def _listed_beside_institute(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """东岭海洋药物研究院、智能医学研究院等: an institute named by its field in ordinary words (four characters at
    least before the head), next in a 、 list to an institute or lab that is plainly a name, is one named body too
    (a report lists the institutes it set up so); a kind of institute has no named sibling of its own kind to stand
    beside. The list rule of names/lists.py (_same_head_items) adds such items only where no candidate stands yet."""
    if c.type not in _INSTITUTE_TYPES or not c.rule.startswith("suffix:"):
        return False
    if len(c.text) - len(c.rule.removeprefix("suffix:")) < 4:
        return False  # 南湖研究所、材料研究所等: one field word and the head stay a kind, as for same-head list items
    for x in cands:
        if x is c or x.type not in _INSTITUTE_TYPES or not x.rule.startswith("suffix:"):
            continue
        joined = (x.end == c.start - 1 and text[x.end] == "、") or (c.end == x.start - 1 and text[c.end] == "、")
        if joined and not _generic(x):
            return True
    return False


def _listed_with_names(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """企业如东岭基因、南湖医疗、北辰精密: an item made of ordinary words (北辰精密) stands in one list with
    items that are plainly names, so it is a name too. The list is the run of items joined by 、 around it."""
    listed = [x for x in cands if x.rule.startswith(("enumeration", "list-member"))]
    # a known firm or body in the list (国药控股、X等企业) says what the list is made of, as two plain names do;
    # a name with an institutional head (某某大药厂) counts as a plain name
    # a department the lexicon knows says so for a department (科技部、中央政法委、林草局、中医药局: a
    # ministry list in a national notice names bodies, whether or not their short forms are in the table)
    kinds = _LISTED_KINDS | {"Agency"} if c.type == "Agency" else _LISTED_KINDS
    known = [x for x in cands if x.type in kinds and (x.entry is not None or x.rule.startswith("suffix:"))]
    by_end = {x.end: x for x in listed + known}
    by_start = {x.start: x for x in listed + known}
    names_seen = 0
    for step in (-1, 1):
        cur = c
        while True:
            nxt = by_end.get(cur.start - 1) if step < 0 else by_start.get(cur.end + 1)
            sep = text[cur.start - 1 : cur.start] if step < 0 else text[cur.end : cur.end + 1]
            if nxt is None or sep != "、":
                break
            if nxt.entry is not None:
                names_seen += 2
            elif not _common_words(nxt.text):
                names_seen += 1
            cur = nxt
    return names_seen >= 2


_NUMERAL_OPENINGS = frozenset("一二三四五六七八九十百千万")
"""The Chinese numerals a coined trade name may open with (三叶, 千红, 万泰): those of :data:`_NUMERALS` without the
digits and 零〇两, plus 千 and 万, which editions never use."""
_MEASURE_CHARS = frozenset("家个项批类种所间座名位大成倍年月日")
"""Second characters that make a numeral word a count, a size or a date (三家, 五成, 三月), not a trade name's opening.
(Sizes such as 千亿 and ranks such as 百强 are not excluded: excluding them, with single characters that size or point
such as 小/新, lowered a held-out figure when tried.)"""


def _numeral_trade_name(tok: str, tag: str | None, head: str) -> bool:
    """三叶|制药, 九川|医药: a word of two characters that opens with a numeral, the dictionary's numeral or time
    word, right before a firm's trade word: a coined trade name (a count ends in a measure word: 三家|制药企业)."""
    return (
        len(tok) == 2
        and tok[0] in _NUMERAL_OPENINGS
        and tok[1] not in _MEASURE_CHARS
        and tag in ("m", "t")
        and head in FIRM_TRADES
    )


def _coined_firm_name(s: str) -> bool:
    """联澜, 智乐生物 cut as 智|乐|生物, 三叶制药 cut as 三叶|制药: a firm's coined trade name, read by the
    dictionary as single characters only (before a trade word), or as a numeral word of two characters before one.
    Lists of ordinary words (化工、家具, 高纳税) are made of words of two characters or more that are no numerals."""
    toks = lexical.cut(s)
    while len(toks) > 1 and toks[-1] in FIRM_TRADES:
        toks = toks[:-1]
    if len(toks) >= 2 and all(len(t) == 1 for t in toks):
        return True
    if len(toks) == 1 and len(toks[0]) < len(s):
        return _numeral_trade_name(toks[0], lexical.tag(toks[0]), s[len(toks[0]) :])
    return False


_LISTED_KINDS = frozenset({"Company", "University", "ResearchInstitute", "Hospital", "Association"})
"""Kinds of known names that make ordinary-word items listed beside them names of the same kind."""


def _ends_a_name(s: str) -> bool:
    """``s`` ends with an institutional head word or is a place (东岭市卫生健康委员会|联合|…)."""
    return lexicon.suffix_of(s) is not None or s in places()


def _common_words(s: str) -> bool:
    """Every word of ``s`` is an ordinary dictionary word (no proper noun, nothing unknown)."""
    if _DISTINCT_CHARS.search(s):
        return False
    for tok in lexical.cut(s):
        tg = lexical.tag(tok)
        if tg is None or tg in lexical.PROPER_TAGS:
            return False
    return True


_UNTRIMMED_TYPES = frozenset({"Person", "Region"})
_TITLED_TYPES = frozenset({"Policy", "Program", "Event"})
"""Titles of policies, programmes and events often open with a verb (完善…措施, 加速营计划): only a
count (一项网络防卫计划) is cut from them."""
_COUNT = re.compile(r"^(?:[一二三四五六七八九十两几多每首]|\d+)[项个批届次类种场]")
_COUNTED_AFTER_DIGITS = re.compile(r"^(?:[项个批次类种场]|[亿万]元?规模)")
"""What follows digits the candidate left out (2场|创新大会, 10亿规模|产业基金): the measure word of a count or of a
sum of money; the titled mention is a kind counted or sized (届 is not here: 第2届X大会 names an edition)."""


_NOUN_PHRASE_OPENERS = frozenset("的之。；\n")
"""After these a noun phrase starts: a body named by what it does (用药评估委员会) is not cut to nothing."""


@cache
def _transliteration_chars() -> frozenset[str]:
    text = resources.files("policykg.resources").joinpath("names", "transliteration_chars.tsv").read_text("utf-8")
    return frozenset("".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")))


_FOREIGN_TAGS = frozenset({"nr", "ns", "nz"})


_REMIT_AT_END = re.compile(r"[（(][^（()）]{1,12}[）)]$")


def _ends_with_office(text: str) -> bool:
    """港大副校长（健康）暨, 东岭大学校长暨: a person's title (with the remit it carries in brackets) before 暨 means 暨
    joins two offices one person holds; the words before it name the first office, never part of the body after."""
    text = _REMIT_AT_END.sub("", text)
    return text.endswith(people.titles())


_OCCASION_ENDS = ("签约", "签署", "揭牌", "启动", "启用", "开幕", "开工", "仪式", "典礼")
"""Words that end the name of an occasion (a signing, an unveiling, a ceremony) rather than of a body."""


def _ends_with_occasion(text: str) -> bool:
    """东岭大学与南湖医药战略合作签约暨, X中心启用仪式暨, 东岭论坛暨: what stands before 暨 is an occasion (a signing
    or ceremony, or an event by its head word), so 暨 joins two occasions held at once and a lab or institute after
    it opens the second one's own words (Y实验室揭牌仪式); no body is named after a ceremony with 暨."""
    return text.endswith(_OCCASION_ENDS) or _event_head(text)


def _spells_foreign_name(tok: str, prev: str, nxt: str) -> bool:
    """A single transliteration character glued to a proper noun (莫 before 德纳, 根 after 马克西) is a syllable of a
    foreign firm's name, not the adverb or preposition jieba reads it as. Words that end a name (于, 在, 向 …) are
    never such a syllable: they stop the finder's scan too."""
    if len(tok) != 1 or tok not in _transliteration_chars() or tok in STOP_SET:
        return False
    return lexical.tag(prev) in _FOREIGN_TAGS or lexical.tag(nxt) in _FOREIGN_TAGS


_PARTNER_BODY_TYPES = frozenset({"University", "Hospital", "Company"})
"""Bodies whose names never open with a place followed by 与 (a place there is a partner in the clause)."""


def generic_name(c: Candidate) -> bool:
    """Whether ``c`` is a description ending in a generic head, with nothing in it singling one thing out (the test
    the finder applies; resolution asks it of the words left when places are taken off a zone's name)."""
    return _generic(c)


def _generic(c: Candidate, singled_out: bool = False) -> bool:
    """A description ending in a generic head: nothing in it singles one thing out (``singled_out``: the
    context does, so a name of two common words is kept)."""
    if c.type in ("Agency", "Person", "Region", "Policy"):
        return False
    if _national_designation(c.text):
        return False
    head = _longest_head(c.text)
    if head is None:
        return c.type == "Event" and _between_kinds(c.text)  # 政企合作圆桌会, 银企对接会: a kind of meeting
    prefix = c.text[: -len(head)]
    if c.type == "Company" and _registered_firm(c.text):
        return False
    if c.type == "Company" and head == "集团" and len(prefix) == 2 and len(lexical.cut(prefix)) == 2:
        return False  # 广汽集团, 广药集团: two characters cut from a longer name (广州汽车), no kind of group
    if c.type in _UNIT_OF_PARENT_TYPES and _opens_with_known_parent(prefix):
        return False  # 城大专上学院, 南湖大学附属医院: a unit named after the school or hospital it belongs to
    if c.type in _UNIT_OF_PARENT_TYPES and _attached_known_body(c):
        return False  # 附属华山医院: a known hospital named by its tie to the school the sentence is about
    words = lexical.cut(prefix) if prefix[-1:] in _BARE_BEFORE_HEAD else ()
    if len(words) >= 2 and words[-1] == prefix[-1:] and len(words[-2]) >= 2:
        return True  # 业务上平台, 研究和平台: the head is the object of a verb or a member of a list
        # (香港养和医院 keeps its 和: single characters in a row spell a name)
    if len(words) >= 3 and words[-1] == prefix[-1:] and len(words[-2]) == 1 and words[-3] in _MOVING_VERBS:
        return True  # 企业上云上平台, 项目进园入区: two verb-object pairs in a row, an aim and not a platform's name
    if not prefix:
        return True
    if _between_kinds(prefix):
        return True  # 银行与企业交流平台, 校地产业研究院: a meeting place of two kinds of party, one of many alike
    if lexical.cut(prefix)[0] in _TIERS:
        return True  # 地方科技成果转化基金, 基层服务平台: each place of a tier has one, the words name no one of them
    if "与" in lexical.cut(prefix)[1:-1]:
        return False  # 数学与交叉学科研究院, 脑与认知科学…实验室: two fields joined by 与 name one unit
    if _DISTINCT_CHARS.search(prefix):
        return False
    pl = places()
    tokens = [t for t in lexical.cut(prefix) if t not in _INNER_KEEP]
    if c.type in _COMPASS_NAMED_TYPES and tokens and tokens[0] in _COMPASS_NAMES:
        return False  # 南方医科大学, 北方医院, 东方医院: a school or hospital named by a quarter of the country
    if any(t in _TIERS and lexical.tag(tokens[i - 1]) in _VERB_TAGS for i, t in enumerate(tokens) if i):
        return True  # 高管收购地方政府产业投资基金: a verb takes the fund of a tier (each locality has one) as object
    if _a_country_alone(prefix, pl):
        return True  # 中国医院评审标准, 日本大学的改革: a country's bodies of the kind, not one body
    if _place_and_kind(tokens, pl):
        return True  # 北川省三级公立医院, 上海市重点实验室: a place's bodies of one kind, not one body
    descriptive = False
    for tok in tokens:
        if tok in descriptive_modifiers() or _ised(tok):
            descriptive = True  # 高水平 is tagged nr, 国际化 nt: a word describing a kind never names one
            continue
        tg = "n" if tok in ordinary_words() else lexical.tag(tok)
        if tg in lexical.PROPER_TAGS or tok in pl:
            return False
        if tg is None and len(tok) >= 2:
            return False  # a word the dictionary does not know: a proper name
        if tok in descriptive_modifiers() or _kind_marker(tok, len(tokens)):
            descriptive = True
    if _level_and_field(tokens, c.type):
        return True  # 区域医疗中心, 省级医学中心: a tier's designation for a field, conferred on many bodies
    if re.match(r"^(?:国家|国际|全国|中国)", prefix) and len(prefix) >= 4 and not descriptive:
        return False  # 国家技术转移东部中心: national facilities are named this way
    # characters the dictionary does not know as words: a proper name spelt in characters
    singles = [
        t
        for t in tokens
        if len(t) == 1 and t not in ordinary_words() and lexical.tag(t) in (None, "ng", "nr", "ns", "nz")
    ]
    if len(singles) >= 2:
        return False
    raw = lexical.cut(prefix)
    if (
        c.type == "Hospital"
        and len(raw) >= 2
        and all(len(t) == 1 for t in raw)
        and not _POINTING_CHARS.intersection(prefix)
    ):
        # 仁安医院, 养和医院: a hospital named by characters the dictionary only knows one by one (as verbs or
        # conjunctions, so the test above, which wants nouns, misses them). Measured: for every type, 双跨平台,
        # 共治平台 and 专上学院 (abbreviated descriptions) came with it on dev2-tune, so hospitals only.
        return False
    # measured on dev2: exempting hospitals and universities named by one common word (仁心医院) cost more
    # precision (公立医院-like descriptions) than it gained recall, so no type is exempt
    if c.type == "Hospital" and len(raw) >= _CLAUSE_WORDS and sum(len(t) >= 2 for t in raw) >= 2:
        return True  # 政府会扩建联合医院, 督促和指导辖区医院: three ordinary words or more (two of them words of two
        # characters or more) before a hospital's head are a clause or a description; a hospital is named by a place,
        # a proper name, a founder or its kind (single characters in a row spell a name: 大口环医院)
    if descriptive and c.type == "Program" and _many_content_words(tokens):
        return False  # 青年人才培养机制综合改革试点: a programme named by its subject, whatever kind word it holds
    if not singled_out and _zone_of_a_theme(c, head, tokens):
        return True
    return descriptive or (len(tokens) <= 2 and not singled_out)


_CLAUSE_WORDS = 3
"""How many ordinary words before a hospital's head make the stretch a clause or a description: a hospital's own
name holds a place, a proper or unknown word, a number (第一人民医院) or at most two ordinary words (妇女儿童医院)."""
_FUNCTION_HEAD_TYPES = frozenset(("Lab", "Platform", "ResearchInstitute"))
_THEME_ZONE_HEADS = frozenset(("园区", "产业园", "基地", "产业基地", "科学园", "软件园", "工业园", "合作园"))
_DISTRICT_ENDS = ("区", "市", "县", "新区")


def _zone_of_a_theme(c: Candidate, head: str, tokens: list[str]) -> bool:
    """人工智能创新创业园区, 高端医疗器械研发生产基地: a park or base named only by its industry (common nouns,
    no place, no proper word) is the kind every city's plan sets up, not one park; a named one carries its place,
    often a district's short form (光明|…产业园 for 光明区), or opens with a proper word or a firm (和黄…基地).
    Measured: zones of a policy kind (…示范区, …先导区) are left out, since annotators keep some named by theme
    alone (dev2-check fell with them)."""
    if c.type != "Park" or head not in _THEME_ZONE_HEADS or not tokens:
        return False
    if lexical.tag(tokens[0]) != "n" or tokens[0] in _COMPASS_NAMES:
        return False
    return not any(lexicon.region_entry(t + end) is not None for t in tokens for end in _DISTRICT_ENDS)


_APPOSED_TYPES = frozenset(("Hospital", "Lab", "University", "ResearchInstitute", "Park"))
"""Bodies written after a kind in apposition. Platforms are left out: measured, cutting them cost dev2-check
relations (a platform's name often opens with the kind of its host, which the relation's gold end keeps)."""


def _national_title(tokens: tuple[str, ...]) -> bool:
    """国家医学中心: the state's title for a broad field, a kind when a named body follows it."""
    return len(tokens) == 2 and tokens[0] == "国家" and tokens[1] in _BROAD_FIELDS


_TIER_OPENINGS = frozenset(("全国", "区域", "省级", "市级"))
"""Tiers that confer a title on many bodies at once. 国家 is left out: measured, treating 国家医学中心 as a kind
cost dev2-check precision (annotators keep the national title as a platform of its own)."""


def _level_and_field(tokens: list[str], etype: str) -> bool:
    """区域医疗中心, 省级医学中心, 市级临床中心: a tier and one broad field before the head is a title the tier
    confers on many bodies (every province names several), not one of them; a narrower field
    (国家儿童医学中心) names one."""
    return (
        etype in _FUNCTION_HEAD_TYPES
        and len(tokens) == 2
        and tokens[0] in _TIER_OPENINGS
        and tokens[1] in _BROAD_FIELDS
    )


_BROAD_FIELDS = frozenset(("医学", "医疗", "科研", "临床", "科技", "技术", "研发", "检测", "创新"))


def partner_kinds() -> frozenset[str]:
    return _table("partner_kinds.tsv")


@lru_cache(maxsize=1)
def _partner_pairs() -> tuple[str, ...]:
    return tuple(sorted(_table("partner_pairs.tsv"), key=len, reverse=True))


def _between_kinds(prefix: str) -> bool:
    """The words before a generic head open with two kinds of party joined by 与/和/及 (银行与企业) or with a word
    abbreviating such a pair (政企, 校地): the text describes where such parties meet, which every place may
    have, rather than naming one platform or institute."""
    if prefix.startswith(_partner_pairs()) or party_run(prefix):
        return True
    kinds = partner_kinds()
    words = lexical.cut(prefix)
    return len(words) >= 3 and words[0] in kinds and words[1] in _INNER_KEEP and words[2] in kinds


def _many_content_words(tokens: list[str]) -> bool:
    """Three or more words of two characters or more before the head that are not kind words: the subject
    matter of one programme (东岭人才评价综合改革试点), where 综合改革试点 alone is a kind of pilot."""
    content = [
        t for t in tokens if len(t) >= 2 and t not in descriptive_modifiers() and not _kind_marker(t, len(tokens))
    ]
    return len(content) >= 3


_LEVEL_WORDS = frozenset("省市区县州")


def _a_country_alone(prefix: str, pl: dict) -> bool:
    """Only a country stands before the generic head (中国医院, 德国实验室): a country holds many bodies of a kind
    and names none of them by its name alone (a city may: 深圳医院 is a name in some texts)."""
    return prefix == "中国" or (prefix in pl and pl[prefix].source.startswith("pycountry"))


def _place_and_kind(tokens: list[str], pl: dict) -> bool:
    """The words before the head are a place and nothing but words of kind (三级, 公立, 重点): the place's bodies
    of that kind. A place with any other word (第一, 人民, 肿瘤) names one body and is not caught here."""
    if not tokens or (tokens[0] not in pl and lexicon.region_entry(tokens[0]) is None):
        return False
    rest = [t for t in tokens[1:] if t not in _LEVEL_WORDS]
    if rest[:1] == ["国家"] and tokens[0] in pl and pl[tokens[0]].source.startswith("pycountry"):
        rest = rest[1:]  # 美国国家实验室, 德国国家实验室: a country's national laboratories, a class of many
        if not rest:
            return True
    return bool(rest) and all(t in descriptive_modifiers() or (len(t) >= 2 and t[-1] in "型级类式") for t in rest)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
