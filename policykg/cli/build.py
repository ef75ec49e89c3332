"""``policykg build`` and ``policykg remove``: documents into the graph and out of it (the library side is
:mod:`policykg.build`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from policykg.cli.common import (
    StoreOptions,
    _t,
    echo,
    emit_json,
    graph_command,
    main,
    name_arg,
    print_table,
    progress_printer,
)
from policykg.errors import NotFoundError, OptionError


@main.command(short_help="Read documents (txt md pdf docx html) into the graph.")
@click.argument("docs", nargs=-1, required=True, type=click.Path())
@graph_command()
@click.option(
    "--prune",
    is_flag=True,
    help="Remove documents whose files are gone from the folders given (for a file given: from its folder).",
)
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
    docs: tuple[str, ...],
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

    if "" in docs:  # an unset variable (`build "$DOCS" --prune`): as a path it is the current folder, not meant here
        raise OptionError("a path is empty (an unset variable?) — give the folder's path; `.` is the current folder")
    with where.open(create=True) as store, progress_printer(enabled=not (quiet or as_json)) as progress:
        try:
            report = run_build(
                [Path(d) for d in docs],
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


@main.command(short_help="Take documents out of the graph, by name or by the folder they were built from.")
@click.argument("names", nargs=-1)
@click.option(
    "--folder",
    "folders",
    multiple=True,
    type=click.Path(),
    metavar="PATH",
    help="Remove every document built from a file inside PATH (a file: the document built from it); "
    "PATH need not exist any more. Repeatable.",
)
@click.option(
    "--yes",
    "confirmed",
    is_flag=True,
    help="Remove even more than 20 documents at once, or every document of the store.",
)
@graph_command()
def remove(
    names: tuple[str, ...], folders: tuple[str, ...], confirmed: bool, where: StoreOptions, as_json: bool
) -> None:
    """Take documents out of the graph: those NAMES (as stored: the path relative to the folder built, as
    `policykg query --name documents` lists them) and every document whose file lay inside a --folder when
    it was built, whether or not that folder is still there (deleted, or built by mistake; a folder renamed or
    moved since goes by its old path, which the error line for the new one lists).

    With each document go its mentions, the relations it asserted and the entities no other document
    mentions; an entity another document mentions stays, with that document's evidence. All or nothing:
    when a name is not stored, or nothing stored was built from a folder, nothing is removed (exit 5).
    More than 20 documents, or every document of the store, need --yes (exit 2 without it).
    """
    from policykg.remove import remove as run_remove

    if not names and not folders:
        raise OptionError(
            "nothing to remove: give the names of documents or --folder PATH — "
            "`policykg query --name documents` lists the stored names"
        )
    if "" in folders:  # an unset variable (`--folder "$OLD"`): as a path it is the current folder, not meant here
        raise OptionError(
            "--folder is empty (an unset variable?) — give the folder's path; `--folder .` is the current folder"
        )
    files = [name_arg(n, "document name") for n in names]
    with where.open() as store:
        report = run_remove(store, files=files, folders=[Path(f) for f in folders], confirmed=confirmed)
    for problem in (report.refused, report.stopped):
        if problem:
            echo(f"error: {_t(problem)}", err=True)
    if as_json:
        emit_json(report.to_dict())
    elif report.removed:
        print_table([{"removed": d.file, "title": d.title, "folder": d.folder} for d in report.removed])
    if report.stopped:
        sys.exit(3)
    if report.refused:
        sys.exit(NotFoundError.exit_code if report.not_found or report.folders_not_built else 2)
