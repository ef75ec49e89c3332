"""A build that writes nothing (a folder without a supported document, files that all fail) counts what it
skipped as its message names it, and leaves no empty store behind; an existing store is never removed."""

from __future__ import annotations

import json
from pathlib import Path

import docs_factory as f
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG not really")
    (folder / "b.jpg").write_bytes(b"\xff\xd8 not really")
    return folder


def test_a_folder_without_documents_counts_its_skipped_files_and_makes_no_store(tmp_path):
    folder, store = _pictures(tmp_path), tmp_path / "new" / "store"
    result = run("build", str(folder), "--store", str(store), "--json")
    assert result.exit_code != 0
    report = json.loads(result.stdout)
    assert sorted(Path(s["file"]).name for s in report["skipped"]) == ["a.png", "b.jpg"]
    assert "skipped 2" in report["failed"][0]["error"]
    assert not (tmp_path / "new").exists()
    table = run("build", str(folder), "--store", str(store))
    header, _, values = table.stdout.splitlines()[:3]
    assert dict(zip(header.split(), values.split(), strict=True))["skipped"] == "2", table.stdout
    assert not (tmp_path / "new").exists()


def test_files_that_all_fail_make_no_store(tmp_path):
    folder, store = tmp_path / "docs", tmp_path / "store"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = run("build", str(folder), "--store", str(store))
    assert result.exit_code != 0 and "empty.txt" in result.stderr
    assert not store.exists()


def test_an_existing_store_stays_when_a_later_build_writes_nothing(tmp_path):
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir()
    f.write_utf8(docs / "a.txt", "深圳市科技创新局支持星河生物科技有限公司建设研发中心。\n")
    assert run("build", str(docs), "--store", str(store), "--quiet").exit_code == 0
    assert run("build", str(_pictures(tmp_path)), "--store", str(store)).exit_code != 0
    assert run("build", str(docs), "--store", str(store), "--quiet").exit_code == 0  # all unchanged: nothing written
    stats = run("stats", "--store", str(store), "--json")
    assert stats.exit_code == 0 and json.loads(stats.stdout), stats.output
