"""Odd folder entries and pruning: nothing a folder holds hangs, aborts or silently shrinks a build.

Reproduces the sweep's cases: a symlink loop (traceback), a FIFO or a link to /dev/zero (hang),
.doc/.wps files skipped without a word, an empty folder or a mistyped path with --prune
(every stored document removed).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import docs_factory as f
import pytest
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _docs(tmp_path: Path, n: int = 3) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(n):
        f.write_utf8(docs / f"d{i}.txt", f.SAMPLE_PARAGRAPHS[i % len(f.SAMPLE_PARAGRAPHS)])
    return docs


def _stored(store: Path) -> int:
    result = run("stats", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["documents"]


def test_odd_entries_are_named_and_skipped_and_the_rest_builds(tmp_path):
    docs = _docs(tmp_path, 2)
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (docs / "kingsoft.wps").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (docs / "photo.png").write_bytes(b"\x89PNG")
    os.mkfifo(docs / "pipe.txt")
    os.symlink("/dev/zero", docs / "zero.txt")
    os.symlink(docs / "loop-a.txt", docs / "loop-b.txt")
    os.symlink(docs / "loop-b.txt", docs / "loop-a.txt")
    os.symlink(docs / "gone.txt", docs / "dangling.txt")
    outside = f.write_utf8(tmp_path / "outside.txt", f.SAMPLE_PARAGRAPHS[0])
    os.symlink(outside, docs / "out.txt")
    os.symlink(docs, docs / "self")  # a link to a folder (here: a cycle)
    result = run("build", str(docs), "--store", str(tmp_path / "store"), "--json")
    assert result.exit_code == 0, result.output  # skipped entries are named, not failures
    report = json.loads(result.stdout)
    assert report["added"] == 2
    skipped = {Path(s["file"]).name: s["reason"] for s in report["skipped"]}
    assert set(skipped) == {
        "old.doc",
        "kingsoft.wps",
        "photo.png",
        "pipe.txt",
        "zero.txt",
        "loop-a.txt",
        "loop-b.txt",
        "dangling.txt",
        "out.txt",
        "self",
    }
    assert "docx" in skipped["old.doc"] and "WPS" in skipped["kingsoft.wps"]
    assert "FIFO" in skipped["pipe.txt"] and "device" in skipped["zero.txt"]
    assert "loop" in skipped["loop-a.txt"] and "outside the folder" in skipped["out.txt"]
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 10 and "Traceback" not in result.stderr


def test_fifo_or_device_given_as_an_argument_is_named_for_what_it_is(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for arg, word in ((fifo, "FIFO"), (Path("/dev/zero"), "device")):
        result = run("build", str(arg), "--store", str(tmp_path / "store"))
        assert result.exit_code == 2
        assert word in result.stderr and "no such file" not in result.stderr


def test_symlink_loop_as_argument_is_one_line(tmp_path):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    result = run("build", str(tmp_path / "a"), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and "loop" in result.stderr and "Traceback" not in result.stderr


def test_empty_folder_or_one_without_documents_is_an_error_with_a_hint(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("build", str(empty), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and "holds no supported document" in result.stderr and "mounted" in result.stderr
    only_doc = tmp_path / "olddocs"
    only_doc.mkdir()
    (only_doc / "a.doc").write_bytes(b"x")
    result = run("build", str(only_doc), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and "a.doc" in result.stderr


@pytest.mark.parametrize("bad", ["unmounted", "empty"])
def test_prune_with_a_bad_path_removes_nothing(tmp_path, bad):
    docs = _docs(tmp_path)
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    if bad == "unmounted":  # the folder is not there at all
        shutil.move(docs, tmp_path / "elsewhere")
    else:  # the folder is there and holds nothing (a mount point with no drive)
        for file in docs.iterdir():
            file.unlink()
    result = run("build", str(docs), "--store", str(store), "--prune", "--json")
    assert result.exit_code == 2
    assert "not pruning" in result.stderr and "3 of 3" in result.stderr
    assert json.loads(result.stdout)["removed"] == 0
    assert _stored(store) == 3


def test_prune_with_a_mistyped_path_removes_nothing(tmp_path):
    docs = _docs(tmp_path)
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    result = run("build", str(tmp_path / "docz"), "--store", str(store), "--prune", "--json")
    assert result.exit_code == 2 and "docz: no such file or folder" in result.stderr
    assert json.loads(result.stdout)["removed"] == 0  # the documents of docs are not the mistyped folder's
    assert _stored(store) == 3


def test_prune_that_would_remove_more_than_the_paths_hold_needs_yes(tmp_path):
    docs = _docs(tmp_path, 5)
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    for i in range(1, 5):  # a folder half synced, or half deleted by mistake
        (docs / f"d{i}.txt").unlink()
    result = run("build", str(docs), "--store", str(store), "--prune")
    assert result.exit_code == 2 and "would remove 4 of 5" in result.stderr and "--yes" in result.stderr
    assert _stored(store) == 5
    result = run("build", str(docs), "--store", str(store), "--prune", "--yes", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["removed"] == 4 and _stored(store) == 1


def test_ordinary_prune_still_removes_a_deleted_file(tmp_path):
    docs = _docs(tmp_path, 3)
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    (docs / "d2.txt").unlink()
    result = run("build", str(docs), "--store", str(store), "--prune", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["removed"] == 1


def test_a_store_inside_the_documents_folder_is_named_once_and_never_read(tmp_path):
    # people build the folder they work in, and the default store (./policykg-data) then lies inside it
    docs = _docs(tmp_path, 2)
    store = docs / "policykg-data"
    for _ in range(2):
        result = run("build", str(docs), "--store", str(store), "--json")
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["discovered"] == 2
        assert [Path(s["file"]).name for s in report["skipped"]] == ["policykg-data"]
        assert "store this build writes to" in report["skipped"][0]["reason"]
    assert report["unchanged"] == 2
    # a store elsewhere leaves a folder of that name alone: only the store being written is left out
    other = run("build", str(docs), "--store", str(tmp_path / "elsewhere"), "--json")
    assert other.exit_code == 0, other.output
    assert {Path(s["file"]).suffix for s in json.loads(other.stdout)["skipped"]} >= {".lock", ".json"}


def test_a_map_written_next_to_the_documents_is_not_built_back(tmp_path):
    docs = _docs(tmp_path, 2)
    store = str(tmp_path / "store")
    assert run("build", str(docs), "--store", store).exit_code == 0
    mapped = run("map", "--store", store, "-o", str(docs / "map.html"))
    assert mapped.exit_code == 0, mapped.output
    again = run("build", str(docs), "--store", store, "--json")
    assert again.exit_code == 0, again.output
    report = json.loads(again.stdout)
    assert report["added"] == 0 and report["unchanged"] == 2
    assert [Path(s["file"]).name for s in report["skipped"]] == ["map.html"]
    assert _stored(Path(store)) == 2
    named = run("build", str(docs / "map.html"), "--store", store)
    assert named.exit_code != 0
    assert "map policykg wrote" in named.stderr and "Traceback" not in named.stderr
    assert _stored(Path(store)) == 2


def test_a_downloaded_page_with_another_generator_is_still_a_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    page = (
        '<html><head><meta name="generator" content="WordPress 6.4"><title>t</title></head>'
        f"<body><p>{f.SAMPLE_PARAGRAPHS[0]}</p></body></html>"
    )
    f.write_utf8(docs / "news.html", page)
    result = run("build", str(docs), "--store", str(tmp_path / "store"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 1


def test_a_map_is_written_only_under_an_html_name(tmp_path):
    docs = _docs(tmp_path, 1)
    store = str(tmp_path / "store")
    assert run("build", str(docs), "--store", store).exit_code == 0
    refused = run("map", "--store", store, "-o", str(docs / "map.txt"))
    assert refused.exit_code != 0 and ".html" in refused.stderr
    assert not (docs / "map.txt").exists()
    assert run("map", "--store", store, "-o", str(tmp_path / "map.HTM")).exit_code == 0


def test_a_link_to_a_file_of_the_same_folder_is_read_once_and_said(tmp_path):
    docs = _docs(tmp_path, 1)
    os.symlink("d0.txt", docs / "a-link.txt")
    result = run("build", str(docs), "--store", str(tmp_path / "store"), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 1
    assert [Path(s["file"]).name for s in report["skipped"]] == ["d0.txt"]
    assert "the same file as" in report["skipped"][0]["reason"]
