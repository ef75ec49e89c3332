"""The embedded (grafeo) store keeps exactly what merge_graphs says, survives reopening,
replaces documents atomically and refuses what it promises to refuse."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from policykg.errors import QueryError, StoreError
from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.stores import cypher_store as cs
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.graph.stores.open import open_store
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation

INJECTION = "'}) DETACH DELETE n //"


def _graph(file: str, entities: list[Entity], rels: list[tuple[str, str, str]], **meta) -> DocumentGraph:
    """A document graph whose relations are (head name, type, tail name) over ``entities``."""
    by_name = {e.name: e for e in entities}
    doc = Document(file=file, sha256="sha-" + file + str(len(rels)), text="", **meta)
    relations = []
    for i, (h, t, tl) in enumerate(rels):
        sentence = f"{h}与{tl}：{t}"
        relations.append(
            Relation(
                by_name[h].id,
                t,
                by_name[tl].id,
                Evidence(file, sentence, i * 40, i * 40 + len(sentence), "test-rule", 0.9),
            )
        )
    return DocumentGraph(doc, entities, relations)


def sample_graphs() -> list[DocumentGraph]:
    """Three invented documents touching Shanghai and Hong Kong actors, sharing entities."""
    a = _graph(
        "policy/a.txt",
        [
            Entity("上海市甲委员会", "Agency", ["市甲委"], "上海"),
            Entity("上海市丙局", "Agency", [], "上海"),
            Entity("乙产业若干措施", "Policy"),
            Entity("上海丁创新平台", "Platform", [], "上海"),
            Entity("戊园区", "Park"),
            Entity("上海", "Region"),
            Entity("己大学", "University", [], "上海"),
            Entity("香港庚科技有限公司", "Company", [], "香港", 0.8),
        ],
        [
            ("上海市甲委员会", "RESPONSIBLE_FOR", "乙产业若干措施"),
            ("上海市丙局", "RESPONSIBLE_FOR", "乙产业若干措施"),
            ("上海市甲委员会", "ISSUED", "乙产业若干措施"),
            ("上海丁创新平台", "LOCATED_IN", "戊园区"),
            ("戊园区", "LOCATED_IN", "上海"),
            ("己大学", "COOPERATES_WITH", "香港庚科技有限公司"),
        ],
        title="乙产业若干措施",
        doc_number="甲发〔2024〕1号",
        issuer="上海市甲委员会",
        doc_type="policy",
        region="上海",
    )
    b = _graph(
        "reply/b.txt",
        [
            Entity("上海市甲委员会", "Agency", ["甲委"], "上海"),
            Entity("己大学", "University", ["己大"], "上海"),
            Entity("辛医院", "Hospital", [], "上海"),
            Entity("王某某", "Person"),
            Entity("香港庚科技有限公司", "Company", ["庚科技"], "香港", 0.95),
            Entity(INJECTION, "Company"),
        ],
        [
            ("上海市甲委员会", "SUPPORTS", "己大学"),
            ("辛医院", "COOPERATES_WITH", "己大学"),
            ("上海市甲委员会", "SUPPORTS", INJECTION),
        ],
        title="关于某建议的答复",
        issuer="上海市甲委员会",
        addressees=["王某某"],
        doc_type="reply",
        region="上海",
        date="2024-05-01",
    )
    c = _graph(
        "report/c.txt",
        [
            Entity("香港壬研究院", "ResearchInstitute", [], "香港"),
            Entity("辛医院", "Hospital", ["辛院"], "上海"),
            Entity("香港庚科技有限公司", "Company", [], "香港", 0.6),
            Entity("上海丁创新平台", "Platform", ["丁平台"], "上海"),
        ],
        [("香港壬研究院", "COOPERATES_WITH", "辛医院"), ("香港庚科技有限公司", "INVESTED_IN", "上海丁创新平台")],
        title="调研报告",
        doc_type="report",
        region="香港",
    )
    return [a, b, c]


def changed_b() -> DocumentGraph:
    """Document b, edited: the hospital and the odd company are gone, an alias changed, a relation added."""
    return _graph(
        "reply/b.txt",
        [
            Entity("上海市甲委员会", "Agency", ["甲委", "甲委会"], "上海"),
            Entity("己大学", "University", [], "上海"),
            Entity("王某某", "Person"),
            Entity("癸实验室", "Lab", [], "上海"),
        ],
        [("上海市甲委员会", "SUPPORTS", "己大学"), ("癸实验室", "PART_OF", "己大学")],
        title="关于某建议的答复（修订）",
        issuer="甲委",
        addressees=["王某某"],
        doc_type="reply",
        region="上海",
    )


def assert_same(snapshot, expected) -> None:
    """Field-by-field, so a failure names the record that differs."""
    assert [d for d in snapshot.documents] == [d for d in expected.documents]
    assert [dataclasses.asdict(e) for e in snapshot.entities] == [dataclasses.asdict(e) for e in expected.entities]
    assert [dataclasses.asdict(r) for r in snapshot.relations] == [dataclasses.asdict(r) for r in expected.relations]
    assert snapshot == expected


@pytest.fixture
def store(tmp_path: Path):
    s = EmbeddedStore(tmp_path / "store")
    yield s
    s.close()


def test_snapshot_equals_merge_graphs(store):
    graphs = sample_graphs()
    store.replace_documents(graphs)
    assert_same(store.snapshot(), merge_graphs(graphs))
    merged = store.snapshot().entity_by_id()
    company = next(e for e in merged.values() if e.name == "香港庚科技有限公司")
    assert company.aliases == ["庚科技"] and company.confidence == 0.95 and len(company.docs) == 3


def test_rebuild_is_idempotent(store):
    graphs = sample_graphs()
    store.replace_documents(graphs)
    counts, snap = store.counts(), store.snapshot()
    store.replace_documents(graphs)
    assert store.counts() == counts
    assert store.snapshot() == snap


def test_replacing_a_changed_document(store):
    a, b, c = sample_graphs()
    store.replace_documents([a, b, c])
    store.replace_documents([changed_b()])
    assert_same(store.snapshot(), merge_graphs([a, changed_b(), c]))
    names = {e.name for e in store.snapshot().entities}
    assert INJECTION not in names and "癸实验室" in names and "辛医院" in names  # 辛医院 still in c
    # the issuer given by alias still gets the document-level edge
    rows = store.run("MATCH (e:Entity)-[:ISSUED]->(d:Document {file: $f}) RETURN e.name AS n", {"f": "reply/b.txt"})
    assert [r["n"] for r in rows] == ["上海市甲委员会"]


def test_remove_document_cleans_up(store):
    a, b, c = sample_graphs()
    store.replace_documents([a, b, c])
    store.remove_documents(["reply/b.txt", "not/there.txt"])
    assert_same(store.snapshot(), merge_graphs([a, c]))
    assert set(store.document_hashes()) == {"policy/a.txt", "report/c.txt"}
    assert store.run("MATCH (p:Person) RETURN count(p) AS n").rows == [{"n": 0}]


def test_document_edges(store):
    store.replace_documents(sample_graphs())
    rows = store.run(
        "MATCH (d:Document {file: $f})-[:ADDRESSED_TO]->(p:Entity) RETURN p.name AS name", {"f": "reply/b.txt"}
    )
    assert [r["name"] for r in rows] == ["王某某"]
    rows = store.run("MATCH (e:Entity)-[r:ISSUED]->(d:Document) RETURN d.file AS f, r.rule AS rule ORDER BY f")
    assert [(r["f"], r["rule"]) for r in rows] == [("policy/a.txt", "metadata"), ("reply/b.txt", "metadata")]


def test_persists_across_reopen(tmp_path: Path):
    graphs = sample_graphs()
    with EmbeddedStore(tmp_path / "s") as s:
        s.replace_documents(graphs)
        hashes = s.document_hashes()
    with EmbeddedStore(tmp_path / "s", create=False) as s:
        assert s.document_hashes() == hashes == {g.document.file: g.document.sha256 for g in graphs}
        assert s.snapshot() == merge_graphs(graphs)


def test_failed_write_rolls_back_that_document(store, monkeypatch):
    a, b, c = sample_graphs()
    store.replace_documents([a, b, c])
    before, counts = store.snapshot(), store.counts()
    real = cs.create_relations_statement

    def broken(type_name: str) -> str:
        return real(type_name) + " RETURN nonsense("  # fails after the old document was deleted

    monkeypatch.setattr(cs, "create_relations_statement", broken)
    with pytest.raises(StoreError) as err:
        store.replace_documents([changed_b()])
    assert "reply/b.txt" in str(err.value) and "rolled back" in str(err.value) and "\n" not in str(err.value)
    assert store.snapshot() == before and store.counts() == counts


def test_relation_to_unknown_entity_is_refused_before_writing(store):
    a, b, c = sample_graphs()
    store.replace_documents([a])
    stray = Entity("不存在单位", "Agency")
    bad = DocumentGraph(
        b.document,
        b.entities,
        [Relation(stray.id, "SUPPORTS", b.entities[0].id, Evidence("reply/b.txt", "x", 0, 1, "r"))],
    )
    with pytest.raises(StoreError, match="does not list"):
        store.replace_documents([bad])
    assert store.snapshot() == merge_graphs([a])


def test_injection_in_names_stays_inert(store):
    store.replace_documents(sample_graphs())
    counts = store.counts()
    rows = store.run("MATCH (e:Entity {name: $n}) RETURN e.name AS name", {"n": INJECTION})
    assert [r["name"] for r in rows] == [INJECTION]
    store.run("MATCH (e:Entity) WHERE e.name = $n RETURN e", {"n": "x'}) DETACH DELETE e RETURN 1 //"})
    assert store.counts() == counts


def test_run_is_read_only_unless_write(store):
    store.replace_documents(sample_graphs())
    counts = store.counts()
    for q in (
        "MATCH (n) DETACH DELETE n",
        "CREATE (:X)",
        "MATCH (n:Entity) SET n.x = 1",
        "merge (n:Entity {id: 'x'})",
        "MATCH (n) REMOVE n.name",
        "MATCH (n)\nDELETE n",
    ):
        with pytest.raises(QueryError, match="read-only — add --write"):
            store.run(q)
    assert store.counts() == counts
    # keywords inside strings, comments, property names and parameters are not writes
    rows = store.run(
        "MATCH (e:Entity) WHERE e.name <> 'CREATE (x)' // DELETE\nRETURN count(e) AS n, $p AS s", {"p": "SET"}
    )
    assert rows.rows[0]["s"] == "SET" and rows.columns == ["n", "s"]
    store.run("CREATE (:Scratch {v: 1})", write=True)
    assert store.run("MATCH (s:Scratch) RETURN s.v AS v").rows == [{"v": 1}]


def test_run_returns_plain_values(store):
    store.replace_documents(sample_graphs())
    row = store.run("MATCH p = (d:Document {file: 'reply/b.txt'})-[:ADDRESSED_TO]->(x) RETURN d, x, p").rows[0]
    assert row["x"]["name"] == "王某某" and row["x"]["_labels"] == ["Entity", "Person"]
    assert isinstance(row["p"], list) and len(row["p"]) == 3 and row["p"][1]["_type"] == "ADDRESSED_TO"
    assert row["d"]["addressees"] == ["王某某"]


def test_one_process_at_a_time_and_folder_checks(tmp_path: Path):
    with EmbeddedStore(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use by another policykg process"):
            EmbeddedStore(tmp_path / "s")
    EmbeddedStore(tmp_path / "s").close()  # lock released on close
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not a policykg store"):
        EmbeddedStore(tmp_path / "other")
    with pytest.raises(StoreError, match="no policykg store"):
        EmbeddedStore(tmp_path / "missing", create=False)
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        EmbeddedStore(tmp_path / "afile")


def test_open_store_chooses_by_arguments_and_env(tmp_path: Path):
    env = {"POLICYKG_STORE": str(tmp_path / "envstore"), "NEO4J_URI": "bolt://127.0.0.1:1"}
    with open_store(tmp_path / "explicit", env=env) as s:  # explicit folder beats NEO4J_URI
        assert isinstance(s, EmbeddedStore) and s.folder == tmp_path / "explicit"
    with open_store(env={"POLICYKG_STORE": str(tmp_path / "envstore")}) as s:
        assert isinstance(s, EmbeddedStore) and s.folder == tmp_path / "envstore"
    with pytest.raises(StoreError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        open_store(env=env)


def _seed_graphs():
    shared = Path(__file__).parents[1].parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip(f"no seeds at {shared}")
    try:
        from policykg.loaders.pipeline import load_document  # written concurrently by another engineer
    except ImportError as exc:
        pytest.skip(f"extraction pipeline not available yet: {exc}")
    try:
        return [load_document(p, p.name) for p in sorted(shared.glob("*.txt"))]
    except ImportError as exc:  # the pipeline is still being assembled
        pytest.skip(f"extraction pipeline incomplete: {exc}")


def test_seed_documents_round_trip(store):
    graphs = _seed_graphs()
    store.replace_documents(graphs)
    assert_same(store.snapshot(), merge_graphs(graphs))
    counts = store.counts()
    store.replace_documents(graphs)
    assert store.counts() == counts


def _bad(graph: DocumentGraph) -> DocumentGraph:
    """The same document, but with a value no store can take (a lone surrogate, as from a bad decode)."""
    rel = graph.relations[0]
    ev = dataclasses.replace(rel.evidence, text="坏\ud800文本")
    doc = dataclasses.replace(graph.document, sha256="sha-bad")
    return DocumentGraph(doc, graph.entities, [Relation(rel.head, rel.type, rel.tail, ev), *graph.relations[1:]])


def test_bad_document_in_a_batch_fails_alone(store):
    a, b, c = sample_graphs()
    store.replace_documents([a, b])
    with pytest.raises(StoreError) as err:
        store.replace_documents([changed_b(), _bad(a), c])  # one transaction fails → one by one
    message = str(err.value)
    assert "policy/a.txt" in message and "rolled back" in message and "\n" not in message
    assert "reply/b.txt" not in message and "report/c.txt" not in message
    # the good documents were written, the bad one kept its previous version
    assert_same(store.snapshot(), merge_graphs([a, changed_b(), c]))
    assert store.document_hashes()["policy/a.txt"] == a.document.sha256


def test_several_bad_documents_are_all_named(store):
    a, b, c = sample_graphs()
    with pytest.raises(StoreError, match=r"policy/a.txt.*and 1 more documents failed"):
        store.replace_documents([_bad(a), _bad(b), c])
    assert_same(store.snapshot(), merge_graphs([c]))


def test_batches_one_by_one_and_repeated_files_agree(tmp_path: Path):
    """Entities touched by several documents of one batch, or by later batches, merge the same way."""
    a, b, c = sample_graphs()
    expected = merge_graphs([a, changed_b(), c])
    with EmbeddedStore(tmp_path / "one") as one:
        for g in (c, b, a, changed_b()):
            one.replace_documents([g])
        assert_same(one.snapshot(), expected)
    with EmbeddedStore(tmp_path / "batch") as batch:
        batch.replace_documents([b, a, c, changed_b()])  # the later b wins, as in merge_graphs
        assert_same(batch.snapshot(), expected)
        counts = batch.counts()
        batch.replace_documents([a, changed_b(), c])
        assert batch.counts() == counts


def _lookup(store, name: str, key: str | None = None) -> list[str]:
    from policykg.queries import get_query

    q = get_query("entity_lookup")
    return [r["name"] for r in store.run(q.text, q.bind({"name": name, "key": key or name})).rows]


def test_lookup_keys_follow_alias_changes(store):
    a, b, c = sample_graphs()
    store.replace_documents([a, b, c])
    assert _lookup(store, "甲委") == ["上海市甲委员会"]
    assert _lookup(store, "己大") == ["己大学"]
    assert _lookup(store, "ＸＸ", "己大") == ["己大学"]  # by normalised key only
    store.replace_documents([changed_b()])  # drops the alias 己大, adds 甲委会
    assert _lookup(store, "己大") == [] and _lookup(store, "甲委会") == ["上海市甲委员会"]
    store.remove_documents(["reply/b.txt"])
    assert _lookup(store, "甲委会") == [] and _lookup(store, "市甲委") == ["上海市甲委员会"]
    assert store.run("MATCH (k:LookupKey) WHERE NOT (k)-[:KEY_OF]->() RETURN count(k) AS n").rows == [{"n": 0}]


def test_version_1_store_is_upgraded_on_open(tmp_path: Path):
    import json

    folder = tmp_path / "old"
    with EmbeddedStore(folder) as s:
        s.replace_documents(sample_graphs())
        s.run("MATCH (k:LookupKey) DETACH DELETE k", write=True)  # what a v1 store looked like
        counts = s.counts()
    marker = folder / "policykg-store.json"
    marker.write_text(json.dumps({**json.loads(marker.read_text()), "version": 1}))
    with EmbeddedStore(folder, create=False) as s:
        assert _lookup(s, "己大") == ["己大学"] and s.counts() == counts
    assert json.loads(marker.read_text())["version"] == 2


def test_a_re_mention_with_less_confidence_or_fewer_aliases_lowers_the_merged_state(store):
    """Replacing a document folds kept mentions in cheaply; a mention that gives back less must still shrink."""
    a, b, c = sample_graphs()
    store.replace_documents([a, b, c])
    weaker = _graph(
        "reply/b.txt",
        [
            Entity("上海市甲委员会", "Agency", ["甲委"], "上海"),
            Entity("己大学", "University", ["己大"], "上海"),
            Entity("辛医院", "Hospital", [], "上海"),
            Entity("王某某", "Person"),
            Entity("香港庚科技有限公司", "Company", ["庚科技"], "香港", 0.7),
            Entity(INJECTION, "Company"),
        ],
        [("上海市甲委员会", "SUPPORTS", "己大学")],
        title="关于某建议的答复",
        issuer="上海市甲委员会",
        addressees=["王某某"],
        doc_type="reply",
        region="上海",
        date="2024-05-01",
    )
    store.replace_documents([weaker])
    assert_same(store.snapshot(), merge_graphs([a, weaker, c]))
    company = next(e for e in store.snapshot().entities if e.name == "香港庚科技有限公司")
    assert company.confidence == 0.8  # document a's, now the highest
    fewer = dataclasses.replace(weaker, entities=[dataclasses.replace(e, aliases=[]) for e in weaker.entities])
    store.replace_documents([fewer])
    assert_same(store.snapshot(), merge_graphs([a, fewer, c]))
    assert _lookup(store, "己大") == []


def test_an_alias_another_document_still_gives_survives_a_replacement(store):
    def doc(file: str, aliases: list[str], confidence: float = 1.0) -> DocumentGraph:
        return _graph(
            file,
            [
                Entity("上海市甲委员会", "Agency", aliases, "上海", confidence),
                Entity("己大学", "University", [], "上海"),
            ],
            [("上海市甲委员会", "SUPPORTS", "己大学")],
            title=file,
            doc_type="reply",
            region="上海",
        )

    one, two = doc("one.txt", ["甲委", "市甲委"]), doc("two.txt", ["甲委"], 0.9)
    store.replace_documents([one, two])
    edited = [doc("one.txt", [], 0.8)]  # drops both aliases and the top confidence
    store.replace_documents(edited)
    assert_same(store.snapshot(), merge_graphs([edited[0], two]))
    assert _lookup(store, "甲委") == ["上海市甲委员会"]  # two.txt still gives it
    assert _lookup(store, "市甲委") == []
    agency = next(e for e in store.snapshot().entities if e.name == "上海市甲委员会")
    assert agency.aliases == ["甲委"] and agency.confidence == 0.9
    store.replace_documents([doc("two.txt", [], 0.5)])
    assert _lookup(store, "甲委") == []


def stored_keys(store) -> list[tuple[str, str, bool, bool]]:
    """Every (:LookupKey) as (entity id, key, exact, search), sorted; duplicates kept."""
    rows = store.run(
        "MATCH (k:LookupKey)-[:KEY_OF]->(e:Entity) RETURN e.id AS id, k.k AS k, k.exact AS exact, k.search AS search"
    ).rows
    return sorted((r["id"], r["k"], r["exact"], r["search"]) for r in rows)


def expected_keys(snapshot) -> list[tuple[str, str, bool, bool]]:
    """The keys each stored entity should have: exactly cs.lookup_keys of its name and merged aliases."""
    return sorted(
        (e.id, key["k"], key["exact"], key["search"])
        for e in snapshot.entities
        for key in cs.lookup_keys(e.name, e.aliases)
    )


def test_lookup_keys_grow_with_aliases_and_stay_exact(store):
    """Adding aliases creates only the missing keys and raises the flags of a key that becomes exact."""
    wide = Entity("ＡＢＣ大学", "University", [], "上海")  # its normalised key 'abc大学' is search-only
    first = _graph(
        "k/1.txt", [wide, Entity("上海市丙局", "Agency", [], "上海")], [("上海市丙局", "SUPPORTS", "ＡＢＣ大学")]
    )
    store.replace_documents([first])
    assert ("abc大学", False, True) in [k[1:] for k in stored_keys(store)]
    # a later document gives the normalised form as an alias (now exact too) and a new alias
    second = _graph(
        "k/2.txt",
        [
            Entity("ＡＢＣ大学", "University", ["abc大学", "ＡＢ大"], "上海"),
            Entity("上海市丙局", "Agency", ["丙局"], "上海"),
        ],
        [("上海市丙局", "SUPPORTS", "ＡＢＣ大学")],
    )
    store.replace_documents([second])
    snap = store.snapshot()
    assert stored_keys(store) == expected_keys(snap)
    assert ("abc大学", True, True) in [k[1:] for k in stored_keys(store)]
    assert _lookup(store, "abc大学") == ["ＡＢＣ大学"] and _lookup(store, "丙局") == ["上海市丙局"]
    store.remove_documents(["k/2.txt"])  # shrinks again: keys rewritten from the remaining mentions
    assert stored_keys(store) == expected_keys(store.snapshot())
    assert ("abc大学", False, True) in [k[1:] for k in stored_keys(store)]


def test_lookup_keys_exact_after_the_sample_sequence(store):
    a, b, c = sample_graphs()
    for step in ([a], [b, c], [changed_b()], [a, b]):
        store.replace_documents(step)
        assert stored_keys(store) == expected_keys(store.snapshot())


def shared_entity_graphs(n: int = 40):
    """Documents that share a small pool of entities and add aliases to them as they go,
    so parallel writers touch the same entities (and their merged state and keys) all the time."""
    import random

    rng = random.Random(5)
    pool = [(f"上海市第{i}委员会", "Agency") for i in range(6)] + [
        (f"第{i}研究院", "ResearchInstitute") for i in range(10)
    ]
    graphs = []
    for d in range(n):
        picked = rng.sample(pool, 5)
        ents = [
            Entity(
                name,
                typ,
                [f"{name[-3:]}{k}" for k in range(3) if rng.random() < 0.3],
                "上海",
                rng.choice([0.7, 0.9, 1.0]),
            )
            for name, typ in picked
        ]
        rels = [(ents[i].name, "COOPERATES_WITH", ents[i + 1].name) for i in range(4)]
        graphs.append(_graph(f"shared/{d:03d}.txt", ents, rels, issuer=ents[0].name, doc_type="policy"))
    return graphs


def test_growing_aliases_over_many_batches_keep_state_and_keys_exact(store):
    graphs = shared_entity_graphs()
    for i in range(0, len(graphs), 7):
        store.replace_documents(graphs[i : i + 7])
    expected = merge_graphs(graphs)
    assert_same(store.snapshot(), expected)
    assert stored_keys(store) == expected_keys(expected)
