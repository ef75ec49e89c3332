"""Look-ups stay bounded on hub entities and still give the rows the plain definition gives.

A small graph with two hub agencies joined by many universities (parallel relations from
several documents, two same-named entities of different types) stands in for the 10k
corpus: the per-type limit of ``org``, the second-degree cut and the shortest-chain search
are each checked against a brute-force answer computed in Python from merge_graphs, on the
embedded store and, when NEO4J_URI is set, on Neo4j (whose database this module wipes).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from stores_factory import STORES, seeded_store
from test_store_embedded import _graph

from policykg.graph.algorithms.merge import merge_graphs
from policykg.lookup import org_report, shortest_paths
from policykg.model import DocumentGraph, Entity
from policykg.queries import get_query

HUB_A, HUB_B = "上海市甲委员会", "上海市乙局"
START, END = "戊医院", "己研究所"
UNIVERSITIES = [f"丙{i}大学" for i in "一二三四五六七"]


def hub_graphs() -> list[DocumentGraph]:
    """Every university is supported by A in two documents and cooperates with B: many equal chains."""
    a, b = Entity(HUB_A, "Agency", ["市甲委"], "上海"), Entity(HUB_B, "Agency", [], "上海")
    unis = [Entity(u, "University", [], "上海") for u in UNIVERSITIES]
    twins = [Entity("庚中心", "Platform"), Entity("庚中心", "Lab")]  # same name, two entities
    start, end = Entity(START, "Hospital"), Entity(END, "ResearchInstitute")
    people = [a, b, *unis, *twins, start, end]
    graphs = []
    for doc in ("x/1.txt", "x/2.txt"):
        rels = [(HUB_A, "SUPPORTS", u) for u in UNIVERSITIES] + [(START, "COOPERATES_WITH", HUB_A)]
        graphs.append(_graph(doc, [a, *unis, start], rels, title=doc, doc_type="policy"))
    rels = [(u, "COOPERATES_WITH", HUB_B) for u in UNIVERSITIES] + [(END, "PART_OF", HUB_B)]
    graphs.append(_graph("y/3.txt", [b, *unis, end], rels, doc_number="乙发〔2024〕3号", doc_type="policy"))
    # the twins hang between the hubs too, so chains through them tie on names
    for i, twin in enumerate(twins):
        graphs.append(DocumentGraph(*_twin_graph(f"z/{i}.txt", twin, a, b)))
    assert len({e.id for g in graphs for e in g.entities}) == len(people)
    return graphs


def _twin_graph(file: str, twin: Entity, a: Entity, b: Entity):
    from policykg.model import Document, Evidence, Relation

    doc = Document(file=file, sha256="sha-" + file, text="", title=file)
    rels = [
        Relation(a.id, "FOUNDED", twin.id, Evidence(file, f"{a.name}设立{twin.name}", 0, 9, "test-rule", 0.9)),
        Relation(twin.id, "MEMBER_OF", b.id, Evidence(file, f"{twin.name}加入{b.name}", 20, 29, "test-rule", 0.9)),
    ]
    return doc, [twin, a, b], rels


@pytest.fixture(scope="module", params=STORES)
def store(request, tmp_path_factory):
    yield from seeded_store(request.param, tmp_path_factory.mktemp("scale"), hub_graphs())


@pytest.fixture(scope="module")
def snap():
    return merge_graphs(hub_graphs())


def ask(store, query: str, **params):
    q = get_query(query)
    return store.run(q.text, q.bind(params)).rows


# ------------------------------------------------------------------ org: per-type limit


@pytest.mark.parametrize("limit", [1, 3, 25])
def test_org_report_limited_in_the_store_equals_cutting_the_full_list(store, limit):
    full = org_report(store, HUB_A).to_dict()
    cut = org_report(store, HUB_A, limit_per_type=limit).to_dict()
    assert cut["link_counts"] == full["link_counts"] == {"COOPERATES_WITH": 2, "FOUNDED": 2, "SUPPORTS": 14}
    assert cut["links"] == {rel: links[:limit] for rel, links in full["links"].items()}
    assert cut["entity"] == full["entity"]


def test_org_links_top_rows(store):
    rows = ask(store, "org_links_top", name="市甲委", limit=2)  # by alias
    by_rel = defaultdict(list)
    for r in rows:
        by_rel[r["relation"]].append(r)
    assert {rel: len(rs) for rel, rs in by_rel.items()} == {"COOPERATES_WITH": 2, "FOUNDED": 2, "SUPPORTS": 2}
    assert {r["total"] for r in by_rel["SUPPORTS"]} == {14}
    assert [r["document"] for r in by_rel["SUPPORTS"]] == ["x/1.txt", "x/1.txt"]  # first document first
    assert ask(store, "org_links_top", name="无此单位") == []


# ------------------------------------------------------------------ org --depth 2


def depth2_expected(snap, name: str) -> list[tuple]:
    """Every (first hop, second hop) pair of distinct relations ending neither at the entity nor at one of
    its direct links, as org_links_depth2 defines its rows."""
    ents = snap.entity_by_id()
    e = next(x.id for x in snap.entities if x.name == name)
    touching = defaultdict(list)
    for r in snap.relations:
        touching[r.head].append(r)
        if r.tail != r.head:
            touching[r.tail].append(r)
    direct = {r.tail if r.head == e else r.head for r in touching[e]}
    rows = set()
    for r1 in touching[e]:
        m = r1.tail if r1.head == e else r1.head
        for r2 in touching[m]:
            o = r2.tail if r2.head == m else r2.head
            if r2.id == r1.id or o == e or o in direct:
                continue
            rows.add(
                (
                    ents[o].name,
                    ents[o].type,
                    ents[m].name,
                    ents[m].type,
                    r1.type,
                    r2.type,
                    "out" if r1.head == e else "in",
                    "out" if r2.head == m else "in",
                    r1.doc,
                    r1.evidence,
                    r2.doc,
                    r2.evidence,
                )
            )
    return sorted(rows)


@pytest.mark.parametrize("limit", [1, 2, 5, 9, 200])
def test_depth2_is_the_first_rows_of_the_full_definition(store, snap, limit):
    rows = ask(store, "org_links_depth2", name=START, limit=limit)
    got = [
        (
            r["other"],
            r["other_type"],
            r["via"],
            r["via_type"],
            r["first_relation"],
            r["second_relation"],
            r["first_direction"],
            r["second_direction"],
            r["first_doc"],
            r["first_evidence"],
            r["second_doc"],
            r["second_evidence"],
        )
        for r in rows
    ]
    expected = depth2_expected(snap, START)
    assert len(expected) > 9  # the cut matters: more rows exist than the small limits keep
    assert got == expected[:limit]


def test_depth2_from_a_hub(store, snap):
    expected = depth2_expected(snap, HUB_A)
    rows = ask(store, "org_links_depth2", name=HUB_A, limit=10)
    assert [(r["other"], r["via"], r["first_doc"], r["second_doc"]) for r in rows] == [
        (x[0], x[2], x[8], x[10]) for x in expected[:10]
    ]
    report = org_report(store, HUB_A, depth=2, depth2_limit=4)
    assert len(report.second_degree) == 4


# ------------------------------------------------------------------ shortest chains


def chains_expected(snap, a: str, b: str, limit: int) -> list[list[tuple[str, str, str]]]:
    """All shortest chains by brute force, ordered by names then relation ids, as path_between orders them."""
    ents = snap.entity_by_id()
    start = next(x.id for x in snap.entities if x.name == a)
    goal = next(x.id for x in snap.entities if x.name == b)
    touching = defaultdict(list)
    for r in snap.relations:
        touching[r.head].append((r, r.tail))
        touching[r.tail].append((r, r.head))
    dist = {start: 0}
    layer = [start]
    while layer and goal not in dist:
        nxt = []
        for v in layer:
            for _, w in touching[v]:
                if w not in dist:
                    dist[w] = dist[v] + 1
                    nxt.append(w)
        layer = nxt
    found = []

    def walk(v, nodes, rels):
        if v == goal:
            found.append((nodes, rels))
            return
        for r, w in touching[v]:
            if dist.get(w) == dist[v] + 1 and dist[w] <= dist[goal]:
                walk(w, nodes + [w], rels + [r])

    walk(start, [start], [])
    found.sort(key=lambda f: ([ents[n].name for n in f[0]], [r.id for r in f[1]]))
    return [[(ents[r.head].name, r.type, r.doc) for r in rels] for _, rels in found[:limit]]


@pytest.mark.parametrize("limit", [1, 10, 40])
def test_shortest_chains_match_brute_force(store, snap, limit):
    expected = chains_expected(snap, START, END, limit)
    result = shortest_paths(store, START, END, limit=limit)
    got = [[(h["from"], h["type"], h["doc"]) for h in hops] for hops in result.paths]
    assert got == expected
    # START–A is stated in two documents: 2 × (7 universities × 2 documents + 2 twins) chains
    assert len(got) == min(limit, 2 * (2 * len(UNIVERSITIES) + 2))
    assert all(len(hops) == 4 and hops[0]["from"] == START and hops[-1]["to"] == HUB_B for hops in result.paths)


def test_chain_hops_read_as_sentences(store):
    hops = shortest_paths(store, END, "丙三大学").paths[0]
    assert [(h["from"], h["type"], h["to"]) for h in hops] == [
        (END, "PART_OF", HUB_B),
        ("丙三大学", "COOPERATES_WITH", HUB_B),
    ]
    assert hops[0]["evidence"] == f"{END}与{HUB_B}：PART_OF"


def test_no_chain_within_max_hops(store):
    assert shortest_paths(store, START, END, max_hops=3).paths == []
    assert len(shortest_paths(store, START, END, max_hops=4).paths) == 10
    assert shortest_paths(store, START, START).paths == []
    assert shortest_paths(store, HUB_A, HUB_B, limit=3).paths == shortest_paths(store, HUB_A, HUB_B).paths[:3]


def test_matches_the_named_query_where_it_answers(store):
    rows = ask(store, "path_between", a=START, b=END, limit=10)
    result = shortest_paths(store, START, END)
    assert [[(h["from"], h["type"], h["evidence"]) for h in hops] for hops in result.paths] == [
        list(zip(r["heads"], r["relations"], r["evidence"])) for r in rows
    ]
