"""Files made from the graph: ``export`` (the library side is :mod:`policykg.graph.readwrite.export`)
and ``map`` (:mod:`policykg.visual.pyvis_map`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from policykg.cli.common import (
    StoreOptions,
    _t,
    echo,
    emit_json,
    entity_list,
    graph_command,
    main,
    name_arg,
    note,
)
from policykg.errors import NotFoundError, OptionError

if TYPE_CHECKING:
    from policykg.model import GraphSnapshot
    from policykg.visual.pyvis_map import MapOptions

EXPORT_FORMATS = ("jsonl", "ttl", "jsonld", "graphml", "gexf", "csv")


@main.command(name="map", short_help="Write an interactive network map (works offline).")
@graph_command(table=False)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("policykg-map.html"), show_default=True)
@click.option("--center", default=None, help="Organisation name or alias to centre an ego map on.")
@click.option(
    "--depth",
    type=click.IntRange(1, 4),
    default=None,
    help="With --center: how many links away from the centre to draw (1–4; default 1).",
)
@click.option("--types", default=None, help="Comma-separated entity types to keep (e.g. Agency,Company).")
@click.option("--relations", default=None, help="Comma-separated relation types to keep.")
@click.option("--max-nodes", type=click.IntRange(1, 100_000), default=500, show_default=True)
@click.option("--isolated", is_flag=True, help="Also draw entities that have no links (whole-graph maps).")
def map_command(
    where: StoreOptions,
    output: Path,
    center: str | None,
    depth: int | None,
    types: str | None,
    relations: str | None,
    max_nodes: int,
    isolated: bool,
    as_json: bool,
) -> None:
    """Write an interactive HTML network map that works offline."""
    from policykg.graph.readwrite.output import check_output, refuse_documents
    from policykg.lookup import resolve_entities
    from policykg.ontology import ENTITY_TYPES, RELATION_TYPES
    from policykg.visual.pyvis_map import MapOptions, write_map

    if output.suffix.lower() not in (".html", ".htm"):
        # a map is an HTML page; under another name a browser shows its source, and a later build of the folder
        # would read it as a document (builds skip only .html/.htm pages that carry policykg's generator mark)
        raise click.BadParameter(f"{output} is not an .html file — name the map e.g. map.html", param_hint="-o")
    if center:
        name_arg(center, "--center")
    elif depth is not None:  # a whole-graph map has no centre to count links from: say so, not ignore it
        raise OptionError(
            "--depth needs --center (the organisation to count links from) — add --center NAME or drop --depth"
        )
    type_set = _split_checked(types, ENTITY_TYPES, "--types")
    rel_set = _split_checked(relations, RELATION_TYPES, "--relations")
    check_output(output, protected=where.embedded_folders(), make_parents=True)
    with where.open() as store:
        centres = resolve_entities(store, center) if center else []
        snapshot = store.snapshot()
    refuse_documents([output], {d.sha256: d.file for d in snapshot.documents})
    _check_present(type_set, {e.type for e in snapshot.entities}, "entity", "--types")
    _check_present(rel_set, {r.type for r in snapshot.relations}, "relation", "--relations")
    center_id = centres[0]["id"] if centres else None
    if len(centres) > 1:
        note(
            f"{_t(center)} also names {entity_list(centres[1:])}: the map is centred on "
            f"{entity_list(centres[:1])} (--center ID centres on another)"
        )
    options = MapOptions(
        center=center_id, depth=depth or 1, types=type_set, relations=rel_set, max_nodes=max_nodes, isolated=isolated
    )
    if (type_set or rel_set) and center_id is None:
        _check_drawable(snapshot, options)
    summary = write_map(snapshot, options, output)
    info = {
        "path": str(output),
        "nodes": summary.nodes,
        "edges": summary.edges,
        "truncated": summary.truncated,
        "total_nodes": summary.total_nodes,
    }
    if as_json:
        emit_json(info)
    else:
        echo(
            f"wrote {_t(output)}: {summary.nodes} nodes, {summary.edges} edges"
            + (f" (truncated from {summary.total_nodes})" if summary.truncated else "")
        )


def _check_drawable(snapshot: GraphSnapshot, options: MapOptions) -> None:
    """Refuse filters that keep entities but none with a link (a whole-graph map leaves unlinked ones out):
    a 0-node page would read as an empty graph."""
    from policykg.visual.pyvis_map import select_subgraph

    if select_subgraph(snapshot, options)[0]:
        return
    kinds = f"of type {', '.join(sorted(options.types))} " if options.types else ""
    rels = f" of type {', '.join(sorted(options.relations))}" if options.relations else ""
    hint = "; add --isolated to draw them without links" if options.types and not options.isolated else ""
    within = " to another of the types chosen" if options.types else ""
    raise NotFoundError(f"no entity {kinds}has a link{rels}{within} in the store — nothing to draw{hint}")


def _check_present(wanted: set[str] | None, present: set[str], what: str, option: str) -> None:
    """Refuse a filter that keeps nothing the store holds: an empty map would read as an empty graph.
    A filter naming some types the store lacks keeps the others, and says which are missing."""
    if not wanted:
        return
    missing = sorted(wanted - present)
    if len(missing) == len(wanted):
        names = ", ".join(missing)
        raise NotFoundError(
            f"no {what} of type {names} in the store — nothing to draw; "
            f"{option} takes any of {', '.join(sorted(present)) or '(the store is empty)'}"
        )
    if missing:
        note(f"no {what} of type {', '.join(missing)} in the store")


def _split_checked(value: str | None, known: dict, option: str) -> set[str] | None:
    if not value:
        return None
    items = {v.strip() for v in value.split(",") if v.strip()}
    if not items:  # "," names nothing: an empty map would look like an empty graph
        raise click.BadParameter(f"names none; choose from {', '.join(known)}", param_hint=option)
    unknown = sorted(items - set(known))
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(unknown)}; choose from {', '.join(known)}", param_hint=option)
    return items


@main.command(short_help="Export as JSONL, Turtle, JSON-LD, GraphML, GEXF, CSV.")
@graph_command(json=False)
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File (folder for csv); default: standard output (not for csv/graphml/gexf).",
)
def export(where: StoreOptions, fmt: str, output: Path | None) -> None:
    """Export the graph: JSONL (evaluation contract), Turtle/JSON-LD (RDF), GraphML/GEXF (Gephi), CSV."""
    from policykg.graph.readwrite.export import CSV_FILES, export_snapshot
    from policykg.graph.readwrite.output import check_output, refuse_documents

    if output is not None and str(output) == "-":
        output = None  # -o - is standard output, as for most tools
    if output is None and fmt in ("csv", "graphml", "gexf"):
        raise click.UsageError(f"--format {fmt} needs -o PATH")
    if output is not None:  # before reading the graph: a refused path costs nothing
        check_output(output, protected=where.embedded_folders(), folder=fmt == "csv")
    with where.open() as store:
        snapshot = store.snapshot()
    if output is not None:
        targets = [output / n for n in CSV_FILES] if fmt == "csv" else [output]
        refuse_documents(targets, {d.sha256: d.file for d in snapshot.documents})
    if output is None:
        export_snapshot(snapshot, fmt, sys.stdout)
    else:
        export_snapshot(snapshot, fmt, output)
        echo(f"wrote {_t(output)}", err=True)
