"""Neo4j and the embedded store hold the same graph and answer every named query with the
same rows; Neo4j's own failure modes come back as the promised one-line messages.

Needs a Neo4j 5 server: ``eval "$(scripts/neo4j-local start)"`` exports NEO4J_URI etc.
The database named by NEO4J_DATABASE is wiped at the start of this module, so point it
at a throwaway server.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_queries import SAMPLE_PARAMS
from test_store_embedded import INJECTION, assert_same, changed_b, sample_graphs

from policykg.errors import QueryError, StoreError
from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.queries import get_query, list_queries

URI = os.environ.get("NEO4J_URI")
pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not URI, reason='NEO4J_URI is not set; run: eval "$(scripts/neo4j-local start)"'),
]


def _connect(**overrides):
    from policykg.graph.stores.neo4j_store import Neo4jStore

    args = dict(
        uri=URI,
        user=os.environ.get("NEO4J_USERNAME", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE", "neo4j"),
    )
    args.update(overrides)
    return Neo4jStore(**args)


@pytest.fixture(scope="module")
def neo():
    s = _connect(batch_size=2)  # tiny batches so the batching path is exercised
    s.init_schema()
    s.init_schema()  # idempotent
    s.clear()
    yield s
    s.clear()
    s.close()


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    s = EmbeddedStore(tmp_path_factory.mktemp("neo") / "store")
    s.replace_documents(sample_graphs())
    yield s
    s.close()


def test_same_snapshot_as_merge_and_embedded(neo, embedded):
    graphs = sample_graphs()
    neo.clear()
    neo.replace_documents(graphs)
    assert_same(neo.snapshot(), merge_graphs(graphs))
    assert neo.snapshot() == embedded.snapshot()
    assert neo.counts() == embedded.counts()
    assert neo.document_hashes() == embedded.document_hashes()


def test_recorded_folders_match_the_embedded_store_and_stay_out_of_the_snapshot(neo, tmp_path):
    graphs = sample_graphs()
    for graph in graphs:
        graph.document.folder = "/data/甲"
    files = {g.document.file for g in graphs}
    neo.clear()
    neo.replace_documents(graphs)
    with EmbeddedStore(tmp_path / "store") as local:
        local.replace_documents(graphs)
        assert neo.document_folders() == local.document_folders() == dict.fromkeys(files, "/data/甲")
        moved = dict.fromkeys(files, "/data/乙")
        neo.record_folders(moved)  # batches of two: the fixture's batch size
        local.record_folders(moved)
        assert neo.document_folders() == local.document_folders() == moved
        assert neo.snapshot() == local.snapshot()
        assert_same(neo.snapshot(), merge_graphs(graphs))


def test_named_queries_give_identical_rows(neo, embedded):
    neo.clear()
    neo.replace_documents(sample_graphs())
    assert {q.name for q in list_queries()} <= set(SAMPLE_PARAMS)
    for name, params in SAMPLE_PARAMS.items():
        q = get_query(name)
        a, b = neo.run(q.text, q.bind(params)), embedded.run(q.text, q.bind(params))
        assert a.columns == b.columns, name
        assert a.rows == b.rows, name
        assert a.rows, f"{name} returned nothing on the sample graph"


def test_idempotent_replace_and_remove(neo):
    a, b, c = sample_graphs()
    neo.clear()
    neo.replace_documents([a, b, c])
    counts = neo.counts()
    neo.replace_documents([a, b, c])
    assert neo.counts() == counts
    neo.replace_documents([changed_b()])
    assert_same(neo.snapshot(), merge_graphs([a, changed_b(), c]))
    neo.remove_documents(["reply/b.txt"])
    assert_same(neo.snapshot(), merge_graphs([a, c]))


def test_read_only_refused_by_the_server(neo):
    neo.clear()
    neo.replace_documents(sample_graphs())
    counts = neo.counts()
    for q in ("MATCH (n) DETACH DELETE n", "CREATE (:Scratch)", "MATCH (e:Entity) SET e.x = 1"):
        with pytest.raises(QueryError, match="read-only — add --write"):
            neo.run(q)
    assert neo.counts() == counts
    neo.run("CREATE (:Scratch {v: 1})", write=True)
    assert neo.run("MATCH (s:Scratch) RETURN s.v AS v").rows == [{"v": 1}]
    neo.run("MATCH (s:Scratch) DELETE s", write=True)
    with pytest.raises(QueryError, match="query failed"):
        neo.run("MATCH (n RETURN n")


def test_injection_stays_inert(neo):
    neo.clear()
    neo.replace_documents(sample_graphs())
    counts = neo.counts()
    rows = neo.run("MATCH (e:Entity {name: $n}) RETURN e.name AS name", {"n": INJECTION}).rows
    assert rows == [{"name": INJECTION}]
    q = get_query("org_links")
    assert [r["other"] for r in neo.run(q.text, q.bind({"name": INJECTION}))] == ["上海市甲委员会"]
    neo.run(q.text, q.bind({"name": "x'}) DETACH DELETE e //"}))
    assert neo.counts() == counts


def test_plain_values_match_embedded_shape(neo, embedded):
    neo.clear()
    neo.replace_documents(sample_graphs())
    cypher = "MATCH p = (d:Document {file: 'reply/b.txt'})-[:ADDRESSED_TO]->(x) RETURN d, x, p"
    a, b = neo.run(cypher).rows[0], embedded.run(cypher).rows[0]
    strip = lambda v: {k: x for k, x in v.items() if k not in ("_id", "_start", "_end")}  # noqa: E731
    assert strip(a["x"]) == strip(b["x"]) and strip(a["d"]) == strip(b["d"])
    assert [strip(v) for v in a["p"]] == [strip(v) for v in b["p"]]


def test_unreachable_port_message():
    with pytest.raises(StoreError) as err:
        _connect(uri="bolt://127.0.0.1:1")
    assert str(err.value) == ("cannot reach Neo4j at bolt://127.0.0.1:1 — is it running? (scripts/neo4j-local start)")


def test_wrong_password_message():
    with pytest.raises(StoreError) as err:
        _connect(password="definitely-not-the-password")
    assert str(err.value) == (f"Neo4j rejected the user/password for {URI} — check NEO4J_USERNAME/NEO4J_PASSWORD")


def test_missing_database_message():
    with pytest.raises(StoreError) as err:
        _connect(database="nosuchdb")
    assert str(err.value) == f"database nosuchdb does not exist on {URI} — create it or set NEO4J_DATABASE"


def test_seed_documents_same_in_both(neo, tmp_path: Path):
    from test_store_embedded import _seed_graphs

    graphs = _seed_graphs()
    neo.clear()
    neo.replace_documents(graphs)
    with EmbeddedStore(tmp_path / "seeds") as emb:
        emb.replace_documents(graphs)
        assert neo.snapshot() == emb.snapshot() == merge_graphs(graphs)


def test_bad_document_in_a_batch_fails_alone(neo):
    from test_store_embedded import _bad

    a, b, c = sample_graphs()
    neo.clear()
    neo.replace_documents([a, b])
    with pytest.raises(StoreError) as err:
        neo.replace_documents([changed_b(), _bad(a), c])
    assert "policy/a.txt" in str(err.value) and "rolled back" in str(err.value) and "\n" not in str(err.value)
    assert "reply/b.txt" not in str(err.value)
    assert_same(neo.snapshot(), merge_graphs([a, changed_b(), c]))


def test_lookup_keys_same_as_embedded(neo, embedded):
    """Alias and normalised-key look-ups go through (:LookupKey) nodes in both stores."""
    neo.clear()
    neo.replace_documents(sample_graphs())
    q = get_query("entity_lookup")
    for name, key in (("甲委", "甲委"), ("ＸＸ", "己大"), ("无此单位", "无此单位")):
        params = q.bind({"name": name, "key": key})
        assert neo.run(q.text, params).rows == embedded.run(q.text, params).rows
    assert neo.run(q.text, q.bind({"name": "甲委", "key": "甲委"})).rows[0]["name"] == "上海市甲委员会"


@pytest.fixture()
def parallel(neo):
    """The same database through a store that writes new documents one per transaction from two writers."""
    s = _connect(batch_size=2, docs_per_transaction=1, writers=2)
    s.clear()
    yield s
    s.close()


def test_parallel_writers_give_the_same_graph_and_keys(parallel, tmp_path: Path):
    from test_store_embedded import expected_keys, shared_entity_graphs, stored_keys

    graphs = shared_entity_graphs()
    parallel.replace_documents(graphs)
    expected = merge_graphs(graphs)
    assert_same(parallel.snapshot(), expected)
    assert stored_keys(parallel) == expected_keys(expected)
    with EmbeddedStore(tmp_path / "emb") as emb:
        emb.replace_documents(graphs)
        assert stored_keys(parallel) == stored_keys(emb)
    # again (all stored: replaced in place) and with a few edited: same as merge_graphs
    parallel.replace_documents(graphs)
    assert_same(parallel.snapshot(), expected)
    a, b, c = sample_graphs()
    parallel.replace_documents([a, b, c, *graphs[:5]])
    parallel.replace_documents([changed_b()])
    expected = merge_graphs([*graphs, a, changed_b(), c])
    assert_same(parallel.snapshot(), expected)
    assert stored_keys(parallel) == expected_keys(expected)


def test_parallel_write_of_a_bad_document_leaves_no_trace(parallel):
    """A new document that fails alone is absent, and so is what the entities step did for it."""
    from test_store_embedded import _bad, expected_keys, stored_keys

    a, b, c = sample_graphs()
    with pytest.raises(StoreError) as err:
        parallel.replace_documents([_bad(a), b, c])
    assert "policy/a.txt" in str(err.value) and "\n" not in str(err.value)
    expected = merge_graphs([b, c])  # a's own entities (上海市丙局 …) and its alias 市甲委 are gone
    assert_same(parallel.snapshot(), expected)
    assert stored_keys(parallel) == expected_keys(expected)


def test_parallel_write_of_a_document_with_a_dangling_relation(parallel):
    """Relations are planned by the writers, after the entities step: a refused one still leaves no trace."""
    import dataclasses

    from test_store_embedded import expected_keys, stored_keys

    a, b, c = sample_graphs()
    dangling = dataclasses.replace(a, entities=[e for e in a.entities if e.name != "上海市丙局"])
    with pytest.raises(StoreError, match="policy/a.txt.*does not list"):
        parallel.replace_documents([dangling, b, c])
    expected = merge_graphs([b, c])
    assert_same(parallel.snapshot(), expected)
    assert stored_keys(parallel) == expected_keys(expected)


def test_parallel_write_with_an_unstorable_entity_value(parallel):
    """If the entities step itself fails, the documents are written one by one and only the culprit is left out."""
    from test_store_embedded import _graph, expected_keys, stored_keys

    from policykg.model import Entity

    a, b, c = sample_graphs()
    bad = _graph(
        "bad/alias.txt",
        [Entity("上海市甲委员会", "Agency", ["坏\ud800"], "上海"), Entity("己大学", "University", [], "上海")],
        [("上海市甲委员会", "SUPPORTS", "己大学")],
    )
    with pytest.raises(StoreError, match="bad/alias.txt"):
        parallel.replace_documents([a, bad, b, c])
    expected = merge_graphs([a, b, c])
    assert_same(parallel.snapshot(), expected)
    assert stored_keys(parallel) == expected_keys(expected)
