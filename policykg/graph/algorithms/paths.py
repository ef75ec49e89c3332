"""Shortest chains of evidenced relations between two entities, over any store.

Why here: path search is an algorithm over the stored graph, like centrality in
:mod:`policykg.graph.algorithms.analysis`; :mod:`policykg.lookup` turns typed names into
entities and calls it. The search walks the graph from Python one breadth-first layer at
a time through two Cypher statements, so it runs unchanged on every store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from policykg import ontology
from policykg.graph.stores.base import GraphStore

PUBLIC_ENTITY_KEYS = ("id", "name", "type", "aliases", "jurisdiction", "confidence", "docs")


def public_entity(entity: dict[str, Any]) -> dict[str, Any]:
    """An entity row as look-ups show it: the same keys in the same order, whatever the query returned."""
    return {k: entity.get(k) for k in PUBLIC_ENTITY_KEYS}


def entity_paths(
    store: GraphStore,
    ea: dict[str, Any] | list[dict[str, Any]],
    eb: dict[str, Any] | list[dict[str, Any]],
    *,
    max_hops: int = 6,
    limit: int = 10,
    via_regions: bool = False,
) -> PathResult:
    """Shortest chains between two resolved entities that read like the documents.

    Either end may be several entities (a name such as 市政府 that several organisations
    carry): the search then starts from all of them at once and keeps the shortest chains
    from any of them, and ``PathResult.a``/``b`` are the entities the first chain joins.

    Regions are hubs (every firm is LOCATED_IN its city), so chains avoid stepping
    through them unless ``via_regions`` is set or no other chain connects the two
    within ``max_hops``; ``PathResult.via_regions`` then says the chains use them.
    """
    starts = ea if isinstance(ea, list) else [ea]
    ends = eb if isinstance(eb, list) else [eb]
    if not via_regions:
        result = _shortest_paths(store, starts, ends, max_hops=max_hops, limit=limit, skip=list(HUB_TYPES))
        if result.paths or result.a["id"] == result.b["id"]:
            return result
    result = _shortest_paths(store, starts, ends, max_hops=max_hops, limit=limit, skip=[])
    result.via_regions = any(hop["right_type"] in HUB_TYPES for hops in result.paths for hop in hops[:-1])
    return result


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
    a_searched: list[dict[str, Any]] = field(default_factory=list)
    """Every entity the search started from at ``a``'s end (several when a name is shared)."""
    b_searched: list[dict[str, Any]] = field(default_factory=list)
    a_others: list[dict[str, Any]] = field(default_factory=list)
    """Entities the name typed for ``a`` also matches that were not searched from (it is only their alias)."""
    b_others: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": public_entity(self.a),
            "b": public_entity(self.b),
            "via_regions": self.via_regions,
            "paths": self.paths,
            "a_searched": [public_entity(e) for e in self.a_searched or [self.a]],
            "b_searched": [public_entity(e) for e in self.b_searched or [self.b]],
            "also_matches": {
                "a": [public_entity(e) for e in self.a_others],
                "b": [public_entity(e) for e in self.b_others],
            },
        }


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

    def start(self, side: int, entity_ids: list[str]) -> None:
        self.layers[side].append(sorted(entity_ids))
        for entity_id in entity_ids:
            self.seen[side][entity_id] = 0

    def expand(self, side: int) -> list[str]:
        """The next layer on one side; returns the entities it shares with the other side."""
        frontier = self.layers[side][-1]
        depth = len(self.layers[side])
        found: set[str] = set()
        ends = [v for layer in self.layers for v in layer[0]]
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
    alive: list[set[str]] = [set() for _ in sets]
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


def _shortest_paths(
    store: GraphStore,
    starts: list[dict[str, Any]],
    ends: list[dict[str, Any]],
    *,
    max_hops: int,
    limit: int,
    skip: list[str],
) -> PathResult:
    """Shortest chains of evidenced relations between two organisations, at most ``limit`` of them.

    Chains run over entities only (documents are not stepping stones) and come in the
    order of the named query ``path_between``: by the names along the chain, then by
    relation ids. The search is a breadth-first search from both ends, one query per
    layer, so its cost is bounded by the entities it reaches, however many equally
    short chains hub agencies create between the two. Each end may be several entities
    (all start the search's first layer on their side).
    """
    result = PathResult(a=starts[0], b=ends[0], a_searched=list(starts), b_searched=list(ends))
    by_id = {e["id"]: e for e in [*starts, *ends]}
    shared = sorted(by_id.keys() & {e["id"] for e in starts} & {e["id"] for e in ends})
    if shared:  # one entity at both ends: the same organisation, no chain needed
        result.a = result.b = by_id[shared[0]]
        return result
    if limit < 1:
        return result
    search = _Search(
        store,
        names={e["id"]: e["name"] for e in by_id.values()},
        skip=skip,
        types={e["id"]: e["type"] for e in by_id.values()},
    )
    search.start(0, [e["id"] for e in starts])
    search.start(1, [e["id"] for e in ends])
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
            result.paths.append(_hops(search, chain))
            if len(result.paths) == 1:
                result.a, result.b = by_id[chain[0]["a"]], by_id[chain[-1]["b"]]
        if len(result.paths) >= limit:
            break
    return result


def _hops(search: _Search, chain: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One chain's relations as hops in reading order, from the entity it starts at."""
    hops = []
    left = chain[0]["a"]
    for row in chain:
        right = row["b"]
        forward = row["head"] == left
        hops.append(
            {
                "from": search.names[row["head"]],
                "type": row["type"],
                "to": search.names[right if forward else left],
                "left": search.names[left],
                "right": search.names[right],
                "forward": forward,
                "left_type": search.types.get(left),
                "right_type": search.types.get(right),
                "evidence": row["evidence"],
                "doc": row["doc"],
            }
        )
        left = right
    return hops
