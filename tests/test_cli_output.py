"""Tables and progress of the command line: what people read on a terminal and in a log."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from policykg.cli import main
from policykg.cli.common import cell_text, progress_printer, render_table


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


# ----------------------------------------------------------------- tables on a terminal and in a pipe

SENTENCE = (
    "青禾市科学技术局支持青禾大学与东岭医药集团有限公司在青禾高新区共同建设面向罕见病创新药物研发的生物医药联合实验室"
)
LINKS = "MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS relation, r.evidence AS evidence ORDER BY relation"


@pytest.fixture(scope="module")
def evidence_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of one invented notice whose links are stated by one sentence 116 columns wide."""
    folder = tmp_path_factory.mktemp("tables")
    (folder / "docs").mkdir()
    (folder / "docs" / "notice.txt").write_text(
        f"关于共建罕见病药物联合实验室的通知\n{SENTENCE}。\n青禾市发展和改革委员会与青禾市科学技术局共同设立青禾生物医药产业基金。\n",
        encoding="utf-8",
    )
    store = str(folder / "store")
    result = CliRunner().invoke(main, ["build", str(folder / "docs"), "--store", store, "--quiet"])
    assert result.exit_code == 0, result.output
    evidence = json.loads(_invoke(["query", LINKS, "--json"], store))
    assert SENTENCE in {row["evidence"].rstrip("。") for row in evidence}, evidence
    return store


def _invoke(args: list[str], store: str | None = None, columns: int | None = None) -> str:
    env = {"COLUMNS": str(columns) if columns else None}
    result = CliRunner().invoke(main, args + (["--store", store] if store else []), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture()
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output taken for a terminal, as a person typing the command has it."""
    monkeypatch.setattr("policykg.cli.common._stdout_is_terminal", lambda: True, raising=False)


def _widest(text: str) -> int:
    return max(cell_len(line) for line in text.splitlines())


def test_a_wide_terminal_shows_a_sentence_that_fits_whole(evidence_store, terminal):
    assert cell_len(SENTENCE) >= 110
    out = _invoke(["query", LINKS], evidence_store, columns=200)
    assert SENTENCE in out and "…" not in out, out
    assert _widest(out) <= 200


@pytest.mark.parametrize("columns", [60, 80, 100, 140])
@pytest.mark.parametrize(
    "args",
    [
        ["query", LINKS],
        ["query", "--name", "org_links", "-p", "name=青禾大学"],
        ["stats"],
        ["analyze"],
        ["queries"],
    ],
    ids=["query", "org_links", "stats", "analyze", "queries"],
)
def test_on_a_terminal_no_line_is_wider_than_it(evidence_store, terminal, args, columns):
    out = _invoke(args, None if args[0] == "queries" else evidence_store, columns=columns)
    assert _widest(out) <= columns, out


def test_a_narrow_terminal_cuts_the_sentences_and_keeps_the_short_columns(evidence_store, terminal):
    out = _invoke(["query", LINKS], evidence_store, columns=60)
    lines = out.splitlines()
    assert lines[0].split() == ["relation", "evidence"]
    cut = [line for line in lines if "青禾大学" in line]
    assert cut and all(line.endswith("…") for line in cut), out
    assert {line.split()[0] for line in lines[2:]} == {"COOPERATES_WITH", "ISSUED", "SUPPORTS"}


def test_a_table_too_wide_for_the_terminal_shows_records(evidence_store, terminal):
    """Ten columns on 80: each row as ``column  value`` lines, the short values whole."""
    out = _invoke(["query", "--name", "org_links", "-p", "name=青禾大学"], evidence_store, columns=80)
    lines = out.splitlines()
    assert lines[0].split() == ["entity", "青禾大学"], out
    assert "entity_type  University" in lines and "relation     COOPERATES_WITH" in lines, out
    evidence = next(line for line in lines if line.startswith("evidence"))
    assert evidence.endswith("…") and cell_len(evidence) <= 80
    assert "" in lines  # a blank line between two records
    wide = _invoke(["query", "--name", "org_links", "-p", "name=青禾大学"], evidence_store, columns=250)
    assert wide.splitlines()[0].split()[:3] == ["entity", "entity_type", "direction"]
    assert SENTENCE in wide


@pytest.mark.parametrize(
    "args",
    [["query", LINKS], ["query", "--name", "org_links", "-p", "name=青禾大学"], ["stats"], ["queries"]],
    ids=["query", "org_links", "stats", "queries"],
)
def test_in_a_pipe_a_table_is_the_same_whatever_the_terminal(evidence_store, args):
    store = None if args[0] == "queries" else evidence_store
    outs = {_invoke(args, store, columns=c) for c in (None, 40, 80, 300)}
    assert len(outs) == 1, outs
    if args == ["query", LINKS]:  # the sentences cut at 48 columns, as before tables fitted terminals
        evidence = [line.split(None, 1)[1] for line in outs.pop().splitlines()[2:]]
        assert all(cell.endswith("…") and cell_len(cell) <= 48 for cell in evidence), evidence


def test_wide_shows_every_cell_whole_in_a_pipe_and_on_a_terminal(evidence_store, monkeypatch):
    piped = _invoke(["query", LINKS, "--wide"], evidence_store)
    assert SENTENCE in piped and "…" not in piped
    monkeypatch.setattr("policykg.cli.common._stdout_is_terminal", lambda: True, raising=False)
    assert _invoke(["query", LINKS, "--wide"], evidence_store, columns=60) == piped
    assert "--wide" in _invoke(["stats", "--help"]) and "--wide" not in _invoke(["org", "--help"])


def test_json_is_the_same_on_a_terminal_and_in_a_pipe(evidence_store, monkeypatch):
    piped = _invoke(["query", LINKS, "--json"], evidence_store)
    monkeypatch.setattr("policykg.cli.common._stdout_is_terminal", lambda: True, raising=False)
    assert _invoke(["query", LINKS, "--json"], evidence_store, columns=60) == piped
    assert _invoke(["query", LINKS, "--json", "--wide"], evidence_store, columns=60) == piped


def test_fitting_narrows_the_widest_columns_first():
    rows = [
        {"id": "e_0123456789abcdef", "type": "University", "n": 3, "name": "青禾大学" * 8, "evidence": "句" * 90},
        {"id": "e_fedcba9876543210", "type": "Agency", "n": 12, "name": "东岭局", "evidence": "短句"},
    ]
    lines = render_table(rows, width=120).splitlines()
    assert max(cell_len(line) for line in lines) == 120, lines
    assert lines[0].split() == ["id", "type", "n", "name", "evidence"]
    first = lines[2].split()
    assert first[:3] == ["e_0123456789abcdef", "University", "3"]  # the short columns whole
    assert first[3].endswith("…") and first[4].endswith("…")  # the long ones cut, to one width
    assert abs(cell_len(first[3]) - cell_len(first[4])) <= 2, first
    assert render_table(rows, width=400) == render_table(rows, limit=None)  # room for all: every cell whole


def test_a_real_terminal_fits_the_table_to_columns(evidence_store):
    """The command as a person runs it: in a pseudo-terminal, $COLUMNS giving the width."""
    pty = pytest.importorskip("pty")
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]

    def run_in_terminal(columns: int) -> str:
        leader, follower = pty.openpty()
        env = dict(os.environ, COLUMNS=str(columns), PYTHONPATH=str(repo))
        command = [sys.executable, "-m", "policykg.cli", "query", LINKS, "--store", evidence_store]
        proc = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, env=env, cwd=repo)
        os.close(follower)
        out = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the command ended and closed the terminal
                break
            if not chunk:
                break
            out += chunk
        os.close(leader)
        assert proc.wait(timeout=60) == 0, out
        return out.decode("utf-8").replace("\r\n", "\n")

    assert SENTENCE in run_in_terminal(200)
    narrow = run_in_terminal(60)
    assert SENTENCE not in narrow and _widest(narrow) <= 60, narrow


@pytest.mark.parametrize("width", [4, 5, 8, 12, 20])
def test_a_terminal_too_narrow_for_the_gaps_between_short_columns_shows_records(width):
    """Ten one-character columns need 28 columns even uncut: on a narrower terminal no line is
    wider than it (records), however short every column is."""
    rows = [{c: "x" for c in "abcdefghij"}, {c: "1" for c in "abcdefghij"}]
    text = render_table(rows, width=width)
    assert max(cell_len(line) for line in text.splitlines()) <= width, text
    assert "a  x" in text.splitlines()  # a record, its value whole
    assert render_table(rows, width=28).splitlines()[0] == "a  b  c  d  e  f  g  h  i  j"


@pytest.mark.parametrize("width", [4, 5, 6, 7])
def test_records_on_a_very_narrow_terminal_are_no_wider_than_it(width):
    """A key and a value of at least one cell each, two between them: four columns are enough."""
    text = render_table([{"name": "南湖大学", "type": "University"}], width=width)
    lines = text.splitlines()
    assert len(lines) == 2 and max(cell_len(line) for line in lines) <= width, text
    assert all(line.split()[0][0] in "nt…" for line in lines), text


def test_in_a_pipe_an_empty_column_is_as_before():
    """A column of no width (`RETURN null AS ``` ``): zero columns wide in a pipe, as before
    tables fitted terminals, not one."""
    assert render_table([{"": None, "b": 1}]) == "  b\n───\n  1"
    assert render_table([{"\u200b": "", "b": "x"}]) == "  b\n───\n  x"
    assert render_table([{"": None}]) == "\n─\n"


@pytest.mark.parametrize("fit", [{}, {"width": 80}, {"limit": None}])
def test_rows_without_columns_print_nothing(fit):
    """Rows of no column (a row that is an empty mapping) make no table, in a pipe, on a terminal and with
    --wide alike: nothing is printed, as before tables fitted terminals, and nothing fails."""
    assert render_table([{}, {}], **fit) == ""


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_line_separator_in_a_cell_keeps_its_row_on_one_line(separator, monkeypatch):
    """U+2028 and U+2029 are line breaks to str.splitlines and to rich: a value holding one (a
    Cypher parameter, a graph pulled from Neo4j) broke its row in two in a pipe, and its record
    on a terminal. Shown as an escape, like the other characters that move the cursor."""
    rows = [{"x": f"before{separator}after", "n": 1}, {"x": "other", "n": 2}]
    for text in (render_table(rows), render_table(rows, limit=None), render_table(rows, width=80)):
        assert separator not in text and len(text.splitlines()) == 4, text
        assert f"before\\u{ord(separator):04x}after  1" in text.splitlines(), text
    assert len(render_table(rows, width=12).splitlines()) == 5  # records: two lines a row and a blank one


def _records_by_rich(heads: list[str], cells: list[list[str]], width: int) -> str:
    """The records view as a rich table laid it out (before it was laid out by hand, for speed)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    key_width = min(max(cell_len(h) for h in heads), max(1, width // 2), max(1, width - 3))
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column(width=key_width, no_wrap=True, overflow="ellipsis")
    table.add_column(width=max(1, width - key_width - 2), no_wrap=True, overflow="ellipsis")
    for i, line in enumerate(cells):
        if i:
            table.add_row("", "")
        for head, cell in zip(heads, line):
            table.add_row(Text(head), Text(cell))
    buffer = io.StringIO()
    Console(file=buffer, width=key_width + 2 + max(1, width - key_width - 2), color_system=None).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


@pytest.mark.parametrize("width", [4, 5, 7, 9, 13, 20, 33])
def test_records_are_laid_out_as_a_rich_table_would(width):
    rows = [
        {"机构名称": "南湖大学与东岭生物科技有限公司", "e\u0301": "👨\u200d👩\u200d👧 family", "n": "  padded  "},
        {"机构名称": "\u3000全角空格\u3000\u3000", "e\u0301": "a\u200bb\u0301c" * 5, "n": ""},
        {"机构名称": "x" * 90, "e\u0301": "大学" * 30, "n": None},
    ]
    heads = list(rows[0])
    cells = [[cell_text(row[h]) for h in heads] for row in rows]
    text = render_table(rows, width=width)
    assert len(text.splitlines()) == 11, text  # records: three lines a row, a blank one between
    assert text == _records_by_rich(heads, cells, width)
