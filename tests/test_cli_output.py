"""Tables and progress of the command line: what people read on a terminal and in a log."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from policykg.cli import main
from policykg.cli.common import progress_printer, render_table


def test_table_aligns_wide_characters_and_cuts_long_cells():
    rows = [{"name": "上海市科学技术委员会", "n": 3}, {"name": "abc", "n": 12}, {"name": "很长的名字" * 20, "n": 1}]
    lines = render_table(rows, limit=20).splitlines()
    assert lines[0].split() == ["name", "n"]
    body = lines[2:]
    # the second column starts at the same terminal column on every row, CJK counted double
    starts = {cell_len(line[: line.rindex(" ") + 1]) for line in body}
    assert len(starts) == 1, lines
    cut = body[2][: body[2].rindex(" ")].rstrip()
    assert cut.endswith("…") and cell_len(cut) <= 20, cut


def test_table_shows_control_characters_inert():
    text = render_table([{"name": "evil\x1b[31mred\u202e", "col\x1b": 1}])
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\x1b" in text and "\\u202e" in text


def test_empty_table_says_so():
    assert render_table([]) == "(no rows)"


def _run_progress(stderr: io.StringIO, monkeypatch: pytest.MonkeyPatch, statuses: list[str]) -> str:
    monkeypatch.setattr("sys.stderr", stderr)
    with progress_printer() as progress:
        assert progress is not None
        for i, status in enumerate(statuses):
            progress(f"doc{i}.txt", status, len(statuses))
    return stderr.getvalue()


def test_progress_in_a_log_is_sparse_lines_and_every_failure(monkeypatch):
    statuses = ["built"] * 200
    statuses[57] = "failed"
    out = _run_progress(io.StringIO(), monkeypatch, statuses)
    lines = out.splitlines()
    assert 20 <= len(lines) <= 22, lines  # a line every 5 %, plus the failure
    assert "[58/200] failed      doc57.txt" in lines  # statuses padded to "reextracted"
    assert lines[-1] == "[200/200] built       doc199.txt"
    assert "\x1b" not in out and "\r" not in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_a_bar_with_failures_above(monkeypatch):
    statuses = ["built"] * 30
    statuses[3] = "failed"
    out = _run_progress(_Terminal(), monkeypatch, statuses)
    assert "30/30" in out  # the bar's count when done
    assert "[4/30] failed      doc3.txt" in out
    assert "[5/30]" not in out  # not one line per document


def test_progress_bar_shows_file_names_as_text(monkeypatch):
    """A file named like rich markup or holding an escape code is shown as written, inert."""
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress_printer() as progress:
        assert progress is not None
        progress("[bold]x[/bold]\x1b[31m.txt", "added", 1)
    out = terminal.getvalue()
    assert "[bold]x[/bold]" in out and "\\x1b[31m" in out


def test_quiet_gives_no_printer():
    with progress_printer(enabled=False) as progress:
        assert progress is None


def test_json_output_is_unchanged_by_the_tables(tmp_path):
    """--json is the scripts' contract: plain strict JSON, nothing of the table around it."""
    runner = CliRunner()
    result = runner.invoke(main, ["queries", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {"name", "params", "description"} <= set(rows[0])
    table = runner.invoke(main, ["queries"]).stdout
    assert all(r["name"] in table for r in rows)
