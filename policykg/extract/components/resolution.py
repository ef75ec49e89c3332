"""One entity per thing per document (see :mod:`policykg.extract.resolve` for the rules)."""

from __future__ import annotations

import re

from policykg.extract.doc import Doc
from policykg.extract.resolve import resolve
from policykg.model import Entity

_JURISDICTION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|特别行政区)|省|市|区|县)")


def run(doc: Doc) -> None:
    res = resolve(
        doc.text,
        doc.original,
        doc.candidates,
        region=doc.document.region,
        issuer=doc.issuer,
        own_policy_title=doc.own_policy_title,
    )
    doc.mentions = res.mentions
    doc.entities = dict(zip(res.entity_ids, res.entities))
    doc.own_policy = res.own_policy
    doc.issuer_id = res.issuer_id
    _merge_bare_agencies(doc)
    _merge_units_without_parent(doc)


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
    moved: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Agency" or eid in (doc.issuer_id, doc.own_policy):
            continue
        owners = by_core.get(e.name, set()) - {eid}
        if len(owners) != 1 or _JURISDICTION_PREFIX.match(e.name):
            continue
        target = doc.entities[next(iter(owners))]
        target.mentions += e.mentions
        target.aliases = [*target.aliases, *(a for a in (e.name, *e.aliases) if a not in target.aliases)]
        moved[eid] = target.id
        del doc.entities[eid]
    if moved:
        doc.mentions = [(m, moved.get(eid, eid)) for m, eid in doc.mentions]


def _merge_units_without_parent(doc: Doc) -> None:
    """医管局药物建议委员会 … 药物建议委员会: a body the document names once after its parent and elsewhere without
    it is one body; the bare mentions join the entity named with the parent (its fullest form), whose name still
    tells structure that it is the parent's unit. Only when the words before the bare name are exactly a name or
    alias of another entity of the document, so a longer name that merely ends in another (东岭中医医院 beside 中医
    医院) is not taken for the same body."""
    names: dict[str, str] = {}
    for eid, e in doc.entities.items():
        # the surfaces in the normalised text too: aliases keep the original script (醫管局), names do not
        for n in (e.name, *e.aliases, *(doc.text[m.start : m.end] for m in e.mentions)):
            names.setdefault(n, eid)
    moved: dict[str, str] = {}
    for eid, e in list(doc.entities.items()):
        if e.type != "Agency" or len(e.name) < 4 or eid in (doc.issuer_id, doc.own_policy) or eid in moved:
            continue
        target = _named_with_parent(doc, eid, e.name, names)
        if target is None or target.id in moved:
            continue
        target.mentions += e.mentions
        target.aliases = [*target.aliases, *(a for a in (e.name, *e.aliases) if a not in target.aliases)]
        moved[eid] = target.id
        del doc.entities[eid]
    if moved:
        doc.mentions = [(m, moved.get(eid, eid)) for m, eid in doc.mentions]


def _named_with_parent(doc: Doc, eid: str, bare: str, names: dict[str, str]) -> Entity | None:
    """The one other Agency of ``doc`` named as some entity's name followed by ``bare`` (医管局 + 药物建议委员会)."""
    found = None
    for oid, o in doc.entities.items():
        if oid == eid or o.type != "Agency" or not o.name.endswith(bare) or len(o.name) == len(bare):
            continue
        parent = names.get(o.name[: -len(bare)])
        if parent is None or parent in (eid, oid):
            continue
        if found is not None:
            return None  # two bodies so named (X局的, Y局的): the bare name is neither for sure
        found = o
    return found
