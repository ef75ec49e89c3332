"""A stored document remembers which extractor made its graph; a build re-extracts one another version made."""

from __future__ import annotations

import json
from pathlib import Path

import docs_factory as f
from click.testing import CliRunner
from test_build import RefusingStore

from policykg.build import build
from policykg.cli import main
from policykg.extract.fingerprint import _installation, extraction_fingerprint


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _build(docs: Path, store: Path) -> dict:
    result = run("build", str(docs), "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _stamps(store: Path) -> set:
    out = run("query", "MATCH (d:Document) RETURN d.extraction AS e", "--store", str(store), "--json")
    assert out.exit_code == 0, out.output
    return {row["e"] for row in json.loads(out.stdout)}


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        f.write_utf8(docs / f"d{i}.txt", f.SAMPLE_PARAGRAPHS[i % len(f.SAMPLE_PARAGRAPHS)])
    return docs


def test_documents_stored_by_another_extractor_are_extracted_again_once(tmp_path):
    docs, store = _docs(tmp_path), tmp_path / "store"
    assert _build(docs, store)["added"] == 3
    assert _stamps(store) == {extraction_fingerprint()}
    before = run("export", "--store", str(store)).stdout

    # as a store written by an older policykg: one document's graph made by another extractor, one by an unknown one
    changed = run(
        "query", "--write", "MATCH (d:Document {file: 'd0.txt'}) SET d.extraction = 'older'", "--store", str(store)
    )
    assert changed.exit_code == 0, changed.output
    removed = run("query", "--write", "MATCH (d:Document {file: 'd1.txt'}) REMOVE d.extraction", "--store", str(store))
    assert removed.exit_code == 0, removed.output

    # as a person sees it: a table and progress lines; re-extracted files are not "changed" (nobody edited them)
    again = run("build", str(docs), "--store", str(store))
    assert again.exit_code == 0, again.output
    header, _, values = again.stdout.splitlines()[:3]
    table = dict(zip(header.split(), values.split(), strict=True))
    assert (table["reextracted"], table["changed"], table["unchanged"]) == ("2", "0", "1"), again.stdout
    progress = sorted(line.split()[1:] for line in again.stderr.splitlines() if line.startswith("["))
    assert progress == [["reextracted", "d0.txt"], ["reextracted", "d1.txt"], ["unchanged", "d2.txt"]]
    assert "extracted again" in again.stderr
    assert _stamps(store) == {extraction_fingerprint()}
    assert run("export", "--store", str(store)).stdout == before  # the same graph, made again

    third = _build(docs, store)
    assert third["unchanged"] == 3 and third["reextracted"] == 0
    run("query", "--write", "MATCH (d:Document {file: 'd2.txt'}) SET d.extraction = 'older'", "--store", str(store))
    fourth = _build(docs, store)  # and for scripts
    assert (fourth["reextracted"], fourth["changed"], fourth["unchanged"]) == (1, 0, 2)


def test_the_fingerprint_is_stable_within_an_installation():
    first = extraction_fingerprint()
    _installation.cache_clear()
    assert extraction_fingerprint() == first and len(first) == 16


def test_the_taggers_budget_is_part_of_the_fingerprint(monkeypatch):
    default = extraction_fingerprint()
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "0")
    assert extraction_fingerprint() != default
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "200")  # the default, written out
    assert extraction_fingerprint() == default


def test_a_document_extracted_again_that_the_store_refuses_is_a_failure(tmp_path):
    docs = _docs(tmp_path)
    store = RefusingStore(tmp_path / "store")
    try:
        assert build([docs], store, workers=1).ok
        store.run("MATCH (d:Document) SET d.extraction = 'older'", write=True)
        store.refuse = "d1.txt"
        again = build([docs], store, workers=1)
        assert [f.file for f in again.failed] == ["d1.txt"]
        assert sorted(again.reextracted) == ["d0.txt", "d2.txt"] and "d1.txt" not in again.changed
        assert store.document_extractions()["d1.txt"] == "older"
        store.refuse = ""
        third = build([docs], store, workers=1)
        assert third.ok and third.reextracted == ["d1.txt"] and len(third.unchanged) == 2
    finally:
        store.close()
