"""Coordination with a shared part: names whose written part serves every member of a list.

- A head shared by its owners: 港大和中大医学院 names 港大医学院 and 中大医学院; 上海、深圳证券交易所 names two
  exchanges. Only heads that name nothing without an owner are shared (``resources/names/shared_heads.tsv``), and
  only over owners of the head's kind (universities for 医学院, places for 证券交易所): 复旦大学、交大附属瑞金医院
  keeps a university and a hospital, as 瑞金医院 is a name of its own.
- A level of government shared by a list of departments: 省教育厅、卫生健康委 names the province's 卫生健康委, and
  市发展改革委、科技局、财政局 the city's 科技局 and 财政局; the bare department would otherwise read as the
  national body the lexicon knows by that short name (卫生健康委 → 国家卫生健康委员会).

Why a component of its own: both readings depend on neighbouring candidates after boundaries and places are
decided, and both only change the name a mention resolves to, never its span (the surface stays an exact
substring of the text, the name is the fullest form the list implies).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.names import LEVEL_CHARS, Candidate

_SEPARATORS = frozenset({"、", "和", "与", "及"})


@lru_cache(maxsize=1)
def shared_heads() -> dict[str, str]:
    """Head → the type of its owners, from ``resources/names/shared_heads.tsv``."""
    text = resources.files("policykg.resources").joinpath("names", "shared_heads.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[0]: r[1] for r in rows}


def _owner_type(name: str) -> str | None:
    """The type the lexicon gives ``name`` (a university's short form, a city), else the type its own head word
    gives it (暨南大学): an owner must be a name in itself, not a fragment."""
    entries = lexicon.entries_for(name)
    if entries:
        return entries[0].type
    suffix = lexicon.suffix_of(name)
    return suffix.type if suffix is not None and len(name) >= max(suffix.min_len, len(suffix.text) + 2) else None


def _split_owner(c: Candidate) -> tuple[str, str] | None:
    """(owner, head) when ``c`` is a known owner followed by a shared head (中大 + 医学院)."""
    heads = shared_heads()
    for head, owner_type in heads.items():
        if c.text.endswith(head) and len(c.text) > len(head):
            owner = c.text[: -len(head)]
            if _owner_type(owner) == owner_type:
                return owner, head
    return None


_SEPARATORS_OF_OWNERS = frozenset({"、", "和", "及"})
"""与 is left out for shared heads: A与B医学院 more often says A works with B's faculty (南湖大学与东岭大学医学院
合办的某中心) than that both have one."""


def _short_form_of(name: str) -> str | None:
    """The jurisdiction of the body ``name`` is a short form of (港大 → 香港), None for a full name or an unknown."""
    entries = lexicon.entries_for(name)
    return entries[0].jurisdiction if entries and entries[0].name != name else None


def _one_kind_of_owner(text: str, owner: Candidate, other: str, head: str) -> bool:
    """Whether 甲和乙医学院 reads as two faculties rather than a university beside another's faculty: the two
    owners are short forms of bodies of one place (港大和中大医学院, the compact style of news that drops the head
    too), or the document names 甲's own unit elsewhere (香港大学医学院 … 香港大学及香港中文大学医学院). Full names
    alone stay apart (复旦大学和上海交通大学医学院 may be two partners). A place standing alone in a list of
    bodies is not read otherwise, so a place's head (证券交易所) needs neither."""
    mine, theirs = _short_form_of(owner.text), _short_form_of(other)
    if mine is not None and mine == theirs:
        return True
    forms = {owner.text + head} | {e.name + head for e in lexicon.entries_for(owner.text)}
    return any(text.find(f, 0, owner.start) >= 0 or text.find(f, owner.end) >= 0 for f in forms)


def _separated(text: str, a: Candidate, b: Candidate, separators: frozenset[str] = _SEPARATORS) -> bool:
    """``a`` and ``b`` are neighbours in a list: one separator and nothing else between them."""
    return b.start - a.end == 1 and text[a.end] in separators


def _shared_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    out = list(cands)
    for i in range(1, len(cands)):
        split = _split_owner(cands[i])
        if split is None:
            continue
        owner_type, head = shared_heads()[split[1]], split[1]
        j = i
        # walk back over the owners listed before (北京、上海和深圳证券交易所): each takes the head
        while j > 0 and _separated(text, cands[j - 1], cands[j], _SEPARATORS_OF_OWNERS):
            prev = cands[j - 1]
            if prev.type != owner_type or (j < i and text[prev.end] != "、"):
                break
            if prev.entry is None and _owner_type(prev.text) != owner_type:
                break
            if prev.text == split[0]:
                break  # 南湖大学和南湖大学附属医院: the school and its own unit, the head is not shared
            if owner_type != "Region" and not _one_kind_of_owner(text, prev, split[0], head):
                break
            out[j - 1] = Candidate(
                prev.start, prev.end, prev.text + head, cands[i].type, "coord:shared-head", prev.confidence
            )
            j -= 1
    return out


_LEVEL = re.compile(r"(?P<level>[省市区县])(?!场|级|域|委|政府)")
_NAMED_LEVEL = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)[省市](?=[\u4e00-\u9fff]{2})")
_DEPARTMENT_END = ("厅", "局", "委", "委员会", "办", "办公室")
_NOT_LOCAL = ("国家", "国务院", "全国", "中华人民共和国", "中国", "中共", "中央", "人行", "人民银行", "各")


def _level_of(c: Candidate) -> str | None:
    """The level of government written before a department (省 of 省教育厅, 市 of 市发展改革委)."""
    if c.type != "Agency" or len(c.text) < 3:
        return None
    m = _LEVEL.match(c.text)
    if m:
        return m.group("level")
    # 佛山市发展改革委、科技局, 安徽省教育厅、卫生健康委: a place named in full is shared the same way
    m = _NAMED_LEVEL.match(c.text)
    if m and m.group("place") in places() and _LEVEL.match(c.text, m.end() - 1):
        return m.group()
    return None


def _bare_department(c: Candidate) -> bool:
    """A department named without any level or place (科技局, 卫生健康委): it may share a level before it."""
    t = c.text
    return (
        c.type == "Agency"
        and t.endswith(_DEPARTMENT_END)
        and not t.startswith(_NOT_LOCAL)
        and not t.startswith(("省", "市", "区", "县"))
        and not (t[0] == "团" and t[1:2] in LEVEL_CHARS)  # 团市委: the League's committee names its own level
        and not t.startswith(lexicon.CITIES)
        and t[:2] not in places()  # 安徽银保监局, 深圳海关: a place opens the name, it has its own level
        and t[:3] not in places()
        and (c.entry is None or not c.entry.jurisdiction)
    )


def _shared_levels(text: str, cands: list[Candidate]) -> list[Candidate]:
    out = list(cands)
    level = None
    for i, c in enumerate(cands):
        if level is not None and i > 0 and _separated(text, cands[i - 1], c) and _bare_department(c):
            out[i] = Candidate(c.start, c.end, level + c.text, c.type, "ellipsis:level", c.confidence)
            continue  # the level carries on along the list (市发展改革委、科技局、财政局)
        level = _level_of(c)
    return out


def run(doc: Doc) -> None:
    cands = doc.candidates
    if not cands:
        return
    cands = _shared_heads(doc.text, cands)
    doc.candidates = _shared_levels(doc.text, cands)
