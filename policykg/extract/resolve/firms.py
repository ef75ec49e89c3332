"""Firms' forms: a brand with and without 集团, a seat before a subsidiary, the stem a company is called by."""

from __future__ import annotations

import re

from policykg.extract import lexical, lexicon
from policykg.extract.names import LEGAL_FORMS, Candidate, alternation
from policykg.extract.resolve.references import _START

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
