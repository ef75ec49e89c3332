"""Find an organisation by what a person types, and show its links with their evidence.

People type short names, abbreviations, Traditional characters or full-width
letters; the store keeps canonical names, aliases and normalised lookup keys.
This module turns the typed text into one entity (exact matches first, the most
documented one if several share a name), or into a :class:`NotFoundError` that
carries suggestions. The queries it runs are the named ones in ``policykg/queries``
(so ``policykg query --name`` gives the same rows), except the two breadth-first steps
of the shortest-chain search, which take lists of ids. Every look-up is bounded on hub
agencies with tens of thousands of links: limits are applied inside the store.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterator

from policykg import ontology
from policykg.errors import NotFoundError
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
    cleaned = unicodedata.normalize("NFKC", text).strip().strip("《》“”\"'「」")
    if not cleaned:
        return []
    from policykg.loaders.normalize import to_simplified

    forms = [cleaned, to_simplified(cleaned)]
    forms += [_converter(config)(forms[1]) for config in ("s2hk", "s2t", "s2tw")]
    return list(dict.fromkeys(forms))


def _run(store: GraphStore, query_name: str, **params: Any) -> list[dict[str, Any]]:
    query = get_query(query_name)
    return store.run(query.text, query.bind(params)).rows


def find_entities(store: GraphStore, text: str) -> list[dict[str, Any]]:
    """All entities whose name or alias is the typed text, in either script, best first."""
    name, key = lookup_forms(text)
    if not key:
        return []
    rows = _run(store, "entity_lookup", name=name, key=key)
    if rows:
        return rows
    for form in script_variants(text):
        if form == name:
            continue
        rows = _run(store, "entity_lookup", name=form, key=re.sub(r"\s+", "", form).lower())
        if rows:
            return rows
    return rows


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
    return out


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


def _public(entity: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "name", "type", "aliases", "jurisdiction", "confidence", "docs")
    return {k: entity.get(k) for k in keep}


def _link(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "relation": row["relation"], "direction": row["direction"], "other": row["other"],
        "other_type": row["other_type"], "evidence": row["evidence"], "doc": row["document"],
        "doc_number": row["doc_number"], "start": row["start"],
    }


def org_report(store: GraphStore, text: str, *, depth: int = 1, limit_per_type: int | None = None,
               depth2_limit: int = 200) -> OrgReport:
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
    report = OrgReport(entity=_public(entity), also_matches=[_public(m) for m in matches[1:]])

    def ours(row: dict[str, Any]) -> bool:
        # other entities may merely carry this name as an alias
        return row["entity"] == entity["name"] and row["entity_type"] == entity["type"]

    if limit_per_type is None or limit_per_type < 1:
        report.links.extend(_link(row) for row in _run(store, "org_links", name=entity["name"]) if ours(row))
    else:
        report.totals = {}
        for row in _run(store, "org_links_top", name=entity["name"], limit=limit_per_type):
            if ours(row):
                report.totals[row["relation"]] = row["total"]
                report.links.append(_link(row))
    if depth >= 2:
        for row in _run(store, "org_links_depth2", name=entity["name"], limit=depth2_limit):
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
    """Chains from ``a`` to ``b``. Each hop is written in reading order: ``left`` is the
    entity nearer ``a``; ``from``/``to`` are the relation's own head and tail, and
    ``forward`` says whether the relation points from left to right."""

    a: dict[str, Any]
    b: dict[str, Any]
    paths: list[list[dict[str, Any]]] = field(default_factory=list)
    via_regions: bool = False
    """True when the chains step through a region (asked for, or nothing else connects)."""

    def to_dict(self) -> dict[str, Any]:
        return {"a": _public(self.a), "b": _public(self.b), "via_regions": self.via_regions, "paths": self.paths}


# The path search walks the graph from Python one breadth-first layer at a time, with
# these two statements, instead of asking for allShortestPaths: between hub agencies
# there are millions of equally short chains and the engines materialise them all
# (grafeo stops at its memory limit) before ORDER BY … LIMIT keeps ten. They take lists
# of ids, which named queries' string parameters cannot carry, so they live here; the
# unbounded form stays available as the named query ``path_between``.
_RELATIONS = "|".join(ontology.checked_relation(r) for r in ontology.RELATION_TYPES)
NEIGHBOURS = (
    f"UNWIND $ids AS id MATCH (n:Entity {{id: id}})-[:{_RELATIONS}]-(m:Entity) "
    "WHERE NOT m.type IN $skip OR m.id IN $ends "
    "RETURN DISTINCT n.id AS id, m.id AS other, m.name AS name, m.type AS type"
)
HUB_TYPES = ("Region",)
"""Entity types a path goes through only when asked or when nothing else connects: a city
is LOCATED_IN's tail for every firm in it, so through it everything is two hops apart."""
HOP_EDGES = (
    f"UNWIND $pairs AS pair MATCH (n:Entity {{id: pair[0]}})-[r:{_RELATIONS}]-(m:Entity {{id: pair[1]}}) "
    "RETURN pair[0] AS a, pair[1] AS b, r.id AS id, type(r) AS type, startNode(r).id AS head, "
    "r.evidence AS evidence, r.doc AS doc"
)


@dataclass
class _Search:
    """Two breadth-first searches, from a and from b, over entities and evidenced relations."""

    store: GraphStore
    names: dict[str, str]
    types: dict[str, str] = field(default_factory=dict)
    skip: list[str] = field(default_factory=list)
    """Entity types not to step through (the two ends are always allowed)."""
    adjacent: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Neighbours; complete for every expanded entity (edges are stored both ways)."""
    layers: tuple[list[list[str]], list[list[str]]] = field(default_factory=lambda: ([], []))
    seen: tuple[dict[str, int], dict[str, int]] = field(default_factory=lambda: ({}, {}))

    def start(self, side: int, entity_id: str) -> None:
        self.layers[side].append([entity_id])
        self.seen[side][entity_id] = 0

    def expand(self, side: int) -> list[str]:
        """The next layer on one side; returns the entities it shares with the other side."""
        frontier = self.layers[side][-1]
        depth = len(self.layers[side])
        found: set[str] = set()
        ends = [layer[0][0] for layer in self.layers]
        for row in self.store.run(NEIGHBOURS, {"ids": frontier, "skip": self.skip, "ends": ends}).rows:
            here, there = row["id"], row["other"]
            self.adjacent[here].add(there)
            self.adjacent[there].add(here)
            self.names[there] = row["name"]
            self.types[there] = row["type"]
            if there not in self.seen[side]:
                self.seen[side][there] = depth
                found.add(there)
        self.layers[side].append(sorted(found))
        return sorted(v for v in found if v in self.seen[1 - side])


def _on_shortest_paths(search: _Search, meeting: list[str]) -> list[set[str]]:
    """For each position 0..L of a shortest chain, the entities that can stand there.

    Every shortest chain passes the meeting layer at the same position (its distance
    from a); before it, a node must be one layer nearer a and adjacent to a candidate
    of the next position, after it one layer nearer b and adjacent to the previous one.
    """
    ka, kb = len(search.layers[0]) - 1, len(search.layers[1]) - 1
    length = ka + kb
    positions: list[set[str]] = [set() for _ in range(length + 1)]
    positions[ka] = set(meeting)
    for i in range(ka - 1, -1, -1):
        positions[i] = {v for v in search.layers[0][i] if search.adjacent[v] & positions[i + 1]}
    for i in range(ka + 1, length + 1):
        positions[i] = {v for v in search.layers[1][length - i] if search.adjacent[v] & positions[i - 1]}
    return positions


def _name_sequences(search: _Search, positions: list[set[str]]) -> Iterator[list[set[str]]]:
    """Chains as sequences of same-named entity sets, in the order of their names."""

    def walk(i: int, here: set[str]) -> Iterator[list[set[str]]]:
        if i == len(positions) - 1:
            yield [here]
            return
        by_name: dict[str, set[str]] = defaultdict(set)
        for v in here:
            for w in search.adjacent[v] & positions[i + 1]:
                by_name[search.names[w]].add(w)
        for name in sorted(by_name):
            for rest in walk(i + 1, by_name[name]):
                yield [here, *rest]

    yield from walk(0, positions[0])


def _chains(search: _Search, sets: list[set[str]], limit: int) -> list[list[dict[str, Any]]]:
    """The first ``limit`` chains through these entity sets, in the order of their relation ids."""
    alive = [set() for _ in sets]
    alive[-1] = set(sets[-1])
    for i in range(len(sets) - 2, -1, -1):
        alive[i] = {v for v in sets[i] if search.adjacent[v] & alive[i + 1]}
    pairs = sorted([v, w] for i in range(len(sets) - 1) for v in alive[i] for w in search.adjacent[v] & alive[i + 1])
    edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in search.store.run(HOP_EDGES, {"pairs": pairs}).rows:
        edges[row["a"]].append(row)
    for rows in edges.values():
        rows.sort(key=lambda r: (r["id"] or "", r["b"]))
    out: list[list[dict[str, Any]]] = []

    def walk(i: int, v: str, prefix: list[dict[str, Any]]) -> None:
        if len(out) >= limit:
            return
        if i == len(sets) - 1:
            out.append(prefix)
            return
        for row in edges[v]:
            if row["b"] in alive[i + 1]:
                walk(i + 1, row["b"], [*prefix, row])
                if len(out) >= limit:
                    return

    for v in sorted(alive[0]):
        walk(0, v, [])
    return out


def shortest_paths(store: GraphStore, a: str, b: str, *, max_hops: int = 6, limit: int = 10,
                   via_regions: bool = False) -> PathResult:
    """Shortest chains between two organisations that read like the documents.

    Regions are hubs (every firm is LOCATED_IN its city), so chains avoid stepping
    through them unless ``via_regions`` is set or no other chain connects the two
    within ``max_hops``; ``PathResult.via_regions`` then says the chains use them.
    """
    ea, eb = resolve_entity(store, a), resolve_entity(store, b)
    if not via_regions:
        result = _shortest_paths(store, ea, eb, max_hops=max_hops, limit=limit, skip=list(HUB_TYPES))
        if result.paths or ea["id"] == eb["id"]:
            return result
    result = _shortest_paths(store, ea, eb, max_hops=max_hops, limit=limit, skip=[])
    result.via_regions = any(hop["right_type"] in HUB_TYPES for hops in result.paths for hop in hops[:-1])
    return result


def _shortest_paths(store: GraphStore, ea: dict[str, Any], eb: dict[str, Any], *, max_hops: int, limit: int,
                    skip: list[str]) -> PathResult:
    """Shortest chains of evidenced relations between two organisations, at most ``limit`` of them.

    Chains run over entities only (documents are not stepping stones) and come in the
    order of the named query ``path_between``: by the names along the chain, then by
    relation ids. The search is a breadth-first search from both ends, one query per
    layer, so its cost is bounded by the entities it reaches, however many equally
    short chains hub agencies create between the two.
    """
    result = PathResult(a=ea, b=eb)
    if ea["id"] == eb["id"] or limit < 1:
        return result
    search = _Search(store, names={ea["id"]: ea["name"], eb["id"]: eb["name"]}, skip=skip,
                     types={ea["id"]: ea["type"], eb["id"]: eb["type"]})
    search.start(0, ea["id"])
    search.start(1, eb["id"])
    meeting: list[str] = []
    while not meeting:
        reached = len(search.layers[0]) + len(search.layers[1]) - 2
        fronts = [search.layers[0][-1], search.layers[1][-1]]
        if reached >= max_hops or not fronts[0] or not fronts[1]:
            return result
        meeting = search.expand(0 if len(fronts[0]) <= len(fronts[1]) else 1)
    positions = _on_shortest_paths(search, meeting)
    for sets in _name_sequences(search, positions):
        for chain in _chains(search, sets, limit - len(result.paths)):
            hops = []
            left = ea["id"]
            for row in chain:
                right = row["b"]
                forward = row["head"] == left
                hops.append({
                    "from": search.names[row["head"]], "type": row["type"],
                    "to": search.names[right if forward else left],
                    "left": search.names[left], "right": search.names[right], "forward": forward,
                    "left_type": search.types.get(left), "right_type": search.types.get(right),
                    "evidence": row["evidence"], "doc": row["doc"],
                })
                left = right
            result.paths.append(hops)
        if len(result.paths) >= limit:
            break
    return result
