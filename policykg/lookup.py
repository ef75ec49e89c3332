"""Find an organisation by what a person types, and show its links with their evidence.

People type short names, abbreviations, Traditional characters or full-width
letters; the store keeps canonical names, aliases and normalised lookup keys.
This module turns the typed text into one entity (exact matches first, the most
documented one if several share a name), or into a :class:`NotFoundError` that
carries suggestions. All queries it runs are the named ones in
``policykg/queries`` so that ``policykg query --name`` gives the same rows.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from policykg.errors import NotFoundError, QueryError
from policykg.graph.base import GraphStore
from policykg.queries import get_query

SUGGESTIONS = 8


def lookup_forms(text: str) -> tuple[str, str]:
    """The typed text as stored names are written (Simplified, trimmed) and as a lookup key."""
    from policykg.loaders.normalize import to_simplified

    cleaned = unicodedata.normalize("NFKC", text).strip().strip("《》“”\"'「」")
    simplified = to_simplified(cleaned)
    key = re.sub(r"\s+", "", simplified).lower()
    return simplified, key


def _run(store: GraphStore, query_name: str, **params: Any) -> list[dict[str, Any]]:
    query = get_query(query_name)
    return store.run(query.text, query.bind(params)).rows


def find_entities(store: GraphStore, text: str) -> list[dict[str, Any]]:
    """All entities whose name or alias is the typed text, best first."""
    name, key = lookup_forms(text)
    if not key:
        return []
    rows = _run(store, "entity_lookup", name=name, key=key)
    if not rows and name != text.strip():
        rows = _run(store, "entity_lookup", name=text.strip(), key=key)
    return rows


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
    second_degree: list[dict[str, Any]] = field(default_factory=list)
    also_matches: list[dict[str, Any]] = field(default_factory=list)

    limit_per_type: int | None = None
    """Show at most this many links of each relation type (hub agencies can have thousands)."""

    def counts(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for link in self.links:
            totals[link["relation"]] += 1
        return dict(sorted(totals.items()))

    def grouped(self) -> dict[str, list[dict[str, Any]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for link in self.links:
            group = groups[link["relation"]]
            if self.limit_per_type is None or len(group) < self.limit_per_type:
                group.append(link)
        return dict(sorted(groups.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "link_counts": self.counts(),
            "links": self.grouped(),
            "second_degree": self.second_degree,
            "also_matches": self.also_matches,
        }


def _public(entity: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "name", "type", "aliases", "jurisdiction", "confidence", "docs")
    return {k: entity.get(k) for k in keep}


def org_report(store: GraphStore, text: str, *, depth: int = 1, limit_per_type: int | None = None) -> OrgReport:
    """Everything the graph says about one organisation, each link with sentence and document."""
    matches = find_entities(store, text)
    if not matches:
        resolve_entity(store, text)  # raises NotFoundError with suggestions
    entity = matches[0]
    report = OrgReport(entity=_public(entity), also_matches=[_public(m) for m in matches[1:]],
                       limit_per_type=limit_per_type)
    for row in _run(store, "org_links", name=entity["name"]):
        if row["entity"] != entity["name"] or row["entity_type"] != entity["type"]:
            continue  # another entity that merely carries this name as an alias
        report.links.append({
            "relation": row["relation"], "direction": row["direction"], "other": row["other"],
            "other_type": row["other_type"], "evidence": row["evidence"], "doc": row["document"],
            "doc_number": row["doc_number"], "start": row["start"],
        })
    if depth >= 2:
        for row in _run(store, "org_links_depth2", name=entity["name"]):
            if row["entity"] != entity["name"]:
                continue
            first = "→" if row["first_direction"] == "out" else "←"
            second = "→" if row["second_direction"] == "out" else "←"
            report.second_degree.append({
                "via": row["via"], "type": f"{first}{row['first_relation']} {row['via']} {second}{row['second_relation']}",
                "other": row["other"], "other_type": row["other_type"],
                "first_evidence": row["first_evidence"], "first_doc": row["first_doc"],
                "second_evidence": row["second_evidence"], "second_doc": row["second_doc"],
            })
    return report


@dataclass
class PathResult:
    a: dict[str, Any]
    b: dict[str, Any]
    paths: list[list[dict[str, Any]]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"a": _public(self.a), "b": _public(self.b), "paths": self.paths}


def shortest_paths(store: GraphStore, a: str, b: str, *, max_hops: int = 6, limit: int = 10) -> PathResult:
    """Shortest chains of evidenced relations between two organisations."""
    ea, eb = resolve_entity(store, a), resolve_entity(store, b)
    result = PathResult(a=ea, b=eb)
    if ea["id"] == eb["id"]:
        return result
    try:
        rows = _run(store, "path_between", a=ea["name"], b=eb["name"], limit=limit)
    except QueryError as exc:
        # hub entities can join two names by millions of equally short chains; the engine
        # refuses to hold them all rather than run out of memory
        raise QueryError(f"too many shortest chains between {ea['name']} and {eb['name']} to list "
                         f"({str(exc).splitlines()[0][:120]}) — look at each with `policykg org`, "
                         "or run your own bounded Cypher with `policykg query`") from exc
    for row in rows:
        if row["hops"] > max_hops:
            continue
        hops = []
        names = row["names"]
        for i, rel in enumerate(row["relations"]):
            left, right = names[i], names[i + 1]
            head = row["heads"][i]
            hops.append({
                "from": head, "type": rel, "to": right if head == left else left,
                "evidence": row["evidence"][i], "doc": row["documents"][i],
            })
        result.paths.append(hops)
    return result
