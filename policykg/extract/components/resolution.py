"""One entity per thing per document (see :mod:`policykg.extract.resolve` for the rules)."""

from __future__ import annotations

import re
from collections.abc import Callable

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.metadata import leading_place
from policykg.extract.resolve import resolve
from policykg.model import Entity, Mention

DOCUMENT_SCOPE = "document:"
"""The jurisdiction of a body only its document can place (省政府 in a reply that never names its province):
``document:<file>``, so that such bodies of two documents stay two entities."""
_JURISDICTION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|特别行政区)|省|市|区|县)")


def run(doc: Doc) -> None:
    res = resolve(
        doc.text,
        doc.original,
        doc.candidates,
        region=doc.document.region,
        issuer=doc.issuer,
        own_policy_title=doc.own_policy_title,
        reply=doc.document.doc_type == "reply",
    )
    doc.mentions = res.mentions
    doc.entities = dict(zip(res.entity_ids, res.entities))
    doc.own_policy = res.own_policy
    doc.issuer_id = res.issuer_id
    _merge_bare_agencies(doc)
    _merge_government_forms(doc)
    _merge_zone_committee_forms(doc)
    _units_named_with_parent(doc)
    _sar_units_by_own_name(doc)
    _units_under_two_parent_forms(doc)
    _joint_bodies_by_own_name(doc)
    _assemblies_of_bodies(doc)
    _scope_unplaced_bodies(doc)


_UNPLACED = re.compile(
    r"(?:[市省区县州镇乡](?!场|级|域)|自治区|自治州|[我本](?=[委局厅办署部])|(?:高新|开发|经开|园|新)区)"
)
"""A body named by its level alone (省政府, 市政府办公室, 区卫健委, 县委, 州政府, 自治区科技厅), by the writer's own
word for it (我委, 本局: the document's issuer, when no letterhead names it) or by its zone's kind alone
(高新区党工委, 开发区管委会); 市场…, 市级…, 区域… are other words."""


def _unplaced(name: str) -> bool:
    """Whether ``name`` names a body by its level, the writer's word or a zone's kind alone — and not a place that
    only starts like one (镇江市科技局, 市中区人民政府, 乡宁县…: the divisions table's places) nor a body the tables
    know by that name (市区重建局 in Hong Kong, 市政署 in Macao)."""
    if not _UNPLACED.match(name) or lexicon.entries_for(name):
        return False
    known = places()
    return not any(name[:k] in known for k in range(2, min(len(name), 7)))


def _scope_unplaced_bodies(doc: Doc) -> None:
    """A body the document names by its level alone, its own word or its zone's kind, and that resolution could
    not place (省政府 in a reply that never names its province, 市政府办公室 signing a notice of an unnamed city,
    我委 in a reply without a letterhead) is this document's: its
    jurisdiction becomes ``document:<file>``, and its forms in the document become one entity. Why: the graph
    merges entities by type, name and jurisdiction, so two documents' 省政府 (two provinces, perhaps) would become
    one hub linking bodies that have nothing to do with each other."""
    scope = DOCUMENT_SCOPE + doc.document.file
    renamed: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Agency" or e.jurisdiction is not None or not _unplaced(e.name):
            continue
        del doc.entities[eid]
        e.jurisdiction = scope
        new = e.id
        if new in doc.entities:
            _join(doc.entities[new], e)
        else:
            doc.entities[new] = e
        renamed[eid] = new
    if not renamed:
        return
    _remap(doc, renamed)
    doc.issuer_id = renamed.get(doc.issuer_id, doc.issuer_id) if doc.issuer_id else doc.issuer_id
    doc.own_policy = renamed.get(doc.own_policy, doc.own_policy) if doc.own_policy else doc.own_policy


def _merge_bare_agencies(doc: Doc) -> None:
    """省财政厅、地方金融监管局: in one document an agency written without its jurisdiction is the agency the
    document names with it (省地方金融监管局 → 安徽省地方金融监管局), when exactly one such agency exists."""
    by_core: dict[str, set[str]] = {}
    for eid, e in doc.entities.items():
        if e.type != "Agency":
            continue
        for n in (e.name, *e.aliases):
            m = _JURISDICTION_PREFIX.match(n)
            if m and len(n) - m.end() >= 4:
                by_core.setdefault(n[m.end() :], set()).add(eid)

    def owner(eid: str, e: Entity) -> str | None:
        owners = by_core.get(e.name, set()) - {eid}
        return next(iter(owners)) if len(owners) == 1 and not _JURISDICTION_PREFIX.match(e.name) else None

    _merge_agencies_into(doc, owner)


def _merge_agencies_into(doc: Doc, target_of: Callable[[str, Entity], str | None]) -> None:
    """Join each agency (but the document's issuer and own policy) into the entity ``target_of`` names for it, and
    point mentions and relations at the survivor: the one merge step the short-form rules below share."""
    moved: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Agency" or eid in (doc.issuer_id, doc.own_policy):
            continue
        target = target_of(eid, e)
        if target is None or target == eid or target in moved:
            continue
        _join(doc.entities[target], doc.entities.pop(eid))
        moved[eid] = target
    _remap(doc, moved)


_PEOPLES_GOVERNMENT = "人民政府"


def _merge_government_forms(doc: Doc) -> None:
    """广州市人民政府 … 市政府各部门, 成都市人民政府 … 市政府副秘书长: 政府 is the short form of 人民政府 (and
    政府办公厅 of 人民政府办公厅), so in one document the two forms of one place's government are one body, named by
    its full form. The lexicon knows this for the cities it lists; for every other place the two forms resolve to
    two names, and the second one counts as a body of its own."""
    full: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type == "Agency" and _PEOPLES_GOVERNMENT in e.name:
            full.setdefault(e.name.replace(_PEOPLES_GOVERNMENT, "政府"), eid)
    if full:
        _merge_agencies_into(doc, lambda eid, e: None if _PEOPLES_GOVERNMENT in e.name else full.get(e.name))


_ZONE_COMMITTEE = re.compile(r"(?P<zone>.+?)(?P<head>管委会|管理委员会|党工委)")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_MIN_ZONE_STEM = 2


def _head_kind(head: str) -> str:
    """管委会 is the short form of 管理委员会: the two heads name one kind of committee."""
    return "管委会" if head == "管理委员会" else head


def _merge_zone_committee_forms(doc: Doc) -> None:
    """东岭国际生物岛（中南合作区）管委会 … 生物岛管委会: a zone's administrative committee (or its Party working
    committee) is written with the zone's full name once and with the zone's short name after, so in one document
    the short form is the same body when the zone's short name is a run of its full name and exactly one
    committee of that kind has it (管委会 and 管理委员会 are one kind). Why: zone news and notices name the
    committee by the zone's short name (生物岛管委会, 中关村管委会 for 中关村科技园区管理委员会) in running text after
    the full name in the dateline or first paragraph; neither the tables nor the place prefix tie the two."""
    full: dict[str, list[tuple[str, str]]] = {}
    for eid, e in doc.entities.items():
        m = _ZONE_COMMITTEE.fullmatch(e.name) if e.type == "Agency" else None
        if m is not None:
            full.setdefault(_head_kind(m.group("head")), []).append((eid, _BRACKETED.sub("", m.group("zone"))))
    if not any(len(v) > 1 for v in full.values()):
        return

    def target(eid: str, e: Entity) -> str | None:
        m = _ZONE_COMMITTEE.fullmatch(e.name)
        if m is None or len(m.group("zone")) < _MIN_ZONE_STEM or lexicon.is_generic(e.name):
            return None
        zone = m.group("zone")
        kind = full.get(_head_kind(m.group("head")), [])
        hits = [(o, stem) for o, stem in kind if o != eid and zone in stem and len(stem) > len(zone)]
        if len(hits) > 1:
            hits = [h for h in hits if leading_place(h[1]) is not None]  # the full name opens with its city
        return hits[0][0] if len(hits) == 1 else None

    _merge_agencies_into(doc, target)


UNIT_TYPES = frozenset({"Agency", "ResearchInstitute", "Lab", "Platform", "Hospital", "University", "Association"})
"""Bodies that have named units (a committee, an office, an institute, a faculty, a branch) and may be units."""
_OWNER_LINK = re.compile(r"^(?:的|之|属下|辖下|旗下|下属|所属|直属|附属)")
_BARE_UNIT_MIN = 6
"""How long a unit's own name must be before its bare occurrences count as it (中央用药评估委员会: a long name
is one body's; 教学医院, 专家小组 are kinds every parent has)."""


def unit_after_parent[T](name: str, parent_of: Callable[[str], T | None]) -> tuple[T, str, int] | None:
    """(parent, the unit's own name, where it starts) when ``name`` opens with a parent's name or short form
    (``parent_of``: the parent a surface names, or None) and the rest is a unit's name in its own right:
    a body's head word after at least two words of its own (医管局|中央用药评估委员会,
    香港特区政府|政制及内地事务局), not a bare head (上海市科委|办公室) nor a kind (港大|医学院).

    Why: an organisation's committees, bureaus and centres are written with the organisation's name before
    them in one place and without it in the next, and the name itself states which body they belong to."""
    for k in range(len(name) - 4, 1, -1):
        parent = parent_of(name[:k])
        if parent is None:
            continue
        rest = _OWNER_LINK.sub("", name[k:])
        head = lexicon.suffix_of(rest)
        if head is None or len(rest) - len(head.text) < 2 or lexicon.is_generic(rest) or head.type == "Company":
            return None
        return parent, rest, len(name) - len(rest)
    return None


def _parent_surfaces(doc: Doc) -> dict[str, str]:
    """Every way the document writes an organisation that may have units (its name, the surfaces of its
    mentions and the short forms the tables know for it, three characters or more): surface → entity id."""
    out: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type not in UNIT_TYPES or not e.mentions:
            continue
        names = {e.name, *(doc.text[m.start : m.end] for m in e.mentions)}
        for x in lexicon.entries_for(e.name):
            if x.name == e.name and x.type == e.type:
                names.update(x.aliases)
        for n in names:
            if len(n) >= 3:
                out.setdefault(n, eid)
    return out


def _units_named_with_parent(doc: Doc) -> None:
    """医管局中央用药评估委员会 beside 中央用药评估委员会, 医管局药物建议委员会 beside 药物建议委员会: a unit
    written once with its parent's name before it and elsewhere by its own name is one body. The prefixed
    entity joins the entity of the bare name (when exactly one prefixed entity points to it); with no such
    entity, the bare occurrences of a long own name become mentions of the prefixed one. The prefixed form
    stays as a name of the unit, so the structure rules still see whose unit it is."""
    parents = _parent_surfaces(doc)
    if not parents:
        return
    by_name: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type in UNIT_TYPES:
            for n in {e.name, *(doc.text[m.start : m.end] for m in e.mentions)}:
                by_name.setdefault(n, eid)
    joins: dict[str, list[str]] = {}
    bare: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type not in UNIT_TYPES or not e.mentions or eid in (doc.issuer_id, doc.own_policy):
            continue
        hit = unit_after_parent(e.name, _other_than(parents, eid))
        if hit is None:
            continue
        target = by_name.get(hit[1])
        if target is not None and target != eid and doc.entities[target].type == e.type:
            joins.setdefault(target, []).append(eid)
        elif target is None and len(hit[1]) >= _BARE_UNIT_MIN:
            bare[eid] = hit[1]
    moved: dict[str, str] = {}
    for target, units in joins.items():
        if len(units) == 1 and units[0] not in joins:
            _join(doc.entities[target], doc.entities.pop(units[0]))
            moved[units[0]] = target
    _remap(doc, moved)
    for eid, own in bare.items():
        if eid in doc.entities:
            _bare_mentions(doc, eid, own)


_SAR_GOVERNMENT = re.compile(r"(?:特区政府|特别行政区政府)")


def known_sar_government(surface: str) -> lexicon.LexEntry | None:
    """The one Hong Kong or Macao government the tables know by ``surface`` (香港特区政府, 澳门特区政府), or None."""
    hits = {x.name: x for x in lexicon.entries_for(surface) if x.type == "Agency" and _SAR_GOVERNMENT.search(x.name)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def sar_government_of_unit(name: str) -> tuple[lexicon.LexEntry, lexicon.LexEntry, int] | None:
    """(the government, the table's bureau or department, where the bureau starts) when ``name`` is a Hong Kong or
    Macao government written flush before one of its own bodies the tables know (香港特区政府|医务卫生局,
    香港特别行政区政府|卫生署, 香港特区政府|统计处), else None. Short own names (卫生署) count here: the table
    vouches for them, where :func:`unit_after_parent` asks two words of a unit's own."""
    m = _SAR_GOVERNMENT.search(name)
    if m is None or m.end() >= len(name):
        return None
    government = known_sar_government(name[: m.end()])
    if government is None:
        return None
    unit = next(
        (
            x
            for x in lexicon.entries_for(name[m.end() :])
            if x.type == "Agency" and x.jurisdiction == government.jurisdiction and x.name != government.name
        ),
        None,
    )
    return (government, unit, m.end()) if unit is not None else None


def _sar_units_by_own_name(doc: Doc) -> None:
    """香港特区政府医务卫生局局长某某 with no bare 医务卫生局 in the document: the bureau is named by its own name
    (the table's), and the flush form stays an alias, so the structure rules still see whose part it is.

    Why: Hong Kong and Macao press releases open with the government before the bureau (香港特区政府X局局长,
    澳门特区政府Y局) and then write the bureau alone or not at all; annotators name the bureau and record the
    government as its parent. Named flush, the bureau counts as a body of its own beside its own name."""
    moved: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Agency" or eid in (doc.issuer_id, doc.own_policy):
            continue
        hit = sar_government_of_unit(e.name)
        if hit is None:
            continue
        entry = hit[1]
        unit = Entity(name=entry.name, type="Agency", jurisdiction=e.jurisdiction, confidence=e.confidence)
        target = doc.entities.setdefault(unit.id, unit)
        if target is e:
            continue
        _join(target, doc.entities.pop(eid))
        moved[eid] = target.id
    _remap(doc, moved)


def _known_parent_and_unit(name: str, named: dict[str, str]) -> tuple[str, str] | None:
    """(the parent's name, the unit's own words) when ``name`` opens with a name or short form of a body that
    has units, known to the tables or written in the document (``named``: surface → name) (北大|医学部,
    香港大学|医学院, 中科院|上海药物研究所), the longest such opening first, and the rest ends with a head word;
    else None."""
    for k in range(len(name) - 2, 1, -1):
        rest = name[k:]
        if lexicon.suffix_of(rest) is None:
            continue
        if name[:k] in named:
            return named[name[:k]], rest
        for x in lexicon.entries_for(name[:k]):
            if x.type in UNIT_TYPES:
                return x.name, rest
    return None


def _units_under_two_parent_forms(doc: Doc) -> None:
    """北京大学医学部 … 北大医学部, 香港大學醫學院 … 港大醫學院: one unit written after its parent's full name and
    after the parent's short form is one body, named by its longest form. News and replies give the full name
    once and the short form afterwards; kept apart, the short form counts as a body of its own and its PART_OF
    to the parent as a second, false link."""
    named = {
        n: e.name for e in doc.entities.values() if e.type in UNIT_TYPES for n in (e.name, *e.aliases) if len(n) >= 2
    }
    groups: dict[tuple[str, str, str], list[str]] = {}
    for eid, e in doc.entities.items():
        if e.type not in UNIT_TYPES or not e.mentions or eid in (doc.issuer_id, doc.own_policy):
            continue
        hit = _known_parent_and_unit(e.name, named)
        if hit is not None:
            groups.setdefault((e.type, *hit), []).append(eid)
    moved: dict[str, str] = {}
    for ids in groups.values():
        if len(ids) < 2:
            continue
        ids.sort(key=lambda i: -len(doc.entities[i].name))
        for eid in ids[1:]:
            _join(doc.entities[ids[0]], doc.entities.pop(eid))
            moved[eid] = ids[0]
    _remap(doc, moved)


_JOINT_KINDS = frozenset({"ResearchInstitute", "Lab", "Platform"})
_JOINT_NAME = re.compile(r"^[^-－‐–—―~～]{2,30}?\s*[-－‐–—―~～]+\s*(?P<right>[^-－‐–—―~～]{4,40})$")
"""东岭大学-南湖药业创新药物研究院: two partners joined by a dash, then the joint body's own name."""


def _joint_own_name(name: str, named: dict[str, str]) -> str | None:
    """The own name of a joint body named after its partners (东岭大学—南湖药业|联合研发中心): what follows the
    second partner's name (the longest opening of the part after the dash that names an organisation of the
    document or of the tables), when it ends with a head word and is four characters or more; else None."""
    m = _JOINT_NAME.match(name)
    if m is None:
        return None
    right = m.group("right")
    for k in range(len(right) - 4, 1, -1):
        if right[:k] in named or any(x.type in UNIT_TYPES | {"Company"} for x in lexicon.entries_for(right[:k])):
            own = right[k:]
            return own if lexicon.suffix_of(own) is not None and not lexicon.is_generic(own) else None
    return None


def _joint_bodies_by_own_name(doc: Doc) -> None:
    """“东岭大学-南湖药业创新药物研究院” … 创新药物研究院: a joint body named once by its partners and its own name
    and afterwards by its own name alone is one body. News on a university-industry institute writes the full
    name in the lead and the short one after; kept apart, the partners' FOUNDED and the later sentences land on
    a second body; the own name written where no other name covers it is a mention of the joint body too.
    Only when one joint body of the document has that own name."""
    named = {n: eid for eid, e in doc.entities.items() for n in (e.name, *e.aliases) if len(n) >= 2}
    owns: dict[str, list[str]] = {}
    for eid, e in doc.entities.items():
        if e.type in _JOINT_KINDS and e.mentions:
            own = _joint_own_name(e.name, named)
            if own is not None:
                owns.setdefault(own, []).append(eid)
    moved: dict[str, str] = {}
    for own, ids in owns.items():
        if len(ids) != 1:
            continue
        target = ids[0]
        for eid, e in list(doc.entities.items()):
            if eid == target or eid in (doc.issuer_id, doc.own_policy):
                continue
            if e.name == own and e.type in _JOINT_KINDS:
                _join(doc.entities[target], doc.entities.pop(eid))
                moved[eid] = target
    _remap(doc, moved)
    for own, ids in owns.items():
        if len(ids) == 1 and ids[0] in doc.entities:
            _bare_mentions(doc, ids[0], own)


def _other_than(parents: dict[str, str], own: str) -> Callable[[str], str | None]:
    """The parent lookup for entity ``own``: a name never opens with itself as its own parent."""

    def parent_of(surface: str) -> str | None:
        pid = parents.get(surface)
        return pid if pid != own else None

    return parent_of


def _remap(doc: Doc, moved: dict[str, str]) -> None:
    """Mentions of the entities in ``moved`` now point at the entities they joined."""
    if moved:
        doc.mentions = [(m, moved.get(eid, eid)) for m, eid in doc.mentions]


def _join(target: Entity, unit: Entity) -> None:
    """``unit``'s names and mentions become ``target``'s."""
    target.mentions += unit.mentions
    target.aliases = [*target.aliases, *(a for a in (unit.name, *unit.aliases) if a not in target.aliases)]


def _bare_mentions(doc: Doc, eid: str, own: str) -> None:
    """Each occurrence of the unit's own name that no mention covers is a mention of the unit."""
    e = doc.entities[eid]
    spans = sorted((m.start, m.end) for m, _ in doc.mentions)
    added = []
    at = doc.text.find(own)
    while at >= 0:
        end = at + len(own)
        if not any(s < end and at < t for s, t in spans):
            surface = doc.original[at:end]
            m = Mention(surface, at, end, e.type, e.name, "unit:bare-name", 0.75)
            e.mentions.append(m)
            added.append((m, eid))
            if surface not in e.aliases:
                e.aliases.append(surface)
        at = doc.text.find(own, end)
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda me: me[0].start)


_ASSEMBLY = "大会"
_ASSEMBLY_OWNERS = frozenset({"Agency", "Association"})


def _assemblies_of_bodies(doc: Doc) -> None:
    """医管局大会, 联合国大会: a body's name (or short form) and nothing but 大会 name the body's assembly or board,
    an organ of that body, not a meeting: it takes the body's type (the 大会 head alone reads as an event).
    A congress with its own words (全国代表大会) or a session (第七十四届…大会) is left as it is."""
    parents = _parent_surfaces(doc)
    moved: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Event" or not e.name.endswith(_ASSEMBLY):
            continue
        pid = parents.get(e.name[: -len(_ASSEMBLY)])
        owner = doc.entities.get(pid) if pid is not None else None
        if owner is None or owner.type not in _ASSEMBLY_OWNERS or eid in (doc.issuer_id, doc.own_policy):
            continue
        e.type = owner.type
        for m in e.mentions:
            m.type = owner.type
        del doc.entities[eid]  # the id follows the type
        if e.id in doc.entities:
            _join(doc.entities[e.id], e)
        else:
            doc.entities[e.id] = e
        moved[eid] = e.id
    _remap(doc, moved)
