"""`org --depth 2` lists entities two links away that are not already direct links, and says how many
there are when it shows only the first (`--limit 0` shows them all), on every store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from stores_factory import STORES, seeded_store
from test_store_embedded import _graph

from policykg.cli import main
from policykg.lookup import org_report
from policykg.model import Entity

AGENCY, UNI, LAB, HOSPITAL = "上海市星河委员会", "星河大学", "星河联合实验室", "月湾医院"
FIRMS = [f"星河{i}号生物科技有限公司" for i in "一二三四五六七八九"]


def graphs():
    """The agency supports a university and founded a lab; the university cooperates with the lab
    (a direct link of the agency: not second-degree), a hospital and nine firms (second-degree)."""
    agency, uni, lab = Entity(AGENCY, "Agency", [], "上海"), Entity(UNI, "University"), Entity(LAB, "Lab")
    hospital, firms = Entity(HOSPITAL, "Hospital"), [Entity(n, "Company") for n in FIRMS]
    rels = [(AGENCY, "SUPPORTS", UNI), (AGENCY, "FOUNDED", LAB), (UNI, "COOPERATES_WITH", LAB)]
    rels += [(UNI, "COOPERATES_WITH", HOSPITAL)] + [(UNI, "COOPERATES_WITH", n) for n in FIRMS]
    return [_graph("d/1.txt", [agency, uni, lab, hospital, *firms], rels, title="通知")]


@pytest.fixture(scope="module", params=STORES)
def store(request, tmp_path_factory):
    yield from seeded_store(request.param, tmp_path_factory.mktemp("depth2"), graphs())


def test_second_degree_leaves_out_direct_links_and_the_entity_itself(store):
    report = org_report(store, AGENCY, depth=2)
    others = [row["other"] for row in report.second_degree]
    assert sorted(others) == sorted([HOSPITAL, *FIRMS])
    assert report.second_degree_total is None and report.to_dict()["second_degree_total"] == 10


def test_a_cut_second_degree_list_says_how_many_there_are(store):
    report = org_report(store, AGENCY, depth=2, depth2_limit=4)
    assert len(report.second_degree) == 4 and report.second_degree_total == 10
    every = org_report(store, AGENCY, depth=2, depth2_limit=None)
    assert len(every.second_degree) == 10 and every.second_degree_total is None
    assert every.second_degree[:4] == report.second_degree


def test_org_cli_says_of_how_many_and_limit_zero_shows_all(tmp_path, monkeypatch):
    import policykg.lookup as lookup

    folder = tmp_path / "s"
    for _store in seeded_store("embedded", folder, graphs()):
        pass
    real = lookup.org_report

    def small_cut(*args, depth2_limit=200, **kwargs):  # 200 stands for a cut of 3 here
        return real(*args, depth2_limit=None if depth2_limit is None else 3, **kwargs)

    monkeypatch.setattr(lookup, "org_report", small_cut)
    out = CliRunner().invoke(main, ["org", AGENCY, "--depth", "2", "--store", str(folder / "store")])
    assert out.exit_code == 0, out.output
    assert "second-degree links (3 of 10, --limit 0 for all)" in out.stdout
    out = CliRunner().invoke(main, ["org", AGENCY, "--depth", "2", "--limit", "0", "--store", str(folder / "store")])
    assert "second-degree links (10)" in out.stdout
    as_json = CliRunner().invoke(main, ["org", AGENCY, "--depth", "2", "--json", "--store", str(folder / "store")])
    report = json.loads(as_json.stdout)
    assert len(report["second_degree"]) == 3 and report["second_degree_total"] == 10
