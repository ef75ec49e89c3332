"""Stats and analytics on small graphs whose answers can be worked out by hand."""

from __future__ import annotations

import random

import pytest

from policykg.graph.algorithms import analysis
from policykg.model import DocumentRecord, EntityRecord, GraphSnapshot, RelationRecord, entity_id


def ent(name: str, type_: str = "Company") -> EntityRecord:
    return EntityRecord(id=entity_id(type_, name), name=name, type=type_, aliases=[], docs=["d.txt"])


def rel(head: EntityRecord, type_: str, tail: EntityRecord, start: int) -> RelationRecord:
    return RelationRecord(
        id=f"r_{start:04d}",
        head=head.id,
        type=type_,
        tail=tail.id,
        doc="d.txt",
        evidence="虚构证据",
        start=start,
        end=start + 4,
        rule="t",
    )


def snap(entities: list[EntityRecord], relations: list[RelationRecord]) -> GraphSnapshot:
    doc = DocumentRecord(
        id="d_x",
        file="d.txt",
        sha256="",
        title=None,
        doc_number=None,
        issuer=None,
        date=None,
        addressees=[],
        doc_type="other",
    )
    return GraphSnapshot(documents=[doc], entities=entities, relations=relations).sort()


CENTRE = ent("虚构中心局", "Agency")
LEAVES = [ent(f"虚构企业{i}") for i in range(4)]
REGION = ent("虚构区", "Region")


def star() -> GraphSnapshot:
    """Centre supports four firms (twice for the first); three firms are located in one region."""
    rels = [rel(CENTRE, "SUPPORTS", leaf, i * 10) for i, leaf in enumerate(LEAVES)]
    rels.append(rel(CENTRE, "SUPPORTS", LEAVES[0], 100))
    rels += [rel(leaf, "LOCATED_IN", REGION, 200 + i) for i, leaf in enumerate(LEAVES[1:])]
    return snap([CENTRE, REGION, *LEAVES], rels)


def test_stats_counts_and_top_actors():
    s = analysis.stats(star())
    assert (s.documents, s.entities, s.relations) == (1, 6, 8)
    assert s.entities_by_type == {"Agency": 1, "Company": 4, "Region": 1}
    assert s.relations_by_type == {"LOCATED_IN": 3, "SUPPORTS": 5}
    top = [(r.name, r.score) for r in s.top_actors]
    assert top[0] == ("虚构中心局", 5.0)
    assert top[1] == ("虚构企业0", 2.0)  # the parallel relation counts
    assert all(r.type != "Region" for r in s.top_actors)  # a region is not an actor, even with degree 3
    d = s.to_dict()
    assert d["top_actors"][0]["name"] == "虚构中心局" and d["entities_by_type"]["Company"] == 4


def test_degree_and_betweenness_of_a_star():
    a = analysis.analyze(star())
    assert [(r.name, r.score) for r in a.degree[:2]] == [("虚构中心局", 5.0), ("虚构区", 3.0)]
    scores = {r.name: r.score for r in a.betweenness}
    # Undirected shortest paths, normalised by (n-1)(n-2)/2 = 10:
    # centre: firm0–firm1..3 (3) + firm0–region (1) + half of firm1..3 pairs (1.5) = 5.5
    # region: half of the firm1..3 pairs = 1.5; firm k (k>0): a third of firm0–region and centre–region
    assert scores["虚构中心局"] == pytest.approx(0.55)
    assert scores["虚构区"] == pytest.approx(0.15)
    assert scores["虚构企业1"] == pytest.approx(2 / 30)
    assert scores["虚构企业0"] == 0.0
    assert a.betweenness_exact


def test_betweenness_matches_hand_computation_on_a_pure_star():
    centre = ent("星形中心", "Agency")
    leaves = [ent(f"星形叶{i}") for i in range(4)]
    a = analysis.analyze(snap([centre, *leaves], [rel(centre, "SUPPORTS", x, i) for i, x in enumerate(leaves)]))
    scores = {r.name: r.score for r in a.betweenness}
    # 6 leaf pairs, all through the centre; normalised by (n-1)(n-2)/2 = 6
    assert scores["星形中心"] == pytest.approx(1.0)
    assert all(scores[x.name] == 0.0 for x in leaves)


def test_pagerank_two_nodes_by_hand():
    a, b = ent("前"), ent("后")
    pr = analysis.pagerank(snap([a, b], [rel(a, "SUPPORTS", b, 0)]))
    # a = 0.075 + 0.425 b ; b = 0.075 + 0.425 b + 0.85 a   (b is dangling, spreads uniformly)
    assert pr[b.id] == pytest.approx(0.13875 / 0.21375, abs=1e-8)
    assert pr[a.id] == pytest.approx(1 - 0.13875 / 0.21375, abs=1e-8)


def test_pagerank_cycle_is_uniform_and_sums_to_one():
    xs = [ent(f"环{i}") for i in range(3)]
    pr = analysis.pagerank(snap(xs, [rel(xs[i], "COOPERATES_WITH", xs[(i + 1) % 3], i) for i in range(3)]))
    assert all(v == pytest.approx(1 / 3) for v in pr.values())
    assert sum(analysis.pagerank(star()).values()) == pytest.approx(1.0)


def test_communities_split_two_bridged_triangles():
    left = [ent(f"左{i}") for i in range(3)]
    right = [ent(f"右{i}") for i in range(3)]
    rels = []
    for group, off in ((left, 0), (right, 50)):
        rels += [
            rel(group[0], "COOPERATES_WITH", group[1], off),
            rel(group[1], "COOPERATES_WITH", group[2], off + 1),
            rel(group[2], "COOPERATES_WITH", group[0], off + 2),
        ]
    rels.append(rel(left[0], "COOPERATES_WITH", right[0], 99))
    lonely = ent("孤立企业")
    a = analysis.analyze(snap([*left, *right, lonely], rels))
    groups = sorted(sorted(m.name for m in c.members) for c in a.communities)
    assert groups == sorted([sorted(x.name for x in left), sorted(x.name for x in right)])
    assert [c.size for c in a.communities] == [3, 3]
    # two triangles joined by one edge: Q = 2 * (6/14 - (7/14)^2) = 5/14
    assert a.modularity == pytest.approx(5 / 14)


def test_analysis_is_deterministic_and_order_independent():
    base = analysis.analyze(star()).to_dict()
    s = star()
    rnd = random.Random(7)
    rnd.shuffle(s.entities)
    rnd.shuffle(s.relations)
    assert analysis.analyze(s).to_dict() == base
    assert analysis.stats(s).to_dict() == analysis.stats(star()).to_dict()


def test_top_limits_lists():
    a = analysis.analyze(star(), top=2)
    assert len(a.degree) == len(a.pagerank) == len(a.betweenness) == 2


def test_empty_snapshot():
    empty = GraphSnapshot()
    s = analysis.stats(empty)
    assert (s.entities, s.relations, s.top_actors, s.entities_by_type) == (0, 0, [], {})
    a = analysis.analyze(empty)
    assert (a.degree, a.pagerank, a.betweenness, a.communities, a.modularity) == ([], [], [], [], None)


def test_sampled_betweenness_on_large_graphs(monkeypatch):
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_MAX_NODES", 10)
    monkeypatch.setattr(analysis, "MIN_BETWEENNESS_SAMPLES", 8)
    monkeypatch.setattr(analysis, "BETWEENNESS_WORK_BUDGET", 100)
    centre = ent("大星中心", "Agency")
    leaves = [ent(f"大星叶{i}") for i in range(30)]
    s = snap([centre, *leaves], [rel(centre, "SUPPORTS", x, i) for i, x in enumerate(leaves)])
    a = analysis.analyze(s, top=3)
    assert not a.betweenness_exact
    assert analysis.betweenness_samples(31, 30) == 8  # 8 of 31 sources
    assert a.betweenness[0].name == "大星中心" and a.betweenness[0].score > 0
    assert a.betweenness[1].score == 0.0
    assert analysis.analyze(s, top=3).to_dict() == a.to_dict()  # seeded sampling repeats


def test_betweenness_sample_size_follows_work_budget():
    assert analysis.betweenness_samples(100, 300) is None
    assert analysis.betweenness_samples(5000, 20000) == analysis.BETWEENNESS_WORK_BUDGET // 25000
    assert analysis.betweenness_samples(10**6, 10**7) == analysis.MIN_BETWEENNESS_SAMPLES
