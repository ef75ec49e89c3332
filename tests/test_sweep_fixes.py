"""What a user's sweep of the command line found: each bad input is one line and a non-zero exit, and the graph
stays as it was."""

from __future__ import annotations

import json
import os
from pathlib import Path

import docs_factory as f
import pytest
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "p1.txt", "省政府支持青禾科技有限公司建设研发中心。\n")
    f.write_utf8(docs / "p2.txt", "省政府与南湖大学签署战略合作协议。\n")
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "--quiet").exit_code == 0
    return docs, store


def _error_line(result) -> str:
    assert result.exit_code != 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_write_that_leaves_an_entity_without_a_type_is_rolled_back(built):
    _, store = built
    before = run("export", "--store", str(store)).stdout
    line = _error_line(run("query", "--write", "CREATE (x:Entity {name: '无类型'}) RETURN 1", "--store", str(store)))
    assert "rolled back" in line
    assert run("export", "--store", str(store)).stdout == before
    assert run("stats", "--store", str(store)).exit_code == 0
    ok = run("query", "--write", "MATCH (e:Entity) SET e.note = 'checked' RETURN count(e) AS n", "--store", str(store))
    assert ok.exit_code == 0, ok.output


def test_counts_below_one_and_fractional_counts_are_refused(built):
    docs, store = built
    for args in (
        ("stats", "--store", str(store), "--top", "0"),
        ("analyze", "--store", str(store), "--top", "-2"),
        ("build", str(docs), "--store", str(store), "--max-bytes", "-5"),
    ):
        assert run(*args).exit_code != 0, args
    line = _error_line(run("query", "--name", "entity_search", "-p", "q=省", "-p", "limit=1.5", "--store", str(store)))
    assert "whole number" in line


def test_one_of_several_entities_sharing_a_name_opens_by_its_id(built):
    _, store = built
    first = json.loads(run("org", "省政府", "--store", str(store), "--json").stdout)
    other = first["also_matches"][0]["id"]
    assert other in run("org", "省政府", "--store", str(store)).stdout
    second = json.loads(run("org", other, "--store", str(store), "--json").stdout)
    assert second["entity"]["id"] == other and second["entity"]["docs"] != first["entity"]["docs"]


def test_no_path_is_exit_code_one_as_table_and_as_json(built):
    _, store = built
    for extra in ((), ("--json",)):
        assert run("path", "青禾科技有限公司", "南湖大学", "--store", str(store), *extra).exit_code == 1
    same = run("path", "南湖大学", "南湖大学", "--store", str(store))
    assert same.exit_code == 1 and "same organisation" in same.stdout


def test_a_missing_query_parameter_says_how_to_give_it(built):
    _, store = built
    assert "-p x=" in _error_line(run("query", "RETURN $x AS x", "--store", str(store)))


def _gold(folder: Path, name: str, body: object) -> None:
    folder.mkdir(exist_ok=True)
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    (folder / name).write_text(text, encoding="utf-8")


GOOD = {
    "doc": "p2.txt",
    "entities": [{"name": "南湖大学", "type": "University"}],
    "relations": [],
}


@pytest.mark.parametrize(
    "bad, words",
    [
        ('{"doc": "p1.txt", "entities": [', "not valid JSON"),
        ({"entities": []}, '"doc"'),
        ([1, 2], '"doc"'),
        ({"doc": "p1.txt", "entities": ["省政府"]}, '"entities"'),
        ({"doc": "p1.txt", "entities": [{"name": "省政府", "type": "Govt"}]}, "type 'Govt'"),
        (
            {
                "doc": "p1.txt",
                "entities": [{"name": "省政府", "type": "Agency"}],
                "relations": [{"head": "省政府", "type": "LIKES", "tail": "省政府"}],
            },
            "'LIKES'",
        ),
        (
            {
                "doc": "p1.txt",
                "entities": [{"name": "省政府", "type": "Agency"}],
                "relations": [{"head": "省政府", "type": "SUPPORTS", "tail": "青禾公司"}],
            },
            "'青禾公司'",
        ),
        (dict(GOOD), "keep one gold file"),
    ],
)
def test_a_gold_file_that_cannot_mean_what_was_meant_is_named_in_one_line(built, tmp_path, bad, words):
    docs, _ = built
    gold = tmp_path / "gold"
    _gold(gold, "a_good.json", GOOD)
    _gold(gold, "b_bad.json", bad)
    line = _error_line(run("eval", "--gold", str(gold), str(docs)))
    assert "b_bad.json" in line and words in line and "Traceback" not in line


def test_a_gold_file_for_a_document_not_given_is_noted(built, tmp_path):
    docs, _ = built
    gold = tmp_path / "gold"
    _gold(gold, "a.json", GOOD)
    _gold(gold, "b.json", {"doc": "elsewhere.txt", "entities": [{"name": "南湖大学", "type": "University"}]})
    result = run("eval", "--gold", str(gold), str(docs))
    assert result.exit_code == 0, result.output
    assert "elsewhere.txt" in result.stderr and "names no document given" in result.stderr
    assert os.path.exists(gold / "b.json")


def test_dash_as_output_is_standard_output(built, tmp_path, monkeypatch):
    _, store = built
    monkeypatch.chdir(tmp_path)
    result = run("export", "--store", str(store), "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("{") and not (tmp_path / "-").exists()
    refused = run("export", "--store", str(store), "--format", "csv", "-o", "-")
    assert refused.exit_code != 0 and "needs -o PATH" in refused.stderr


def test_a_map_filter_that_names_nothing_is_refused(built, tmp_path):
    _, store = built
    for option in ("--types", "--relations"):
        result = run("map", "--store", str(store), "-o", str(tmp_path / "m.html"), option, ",")
        assert result.exit_code != 0 and "names none" in result.stderr, option
    assert not (tmp_path / "m.html").exists()
