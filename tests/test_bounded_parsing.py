"""A small hostile file must not take the machine: PDF and DOCX are parsed in a child process
with memory, time, page and inflated-size limits, and the rest of the batch still builds.

The hostile files are made here (tests/hostile_factory.py). Peak memory per file is printed
(run with -s to see it), never asserted as a time.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docs_factory as f
import hostile_factory as h
import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import InputError
from policykg.loaders import sandbox
from policykg.loaders.readers import read_source
from policykg.processes import child_pids

MB = 1 << 20


@pytest.fixture()
def tight(monkeypatch):
    """Limits small enough that the hostile files here cross them quickly."""
    monkeypatch.setenv("POLICYKG_PARSE_MEMORY_MB", "768")
    monkeypatch.setenv("POLICYKG_PARSE_SECONDS", "4")
    monkeypatch.setenv("POLICYKG_DOCX_XML_MB", "64")
    monkeypatch.setenv("POLICYKG_PDF_MAX_PAGES", "50")
    yield
    sandbox.shutdown()


def _read_failing(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_source(path)
    message = str(info.value)
    print(
        f"\n{path.name}: {path.stat().st_size} bytes on disk, parser peak "
        f"{sandbox.last_peak_bytes() / MB:.0f} MB: {message}"
    )
    assert "\n" not in message and str(path) in message
    return message


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path, tight):
    bomb = h.make_zip_bomb_docx(tmp_path / "bomb.docx", inflated_mb=200)
    assert bomb.stat().st_size < 2 * MB
    message = _read_failing(bomb)
    assert "inflate" in message and "200.0 MB" in message
    assert sandbox.last_peak_bytes() < 256 * MB  # only the zip directory was read


def test_pdf_whose_streams_inflate_to_gigabytes_hits_the_memory_limit(tmp_path, tight, monkeypatch):
    monkeypatch.setenv("POLICYKG_PARSE_SECONDS", "120")  # the memory limit must be what stops it
    bomb = h.make_flate_bomb_pdf(tmp_path / "flate.pdf", inflated_mb=1024)
    assert bomb.stat().st_size < 64 * 1024
    message = _read_failing(bomb)
    assert "memory" in message and "POLICYKG_PARSE_MEMORY_MB" in message
    assert sandbox.last_peak_bytes() <= 800 * MB


def test_pdf_that_draws_forever_hits_the_time_limit(tmp_path, tight):
    bomb = h.make_xobject_bomb_pdf(tmp_path / "forever.pdf")
    assert bomb.stat().st_size < 16 * 1024
    message = _read_failing(bomb)
    assert "took more than 4 s" in message


def test_pdf_with_more_pages_than_the_limit_is_refused(tmp_path, tight):
    long_pdf = f.make_pdf(tmp_path / "long.pdf", f.SAMPLE_PARAGRAPHS * 30, lines_per_page=2)
    assert "more than 50 pages" in _read_failing(long_pdf)


def test_deep_page_tree_and_nested_objects_end_quickly(tmp_path, tight):
    for made in (h.make_page_tree_bomb_pdf(tmp_path / "tree.pdf"), h.make_nested_pdf(tmp_path / "nested.pdf")):
        try:
            read_source(made)
        except InputError as exc:  # either outcome is fine; ending (and within the limits) is the point
            assert str(made) in str(exc)
        print(f"\n{made.name}: {made.stat().st_size} bytes, parser peak {sandbox.last_peak_bytes() / MB:.0f} MB")
        assert sandbox.last_peak_bytes() <= 800 * MB


def test_good_pdf_and_docx_still_read_through_the_child(tmp_path, tight):
    pdf = read_source(f.make_pdf(tmp_path / "ok.pdf", f.SAMPLE_PARAGRAPHS))
    docx = read_source(f.make_docx(tmp_path / "ok.docx", f.SAMPLE_PARAGRAPHS, f.TABLE_ROWS))
    assert "星河生物科技有限公司" in pdf.text.replace("\n", "") and pdf.encoding == "pdf"
    assert "星河生物科技有限公司" in docx.text and docx.encoding == "docx"


def test_hostile_files_fail_one_line_each_and_the_batch_builds(tmp_path, tight):
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "good.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    f.make_docx(docs / "good.docx", f.SAMPLE_PARAGRAPHS)
    h.make_zip_bomb_docx(docs / "bomb.docx", inflated_mb=100)
    h.make_flate_bomb_pdf(docs / "flate.pdf", inflated_mb=1024)  # stopped by memory or time: both are fine here
    h.make_xobject_bomb_pdf(docs / "forever.pdf")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(docs), "--store", str(store), "--json"])
    assert result.exit_code == 2, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 2
    failed = {Path(x["file"]).name for x in report["failed"]}
    assert failed == {"bomb.docx", "flate.pdf", "forever.pdf"}
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and "Traceback" not in result.stderr


def test_parsing_child_dies_with_its_parent(tmp_path):
    """kill -9 of a process parsing a never-ending PDF leaves no parser behind."""
    bomb = h.make_xobject_bomb_pdf(tmp_path / "forever.pdf")
    code = (
        "import sys; from pathlib import Path; from policykg.loaders.readers import read_source\n"
        "read_source(Path(sys.argv[1]))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(bomb)], env=dict(os.environ, POLICYKG_PARSE_SECONDS="600"))
    child = None
    for _ in range(300):
        out = child_pids(proc.pid)
        if out:
            child = int(out[0])
            break
        time.sleep(0.1)
    assert child is not None, "the parsing child never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the parsing child outlived its parent")
