"""Exports never harm the store or leave half files; a damaged or half-made store is a clear error;
printed text cannot act on the terminal; --json is strict JSON; names with non-UTF-8 bytes are one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docs_factory as f
import pytest
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "a.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    out = tmp_path / "store"
    assert run("build", str(docs), "--store", str(out), "-q").exit_code == 0
    return out


def _one_error_line(result) -> str:
    assert result.exit_code != 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    return lines[0]


def test_export_refuses_to_write_into_the_store(store):
    before = (store / "graph").read_bytes()
    for target in (store / "graph", store / "new.jsonl"):
        line = _one_error_line(run("export", "--store", str(store), "-o", str(target)))
        assert "inside the store" in line
    assert "inside the store" in _one_error_line(
        run("export", "--store", str(store), "--format", "csv", "-o", str(store))
    )
    assert (store / "graph").read_bytes() == before
    assert run("stats", "--store", str(store)).exit_code == 0


def test_map_and_export_refuse_to_replace_a_document_of_the_graph(store, tmp_path):
    docs = tmp_path / "docs"
    page = f.write_utf8(
        docs / "page.html", "<html><body><p>深圳市科技创新局支持星河生物科技有限公司。</p></body></html>"
    )
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    originals = {p: p.read_bytes() for p in (docs / "a.txt", page)}
    for args in (
        ("map", "-o", str(page)),
        ("export", "-o", str(docs / "a.txt")),
        ("export", "--format", "graphml", "-o", str(page)),
    ):
        line = _one_error_line(run(*args, "--store", str(store)))
        assert "the graph was built from" in line and "choose another name" in line
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "documents.csv").write_bytes(originals[docs / "a.txt"])  # a copy of a document, by chance so named
    assert "choose another name" in _one_error_line(
        run("export", "--format", "csv", "-o", str(folder), "--store", str(store))
    )
    assert {p: p.read_bytes() for p in originals} == originals
    other = tmp_path / "old-map.html"
    other.write_text("<html>an older map</html>", encoding="utf-8")
    assert run("map", "-o", str(other), "--store", str(store)).exit_code == 0  # any other file is replaced


def test_csv_goes_into_the_folder_that_holds_the_store(store):
    result = run("export", "--store", str(store), "--format", "csv", "-o", str(store.parent))
    assert result.exit_code == 0, result.output
    assert (store.parent / "entities.csv").is_file() and run("stats", "--store", str(store)).exit_code == 0


def test_export_to_a_folder_a_missing_folder_or_a_device_is_one_line(store, tmp_path):
    assert "is a folder" in _one_error_line(run("export", "--store", str(store), "-o", str(tmp_path)))
    missing = tmp_path / "nope" / "g.jsonl"
    assert "does not exist" in _one_error_line(run("export", "--store", str(store), "-o", str(missing)))
    assert "not a regular file" in _one_error_line(run("export", "--store", str(store), "-o", "/dev/null"))
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert "not a regular file" in _one_error_line(run("export", "--store", str(store), "-o", str(fifo)))


def test_a_failed_export_keeps_the_previous_file_whole(store, tmp_path):
    """The export is written to a temporary file first: a write that fails (here the file size
    limit, a real EFBIG from the kernel) leaves the old file as it was and no temporary file."""
    target = tmp_path / "graph.jsonl"
    target.write_text("previous export\n", encoding="utf-8")
    code = (
        "import resource, sys; from policykg.cli import main\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))\n"
        "sys.argv = ['policykg', 'export', '--store', sys.argv[1], '-o', sys.argv[2]]\n"
        "main()\n"
    )
    import signal

    done = subprocess.run(
        [sys.executable, "-c", code, str(store), str(target)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
    )
    assert done.returncode != 0
    assert len(done.stderr.splitlines()) == 1 and "cannot be written" in done.stderr, done.stderr
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_store_without_its_graph_file_is_an_error_not_an_empty_graph(store):
    (store / "graph").rename(store.parent / "graph.moved")
    for command in ("stats", "export"):
        line = _one_error_line(run(command, "--store", str(store)))
        assert "graph" in line and "missing" in line
    assert "missing" in _one_error_line(run("build", str(store.parent / "docs"), "--store", str(store)))


def test_failed_store_creation_cleans_up_after_itself(tmp_path):
    """A store folder that cannot be written fails creation with one line and leaves no marker,
    so the next build (with the problem fixed) just works."""
    if os.geteuid() == 0:
        # root ignores permissions: make the failure a full (0-byte) disk instead
        disk = tmp_path / "disk"
        disk.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(disk)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
        try:
            (disk / "fill").write_bytes(b"x" * 4096)
        except OSError:
            pass
        target = disk / "store"
        try:
            docs = tmp_path / "docs"
            docs.mkdir()
            f.write_utf8(docs / "a.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
            result = run("build", str(docs), "--store", str(target))
            assert result.exit_code != 0 and "Traceback" not in result.output
            assert not (target / "policykg-store.json").exists()
            (disk / "fill").unlink()
            subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
            assert run("build", str(docs), "--store", str(target), "-q").exit_code == 0
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=False)
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        result = run("build", str(tmp_path), "--store", str(folder / "store"))
        assert result.exit_code != 0 and not (folder / "store").exists()


def test_interrupted_creation_is_finished_by_the_next_build(tmp_path, store):
    """A marker that says the creation never finished does not block the next build."""
    half = tmp_path / "half"
    half.mkdir()
    (half / "policykg-store.json").write_text(
        json.dumps({"format": "policykg-embedded", "version": 2, "complete": False}), encoding="utf-8"
    )
    assert "never finished" in _one_error_line(run("stats", "--store", str(half)))
    assert run("build", str(tmp_path / "docs"), "--store", str(half), "-q").exit_code == 0
    assert json.loads(run("stats", "--store", str(half), "--json").stdout)["documents"] == 1


def test_file_names_cannot_forge_lines_or_send_escape_codes(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    evil = "x\nerror: forged line\x1b[31m.txt"
    (docs / evil).write_bytes(b"")  # empty: reported as a failure, with its name printed
    f.write_utf8(docs / "ok.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    result = run("build", str(docs), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "\x1b" not in result.stderr and "\\x1b" in result.stderr


def test_bidi_override_is_stripped_from_names_and_escaped_on_the_terminal(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "\n".join(f.SAMPLE_PARAGRAPHS).replace("星河生物科技有限公司", "星河\u202e生物科技有限公司")
    f.write_utf8(docs / "a.txt", text)
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "-q").exit_code == 0
    exported = run("export", "--store", str(store)).stdout
    assert "\u202e" not in exported and "星河生物科技有限公司" in exported
    shown = run("org", "星河\u202e生物科技有限公司", "--store", str(store))
    assert "\u202e" not in shown.output


def test_json_output_is_strict_even_for_nan(store):
    result = run("query", "RETURN 0.0/0.0 AS x, 1.0/0.0 AS y, 'a\u202eb' AS s", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
    assert rows[0]["x"] is None and rows[0]["y"] is None and rows[0]["s"] == "a\u202eb"
    assert "\u202e" not in result.stdout  # escaped as \u202e inside the JSON string


def test_names_with_bytes_that_are_not_utf8_are_one_line(store):
    gbk = "和黄医药".encode("gbk").decode("utf-8", "surrogateescape")
    for args in (("org", gbk), ("path", gbk, "上海市"), ("query", "--name", "org_links", "-p", f"name={gbk}")):
        line = _one_error_line(run(*args, "--store", str(store)))
        assert "not UTF-8" in line


def test_neo4j_driver_warnings_do_not_reach_stderr():
    """In a plain process (pytest's own log capture would hide the difference)."""
    code = (
        "import logging, policykg.graph.stores.neo4j_store\n"
        "logging.getLogger('neo4j.pool').warning('Transaction failed and will be retried in 1.0s')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
