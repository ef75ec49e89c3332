"""A full disk loses nothing: the build stops with one line, keeps and counts what it committed,
read-only commands still work, a failed export leaves no half file, and after space is freed a
rebuild gives exactly the graph of a clean build.

The full disk is real: a small tmpfs mounted by the test (root only; skipped otherwise).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import docs_factory as f
import hostile_factory as h
import pytest
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture()
def small_disk(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


_CHARS = "金木水火土日月山川云风雨雪"


def _corpus(folder: Path, n: int = 160) -> Path:
    folder.mkdir()
    for i in range(n):  # distinct organisations in every document, so each one adds to the store
        tag = _CHARS[i // len(_CHARS)] + _CHARS[i % len(_CHARS)]  # names are written in characters
        lines = [
            p.replace("星河", f"星河{tag}{j}").replace("东岸", f"东岸{tag}{j}")
            for j in "甲乙丙丁戊己庚辛"
            for p in f.SAMPLE_PARAGRAPHS
        ]
        f.write_utf8(folder / f"doc{i:03d}.txt", "\n".join(lines))
    return folder


def test_build_on_a_full_disk_stops_cleanly_and_keeps_what_it_committed(tmp_path, small_disk):
    docs = _corpus(tmp_path / "docs")
    store = small_disk / "store"
    result = run("build", str(docs), "--store", str(store), "--json", "--workers", "1")
    assert result.exit_code == 3, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "full" in errors[0] and "first failed write" in errors[0]
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    kept = report["added"]
    assert 0 < kept < 160 and report["failed"] == []

    # read-only commands work on the full disk, and count exactly what the build said it kept
    stats = run("stats", "--store", str(store), "--json")
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["documents"] == kept
    exported = run("export", "--store", str(store))
    assert exported.exit_code == 0 and exported.stdout.count('"kind": "document"') == kept

    # an export onto a full disk fails in one line and leaves nothing behind (a second, filled
    # tmpfs: reading the store may fold its log into the database and free space on the first)
    other = tmp_path / "other-disk"
    other.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(other)], check=True)
    try:
        h.fill_disk(other / "filler")
        target = other / "graph.jsonl"
        failed = run("export", "--store", str(store), "-o", str(target))
        assert failed.exit_code != 0 and "disk is full" in failed.stderr and len(failed.stderr.splitlines()) == 1
        assert not target.exists() and not [p for p in other.iterdir() if p.name.endswith(".tmp")]
    finally:
        subprocess.run(["umount", "-l", str(other)], check=False)

    # free space: the rebuild finishes the job and equals a clean build
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    again = run("build", str(docs), "--store", str(store), "--json", "--workers", "1")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["added"] == 160 - kept
    clean = tmp_path / "clean"
    assert run("build", str(docs), "--store", str(clean), "-q").exit_code == 0
    assert run("export", "--store", str(store)).stdout == run("export", "--store", str(clean)).stdout
