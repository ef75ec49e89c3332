"""Find an organisation by what a person types, and show its links with their evidence.

People type short names, abbreviations, Traditional characters or full-width
letters; the store keeps canonical names, aliases and normalised lookup keys.
This module turns the typed text into one entity (exact matches first, the most
documented one if several share a name), or into a :class:`NotFoundError` that
carries suggestions. The queries it runs are the named ones in ``policykg/queries``
(so ``policykg query --name`` gives the same rows); the shortest-chain search between two
entities is an algorithm of its own (:mod:`policykg.graph.algorithms.paths`). Every
look-up is bounded on hub agencies with tens of thousands of links: limits are applied
inside the store.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from policykg.errors import NotFoundError
from policykg.graph.algorithms.paths import PathResult, entity_paths, public_entity
from policykg.graph.stores.base import GraphStore
from policykg.namekeys import lookup_key, typed_form
from policykg.queries import get_query

SUGGESTIONS = 8


def lookup_forms(text: str) -> tuple[str, str]:
    """The typed text as stored names are written (Simplified, trimmed) and as a lookup key."""
    from policykg.loaders.normalize import to_simplified

    simplified = to_simplified(typed_form(text))
    return simplified, lookup_key(simplified)


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config).convert


def script_variants(text: str) -> list[str]:
    """The typed text in each script a document may have used, as typed first.

    Documents keep the names they wrote as aliases (醫管局 in a Hong Kong reply, 和黄医药
    in a Shanghai one), so a look-up tries the typed form, its Simplified form and its
    Traditional forms (Hong Kong, Taiwan and plain: 衞 and 衛 differ), whichever script the
    person typed in.
    """
    cleaned = typed_form(text)
    if not cleaned:
        return []
    from policykg.loaders.normalize import to_simplified

    forms = [cleaned, to_simplified(cleaned)]
    forms += [_converter(config)(forms[1]) for config in ("s2hk", "s2t", "s2tw")]
    return list(dict.fromkeys(forms))


def _run(store: GraphStore, query_name: str, **params: Any) -> list[dict[str, Any]]:
    query = get_query(query_name)
    return store.run(query.text, query.bind(params)).rows


_ENTITY_ID = re.compile(r"e_[0-9a-f]{16}")


def find_entities(store: GraphStore, text: str) -> list[dict[str, Any]]:
    """All entities whose name or alias is the typed text, in either script, best first; an entity's id (as
    `org` shows it) names that one entity, for names several entities share."""
    if _ENTITY_ID.fullmatch(typed_form(text)):
        return _run(store, "entity_by_id", id=typed_form(text))
    name, key = lookup_forms(text)
    if not key:
        return []
    rows = _run(store, "entity_lookup", name=name, key=key)
    if rows:
        return rows
    for form in script_variants(text):
        if form == name:
            continue
        rows = _run(store, "entity_lookup", name=form, key=lookup_key(form))
        if rows:
            return rows
    return _by_official_name(store, [name, *script_variants(text)])


def _by_official_name(store: GraphStore, forms: list[str]) -> list[dict[str, Any]]:
    """Entities under the official name the agency and institution tables give a short form (科技部 →
    中华人民共和国科学技术部, 發改委 → 国家发展和改革委员会, 港大 → 香港大学). Why: people type the short form, while a
    graph stores the name each document wrote; a body that no document called by its short form is still the one
    meant. A short form several bodies share (市政府, 特区政府) gives each of them that the graph holds, the one most
    documents mention first, as a stored name's matches are ordered."""
    from policykg.extract import lexicon

    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for form in dict.fromkeys(forms):
        for entry in lexicon.entries_for(form):
            if entry.name in seen:
                continue
            seen.add(entry.name)
            found = _run(store, "entity_lookup", name=entry.name, key=lookup_key(entry.name))
            rows += [r for r in found if r not in rows]
    return sorted(rows, key=lambda r: (-len(r.get("docs") or []), r["name"], r["type"], r["id"]))


def bind_entity_names(store: GraphStore, query: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Bound parameters of a named query with each ``entity`` parameter replaced by the stored
    name of the entity it means (so 醫管局, 医管局 and 医院管理局 all work); a text that names
    no entity is passed on as typed, and the query answers with no rows."""
    out = dict(params)
    for p in query.params:
        if p.type == "entity" and isinstance(out.get(p.name), str):
            rows = find_entities(store, out[p.name])
            if rows:
                out[p.name] = rows[0]["name"]
    return _script_forms(store, query, out)


def _script_forms(store: GraphStore, query: Any, params: dict[str, Any]) -> dict[str, Any]:
    """A name whose lookup key the query derives (``entity_lookup``'s ``name``) tried as typed, then in each
    script a document may have used, until the query answers: the same forms :func:`find_entities` tries.

    Why: names are stored as documents wrote them, so 医管局 typed in Simplified finds nothing under its own key
    while `org 医管局` finds 医院管理局 by its alias 醫管局. A key the caller gave is left as given."""
    for p in query.params:
        source = p.derived_from
        typed = params.get(source) if source else None
        if not isinstance(typed, str) or params.get(p.name) != lookup_key(typed):
            continue
        for form in dict.fromkeys([typed, *script_variants(typed)]):
            trial = {**params, source: form, p.name: lookup_key(form)}
            if store.run(query.text, trial).rows:
                return trial
    return params


def suggest(store: GraphStore, text: str, limit: int = SUGGESTIONS) -> list[str]:
    """Names close to the typed text: containment first, then similarity."""
    name, _ = lookup_forms(text)
    if not name:
        return []
    found = [r["name"] for r in _run(store, "entity_search", q=name, limit=limit)]
    if len(found) < limit:
        candidates: dict[str, str] = {}
        for row in _run(store, "entity_names"):
            candidates.setdefault(row["name"], row["name"])
            for alias in row.get("aliases") or []:
                candidates.setdefault(alias, row["name"])
        for close in difflib.get_close_matches(name, list(candidates), n=limit, cutoff=0.5):
            canonical = candidates[close]
            if canonical not in found:
                found.append(canonical)
    return found[:limit]


def resolve_entity(store: GraphStore, text: str) -> dict[str, Any]:
    """The one entity the typed text means, or NotFoundError with suggestions."""
    rows = find_entities(store, text)
    if rows:
        return rows[0]
    hints = suggest(store, text)
    hint = ("did you mean: " + "、".join(hints)) if hints else "try `policykg query --name entity_search -p q=PART`"
    raise NotFoundError(f"no organisation named {text!r} in the graph — {hint}")


@dataclass
class OrgReport:
    """An entity with its links grouped by relation type (the `policykg org` view)."""

    entity: dict[str, Any]
    links: list[dict[str, Any]] = field(default_factory=list)
    """The links fetched: all of them, or with a limit only the first of each relation type
    (the query makes that cut: hub agencies have thousands)."""
    second_degree: list[dict[str, Any]] = field(default_factory=list)
    also_matches: list[dict[str, Any]] = field(default_factory=list)

    totals: dict[str, int] | None = None
    """Links per relation type in the graph, when ``links`` holds only the first of each."""

    def counts(self) -> dict[str, int]:
        if self.totals is not None:
            return dict(sorted(self.totals.items()))
        totals: dict[str, int] = defaultdict(int)
        for link in self.links:
            totals[link["relation"]] += 1
        return dict(sorted(totals.items()))

    def grouped(self) -> dict[str, list[dict[str, Any]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for link in self.links:
            groups[link["relation"]].append(link)
        return dict(sorted(groups.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "link_counts": self.counts(),
            "links": self.grouped(),
            "second_degree": self.second_degree,
            "also_matches": self.also_matches,
        }


def _link(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "relation": row["relation"],
        "direction": row["direction"],
        "other": row["other"],
        "other_type": row["other_type"],
        "evidence": row["evidence"],
        "doc": row["document"],
        "doc_number": row["doc_number"],
        "start": row["start"],
    }


def org_report(
    store: GraphStore, text: str, *, depth: int = 1, limit_per_type: int | None = None, depth2_limit: int = 200
) -> OrgReport:
    """Everything the graph says about one organisation, each link with sentence and document.

    With ``limit_per_type`` the store itself keeps the first links of each relation type
    (``org_links_top``) and reports the full counts, so a hub agency with tens of thousands
    of links costs about as much as a small one; without it every link is fetched.
    ``depth2_limit`` bounds the second-degree rows (``org_links_depth2``'s ``$limit``).
    """
    matches = find_entities(store, text)
    if not matches:
        resolve_entity(store, text)  # raises NotFoundError with suggestions
    entity = matches[0]
    report = OrgReport(entity=public_entity(entity), also_matches=[public_entity(m) for m in matches[1:]])

    def ours(row: dict[str, Any]) -> bool:
        # other entities may merely carry this name as an alias
        return row["entity"] == entity["name"] and row["entity_type"] == entity["type"]

    if limit_per_type is None or limit_per_type < 1:
        rows = _run(store, "org_links", name=entity["name"], id=entity["id"])
        report.links.extend(_link(row) for row in rows if ours(row))
    else:
        report.totals = {}
        for row in _run(store, "org_links_top", name=entity["name"], id=entity["id"], limit=limit_per_type):
            if ours(row):
                report.totals[row["relation"]] = row["total"]
                report.links.append(_link(row))
    if depth >= 2:
        for row in _run(store, "org_links_depth2", name=entity["name"], id=entity["id"], limit=depth2_limit):
            if row["entity"] != entity["name"]:
                continue
            first = "→" if row["first_direction"] == "out" else "←"
            second = "→" if row["second_direction"] == "out" else "←"
            report.second_degree.append(
                {
                    "via": row["via"],
                    "type": f"{first}{row['first_relation']} {row['via']} {second}{row['second_relation']}",
                    "other": row["other"],
                    "other_type": row["other_type"],
                    "first_evidence": row["first_evidence"],
                    "first_doc": row["first_doc"],
                    "second_evidence": row["second_evidence"],
                    "second_doc": row["second_doc"],
                }
            )
    return report


def shortest_paths(
    store: GraphStore, a: str, b: str, *, max_hops: int = 6, limit: int = 10, via_regions: bool = False
) -> PathResult:
    """Shortest chains between two organisations named as a person types them
    (the search itself: :func:`policykg.graph.algorithms.paths.entity_paths`)."""
    return entity_paths(
        store,
        resolve_entity(store, a),
        resolve_entity(store, b),
        max_hops=max_hops,
        limit=limit,
        via_regions=via_regions,
    )
