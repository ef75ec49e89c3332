"""``policykg eval``: extraction measured against gold files (the library side is
:mod:`policykg.evaluate` and :mod:`policykg.extract.audit`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from policykg.cli.common import _t, echo, emit_json, json_option, main, print_table
from policykg.errors import PolicyKGError


@main.command(name="eval", short_help="Precision / recall / F1 against your gold files.")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of gold files, one JSON per document (how to write them: docs/annotating.md).",
)
@click.option(
    "--rules",
    "by_rule",
    is_flag=True,
    help="Report each extraction rule instead: how often it fires, in how many documents, how often right.",
)
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@json_option
def eval_command(gold_dir: Path, docs: tuple[Path, ...], by_rule: bool, as_json: bool) -> None:
    """Measure extraction on your own annotated documents: per-type precision / recall / F1 (or per rule)."""
    from policykg.build import extract_files
    from policykg.evaluate import gold_documents, score
    from policykg.graph.algorithms.merge import merge_graphs

    graphs, failures = extract_files(docs)
    for failure in failures:
        echo(f"error: {_t(failure.message)}", err=True)
    given = {Path(g.document.file).name for g in graphs}
    annotated = set(gold_documents(gold_dir))
    if not given & annotated:
        raise PolicyKGError(
            f"none of the documents given has a gold file in {gold_dir} — gold files name their "
            'document in "doc"; pass the documents they annotate'
        )
    for name in sorted(given - annotated):
        echo(f"note: {_t(name)} has no gold file in {_t(gold_dir)}; not scored", err=True)
    for name in sorted(annotated - given):
        echo(f"note: the gold file for {_t(name)} names no document given; not scored", err=True)
    if by_rule:
        from policykg.extract.audit import audit, summary, table

        stats = {"docs": audit(graphs, gold_dir)}
        rows = table(stats)
        if as_json:
            emit_json({"rules": rows, "summary": summary(stats)})
        else:
            print_table(rows, limit=60)
            echo(", ".join(f"{k}: {v}" for k, v in summary(stats).items()))
        if failures:
            sys.exit(2)
        return
    report = score(merge_graphs(graphs), gold_dir, only_docs=given)
    if as_json:
        emit_json(report.to_dict())
    else:
        echo(report.to_text())
    if failures:
        sys.exit(2)
