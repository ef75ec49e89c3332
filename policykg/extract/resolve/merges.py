"""Merges of mentions that name one body: city-relative forms, place-prefixed and place-dropped forms,
short forms of agencies, universities, hospitals, labs, events and laws, former names, glosses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import county_level_cities as _county_level_cities
from policykg.extract.components.gazetteer import places as _places
from policykg.extract.components.gazetteer import prefecture_cities
from policykg.extract.names import EDITION_BEFORE, LEGAL_FORMS, LEVEL_CHARS, Candidate
from policykg.extract.resolve.references import _CITIES, _START, _city_core, _city_openings, _place_starts
from policykg.model import Entity


def _is_abbreviation(short: str, full: str) -> bool:
    """Y abbreviates X when its characters appear in X in order (和黄医药 / 和记黄埔医药…), or it is an acronym."""
    if _LATIN_ACRONYM_RE.fullmatch(short):
        return True
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(ch in it for ch in short)


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
