"""``policykg neo4j …``: schema set-up, copies between the embedded store and Neo4j, bulk-import
files (the library side is :mod:`policykg.graph.stores.transfer` and
:mod:`policykg.graph.readwrite.neo4j_import`)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from policykg.cli.common import (
    StoreOptions,
    echo,
    embedded_store_option,
    emit_json,
    json_option,
    main,
    neo4j_options,
    print_table,
    progress_printer,
)
from policykg.errors import PolicyKGError


@main.group(short_help="Neo4j schema set-up and copies to and from Neo4j.")
def neo4j() -> None:
    """Neo4j schema set-up and copying graphs between the embedded store and Neo4j."""


def _require_neo4j(neo4j_uri: str | None) -> str:
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise PolicyKGError("no Neo4j configured — pass --neo4j bolt://HOST:7687 or set NEO4J_URI")
    return uri


@neo4j.command("init", short_help="Create constraints and indexes; safe to run twice.")
@neo4j_options
def neo4j_init(neo4j_uri: str | None, password_stdin: bool, database: str | None) -> None:
    """Create constraints and indexes (including a CJK full-text index); safe to run twice."""
    uri = _require_neo4j(neo4j_uri)
    with StoreOptions(None, uri, password_stdin, database).open(create=True) as store:  # creates the schema
        store.fill_empty_lists()  # type: ignore[attr-defined]  # after a bulk import; a no-op otherwise
    echo(f"schema ready on {uri}")


def _copy(source: StoreOptions, target: StoreOptions) -> int:
    """Copy every document from one store to another (creating the target's schema first)."""
    from policykg.graph.stores.transfer import copy_graph

    with source.open() as src, target.open(create=True) as dst:  # opening to create sets up the schema
        return copy_graph(src, dst)


@neo4j.command("push", short_help="Copy the embedded store into Neo4j.")
@embedded_store_option
@neo4j_options
def neo4j_push(store_path: str | None, neo4j_uri: str | None, password_stdin: bool, database: str | None) -> None:
    """Copy the embedded store into Neo4j (documents are replaced one by one, idempotently)."""
    uri = _require_neo4j(neo4j_uri)
    n = _copy(StoreOptions(store_path, None, embedded_only=True), StoreOptions(None, uri, password_stdin, database))
    echo(f"pushed {n} documents to {uri}")


@neo4j.command("pull", short_help="Copy the Neo4j graph into the embedded store.")
@embedded_store_option
@neo4j_options
def neo4j_pull(store_path: str | None, neo4j_uri: str | None, password_stdin: bool, database: str | None) -> None:
    """Copy the Neo4j graph into the embedded store."""
    uri = _require_neo4j(neo4j_uri)
    n = _copy(StoreOptions(None, uri, password_stdin, database), StoreOptions(store_path, None, embedded_only=True))
    echo(f"pulled {n} documents into {store_path or 'the embedded store'}")


@neo4j.command("import-files", short_help="CSV files for neo4j-admin's offline bulk import.")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@embedded_store_option
@click.option("--database", default="neo4j", show_default=True, help="Database name for the printed command.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes writing the files (default: the number of cores).",
)
@json_option
def neo4j_import_files(
    folder: Path, store_path: str | None, database: str, quiet: bool, workers: int | None, as_json: bool
) -> None:
    """Write the embedded store as CSV files for Neo4j's offline bulk importer.

    For a first load of a large corpus (several million relations) or on many cores;
    on 2 cores it is within 1.3x of `push` (Bolt) up to about a million relations,
    because stopping the server, the importer and building the indexes cost ~50 s
    (README: "Which to use"). FOLDER must be new or empty. Then,
    with the server stopped, run the printed neo4j-admin command (or
    `scripts/neo4j-local import FOLDER`), start the server and run `policykg neo4j init`.
    """
    from policykg.graph.readwrite.neo4j_import import admin_command_line, folder_size, write_import_files
    from policykg.graph.stores.transfer import iter_document_graphs

    with (
        StoreOptions(store_path, None, embedded_only=True).open() as store,
        progress_printer(enabled=not (quiet or as_json)) as printer,
    ):
        total = len(store.document_hashes())
        progress = None
        if printer is not None:
            done = [0]

            def progress(n: int) -> None:  # n documents written so far (a run at a time when parallel)
                for _ in range(n - done[0]):
                    printer(f"to {folder}", "written", total)
                done[0] = n

        files = write_import_files(
            iter_document_graphs(store), folder, progress=progress, workers=workers or os.cpu_count() or 1
        )
    summary = {
        "folder": str(folder),
        "bytes": folder_size(folder),
        **files.counts,
        "command": admin_command_line(files, database),
    }
    if as_json:
        emit_json(summary)
        return
    print_table([{k: v for k, v in summary.items() if k != "command"}])
    echo("next, with the Neo4j server stopped (this replaces the database's contents):")
    echo(f"  {summary['command']}")
    echo(f"  (or, for the local server of scripts/neo4j-local: scripts/neo4j-local import {folder})")
    echo("then start the server and run: policykg neo4j init")
