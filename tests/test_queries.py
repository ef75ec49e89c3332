"""The named queries: their headers parse, they are read-only and totally ordered, and on
a small hand-made graph each answers what it says it answers (run on the embedded store)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_store_embedded import sample_graphs

from policykg import ontology
from policykg.errors import NotFoundError, QueryError
from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.stores import cypher_store as cs
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.model import entity_id
from policykg.queries import get_query, list_queries, parse_query

REQUIRED = {
    "org_links",
    "org_links_top",
    "org_links_depth2",
    "path_between",
    "policies_issued_by",
    "agencies_responsible_for",
    "platforms_in_region",
    "cross_region_pairs",
    "top_actors",
    "entity_search",
    "documents",
}

SAMPLE_PARAMS = {
    "org_links": {"name": "己大学"},
    "org_links_top": {"name": "上海市甲委员会", "limit": "1"},
    "org_links_depth2": {"name": "上海市甲委员会"},
    "org_links_depth2_count": {"name": "上海市甲委员会"},
    "path_between": {"a": "香港壬研究院", "b": "市甲委"},
    "policies_issued_by": {"agency": "市甲委"},
    "agencies_responsible_for": {"policy": "乙产业若干措施"},
    "responsible_for_measure": {"measure": "乙", "policy": "乙产业若干措施"},
    "platforms_in_region": {"region": "上海"},
    "cross_region_pairs": {"a_region": "上海", "b_region": "香港"},
    "top_actors": {"limit": "3"},
    "entity_search": {"q": "庚"},
    "documents": {},
    "entity_lookup": {"name": "甲委"},
    "entity_names": {},
    "entity_by_id": {"id": entity_id("University", "己大学", "上海")},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = EmbeddedStore(tmp_path_factory.mktemp("q") / "store")
    s.replace_documents(sample_graphs())
    yield s
    s.close()


def ask(store, query: str, **params):
    q = get_query(query)
    return store.run(q.text, q.bind(params)).rows


def test_catalogue():
    queries = {q.name: q for q in list_queries()}
    assert REQUIRED <= set(queries)
    for q in queries.values():
        assert q.description and "{{" not in q.text and "ORDER BY" in q.text, q.name
        assert cs.write_clause(q.text) is None, q.name
        sources = {d.derived_from for d in q.params if d.derived_from}
        for p in q.params:
            # a parameter is used in the Cypher, or only through the parameters derived from it
            assert f"${p.name}" in q.text or p.name in sources, (q.name, p.name)
    assert [p.name for p in queries["path_between"].params] == ["a", "b", "limit"]
    assert queries["top_actors"].params[0].type == "int" and queries["top_actors"].params[0].default == 20
    for rel in ontology.RELATION_TYPES:
        assert rel in queries["path_between"].text
    assert "'Park'" not in queries["top_actors"].text.split("WHERE", 1)[1].split("WITH", 1)[0]  # parks aren't actors


def test_derived_parameters_are_computed_from_the_ones_typed():
    lookup = get_query("entity_lookup")
    assert lookup.bind({"name": "ＡＢＣ 大学"}) == {"name": "ＡＢＣ 大学", "key": "abc大学"}
    assert [p.name for p in lookup.params if p.required] == ["name"]
    measure = get_query("responsible_for_measure")
    assert measure.bind({"measure": "(一)", "policy": "乙"})["labels"] == ["（一）"]
    assert measure.bind({"measure": "临床", "policy": "乙"})["labels"] == []
    with pytest.raises(ValueError, match="derived parameter k"):
        parse_query("t", "// @param k:key=nope  x\nMATCH (n) RETURN n ORDER BY n.id\n")


def test_bind_and_lookup_errors():
    q = get_query("top_actors")
    assert q.bind({}) == {"limit": 20} and q.bind({"limit": "5"}) == {"limit": 5}
    with pytest.raises(QueryError, match="must be a whole number"):
        q.bind({"limit": "many"})
    with pytest.raises(QueryError, match="has no parameter nme"):
        get_query("org_links").bind({"nme": "x"})
    with pytest.raises(QueryError, match="needs --param name="):
        get_query("org_links").bind({})
    with pytest.raises(NotFoundError, match="available: .*org_links"):
        get_query("org_link")


def test_header_parsing():
    q = parse_query(
        "t",
        "// First line.\n// second line\n// @param x:float=0.5  a ratio\n"
        "// @param who  someone\nMATCH (n) RETURN n ORDER BY n.id\n",
    )
    assert q.description == "First line. second line"
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [
        ("x", "float", 0.5, False),
        ("who", "str", None, True),
    ]
    with pytest.raises(ValueError, match="placeholder"):
        parse_query("t", "MATCH (n:{{NOPE}}) RETURN n")


def test_org_links(store):
    rows = ask(store, "org_links", name="己大")  # by alias
    got = {(r["direction"], r["relation"], r["other"]) for r in rows}
    assert got == {
        ("out", "COOPERATES_WITH", "香港庚科技有限公司"),
        ("in", "SUPPORTS", "上海市甲委员会"),
        ("in", "COOPERATES_WITH", "辛医院"),
    }
    coop = next(r for r in rows if r["other"] == "香港庚科技有限公司")
    assert coop["document"] == "policy/a.txt" and coop["doc_number"] == "甲发〔2024〕1号"
    assert "己大学" in coop["evidence"]


def test_org_links_top(store):
    rows = ask(store, "org_links_top", name="市甲委", limit=1)  # by alias
    assert [(r["relation"], r["total"]) for r in rows] == [("ISSUED", 1), ("RESPONSIBLE_FOR", 1), ("SUPPORTS", 2)]
    full = [r for r in ask(store, "org_links", name="市甲委") if r["relation"] == "SUPPORTS"]
    supports = next(r for r in rows if r["relation"] == "SUPPORTS")
    assert {k: v for k, v in supports.items() if k != "total"} == full[0]
    assert len(ask(store, "org_links_top", name="市甲委")) == 4  # default limit keeps all of a small entity


def test_org_links_depth2(store):
    rows = ask(store, "org_links_depth2", name="上海市甲委员会")
    assert {"via": "己大学", "other": "辛医院"}.items() <= next(r for r in rows if r["other"] == "辛医院").items()
    assert all(r["other"] != "上海市甲委员会" for r in rows)
    assert len(ask(store, "org_links_depth2", name="上海市甲委员会", limit=1)) == 1
    assert ask(store, "org_links_depth2_count", name="上海市甲委员会") == [{"total": len(rows)}]
    assert ask(store, "org_links_depth2_count", name="上海市甲委员会", cap=1) == [{"total": 1}]


def test_path_between(store):
    rows = ask(store, "path_between", a="香港壬研究院", b="市甲委")
    assert rows and all(r["hops"] == 3 for r in rows)
    first = rows[0]
    assert first["names"][0] == "香港壬研究院" and first["names"][-1] == "上海市甲委员会"
    assert len(first["relations"]) == len(first["evidence"]) == len(first["heads"]) == 3
    assert first["relations"][-1] == "SUPPORTS" and first["heads"][-1] == "上海市甲委员会"
    assert ask(store, "path_between", a="香港壬研究院", b="香港壬研究院") == []
    # documents are not stepping stones: the person is reachable only through a document
    assert ask(store, "path_between", a="王某某", b="己大学") == []


def test_policies_and_responsibility(store):
    rows = ask(store, "policies_issued_by", agency="市甲委")
    assert {(r["kind"], r["document"]) for r in rows} == {
        ("Document", "policy/a.txt"),
        ("Document", "reply/b.txt"),
        ("Policy", "policy/a.txt"),
    }
    assert {r["policy"] for r in rows} >= {"乙产业若干措施", "关于某建议的答复"}
    by_name = ask(store, "agencies_responsible_for", policy="乙产业若干措施")
    assert sorted(r["agency"] for r in by_name) == ["上海市丙局", "上海市甲委员会"]
    assert ask(store, "agencies_responsible_for", policy="甲发〔2024〕1号") == by_name
    assert ask(store, "agencies_responsible_for", policy="无此政策") == []


def test_platforms_in_region(store):
    rows = ask(store, "platforms_in_region", region="上海")
    assert [(r["type"], r["name"]) for r in rows] == [("Park", "戊园区"), ("Platform", "上海丁创新平台")]
    assert next(r for r in rows if r["name"] == "戊园区")["locations"] == ["上海"]
    assert ask(store, "platforms_in_region", region="香港") == []


def test_cross_region_pairs(store):
    rows = ask(store, "cross_region_pairs", a_region="上海", b_region="香港")
    pairs = {(r["a"], r["relation"], r["b"]) for r in rows}
    assert pairs == {
        ("己大学", "COOPERATES_WITH", "香港庚科技有限公司"),
        ("辛医院", "COOPERATES_WITH", "香港壬研究院"),
        ("上海丁创新平台", "INVESTED_IN", "香港庚科技有限公司"),
    }
    assert next(r for r in rows if r["relation"] == "INVESTED_IN")["direction"] == "in"


def test_top_actors_matches_degrees_computed_in_python(store):
    snap = merge_graphs(sample_graphs())
    ents = snap.entity_by_id()
    degree: Counter[str] = Counter()
    for r in snap.relations:
        for end in (r.head, r.tail):
            if ontology.ENTITY_TYPES[ents[end].type].is_actor:
                degree[end] += 1
    rows = ask(store, "top_actors", limit=50)
    assert {(r["name"], r["degree"]) for r in rows} == {(ents[i].name, d) for i, d in degree.items()}
    assert [r["degree"] for r in rows] == sorted((r["degree"] for r in rows), reverse=True)
    assert len(ask(store, "top_actors", limit=2)) == 2


def test_entity_search_and_documents(store):
    assert [r["name"] for r in ask(store, "entity_search", q="庚")] == ["香港庚科技有限公司"]
    assert [r["name"] for r in ask(store, "entity_search", q="丁平台")] == ["上海丁创新平台"]  # alias only
    docs = ask(store, "documents")
    assert [d["file"] for d in docs] == sorted(g.document.file for g in sample_graphs())
    assert [d["entities"] for d in docs] == [
        len({e.id for e in g.entities}) for g in sorted(sample_graphs(), key=lambda g: g.document.file)
    ]


def test_rows_do_not_depend_on_build_order(store, tmp_path: Path):
    with EmbeddedStore(tmp_path / "reversed") as other:
        other.replace_documents(list(reversed(sample_graphs())))
        for name, params in SAMPLE_PARAMS.items():
            q = get_query(name)
            assert store.run(q.text, q.bind(params)).rows == other.run(q.text, q.bind(params)).rows, name
