"""Looking an organisation up by the short form people type, when the documents wrote its full name."""

from __future__ import annotations

import json
from pathlib import Path

import docs_factory as f
from click.testing import CliRunner

from policykg.cli import main

TEXT = "中华人民共和国科学技术部与香港大学签署合作协议，共建联合实验室。\n国家发展和改革委员会支持该实验室建设。\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _built(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "note.txt", TEXT)
    store = tmp_path / "store"
    result = run("build", str(docs), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    return store


def test_a_short_form_finds_the_body_stored_under_its_official_name(tmp_path):
    store = _built(tmp_path)
    for typed, official in (("科技部", "中华人民共和国科学技术部"), ("發改委", "国家发展和改革委员会")):
        result = run("org", typed, "--store", str(store), "--json")
        assert result.exit_code == 0, result.output
        entity = json.loads(result.stdout)["entity"]
        assert entity["name"] == official
        assert typed not in entity["aliases"]  # found through the tables, not through a document's wording


def test_a_path_can_start_from_a_short_form(tmp_path):
    store = _built(tmp_path)
    result = run("path", "科技部", "港大", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    assert "中华人民共和国科学技术部" in result.stdout and "香港大学" in result.stdout


def test_a_short_form_of_a_body_the_graph_lacks_is_still_not_found(tmp_path):
    store = _built(tmp_path)
    result = run("org", "工信部", "--store", str(store))
    assert result.exit_code != 0
    assert "no organisation named '工信部'" in result.stderr


def test_a_short_form_two_bodies_share_finds_the_one_more_documents_mention(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "a.txt", "上海市人民政府与深圳市人民政府签署合作协议。\n")
    f.write_utf8(docs / "b.txt", "深圳市人民政府支持南湖大学建设实验室。\n")
    f.write_utf8(docs / "c.txt", "深圳市人民政府与南湖大学签署合作协议。\n")
    store = tmp_path / "store"
    assert run("build", str(docs), "--store", str(store), "--quiet").exit_code == 0
    result = run("org", "市政府", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["entity"]["name"] == "深圳市人民政府"
    assert [m["name"] for m in report["also_matches"]] == ["上海市人民政府"]
