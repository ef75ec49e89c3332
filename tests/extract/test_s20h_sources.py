"""Every fact table names where each of its rows comes from (issue #10: facts from maintained, sourced tables).

The tables under ``resources/facts`` and the lexicon tables of named bodies and places state facts about the
world (an agency's official name, a district of a city, the plan that defines a region); each row ends in a
source column, so a reader can check it. Only the word lists (generic heads, name suffixes) are exempt. The
sentences below are invented.
"""

from __future__ import annotations

from importlib import resources

import pytest

from policykg.extract import lexicon
from tests.extract.helpers import build, names


def _fact_tables() -> list[tuple[str, str]]:
    """(folder, file) of every table that holds facts: found on disk, so a new table is checked too."""
    root = resources.files("policykg.resources")
    out = []
    for folder in ("facts", "lexicon"):
        for entry in sorted(root.joinpath(folder).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".tsv") and entry.name not in lexicon.WORD_LISTS:
                out.append((folder, entry.name))
    return out


def _header_and_rows(folder: str, name: str) -> tuple[list[str], list[list[str]]]:
    text = resources.files("policykg.resources").joinpath(folder, name).read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].lstrip("# ").split("\t")
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return header, rows


def test_the_fact_tables_include_the_places_and_the_bodies() -> None:
    found = {name for _, name in _fact_tables()}
    assert {lexicon.REGION_TABLE, *lexicon.AGENCY_TABLES} <= found
    assert not found & set(lexicon.WORD_LISTS)


@pytest.mark.parametrize("folder,name", _fact_tables())
def test_every_row_of_a_fact_table_names_its_source(folder: str, name: str) -> None:
    header, rows = _header_and_rows(folder, name)
    assert header[-1].startswith("source"), f"{name}: the header's last column must be the source"
    assert rows, name
    for row in rows:
        assert len(row) == len(header), (name, row)
        assert row[0].strip() and len(row[-1].strip()) >= 4, (name, row)


@pytest.mark.parametrize("folder,name", _fact_tables())
def test_every_name_is_one_row_of_its_fact_table(folder: str, name: str) -> None:
    """(name, type) is unique within a table: a second row for the same body would split its aliases and
    sources over two rows, and whichever loads last would win."""
    header, rows = _header_and_rows(folder, name)
    type_col = header.index("type") if "type" in header else None
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = (row[0].strip(), row[type_col].strip() if type_col is not None else "")
        assert key not in seen, f"{name}: {key} has two rows"
        seen.add(key)


def test_regions_keep_their_aliases_with_the_source_column() -> None:
    region = lexicon.region_entry("大湾区")
    assert region is not None and region.name == "粤港澳大湾区"
    assert lexicon.region_entry("鹏城") is not None and lexicon.region_entry("鹏城").name == "深圳"
    assert not any("民政部" in a or "《" in a for r in lexicon.load().regions for a in r.aliases)


@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("东岭生物计划明年在鹏城设立研发中心。", "鹏城", "深圳"),
        ("南湖集团表示，将加快在长江三角洲布局生产基地。", "长江三角洲", "长三角"),
        ("我国已有多家药企在欧盟获批上市。", "我国", "中国"),
    ],
)
def test_a_region_alias_names_its_region_through_the_pipeline(text: str, surface: str, canonical: str) -> None:
    found = names(build(text))
    assert surface in found
    assert found[surface].name == canonical and found[surface].type == "Region"
