"""Counts and network analytics over a snapshot: who is central, who clusters with whom.

Everything here is deterministic (sorted inputs, fixed seeds, ties broken by name
and id) so that a report on the same graph never changes between runs. The
structural measures read an *undirected, weighted* entity graph (weight = number
of relations between two entities, any type, any direction): for "who is central
in the ecosystem" a 支持 edge and a 合作 edge both mean the two are connected.
PageRank is the exception: it follows relation direction, so it favours what
many relations point at (issuing agencies, hubs that others rely on).

PageRank is computed here in plain Python because networkx's implementation
needs NumPy/SciPy, which policykg does not otherwise depend on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from policykg import ontology
from policykg.model import EntityRecord, GraphSnapshot

SEED = 42
EXACT_BETWEENNESS_MAX_NODES = 2000
BETWEENNESS_WORK_BUDGET = 3_000_000
"""Betweenness costs about one breadth-first search (nodes + edges steps) per source node,
roughly 2 µs a step here; this budget keeps it to a few seconds on any graph."""
MIN_BETWEENNESS_SAMPLES = 64


def betweenness_samples(nodes: int, edges: int) -> int | None:
    """``None`` for exact betweenness (small graphs), else how many seeded source samples."""
    per_source = nodes + edges
    if nodes <= EXACT_BETWEENNESS_MAX_NODES and nodes * per_source <= BETWEENNESS_WORK_BUDGET:
        return None
    return min(nodes, max(MIN_BETWEENNESS_SAMPLES, BETWEENNESS_WORK_BUDGET // max(per_source, 1)))


@dataclass(frozen=True)
class Ranked:
    """One entity with one score, as every ranking reports it."""

    id: str
    name: str
    type: str
    score: float


@dataclass
class Stats:
    documents: int
    entities: int
    relations: int
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]
    top_actors: list[Ranked] = field(default_factory=list)
    """Actor entities (ontology ``is_actor``) by number of relations, highest first."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Community:
    index: int
    size: int
    members: list[Ranked]
    """Members ranked by degree inside the whole graph."""


@dataclass
class Analysis:
    nodes: int
    edges: int
    degree: list[Ranked]
    pagerank: list[Ranked]
    betweenness: list[Ranked]
    betweenness_exact: bool
    communities: list[Community]
    modularity: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------- helpers


def _type_order(counts: Counter[str], known: list[str]) -> dict[str, int]:
    """Ontology order first (stable across runs and readable), then unknown types by name."""
    order = [t for t in known if counts.get(t)] + sorted(t for t in counts if t not in known)
    return {t: counts[t] for t in order}


def degrees(snapshot: GraphSnapshot) -> dict[str, int]:
    """Number of relations each entity takes part in (a self-loop counts twice)."""
    deg: Counter[str] = Counter({e.id: 0 for e in snapshot.entities})
    for r in snapshot.relations:
        deg[r.head] += 1
        deg[r.tail] += 1
    return dict(deg)


def _rank(
    scores: dict[str, float], by_id: dict[str, EntityRecord], top: int | None, keep: set[str] | None = None
) -> list[Ranked]:
    items = []
    for eid, score in scores.items():
        if keep is not None and eid not in keep:
            continue
        e = by_id.get(eid)
        items.append(Ranked(eid, e.name if e else eid, e.type if e else "Unknown", float(score)))
    items.sort(key=lambda x: (-x.score, x.name, x.id))
    return items if top is None else items[:top]


def entity_graph(snapshot: GraphSnapshot) -> nx.Graph:
    """Undirected simple graph of entities; edge ``weight`` counts the relations between a pair."""
    g = nx.Graph()
    g.add_nodes_from(sorted(e.id for e in snapshot.entities))
    for r in sorted(snapshot.relations, key=lambda r: r.id):
        if r.head == r.tail:
            continue  # a self-relation says nothing about connecting the ecosystem
        if g.has_edge(r.head, r.tail):
            g[r.head][r.tail]["weight"] += 1
        else:
            g.add_edge(r.head, r.tail, weight=1)
    return g


def pagerank(
    snapshot: GraphSnapshot, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """Directed PageRank over relations (parallel relations add weight), same definition as
    ``networkx.pagerank``: uniform teleport, dangling nodes spread their rank uniformly."""
    nodes = sorted(
        {e.id for e in snapshot.entities} | {r.head for r in snapshot.relations} | {r.tail for r in snapshot.relations}
    )
    n = len(nodes)
    if n == 0:
        return {}
    out_weight: Counter[str] = Counter()
    links: dict[str, Counter[str]] = {v: Counter() for v in nodes}
    for r in snapshot.relations:
        links[r.head][r.tail] += 1
        out_weight[r.head] += 1
    rank = {v: 1.0 / n for v in nodes}
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in nodes if out_weight[v] == 0) / n
        nxt = {v: (1.0 - alpha) / n + dangling for v in nodes}
        for v in nodes:
            w = out_weight[v]
            if not w:
                continue
            share = alpha * rank[v] / w
            for t, k in links[v].items():
                nxt[t] += share * k
        delta = sum(abs(nxt[v] - rank[v]) for v in nodes)
        rank = nxt
        if delta < n * tol:
            break
    return rank


# ---------------------------------------------------------------- public


def stats(snapshot: GraphSnapshot, top: int = 10) -> Stats:
    """Counts by type and the best-connected actors."""
    by_id = snapshot.entity_by_id()
    actors = {e.id for e in snapshot.entities if (t := ontology.ENTITY_TYPES.get(e.type)) is not None and t.is_actor}
    deg = degrees(snapshot)
    top_actors = [r for r in _rank({k: float(v) for k, v in deg.items()}, by_id, None, actors) if r.score > 0]
    return Stats(
        documents=len(snapshot.documents),
        entities=len(snapshot.entities),
        relations=len(snapshot.relations),
        entities_by_type=_type_order(Counter(e.type for e in snapshot.entities), list(ontology.ENTITY_TYPES)),
        relations_by_type=_type_order(Counter(r.type for r in snapshot.relations), list(ontology.RELATION_TYPES)),
        top_actors=top_actors[:top],
    )


def analyze(snapshot: GraphSnapshot, top: int = 20) -> Analysis:
    """Degree, PageRank, betweenness and Louvain communities, each ranked and cut to ``top``.

    Betweenness is exact on small graphs (up to 2,000 entities and within
    :data:`BETWEENNESS_WORK_BUDGET`) and otherwise estimated from seeded source samples
    sized to that budget, which keeps large graphs to seconds and results repeatable."""
    by_id = snapshot.entity_by_id()
    g = entity_graph(snapshot)
    deg = degrees(snapshot)

    k = betweenness_samples(g.number_of_nodes(), g.number_of_edges())
    exact = k is None
    if g.number_of_nodes() == 0:
        btw: dict[str, float] = {}
    elif k is None:
        btw = nx.betweenness_centrality(g, normalized=True)
    else:
        btw = nx.betweenness_centrality(g, k=k, normalized=True, seed=SEED)

    communities: list[Community] = []
    modularity: float | None = None
    if g.number_of_edges() > 0:
        parts = nx.community.louvain_communities(g, weight="weight", seed=SEED)
        modularity = float(nx.community.modularity(g, parts, weight="weight"))
        deg_f = {k: float(v) for k, v in deg.items()}
        ranked_parts = [_rank({v: deg_f.get(v, 0.0) for v in part}, by_id, None) for part in parts if len(part) > 1]
        ranked_parts.sort(key=lambda ms: (-len(ms), ms[0].name, ms[0].id))
        communities = [Community(index=i, size=len(ms), members=ms) for i, ms in enumerate(ranked_parts[:top])]

    return Analysis(
        nodes=g.number_of_nodes(),
        edges=len(snapshot.relations),
        degree=_rank({k: float(v) for k, v in deg.items()}, by_id, top),
        pagerank=_rank(pagerank(snapshot), by_id, top),
        betweenness=_rank(btw, by_id, top),
        betweenness_exact=exact,
        communities=communities,
        modularity=modularity,
    )
