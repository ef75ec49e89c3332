"""`map` options that would draw nothing or be ignored are refused in one line, and no page is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from stores_factory import seeded_store
from test_store_embedded import _graph

from policykg.cli import main
from policykg.model import Entity

AGENCY, FIRM, PERSON = "深圳市科技创新局", "星河生物科技有限公司", "林某某"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("maps")
    people = [Entity(AGENCY, "Agency", [], "深圳"), Entity(FIRM, "Company"), Entity(PERSON, "Person")]
    graphs = [_graph("m/1.txt", people, [(AGENCY, "SUPPORTS", FIRM)], title="通知")]
    for _store in seeded_store("embedded", folder, graphs):
        pass
    return folder / "store"


def _refused(store: Path, tmp_path: Path, *args: str) -> str:
    target = tmp_path / "m.html"
    result = CliRunner().invoke(main, ["map", "--store", str(store), "-o", str(target), *args])
    assert result.exit_code != 0, result.output
    assert not target.exists()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_depth_without_a_centre_is_refused(store, tmp_path):
    assert "--depth needs --center" in _refused(store, tmp_path, "--depth", "3")


def test_a_type_the_store_lacks_is_refused(store, tmp_path):
    line = _refused(store, tmp_path, "--types", "University")
    assert "no entity of type University in the store" in line


def test_a_type_whose_entities_have_no_link_is_refused_unless_isolated(store, tmp_path):
    assert "--isolated" in _refused(store, tmp_path, "--types", "Person")
    target = tmp_path / "p.html"
    ok = CliRunner().invoke(main, ["map", "--store", str(store), "-o", str(target), "--types", "Person", "--isolated"])
    assert ok.exit_code == 0 and PERSON in target.read_text(encoding="utf-8"), ok.output


def test_a_type_the_store_lacks_beside_one_it_has_is_a_note(store, tmp_path):
    target = tmp_path / "a.html"
    args = ["map", "--store", str(store), "-o", str(target), "--types", "Agency,Company,University"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and target.exists(), result.output
    assert "no entity of type University in the store" in result.stderr
