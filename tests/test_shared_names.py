"""A name several organisations carry (市政府 in a Shenzhen and in a Shanghai notice) is never taken in
silence: `path` searches from each of them, `map --center` and named queries say which one they used,
and an entity's id (e_…) names one alone."""

from __future__ import annotations

import json
from pathlib import Path

import docs_factory as f
import pytest
from click.testing import CliRunner

from policykg.cli import main

SZ = (
    "深圳市发展和改革委员会关于推进海洋经济发展的通知\n\n"
    "经市政府同意，市发展改革委支持蓝湾海洋科技有限公司建设研发中心。市政府与南方海洋大学签署合作协议。\n\n"
    "深圳市发展和改革委员会\n2026年3月1日\n"
)
SH = (
    "上海市经济和信息化委员会关于推进智能制造发展的通知\n\n"
    "经市政府同意，市经济信息化委支持云杉智造有限公司建设示范工厂。市政府与东海理工大学签署合作协议。\n\n"
    "上海市经济和信息化委员会\n2026年4月2日\n"
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shared")
    docs = root / "docs"
    docs.mkdir()
    f.write_utf8(docs / "sz.txt", SZ)
    f.write_utf8(docs / "sh.txt", SH)
    result = run("build", str(docs), "--store", str(root / "store"), "--quiet")
    assert result.exit_code == 0, result.output
    return root / "store"


def _governments(store: Path) -> dict[str, str]:
    report = json.loads(run("org", "市政府", "--store", str(store), "--json").stdout)
    found = [report["entity"], *report["also_matches"]]
    return {e["name"]: e["id"] for e in found}


def test_the_two_governments_share_the_name(store):
    assert set(_governments(store)) == {"深圳市人民政府", "上海市人民政府"}


@pytest.mark.parametrize("other", ["南方海洋大学", "东海理工大学"])
def test_path_from_a_shared_name_searches_from_each_organisation_it_names(store, other):
    result = run("path", "市政府", other, "--store", str(store))
    assert result.exit_code == 0, result.output
    assert other in result.stdout
    ids = _governments(store)
    note = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(note) == 1 and all(i in note[0] for i in ids.values()), result.stderr
    as_json = json.loads(run("path", "市政府", other, "--store", str(store), "--json").stdout)
    assert {e["id"] for e in as_json["a_searched"]} == set(ids.values())
    assert as_json["a"]["name"] == ("深圳市人民政府" if other == "南方海洋大学" else "上海市人民政府")


def test_path_from_an_id_searches_from_that_one_only(store):
    ids = _governments(store)
    result = run("path", ids["上海市人民政府"], "南方海洋大学", "--store", str(store))
    assert result.exit_code == 1
    assert "上海市人民政府" in result.stdout and "note:" not in result.stderr


def test_path_between_a_shared_name_and_one_of_its_organisations_joins_two(store):
    result = run("path", "市政府", "上海市人民政府", "--store", str(store), "--json")
    out = json.loads(result.stdout)
    assert [e["name"] for e in out["a_searched"]] == ["深圳市人民政府"]
    assert [e["name"] for e in out["also_matches"]["a"]] == ["上海市人民政府"]


def test_map_centre_on_a_shared_name_says_which_and_takes_an_id(store, tmp_path):
    ids = _governments(store)
    result = run("map", "--center", "市政府", "--store", str(store), "-o", str(tmp_path / "a.html"))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(lines) == 1 and all(i in lines[0] for i in ids.values()) and "--center ID" in lines[0]
    for name, other in (("深圳市人民政府", "南方海洋大学"), ("上海市人民政府", "东海理工大学")):
        target = tmp_path / f"{other}.html"
        result = run("map", "--center", ids[name], "--store", str(store), "-o", str(target))
        assert result.exit_code == 0 and "note:" not in result.stderr, result.output
        assert other in target.read_text(encoding="utf-8")


def test_named_query_with_a_shared_name_says_which_it_used_and_takes_an_id(store):
    ids = _governments(store)
    result = run("query", "--name", "org_links", "-p", "name=市政府", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    assert "-p name=ID" in result.stderr and all(i in result.stderr for i in ids.values())
    rows = json.loads(
        run(
            "query", "--name", "org_links", "-p", f"name={ids['深圳市人民政府']}", "--store", str(store), "--json"
        ).stdout
    )
    assert {r["entity"] for r in rows} == {"深圳市人民政府"} and "南方海洋大学" in {r["other"] for r in rows}


@pytest.mark.parametrize(
    "params",
    [
        ("org_links", "name=无此机构"),
        ("path_between", "a=无此机构", "b=南方海洋大学"),
        ("path_between", "a=南方海洋大学", "b=无此机构"),
        ("policies_issued_by", "agency=无此机构"),
    ],
)
def test_a_named_query_given_an_unknown_organisation_is_one_line_and_a_failure(store, params):
    name, *pairs = params
    args = ["query", "--name", name, "--store", str(store)]
    for pair in pairs:
        args += ["-p", pair]
    result = run(*args)
    assert result.exit_code != 0 and "(no rows)" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "无此机构" in lines[0] and "-p " in lines[0], result.stderr


def test_a_known_organisation_without_such_links_still_answers_no_rows(store):
    result = run("query", "--name", "policies_issued_by", "-p", "agency=南方海洋大学", "--store", str(store))
    assert result.exit_code == 0 and "(no rows)" in result.stdout, result.output


def test_a_named_query_given_a_shared_name_and_an_id_answers_for_that_id(store):
    ids = _governments(store)
    for name, other in (("深圳市人民政府", "南方海洋大学"), ("上海市人民政府", "东海理工大学")):
        args = ["query", "--name", "org_links", "-p", "name=市政府", "-p", f"id={ids[name]}", "--json"]
        result = run(*args, "--store", str(store))
        rows = json.loads(result.stdout)
        assert {r["entity"] for r in rows} == {name} and other in {r["other"] for r in rows}


def test_an_id_that_is_none_of_the_names_organisations_is_one_line_and_a_failure(store):
    result = run(
        "query", "--name", "org_links", "-p", "name=市政府", "-p", "id=e_0000000000000000", "--store", str(store)
    )
    assert result.exit_code == 5 and "is none of the organisations" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
