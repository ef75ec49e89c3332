"""Our scorer: matching rules on a hand-made gold file, and agreement with the reference scorer on the seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.evaluate import _type_prf, norm, score
from policykg.graph.algorithms.merge import merge_graphs
from policykg.loaders.pipeline import load_document
from policykg.model import EntityRecord, GraphSnapshot, RelationRecord

GOLD = {
    "doc": "a.txt",
    "entities": [
        {"name": "上海市科学技术委员会", "type": "Agency", "aliases": ["市科委"], "core": True},
        {"name": "香港科技大学", "type": "University", "aliases": [], "core": True},
        {"name": "复旦大学", "type": "University", "aliases": [], "core": True},
        {"name": "某边缘平台", "type": "Platform", "aliases": [], "core": False},
    ],
    "relations": [
        {"head": "香港科技大学", "type": "COOPERATES_WITH", "tail": "复旦大学", "evidence": "x"},
        {"head": "上海市科学技术委员会", "type": "SUPPORTS", "tail": "复旦大学", "evidence": "y"},
    ],
}


def ent(i: str, name: str, type_: str, aliases=(), docs=("a.txt",)) -> EntityRecord:
    return EntityRecord(id=i, name=name, type=type_, aliases=list(aliases), docs=list(docs))


def rel(h: str, t: str, tail: str) -> RelationRecord:
    return RelationRecord(
        id=f"r{h}{t}{tail}", head=h, type=t, tail=tail, doc="dir/a.txt", evidence="", start=0, end=0, rule="test"
    )


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    (tmp_path / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_norm_folds_width_script_quotes_and_spaces():
    assert norm("《香港科技大學》") == norm("香港科技大学")
    assert norm("Bio Shanghai 政享荟") == norm("bioshanghai政享荟")
    assert norm("ＡＢＣ") == "abc"


def test_matching_by_alias_traditional_and_core_recall(gold):
    snap = GraphSnapshot(
        entities=[
            ent("e1", "上海市科委", "Agency", aliases=["市科委"]),  # matches through the alias
            ent("e2", "香港科技大學", "University"),  # Traditional form of a gold name
            ent("e3", "某边缘平台", "Platform"),  # non-core: right, but not needed for recall
            ent("e4", "不存在的公司", "Company"),  # false positive
        ]
    )
    rep = score(snap, gold)
    c = rep.micro
    assert (c.e_tp_any, c.e_pred, c.e_tp_core, c.e_core) == (3, 4, 2, 3)
    f = c.figures()
    assert f["entity_p"] == pytest.approx(0.75)
    assert f["entity_r"] == pytest.approx(2 / 3)
    assert rep.docs[0].missed_entities == ["复旦大学/University"]
    assert rep.docs[0].false_entities == ["不存在的公司/Company"]


def test_one_gold_entity_matches_one_prediction_only(gold):
    snap = GraphSnapshot(entities=[ent("e1", "复旦大学", "University"), ent("e2", "复旦大学", "Company")])
    rep = score(snap, gold)
    assert rep.micro.e_tp_any == 1 and rep.micro.e_pred == 2


def test_relations_symmetric_directed_and_unmapped(gold):
    ents = [
        ent("k", "上海市科学技术委员会", "Agency"),
        ent("h", "香港科技大学", "University"),
        ent("f", "复旦大学", "University"),
        ent("x", "不存在的公司", "Company"),
    ]
    snap = GraphSnapshot(
        entities=ents,
        relations=[
            rel("f", "COOPERATES_WITH", "h"),  # reversed, but symmetric: correct
            rel("f", "SUPPORTS", "k"),  # wrong direction: typed miss, pair hit
            rel("x", "SUPPORTS", "f"),  # an end that matches no gold entity: counts against precision
        ],
    )
    c = score(snap, gold).micro
    assert (c.r_tp, c.r_pred, c.r_gold) == (1, 3, 2)
    assert (c.u_tp, c.u_pred, c.u_gold) == (2, 3, 2)


def test_report_renders_text_and_dict(gold):
    snap = GraphSnapshot(entities=[ent("f", "复旦大学", "University")])
    rep = score(snap, gold)
    d = rep.to_dict()
    assert d["micro"]["entity_p"] == 1.0
    assert d["entity_types"]["University"]["gold_core"] == 2
    text = rep.to_text(verbose=True)
    assert "MICRO" in text and "University" in text and "复旦大学" not in text.split("missed:")[0]


def test_entity_and_relation_types_carry_precision_recall_and_f1(gold):
    snap = GraphSnapshot(
        entities=[
            ent("f", "复旦大学", "University"),
            ent("x", "星河生物科技有限公司", "Company"),  # a false Company; the gold has none
            ent("k", "上海市科学技术委员会", "Agency"),
        ],
        relations=[rel("k", "SUPPORTS", "f"), rel("k", "SUPPORTS", "x")],
    )
    rep = score(snap, gold)
    d = rep.to_dict()
    university = d["entity_types"]["University"]
    assert (university["p"], university["r"], university["f"]) == (1.0, 0.5, 0.6667)
    company = d["entity_types"]["Company"]
    assert (company["p"], company["r"], company["f"]) == (0.0, None, None)  # no gold Company: no recall
    missed = _type_prf(0, 0, 0, 3)  # three gold, none predicted: F is 0, not undefined
    assert missed == (None, 0.0, 0.0)
    supports = d["relation_types"]["SUPPORTS"]
    assert (supports["p"], supports["r"], supports["f"]) == (0.5, 1.0, 0.6667)
    lines = rep.to_text().splitlines()
    header = next(line for line in lines if line.startswith("entity type"))
    assert header.split()[-3:] == ["P", "R", "F"]
    assert next(line for line in lines if "University" in line).endswith("1.00  0.50  0.67")
    assert next(line for line in lines if "Company" in line).endswith("0.00     –     –")


def test_agrees_with_reference_scorer_on_seeds(seeds_dir, gold_dir, shared_dir, tmp_path):
    from policykg.graph.readwrite.export import to_jsonl

    snap = merge_graphs(load_document(p, p.name) for p in sorted(seeds_dir.glob("*.txt")))
    out = tmp_path / "pred.jsonl"
    out.write_text(to_jsonl(snap), encoding="utf-8")
    ref = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--pred",
            str(out),
            "--gold-dir",
            str(gold_dir),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    ours = score(snap, gold_dir).micro.figures()
    for key in (
        "entity_p",
        "entity_r",
        "entity_f",
        "type_acc",
        "rel_p",
        "rel_r",
        "rel_f",
        "pair_p",
        "pair_r",
        "pair_f",
    ):
        assert round(ours[key], 3) == pytest.approx(theirs[key], abs=0.0011), key
