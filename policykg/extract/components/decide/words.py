"""The tables the decisions read (``resources/names/*.tsv``): generic heads, descriptive modifiers, rank words,
verbs that open or lead a clause, time openers, quantifiers, office titles.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from policykg.extract import lexicon
from policykg.extract.names import (
    Candidate,
)

_DECIDED_RULES = ("suffix:", "policy-phrase", "enumeration", "tagger:ORG", "programme:")
"""Candidates whose left edge was guessed; lexicon hits, 《titles》 and quotes have exact edges."""
_FUNCTION_TAGS = frozenset(
    {"p", "d", "r", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "ad", "vg", "zg", "y", "e", "o", "rr", "rz", "dg"}
)
_VERB_TAGS = frozenset({"v", "vd", "vi"})
"""Verbs are cut only at the start: names hold verbs of their own (技术转移中心, 审评认证中心)."""
_LEADING_TAGS = _FUNCTION_TAGS | _VERB_TAGS | {"m", "mq", "q"}
_SCHOOLS = ("大学", "中学", "小学")
"""A word ending in 学 that names a school, not a discipline (赞助香港中文大学 is a verb and its object)."""
_INNER_KEEP = frozenset("和与及")
"""Coordinators inside a name (工程与物理科学研究委员会) are decided by the finder's list rules."""
_DISTINCT_CHARS = re.compile(r"[A-Za-z0-9“”\"「」《》（）()·]")
_LEADING_LATIN = re.compile(r"^[A-Za-z]+(?=[\u4e00-\u9fff])")
"""html安徽省人民政府: markup glued to an agency's name (agencies' names are written in characters)."""
_JURISDICTION = re.compile(r"^(?:省|市|区|县|国家|中国|中央|国务院|全国|人行)")


@cache
def _table(name: str) -> frozenset[str]:
    text = resources.files("policykg.resources").joinpath("names", name).read_text(encoding="utf-8")
    return frozenset(
        line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def generic_heads() -> frozenset[str]:
    return _table("generic_heads.tsv")


@lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(generic_heads(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_lengths() -> tuple[int, ...]:
    """The lengths of the generic heads, longest first."""
    return tuple(sorted({len(h) for h in generic_heads()}, reverse=True))


def _longest_head(text: str) -> str | None:
    """The longest generic head ``text`` ends with, or None: what the first head of :func:`_heads_longest_first`
    that ends it is. Why: the decision asks it of most candidates, and one lookup per head length costs less than
    a pass over the whole list."""
    heads = generic_heads()
    for n in _head_lengths():
        if n == 0:
            return "" if "" in heads else None
        if n <= len(text) and text[-n:] in heads:
            return text[-n:]
    return None


def descriptive_modifiers() -> frozenset[str]:
    return _table("descriptive_modifiers.tsv")


def rank_words() -> frozenset[str]:
    return _table("rank_words.tsv")


def clause_verbs() -> frozenset[str]:
    return _table("clause_verbs.tsv")


def leading_verbs() -> frozenset[str]:
    return _table("leading_verbs.tsv")


def acting_verbs() -> frozenset[str]:
    """Verbs by which a body acts on a named thing (命名, 下达, 认定): they end the body's name before them."""
    return _table("acting_verbs.tsv")


def _known_at(start: int, text: str, type_: str | None = None) -> Candidate | None:
    """``text`` (at ``start``) as the lexicon knows it, of ``type_`` when given: the name the clause around it must
    not cut or grow (a known body before its verb, a known fund after one), or None."""
    known = [e for e in lexicon.entries_for(text) if type_ is None or e.type == type_]
    if not known:
        return None
    return Candidate(start, start + len(text), text, known[0].type, "lexicon", 0.95, known[0])


def leading_words() -> frozenset[str]:
    return _table("leading_words.tsv")


def time_openers() -> frozenset[str]:
    """Time and sequence words that open a sentence before its subject (最后, 会上, 当日): no name opens with one."""
    return _table("time_openers.tsv")


@cache
def _time_span_re() -> re.Pattern[str]:
    """The spans of time of time_spans.tsv as one pattern anchored at a name's start: a "count" word with its count
    (未来十五年), a plan's number or a year closed by a "period" word (十四五时期, 2020年以来), or a "term" word."""
    text = resources.files("policykg.resources").joinpath("names", "time_spans.tsv").read_text(encoding="utf-8")
    kinds: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")[:2]
            kinds.setdefault(kind.strip(), []).append(re.escape(word.strip()))
    count = r"[一二三四五六七八九十两几数百0-9]+个?(?:年|月|天|日|周)(?:来|内|间|里)?"
    plan = r"[“\"]?(?:[一二三四五六七八九十]+五|[0-9]{4}(?:[-—–至][0-9]{4})?年?|十[一二三四五六七八九]?大)[”\"]?"
    alts = []
    if kinds.get("count"):
        alts.append(f"(?:{'|'.join(kinds['count'])}){count}")
    if kinds.get("period"):
        alts.append(f"{plan}(?:{'|'.join(kinds['period'])})")
    if kinds.get("term"):
        alts.append("|".join(kinds["term"]))
    return re.compile(f"^(?:{'|'.join(alts)})")


def apposition_nouns() -> frozenset[str]:
    return _table("apposition_nouns.tsv")


def clause_chars() -> frozenset[str]:
    return _table("clause_chars.tsv")


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Multi-character trigger verbs of the relation rules: where one stands, a name has ended."""
    from policykg.extract.relations.engine import rules

    return frozenset(w for r in rules() for w in r.triggers if len(w) >= 2 and r.form not in ("duty", "cites"))


def ordinary_words() -> frozenset[str]:
    return _table("ordinary_words.tsv")


def quantifiers() -> frozenset[str]:
    return _table("quantifiers.tsv")


@lru_cache(maxsize=1)
def _long_quantifier_re() -> re.Pattern[str]:
    """Any quantifier of two or more characters (those :func:`_opens_with_quantifier` looks for)."""
    return re.compile(lexicon.longest_word_pattern(q for q in quantifiers() if len(q) >= 2) or "(?!)")


@lru_cache(maxsize=1)
def office_titles() -> tuple[str, ...]:
    """Longest first, so that 行政总裁 wins over the 总裁 it ends in whatever the hash order of the table."""
    return tuple(sorted(_table("office_titles.tsv"), key=lambda t: (-len(t), t)))
