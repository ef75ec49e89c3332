"""Quality floors where the extractor was and was not tuned (no timing here: speed is in benchmarks/).

The floors sit a little under what was measured when they were set (see the figures in each
assertion message and the issue notes), so a regression fails and ordinary noise does not.
dev2-check is the stand-in for documents nobody has seen: only its figures are read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.evaluate import score
from policykg.graph.algorithms.merge import merge_graphs
from policykg.loaders.pipeline import load_document


def _split(shared: Path) -> dict[str, list[str]]:
    text = (shared / "eval" / "dev2" / "SPLIT.md").read_text(encoding="utf-8")
    return {k: re.search(rf"- {k}: (.*)", text).group(1).split(",") for k in ("tune", "check")}


def _figures(files: list[Path], gold: Path) -> tuple[dict, str]:
    graphs = [load_document(p, p.name) for p in files]
    rep = score(merge_graphs(graphs), gold, only_docs={p.name for p in files})
    return rep.micro.figures(), rep.summary_line()


@pytest.fixture(scope="module")
def dev2(shared_dir: Path) -> Path:
    d = shared_dir / "eval" / "dev2"
    if not (d / "SPLIT.md").is_file():
        pytest.skip("../shared/eval/dev2 is not there")
    return d


def test_seed_floor(seeds_dir: Path, gold_dir: Path):
    f, line = _figures(sorted(seeds_dir.glob("*.txt")), gold_dir)
    assert f["entity_f"] >= 0.96, line  # measured 0.974 (written on these documents: a floor, not the aim)
    assert f["rel_f"] >= 0.87, line  # measured 0.894 (0.927 when seed-fitted rules were still in)


@pytest.mark.parametrize("half, entity_floor, relation_floor", [("tune", 0.92, 0.89), ("check", 0.78, 0.51)])
def test_dev2_floor(dev2: Path, shared_dir: Path, half: str, entity_floor: float, relation_floor: float):
    names = _split(shared_dir)[half]
    files = [dev2 / "docs" / f"{n}.txt" for n in names]
    f, line = _figures(files, dev2 / "gold")
    # measured: tune entity F 0.935, typed relation F 0.911; check 0.789 / 0.525
    assert f["entity_f"] >= entity_floor, line
    assert f["rel_f"] >= relation_floor, line


def test_aliases_are_surfaces_of_the_document_and_the_issuer_is_an_entity(seeds_dir: Path):
    for p in sorted(seeds_dir.glob("*.txt")):
        g = load_document(p, p.name)
        for e in g.entities:
            for a in e.aliases:
                assert a in g.document.original_text, (p.name, e.name, a)
        if g.document.issuer:
            assert any(e.name == g.document.issuer for e in g.entities)
