"""One entity per thing per document (see :mod:`policykg.extract.resolve` for the rules)."""

from __future__ import annotations

from policykg.extract.doc import Doc
from policykg.extract.resolve import resolve


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
