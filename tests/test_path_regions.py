"""`path` reads like the text: chains go through organisations, not through the cities
every firm is located in, unless asked (`--via-regions`) or nothing else connects; each
hop is printed from the first name towards the second, with the relation's own arrow."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from stores_factory import STORES, seeded_store
from test_store_embedded import _graph

from policykg.cli import main
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.lookup import shortest_paths
from policykg.model import Entity

FIRM_A, FIRM_B, LONE = "甲子生物科技有限公司", "乙丑医药有限公司", "丙寅器械有限公司"
LAB, AGENCY, CITY = "丁卯联合实验室", "上海市戊辰委员会", "上海"


def region_graphs():
    """Two firms in one city: through the city they are two hops apart, through what the
    documents say they do, three (A cooperates with a lab that the agency founded, and the
    agency supports B). A third firm is only located in the city."""
    a, b, lone = Entity(FIRM_A, "Company"), Entity(FIRM_B, "Company"), Entity(LONE, "Company")
    lab, agency, city = Entity(LAB, "Lab"), Entity(AGENCY, "Agency", ["市戊辰委"], "上海"), Entity(CITY, "Region")
    return [
        _graph(
            "r/1.txt",
            [a, b, lone, city],
            [(FIRM_A, "LOCATED_IN", CITY), (FIRM_B, "LOCATED_IN", CITY), (LONE, "LOCATED_IN", CITY)],
            title="园区概况",
        ),
        _graph(
            "r/2.txt",
            [a, lab, agency, b],
            [(FIRM_A, "COOPERATES_WITH", LAB), (AGENCY, "FOUNDED", LAB), (AGENCY, "SUPPORTS", FIRM_B)],
            title="答复",
        ),
    ]


@pytest.fixture(scope="module", params=STORES)
def store(request, tmp_path_factory):
    yield from seeded_store(request.param, tmp_path_factory.mktemp("regions"), region_graphs())


def chain(hops):
    return [(h["left"], h["type"], h["right"], h["forward"]) for h in hops]


def test_path_avoids_regions(store):
    result = shortest_paths(store, FIRM_A, FIRM_B)
    assert not result.via_regions
    assert [chain(h) for h in result.paths] == [
        [
            (FIRM_A, "COOPERATES_WITH", LAB, True),
            (LAB, "FOUNDED", AGENCY, False),  # the agency founded the lab: read backwards from the lab
            (AGENCY, "SUPPORTS", FIRM_B, True),
        ]
    ]
    # the relation's own direction is kept alongside the reading order
    assert [(h["from"], h["to"]) for h in result.paths[0]] == [(FIRM_A, LAB), (AGENCY, LAB), (AGENCY, FIRM_B)]


def test_via_regions_when_asked(store):
    result = shortest_paths(store, FIRM_A, FIRM_B, via_regions=True)
    assert result.via_regions
    assert [chain(h) for h in result.paths] == [
        [(FIRM_A, "LOCATED_IN", CITY, True), (CITY, "LOCATED_IN", FIRM_B, False)]
    ]


def test_region_when_nothing_else_connects(store):
    result = shortest_paths(store, LONE, "市戊辰委")
    assert result.via_regions and result.paths
    assert all(any(h["right"] == CITY for h in hops[:-1]) for hops in result.paths)
    # a region at either end is not a detour
    direct = shortest_paths(store, FIRM_A, CITY)
    assert not direct.via_regions and chain(direct.paths[0]) == [(FIRM_A, "LOCATED_IN", CITY, True)]


def test_max_hops_bounds_the_region_free_search_too(store):
    assert shortest_paths(store, FIRM_A, FIRM_B, max_hops=2).via_regions  # three hops needed without the city


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("regions-cli") / "store"
    with EmbeddedStore(folder) as s:
        s.replace_documents(region_graphs())
    return folder


def test_cli_prints_hops_in_reading_direction(store_folder):
    out = CliRunner().invoke(main, ["path", FIRM_A, FIRM_B, "--store", str(store_folder)]).stdout
    lines = [line.strip() for line in out.splitlines() if "-[" in line]
    assert lines == [
        f"{FIRM_A} -[COOPERATES_WITH]-> {LAB}   (r/2.txt)",
        f"{LAB} <-[FOUNDED]- {AGENCY}   (r/2.txt)",
        f"{AGENCY} -[SUPPORTS]-> {FIRM_B}   (r/2.txt)",
    ]
    fallback = CliRunner().invoke(main, ["path", LONE, AGENCY, "--store", str(store_folder)]).stdout
    assert fallback.splitlines()[0] == "(only chains through a region connect these two)"
    asked = (
        CliRunner()
        .invoke(main, ["path", FIRM_A, FIRM_B, "--via-regions", "--json", "--store", str(store_folder)])
        .stdout
    )
    data = json.loads(asked)
    assert data["via_regions"] is True and len(data["paths"][0]) == 2
