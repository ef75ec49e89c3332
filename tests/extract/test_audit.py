"""The per-rule report (`policykg eval --rules`): fires, documents and precision per rule, checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from policykg.cli import main
from policykg.evaluate import norm
from policykg.extract.audit import audit, summary, table
from policykg.loaders.pipeline import build_document
from policykg.loaders.readers import read_source

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _graphs():
    return [build_document(read_source(p), p.name) for p in sorted((EXAMPLES / "documents").glob("*.txt"))]


def test_each_rules_precision_is_its_right_share_of_its_fires():
    graphs = _graphs()
    stats = audit(graphs, EXAMPLES / "gold")
    rows = {r["rule"]: r for r in table({"ex": stats})}
    assert rows, "the sample documents fire no rule"
    for rule, st in stats.items():
        row = rows[rule]
        assert row["fires"] == st.fires >= 1
        assert 1 <= row["documents"] <= st.fires
        assert row["P"] == round(st.correct / st.fires, 2)
    # recount the lexicon rule by hand: each mention it made, right when its entity or its text is a gold name
    gold = json.loads(next((EXAMPLES / "gold").glob("*.json")).read_text(encoding="utf-8"))
    doc = Path(gold["doc"]).name
    names = {norm(e["name"]) for e in gold["entities"]} | {
        norm(a) for e in gold["entities"] for a in e.get("aliases") or []
    }
    g = next(g for g in graphs if Path(g.document.file).name == doc)
    fires = right = 0
    for e in g.entities:
        known = any(norm(k) in names for k in [e.name, *e.aliases])
        for m in e.mentions:
            if m.rule == "lexicon":
                fires += 1
                right += known or norm(m.text) in names
    assert (stats["lexicon"].fires, stats["lexicon"].correct) == (fires, right) and fires > 0
    s = summary({"ex": stats})
    assert s["rules firing"] == len(stats) and s["firing in >= 2 documents"] == 0  # one annotated document


def test_the_command_reports_rules_as_json():
    docs = sorted(str(p) for p in (EXAMPLES / "documents").glob("*.txt"))
    out = CliRunner().invoke(main, ["eval", "--rules", "--json", "--gold", str(EXAMPLES / "gold"), *docs])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["summary"]["rules firing"] == len(data["rules"]) > 0
    assert all(r["P"] is None or 0.0 <= r["P"] <= 1.0 for r in data["rules"])
    assert any(r["P"] and r["P"] > 0 for r in data["rules"])
    assert {"fires", "documents"} <= set(data["rules"][0])
