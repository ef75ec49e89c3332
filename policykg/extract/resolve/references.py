"""Words that point at a body instead of naming it (我委, 本市, 本港, 政府 in a Hong Kong text, 本会), the
province abbreviations, the document's own jurisdiction they resolve against, and the builder that turns
candidates into mentions and entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import county_level_cities as _county_level_cities
from policykg.extract.components.gazetteer import facts_rows, prefecture_cities
from policykg.extract.components.gazetteer import places as _places
from policykg.extract.names import Candidate
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
    raise ImportError("policykg.model Mention/Entity fields changed: update resolve.references._Builder.add")


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
