"""Look-ups: ``org``, ``path``, ``query`` and ``queries`` (the library side is
:mod:`policykg.lookup` and :mod:`policykg.queries`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from policykg.cli.common import (
    StoreOptions,
    _t,
    echo,
    emit_json,
    entity_list,
    graph_command,
    json_option,
    main,
    name_arg,
    note,
    print_table,
)


@main.command(short_help="One organisation: aliases, documents, links, evidence.")
@click.argument("name")
@graph_command(table=False)
@click.option("--depth", type=click.IntRange(1, 2), default=1, help="1: direct links; 2: also second-degree links.")
@click.option(
    "--limit",
    type=click.IntRange(0, None),
    default=25,
    show_default=True,
    help="Links shown per relation type and documents named; with --depth 2 also at most 200 second-degree links "
    "(0: all).",
)
def org(name: str, where: StoreOptions, depth: int, limit: int, as_json: bool) -> None:
    """Show an organisation (by name or any alias): type, aliases, documents and every link with its evidence."""
    from policykg.lookup import DEPTH2_COUNT_CAP, org_report

    name = name_arg(name, "name")
    with where.open() as store:
        report = org_report(store, name, depth=depth, limit_per_type=limit or None, depth2_limit=200 if limit else None)
    if as_json:
        emit_json(report.to_dict())
        return
    e = report.entity
    echo(f"{_t(e['name'])}  [{e['type']}]  id={_t(e['id'])}")
    if e.get("aliases"):
        echo("aliases:   " + "、".join(_t(a) for a in e["aliases"]))
    docs = e.get("docs") or []
    shown_docs = docs if not limit or len(docs) <= limit else docs[:limit]
    more = (
        f" … and {len(docs) - len(shown_docs)} more (--limit 0 or --json for all)"
        if len(shown_docs) < len(docs)
        else ""
    )
    echo(f"documents ({len(docs)}): " + "、".join(_t(d) for d in shown_docs) + more)
    if report.also_matches:
        echo(
            "also named so: "
            + "、".join(f"{_t(m['name'])} [{m['type']}] {_t(m['id'])}" for m in report.also_matches)
            + " (policykg org ID opens one)"
        )
    if not report.links:
        echo("\n(no links found in the documents)")
    totals = report.counts()
    for rel_type, links in report.grouped().items():
        echo("")
        shown = (
            f"{len(links)} of {totals[rel_type]}, --limit 0 for all" if len(links) < totals[rel_type] else len(links)
        )
        echo(f"{rel_type} ({shown})")
        for link in links:
            arrow = "→" if link["direction"] == "out" else "←"
            source = _t(link["doc"]) + (f" {_t(link['doc_number'])}" if link.get("doc_number") else "")
            echo(f"  {arrow} {_t(link['other'])} [{link['other_type']}]   ({source})")
            echo(f"      「{_t(link['evidence'])}」")
    if report.second_degree:
        echo("")
        shown = len(report.second_degree)
        total = report.second_degree_total
        if total is not None:
            more = f"{total}+" if total >= DEPTH2_COUNT_CAP else str(total)
            echo(f"second-degree links ({shown} of {more}, --limit 0 for all)")
        else:
            echo(f"second-degree links ({shown})")
        for link in report.second_degree:
            echo(f"  {link['type']} {_t(link['other'])} [{link['other_type']}]")
            echo(f"      「{_t(link['first_evidence'])}」 ({_t(link['first_doc'])})")
            echo(f"      「{_t(link['second_evidence'])}」 ({_t(link['second_doc'])})")


@main.command(short_help="Chains of evidenced links between two organisations.")
@click.argument("a")
@click.argument("b")
@graph_command(table=False)
@click.option(
    "--max-hops",
    type=click.IntRange(1, 10),
    default=6,
    show_default=True,
    help="Longest chain searched, in links between entities (1–10).",
)
@click.option(
    "--via-regions",
    is_flag=True,
    help="Also step through regions (cities, districts); without it they are used only when "
    "nothing else connects the two.",
)
def path(a: str, b: str, where: StoreOptions, max_hops: int, via_regions: bool, as_json: bool) -> None:
    """Shortest chains of evidenced links between two organisations, read from A to B."""
    from policykg.lookup import shortest_paths

    a, b = name_arg(a, "name"), name_arg(b, "name")
    with where.open() as store:
        result = shortest_paths(store, a, b, max_hops=max_hops, via_regions=via_regions)
    _note_shared_name(a, result.a_searched, result.a_others)
    _note_shared_name(b, result.b_searched, result.b_others)
    if as_json:
        emit_json(result.to_dict())
        if not result.paths:
            sys.exit(1)  # as the table does: no chain found is exit code 1, for scripts as for people
        return
    if not result.paths:
        if result.a["id"] == result.b["id"]:
            echo(f"{_t(a)} and {_t(b)} name the same organisation, {_t(result.a['name'])} ({_t(result.a['id'])})")
        else:
            ends = [" or ".join(_t(e["name"]) for e in side) for side in (result.a_searched, result.b_searched)]
            echo(f"no path within {max_hops} hops between {ends[0]} and {ends[1]}")
        sys.exit(1)
    if result.via_regions and not via_regions:
        echo("(only chains through a region connect these two)")
    for i, hops in enumerate(result.paths, 1):
        echo(f"path {i} ({len(hops)} hops)")
        for hop in hops:
            link = f"-[{hop['type']}]->" if hop["forward"] else f"<-[{hop['type']}]-"
            echo(f"  {_t(hop['left'])} {link} {_t(hop['right'])}   ({_t(hop['doc'])})")
            echo(f"      「{_t(hop['evidence'])}」")


def _note_shared_name(typed: str, searched: list[dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """Say which organisations a shared name was searched from, and which it also names but were not."""
    if len(searched) > 1:
        note(
            f"{_t(typed)} may mean {entity_list(searched)}: searched from each "
            f"(type an id instead of the name, e.g. {_t(searched[1]['id'])}, to search from one)"
        )
    if others:
        note(
            f"{_t(typed)} also names {entity_list(others)}: not searched "
            "(type its id instead of the name to search from it)"
        )


def parse_params(pairs: Sequence[str]) -> dict[str, Any]:
    """-p key=value; values that parse as JSON (numbers, lists, true) keep that type."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name_arg(pair, "parameter")
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        key, raw = pair.split("=", 1)
        try:
            value = json.loads(raw)
            if isinstance(value, str):
                value = raw
        except json.JSONDecodeError:
            value = raw
        params[key.strip()] = value
    return params


@main.command(short_help="Run Cypher or a named query, with -p parameters.")
@click.argument("cypher", required=False)
@click.option("--name", "query_name", default=None, help="Run a named query (see `policykg queries`).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@graph_command()
def query(
    cypher: str | None, query_name: str | None, params: tuple[str, ...], write: bool, where: StoreOptions, as_json: bool
) -> None:
    """Run CYPHER (read-only unless --write) or a named query, with -p parameters."""
    from policykg.lookup import NameChoice, bind_entity_names
    from policykg.queries import get_query

    if cypher:
        name_arg(cypher, "query")
    if bool(cypher) == bool(query_name):
        raise click.UsageError("give either a CYPHER text or --name NAME")
    parameters = parse_params(params)
    text = cypher or ""
    named = None
    if query_name:
        named = get_query(query_name)
        parameters = named.bind(parameters)
        text = named.text
    with where.open() as store:
        choices: list[NameChoice] = []
        if named is not None:
            parameters = bind_entity_names(store, named, parameters, choices)
        result = store.run(text, parameters, write=write)
    for choice in choices:
        note(
            f"{choice.param}={_t(choice.typed)} also names {entity_list(choice.others)}: the query used "
            f"{entity_list(choice.used[:1])} (-p {choice.param}=ID uses another)"
        )
    if as_json:
        emit_json(result.rows)
    else:
        print_table(result.rows, result.columns)


@main.command(short_help="List the named queries shipped with policykg.")
@json_option
def queries(as_json: bool) -> None:
    """List the named queries shipped with policykg."""
    from policykg.queries import list_queries

    rows = [
        {
            "name": q.name,
            "params": ", ".join(
                p.name if p.derived_from is None else f"({p.name}: from {p.derived_from})" for p in q.params
            ),
            "description": q.description,
        }
        for q in list_queries()
    ]
    if as_json:
        emit_json(rows)
    else:
        print_table(rows, ["name", "params", "description"], limit=80)
