"""Where a name grown leftwards from its head word stops: stop words, terms that hold a stop word, words
astride a boundary, places that open a longer name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.names.words import (
    _FIELD_OPENINGS,
    _TRADE_NAME_BEFORE,
    CJK,
    STOP_SET,
    STOP_WORDS,
    SURNAMES,
    only_modifiers,
    titles_before_names,
)


def _trade_name_before(t: str, k: int) -> bool:
    """The 与 at ``k`` follows a short trade name that opens the clause (某某医疗与Y医院签约, 某某生物与Y大学共建): the
    firm is the first partner and the name after 与 opens there. Why: news names firms by trade names without a
    legal form, and a hospital or university known by a short name (某山医院) has no place before it to stop the
    leftward scan, so the two partners were read as one hospital. A name that holds 与 (生物与医药学院) has a
    school or a field before it, not a trade name opening a clause."""
    m = _TRADE_NAME_BEFORE.search(t, max(0, k - 8), k)
    if m is None:
        return False
    core = m.group(1)
    return not (
        core.endswith(_FIELD_OPENINGS)  # 中医药, 生物医药: a field, not a trade
        or only_modifiers(core)
        or lexicon.suffix_of(core) is not None
        or core in lexicon.region_prefixes()
        or any(_stop_before(core, j, 0) for j in range(1, len(core) + 1))
    )


def _lengths_by_last_char() -> dict[str, tuple[int, ...]]:
    by_last: dict[str, set[int]] = {}
    for w in STOP_WORDS:
        by_last.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}


_STOP_BY_LAST = _lengths_by_last_char()
"""Stop-word lengths keyed by their last character: most characters end no stop word,
so the common case is one dictionary miss instead of a slice per possible length."""


_TERMS_OPENING_WITH_STOP: dict[str, tuple[str, ...]] = {
    "特别": ("特别行政区", "特别合作区", "特别试验区"),
    "计划": ("计划生育",),
}
"""Stop words that open a fixed term of a name: 特别 is the adverb "especially" but not in
香港特别行政区政府统计处, which stays whole as 香港特区政府统计处 does, nor in the zones plans name
X特别合作区 / X合作特别试验区 (a zone two places run together). 计划 ("plans to") opens 计划生育 (family planning), the field of
the family-planning associations every level of government has (X区计划生育协会, 中国计划生育协会) and of the health
commissions of 2013-2018 (X卫生和计划生育委员会)."""

_TERMS_HOLDING_STOP: dict[str, tuple[str, ...]] = {
    "有": ("国有资产",),
    "以": ("中以联合", "美以联合", "中以创新园", "中以国际"),
}
"""Stop words inside a fixed term of a name: 有 ("has") is the second character of 国有 ("state-owned"), and every
city and province has its X国有资产监督管理委员会 (X人民政府国有资产监督管理委员会): the leftward scan must not cut
it to 资产监督管理委员会. Only 国有资产 is listed: 国有资本投资运营公司 is a kind of firm, not a name. 以 is Israel's
short form after 中 or 美 in the names of joint sites (中以创新园, 中以国际创新村, 中美以联合孵化器), where the
preposition 以 would cut the partners off; only these openings are listed (其中以科技型企业为主 keeps its stop)."""


def _inside_term(text: str, pos: int, stop: str) -> bool:
    """The stop word ``stop`` ending at ``pos`` is part of one of the fixed terms that open a name."""
    start = pos - len(stop)
    for term in _TERMS_OPENING_WITH_STOP.get(stop, ()):
        if text.startswith(term, start):
            return True
    for term in _TERMS_HOLDING_STOP.get(stop, ()):
        at = term.index(stop)
        if start - at >= 0 and text.startswith(term, start - at):
            return True
    return False


_DATELINE_ENDS = frozenset(("日电", "日讯", "日消息"))
"""Stop words that end a news dateline only after the digits of its date (3月5日电): elsewhere 日电 may sit inside a
name (中日电子…), which the scan must not cut."""

AFTER_DATE_WORDS = frozenset("话视子池脑")
"""Characters that make 日电 after a date the start of a word (12日电话会见, 5日电视讲话): no dateline ends there."""


def _stop_before(text: str, pos: int, floor: int) -> int:
    """Length of the longest stop word ending exactly at ``pos`` (0 if none); set lookups, no scan."""
    if pos <= floor:
        return 0
    lengths = _STOP_BY_LAST.get(text[pos - 1])
    if lengths is None:
        return 0
    for n in lengths:
        if pos - n >= floor and text[pos - n : pos] in STOP_SET:
            word = text[pos - n : pos]
            if _inside_term(text, pos, word):
                continue
            if word in _DATELINE_ENDS and (
                not text[pos - n - 1 : pos - n].isdigit() or text[pos : pos + 1] in AFTER_DATE_WORDS
            ):
                continue
            return n
    return 0


def _place_opening_with(text: str, start: int, pos: int) -> bool:
    """A place from the region table starts at ``start`` and runs past ``pos``: the stop word before ``pos``
    (以 in 以色列) is the first character of the place's name, so a name grown leftwards keeps it."""
    return any(lexicon.region_entry(text[start : start + n]) is not None for n in range(pos - start + 1, 5))


@dataclass(frozen=True)
class _LexDerived:
    """Per-lexicon tables the finder consults on every document, built once per lexicon."""

    suffix_set: frozenset[str]
    suffix_lengths: tuple[int, ...]
    quote_follow: re.Pattern[str]


_DERIVED: dict[int, tuple[lexicon.Lexicon, _LexDerived]] = {}


def _derived(lex: lexicon.Lexicon) -> _LexDerived:
    """Tables derived from ``lex``; rebuilt when the lexicon object changes (``exclude_entries``)."""
    hit = _DERIVED.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    suffix_set = frozenset(x.text for x in lex.suffixes if len(x.text) >= 2)
    heads = "|".join(re.escape(s.text) for s in lex.suffixes if len(s.text) >= 2)
    d = _LexDerived(
        suffix_set,
        tuple(sorted({len(x) for x in suffix_set}, reverse=True)),
        re.compile(rf"([{CJK}A-Za-z0-9]{{0,8}}?)({heads})"),
    )
    _DERIVED.clear()
    _DERIVED[id(lex)] = (lex, d)
    return d


def _plain_run_pattern() -> re.Pattern[str]:
    excluded = sorted(ord(c) for c in _STOP_BY_LAST if "\u4e00" <= c <= "\u9fff")
    ranges = [
        (lo, hi)
        for lo, hi in zip([0x4E00] + [e + 1 for e in excluded], [e - 1 for e in excluded] + [0x9FFF])
        if lo <= hi
    ]
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]*")


_PLAIN_RUN = _plain_run_pattern()
"""A run of ideographs none of which ends a stop word: what :meth:`_Finder.left_boundary` skips
without a test per character (matched on the reversed text, i.e. leftwards)."""


_PERSON_WORD_TAGS = frozenset({None, "nr", "nrfg", "nrt"})
"""A person's name is unknown to the dictionary or known as a name: 高级 (研究员) is an adjective."""


_COUNT_IN_BRACKETS = re.compile(r"[（(][0-9][0-9.,]*[%\u4e00-\u9fff]?[）)]\Z")
"""（374件）, (27): brackets that hold only a count or share, as tables and rankings give after a name."""
_LATIN_TITLE_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){0,4}(?: [0-9]{1,4})? ?\Z")
"""Capitalised Latin words, maybe numbered, ending where a Chinese head starts (Bio Expo 政通汇, Asia Awards 18论坛)."""


_JOINING_DASHES = "—–－-"
"""Dashes that plans write between two places a name joins (中国—东盟, 广州—深圳—香港): one, not the
doubled —— that opens an aside. The ASCII hyphen is written the same way (中国-东盟信息港股份有限公司); between
ordinary words (投入-产出) :func:`_joins_two_words` still reads it as punctuation."""


@lru_cache(maxsize=1)
def _province_abbreviations() -> frozenset[str]:
    """One-character province names (粤, 港, 澳): two of them in a row name the places together (港澳, 粤港澳).
    The table is read once, by resolve (imported here, not at the top: resolve imports this module)."""
    from policykg.extract.resolve import PROVINCE_ABBREVIATIONS

    return frozenset(PROVINCE_ABBREVIATIONS)


_EACH_AFTER_SUBJECTS = ("都", "均", "分别", "各自", "也都")
"""Adverbs that spread an act over several subjects: right after a name grown across 和/与/及 they show the
conjunction joins two subjects, not two words of one name."""


def _joins_partners(t: str, pos: int, head: int) -> bool:
    """浙大—华为联合创新中心, 东岭—南湖联合实验室: a single dash between two short partner names before 联合 and
    the head joins the partners of one joint unit, whose name holds both."""
    if pos < 1 or pos + 1 >= len(t) or t[pos - 1] in _JOINING_DASHES or t[pos + 1] in _JOINING_DASHES:
        return False
    k = t.find("联合", pos + 1, head + 1)
    return 2 <= k - pos - 1 <= 8 and "\u4e00" <= t[pos - 1] <= "\u9fff" and "\u4e00" <= t[pos + 1] <= "\u9fff"


_OWNER_WORDS = frozenset({"政府", "特区", "当局", "本港", "本澳"})
"""Nouns that say whose a bureau is (特区政府教育局), not what field it covers."""


def _field_before_bare_bureau(t: str, start: int, surface: str, e: lexicon.LexEntry) -> bool:
    """A bureau whose whole name is three characters ending in 局 (Hong Kong's 发展局, 教育局) written right after a
    two-character common noun or attribute (经济发展局, 社会发展局, 高等教育局): the noun is the first half of another
    bureau's name, such as the economic development bureaus of mainland development zones and of the Hengqin
    cooperation zone, which the text names in its short form; Hong Kong's bureau is not meant."""
    if len(surface) != 3 or surface != e.name or not surface.endswith("局") or start < 2:
        return False
    before = t[start - 2 : start]
    return before not in _OWNER_WORDS and lexical.tag(before) in ("n", "b", "vn")


def _astride_two_words(t: str, start: int, end: int) -> bool:
    """The two characters of a short form at ``start:end`` each make a dictionary word with their outer neighbour
    (处|理大|量: 处理 and 大量): the text reads as those two words, so it does not name the body (理大). One side
    alone is not enough: 城大学生 is 城大 and 学生 though 大学 is a word."""
    if start < 1 or end >= len(t):
        return False
    words = lexical.tags()
    return t[start - 1 : start + 1] in words and t[end - 1 : end + 1] in words


_LANDMARK_HEADS = frozenset("桥站路街")
"""港珠澳大桥, 港大站: a body's two-character short form right before one of these is part of a bridge's, a
station's or a road's name."""


def opens_place_word(t: str, start: int) -> bool:
    """A dictionary word of three or four characters tagged as a place starts at ``start`` (澳大利亚, a country):
    a two-character short form read there (澳大, 澳门大学) is only that word's first half. (Places only: 国办发,
    an issuing number's prefix, is a dictionary word that 国办 rightly opens.)"""
    return any(lexical.tag(t[start : start + k]) == "ns" for k in (4, 3) if start + k <= len(t))


def astride_common_words(t: str, start: int, end: int) -> bool:
    """Like :func:`_astride_two_words` for a place's full name (其中|国家级, 集中|国内): both seams are common
    words, neither a proper one (北京|市 keeps 北京: 京市 is tagged a place), so the text reads as those words and
    does not name the place (其中国家级园区5个 counts zones of a grade, it does not speak of China)."""
    if start < 1 or end >= len(t):
        return False
    left, right = lexical.tag(t[start - 1 : start + 1]), lexical.tag(t[end - 1 : end + 1])
    return (
        left is not None and right is not None and left not in lexical.PROPER_TAGS and right not in lexical.PROPER_TAGS
    )


_FUNCTION_SURNAMES = frozenset("和与同向于由从为经时")
"""Surnames that are also prepositions or conjunctions (和香港教授, 由上海市长): before a place they join it."""


@lru_cache(maxsize=1)
def _strategy_names() -> tuple[str, ...]:
    """National strategies named "X中国" (健康中国, 数字中国), from ``resources/facts/national_strategies.tsv``."""
    text = (
        resources.files("policykg.resources").joinpath("facts", "national_strategies.tsv").read_text(encoding="utf-8")
    )
    return tuple(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _strategy_prefixes() -> frozenset[str]:
    """健康, 数字, 美丽: what the national strategies put before 中国; before a province or city they name its own
    edition of the strategy (健康上海行动, 数字福建建设), which local plans and work reports carry."""
    return frozenset(n[: -len("中国")] for n in _strategy_names() if n.endswith("中国") and len(n) == 4)


_LOCAL_EDITION_AFTER = ("建设", "行动", "战略", "·", "”", "、")
"""What follows a local edition's name (健康上海建设, 健康青海·幸福海南, “数字福建”)."""


def local_strategy_edition(t: str, start: int, end: int) -> bool:
    """The place at ``start:end`` names a province's or city's edition of a national strategy (健康上海建设,
    “健康青海·…”): the strategy is spoken of, not the place. Both the lexicon and the gazetteer ask it."""
    return start >= 2 and t[start - 2 : start] in _strategy_prefixes() and t.startswith(_LOCAL_EDITION_AFTER, end)


def _place_inside_other_words(t: str, start: int, end: int) -> bool:
    """The place name at ``start:end`` is read out of a longer name that is not a place: a national strategy
    (健康中国行动, 建设数字中国: the strategy, not the country, is spoken of) or a person's given name after a
    surname, with a title right after it (钟南山院士, 王南山教授: a person, not 南山区)."""
    surface = t[start:end]
    if surface == "中国":
        return any(t.startswith(name, end - len(name)) for name in _strategy_names() if end >= len(name))
    if local_strategy_edition(t, start, end):
        return True
    if len(surface) != 2 or start < 1 or t[start - 1] not in SURNAMES or t[start - 1] in _FUNCTION_SURNAMES:
        return False
    if start >= 2 and "\u4e00" <= t[start - 2] <= "\u9fff" and lexical.tag(t[start - 2 : start]) is not None:
        return False  # 市南山区, 深圳南山: the character before belongs to a word, not a surname standing alone
    return t.startswith(titles_before_names(), end)


def _alnum_token_start(t: str, end: int, floor: int) -> int:
    """Start of the run of ASCII letters and digits that ends at ``end`` (G60 in G60科创走廊)."""
    j = end
    while j > floor and t[j - 1].isascii() and t[j - 1].isalnum():
        j -= 1
    return j
