"""Summaries of the whole graph: ``stats`` and ``analyze`` (the library side is
:mod:`policykg.graph.algorithms.analysis`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from policykg.cli.common import StoreOptions, echo, emit_json, graph_command, main, print_table


@main.command(short_help="Counts by type and relation; best-connected actors.")
@graph_command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
def stats(where: StoreOptions, top: int, as_json: bool) -> None:
    """Counts by entity and relation type, documents, and the most connected actors."""
    from policykg.graph.algorithms.analysis import stats as compute_stats

    _snapshot_report(where, compute_stats, top, as_json)


@main.command(short_help="Centrality and communities (networkx).")
@graph_command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
def analyze(where: StoreOptions, top: int, as_json: bool) -> None:
    """Centrality (degree, PageRank, betweenness) and communities, via networkx."""
    from policykg.graph.algorithms.analysis import analyze as run_analysis

    _snapshot_report(where, run_analysis, top, as_json)


def _snapshot_report(where: StoreOptions, compute: Callable[..., Any], top: int, as_json: bool) -> None:
    """Read the whole graph once, compute a summary of it, print it as tables or JSON."""
    with where.open() as store:
        snapshot = store.snapshot()
    result = compute(snapshot, top=top).to_dict()
    if as_json:
        emit_json(result)
    else:
        _print_mapping_tables(result)


def _print_mapping_tables(result: dict[str, Any]) -> None:
    """Render a dict of scalars / dicts / lists of dicts as a sequence of small tables."""
    scalars = {k: v for k, v in result.items() if not isinstance(v, (dict, list))}
    if scalars:
        print_table([scalars])
    for key, value in result.items():
        if isinstance(value, dict) and value:
            echo(f"\n{key}")
            print_table([{"key": k, "value": v} for k, v in value.items()], ["key", "value"])
        elif isinstance(value, list) and value:
            echo(f"\n{key}")
            if isinstance(value[0], dict):
                print_table(value)
            else:
                print_table([{"value": v} for v in value])
