"""The command line against a real Neo4j 5 server: the same results as the embedded store.

Needs NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (``eval "$(scripts/neo4j-local start)"``).
The database is wiped by these tests, so point them at a throwaway server.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_cli import corpus, run  # noqa: F401  (corpus: a fixture, the seeds copied)

from policykg.queries import list_queries

URI = os.environ.get("NEO4J_URI")
pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not URI, reason='NEO4J_URI is not set; run: eval "$(scripts/neo4j-local start)"'),
]


def wipe() -> None:
    from policykg.graph.stores.open import open_store

    with open_store(neo4j_uri=URI) as store:
        store.clear()


@pytest.fixture()
def both(tmp_path: Path, corpus: Path):  # noqa: F811  (the fixture imported above)
    """The seeds built into Neo4j and, from the same files, into an embedded store."""
    wipe()
    run("neo4j", "init")
    run("neo4j", "init")  # safe twice
    run("build", str(corpus), "--neo4j", URI, "--quiet")
    store = tmp_path / "embedded"
    run("build", str(corpus), "--store", str(store), "--quiet")
    yield corpus, store
    wipe()


def test_neo4j_export_equals_embedded_export_byte_for_byte(both):
    _, store = both
    from_neo4j = run("export", "--format", "jsonl", "--neo4j", URI).stdout
    from_embedded = run("export", "--format", "jsonl", "--store", str(store)).stdout
    assert from_neo4j.count("\n") > 100
    assert from_neo4j == from_embedded


def named_query_params(store: Path) -> dict[str, list[str]]:
    """Arguments that make every named query return rows on the seeds (read from ``store``)."""
    measures = json.loads(
        run(
            "query",
            "MATCH (:Entity)-[:RESPONSIBLE_FOR]->(p:Entity) RETURN DISTINCT p.name AS name ORDER BY name",
            "--store",
            str(store),
            "--json",
        ).stdout
    )
    assert measures, "the policy-measures sample should have 责任单位 links"
    hku = json.loads(run("org", "香港大学", "--store", str(store), "--json").stdout)["entity"]["id"]
    params = {
        "org_links": ["-p", "name=香港大学"],
        "org_links_top": ["-p", "name=香港大学", "-p", "limit=2"],
        "org_links_depth2": ["-p", "name=香港大学"],
        "org_links_depth2_count": ["-p", "name=香港大学"],
        "path_between": ["-p", "a=上海市科学技术委员会", "-p", "b=香港大学"],
        "policies_issued_by": ["-p", "agency=上海市人民政府办公厅"],
        "agencies_responsible_for": ["-p", f"policy={measures[0]['name']}"],
        "responsible_for_measure": ["-p", "measure=（三）", "-p", f"policy={measures[0]['name']}"],
        "platforms_in_region": ["-p", "region=深圳"],
        "cross_region_pairs": ["-p", "a_region=上海", "-p", "b_region=香港"],
        "top_actors": ["-p", "limit=10"],
        "entity_search": ["-p", "q=大学"],
        "documents": [],
        "entity_lookup": ["-p", "name=港大", "-p", "key=港大"],
        "entity_names": ["-p", "limit=50"],
        "entity_by_id": ["-p", f"id={hku}"],
    }
    assert {q.name for q in list_queries()} <= set(params)
    return params


def test_every_named_query_and_lookup_matches(both):
    _, store = both
    params = named_query_params(store)
    for name, extra in params.items():
        a = run("query", "--name", name, *extra, "--neo4j", URI, "--json").stdout
        b = run("query", "--name", name, *extra, "--store", str(store), "--json").stdout
        assert a == b, name
    org_a = run("org", "和黄医药", "--neo4j", URI, "--json").stdout
    org_b = run("org", "和黄医药", "--store", str(store), "--json").stdout
    assert org_a == org_b and json.loads(org_a)["links"]


def test_rebuild_is_idempotent_and_read_only_mode_refuses_writes(both):
    seeds_copy, _ = both
    before = run("export", "--format", "jsonl", "--neo4j", URI).stdout
    report = json.loads(run("build", str(seeds_copy), "--neo4j", URI, "--json").stdout)
    assert report["added"] == 0 and report["changed"] == 0
    assert run("export", "--format", "jsonl", "--neo4j", URI).stdout == before
    refused = run("query", "MATCH (n) DETACH DELETE n", "--neo4j", URI, ok=False)
    assert refused.exit_code != 0 and "--write" in refused.stderr
    hostile = "'}) DETACH DELETE n //"
    run("query", "MATCH (e:Entity) WHERE e.name = $n RETURN count(e) AS c", "-p", f"n={hostile}", "--neo4j", URI)
    assert run("export", "--format", "jsonl", "--neo4j", URI).stdout == before


def test_push_and_pull_round_trip(both, tmp_path):
    _, store = both
    embedded_export = run("export", "--format", "jsonl", "--store", str(store)).stdout
    wipe()
    run("neo4j", "push", "--store", str(store))
    assert run("export", "--format", "jsonl", "--neo4j", URI).stdout == embedded_export
    pulled = tmp_path / "pulled"
    run("neo4j", "pull", "--store", str(pulled))
    assert run("export", "--format", "jsonl", "--store", str(pulled)).stdout == embedded_export


def test_wrong_password_is_one_line_and_nonzero(tmp_path):
    result = run("stats", "--neo4j", URI, "--password-stdin", input="definitely-not-the-password\n", ok=False)
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert result.exit_code != 0 and len(lines) == 1
    assert "password" in lines[0].lower()
