"""``policykg build``: documents into the graph (the library side is :mod:`policykg.build`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from policykg.cli.common import StoreOptions, _t, echo, emit_json, graph_command, main, print_table, progress_printer


@main.command(short_help="Read documents (txt md pdf docx html) into the graph.")
@click.argument("docs", nargs=-1, required=True, type=click.Path(path_type=Path))
@graph_command()
@click.option("--prune", is_flag=True, help="Remove documents from the graph whose files are gone.")
@click.option(
    "--yes",
    "prune_confirmed",
    is_flag=True,
    help="With --prune: remove even when more documents would go than the paths hold.",
)
@click.option(
    "--replace-other-folders",
    is_flag=True,
    help="Let a file replace the stored document of the same name built from another folder "
    "(without it such a file is not built: one error line names both folders).",
)
@click.option("--workers", type=int, default=None, help="Extraction processes (default: number of cores).")
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=None, help="Refuse files larger than this (default 20 MB)."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
def build(
    docs: tuple[Path, ...],
    where: StoreOptions,
    prune: bool,
    prune_confirmed: bool,
    replace_other_folders: bool,
    workers: int | None,
    max_bytes: int | None,
    quiet: bool,
    as_json: bool,
) -> None:
    """Read DOCS (files or folders: txt, md, pdf, docx, html) into the graph.

    Unchanged files are skipped (unless another version of the extractor made
    their stored graph: those are extracted again); a changed file replaces
    exactly its own assertions. Files that cannot be read are reported and the rest still build;
    the exit code is then non-zero. Folder entries that are not read (old .doc/.wps
    files, other types, FIFOs, link loops, links out of the folder) are named on
    stderr. A document is named by its path relative to the folder built: a file
    whose name the store holds from another folder, with other bytes, is not built
    (an error line says what to do) unless --replace-other-folders; with the same
    bytes (a moved folder) it is unchanged. --prune removes only documents whose
    files lay inside the folders given, nothing if a path is missing or empty, and
    needs --yes to remove more documents than the paths hold.
    """
    from policykg.build import build as run_build

    with where.open(create=True) as store, progress_printer(enabled=not (quiet or as_json)) as progress:
        try:
            report = run_build(
                docs,
                store,
                prune=prune,
                prune_confirmed=prune_confirmed,
                replace_other_folders=replace_other_folders,
                workers=workers,
                max_bytes=max_bytes,
                progress=progress,
            )
        except KeyboardInterrupt:
            store.discard_if_created()  # stopped before a document was written: no empty store left behind
            raise
        if not (report.added or report.changed or report.reextracted or report.removed):
            store.discard_if_created()  # nothing built: no empty store left behind
    for skipped in report.skipped:
        echo(f"note: {_t(skipped.message)}", err=True)
    for note in report.notes:
        echo(f"note: {_t(note.message)}", err=True)
    if report.reextracted:
        echo(
            f"note: {len(report.reextracted)} unchanged files were extracted again: another version of "
            "policykg's extractor made their stored graphs",
            err=True,
        )
    for failure in report.failed:
        echo(f"error: {_t(failure.message)}", err=True)
    for problem in (report.prune_refused, report.stopped):
        if problem:
            echo(f"error: {_t(problem)}", err=True)
    if as_json:
        emit_json(report.to_dict())
    else:
        summary = {
            k: (len(v) if isinstance(v, list) else v)
            for k, v in report.to_dict().items()
            if k not in ("prune_refused", "stopped")
        }
        print_table([summary])
    if report.stopped:
        sys.exit(3)
    if not report.ok:
        sys.exit(2)
