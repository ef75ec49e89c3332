"""Names read from lists and frames rather than from a head word: firms listed before a kind (A、B等企业),
signed projects, members of a list, joint founders, short company names, brand arms, bodies every place has one
of (省科学院), and joint issuers (A、B关于…).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.names.boundaries import _stop_before
from policykg.extract.names.patterns import (
    _BAD_CORE_START,
    _BODY_ENDS,
    _FUNCTION_WORD_RE,
    INVESTOR_RULE,
    _left_ok,
    _right_ok,
    _starts_with_place,
    _titled_person_before,
)
from policykg.extract.names.words import (
    _ARM_TRADES,
    _FIELD_OPENINGS,
    _FIRM_TRADES,
    CJK,
    ENUM_BAD_TAILS,
    Candidate,
    _name_rows,
    only_modifiers,
)


@lru_cache(maxsize=1)
def _level_body_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of 省/市 + a stem of ``facts/level_bodies.tsv`` and each stem's type."""
    rows = resources.files("policykg.resources").joinpath("facts", "level_bodies.tsv").read_text(encoding="utf-8")
    types: dict[str, str] = {}
    alts: list[str] = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, type_, levels = line.split("\t")[:3]
        types[stem] = type_
        alts += [level + stem for level in levels.split("|")]
    alts.sort(key=len, reverse=True)
    return re.compile("(?<![各全该每本城都])(?:" + "|".join(alts) + ")"), types


def level_bodies(text: str) -> list[Candidate]:
    """省科学院, 市疾控中心: a body every province or city keeps one of, named by its level alone, is that place's one
    body (the head finder drops 省/市 + a kind as a description: 省级医院 are many). After 各/全/该 the words name
    each place's body or the whole province, no one body. A longer name holding it (广东省科学院) wins the selection
    by its length, so only the bare level form comes from here."""
    if "省" not in text and "市" not in text:
        return []
    rx, types = _level_body_table()
    return [
        Candidate(m.start(), m.end(), m.group(), types[m.group()[1:]], "level-body", 0.9) for m in rx.finditer(text)
    ]


_ARM_NOT_NEXT = frozenset("业务 板块 领域 产业 行业 服务 设备 器械 产品 部门 事业 技术 方案 平台 基地 项目".split())
"""Words after brand + trade that make the pair a description of the group's own line (甲医疗业务, 甲医疗设备)."""


def _brand_arm_end(text: str, c: Candidate) -> int:
    """The end of brand + trade when the known firm ``c`` is named by its brand alone and a line-of-business word
    follows it as a word of its own (甲 + 医疗 in 甲医疗与…签约, not in 甲医疗器械 or 甲医疗业务), else 0."""
    if c.type != "Company" or c.entry is None or c.text.endswith(tuple(_ARM_TRADES)):
        return 0
    words = lexical.cut(text[c.end : c.end + 8])
    if not words or words[0] not in _ARM_TRADES:
        return 0
    nxt = words[1] if len(words) > 1 else ""
    if nxt in _ARM_NOT_NEXT or (len(nxt) == 1 and lexical.tag(nxt) in ("n", "ng", "vn")):
        return 0  # 甲生物药基地: the trade word opens a longer noun (生物药), no firm's name ends there
    return c.end + len(words[0])


def _brand_arms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A known firm's brand followed by a line of business (甲医疗, 甲健康, 甲资本) names a firm of its own: the
    group's arm in that trade, which news names so (a group brand + 医疗/健康/生物/资本 is how groups name the
    firms they hold, and a foreign group's Chinese arm is its brand + 医疗/制药/诊断). Read as the brand alone, the
    arm's acts and partners were given to the group."""
    out = list(chosen)
    for i, c in enumerate(chosen):
        end = _brand_arm_end(text, c)
        if end and (i + 1 == len(chosen) or chosen[i + 1].start >= end):
            out[i] = Candidate(c.start, end, text[c.start : end], "Company", "brand-arm", 0.7)
    return out


_HOUSE_CORE_MAX = 4
"""Most characters of the house name before a ``house`` head (resources/lexicon/suffixes.tsv: 创投)."""

_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "d", "b", "s", "f"})


def _one_common_word(core: str) -> bool:
    """``core`` is one ordinary noun, verb, adverb or attribute of the dictionary (技术, 吸引, 长期, 国有): before a
    ``house`` head it says which kind (公司创投, 政府创投) or what is done (引导创投), where a house's name is coined
    (南湖, 云帆), a Latin brand, a place or several words (云帆融通)."""
    words = lexical.cut(core)
    if len(words) > 1 and len(words[0]) >= 2 and lexical.tag(words[0]) == "v" and lexical.tag(words[-1]) == "n":
        return True  # 壮大科技资本, 吸引外来资本: a verb and its object's kind, a clause rather than a house's name
    return len(words) == 1 and len(core) >= 2 and lexical.tag(core) in _COMMON_WORD_TAGS


_COINED_TAGS = frozenset({"nr", "nz", "nrt", "nrfg", "ns", "nt", "eng"})
_LISTED_BODIES = frozenset({"Company", "University", "Hospital", "ResearchInstitute", "Lab", "Platform"})
_LIST_NEXT = re.compile(rf"[、及和](?P<item>[{CJK}A-Za-z]{{2,8}}?)(?=[、，。；：）)\n]|等|和|及|与|$)")


def _coined(core: str) -> bool:
    """``core`` is a coined trade name (甲乙, 丙丁丁): every word of two characters or more is a proper noun or one
    the dictionary does not know, so an ordinary field or modifier (智能, 精准, 合成) is not; single characters are
    the syllables such names are made of. A place (苏州科技) names a place's trade, not one firm."""
    if not 2 <= len(core) <= 4 or only_modifiers(core) or core.startswith(_NOT_COMPANY_CORE):
        return False
    if core in lexicon.region_prefixes() or _starts_with_place(core):
        return False
    words = lexical.cut(core)
    return len(words) > 1 or lexical.tag(core) in _COINED_TAGS or lexical.tag(core) is None
    # (one dictionary word of two characters or more must be a proper noun)


def _trade_name(item: str) -> bool:
    """A list item that is a firm's short trade name: a coined core, then a trade word (甲乙科技, 丙丁生物)."""
    trade = next((w for w in _FIRM_TRADES if item.endswith(w)), None)
    if trade is None or lexicon.is_generic(item):
        return False
    core = item[: -len(trade)]
    return _coined(core) and _coined_words(core)


def _coined_words(core: str, tags: frozenset[str] = _COINED_TAGS) -> bool:
    """Every word of ``core`` is one syllable, a word the dictionary does not know, or one tagged in ``tags``."""
    return all(len(w) == 1 or lexical.tag(w) is None or lexical.tag(w) in tags for w in lexical.cut(core))


def _firms_listed_with_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """联合甲大学、乙医院、丙丁科技、戊己生物等: the items listed after a known university, hospital, institute or
    firm that are short trade names (a coined core and a trade word) are firms. Why: news lists the partners of an
    alliance or a signing this way, bodies of several kinds in one list, and firms by the short name they trade
    under; the kinds differ, so _list_members (which needs one type on both sides) does not reach them.
    After a known firm, a coined name of 2–4 characters with no trade word (复星医药、岚衡、澜拓) is a firm too, read
    as the lists counted as firms read it (:func:`_firm_list_item`: no place, person, field or ordinary word): a
    list that opens with a firm goes on with firms, and firms often trade under a bare coined name.
    Labs and platforms (an alliance's 创新实验室 and 孵化器 among its members) are known bodies of such lists too."""
    out: list[Candidate] = []
    starts = {c.start: c for c in chosen}
    for c in chosen:
        if c.type not in _LISTED_BODIES or text[c.end : c.end + 1] not in ("、", "及", "和"):
            continue
        pos = c.end
        while (m := _LIST_NEXT.match(text, pos)) is not None:
            known = starts.get(m.start("item"))
            if known is not None:
                if known.type not in _LISTED_BODIES:
                    break
                pos = known.end
                continue
            item = m.group("item")
            if _trade_name(item) or (c.type == "Company" and _firm_list_item(item) == "bare"):
                out.append(Candidate(m.start("item"), m.end("item"), item, "Company", "list-firm", 0.6))
            pos = m.end("item")
        out += _firms_listed_before(text, c, starts)
        last = _LIST_LAST_FIRM.match(text, pos)
        if last is not None and _trade_name(last.group("item")):
            trade = last.group("trade")
            if lexical.cut(text[last.start("trade") : last.end() + 4])[0] == trade:
                out.append(Candidate(last.start("item"), last.end(), last.group("item"), "Company", "list-firm", 0.6))
    return out


_ITEM_BEFORE = re.compile(rf"(?:^|[、，。；：,;:（(\n])([{CJK}]{{2,12}})$")


def _firms_listed_before(text: str, c: Candidate, starts: dict[int, Candidate]) -> list[Candidate]:
    """甲乙医药、丙丁生物、X大学: the short trade names listed before a known body in the same list, back to where the
    list opens (the first item after the verb or preposition that opens it: 与甲乙医药、…). Why: a list names its
    bodies in any order, and the items before the first known one are as much firms as those after it."""
    out: list[Candidate] = []
    pos = c.start
    while text[pos - 1 : pos] == "、":
        m = _ITEM_BEFORE.search(text, max(0, pos - 14), pos - 1)
        if m is None:
            break
        s, part = m.start(1), m.group(1)
        if m.group(0)[:1] != "、":
            at = _first_list_item(part)
            if at < 0:
                break
            s, part = s + at, part[at:]
        if s in starts or not _trade_name(part):
            break
        out.append(Candidate(s, pos - 1, part, "Company", "list-firm", 0.6))
        pos = s
    return out


_LIST_BODY_COUNT = r"(?:[一大]批|[近约超逾]?[0-9一二三四五六七八九十百两几多]+[余多]?[家个])"
_LIST_KIND_TAIL = r"[^，。；：、,;:！？!?\n的（）()“”\"]{0,12}?"
_KIND_AFTER_LIST = re.compile(
    rf"(?<![高同平中初均对相])等(?:(?P<count>{_LIST_BODY_COUNT}){_LIST_KIND_TAIL}(?:企业(?![家主])|药企|公司|投资机构)"
    rf"(?!负责人|代表|高管|员工|职工|人员)|{_LIST_KIND_TAIL}项目)"
)
"""甲乙生物、丙丁医疗等一批领军企业, …等60余家企业, …等一批投资机构, …等重点产业项目: a list closed by 等 and the kind
of body its items are (an adjective or a trade may come between). Before 企业, 公司 or 投资机构 a count of bodies
(一批, N家) must come first:
it says the items are bodies one by one, where a list of fields is closed by 等领域, 等行业 or 等重点行业龙头企业
with no count of firms. A 项目 is one undertaking, never a field, so it needs no count. 企业家, 企业主, 企业负责人
are people."""
_LIST_CLAUSE_MARK = re.compile(r"[，。；：,;:！？!?\n（）()“”\"「」《》]")
_CJK_RUN = re.compile(rf"[{CJK}]+")
_BARE_NAME_TAGS = _COINED_TAGS - {"nr"}
"""A name without a trade word that the dictionary reads as a person's (李四) is a person listed, not a firm."""
_JOINED_CORES = re.compile(rf"[{CJK}]{{2}}[和与及][{CJK}]{{2}}")
_LIST_KIND_TRADES = (*_FIRM_TRADES, "基金")
"""In a list said to be firms or investors, a fund's short name (甲乙基金) is a firm too."""
_CLAUSE_OPENERS = frozenset("继随在从自经由与和及同对向据将把被让使令请并还也已又再都均")
"""One-character words that open a clause before a list (继甲乙、丙丁等…入驻): no firm's name starts with them."""
_BREAK_TAGS = frozenset({"v", "vn", "p", "c", "d", "u", "ad", "r", "m", "q", "f", "t", "ul", "uj", "vd"})
"""Tags of the word before a list's first item that end the clause's words before it (引进, 已集聚, 与, 了)."""


def _firm_list_item(item: str) -> str:
    """How a list item reads as a firm: "trade" (a coined core and a trade word: 甲乙生物, 丙丁基金), "bare" (a coined
    name of 2–4 characters with no trade word: 甲乙, 丙丁戊), or "" (an ordinary word or phrase: 汽车, 生命健康)."""
    if not 2 <= len(item) <= 8 or lexicon.is_generic(item):
        return ""
    trade = next((w for w in _LIST_KIND_TRADES if item.endswith(w)), None)
    if trade is not None:
        core = item[: -len(trade)]
        if _JOINED_CORES.search(core) or _FUNCTION_WORD_RE.search(core.replace("和", "")):
            return ""  # 甲乙和丙丁生物: two names; a 和 inside a syllable run (仁和, 万和) is part of the name
        return "trade" if _coined(core) and _coined_words(core) else ""
    if (
        not _CJK_RUN.fullmatch(item)
        or len(item) > 4
        or _FUNCTION_WORD_RE.search(item[:-1] if item.endswith("和") else item)
        or item.endswith(ENUM_BAD_TAILS)
        or not _coined(item)
        or not (_coined_words(item, _BARE_NAME_TAGS) or _syllables_then_word(item))
        or any(lexical.tag(w) in ("m", "q") for w in lexical.cut(item))  # 张三, 两地: a person or a count
    ):
        return ""
    return "bare"


def _syllables_then_word(item: str) -> bool:
    """甲乙+微创, 丙丁+银河: a coined name of four characters made of two syllables and then an ordinary word of two
    (firms coin a name so: two syllables of luck or sound and a word of their trade or their wish). A field or a
    trade (新型储能, 高端装备, 中药饮片) opens with a word of two characters, not two single syllables."""
    words = lexical.cut(item)
    return (
        len(item) == 4
        and len(words) == 3
        and len(words[0]) == len(words[1]) == 1
        and lexical.tag(words[2]) in ("n", "vn", "nz", None)
        and all(lexical.tag(w) not in ("m", "q", "p", "c", "d", "u", "r") for w in words[:2])
    )


def _first_list_item(part: str) -> int:
    """Where the first item of a list starts inside ``part`` (the text from the clause's start to the first 、): the
    longest word-aligned tail that reads as a firm and follows a verb, preposition or particle (引进甲乙生物, 已集聚
    甲乙); -1 when no tail does."""
    words = lexical.cut(part)
    at = 0
    for k, w in enumerate(words):
        tail = part[at:]
        opens = w not in _CLAUSE_OPENERS if k == 0 else lexical.tag(words[k - 1]) in _BREAK_TAGS
        if opens and _firm_list_item(tail):
            return at
        at += len(w)
    return -1


def _firms_listed_before_kind(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """甲乙生物、丙丁医疗、戊己等一批企业: the items of a list that the text counts as firms (等, a count of bodies and
    a kind of firm: 企业, 公司, 投资机构, 项目) are firms when they read as trade names. Why: biomedicine news lists the
    firms a park drew, built or holds by the short names they trade under, with no legal form and
    often with no known body in the list, so neither the suffix finders nor the list finders that start from a known
    body reach them. A count of firms (等8家企业, 等一批企业) vouches for every item, even a single one (甲乙等8家
    企业上市) or one with no trade word; a list of 项目 with no count needs most items to carry a trade word (or be a
    known firm) before a coined name without one is taken. One ordinary word or phrase in the list (汽车、电子信息
    等企业, 生物医药、医疗器械等企业: fields, not firms) drops the whole list."""
    out: list[Candidate] = []
    ends = {c.end: c for c in chosen}
    starts = {c.start: c for c in chosen}
    for m in _KIND_AFTER_LIST.finditer(text):
        floor = max(0, m.start() - 120)
        begin = max((x.end() for x in _LIST_CLAUSE_MARK.finditer(text, floor, m.start())), default=floor)
        parts = text[begin : m.start()].split("、")
        counted = m.group("count") is not None
        if len(parts) < 2 and not counted:
            continue
        found: list[Candidate] = []
        firms = bare = 0
        pos = begin
        for k, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            known = ends.get(e)
            if known is not None and known.start >= s and (k == 0 or known.start == s) and not _bare_enumerated(known):
                firms += known.type == "Company"
                continue
            if k == 0:
                at = _first_list_item(part)
                if at < 0:
                    break
                s += at
            if any(i in starts or i in ends for i in range(s + 1, e)):
                break  # a known name inside the item: the item is not one name
            kind = _firm_list_item(text[s:e])
            if not kind:
                break
            firms += kind == "trade"
            bare += kind == "bare"
            found.append(Candidate(s, e, text[s:e], "Company", "list-firm:kind", 0.6))
        else:
            if found and (counted or firms >= max(1, bare)):
                out += found
    return out


@lru_cache(maxsize=1)
def _signed_list_words() -> dict[str, tuple[str, ...]]:
    """``names/signed_lists.tsv``: kind (verb, opener, role, clause, agreement) → its words, longest first."""
    out: dict[str, list[str]] = {}
    for row in _name_rows("signed_lists.tsv"):
        out.setdefault(row[1].strip(), []).append(row[0].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _signed_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The list closed by 等…项目 (not 项目负责人), the signing verbs, the openers after a verb, the clause words."""
    words = {kind: lexicon.longest_word_pattern(ws) for kind, ws in _signed_list_words().items()}
    listed = re.compile(rf"等{_LIST_BODY_COUNT}?{_LIST_KIND_TAIL}项目(?!{words['role']})")
    return listed, re.compile(words["verb"]), re.compile(rf"(?:{words['opener']})*"), re.compile(words["clause"])


_PROJECT_ITEM = re.compile(rf"[{CJK}A-Za-z0-9+·]{{4,30}}")
_PROJECT_RULE = "list-project"
_PROJECT_FLOOR = 160
"""How far back from 等…项目 a list may start: a list whose start is not seen within it is left alone."""


def _projects_signed(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """集中签约A、B、C等12个产业项目 / A、B等8个重点项目集中签约: the items of a list of projects signed at an event are
    the projects' names. Why: park, forum and investment news report signing ceremonies by naming each project so
    (a park to be built, a centre, a plant, a firm's regional headquarters), with no head word a finder knows or with
    one it takes for a kind (综合产业园); the signing and the closing 项目 say each is one named undertaking. An item
    with a head word of a park or a platform keeps its head's type (甲乙产业园: a park); one without a head word is a
    programme; one with a body's head word (研究院, 公司) and a firm's trade name (甲乙生物) are left to the finders of
    bodies, and known names are kept as they are. A list is left alone when its start cannot be seen, when words
    other than ``opener`` words of ``names/signed_lists.tsv`` stand between the signing verb and the first item, or
    when an item is a stretch of a clause, a field (生物医药研发), a signed document (…协议) or crosses a known name."""
    out: list[Candidate] = []
    words = _signed_list_words()
    if not any(v in text for v in words["verb"]):
        return out  # no signing in the text: nothing to read (cheap check first)
    listed, signing, openers, clause = _signed_list_patterns()
    starts = {c.start: c for c in chosen}
    prev_end = 0
    for m in listed.finditer(text):
        limit = m.start() - _PROJECT_FLOOR
        floor = max(prev_end, limit, 0)  # a list starts after the one before it (A、B等项目并考察了C、D等项目)
        marks = list(_LIST_CLAUSE_MARK.finditer(text, floor, m.start()))
        begin = marks[-1].end() if marks else floor
        prev_end = m.end()
        if not marks and floor == limit > 0:
            continue  # the list's start lies beyond the floor: its first item cannot be told
        close = _LIST_CLAUSE_MARK.search(text, m.end())
        after = text[m.end() : close.start() if close else len(text)]
        opened = list(signing.finditer(text, begin, m.start()))
        first_exact = False
        if opened:
            lead = openers.match(text, opened[-1].end())
            begin = lead.end() if lead is not None else opened[-1].end()
            first_exact = True
        elif not signing.search(after):
            continue
        out += _signed_items(text, begin, m.start(), first_exact, chosen, starts, clause, words["agreement"])
    return out


def _signed_items(
    text: str,
    begin: int,
    end: int,
    first_exact: bool,
    chosen: list[Candidate],
    starts: dict[int, Candidate],
    clause: re.Pattern[str],
    agreements: tuple[str, ...],
) -> list[Candidate]:
    """The items of one signed list between ``begin`` and ``end`` (the 等), or none when any item shows the stretch
    is no list of projects' names. ``first_exact``: the first item starts at ``begin`` (right after the signing verb
    and its openers); otherwise it starts past the clause's opening words (会上，A、B等项目集中签约)."""
    found: list[Candidate] = []
    pos = begin
    for k, part in enumerate(text[begin:end].split("、")):
        s, e = pos, pos + len(part)
        pos = e + 1
        if k == 0 and not first_exact:
            at = _project_list_start(part)
            s, part = s + at, part[at:]
        if not _PROJECT_ITEM.fullmatch(part) or clause.search(part) or part.endswith(agreements):
            return []  # no name's characters, a stretch of a clause (并考察了A), or a signed document (A协议)
        known = starts.get(s)
        if known is not None and known.end == e:
            continue
        if any(c.start < e and s < c.end for c in chosen):
            return []  # a known name inside or across the item: not a list of names
        if _firm_list_item(part):
            continue  # 甲乙生物: a firm's trade name, left to the firm finders
        if _field_words(part):
            return []  # 生物医药、高端装备等项目: fields of projects, not named ones
        head = lexicon.head_of_whole_name(part)
        if head is not None and head.type not in _PROJECT_TYPES:
            continue  # 甲乙研究院: a body's name, left to the finders of bodies
        kind = head.type if head is not None else "Program"
        found.append(Candidate(s, e, part, kind, _PROJECT_RULE, 0.6))
    return found


def _project_list_start(part: str) -> int:
    """Where the first item of a list of projects starts in ``part`` (the text from the clause's start or the signing
    verb to the first 、): past the words that open the clause (签约|了X, 先后签约|落户X, 现场|集中签约X)."""
    at = 0
    for w in lexical.cut(part)[:3]:
        if lexical.tag(w) not in _BREAK_TAGS:
            break
        at += len(w)
    return at if at < len(part) else 0


def _field_words(item: str) -> bool:
    """An item made of common words only (生物医药, 高端装备制造, 新材料应用): a field, not a project's name."""
    if lexicon.is_generic(item) or only_modifiers(item):
        return True
    return all(lexical.tag(w) in _FIELD_TAGS for w in lexical.cut(item))


_FIELD_TAGS = frozenset({"n", "vn", "an", "a", "v", "nz", "j", "t", "b", "d", "ad", "vd", "f"})
"""Tags of common words: an item made only of them (高端装备制造, 文化旅游融合发展) names a field; a project's name
holds a proper or coined part (a firm's, a place's or a brand's name)."""


_PROJECT_TYPES = frozenset({"Park", "Platform", "Program"})
"""The kinds of a signed project with a head word (甲乙产业园, 甲乙诊疗中心, 甲乙项目); any other head (公司, 研究院)
names a body, left to the finders of bodies."""


_LIST_LAST_FIRM = re.compile(rf"[、及和](?P<item>[{CJK}]{{2,4}}?(?P<trade>{'|'.join(_FIRM_TRADES)}))")
"""…、乙大学及丙丁科技签署…, 甲乙医药、丙丁生物建有…: the last item of a list, joined by 及/和 or 、 and followed by the
verb, not by a mark (the trade word must stand as a word of its own there: 丙丁生物技术研究院 is no firm 丙丁生物)."""


def with_list_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The selected names plus what the whole text's lists and clauses add around them (list members, items
    sharing a head, short trade names): these rules read beyond a clause, so both finder paths run them last."""
    chosen = _brand_arms(text, chosen)
    listed = _firms_listed_with_bodies(text, chosen)
    if listed:
        chosen = add_free(chosen, listed)
    founders = _joint_founders(text, chosen)
    if founders:
        chosen = _without_places_inside(chosen, founders)
    extra = founders + _list_members(text, chosen) + _same_head_items(text, chosen) + _short_companies(text)
    if extra:
        chosen = add_free(chosen, extra)
        listed = _firms_listed_with_bodies(text, chosen)
        if listed:
            chosen = add_free(chosen, listed)  # 甲乙医药、丙丁生物: a short name found by its clause opens the list
    signed = _projects_signed(text, chosen)
    if signed:
        chosen = add_free(chosen, signed)  # 集中签约A、B等项目: the named projects of a signing
    kinds = _firms_listed_before_kind(text, chosen)
    if not kinds:
        return chosen
    spans = {(k.start, k.end) for k in kinds}
    return add_free([c for c in chosen if (c.start, c.end) not in spans or not _bare_enumerated(c)], kinds)


def _bare_enumerated(c: Candidate) -> bool:
    """A list item the enumeration finder took with no kind of its own: the count of firms after the list says
    what it is, so the firm list's reading replaces it (the enumeration's check for ordinary words would drop a
    coined name made of them, 甲乙+星河, that the count of firms vouches for)."""
    return c.rule in ("enumeration", INVESTOR_RULE) and c.entry is None


def _without_places_inside(chosen: list[Candidate], names: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the places that open one of ``names`` (龙岗|金控: the district is the seat in a firm's name)."""
    spans = [(n.start, n.end) for n in names]
    return [c for c in chosen if c.type != "Region" or not any(s <= c.start and c.end < e for s, e in spans)]


def add_free(chosen: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``chosen`` plus those of ``extra`` that overlap nothing already there (extra fills gaps only)."""
    starts = [c.start for c in chosen]
    out = list(chosen)
    for x in sorted(extra, key=lambda c: (c.start, -c.length)):
        i = bisect_right(starts, x.start)
        if (i and out[i - 1].end > x.start) or (i < len(out) and out[i].start < x.end):
            continue
        out.insert(i, x)
        starts.insert(i, x.start)
    return out


_COMPANY_HEADS = ("控股", "生物", "医药", "基因", "药业", "制药", "医疗")
_LIST_TYPES = {"Agency", "Park", "Region", "Company", "University", "Hospital", "ResearchInstitute"}
_PLACE_TYPES = {"Park", "Region"}
_LIST_ITEM = re.compile(rf"[{CJK}A-Za-z]{{2,8}}")
_AGENCY_HEAD_WORD = re.compile(rf"[{CJK}]{{1,4}}(?:部|委|局|署|厅)|[省市区县][{CJK}]{{1,3}}办")
"""The next item of an agency list: a department's head word, or a level's office short form (省外办, 市台办)."""


def _mandate_item(text: str, pos: int) -> str:
    """省发展改革委、人力资源社会保障厅: the next item of an agency list written as a ministry's mandate and a head
    word, longer than the short item pattern reaches (a department repeats its ministry's mandate); else ""."""
    for core in _mandates_starting_with().get(text[pos : pos + 1], ()):
        if text.startswith(core, pos) and text[pos + len(core) : pos + len(core) + 1] in ("部", "委", "局", "署", "厅"):
            return text[pos : pos + len(core) + 1]
    return ""


@lru_cache(maxsize=1)
def _mandates_starting_with() -> dict[str, tuple[str, ...]]:
    """Mandates by their first character, longest first: asked once per agency of a list."""
    out: dict[str, list[str]] = {}
    for core in lexicon.mandates():
        out.setdefault(core[0], []).append(core)
    return {k: tuple(v) for k, v in out.items()}


def _list_type(a: Candidate, b: Candidate) -> str | None:
    if a.type == b.type and a.type in _LIST_TYPES:
        return a.type
    if a.type in _PLACE_TYPES and b.type in _PLACE_TYPES:
        return "Park" if "Park" in (a.type, b.type) else "Region"
    return None


_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十百零〇]+")
"""十二、市委人才办、…: a section number (一、 to 九、 are too short to be an item; 十一、 onwards are not) that opens
the line of a list, not its first member."""


def _plain_item(item: str) -> bool:
    """An unknown 、-list item that can take the list's type: a short name-like run, not a kind, a modifier, a clause
    or a section number."""
    return (
        bool(_LIST_ITEM.fullmatch(item))
        and not _ITEM_NUMBER.fullmatch(item)
        and not _titled_person_before(item, len(item))  # 四川省副省长罗某: an official present, no body
        and not lexicon.is_generic(item)
        and not only_modifiers(item)
        and not any(_stop_before(item, k, 0) for k in range(1, len(item) + 1))
    )


def _list_members(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Unknown items inside a 、-list between two names of one type take that type (A、X、Y、B → X, Y).

    Why: lists of agencies, districts or companies are how policy texts name actors,
    and an item the rules do not know sits between items they do; the list itself
    says what kind of thing it is. A jurisdiction-less 商务部 right after a known
    agency (A和商务部联合发布) is taken the same way.
    """
    out: list[Candidate] = []
    for i in range(len(chosen) - 1):
        a, b = chosen[i], chosen[i + 1]
        if text[a.end : a.end + 1] != "、" or b.start - a.end > 40:
            continue
        gap = text[a.end : b.start]
        ty = _list_type(a, b)
        if ty is None:
            continue
        if gap != "、":
            if len(gap) < 4 or gap[-1] != "、":
                continue
            items = gap[1:-1].split("、")
            if not all(_plain_item(x) for x in items):
                continue
            pos = a.end + 1
            for x in items:
                out.append(Candidate(pos, pos + len(x), x, ty, "list-member", 0.6))
                pos += len(x) + 1
        if a.start == 0 or text[a.start - 1] != "、" or (i and chosen[i - 1].end >= a.start - 1):
            continue
        # the items before the first known member, back to the clause start (会同X、Y、A、B)
        clause = max(text.rfind(c, max(0, a.start - 40), a.start) for c in "，。；：\n（(")
        lead = text[clause + 1 : a.start - 1].split("、")
        first = lead[0]
        for k in range(len(first), 0, -1):
            n = _stop_before(first, k, 0)
            if n:
                first = first[k:]
                break
        lead[0] = first
        pos = a.start - 1 - len("、".join(lead))
        if i and chosen[i - 1].end > pos:
            continue  # 甲大学、乙院、丙科技、丁、戊科技: a name inside the run, so it is no lead of unknown items
        if lead and all(_plain_item(x) for x in lead) and _left_ok(text, pos):
            for x in lead:
                out.append(Candidate(pos, pos + len(x), x, ty, "list-member:lead", 0.6))
                pos += len(x) + 1
    out += _trailing_members(text, chosen)
    # an item found this way may be followed by one more (市发展改革委、科技局、财政局): the list goes on
    agencies = [a for a in chosen if a.type == "Agency"]
    for a in agencies:  # (a list, as items are appended while it is walked)
        m = _AGENCY_HEAD_WORD.match(text, a.end + 1)
        mandated = _mandate_item(text, a.end + 1)  # (the mandate vouches for a long item or one holding 建设)
        item = mandated or (m.group(0) if m else "")
        if (
            text[a.end : a.end + 1] in ("和", "与", "及", "、")
            and item
            and _right_ok(text, a.end + 1 + len(item), item[-1])
            and (mandated or _plain_item(item))
            and item[0] not in _BAD_CORE_START
        ):
            rule = "list-member:agency" if a in chosen else "list-member:agency-next"
            out.append(Candidate(a.end + 1, a.end + 1 + len(item), item, "Agency", rule, 0.6))
            if text[out[-1].end : out[-1].end + 1] == "、":
                agencies.append(out[-1])
    return out


_TRAILING_TYPES = frozenset({"Company", "University", "Hospital", "ResearchInstitute"})
_TRAILING_ITEMS = re.compile(rf"((?:、[{CJK}A-Za-z]{{2,8}}?){{1,8}})等")
"""、X、Y等 right after a known name: the unknown items that close a list before its 等 (eight at most, so a long
list without 等 is not rescanned from each of its known items)."""


def _trailing_members(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """…、A、X等 where A is a known firm, school, hospital or institute that is itself an item of a 、-list: the
    unknown items after it, up to the 等 that closes the list, are of its kind too (甲药业、乙生物、丙等 → 丙). Why:
    news lists firms or schools with the well-known ones first and closes the list with 等; the items between two
    known names are taken by _list_members, the ones after the last were left out. The known name must not open
    the list (a 、 before it), so a single name followed by trades (甲公司、医药、器械等) is not read as firms."""
    out: list[Candidate] = []
    for i in range(1, len(chosen)):
        a = chosen[i]
        if a.type not in _TRAILING_TYPES or text[a.start - 1 : a.start] != "、":
            continue
        m = _TRAILING_ITEMS.match(text, a.end)
        if m is None or (i + 1 < len(chosen) and chosen[i + 1].start < m.end()):
            continue
        items = m.group(1)[1:].split("、")
        if not all(_plain_item(x) for x in items):
            continue
        pos = a.end + 1
        for x in items:
            out.append(Candidate(pos, pos + len(x), x, a.type, "list-member:trailing", 0.6))
            pos += len(x) + 1
    return out


_JOINT_FOUNDERS = re.compile(
    rf"由((?:[{CJK}A-Za-z]{{2,8}}?[、和及与])+[{CJK}A-Za-z]{{2,8}}?)(?:等)?(?:共同|联合)(?:发起|出资|投资|设立|组建|成立)"
)
"""由A、B和C共同发起设立: the founders of a fund, a firm or an institute, listed as the subject of a joint founding."""
_FOUNDER_TYPES = frozenset({"Company", "University", "ResearchInstitute", "Hospital", "Agency"})


def _named_founder(item: str) -> bool:
    """A founder named, not described: 政府引导基金, 社会资本, 市财政 are kinds of money or a level's purse (every word
    an ordinary one, or a level opening it); a firm's short form holds a proper noun or characters the dictionary
    does not join (甲乙创投, 龙岗金控)."""
    if item[0] in "市区省县":
        return False
    for w in lexical.cut(item):
        tg = lexical.tag(w)
        if len(w) == 1 or tg is None or tg in lexical.PROPER_TAGS:
            return True
    return False


def _capital_firm(item: str) -> bool:
    """甲资本, 招商局资本: an investment firm's short form, a name and 资本, which a list item may not otherwise end
    with (资本 is a stop word: 社会资本, 民间资本 are kinds of money). The part before it must be a name: a proper
    noun or characters the dictionary does not join into a word."""
    if not item.endswith("资本") or len(item) < 4:
        return False
    words = lexical.cut(item[:-2])
    return any(len(w) == 1 for w in words) or lexical.tag(item[:-2]) in lexical.PROPER_TAGS


def _joint_founders(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """基金由甲资本、乙创投、丙金控共同发起设立: every item of the list a joint founding has as its subject is a body,
    though the investment firms that set up funds are often named by short forms with no head (甲资本, 乙金控). An
    unknown item takes the kind of the known items of the same list, or Company when none is known (funds and firms
    are founded by investors). Only 、/和/及/与 between items of two to eight characters, so no clause is read as one."""
    if "由" not in text:
        return []
    out: list[Candidate] = []
    starts = [c.start for c in chosen]
    for m in _JOINT_FOUNDERS.finditer(text):
        lo, hi = m.span(1)
        i = bisect_right(starts, lo - 1)
        inside = [c for c in chosen[i:] if c.start < hi and c.type != "Region"]
        if any(c.end > hi or c.type not in _FOUNDER_TYPES for c in inside):
            continue
        kinds = {c.type for c in inside}
        ty = kinds.pop() if len(kinds) == 1 else ("Company" if not kinds else None)
        if ty is None or ty == "Agency":
            continue
        taken = {c.start for c in inside}
        pos = lo
        for x in re.split("[、和及与]", m.group(1)):
            if pos not in taken and _named_founder(x) and (_plain_item(x) or _capital_firm(x)):
                out.append(Candidate(pos, pos + len(x), x, ty, "founders", 0.6))
            pos += len(x) + 1
    return out


def _zone_in_quotes(inner: str, whole: lexicon.Suffix | None) -> str | None:
    """The park head of a quoted zone's name followed by a facility's or project's head (“甲·乙示范区”孵化中心,
    “甲园区”服务中心项目), else None: the writer quotes the zone's name whole, so the quote is the name and the head
    after it names a facility in the zone, which annotators do not count as a name of its own."""
    if whole is None or whole.type not in ("Platform", "ResearchInstitute", "Program"):
        return None
    suf = lexicon.suffix_of(inner)
    if suf is None or suf.type != "Park" or len(inner) < max(suf.min_len, len(suf.text) + 2):
        return None
    return suf.text


_SAME_HEAD_TYPES = frozenset({"ResearchInstitute", "University", "Lab", "Hospital"})
_NEXT_ITEM = re.compile(rf"、(?P<item>[{CJK}]{{4,16}}?)(?=[、，。；：）)\n]|等|和|及|与|$)")


def _same_head_items(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """包括东岭理化研究所、材料技术综合研究所: the items listed after a named institution that end in its very head
    word are institutions of that kind too, even when their words alone would describe a kind (a foreign body's
    name translated word for word: 产业技术综合, 电子通信). Why: a list that opens with one body names bodies;
    a kind written after a name is joined by 等 or 和, not a further 、 item with the same head."""
    out: list[Candidate] = []
    for a in chosen:
        if a.type not in _SAME_HEAD_TYPES or text[a.end : a.end + 1] != "、":
            continue
        head = lexicon.suffix_of(a.text)
        if head is None or head.type != a.type:
            continue
        pos = a.end
        while (m := _NEXT_ITEM.match(text, pos)) is not None:
            item = m.group("item")
            suf = lexicon.suffix_of(item)
            core = item[: -len(head.text)]
            if suf is None or suf.text != head.text or len(core) < 4 or lexicon.is_generic(item):
                break
            if any(_stop_before(item, k, 0) for k in range(1, len(core) + 1)):
                break
            out.append(Candidate(m.start("item"), m.end("item"), item, a.type, "same-head", 0.6))
            pos = m.end("item")
    return out


_SHORT_COMPANY = re.compile(
    r"(?:生物|医药|基因|药业|制药|控股|医疗)"
    r"(?=建立|成立|研发|推出|获得|完成|宣布|开发|启动|自主|率先|成功|正式|收购|并购|已|于[0-9一二]|发布公告|公告称|旗下|董事长|总裁|首席执行官|CEO|创始人|牵头|携手|在[^，。]{0,12}(?:设立|建设|成立|投资|上市|设了|建了|建有)"
    r"|由[^，。；]{2,40}?(?:合资|共同|联合)?(?:成立|创办|创立)|营运|运营|签署|签订|签约|与[^，。；]{2,30}?(?:合作|签署|签订|签约|共建|携手)"
    r"|(?P<partner>)(?:联合|牵手|联同|伙拍|合作|共建|共同"
    r"|[和及、][^，。；]{2,30}?(?:合作|签署|签订|签约|共建|携手|共同|联合)))"
)
"""A short trade name's head and what may follow it: a firm's own act (建立, 宣布, 签署…), or a joint act it takes
part in (group ``partner``: 某某生物联合Y…, 与某某基因合作, 某某医药和Y共同…, 某某医药、Y签署…)."""
_WORDS_BEFORE_A_FIRM = frozenset("据由经与和对向将把被请并及")
_CHARS_BEFORE_A_FIRM = frozenset("是托由与和及同为经被对向据合手")
"""Characters that end the word before a short trade name inside a run of ideographs (是, 委托, 由, 与, 联合, 携手 …)."""
_KINDS_OF_FIRM = frozenset({"企业", "公司", "药企", "药厂", "厂商"})
"""A kind of firm right before a short trade name (生物科技企业某某基因, 初创企业某某医药) describes the firm it names."""
_NOT_COMPANY_CORE = (
    "精准",
    "智慧",
    "数字",
    "互联网",
    "合成",
    "海洋",
    "工业",
    "农业",
    "分子",
    "结构",
    "计算",
    "系统",
    "细胞",
    "化学",
    "民族",
    "再生",
    "转化",
    "基础",
    "前沿",
    "未来",
    "绿色",
    "远程",
    "移动",
    "临床",
    "中西",
    "微",
)


def _short_companies(text: str) -> list[Candidate]:
    """A short trade name (2–4 characters + 生物/医药/基因/药业/制药/控股) opening a clause whose verb is a
    company's act (北科生物建立了…, 某某医药宣布…) is a Company."""
    out = []
    for m in _SHORT_COMPANY.finditer(text):
        # the name is the whole run of ideographs before the head: 2–4 of them, after a non-letter
        h = m.start()
        s0 = h
        while s0 > 0 and h - s0 <= 4 and "\u4e00" <= text[s0 - 1] <= "\u9fff":
            s0 -= 1
        if s0 > 0 and "\u4e00" <= text[s0 - 1] <= "\u9fff":
            # 实验室是某某基因在香港设立的…, 政府委托某某基因…: a particle or a verb's last character right before
            # a two- or three-character trade name opens it
            s0 = next((h - n for n in (3, 2) if text[h - n - 1 : h - n] in _CHARS_BEFORE_A_FIRM), -1)
            if s0 < 0:
                # 生物科技公司某某基因牵头…, 初创企业某某医药获得…: a kind of firm written before the name opens it
                s0 = next((h - n for n in (4, 3, 2) if text[h - n - 2 : h - n] in _KINDS_OF_FIRM), -1)
            if s0 < 0:
                continue
        if not 2 <= h - s0 <= 4 or (s0 > 0 and (text[s0 - 1].isascii() and text[s0 - 1].isalpha())):
            continue
        if h - s0 >= 3 and text[s0] in _WORDS_BEFORE_A_FIRM and lexical.cut(text[s0:h])[0] == text[s0]:
            s0 += 1  # 据某某生物董事长…: the preposition opens the clause, the name starts after it
        name = text[s0 : m.end()]
        core = name[:-2]
        first = lexical.cut(core)[0]
        if len(first) >= 2 and len(first) < len(core) and lexical.tag(first) == "v":
            continue  # 、促进民族医药开发利用: a verb opens the run, the trade after it is its object, no firm
        if m.group("partner") is not None and core.endswith(_FIELD_OPENINGS):
            continue  # 两地生物医药合作: the field is what they work on, no firm
        if (
            only_modifiers(core)
            or core.startswith(_NOT_COMPANY_CORE)
            or core in lexicon.region_prefixes()
            or lexicon.is_generic(name)
            or any(_stop_before(core, k, 0) for k in range(1, len(core) + 1))
        ):
            continue
        out.append(Candidate(s0, m.end(), name, "Company", "short:company", 0.6))
    return out


LEVEL_CHARS = "市省区县"
"""The level words a place takes when a body is named after it (东岭市, 广东省, 南湖区, 西山县)."""


def split_joint_issuers(words: str) -> list[str]:
    """东岭市发展改革局东岭市科技局 → [东岭市发展改革局, 东岭市科技局]: joint issuers written without the
    spaces between them, cut where a head word is followed by the next body's place with its level (see
    :func:`_next_issuer_at`); a single body's name comes back alone."""
    own = _level_place_opening(words, 0)
    out: list[str] = []
    start = 0
    for k in range(3, len(words) - 3):
        if words[k - 1] in _BODY_ENDS and _ends_agency(words[start:k]) and _next_issuer_at(words, k, own):
            out.append(words[start:k])
            start = k
    out.append(words[start:])
    return out


def _ends_agency(words: str) -> bool:
    """``words`` end in an agency's head word (局, 委员会, 人民政府)."""
    suf = lexicon.suffix_of(words)
    return suf is not None and suf.type == "Agency"


def _level_place_opening(text: str, start: int) -> str | None:
    """The place with its level word that opens the name at ``start`` (东岭市 of 东岭市发展改革局): two to four
    characters and 市/省/区/县, as every local body's full name opens."""
    for n in (3, 4, 5):
        if text[start + n - 1 : start + n] in LEVEL_CHARS:
            return text[start : start + n]
    return None


def _next_issuer_at(text: str, k: int, own: str | None) -> bool:
    """A second local body's name opens at ``k``, right after a first one's head word: the place with its level
    again (东岭市发展改革局东岭市科技局) or a city or province the division table knows, written with its level
    (南湖市发展改革委员会南湖市科技委员会). Why: joint issuers head a notice's title side by side, and once the
    spaces between them are gone only the repeated place shows where the next one starts; a place written without
    its level (海关总署广东分署) is part of one body's name."""
    if own is not None and text.startswith(own, k):
        return True
    from policykg.extract.components.gazetteer import places

    table = places()
    return any(text[k + n - 1 : k + n] in LEVEL_CHARS and text[k : k + n] in table for n in (3, 4, 5))
