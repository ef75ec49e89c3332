"""The lexicon of general facts the extractor relies on, loaded once from ``data/``.

Why a data folder rather than code: agency names, their standard abbreviations,
suffix heads and the generic-term stoplist change as the corpus grows, and a
policy analyst can extend a TSV without touching the rules. Everything here is a
public fact (an agency's official name and its usual short form), never a name
picked from an annotated document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick

CITIES = ("上海", "深圳", "香港", "北京", "广州", "澳门", "天津", "重庆", "杭州", "南京", "苏州", "成都", "武汉")
"""Cities whose documents speak of 市X / 本市 relative to themselves."""

RELATIVE_PREFIXES = ("市", "区", "省")
"""Surface forms starting with these (市科委, 市政府) only make sense relative to a city."""


@dataclass(frozen=True)
class LexEntry:
    """One known entity: canonical name, type, home jurisdiction and the surface forms that denote it."""

    name: str
    type: str
    jurisdiction: str | None
    aliases: tuple[str, ...] = ()
    local_aliases: frozenset[str] = frozenset()
    """Aliases that are also ordinary words (科技园, 警方, 预算案): they name this entry only in documents of
    its own jurisdiction. Written with a leading @ in the tables."""
    former: tuple[str, ...] = ()
    """Names of the same body before it was renamed (创新及科技局 of 创新科技及工业局), written with a leading ~ in
    the tables: each stays a body of its own (its own row, for the documents of its time), and is this one in a
    document that names both."""

    def surfaces(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class Suffix:
    """A head word that ends names of one type (医院 → Hospital) and the shortest name it may end; a head a
    jurisdiction must open (局, 组织部: bodies of a government or Party committee) says so."""

    text: str
    type: str
    min_len: int
    needs_jurisdiction: bool = False
    house: bool = False
    """The head names a firm only after a house name of four characters at most (南湖创投, ABC创投): a longer run
    before it is a clause that ends in a kind of thing (东岭市引导国资创投 names no firm)."""


@dataclass
class Lexicon:
    entries: list[LexEntry] = field(default_factory=list)
    regions: list[LexEntry] = field(default_factory=list)
    suffixes: list[Suffix] = field(default_factory=list)
    generic: frozenset[str] = frozenset()
    by_surface: dict[str, list[LexEntry]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None


def _rows(name: str) -> list[list[str]]:
    text = resources.files("policykg.resources").joinpath("lexicon", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n").split("\t"))
    return out


_PARTY = "中国共产党"
_PARTY_SHORT = "中共"
_STATE = "中华人民共和国"
_STATE_SHORT = "国家"


def _entries(name: str) -> list[LexEntry]:
    out = []
    for row in _rows(name):
        row += [""] * (4 - len(row))
        raw = [a for a in row[3].split("|") if a and not a.startswith("~")]
        former = tuple(a[1:] for a in row[3].split("|") if a.startswith("~"))
        local = frozenset(a[1:] for a in raw if a.startswith("@"))
        aliases = tuple(a.lstrip("@") for a in raw)
        if row[0].startswith(_PARTY):
            # 中共 is the standard short form of 中国共产党: 中共上海市委 is written as often as 上海市委
            extra = [_PARTY_SHORT + row[0][len(_PARTY) :]] + [
                _PARTY_SHORT + a for a in aliases if len(a) >= 3 and not a.startswith((_PARTY_SHORT, "党"))
            ]
            aliases += tuple(x for x in extra if x not in aliases)
        if row[0].startswith(_STATE):
            # a ministry of the State Council is also written with 国家 before its short form (国家科技部,
            # 國家教育部): usual in Hong Kong and Macao releases and in news, where 中华人民共和国 is never written
            extra = [_STATE_SHORT + a for a in aliases if a.endswith("部") and not a.startswith(_STATE_SHORT)]
            aliases += tuple(x for x in extra if x not in aliases)
        out.append(LexEntry(row[0], row[1], row[2] or None, aliases, local, former))
    return out


AGENCY_TABLES = (
    "agencies_cn_national.tsv",
    "agencies_hk.tsv",
    "agencies_mo.tsv",
    "agencies.tsv",
    "known.tsv",
    "hospitals_hk.tsv",
    "international_organisations.tsv",
    "parks_cn.tsv",
    "agencies_foreign.tsv",
)
"""Tables of named bodies; every row ends with the source of its fact."""

REGION_TABLE = "regions.tsv"
"""Places the lexicon matches itself, with aliases the gazetteer's maintained packages do not give (我国, 内地, 鹏城,
大湾区, 长三角, 欧盟): name, aliases and the source of the fact, like the agency tables."""

WORD_LISTS = ("generic.tsv", "suffixes.tsv")
"""Tables of ``resources/lexicon`` that hold words of the language (generic heads, name suffixes), not facts
about the world; every other table there and under ``resources/facts`` names a source in its last column."""


def _all_entries() -> list[LexEntry]:
    return [e for name in AGENCY_TABLES for e in _entries(name)]


_EXCLUDED: frozenset[str] = frozenset()
"""Surfaces whose entries are left out (evaluation only: see :func:`exclude_entries`)."""


def exclude_entries(surfaces: frozenset[str] | set[str]) -> int:
    """Leave out every agency/institution entry one of whose surfaces is in ``surfaces``.

    Why: to estimate how the rules do on names the lexicon does not know, the
    development benchmark removes what the annotated documents name and scores
    again. Region names are kept (a place list is not knowledge of the documents).
    Clears this module's caches; callers must clear caches built on top of it.
    Returns how many entries were left out.
    """
    global _EXCLUDED
    _EXCLUDED = frozenset(surfaces)
    for cached in (load, suffix_automaton, region_prefixes, _suffix_table, renamed):
        cached.cache_clear()
    full = len(_all_entries())
    return full - len(load().entries)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Build the lexicon and its Aho-Corasick automaton (cached: built once per process)."""
    lex = Lexicon()
    lex.entries = [e for e in _all_entries() if not _EXCLUDED.intersection(e.surfaces())]
    for row in _rows(REGION_TABLE):
        row += [""] * (3 - len(row))  # name, aliases, source (the source documents the row; nothing reads it)
        aliases = tuple(a for a in row[1].split("|") if a)
        lex.regions.append(LexEntry(row[0], "Region", row[0], aliases))
    lex.suffixes = sorted(
        (
            Suffix(
                r[0],
                r[1],
                int(r[2]) if len(r) > 2 and r[2] else 3,
                len(r) > 3 and r[3] == "jurisdiction",
                len(r) > 3 and r[3] == "house",
            )
            for r in _rows("suffixes.tsv")
        ),
        key=lambda s: -len(s.text),
    )
    lex.generic = frozenset(r[0] for r in _rows("generic.tsv"))
    auto = ahocorasick.Automaton()
    for e in lex.entries + lex.regions:
        for s in e.surfaces():
            lex.by_surface.setdefault(s, []).append(e)
    for s, es in lex.by_surface.items():
        if len(s) >= 2:
            # the value carries what every hit needs, so the scan makes no further look-ups
            auto.add_word(s, (s, es[0], s.isascii()))
    auto.make_automaton()
    lex.automaton = auto
    return lex


@lru_cache(maxsize=1)
def renamed() -> dict[str, str]:
    """A body's former name → its present name, from the tables' ~ aliases."""
    return {old: e.name for e in load().entries for old in e.former}


def entries_for(surface: str) -> list[LexEntry]:
    """All lexicon entries a surface form may denote (several for 市政府: one per city)."""
    return load().by_surface.get(surface, [])


def agency_by_surface(surface: str, region: str | None = None) -> LexEntry | None:
    """The agency a header line names, preferring the document's own city for relative forms. A relative form
    (市政府办公厅, 市发展改革委) whose rows all belong to other places than ``region`` names none of them: every city
    has its 市政府办公厅, and a Shenzhen notice's is not the Shanghai row's."""
    cands = [e for e in entries_for(surface) if e.type == "Agency"]
    if not cands:
        return None
    for e in cands:
        if region and e.jurisdiction == region:
            return e
    if surface.startswith(RELATIVE_PREFIXES) and all(e.jurisdiction for e in cands):
        return None
    return cands[0]


def joint_agencies(surface: str, region: str | None = None) -> list[LexEntry]:
    """Two or more known agencies written side by side with nothing between them (国家卫生健康委国家中医药局:
    joint issuers of one document, whose separating space the normaliser removed), in order; [] unless the
    whole of ``surface`` is covered by known agencies and there are at least two."""
    out: list[LexEntry] = []
    pos = 0
    while pos < len(surface):
        for end in range(len(surface), pos + 1, -1):
            hit = agency_by_surface(surface[pos:end], region)
            if hit is not None:
                out.append(hit)
                pos = end
                break
        else:
            return []
    return out if len(out) >= 2 else []


def suffix_of(name: str) -> Suffix | None:
    """The longest known head word ``name`` ends with."""
    table = _suffix_table()
    for n in table[1]:
        hit = table[0].get(name[-n:])
        if hit is not None and len(name) >= n:
            return hit
    return None


def head_of_whole_name(name: str) -> Suffix | None:
    """The head word ``name`` ends with when ``name`` is a whole name of its own: as long as its head requires,
    with two characters at least before it (东岭科学园, 南湖高新区; not 科学园 or 分园 alone), else None."""
    suf = suffix_of(name)
    return suf if suf is not None and len(name) >= max(suf.min_len, len(suf.text) + 2) else None


@lru_cache(maxsize=1)
def _suffix_table() -> tuple[dict[str, Suffix], tuple[int, ...]]:
    by_text = {s.text: s for s in load().suffixes}
    return by_text, tuple(sorted({len(t) for t in by_text}, reverse=True))


@lru_cache(maxsize=1)
def suffix_automaton() -> ahocorasick.Automaton:
    """All head words in one automaton: a single C-level pass over a document finds
    every head-word occurrence (the caller keeps the longest per end position),
    instead of a dictionary probe per length at every candidate character."""
    auto = ahocorasick.Automaton()
    for s in load().suffixes:
        auto.add_word(s.text, s)  # same text twice: the later row wins, as in _suffix_table
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def region_prefixes() -> tuple[str, ...]:
    """Region names and their (two-character or longer) aliases, for one ``str.startswith`` call."""
    out: list[str] = []
    for r in load().regions:
        out.append(r.name)
        out.extend(a for a in r.aliases if len(a) >= 2)
    return tuple(out)


def is_generic(name: str) -> bool:
    return name in load().generic


def region_entry(surface: str) -> LexEntry | None:
    for e in entries_for(surface):
        if e.type == "Region":
            return e
    return None


_MANDATE_OPENINGS = ("中华人民共和国", "国家")
_MANDATE_HEADS = ("委员会", "总局", "总署", "部", "局", "署", "委")
_NOT_MANDATE_OPENINGS = CITIES + (
    "中国",
    "中共",
    "全国",
    "国务院",
    "最高",
    "美国",
    "欧洲",
    "广东",
    "政府",
    "政务",
    "财政司",
)
"""Names that open with a place or a higher body: what follows is a body's name, not a mandate."""
_NOT_MANDATE_ENDS = ("办公室", "办公厅", "中心", "研究院", "处", "所", "政府")


@lru_cache(maxsize=1)
def mandates() -> tuple[str, ...]:
    """What central and Hong Kong bodies are in charge of, read off their names in the agency tables
    (发展和改革, 人力资源和社会保障, 住房和城乡建设, 市场监督管理). Local departments repeat their
    ministry's mandate (省人力资源和社会保障厅, 区住房和城乡建设局), so a mandate written right before
    a head word belongs to the name, even where it holds a coordinator or a verb (建设, 管理). A central ministry's
    or state commission's short form (人力资源社会保障部, 住房城乡建设部) gives its mandate as local departments also
    write it (人力资源社会保障厅)."""
    out: set[str] = set()
    for e in load().entries:
        if e.type != "Agency":
            continue
        central = not e.jurisdiction and e.name.startswith(_MANDATE_OPENINGS)
        shorts = tuple(a for a in e.aliases if not a.isascii()) if central else ()
        for core in (e.name, *shorts):
            core = _mandate_core(core)
            if core:
                out.add(core)
    return tuple(sorted(out, key=len, reverse=True))


def _mandate_core(core: str) -> str:
    """The mandate inside one agency name (its opening and head word dropped), or "" when it has none."""
    for p in _MANDATE_OPENINGS:
        if core.startswith(p):
            core = core[len(p) :]
            break
    for h in _MANDATE_HEADS:
        if core.endswith(h):
            core = core[: -len(h)]
            break
    if len(core) >= 4 and not core.startswith(_NOT_MANDATE_OPENINGS) and not core.endswith(_NOT_MANDATE_ENDS):
        return core
    return ""


def longest_word_pattern(words: Iterable[str]) -> str:
    """A regular expression matching, at a position, the longest of ``words`` written there: the same matches as
    the words joined longest first (``A|B|…``), written as a tree of shared prefixes.

    Why: the engine tries a plain alternation's words one by one at every position that starts one of them, and a
    list of a hundred titles costs a hundred tries there; along the tree it reads each character once. Where one
    word is a prefix of another, the longer continuation is tried first, so the longest word still wins."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)
