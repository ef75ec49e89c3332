"""Turn mention candidates into one entity per thing per document.

Resolution decides the canonical name of every mention: the lexicon's official
name for known agencies (市科委 in a Shanghai document → 上海市科学技术委员会),
the full form for a within-document abbreviation (X（简称“Y”）, X（Y）),
the issuer for 我委/本委, the document's city for 本市/我市. Mentions sharing a
canonical name become one :class:`Entity` whose aliases are the other surface
forms, taken from the original text so Traditional spellings survive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter

from policykg.extract import lexical, lexicon
from policykg.extract.components.gazetteer import SHORT_FORM_RULE, canonical_place, facts_rows, prefecture_cities
from policykg.extract.components.gazetteer import county_level_cities as _county_level_cities
from policykg.extract.components.gazetteer import places as _places
from policykg.extract.names import EDITION_BEFORE, LEGAL_FORMS, LEVEL_CHARS, Candidate, alternation
from policykg.model import Entity, Mention

SELF_REFS = re.compile(r"我委|本委|我局|本局|我厅|本厅|我办|本办|我署|本署|我部|本部门")
CITY_REFS = re.compile(r"(?<![资日基成])本市(?!场)|[我全]市(?!场)|(?<!日)本港|全港|本澳|我省|本省|全省")
"""The document's own place: 本市/我市 in a city's text, 本港 in Hong Kong's, 我省/本省 in a province's (a
province's words only when the document's region is a province: 我省 in a city's reply is the province around it).
资本市场, 日本市场, 全市场, 日本港口 hold the characters inside other words: no place there."""
_PROVINCE_REF = ("我省", "本省", "全省")
DISTRICT_REFS = re.compile(r"[我全]区(?![域块间别内外县])|本区(?![域块间别内外县])")
"""我区, 全区, 本区: a district's text naming its own district (全区域, 本区间 are other words)."""
COUNCIL_REF = re.compile(r"本会(?![计议])")
"""本会 in a Legislative Council question (议员：主席，…政府可否告知本会：) is the Council the member speaks in,
another name of the 立法会 the text names; not 本会计年度 (this accounting year) or 本会议 (this meeting)."""
_COUNCIL_FORMULA = "告知本会"
GOVERNMENT_REF = re.compile(
    r"(?<![\u4e00-\u9fff])(?:政府(?![部机官工当间采部门])|当局)"
    r"|(?<=[，。；：、和与及但而由于问前年届如竟且时月日后来初获经受向为对让令促在是])(?:政府(?![部机官工当间采门])|当局)"
)
"""A bare 政府 or 当局 in a Hong Kong or Macao text is that region's government (in a mainland text it is vague):
at the start of a clause, after a coordinator, or as the subject after a word that opens a clause (鉴于, 请问,
早前, 当年, 今届, 假如, 究竟, 而且, 当时), a frame (在政府推出Y后) or a copula (Y是政府推出的). After a name (美国当局,
卫生当局) it is someone else's authority."""
_REGION_GOVERNMENTS = {"香港": "香港特别行政区政府", "澳门": "澳门特别行政区政府"}
BUREAU_REF = re.compile(r"(?<=我们)局方|(?<![当本我该])局方")
"""局方 ("the bureau") in a reply: 我们局方 is the answering bureau speaking of itself; a bare 局方 is the bureau
the paragraph has just named (医管局设有…机制。局方会…), or, with none named before it in the paragraph or in a
member's question (请问局方会否…), the bureau that answers."""
_MEMBER_LINE = re.compile(r"[\u4e00-\u9fff·]{2,6}议员\s*[：:]|问题\s*[：:]?\s*$")
_OFFICIAL_LINE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:局|署)(?:副)?(?:局长|署长)\s*[：:]|答复\s*[：:]?\s*$")
"""Who speaks from here on in a Legislative Council transcript: a member (李大文议员：…, 问题：) or the answering
official (创新及科技局局长：…, 答复：); a paragraph without a speaker goes on in the last one's voice."""
WE_REF = re.compile(r"我们(?![的三两这那局])")
"""我们 in the answering official's words is the answering bureau (我们会与X合作); in a member's words it is the
member's side, and 我们的… / 我们三代人 name no actor."""
OWN_POLICY_REFS = re.compile(r"本(?:政策措施|措施|办法|规定|细则|方案|意见|政策|通知|条例)")
PROVINCE_ABBREVIATIONS = {r[0]: r[1] for r in facts_rows("province_abbreviations.tsv")}
"""One-character province names (皖 → 安徽), from ``resources/facts/province_abbreviations.tsv``."""
_CHARS = "".join(PROVINCE_ABBREVIATIONS)
_PROVINCES = frozenset(PROVINCE_ABBREVIATIONS.values())
LOCAL_CHAR_REFS = re.compile(rf"([{_CHARS}])(?<=[在来到落赴驻留入].)(?=[\u4e00-\u9fff])")
"""在沪 / 来港 + a word: the city by its one-character name. The look-behind follows the 沪/港 so
the engine jumps between those two characters instead of testing it at every position."""
COMPOUND_CHAR_REFS = re.compile(rf"[{_CHARS}](?:、?[{_CHARS}]){{1,3}}(?=三地|两地|四地|三方|四方|双方|各方)")
"""粤港澳三地, 沪港两地, 粤、港、澳四方: places named together by their one-character names (set side by side or
listed with 、), each a mention of its own."""
_ABBREV_AFTER = re.compile(
    r"[》”\"」』]?\s*[（(][（(]?(?:以下)?(?:(?:简称|下称)[：:]?|即(?P<called>[^“”\"「」（）()，。]{1,10}?[所指称]的(?=[“\"「]))?|商品名[：:为]?)?"
    r"[“\"「]?(?P<short>[A-Z][A-Za-z0-9 .,&'\-]{24,47}?(?=[）)])|[^”\"」）()（]{1,24}?)[”\"」]?[）)]"
)
"""X（简称“Y”） / X（Y） right after a mention: Y is a within-document short form of X; a drug's trade name
written after its approved name (X（商品名：Y）) is another name of the same product; a reply names the body a
question called otherwise (X（即质询所指的“Y”）, X（即原称的“Y”）): Y is the question's name for X. A body's
registered Latin name may run longer (X（Acme Therapeutics Holdings Limited））, and a doubled opening bracket
(X((Acme Capital)) is a slip of the pen, not a bracket inside another."""
_NAMED_OTHERWISE = ("简称", "商品名")
"""Words in the bracket that make Y another name of X even when Y does not abbreviate X."""
_ABBREV_OPENERS = frozenset('》”"」』（(')
_TYPE_RANK = {"lexicon": 3, "book-title": 3, "quote": 2, "suffix": 1}

# :meth:`_Builder.add` builds mentions and entities with positional arguments (once per
# mention, keywords cost a third more); fail at import, not silently, if the fields move.
if [f.name for f in fields(Mention)] != ["text", "start", "end", "type", "canonical", "rule", "confidence"] or [
    f.name for f in fields(Entity)
] != ["name", "type", "aliases", "jurisdiction", "confidence", "mentions"]:
    raise ImportError("policykg.model Mention/Entity fields changed: update resolve._Builder.add")


@dataclass
class Resolved:
    """Entities of one document and the mentions (in text order) that point at them."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)
    """(mention, entity id) in text order: what relation rules walk over."""
    own_policy: str | None = None
    issuer_id: str | None = None
    entity_ids: list[str] = field(default_factory=list)
    """``entities[i].id``, computed once (an id is a hash recomputed on every access)."""


_COMMON_CHARS = frozenset("新宁云青川贵秦甘陇蜀台吉黑辽")
_SETTLE = (
    "投资",
    "落地",
    "落户",
    "布局",
    "设立",
    "发展",
    "创业",
    "就业",
    "举办",
    "工作",
    "上市",
    "办学",
    "求学",
    "交流",
)


def _place_starts(text: str, pos: int) -> bool:
    """A place's name opens at ``pos``: a gazetteer name of two to four characters (苏州) or a region of the
    lexicon of any length (在粤港澳大湾区国际科技创新中心的带动下: 粤 opens the bay area's name, it is not 广东)."""
    table = _places()
    return any(text[pos : pos + k] in table for k in (2, 3, 4)) or text.startswith(lexicon.region_prefixes(), pos)


def _settles_after(text: str, end: int) -> bool:
    """在皖落地, 来沪投资: a one-character province name is followed by the act it hosts."""
    return text.startswith(_SETTLE, end)


def _is_abbreviation(short: str, full: str) -> bool:
    """Y abbreviates X when its characters appear in X in order (和黄医药 / 和记黄埔医药…), or it is an acronym."""
    if _LATIN_ACRONYM_RE.fullmatch(short):
        return True
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(ch in it for ch in short)


class _Builder:
    def __init__(self, text: str, original: str, region: str | None):
        self.text = text
        self.original = original or text
        self.region = region
        self.entities: dict[tuple[str, str | None], Entity] = {}
        self.mentions: list[tuple[Mention, tuple[str, str | None]]] = []

    def entity(self, name: str, type_: str, jurisdiction: str | None, confidence: float) -> Entity:
        key = (name, jurisdiction)
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = Entity(name=name, type=type_, jurisdiction=jurisdiction, confidence=confidence)
        elif confidence > e.confidence:
            e.type, e.confidence = type_, confidence
        return e

    def add(self, c: Candidate, name: str, type_: str, jurisdiction: str | None, rule: str | None = None) -> Entity:
        confidence = c.confidence
        key = (name, jurisdiction)
        entities = self.entities
        e = entities.get(key)  # inlined :meth:`entity`: this runs once per mention
        if e is None:
            e = entities[key] = Entity(name, type_, [], jurisdiction, confidence, [])
        elif confidence > e.confidence:
            e.type, e.confidence = type_, confidence
        start, end = c.start, c.end
        surface = self.original[start:end]
        rule = rule or c.rule
        m = Mention(surface, start, end, type_, name, rule, confidence)
        e.mentions.append(m)
        if surface != name:
            aliases = e.aliases
            if surface not in aliases and not rule.startswith("coord"):
                aliases.append(surface)
        self.mentions.append((m, key))
        return e


def _canonical_for_lexicon(c: Candidate, region: str | None) -> tuple[str, str, str | None]:
    entries = lexicon.entries_for(c.text)
    if not entries and c.entry is not None:
        return c.entry.name, c.entry.type, None  # a known body written with words around it (its term: 第十二届X)
    chosen = None
    for e in entries:
        if e.jurisdiction == region:
            chosen = e
            break
    if chosen is None:
        relative = c.text.startswith(lexicon.RELATIVE_PREFIXES) or c.text in ("特区政府",)
        if (
            relative
            and region
            and (
                len({e.jurisdiction for e in entries}) > 1
                or (entries and entries[0].jurisdiction and entries[0].jurisdiction != region)
            )
        ):
            return _in_region(c.text, region), entries[0].type, region
        if not region and c.text.startswith(lexicon.RELATIVE_PREFIXES) and all(e.jurisdiction for e in entries):
            # 市卫生健康委 in a text whose city is not known: some city's commission, not the first table's
            # city's; the form stays as written (two documents' bare 市X never become one city's body)
            return c.text, entries[0].type, None
        chosen = entries[0]
    return chosen.name, chosen.type, None


_SAR_OWN_GOVERNMENT = "特区政府"
_SAR_NAMES = ("香港", "澳门")


def _sar_of_text(text: str, region: str | None) -> str | None:
    """The region whose government a bare 特区政府 is: the document's own when that is Hong Kong or Macao, else the
    one of the two the text names more. Why: a Hong Kong release about a visit to Shenzhen counts Shenzhen more
    often than Hong Kong, yet its 香港特别行政区（特区）政府 … 特区政府 is one government; since 1997 特区政府
    names a Special Administrative Region's government (Shenzhen's is 深圳市政府), so a mainland city is no
    reading of it."""
    if region in _SAR_NAMES or _SAR_OWN_GOVERNMENT not in text:
        return region
    hk, mo = text.count("香港"), text.count("澳门")
    if not hk and not mo:
        return region
    return "澳门" if mo > hk else "香港"


def _issuer_as_resolved(
    candidates: list[Candidate], canon_of: dict, issuer: str | None, issuer_name: str | None
) -> str | None:
    """发布机构：省科技厅 in a portal's header gives the issuer by the short form the document writes, which its
    mentions resolve to the body's full name (浙江省科学技术厅, by the title line); the issuer is that one body,
    not a second one under the short name. Only for an issuer the tables do not know (they name it already)."""
    if issuer is None or issuer_name != issuer:
        return issuer_name
    for c in candidates:
        if c.text == issuer:
            name, ty, _ = canon_of[c.start]
            return name if ty == "Agency" else issuer_name
    return issuer_name


_FIRST_PERSON_BODY = re.compile(r"我(?:委|局|厅|办|署|部)(?![门公员长室]|会(?!同))")
"""我局, 我委: a body speaking of itself in the first person. Even with no issuer in the header (a reply copied
without its letterhead) it names one body, the one that answers; 本部门 in a notice to all departments does not.
我委会同Y (with Y, the verb replies use for the units they consulted) is the body and its verb; 我委会议 and the like
stay out."""


def _first_person_body(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a body's first-person name (我局), not the start of a longer word (我部门)?"""
    m = _FIRST_PERSON_BODY.match(text, start)
    return m is not None and m.end() == end


def _council_canon(
    candidates: list[Candidate], canon_of: dict[int, tuple[str, str, str | None]]
) -> tuple[str, str, str | None] | None:
    """What 本会 stands for in a Council question: the Council as the text names it (立法会 with its place, as the
    tables resolve it), so the question's 本会 is another name of the answer's 立法会. None when the text never
    names the Council: 本会 alone is then left out, as most annotators leave it."""
    for c in candidates:
        if c.text.endswith("立法会") and c.start in canon_of and canon_of[c.start][1] == "Agency":
            return canon_of[c.start]
    return None


def _one_key_per_name(candidates: list[Candidate], canon_of: dict) -> None:
    """市财政局 in a 东岭 notice resolves to 东岭市财政局 with the region as its jurisdiction; the full name the
    notice also writes (东岭市财政局, found by its head word) has none. Same name, one body: the written full name
    takes the jurisdiction of the resolved short form, so the two are not kept apart by their keys."""
    scoped = {v[0]: v for v in canon_of.values() if v[2] is not None and v[1] == "Agency"}
    if not scoped:
        return
    for c in candidates:
        v = canon_of.get(c.start)
        if v is not None and v[2] is None and v[0] in scoped and v[1] == "Agency":
            canon_of[c.start] = scoped[v[0]]


def _own_district(text: str) -> str | None:
    """The district a text names most (北碚区, 番禺区: full names of the divisions table), when it names one at least
    twice and more often than any other. Why: a district's notice or work report says 我区, 全区 of that district,
    which is the document's own place as 我市 is a city's; its city (the region) is another place."""
    table = _places()
    counts: dict[str, int] = {}
    at = text.find("区")
    while at != -1:
        for k in (3, 4, 2):
            if at - k + 1 < 0:
                continue
            p = table.get(text[at - k + 1 : at + 1])
            if p is not None and p.name.endswith("区"):
                counts[p.name] = counts.get(p.name, 0) + 1
                break
        at = text.find("区", at + 1)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _in_region(relative: str, region: str) -> str:
    """市政府 in a 佛山 document → 佛山市政府; 省政府 in an 安徽 document → 安徽省政府. The level must be the
    region's own (广东省, 佛山市 in the place table): 省发展改革委 in a text about 香港 or 佛山 is a province's,
    not 香港省's, and stays as written rather than take a wrong place."""
    if relative[0] in "市省" and not region.endswith(relative[0]):
        own = _places().get(region + relative[0])
        if (own is not None and own.name == region) or _county_level_cities().get(region + relative[0]) == region:
            return region + relative
        return relative
    return region + relative if relative[0] == "区" else relative


_START = attrgetter("start")
_CITIES = lexicon.CITIES
"""Every city-prefixed name starts with one of these: a C-level test before the cached helpers."""


@lru_cache(maxsize=65536)
def _city_lexicon(name: str):
    """香港卫生署 = 卫生署 of 香港: a city name glued to a known body of that city."""
    for city in lexicon.CITIES:
        for pre in (city + "市", city):
            if name.startswith(pre) and len(name) > len(pre) + 1:
                for e in lexicon.entries_for(name[len(pre) :]):
                    if e.jurisdiction == city and e.type != "Region":
                        return e
    return None


@lru_cache(maxsize=1)
def _city_openings() -> frozenset[str]:
    """First two characters of every city that may open a name: a cheap test before :func:`_city_core`."""
    return frozenset(c[:2] for c in lexicon.CITIES + tuple(prefecture_cities()))


@lru_cache(maxsize=65536)
def _city_core(name: str, min_core: int = 4) -> tuple[str, int, str | None]:
    """(name without its city prefix, prefix length, city): 上海市X → (X, 3, 上海), 宿迁X → (X, 2, 宿迁). The
    cities are the lexicon's and every prefecture-level city of the divisions table, longest name first (a
    city's name may open with another's: 石家庄, 连云港)."""
    for city in lexicon.CITIES:
        for pre in (city + "市", city):
            if name.startswith(pre) and len(name) - len(pre) >= min_core:
                return name[len(pre) :], len(pre), city
    cities = prefecture_cities()
    for n in (4, 3, 2):
        city = name[:n]
        if city in cities:
            for pre in (city + "市", city):
                if name.startswith(pre) and len(name) - len(pre) >= min_core:
                    return name[len(pre) :], len(pre), city
    return name, 0, None


def _merge_city_variants(candidates: list[Candidate], canon_of: dict, region: str | None = None) -> None:
    """X, 上海X and 上海市X in one document are one thing: use the most explicit form.

    Only forms of the same city merge (香港大学深圳医院 and 北京大学深圳医院 share the
    rest of their names but are two hospitals); a bare X joins a city form only when
    the document has exactly one city's version of it. Agencies merge on short rests
    too (深圳政府 = 深圳市政府), other names need four characters after the city.
    For a city outside the lexicon's (宿迁X产业园 … X产业园) the bare X joins only in a
    document about that city or after the city form was written: a text that names a
    bare park first and some other city's park of that name later speaks of two.
    """
    best: dict[tuple[str, str], tuple[int, str]] = {}
    first_at: dict[tuple[str, str], int] = {}
    openings = _city_openings()
    for c in candidates:
        if c.type in ("Person", "Region"):
            continue
        name = canon_of[c.start][0]
        if name[:2] not in openings:
            continue  # (what :func:`_city_core` answers for a name without a city, without its cache)
        core, plen, city = _city_core(name, 2 if c.type == "Agency" else 4)
        if city is None:
            continue
        key = (core, city)
        first_at[key] = min(first_at.get(key, c.start), c.start)
        if key not in best or plen > best[key][0]:
            best[key] = (plen, name)
    if not best:
        return  # no name carries a city: nothing to merge (every candidate below would skip)
    cities_of: dict[str, list[str]] = {}
    for core, city in best:
        cities_of.setdefault(core, []).append(city)
    for c in candidates:
        if c.entry is not None or c.type in ("Person", "Region"):
            continue
        name, ty, jur = canon_of[c.start]
        if name[:2] in openings:
            core, _, city = _city_core(name, 2 if c.type == "Agency" else 4)
        else:
            core, city = name, None
        if city is None:
            cities = cities_of.get(name, [])
            if len(cities) != 1:
                continue
            city = cities[0]
            core = name
            if city not in _CITIES and city != region and c.start < first_at[(core, city)]:
                continue  # a bare name before any city form, in a text about another place: not joined
        full = best.get((core, city))
        if full and full[1] != name:
            canon_of[c.start] = (full[1], ty, jur)


_AGENCY_PREFIX = re.compile("^(?:(?:{})市?|国家|国务院|市|区|省)".format("|".join(lexicon.CITIES)))
_FULL_HEADS = {
    "委": ("委员会", "委"),
    "局": ("局",),
    "办": ("办公室", "办公厅", "办"),
    "署": ("署",),
    "部": ("部",),
    "厅": ("厅",),
}


_SCHEME_HEADS = ("计划", "项目")


def _merge_scheme_heads(candidates: list[Candidate], canon_of: dict) -> None:
    """关爱基金医疗援助计划 … 关爱基金医疗援助项目: a scheme is called 计划 and 项目 in turn (Hong Kong replies
    use both for one scheme); programmes whose names differ only in that head are one, named as first written."""
    first: dict[str, tuple[str, str, str | None]] = {}
    for c in candidates:
        name, ty, jur = canon_of[c.start]
        if ty != "Program" or not name.endswith(_SCHEME_HEADS) or len(name) < 6:
            continue
        hit = first.setdefault(name[:-2], (name, ty, jur))
        if hit[0] != name:
            canon_of[c.start] = hit


def _edition_aliases(text: str, original: str, entities: list[Entity]) -> None:
    """首届东岭医药大会, 2024年南湖生物医药论坛: an event is one thing held edition after edition and is named without
    its edition (decide cuts 届 words), but reports and press releases name it with the ordinal or year printed on
    the banner; that form, as the document writes it, is kept as the event's alias."""
    for e in entities:
        if e.type != "Event":
            continue
        for m in e.mentions:
            ed = EDITION_BEFORE.search(text, max(0, m.start - 12), m.start)
            if ed is not None and (form := original[ed.start() : m.end]) not in e.aliases:
                e.aliases.append(form)


_ADMIN_ENDS = ("省", "市", "区", "县")


def _admin_cuts(name: str) -> list[int]:
    """Where each full administrative name that opens ``name`` ends (北京市昌平区未来科学城 → [3, 6]: 北京市, 昌平区),
    by the divisions table."""
    table = _places()
    cuts: list[int] = []
    at = 0
    while True:
        ends = (k for k in (6, 5, 4, 3) if name[at + k - 1 : at + k] in _ADMIN_ENDS)
        k = next((k for k in ends if name[at : at + k] in table), 0)
        if not k:
            return cuts
        at += k
        cuts.append(at)


def _place_prefixed_aliases(text: str, original: str, entities: list[Entity]) -> None:
    """北京市昌平区, 北京市昌平区未来科学城: a district or a zone is written with the full names of the places above
    it and, elsewhere or in other texts, without them (昌平区, 未来科学城). Both forms name it: a district written
    right after its city (the finder takes 北京市 and 昌平区 as two places) keeps the joined form as an alias, and a
    zone named with its places in front keeps the forms without them."""
    table = _places()
    for e in entities:
        if e.type == "Region":
            for m in e.mentions:
                if m.start < 3 or text[m.start - 1] not in "省市" or text[m.end - 1 : m.end] not in ("区", "县"):
                    continue
                k = next((k for k in (5, 4, 3) if text[m.start - k : m.start] in table), 0)
                if k and (form := original[m.start - k : m.end]) not in e.aliases:
                    e.aliases.append(form)  # 北京市|昌平区
        elif e.type == "Park" and e.name[:1] != "中":
            for cut in _admin_cuts(e.name):
                rest = e.name[cut:]
                if len(rest) >= 3 and rest not in e.aliases and not _kind_of_name(rest, "Park"):
                    e.aliases.append(rest)  # 北京市昌平区|未来科学城 (not 东岭市|工业园区: a kind of zone)


def _merge_tails_of_longer_agencies(candidates: list[Candidate], canon_of: dict) -> None:
    """数字经济提质发展专项工作组 … 省推进数字经济提质发展专项工作组: an agency name of five characters or more
    written again without its opening words is the same body when exactly one longer name ends with it (事务委员会
    after 立法会某某事务委员会, 药物建议委员会 after 医管局药物建议委员会: a report names a panel or committee in full
    once, then by its last words).
    So is a shorter tail the writer marks as a name in quotes (「筹备办公室」 after 「东岭产业园筹备办公室」): the
    quotes say the words stand for a body already named, not for a kind. Written before a longer name that opens
    with a level's mandate (省推进…, 市促进…) it is not a shortening of it: 国家层面的大湾区建设领导小组 …
    省推进粤港澳大湾区建设领导小组 are the national body and the province's own one (a place-opened name,
    东岭生物医药咨询委员会, is often written first without its place)."""
    canon_by_name = {canon_of[c.start][0]: canon_of[c.start] for c in candidates if c.type == "Agency"}
    written = {c.text for c in candidates}
    first: dict[str, int] = {}
    for c in candidates:
        if c.type == "Agency":
            first.setdefault(canon_of[c.start][0], c.start)
    for c in candidates:
        if c.entry is not None or c.type != "Agency" or len(c.text) < (4 if c.rule.startswith("quote") else 5):
            continue
        longer = [n for n in canon_by_name if len(n) > len(c.text) and n.endswith(c.text)]
        if len(longer) != 1 or (c.start < first[longer[0]] and _level_mandate_opening(longer[0], c.text)):
            continue
        if len(c.text) < 8 and longer[0][: -len(c.text)] in written:
            continue  # 医管局|药物审议委员会: a parent's name before a unit's own name (the unit's resolution's)
        canon_of[c.start] = canon_by_name[longer[0]]


def _merge_former_names(candidates: list[Candidate], canon_of: dict) -> None:
    """创新及科技局 in a release that also names 创新科技及工业局: the bureau under its name before and after its
    renaming, one body (a writer slips into the old name, or recalls what the bureau did then); with only one of
    the names written, each stays as the tables name it."""
    renamed = lexicon.renamed()
    present = {canon_of[c.start][0] for c in candidates if c.entry is not None}
    moves = {old: new for old, new in renamed.items() if old in present and new in present}
    if not moves:
        return
    for c in candidates:
        name, ty, jur = canon_of[c.start]
        if name in moves:
            canon_of[c.start] = (moves[name], ty, jur)


_LEVEL_MANDATES = tuple(level + verb for level in LEVEL_CHARS for verb in ("推进", "促进", "推动", "加快"))


def _level_mandate_opening(longer: str, tail: str) -> bool:
    """省推进粤港澳|大湾区建设领导小组: the words the tail drops hold a level and a mandate verb, so the longer name
    is that level's own body for the task the tail names."""
    return any(w in longer[: len(longer) - len(tail)] for w in _LEVEL_MANDATES)


_PLACE_TAIL_TYPES = frozenset(("Platform", "Park", "ResearchInstitute", "Lab"))


def _names_a_place(word: str) -> bool:
    """A division's name, whole or without its level word (南沙 for 南沙区, 东莞 for 东莞市)."""
    table = _places()
    return word in table or any(word + level in table for level in "区市县")


def _merge_place_and_short_form(
    candidates: list[Candidate], canon_of: dict, abbrev: dict[str, tuple[str, str]]
) -> None:
    """深圳前海管理局 in a headline, 深圳市前海深港现代服务业合作区管理局（“前海管理局”） in the text: a place written
    before a short form the text glosses names the glossed body when the body's full name opens with that place
    (headlines and later paragraphs prefix the short form with the city). Why: without it the headline's form
    stays a second body of the same kind."""
    if not abbrev:
        return
    for c in candidates:
        if c.type in ("Person", "Region"):
            continue
        name, ty, jur = canon_of[c.start]
        for k in range(2, min(5, len(name) - 1)):
            hit = abbrev.get(name[k:])
            if hit is not None and hit[1] == ty and hit[0] != name and hit[0].startswith(name[:k]):
                if _names_a_place(name[:k]):
                    canon_of[c.start] = (hit[0], ty, jur)
                break


def _longer_of_type(canon_by_name: dict, c: Candidate, opening_ok: Callable[[str], bool]) -> list[str]:
    """The canonical names of ``c``'s type that end with its text and whose opening words (what the longer name has
    before it) pass ``opening_ok``: the candidates a short form may stand for."""
    return [
        n
        for n in canon_by_name
        if len(n) > len(c.text)
        and n.endswith(c.text)
        and canon_by_name[n][1] == c.type
        and opening_ok(n[: len(n) - len(c.text)])
    ]


def _merge_place_opened_tails(candidates: list[Candidate], canon_of: dict) -> None:
    """东岭科技园南湖孵化基地 … 南湖孵化基地, 东岭大学苏州研究院 … 苏州研究院: a base, park, institute or lab named
    again from the place inside its full name (its parent's words dropped) is the same one, when exactly one
    longer name of its type ends with it and four or more characters follow the place (深圳医院 is not
    东岭大学深圳医院's short form: two characters after a city name many hospitals)."""
    canon_by_name = {canon_of[c.start][0]: canon_of[c.start] for c in candidates if c.type in _PLACE_TAIL_TYPES}
    for c in candidates:
        if c.entry is not None or c.type not in _PLACE_TAIL_TYPES or len(c.text) < 6:
            continue
        place = next((k for k in (4, 3, 2) if _names_a_place(c.text[:k])), 0)
        if not place or len(c.text) - place < 4:
            continue
        # (徐州南湖产业园 and 南湖产业园: a city before the tail is :func:`_merge_city_variants`' to judge)
        longer = _longer_of_type(canon_by_name, c, lambda opening: not _names_a_place(opening.removesuffix("市")))
        if len(longer) == 1:
            canon_of[c.start] = canon_by_name[longer[0]]


_NAMED_LEVEL_OPENINGS = ("国家", "省级", "市级", "区级")
"""国家实验室, 省级重点实验室: a tail opening with a level names a kind of designation, not the place's own unit."""


def _opening_names_a_place_or_zone(opening: str) -> bool:
    """昌平, 西山县, 苏州工业园区: a district's or county's name (whole or without its level word) or a zone the
    lexicon knows. A city (徐州, 上海市) is not taken here: whether a bare name is that city's is
    :func:`_merge_city_variants`' to judge (a bare park written before another city's park of that name is another)."""
    city = opening.removesuffix("市")
    if city in _CITIES or city in prefecture_cities():
        return False
    if _names_a_place(opening):
        return True
    return any(e.type == "Park" for e in lexicon.entries_for(opening))


def _merge_place_dropped_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """昌平南湖科学城 … 南湖科学城, 苏州工业园区东岭器械创新中心 … 东岭器械创新中心: a zone, platform, institute or
    lab named in full with the district, county or zone it sits in written in front (a division's name without its
    level word, or a zone of the lexicon), and elsewhere without it, is one, when exactly one longer name of its type
    is that place and the short one together, and the short one is no kind (科学城 alone names nothing) nor a
    level's designation (国家实验室). Why: the place is the part writers drop after the first mention (a district's
    name without 区 is not a full division, so :func:`_place_prefixed_aliases` and :func:`_merge_city_variants`,
    which take full divisions and cities, leave the pair as two)."""
    _merge_dropped_openings(
        candidates, canon_of, _PLACE_TAIL_TYPES, 4, _opening_names_a_place_or_zone, _NAMED_LEVEL_OPENINGS
    )


_TRADE_DROP_TYPES = frozenset(("Park", "Platform"))


def _merge_trade_dropped_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """东岭生物医药产业园 … 东岭产业园, 南湖国际医疗先行区 … 南湖先行区: a park or platform named again with its
    brand and its head word but without the trade or description written between them is the same one, when exactly
    one longer name of its type keeps the brand (two characters or more) and the head and puts two or more characters
    between them, and the short one is no kind. Why: park news drops the middle words after the first mention, and
    the short form would otherwise stand as a second park, splitting the relations written about the one park (what
    lies in it, where it lies) between two entities."""
    _merge_short_forms(candidates, canon_of, _TRADE_DROP_TYPES, 0, _longer_keeping_brand_and_head)


def _longer_keeping_brand_and_head(canon_by_name: dict, c: Candidate) -> list[str]:
    """The canonical names of ``c``'s type that open with its brand (two characters or more) and end with its head
    word, two or more characters longer: the names ``c`` may shorten by dropping the words between."""
    head = lexicon.head_of_whole_name(c.text)
    if head is None or len(c.text) - len(head.text) < 2:
        return []
    brand = c.text[: len(c.text) - len(head.text)]
    return [
        n
        for n, canon in canon_by_name.items()
        if canon[1] == c.type and len(n) >= len(c.text) + 2 and n.startswith(brand) and n.endswith(head.text)
    ]


_ORDERED_SHORT_TYPES = frozenset(("Park", "Company"))


def _merge_ordered_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """东岭南湖高新技术产业开发区 … 东岭南湖高新区, 东岭生物医药产业集团有限公司 … 东岭医药集团: a zone or a firm named
    in full once and after by some of its name's characters kept in order (a kind's short form: 高新区, 经开区,
    自贸区; a firm's brand words shortened) is one, when exactly one longer name of its type (a firm's without its
    legal form) holds the short one's characters in order, opens with the short one's first character (or does so
    once the places it opens with are dropped: 天津松涛高新技术产业开发区 … 松涛高新区, see _place_openings), ends
    with its last, and does not hold it as one run (a run is a name's tail or head, which other steps judge by what
    is dropped), and the short one is no kind. Why: the short form would otherwise stand as a second zone or firm,
    taking the exact match and leaving the full name, which carries the relations, unmatched."""
    stems: dict[str, tuple] = {}
    for c in candidates:
        if c.type in _ORDERED_SHORT_TYPES:
            canon = canon_of[c.start]
            if canon[1] != c.type:
                continue
            stem = canon[0]
            if c.type == "Company":
                for form in LEGAL_FORMS:  # a firm's short forms never keep its legal form
                    if stem.endswith(form) and len(stem) > len(form) + 1:
                        stem = stem[: -len(form)]
                        break
            stems.setdefault(canon[0], (stem, canon))
    if len(stems) < 2:
        return
    # 天津滨海高新技术产业开发区 … 滨海高新区: the short form may drop the places the full name opens with, too
    dropped = [(stem[k:], canon) for stem, canon in stems.values() for k in _place_openings(stem)]
    moved: dict[tuple, tuple] = {}
    for c in candidates:
        if (
            c.entry is not None
            or c.type not in _ORDERED_SHORT_TYPES
            or len(c.text) < 3
            or canon_of[c.start][0] != c.text
        ):
            continue
        short = c.text
        place = next((k for k in (4, 3, 2) if _names_a_place(short[:k])), 0)
        if len(short) - place < 3:
            continue  # 东岭集团 after 东岭医药集团: a place and a head word name no brand of their own
        longer = {
            canon
            for stem, canon in (*stems.values(), *dropped)
            if canon[1] == c.type
            and len(stem) > len(short)
            and canon[0] != short
            and stem[0] == short[0]
            and stem[-1] == short[-1]
            and short not in stem
            and _subsequence(short, stem)
            and not _kind_kept_after_dropped_words(short, stem)
        }
        if len(longer) == 1 and not _kind_of_name(short, c.type):
            moved[canon_of[c.start]] = next(iter(longer))
    if moved:
        # every mention resolved to the short name (净月高新区 already taken as 长春净月高新区) follows it
        for c in candidates:
            hit = moved.get(canon_of.get(c.start))  # type: ignore[arg-type]
            if hit is not None:
                canon_of[c.start] = hit


def _place_openings(name: str) -> list[int]:
    """Lengths of the places a name opens with (天津, 天津市, 南京江宁: a province, a city, a district without its
    level word, a city and its district), leaving four characters or more: what a short form may drop in front."""
    if name[:2] not in _city_openings() and not _names_a_place(name[:2]):
        return []  # (a cheap test first: every such opening starts with a city's or a division's first two characters)
    out = []
    for k in range(2, min(len(name) - 3, 9)):
        opening = name[:k]
        city = opening.removesuffix("市")
        if city in _CITIES or city in prefecture_cities() or _names_a_place(opening) or _place_chain(opening):
            out.append(k)
    return out


@lru_cache(maxsize=4096)
def _place_chain(opening: str) -> bool:
    """南京江宁, 江苏省南京市: places written one after another, from the larger to the smaller."""
    for k in range(min(len(opening) - 2, 6), 1, -1):
        head, rest = opening[:k], opening[k:]
        if _names_a_place(head) and (_names_a_place(rest) or rest.removesuffix("市") in prefecture_cities()):
            return True
    return False


def _kind_kept_after_dropped_words(short: str, stem: str) -> bool:
    """东岭高新技术产业园区 and 东岭现代医药高新技术产业园区: a short name that is the longer one's opening and its
    tail of four characters or more, with two or more words dropped between, keeps a whole kind after its brand:
    it is a second designation of the place, not the longer one shortened (东岭高新区 shortens the kind itself)."""
    head = 0
    while head < len(short) and short[head] == stem[head]:
        head += 1
    tail = len(short) - head
    return tail >= 4 and stem.endswith(short[head:]) and len(stem) - len(short) >= 2


_OWNER_TAIL_TYPES = frozenset(("Association", "Event", "Platform", "ResearchInstitute", "Lab"))


def _merge_tails_after_named_owner(candidates: list[Candidate], canon_of: dict) -> None:
    """东岭高新区某某服务联盟 … 某某服务联盟, 北大某某研究所 … 某某研究所: an alliance, event, platform, institute or
    lab named in full with the zone or body that runs it in front (a name the text also gives on its own), and
    elsewhere (a headline, a later paragraph) without it, is one body, when exactly one longer name of its type is
    such a name and the short one together, and the short one is no kind (创新发展大会 alone names nothing).
    Why: the owner's name is the part writers drop, so without it the short form stays a second body of the same
    kind."""
    names = {canon_of[c.start][0] for c in candidates} | {c.text for c in candidates}
    _merge_dropped_openings(candidates, canon_of, _OWNER_TAIL_TYPES, 6, names.__contains__)


def _merge_dropped_openings(
    candidates: list[Candidate],
    canon_of: dict,
    types: frozenset[str],
    min_len: int,
    opening_ok: Callable[[str], bool],
    skip_openings: tuple[str, ...] = (),
) -> None:
    """A name of ``types`` (``min_len`` characters or more, its own canonical name, not opening with
    ``skip_openings``) that exactly one longer name of its type ends with, the words before it passing
    ``opening_ok``, is that longer name, unless it names a kind (:func:`_kind_of_name`). The step
    :func:`_merge_tails_after_named_owner` and :func:`_merge_place_dropped_forms` share; they differ in what the
    dropped opening may be (a name of the text; a district or zone)."""
    _merge_short_forms(
        candidates,
        canon_of,
        types,
        min_len,
        lambda canon_by_name, c: _longer_of_type(canon_by_name, c, opening_ok),
        skip_openings,
    )


def _merge_short_forms(
    candidates: list[Candidate],
    canon_of: dict,
    types: frozenset[str],
    min_len: int,
    longer_of: Callable[[dict, Candidate], list[str]],
    skip_openings: tuple[str, ...] = (),
) -> None:
    """A name of ``types`` (``min_len`` characters or more, its own canonical name, not opening with
    ``skip_openings``) for which ``longer_of`` finds exactly one longer canonical name of the text is that name,
    unless it names a kind (:func:`_kind_of_name`): the step every merge of a short form by the words it drops
    shares (an opening: :func:`_merge_dropped_openings`; the trade between brand and head:
    :func:`_merge_trade_dropped_forms`)."""
    canon_by_name = {canon_of[c.start][0]: canon_of[c.start] for c in candidates if c.type in types}
    for c in candidates:
        if (
            c.entry is not None
            or c.type not in types
            or len(c.text) < min_len
            or canon_of[c.start][0] != c.text
            or c.text.startswith(skip_openings)
        ):
            continue
        longer = longer_of(canon_by_name, c)
        if len(longer) == 1 and not _kind_of_name(c.text, c.type):
            canon_of[c.start] = canon_by_name[longer[0]]


def _kind_of_name(text: str, type_: str) -> bool:
    """The finder's test of a generic name (工业园区, 创新发展大会, 产业联盟): words that name a kind, not one body."""
    from policykg.extract.components.decide import generic_name  # the finder's test (decide imports this module)

    return generic_name(Candidate(0, len(text), text, type_, "suffix", 0.7))


_COUNTRY_PREFIX = "中华人民共和国"


def _merge_law_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """《中华人民共和国中医药法》 … 中医药法: a national law or regulation is cited in full once and by its name
    without the country after; where the text gives the full title, the short form is that law."""
    full = {
        canon_of[c.start][0]: canon_of[c.start]
        for c in candidates
        if c.type == "Policy" and canon_of[c.start][0].startswith(_COUNTRY_PREFIX)
    }
    if not full:
        return
    for c in candidates:
        if c.type == "Policy" and not c.text.startswith(_COUNTRY_PREFIX):
            hit = full.get(_COUNTRY_PREFIX + canon_of[c.start][0])
            if hit is not None:
                canon_of[c.start] = hit


_POLICY_KEY_DROPS = str.maketrans("", "", '的“”‘’「」"')


def _merge_policy_de_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """关于印发东岭市促进康养产业发展指导意见的通知 … 《东岭市促进康养产业发展的指导意见》, 东岭市“十四五”科技规划 …
    东岭市十四五科技规划: a notice's title names the policy it hands on without the 的 of its own title, and a name
    found after its quoted short title loses the quotes; two policy names of one text that differ only in 的 and
    quotation marks are one policy, named as its own title is (the longer form, with them)."""
    best: dict[str, tuple] = {}
    for c in candidates:
        if c.type == "Policy" and c.start in canon_of and len(canon_of[c.start][0]) >= 8:
            canon = canon_of[c.start]
            key = canon[0].translate(_POLICY_KEY_DROPS)
            if key != canon[0] and len(canon[0]) > len(best.get(key, ("",))[0]):
                best[key] = canon
    if not best:
        return
    for c in candidates:
        if c.type == "Policy" and c.start in canon_of:
            hit = best.get(canon_of[c.start][0].translate(_POLICY_KEY_DROPS))
            if hit is not None and len(hit[0]) > len(canon_of[c.start][0]):
                canon_of[c.start] = hit


def _same_as_called(candidates: list[Candidate], canon_of: dict, c: Candidate, called: str) -> None:
    """X（即质询所指的“Y”）: a reply gives the body's own name X and the name Y the question used; every mention
    of Y (found as a name of its own) is X."""
    for other in candidates:
        if other.type == c.type and re.sub(r"\s+", "", other.text) == called:
            canon_of[other.start] = canon_of[c.start]


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


_PLACE_LEVEL = re.compile(r"^([\u4e00-\u9fff]{2,3})[省市]")
"""安徽省, 合肥市: a province or city of the gazetteer with its level word opens an agency's name as 上海市 does."""


def _split_agency(name: str) -> tuple[str, str] | None:
    """(jurisdiction prefix, rest) of an agency name, or None when it has no prefix."""
    m = _AGENCY_PREFIX.match(name)
    if not m:
        m = _PLACE_LEVEL.match(name)
        if m and m.group(1) not in _places() and m.group(0) not in _places():
            if m.group(0) not in _county_level_cities():
                m = None
    if not m or len(name) - m.end() < 1:
        return None
    return m.group(0), name[m.end() :]


def _abbreviates_agency(short: str, full: str) -> bool:
    """上海市科委 abbreviates 上海市科学技术委员会, 国家药监局 abbreviates 国家药品监督管理局.

    Same jurisdiction prefix, the rest starts with the same character and its
    characters appear in order in the full rest, and the head maps (委 → 委员会).
    """
    if len(short) >= len(full):
        return False
    ss, sf = _split_agency(short), _split_agency(full)
    if not ss or not sf or ss[0] != sf[0]:
        return False
    cs, cf = ss[1], sf[1]
    if len(cs) < 2 or cs[0] != cf[0]:
        return False
    heads = _FULL_HEADS.get(cs[-1])
    if not heads or not cf.endswith(heads):
        return False
    return _subsequence(cs[:-1], cf[: -len(next(h for h in heads if cf.endswith(h)))])


def _merge_agency_short_forms(candidates: list[Candidate], canon_of: dict, issuer: str | None) -> None:
    """Point an agency's short form at its full name when the document gives both (or the header does).

    Why: unknown agencies are found in both forms by the rules (上海市X委员会 in the
    header, 市X委 in the body); without the lexicon nothing else says they are one.
    """
    fulls = {canon_of[c.start][0]: canon_of[c.start] for c in candidates if canon_of[c.start][1] == "Agency"}
    if issuer and issuer not in fulls:
        fulls[issuer] = (issuer, "Agency", None)
    if len(fulls) < 2:
        return
    # only names with the same prefix and first character can match: bucket on those
    buckets: dict[tuple[str, str], list[str]] = {}
    for name in fulls:
        sp = _split_agency(name)
        if sp:
            buckets.setdefault((sp[0], sp[1][0]), []).append(name)
    target: dict[str, tuple | None] = {}
    for group in buckets.values():
        if len(group) < 2:
            continue
        for name in group:
            hits = [f for f in group if len(f) > len(name) and _abbreviates_agency(name, f)]
            target[name] = fulls[hits[0]] if len(hits) == 1 else None
    _relative_to_named_level(fulls, target)
    if not target:
        return
    for c in candidates:
        full = target.get(canon_of[c.start][0])
        if full is not None:
            canon_of[c.start] = full


def _district_split(full: str) -> tuple[str, str] | None:
    """(place prefix, rest) of a district's body named in full: 闵行区科学技术委员会 → (闵行区, 科学技术委员会),
    上海市闵行区财政局 → (上海市闵行区, 财政局); the district is a full name of the divisions table."""
    table = _places()
    at = full.find("区", 2, 10)
    while at != -1:
        for k in (4, 3, 5):
            p = table.get(full[max(0, at - k + 1) : at + 1])
            if p is not None and p.name.endswith("区") and at + 1 < len(full):
                return full[: at + 1], full[at + 1 :]
        at = full.find("区", at + 1, 10)
    return None


def _relative_to_named_level(fulls: dict[str, tuple], target: dict[str, tuple | None]) -> None:
    """市科技局 beside 临海市科学技术局, 省政府 beside 海南省人民政府: a relative form left as written (its city is
    not the document's known region) is the one body of that level the document names in full with the same
    words, whatever the place (the head word of a level is its own: 市 → 东岭市, 省 → 东岭省). Two such bodies
    (two cities' bureaus) leave it apart."""
    for name in fulls:
        if target.get(name) is not None or name[:1] not in "市省区":
            continue
        sp = _split_agency(name)
        if sp is None or sp[0] != name[0]:
            continue
        hits = []
        for full in fulls:
            fp = _district_split(full) if name[0] == "区" else _split_agency(full)
            if fp is None or len(fp[0]) < 3 or not fp[0].endswith(name[0]):
                continue
            if (
                fp[1] == sp[1]
                or _abbreviates_agency("市" + sp[1], "市" + fp[1])
                or (sp[1], fp[1]) == ("政府", "人民政府")
            ):
                hits.append(full)
        if len(hits) == 1:
            target[name] = fulls[hits[0]]


_FACULTY_TYPES = frozenset({"University", "ResearchInstitute", "Hospital"})


def _university_of_short(short: str) -> str | None:
    """香港大学 for 港大: the one university the tables know by this two-character short form."""
    hits = {x.name for x in lexicon.entries_for(short) if x.type == "University" and x.name != short}
    return next(iter(hits)) if len(hits) == 1 else None


def _merge_faculty_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """港大医学院 / 港大李嘉诚医学院 beside 香港大学李嘉诚医学院, 中大医学院 beside 香港中文大学医学院: Hong Kong
    replies and news name a faculty by its university's short form (港大, 中大, 理大 …, from the tables) and
    often leave out the donor's name. A faculty so written is the one faculty of that university in the
    document whose name ends with the same unit words, with nothing or a donor's name (three or four characters:
    李嘉诚) before them — 港大医学院 is not 港大牙医学院 — and that is written longer."""
    faculties: dict[str, list[tuple[str, str]]] = {}  # university → [(canonical name, the unit's own words)]
    shorts: dict[str, tuple[str, str]] = {}  # canonical name written with a short form → (university, unit)
    for c in candidates:
        name, ty, _ = canon_of[c.start]
        if ty not in _FACULTY_TYPES or len(name) < 5:
            continue
        uni = _university_of_short(name[:2])
        if uni is not None and not name.startswith(uni):
            faculties.setdefault(uni, []).append((name, name[2:]))
            shorts[name] = (uni, name[2:])
            continue
        for k in range(len(name) - 3, 3, -1):
            if name[k - 2 : k] == "大学" and any(
                x.type == "University" and x.name == name[:k] for x in lexicon.entries_for(name[:k])
            ):
                faculties.setdefault(name[:k], []).append((name, name[k:]))
                break
    if not shorts:
        return
    target: dict[str, tuple[str, str, str | None]] = {}
    for name, (uni, unit) in sorted(shorts.items(), key=lambda kv: -len(kv[0])):
        if len(unit) < 3 or not unit.endswith(("学院", "学系", "医院", "中心", "研究所")):
            continue
        fulls = {
            target[n][0] if n in target else n
            for n, u in faculties.get(uni, [])
            if n != name and len(n) > len(name) and u.endswith(unit) and len(u) - len(unit) in (0, 3, 4)
        }
        fulls.discard(name)
        if len(fulls) != 1:
            continue  # none, or two faculties of the university end so: keep the short form apart
        full = next(iter(fulls))
        ty = next(canon_of[c.start][1] for c in candidates if canon_of[c.start][0] == full)
        target[name] = (full, ty, None)
    for c in candidates:
        hit = target.get(canon_of[c.start][0])
        if hit is not None:
            canon_of[c.start] = hit


def _opens_a_longer_word(full: str, at: int) -> bool:
    """中山 in 中山大学附属第一医院, 上海 in 上海市第一人民医院: the short form's words go on into a university, a
    tier of government or a kind of hospital, so 中山医院 or 上海医院 is some other hospital."""
    return full.startswith(("大学", "医科", "医学", "学院"), at) or full[at : at + 1] in "市省区县第人中"


def _apply_short_forms(
    candidates: list[Candidate], canon_of: dict, type_: str, target: dict[str, tuple[str, str, str | None]]
) -> None:
    """Every mention of ``type_`` whose canonical name is a short form in ``target`` takes the full name found for
    it (the last step the hospital, laboratory and event short forms share)."""
    for c in candidates:
        hit = target.get(canon_of[c.start][0])
        if hit is not None and canon_of[c.start][1] == type_:
            canon_of[c.start] = hit


def _merge_hospital_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """东区医院 after 东区尤德夫人那打素医院, 联合医院 after 基督教联合医院: Hong Kong news and replies call a
    hospital with a long name by its first word or its last words and 医院. A hospital name so formed is the one
    longer hospital of the document that opens or ends with those words (none when two do)."""
    named = {canon_of[c.start][0] for c in candidates if canon_of[c.start][1] == "Hospital"}
    named = {n for n in named if n.endswith("医院")}
    fulls = {n for n in named if len(n) >= 7}
    if not fulls:
        return
    target: dict[str, tuple[str, str, str | None]] = {}
    for n in named:
        core = n[:-2]
        if len(core) < 2 or len(core) > 4:
            continue
        hits = {
            f
            for f in fulls
            if len(f) > len(n) + 1
            and ((f.startswith(core) and not _opens_a_longer_word(f, len(core))) or f[:-2].endswith(core))
        }
        if len(hits) == 1:
            target[n] = (next(iter(hits)), "Hospital", None)
    _apply_short_forms(candidates, canon_of, "Hospital", target)


def _merge_lab_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """华瑞实验室 after 华瑞香港精准医学检测中心实验室: news names a laboratory once in full and then by its brand
    and 实验室, as it calls 东区尤德夫人那打素医院 东区医院. A laboratory so named is the one longer laboratory of
    the document that opens with the brand (none when two do, and none when the brand is a place: 香港实验室 may
    be any laboratory in Hong Kong)."""
    named = {canon_of[c.start][0] for c in candidates if canon_of[c.start][1] == "Lab"}
    named = {n for n in named if n.endswith("实验室")}
    target: dict[str, tuple[str, str, str | None]] = {}
    for n in named:
        brand = n[:-3]
        if not 2 <= len(brand) <= 4 or _place_starts(brand, 0):
            continue
        hits = {f for f in named if len(f) >= len(n) + 2 and f.startswith(brand)}
        if len(hits) == 1:
            target[n] = (next(iter(hits)), "Lab", None)
    _apply_short_forms(candidates, canon_of, "Lab", target)


def _merge_event_short_forms(candidates: list[Candidate], canon_of: dict) -> None:
    """投洽会 after 中国国际投资贸易洽谈会, 高交会 after 中国国际高新技术成果交易会: news names a fair or a congress
    once in full and then by a word of three characters, two taken from its name in order and its last character
    (会). A name so formed is the one longer event of the document it abbreviates (none when two do)."""
    named = {canon_of[c.start][0] for c in candidates if canon_of[c.start][1] == "Event"}
    shorts = [n for n in named if len(n) == 3 and n.endswith("会")]
    if not shorts:
        return
    target: dict[str, tuple[str, str, str | None]] = {}
    for n in shorts:
        hits = {f for f in named if len(f) >= 6 and f.endswith("会") and _subsequence(n[:-1], f[:-1])}
        if len(hits) == 1:
            target[n] = (next(iter(hits)), "Event", None)
    _apply_short_forms(candidates, canon_of, "Event", target)


_BEFORE_SHORT_HOSPITAL = frozenset("的、和及与在由到往，,。；;：:（(“「 \n")
"""What may stand before a hospital's short form (九龙东的联合医院, 转介到联合医院): a word of its own ends there."""


def _hospital_tails(text: str, candidates: list[Candidate], canon_of: dict) -> list[Candidate]:
    """联合医院 after 基督教联合医院: a hospital whose name opens with its founder or owner (基督教, 东华三院) is
    called by its last two characters and 医院. The head-word finder drops such a short form when its first
    word is a verb elsewhere (联合), so its bare occurrences become the hospital's mentions when exactly one
    hospital of the document ends so and a word ends right before them."""
    owners: dict[str, set[str]] = {}
    for c in candidates:
        name, ty, _ = canon_of[c.start]
        if ty == "Hospital" and name.endswith("医院") and len(name) >= 7 and not _place_starts(name, 0):
            owners.setdefault(name[-4:], set()).add(name)  # (深圳市人民医院: a city's hospital has no owner's name)
    unique = {short: next(iter(f)) for short, f in owners.items() if len(f) == 1 and not lexicon.is_generic(short)}
    return _bare_short_forms(
        text,
        candidates,
        canon_of,
        unique,
        ("Hospital", "abbreviation:hospital"),
        lambda start, end: not start or text[start - 1] in _BEFORE_SHORT_HOSPITAL,
    )


def _bare_short_forms(
    text: str,
    candidates: list[Candidate],
    canon_of: dict[int, tuple[str, str, str | None]],
    full_of: dict[str, str],
    kind: tuple[str, str],
    fits: Callable[[int, int], bool],
) -> list[Candidate]:
    """Each bare occurrence of an undeclared short form (``full_of``: short → the one full name it stands for)
    that no candidate covers and that ``fits`` its place becomes a mention of the full name: the head-word
    finder cannot see a firm's stem or a hospital's last words as names, so they are added here (``kind``:
    entity type and rule id)."""
    if not full_of:
        return candidates
    type_, rule = kind
    covered = bytearray(len(text) + 1)
    for c in candidates:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra = []
    for short, full in full_of.items():
        for m in re.finditer(re.escape(short), text):
            if any(covered[m.start() : m.end()]) or not fits(m.start(), m.end()):
                continue
            extra.append(Candidate(m.start(), m.end(), short, type_, rule, 0.8))
            canon_of[m.start()] = (full, type_, None)
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(candidates + extra, key=_START) if extra else candidates


def resolve(
    text: str,
    original: str,
    candidates: list[Candidate],
    *,
    region: str | None,
    issuer: str | None,
    own_policy_title: str | None = None,
    reply: bool = False,
) -> Resolved:
    """Resolve candidates (already non-overlapping, in text order) into per-document entities."""
    b = _Builder(text, original, region)
    # within-document abbreviations: X（简称“Y”） / X（Y）
    abbrev: dict[str, tuple[str, str]] = {}
    known_as: dict[str, tuple[str, str]] = {}  # a known body's name → the full name its short form glosses
    canon_of: dict[int, tuple[str, str, str | None]] = {}
    lex_canon: dict[str, tuple[str, str, str | None]] = {}  # a known name recurs: resolve its surface once
    sar = _sar_of_text(text, region)
    for c in candidates:
        if c.entry is not None:
            hit = lex_canon.get(c.text)
            if hit is None:
                hit = lex_canon[c.text] = _canonical_for_lexicon(c, sar if c.text == _SAR_OWN_GOVERNMENT else region)
            canon_of[c.start] = hit
        elif c.text.startswith(_CITIES) and (hit := _city_lexicon(c.text)) is not None:
            canon_of[c.start] = (hit.name, hit.type, None)
        elif (
            c.type == "Agency"
            and c.text.startswith(("市", "区", "省"))
            and region
            and not c.text.startswith(("市场", "市级", "区域", "省级"))
        ):
            # 市科技局 in a 佛山 notice is 佛山市科技局; a district's 区… keeps its name within the city
            canon_of[c.start] = (
                _in_region(c.text, region) if c.text[0] in "市省" else c.text,
                c.type,
                None if c.text[0] in "市省" else region,
            )
        elif c.rule == "gazetteer:place":
            canon_of[c.start] = (canonical_place(c.text) or c.text, c.type, None)
        elif c.rule.startswith(SHORT_FORM_RULE):
            canon_of[c.start] = (c.rule[len(SHORT_FORM_RULE) :], c.type, None)
        else:
            canon_of[c.start] = (c.text, c.type, None)
    if region:
        _one_key_per_name(candidates, canon_of)
    _merge_city_variants(candidates, canon_of, region)
    _merge_scheme_heads(candidates, canon_of)
    issuer_entry = lexicon.agency_by_surface(issuer, region) if issuer else None
    issuer_name = issuer_entry.name if issuer_entry else issuer
    _merge_agency_short_forms(candidates, canon_of, issuer_name)
    _merge_faculty_short_forms(candidates, canon_of)
    _merge_hospital_short_forms(candidates, canon_of)
    _merge_lab_short_forms(candidates, canon_of)
    _merge_event_short_forms(candidates, canon_of)
    _merge_tails_of_longer_agencies(candidates, canon_of)
    _merge_former_names(candidates, canon_of)
    _merge_place_opened_tails(candidates, canon_of)
    _merge_tails_after_named_owner(candidates, canon_of)
    _merge_place_dropped_forms(candidates, canon_of)
    _merge_trade_dropped_forms(candidates, canon_of)
    _merge_ordered_short_forms(candidates, canon_of)
    _merge_law_short_forms(candidates, canon_of)
    _merge_policy_de_forms(candidates, canon_of)
    issuer_name = _issuer_as_resolved(candidates, canon_of, issuer, issuer_name)
    by_start = {c.start: c for c in candidates}
    for c in candidates:
        # the pattern opens with a closing mark, a space or a bracket: test that character first
        nxt = text[c.end : c.end + 1]
        if not nxt or not (nxt in _ABBREV_OPENERS or nxt.isspace()):
            continue
        m = _ABBREV_AFTER.match(text, c.end, c.end + 56)
        if not m:
            continue
        short = m.group("short").strip()
        name, ty, jur = canon_of[c.start]
        if m.group("called"):
            _same_as_called(candidates, canon_of, c, re.sub(r"\s+", "", short))
            continue
        gloss = by_start.get(m.start("short")) if _LATIN_GLOSS_RE.fullmatch(short) else None
        if gloss is not None and gloss.text == short and gloss.type != "Person" and not c.text.isascii():
            canon_of[gloss.start] = (name, ty, jur)  # 桑格研究所（Sanger Institute）: the English name is an alias
            continue
        if (
            short
            and short != c.text
            and (_is_abbreviation(short, c.text) or any(w in m.group(0) for w in _NAMED_OTHERWISE))
        ):
            abbrev.setdefault(short, (name, ty))
            known = by_start.get(m.start("short"))
            if known is not None and known.entry is not None and known.text == short and known.type == ty == "Company":
                # 甲集团总公司（甲集团）: the short form in brackets is a known firm, so its other known names (甲医药
                # 集团) are this full name too, not a second firm (only firms: a school or an institute glossed by
                # its parent's short form would take over every mention of the parent)
                known_as.setdefault(canon_of[known.start][0], (name, ty))
            if ty == "Policy" and short.startswith("《"):
                abbrev.setdefault(short.strip("《》"), (name, ty))
        elif gloss is None and ty in _GLOSSED_TYPES and _LATIN_GLOSS_RE.fullmatch(short) and not c.text.isascii():
            # 剑桥企业有限公司（Cambridge Enterprise）: a body's English name in brackets after its Chinese name is
            # another name of it even when the Latin finder, lacking an English head word, did not take it
            abbrev.setdefault(short, (name, ty))
        elif gloss is None and ty == "Person" and _LATIN_PERSON_RE.fullmatch(short) and not c.text.isascii():
            # 黄某某（Grace Wong）, 切克兰德（P·Checkland）: a person's Latin name in brackets is another name of them
            abbrev.setdefault(short, (name, ty))

    _merge_place_and_short_form(candidates, canon_of, abbrev)
    candidates = _company_stems(text, candidates, canon_of, abbrev)
    candidates = _hospital_tails(text, candidates, canon_of)
    _bare_policy_heads(candidates, canon_of, own_policy_title)
    candidates = _units_of_short_forms(text, candidates, abbrev, canon_of)
    # occurrences of abbreviations not found by the finder (和黄医药, ICN) become mentions too
    extra: list[Candidate] = []
    covered = bytearray(len(text) + 1)
    for c in candidates:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for short, (_name, ty) in abbrev.items():
        for m in re.finditer(re.escape(short), text):
            if any(covered[m.start() : m.end()]):
                continue
            # a Latin acronym must stand alone; a Chinese short form must not be inside a longer word of names
            if short.isascii() and (
                (m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum())
                or (m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalnum())
            ):
                continue
            if m.start() > 0 and (ref := CITY_REFS.match(text, m.start() - 1)) and ref.end() > m.start():
                continue  # 本港大学 is "the territory's universities": 港大 does not start inside 本港
            extra.append(Candidate(m.start(), m.end(), short, ty, "abbreviation", 0.85))
            covered[m.start() : m.end()] = b"\x01" * len(short)
    for m in COMPOUND_CHAR_REFS.finditer(text):
        for s in range(m.start(), m.end()):
            if not covered[s] and text[s] != "、":
                extra.append(Candidate(s, s + 1, text[s], "char", "ref:char-list", 0.8))
                covered[s] = 1
    gov_rx = GOVERNMENT_REF if region in _REGION_GOVERNMENTS else None
    # 全区 is the district only in a district body's own document: in a news story it may be a zone's or a region's
    district = _own_district(text) if issuer and "区" in issuer and DISTRICT_REFS.search(text) else None
    if district and issuer and district not in issuer:
        district = None
    council = _council_canon(candidates, canon_of) if _COUNCIL_FORMULA in text else None
    council_rx = COUNCIL_REF if council is not None else None
    for rx, kind in (
        (SELF_REFS, "self"),
        (council_rx, "council"),
        (CITY_REFS, "city"),
        (DISTRICT_REFS if district else None, "district"),
        (OWN_POLICY_REFS, "own"),
        (LOCAL_CHAR_REFS, "char"),
        (gov_rx, "gov"),
    ):
        if rx is None:
            continue
        for m in rx.finditer(text):
            s, e = m.start(1) if kind == "char" else m.start(), m.end(1) if kind == "char" else m.end()
            if any(covered[s:e]):
                continue
            if kind == "self" and not issuer and not (reply and _first_person_body(text, s, e)):
                continue  # 本部门 in a notice with no issuer: each addressee's own department, no one body
            if kind == "city" and (not region or (m.group() in _PROVINCE_REF and region not in _PROVINCES)):
                continue
            if kind == "own" and not own_policy_title:
                continue
            if kind == "char" and _place_starts(text, s):
                continue  # 在苏州: the character begins a city's name, it is not 江苏
            if kind == "char" and text[s] in _COMMON_CHARS and not _settles_after(text, e):
                continue  # 在新…, 在宁…: characters that are also ordinary words need a hosted act after them
            extra.append(Candidate(s, e, text[s:e], kind, "ref:" + kind, 0.8))
            covered[s:e] = b"\x01" * (e - s)

    bureau_of: dict[int, str] = {}
    if "局方" in text or ("我们" in text and region in _REGION_GOVERNMENTS):
        _bureau_refs(text, candidates, canon_of, issuer_name, region in _REGION_GOVERNMENTS, covered, extra, bureau_of)
    refs = {
        "self": (issuer_name, "Agency"),
        "city": (region, "Region"),
        "district": (district, "Region"),
        "own": (own_policy_title, "Policy"),
        "gov": (_REGION_GOVERNMENTS.get(region or ""), "Agency"),
    }
    add = b.add
    for c in sorted(candidates + extra, key=_START) if extra else sorted(candidates, key=_START):
        ty = c.type
        if c.rule == "abbreviation":
            name, ty = abbrev[c.text]
            add(c, name, ty, None)
        elif ty == "bureau":
            add(c, bureau_of[c.start], "Agency", None)
        elif ty == "council" and council is not None:
            add(c, *council)
        elif ty in refs:
            referent, ty = refs[ty]
            if referent is None and c.rule == "ref:self":
                referent = c.text  # 我局 in a reply whose header is lost: the answering body, named as it names itself
            if referent is not None:  # a reference is only found when the document names what it refers to
                add(c, referent, ty, None)
        elif ty == "Agency" and _FIRST_PERSON_BODY.fullmatch(c.text):
            add(c, issuer_name or c.text, ty, None)  # 联合我局等四部门: the finder took 我局 as a name: the issuer
        elif ty == "char":
            add(c, PROVINCE_ABBREVIATIONS[c.text], "Region", None)
        elif abbrev and c.text in abbrev and ty != "Region":
            name, ty = abbrev[c.text]
            add(c, name, ty, None)
        elif known_as and c.entry is not None and canon_of[c.start][0] in known_as:
            name, ty = known_as[canon_of[c.start][0]]
            add(c, name, ty, None)
        else:
            name, ty, jur = canon_of[c.start]
            add(c, name, ty, jur)

    _edition_aliases(text, b.original, list(b.entities.values()))
    _place_prefixed_aliases(text, b.original, list(b.entities.values()))
    res = Resolved()
    if issuer_name:
        res.issuer_id = b.entity(
            issuer_name, "Agency", _issuer_jurisdiction(issuer_name, candidates, canon_of), 0.95
        ).id
    if own_policy_title:
        res.own_policy = b.entity(own_policy_title, "Policy", None, 0.9).id
    res.entities = list(b.entities.values())
    ids = {key: e.id for key, e in b.entities.items()}
    res.entity_ids = list(ids.values())
    res.mentions = [(m, ids[key]) for m, key in b.mentions]
    return res


def _issuer_jurisdiction(issuer: str, candidates: list[Candidate], canon_of: dict) -> str | None:
    """The jurisdiction under which the text's own mentions of the issuer were resolved: where the header gave the
    issuer by a short form (发布机构：省科技厅) that resolution took to the full name (:func:`_issuer_as_resolved`),
    the issuer must be the entity those mentions made, key and all, not a second one without a jurisdiction."""
    for c in candidates:
        if c.type == "Agency" and c.text != issuer and c.start in canon_of:
            name, type_, jur = canon_of[c.start]
            if name == issuer and type_ == "Agency":
                return jur
    return None


def _bureau_refs(
    text: str,
    candidates: list[Candidate],
    canon_of: dict,
    issuer: str | None,
    in_sar: bool,
    covered: bytearray,
    extra: list[Candidate],
    bureau_of: dict[int, str],
) -> None:
    """Mentions for 局方 (see :data:`BUREAU_REF`) and, in a Hong Kong reply, the official's 我们 (:data:`WE_REF`):
    the referent of each goes in ``bureau_of`` by start."""
    bureaus = [
        (c.start, canon_of[c.start][0])
        for c in candidates
        if c.start in canon_of and canon_of[c.start][1] == "Agency" and canon_of[c.start][0].endswith("局")
    ]
    answering = issuer if issuer and issuer.endswith(("局", "署")) else None
    refs = [(m, "bureau") for m in BUREAU_REF.finditer(text)]
    if in_sar and answering:
        refs += [(m, "we") for m in WE_REF.finditer(text)]
    refs.sort(key=lambda r: r[0].start())
    if not refs:
        return
    voices = _voices(text)
    for m, kind in refs:
        s, e = m.start(), m.end()
        line_start = text.rfind("\n", 0, s) + 1
        speaker = voices[bisect_right(voices, (line_start, "~")) - 1][1]
        if any(covered[s:e]):
            continue
        referent = answering
        if kind == "we":
            if speaker != "official":
                continue
        elif text[s - 2 : s] != "我们" and speaker != "member":
            named = [name for start, name in bureaus if line_start <= start < s]
            if named:
                referent = named[-1]
        if referent is None:
            continue
        extra.append(Candidate(s, e, text[s:e], "bureau", "ref:" + kind, 0.75))
        covered[s:e] = b"\x01" * (e - s)
        bureau_of[s] = referent


def _voices(text: str) -> list[tuple[int, str]]:
    """(line start, who speaks from there on: "member", "official" or ""), one row per change of speaker."""
    out = [(0, "")]
    pos = 0
    for line in text.split("\n"):
        if _MEMBER_LINE.match(line):
            out.append((pos, "member"))
        elif _OFFICIAL_LINE.match(line):
            out.append((pos, "official"))
        pos += len(line) + 1
    return out


_COMPANY_FORM = re.compile(rf"(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?(?:{alternation(LEGAL_FORMS)})$")
_GROUP_FORM = re.compile(r"集团$")
"""A group's name (华瑞基因集团): news calls it by the stem before 集团 (华瑞基因) as it does a firm by the stem before
its legal form."""
_SEAT = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")
"""A seat in brackets after a stem (华瑞基因（香港）): the group's subsidiary registered there."""


_GROUP_TRADE_WORDS = (
    "基因",
    "医药",
    "医学",
    "生物",
    "生命",
    "医疗",
    "制药",
    "药业",
    "健康",
    "科技",
    "控股",
    "实业",
    "投资",
)
"""Trade words a group's short form drops, as many as end its stem (瑞衡基因科技集团 → 瑞衡集团); unlike
_STEM_TRADE_WORDS, which drops one from a firm's stem, all of them go, since news keeps only the brand with 集团."""


def _group_brand_forms(stems: set[str]) -> set[str]:
    """深圳瑞衡基因科技集团 → 瑞衡集团: news names a group by its brand (the stem without its seat and trade
    words) and 集团 again. The brand must be two characters or more and no place (上海医药集团 gives no 上海集团)."""
    out = set()
    places = lexicon.region_prefixes()
    for st in stems:
        brand = st
        while True:
            w = next((w for w in _GROUP_TRADE_WORDS if brand.endswith(w) and len(brand) > len(w)), None)
            if w is None:
                break
            brand = brand[: -len(w)]
        if brand != st and len(brand) >= 2 and not brand.startswith(places) and not lexicon.is_generic(brand):
            out.add(brand + "集团")
    return out


def _seated_subsidiaries(stem: str, fulls: set[str]) -> dict[str, str]:
    """Seat in brackets → the firm named stem + seat + legal form (华瑞基因（香港）有限公司 under 华瑞基因集团)."""
    out = {}
    for f in fulls:
        at = _SEAT.match(f, len(stem)) if f.startswith(stem) else None
        if at is not None and _COMPANY_FORM.search(f):
            out[at.group()] = f
    return out


_STEM_TRADE_WORDS = ("科技", "控股", "器械", "技术", "用品")  # 某某生物技术有限公司 is 某某生物 in news, as 某某科技 is
_STEM_AFTER = re.compile(
    r"[，。、；：:！？（(“”\"」\s]|表示|宣布|称|指|说|的|与|和|及|在|于|已|将|亦|也|是|等|并|今|昨|会|正|还|对|向|为|则|获|由|"
    r"共同|计划|目前|旗下|成立|推出|研发|开发|认定|主席|董事|总裁|行政总裁|首席|总经理|创办人|创始人|负责人|发言人|仍|主营|$"
)
"""What may follow a firm's short form: punctuation, a function word, a verb of saying or acting, an office of the
firm (康瑞生物行政总裁…); anything else may be the firm's stem opening a longer name of some other thing."""


def _company_stems(
    text: str,
    candidates: list[Candidate],
    canon_of: dict[int, tuple[str, str, str | None]],
    abbrev: dict[str, tuple[str, str]],
) -> list[Candidate]:
    """A firm named in full (康瑞生物科技有限公司, 研诺逻辑科技有限公司) and later by its stem (康瑞生物, 研诺逻辑科技):
    news and reports shorten a firm's registered name by its legal form (有限公司, 股份有限公司, a seat in brackets)
    and a trailing trade word (科技, 控股) without declaring the short form. A stem of four characters or more that
    stems exactly one firm of the document is that firm: its bare occurrences followed by what may follow a name
    become the firm's mentions, and a candidate of the same text (康瑞生物行政总裁) resolves to it."""
    owners: dict[str, set[str]] = {}
    for c in candidates:
        if c.type != "Company" or c.entry is not None:
            continue
        m = _COMPANY_FORM.search(c.text) or _GROUP_FORM.search(c.text)
        if m is None:
            continue
        base = c.text[: m.start()]
        if m.re is _COMPANY_FORM and base.endswith("集团") and _SEAT.match(c.text, len(base)):
            continue  # 东岳集团（香港）有限公司: the bare 东岳集团 is the group itself, the seated firm its subsidiary
        stems = {base}
        grouped = m.re is _COMPANY_FORM and base.endswith("集团") and len(base) > 2
        if grouped:
            stems.add(base[:-2])  # 华研医疗集团有限公司 → 华研医疗: news drops the group word with the legal form
        seat = max((p for p in lexicon.region_prefixes() if base.startswith(p)), key=len, default="")
        if seat:
            stems.add(base[len(seat) :])  # 深圳某某基因股份有限公司 → 某某基因: the seat goes with the legal form
        for st in list(stems):
            for w in _STEM_TRADE_WORDS:
                if st.endswith(w):
                    stems.add(st[: -len(w)])
        if m.re is _GROUP_FORM or grouped:
            stems |= _group_brand_forms(stems)
        full = canon_of[c.start][0]
        for st in stems:
            if len(st) >= 4 and not lexicon.is_generic(st) and not st.startswith(("中国", "国家")):
                owners.setdefault(st, set()).add(full)
    if not owners:
        return candidates
    covered = bytearray(len(text) + 1)
    for c in candidates:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra = []
    # 宏川医药集团股份有限公司, then 宏川医药集团 and 宏川医药: the group's stem owns the bare group name, which is
    # itself the stem of the registered firm, so the stem's owner is that firm
    single = {st: next(iter(fulls)) for st, fulls in owners.items() if len(fulls) == 1}
    owners = {st: {single.get(f, f) if single.get(f, f) != st else f for f in fulls} for st, fulls in owners.items()}
    for st, fulls in owners.items():
        seated = _seated_subsidiaries(st, fulls)
        if st in abbrev:
            continue
        if len(fulls) != 1:
            groups = [f for f in fulls - set(seated.values()) if _GROUP_FORM.search(f)]
            if len(groups) != 1 or len(fulls) != 1 + len(seated):
                continue  # two firms share the stem and neither is the group over the others: no owner
            # 华瑞基因集团 and its 华瑞基因（香港）有限公司: the bare stem is the group, with a seat the subsidiary
            full = groups[0]
        else:
            full = next(iter(fulls))
        for i, c in enumerate(candidates):
            if c.text == st and c.type == "Company":
                canon_of[c.start] = (full, "Company", None)
            elif c.type != "Company" and c.entry is None and c.text.startswith(st):
                halves = _stem_and_partner(c, st)
                if halves is not None:
                    # 康瑞生物与南方医院合作: the finder grew the partner's name over the firm's stem and 与
                    candidates[i] = halves[1]
                    extra.append(halves[0])
                    canon_of[halves[0].start] = (full, "Company", None)
                    canon_of[halves[1].start] = (halves[1].text, c.type, canon_of[c.start][2])
        for m in re.finditer(re.escape(st), text):
            if any(covered[m.start() : m.end()]):
                continue
            seated_at = _SEAT.match(text, m.end())
            owner, end = full, m.end()
            if seated_at is not None and seated_at.group() in seated:
                owner, end = seated[seated_at.group()], seated_at.end()  # 华瑞基因（香港）: the subsidiary of that seat
            if not _STEM_AFTER.match(text, end) and not _acts_after(text, end):
                continue
            extra.append(Candidate(m.start(), end, text[m.start() : end], "Company", "abbreviation:firm", 0.8))
            canon_of[m.start()] = (owner, "Company", None)
            covered[m.start() : end] = b"\x01" * (end - m.start())
    return sorted(candidates + extra, key=_START) if extra else candidates


_ACTING_TAGS = frozenset({"v", "d", "t"})
"""Tags of a word that makes the name before it the subject of a clause: a verb, an adverb, a time word."""


def _acts_after(text: str, at: int) -> bool:
    """A firm's stem followed by a verb, an adverb or a time word (康瑞生物主营…, 康瑞生物发行约N股, 康瑞生物近日…,
    康瑞生物仍…): the firm is the subject of what follows, not the opening of a longer name. The first word of the
    next few characters decides (a noun, 康瑞生物科技园, does not)."""
    words = lexical.cut(text[at : at + 6])
    return bool(words) and lexical.tag(words[0]) in _ACTING_TAGS


def _stem_and_partner(c: Candidate, stem: str) -> tuple[Candidate, Candidate] | None:
    """A candidate reading STEM与NAME (康瑞生物与南方医院) where STEM is a firm's stem and NAME a name with a head of
    its own: the firm's mention and its partner's name, split at the coordinator."""
    joint = c.text[len(stem) : len(stem) + 1]
    rest = c.text[len(stem) + 1 :]
    if joint not in ("与", "和", "及") or len(rest) < 4 or lexicon.suffix_of(rest) is None:
        return None
    at = c.start + len(stem) + 1
    return (
        Candidate(c.start, c.start + len(stem), stem, "Company", "abbreviation:firm", 0.8),
        Candidate(at, c.end, rest, c.type, c.rule, c.confidence),
    )


_BARE_POLICY_HEAD = re.compile(
    r"(?:规划|发展|实施|行动|试点|指导)?(?:纲要|意见|方案|条例|办法|规划|细则|协议|决定|措施|规定|计划|通知)"
)


def _bare_policy_heads(
    candidates: list[Candidate], canon_of: dict[int, tuple[str, str, str | None]], own_title: str | None
) -> None:
    """《纲要》 after 《南湖湾区发展规划纲要》, 《意见》 after 《关于…的意见》: a title that is only a policy's head
    word, with no declared short form, is the policy named before it whose title ends with that word (the nearest,
    else the document's own title). A head word that no policy of the document ends with stays what it was."""
    seen: list[str] = []
    for c in candidates:
        if c.type != "Policy":
            continue
        name = canon_of[c.start][0]
        if _BARE_POLICY_HEAD.fullmatch(c.text):
            full = next((n for n in reversed(seen) if n.endswith(c.text) and len(n) > len(c.text)), None)
            if full is None and own_title and own_title.endswith(c.text) and len(own_title) > len(c.text):
                full = own_title
            if full is not None:
                canon_of[c.start] = (full, "Policy", None)
                continue
        seen.append(name)


_UNIT_HEADS = ("办公室", "秘书处")


def _units_of_short_forms(
    text: str,
    candidates: list[Candidate],
    abbrev: dict[str, tuple[str, str]],
    canon_of: dict[int, tuple[str, str, str | None]],
) -> list[Candidate]:
    """X工作小组（下称试点工作小组）… 试点工作小组办公室: the short form with a unit head names the full form's
    unit, where the head-word finder cut it at a word it took for a verb or a modifier (工作小组办公室)."""
    units = [(short, full) for short, (full, ty) in abbrev.items() if ty == "Agency" and not short.isascii()]
    if not units:
        return candidates
    out = list(candidates)
    for short, full in units:
        for m in re.finditer(re.escape(short) + "(" + "|".join(_UNIT_HEADS) + ")", text):
            inside = [c for c in out if c.start < m.end() and m.start() < c.end]
            if any(c.start < m.start() or c.end > m.end() for c in inside):
                continue  # part of a longer name
            out = [c for c in out if c not in inside]
            unit = Candidate(m.start(), m.end(), m.group(), "Agency", "abbreviation:unit", 0.85)
            out.append(unit)
            canon_of[m.start()] = (full + m.group(1), "Agency", None)
    out.sort(key=_START)
    return out


# Patterns used inside the functions above, compiled once at import (not looked up in
# the ``re`` cache on every call: these run per mention, per sentence or per line).
_GLOSSED_TYPES = frozenset(
    {"Agency", "University", "ResearchInstitute", "Lab", "Company", "Platform", "Association", "Hospital"}
    | {"Program", "Policy"}
)
"""Bodies, programmes and acts (《拜杜法案》（Bayh-Dole Act）), whose bracketed English gloss names them (a
term's gloss, 合成生物学（Synthetic Biology）, follows no name of these types)."""
_LATIN_GLOSS_RE = re.compile(r"[A-Z][A-Za-z.&'\-]*(?: [A-Za-z.&'\-]+){1,6}")
"""An English name of two or more words (Sanger Institute), as written in brackets after a Chinese name."""
_LATIN_PERSON_RE = re.compile(r"[A-Z][A-Za-z'\-]*\.?(?:[ ·.]{1,2}[A-Z][A-Za-z'\-]*\.?){0,3}|[A-Z][a-z]{2,}")
"""A person's name in Latin letters (Grace Wong, P·Checkland, Boulding): capitalised parts; one part alone must
be a word, not an acronym."""
_LATIN_ACRONYM_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]{1,15}")
