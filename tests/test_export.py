"""JSONL contract, CSV, GraphML/GEXF and the export dispatcher, on hand-made snapshots.

All names here are invented; the snapshot deliberately carries text that breaks naive
writers: quotes, newlines, a line separator (U+2028), markup, control characters,
Traditional characters and a cell that Excel would run as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from policykg.errors import InputError, PolicyKGError
from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.readwrite import export
from policykg.graph.readwrite import nx as pkg_nx
from policykg.model import (
    Document,
    DocumentGraph,
    Entity,
    Evidence,
    GraphSnapshot,
    Relation,
)


def _ev(doc: str, text: str, start: int, rule: str = "test-rule", conf: float = 0.9) -> Evidence:
    return Evidence(doc=doc, text=text, start=start, end=start + len(text), rule=rule, confidence=conf)


def tricky_snapshot(file_a: str = "甲.txt", file_b: str = "乙.txt") -> GraphSnapshot:
    """Two documents, five entities (one in both), four relations."""
    agency = Entity("虚构市创新发展局", "Agency", aliases=["创新局", "虚构市创新发展局"], jurisdiction="虚构市")
    firm = Entity('"星辰"<script>alert(1)</script>生物有限公司', "Company", aliases=["星辰生物"])
    univ = Entity("香港虛構科技大學", "University", aliases=["虛構科大", "HKVUST"])
    lab = Entity("虚构联合实验室", "Lab")
    park = Entity("虚构生物港", "Park")
    doc_a = Document(
        file=file_a,
        sha256="a" * 64,
        text="",
        title='关于"虚构"事项的答复\n（第二稿）',
        doc_number="虚创〔2099〕7号",
        issuer="虚构市创新发展局",
        date="2099-03-04",
        addressees=["李虚构"],
        doc_type="reply",
        region="虚构市",
    )
    doc_b = Document(file=file_b, sha256="b" * 64, text="", title=None, doc_type="report")
    rels_a = [
        Relation(agency.id, "SUPPORTS", firm.id, _ev(file_a, '创新局支持"星辰"\n开展研发', 10)),
        Relation(firm.id, "LOCATED_IN", park.id, _ev(file_a, "=星辰生物落户生物港\u2028（见附件）", 40, conf=0.75)),
    ]
    rels_b = [
        Relation(univ.id, "COOPERATES_WITH", firm.id, _ev(file_b, "與星辰生物合作<b>共建</b>\x0b實驗室", 5)),
        Relation(lab.id, "RELIES_ON", univ.id, _ev(file_b, "实验室依托虛構科大", 60)),
    ]
    return merge_graphs(
        [
            DocumentGraph(doc_a, [agency, firm, park], rels_a),
            DocumentGraph(doc_b, [univ, firm, lab], rels_b),
        ]
    )


def shuffled(snap: GraphSnapshot, seed: int) -> GraphSnapshot:
    rnd = random.Random(seed)
    docs, ents, rels = list(snap.documents), list(snap.entities), list(snap.relations)
    for xs in (docs, ents, rels):
        rnd.shuffle(xs)
    for e in ents:
        rnd.shuffle(e.aliases)
    return GraphSnapshot(documents=docs, entities=ents, relations=rels)


# ---------------------------------------------------------------- JSONL


def test_jsonl_round_trip_is_lossless_and_byte_identical():
    snap = tricky_snapshot()
    text = export.to_jsonl(snap)
    back = export.read_jsonl(io.StringIO(text))
    assert back == snap
    assert export.to_jsonl(back) == text


def test_jsonl_one_object_per_line_with_fixed_key_order():
    snap = tricky_snapshot()
    text = export.to_jsonl(snap)
    # str.splitlines also splits on U+2028, so this fails if that character leaks out raw.
    lines = text.splitlines()
    assert len(lines) == len(snap.documents) + len(snap.entities) + len(snap.relations)
    objs = [json.loads(line) for line in lines]
    kinds = [o["kind"] for o in objs]
    assert kinds == sorted(kinds, key=["document", "entity", "relation"].index)
    expected = {"document": export.DOCUMENT_KEYS, "entity": export.ENTITY_KEYS, "relation": export.RELATION_KEYS}
    for o in objs:
        assert tuple(o) == expected[o["kind"]]
    assert "虚构" in text and "\\u865a" not in text  # ensure_ascii=False: Chinese written as is
    evidences = {o["evidence"] for o in objs if o["kind"] == "relation"}
    assert {r.evidence for r in snap.relations} == evidences
    docs = [o for o in objs if o["kind"] == "document"]
    assert [d["file"] for d in docs] == sorted(d.file for d in snap.documents)
    firm = next(o for o in objs if o["kind"] == "entity" and o["type"] == "Company")
    assert firm["docs"] == ["乙.txt", "甲.txt"]


def test_jsonl_independent_of_record_order():
    snap = tricky_snapshot()
    assert export.to_jsonl(shuffled(tricky_snapshot(), 1)) == export.to_jsonl(snap)
    assert export.to_jsonl(shuffled(tricky_snapshot(), 2)) == export.to_jsonl(snap)


def test_jsonl_alias_equal_to_name_is_dropped():
    snap = tricky_snapshot()
    agency = next(json.loads(line) for line in export.iter_jsonl(snap) if '"Agency"' in line)
    assert agency["name"] not in agency["aliases"]
    assert agency["aliases"] == ["创新局"]


@pytest.mark.parametrize("seed", ["0", "12345"])
def test_jsonl_identical_across_processes_with_different_hash_seeds(seed):
    text = export.to_jsonl(tricky_snapshot())
    code = (
        "import sys,io; from policykg.graph.readwrite.export import read_jsonl, to_jsonl; "
        "data=sys.stdin.buffer.read().decode('utf-8'); "
        "sys.stdout.buffer.write(to_jsonl(read_jsonl(io.StringIO(data))).encode('utf-8'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=text.encode("utf-8"),
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        check=True,
        timeout=60,
    )
    assert out.stdout.decode("utf-8") == text


def test_read_jsonl_reports_the_bad_line():
    good = export.to_jsonl(tricky_snapshot()).splitlines()
    bad = io.StringIO(good[0] + "\n{not json\n")
    with pytest.raises(InputError, match=r":2: not valid JSON"):
        export.read_jsonl(bad)
    with pytest.raises(InputError, match="unknown kind"):
        export.read_jsonl(io.StringIO('{"kind": "edge"}\n'))
    with pytest.raises(InputError, match="lacks 'tail'"):
        export.read_jsonl(io.StringIO('{"kind": "relation", "id": "r", "head": "h", "type": "SUPPORTS", "doc": "x"}\n'))


def test_write_jsonl_to_file_uses_lf_and_utf8(tmp_path):
    snap = tricky_snapshot()
    path = tmp_path / "g.jsonl"
    export.export_snapshot(snap, "jsonl", path)
    raw = path.read_bytes()
    assert b"\r\n" not in raw
    assert raw.decode("utf-8") == export.to_jsonl(snap)
    with open(path, encoding="utf-8") as fh:
        assert export.read_jsonl(fh) == snap


# ---------------------------------------------------------------- scorer contract


def test_scorer_reads_our_jsonl(tmp_path, shared_dir, seeds_dir):
    """Run the shared scorer on an export with hand-computed expected scores."""
    scorer = shared_dir / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("shared scorer not present")
    names = sorted(p.name for p in seeds_dir.glob("*.txt"))[:2]
    if len(names) < 2:
        pytest.skip("need two seed files")
    a, b = names

    bureau = Entity("虚构市试验局", "Agency", aliases=["试验局"])
    firm = Entity("虚构药业公司", "Platform", aliases=["虚构药业有限公司"])  # matched by alias, wrong type
    noise = Entity("虚构第九医院", "Hospital")  # not in gold: a false positive
    assoc_trad = Entity("香港虛構促進會", "Association")  # gold has it in Simplified
    snap = merge_graphs(
        [
            DocumentGraph(
                Document(file=a, sha256="", text=""),
                [bureau, firm, noise],
                [
                    Relation(bureau.id, "SUPPORTS", firm.id, _ev(a, "试验局支持虚构药业", 0)),
                    Relation(bureau.id, "ISSUED", noise.id, _ev(a, "试验局发布", 20)),  # tail unmatched
                ],
            ),
            DocumentGraph(Document(file=b, sha256="", text=""), [assoc_trad], []),
        ]
    )
    pred = tmp_path / "pred.jsonl"
    export.export_snapshot(snap, "jsonl", pred)

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / (Path(a).stem + ".json")).write_text(
        json.dumps(
            {
                "doc": a,
                "entities": [
                    {"name": "虚构市试验局", "type": "Agency", "aliases": ["试验局"], "core": True},
                    {"name": "虚构药业有限公司", "type": "Company", "aliases": [], "core": True},
                    {"name": "虚构行动计划", "type": "Program", "aliases": [], "core": False},
                ],
                "relations": [
                    {"head": "虚构市试验局", "type": "SUPPORTS", "tail": "虚构药业有限公司", "evidence": "x"},
                    {"head": "虚构市试验局", "type": "ISSUED", "tail": "虚构行动计划", "evidence": "y"},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (gold / (Path(b).stem + ".json")).write_text(
        json.dumps(
            {
                "doc": b,
                "entities": [{"name": "香港虚构促进会", "type": "Association", "aliases": [], "core": True}],
                "relations": [],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )

    out = subprocess.run(
        [sys.executable, str(scorer), "--pred", str(pred), "--gold-dir", str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    # entities: 3 of 4 predictions match gold; all 3 core gold entities found; 2 of 3 matched types right
    assert summary["entity_p"] == 0.75
    assert summary["entity_r"] == 1.0
    assert summary["type_acc"] == round(2 / 3, 3)
    # relations: SUPPORTS right; ISSUED points at an unmatched entity (counted as a wrong prediction)
    assert summary["rel_p"] == 0.5
    assert summary["rel_r"] == 0.5


# ---------------------------------------------------------------- CSV


def test_csv_has_bom_names_and_joined_lists(tmp_path):
    snap = tricky_snapshot()
    paths = export.export_csv(snap, tmp_path / "csv")
    assert [p.name for p in paths] == ["entities.csv", "relations.csv", "documents.csv"]
    for p in paths:
        assert p.read_bytes().startswith(b"\xef\xbb\xbf")

    def rows(name: str) -> list[dict[str, str]]:
        with open(tmp_path / "csv" / name, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))

    ents, rels, docs = rows("entities.csv"), rows("relations.csv"), rows("documents.csv")
    assert len(ents) == len(snap.entities) and len(rels) == len(snap.relations) and len(docs) == 2
    univ = next(r for r in ents if r["type"] == "University")
    assert univ["aliases"].split("|") == sorted(["虛構科大", "HKVUST"])
    names = {e.id: e.name for e in snap.entities}
    for r in rels:
        assert r["head_name"] == names[r["head"]] and r["tail_name"] == names[r["tail"]]
    by_rule_start = {(r["doc"], int(r["start"])): r["evidence"] for r in rels}
    assert by_rule_start[("甲.txt", 10)] == '创新局支持"星辰"\n开展研发'  # newline survives quoting
    assert by_rule_start[("甲.txt", 40)].startswith("'=")  # not executable as a formula
    doc_a = next(d for d in docs if d["file"] == "甲.txt")
    assert doc_a["addressees"] == "李虚构" and doc_a["title"].startswith('关于"虚构"')


def test_csv_refuses_a_file_path(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("", encoding="utf-8")
    with pytest.raises(PolicyKGError, match="folder"):
        export.export_csv(tricky_snapshot(), f)
    with pytest.raises(PolicyKGError, match="folder"):
        export.export_snapshot(tricky_snapshot(), "csv", io.StringIO())


def test_dispatcher_formats(tmp_path):
    snap = tricky_snapshot()
    buf = io.StringIO()
    export.export_snapshot(snap, "JSONL", buf)
    assert buf.getvalue() == export.to_jsonl(snap)
    with pytest.raises(PolicyKGError, match="choose one of"):
        export.export_snapshot(snap, "xlsx", tmp_path / "x")
    for fmt, suffix in (("ttl", "ttl"), ("json-ld", "jsonld"), ("graphml", "graphml"), ("gexf", "gexf")):
        target = tmp_path / f"g.{suffix}"
        export.export_snapshot(snap, fmt, target)
        assert target.stat().st_size > 0
    gexf_text = io.StringIO()
    export.export_snapshot(snap, "gexf", gexf_text)
    assert gexf_text.getvalue().startswith("<?xml")


# ---------------------------------------------------------------- networkx / GraphML / GEXF


def test_to_networkx_nodes_edges_and_attributes():
    snap = tricky_snapshot()
    g = pkg_nx.to_networkx(snap)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == len(snap.entities)
    assert g.number_of_edges() == len(snap.relations)
    for r in snap.relations:
        data = g.edges[r.head, r.tail, r.id]
        assert (data["type"], data["doc"], data["evidence"], data["start"]) == (r.type, r.doc, r.evidence, r.start)
    firm = next(e for e in snap.entities if e.type == "Company")
    node = g.nodes[firm.id]
    assert node["kind"] == "entity" and node["docs"] == ["乙.txt", "甲.txt"] and node["aliases"] == ["星辰生物"]

    gd = pkg_nx.to_networkx(snap, include_documents=True)
    doc_nodes = [n for n, d in gd.nodes(data=True) if d["kind"] == "document"]
    assert len(doc_nodes) == 2
    mentions = [d for _, _, d in gd.edges(data=True) if d["type"] == "MENTIONS"]
    assert len(mentions) == sum(len(e.docs) for e in snap.entities)
    names = {gd.nodes[n]["name"] for n in doc_nodes}
    assert "乙.txt" in names  # untitled document falls back to its file name


def test_graphml_reads_back_with_same_counts(tmp_path):
    snap = tricky_snapshot()
    path = tmp_path / "g.graphml"
    pkg_nx.write_graphml(snap, path)
    back = nx.read_graphml(path, force_multigraph=True)
    ref = pkg_nx.to_networkx(snap, include_documents=True)
    assert back.number_of_nodes() == ref.number_of_nodes()
    assert back.number_of_edges() == ref.number_of_edges()
    univ = next(e for e in snap.entities if e.type == "University")
    assert back.nodes[univ.id]["aliases"] == "HKVUST|虛構科大"
    assert back.nodes[univ.id]["label"] == "香港虛構科技大學"
    evidences = {d.get("evidence") for _, _, d in back.edges(data=True)}
    assert "與星辰生物合作<b>共建</b>實驗室" in evidences  # control character dropped, markup kept as text


def test_gexf_reads_back_with_same_counts(tmp_path):
    snap = tricky_snapshot()
    path = tmp_path / "g.gexf"
    pkg_nx.write_gexf(snap, path)
    back = nx.read_gexf(path)
    ref = pkg_nx.to_networkx(snap, include_documents=True)
    assert back.number_of_nodes() == ref.number_of_nodes()
    assert back.number_of_edges() == ref.number_of_edges()
    relations = sorted(d["relation"] for _, _, d in back.edges(data=True) if d["relation"] != "MENTIONS")
    assert relations == sorted(r.type for r in snap.relations)
    firm = next(e for e in snap.entities if e.type == "Company")
    assert back.nodes[firm.id]["label"] == firm.name
    assert back.nodes[firm.id]["viz"]["color"]["r"] == 255  # Company colour #ff7f0e
