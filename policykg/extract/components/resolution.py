"""One entity per thing per document (see :mod:`policykg.extract.resolve` for the rules)."""

from __future__ import annotations

import re

from policykg.extract.doc import Doc
from policykg.extract.resolve import resolve

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
