"""The ``policykg`` command line: a thin click layer over the library.

Each command parses options, opens the store, calls one library function and
renders its result as a table for people or JSON (``--json``) for scripts.
Every failure a user can cause ends as one line on stderr and a non-zero exit
code; the library raises :class:`~policykg.errors.PolicyKGError` for those and
this module is the only place that prints them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import click

from policykg.errors import PolicyKGError
from policykg.textsafe import for_terminal, to_json

_t = for_terminal
"""Escapes a value (line breaks included) before it is put into a printed line."""

STORE_HELP = "Embedded store folder (default: $POLICYKG_STORE or ./policykg-data)."
NEO4J_HELP = "Neo4j URI (default: $NEO4J_URI); when set, Neo4j is used instead of the embedded store."


# ----------------------------------------------------------------- plumbing


class StoreOptions:
    """Where the graph lives, gathered from options and the conventional environment variables."""

    def __init__(self, store: str | None, neo4j: str | None, password_stdin: bool, database: str | None,
                 *, embedded_only: bool = False):
        self.store = store
        self.neo4j = neo4j
        self.password_stdin = password_stdin
        self.database = database
        self.embedded_only = embedded_only

    def embedded_folders(self) -> list[Path]:
        """The embedded store folder these options point at (none for Neo4j): outputs must not land in it."""
        if self.neo4j or (self.store is None and os.environ.get("NEO4J_URI") and not self.embedded_only):
            return []
        from policykg.graph.stores.open import DEFAULT_STORE

        return [Path(self.store or os.environ.get("POLICYKG_STORE") or DEFAULT_STORE)]

    def open(self, *, create: bool = False):
        """Open the store; only ``build`` (and copies into a store) may create a new embedded one,
        so a typo in --store on a read command is an error instead of an empty graph."""
        from policykg.graph.stores.open import DEFAULT_STORE, open_store

        password = None
        if self.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        store_path = Path(self.store) if self.store else None
        if self.embedded_only and store_path is None:
            store_path = Path(os.environ.get("POLICYKG_STORE") or DEFAULT_STORE)
        return open_store(
            store_path=store_path,
            neo4j_uri=self.neo4j,
            password=password,
            database=self.database,
            create=create,
        )


def _neo4j_options(fn: Callable) -> Callable:
    """How to reach Neo4j: URI, password on standard input, database."""
    fn = click.option("--database", default=None, help="Neo4j database (default: $NEO4J_DATABASE or neo4j).")(fn)
    fn = click.option("--password-stdin", is_flag=True, help="Read the Neo4j password from standard input.")(fn)
    fn = click.option("--neo4j", "neo4j_uri", default=None, metavar="URI", help=NEO4J_HELP)(fn)
    return fn


def store_options(fn: Callable) -> Callable:
    """Options every command that touches a graph shares: the embedded folder or Neo4j."""
    fn = _neo4j_options(fn)
    fn = click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)(fn)
    return fn


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of a table.")(fn)


def _opts(store_path, neo4j_uri, password_stdin, database) -> StoreOptions:
    return StoreOptions(store_path, neo4j_uri, password_stdin, database)


def emit_json(obj: Any) -> None:
    """Strict JSON (NaN as null), with terminal controls escaped inside strings."""
    click.echo(to_json(obj))


def echo(text: Any = "", *, err: bool = False, nl: bool = True) -> None:
    """click.echo with every control character escaped, line by line: the line breaks a
    command writes stay, anything else (ESC, CR, bidi overrides, bad bytes) is shown inert.
    Values that might hold a line break themselves are passed through :func:`_t` first."""
    click.echo("\n".join(for_terminal(part) for part in str(text).split("\n")), err=err, nl=nl)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(value: Any, limit: int) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.4g}"
    elif isinstance(value, (list, tuple)):
        text = "、".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    elif isinstance(value, dict):
        text = to_json(value, indent=None)
    else:
        text = str(value)
    text = for_terminal(text.replace("\n", " "))
    if _width(text) > limit:
        out, w = [], 0
        for ch in text:
            cw = _width(ch)
            if w + cw > limit - 1:
                break
            out.append(ch)
            w += cw
        text = "".join(out) + "…"
    return text


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, *, limit: int = 48) -> None:
    """A plain aligned table; wide Chinese text is measured in terminal columns."""
    if not rows:
        echo("(no rows)")
        return
    cols = list(columns or rows[0].keys())
    cells = [[_cell(r.get(c), limit) for c in cols] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]

    def line(values: Iterable[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    echo(line(cols))
    echo(line("-" * w for w in widths))
    for row in cells:
        echo(line(row))


class PolicyKGGroup(click.Group):
    """Turns library errors into one stderr line and their exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        _terminate_like_interrupt()
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            echo(f"error: {_t(exc)}", err=True)
            ctx.exit(exc.exit_code)
        except _Terminated:
            echo("terminated", err=True)
            ctx.exit(143)
        except KeyboardInterrupt:
            echo("interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:  # e.g. `policykg export | head`: the reader has what it wanted
            _quiet_stdout()
            ctx.exit(141)
        except OSError as exc:
            from policykg.graph.readwrite.output import describe_os_error

            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            echo(f"error: {_t(where)}cannot write or read: {describe_os_error(exc)}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # a bug: still one line (POLICYKG_DEBUG=1 shows the traceback)
            if os.environ.get("POLICYKG_DEBUG"):
                raise
            echo(f"error: unexpected {type(exc).__name__}: {_t(exc)} — please report this "
                 "(run with POLICYKG_DEBUG=1 for details)", err=True)
            ctx.exit(1)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so the open transaction rolls back and the store closes."""


def _terminate_like_interrupt() -> None:
    """On SIGTERM, stop as on Ctrl-C (one line, exit 143) instead of dying mid-write without a word.
    Only when nothing else handles SIGTERM and only from the main thread (signals' rule)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def raise_terminated(signum, frame):
        raise _Terminated()

    signal.signal(signal.SIGTERM, raise_terminated)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _name_arg(value: str, what: str) -> str:
    """A name typed by a person; bytes that are not UTF-8 (a GBK terminal) are one clear line."""
    from policykg.errors import InputError
    from policykg.textsafe import has_undecodable

    if has_undecodable(value):
        raise InputError(f"{what} {_t(value)}", "has bytes that are not UTF-8 (typed in a GBK terminal?)",
                         "switch the terminal to UTF-8 (e.g. LANG=zh_CN.UTF-8) and type it again")
    return value


@click.group(cls=PolicyKGGroup)
@click.version_option(package_name="policykg")
def main() -> None:
    """Chinese innovation-policy documents → a knowledge graph you can look up, query, map and export."""


# ----------------------------------------------------------------- build


@main.command(short_help="Read documents (txt md pdf docx html) into the graph.")
@click.argument("docs", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("--prune", is_flag=True, help="Remove documents from the graph whose files are gone.")
@click.option("--yes", "prune_confirmed", is_flag=True,
              help="With --prune: remove even when more documents would go than the paths hold.")
@click.option("--workers", type=int, default=None, help="Extraction processes (default: number of cores).")
@click.option("--max-bytes", type=int, default=None, help="Refuse files larger than this (default 20 MB).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@json_option
def build(docs, store_path, neo4j_uri, password_stdin, database, prune, prune_confirmed, workers, max_bytes, quiet,
          as_json):
    """Read DOCS (files or folders: txt, md, pdf, docx, html) into the graph.

    Unchanged files are skipped; a changed file replaces exactly its own
    assertions. Files that cannot be read are reported and the rest still build;
    the exit code is then non-zero. Folder entries that are not read (old .doc/.wps
    files, other types, FIFOs, link loops, links out of the folder) are named on
    stderr. --prune removes nothing if a path is missing or empty, and needs --yes
    to remove more documents than the paths hold.
    """
    from policykg.build import build as run_build

    with _opts(store_path, neo4j_uri, password_stdin, database).open(create=True) as store:  # creates the schema
        progress = None if (quiet or as_json) else _progress_printer()
        report = run_build(docs, store, prune=prune, prune_confirmed=prune_confirmed, workers=workers,
                           max_bytes=max_bytes, progress=progress)
    for skipped in report.skipped:
        echo(f"note: {_t(skipped.message)}", err=True)
    for failure in report.failed:
        echo(f"error: {_t(failure.message)}", err=True)
    for problem in (report.prune_refused, report.stopped):
        if problem:
            echo(f"error: {_t(problem)}", err=True)
    if as_json:
        emit_json(report.to_dict())
    else:
        summary = {k: (len(v) if isinstance(v, list) else v) for k, v in report.to_dict().items()
                   if k not in ("prune_refused", "stopped")}
        print_table([summary])
    if report.stopped:
        sys.exit(3)
    if not report.ok:
        sys.exit(2)


def _progress_printer() -> Callable[[str, str, int], None]:
    """Progress on stderr (stdout stays clean for scripts): one updating line on a terminal,
    otherwise a line every 5% — and every failure at once, in both cases."""
    count = {"n": 0, "shown": -1}
    tty = sys.stderr.isatty()

    def progress(file: str, status: str, total: int) -> None:
        count["n"] += 1
        n = count["n"]
        line = f"[{n}/{total}] {status:<9} {_t(file)}"
        if tty:
            click.echo("\r\x1b[2K" + line, err=True, nl=n == total)  # its file name is escaped
            return
        step = max(1, total // 20)
        if status == "failed" or n == total or n // step != count["shown"]:
            count["shown"] = n // step
            click.echo(line, err=True)

    return progress


# ----------------------------------------------------------------- look-ups


@main.command(short_help="One organisation: aliases, documents, links, evidence.")
@click.argument("name")
@store_options
@click.option("--depth", type=click.IntRange(1, 2), default=1, help="1: direct links; 2: also second-degree links.")
@click.option("--limit", type=click.IntRange(0, None), default=25, show_default=True,
              help="Links shown per relation type (0: all).")
@json_option
def org(name, store_path, neo4j_uri, password_stdin, database, depth, limit, as_json):
    """Show an organisation (by name or any alias): type, aliases, documents and every link with its evidence."""
    from policykg.lookup import org_report

    name = _name_arg(name, "name")
    with _opts(store_path, neo4j_uri, password_stdin, database).open() as store:
        report = org_report(store, name, depth=depth, limit_per_type=limit or None)
    if as_json:
        emit_json(report.to_dict())
        return
    e = report.entity
    echo(f"{_t(e['name'])}  [{e['type']}]  id={_t(e['id'])}")
    if e.get("aliases"):
        echo("aliases:   " + "、".join(_t(a) for a in e["aliases"]))
    echo("documents: " + "、".join(_t(d) for d in e.get("docs") or []))
    if report.also_matches:
        echo("also named so: " + "、".join(f"{_t(m['name'])} [{m['type']}]" for m in report.also_matches))
    if not report.links:
        echo("\n(no links found in the documents)")
    totals = report.counts()
    for rel_type, links in report.grouped().items():
        echo("")
        shown = f"{len(links)} of {totals[rel_type]}, --limit 0 for all" if len(links) < totals[rel_type] else len(links)
        echo(f"{rel_type} ({shown})")
        for link in links:
            arrow = "→" if link["direction"] == "out" else "←"
            source = _t(link["doc"]) + (f" {_t(link['doc_number'])}" if link.get("doc_number") else "")
            echo(f"  {arrow} {_t(link['other'])} [{link['other_type']}]   ({source})")
            echo(f"      「{_t(link['evidence'])}」")
    if report.second_degree:
        echo("")
        echo(f"second-degree links ({len(report.second_degree)})")
        for link in report.second_degree:
            echo(f"  {link['type']} {_t(link['other'])} [{link['other_type']}]")
            echo(f"      「{_t(link['first_evidence'])}」 ({_t(link['first_doc'])})")
            echo(f"      「{_t(link['second_evidence'])}」 ({_t(link['second_doc'])})")


@main.command(short_help="Chains of evidenced links between two organisations.")
@click.argument("a")
@click.argument("b")
@store_options
@click.option("--max-hops", type=click.IntRange(1, 10), default=6, show_default=True,
              help="Longest chain searched, in links between entities (1–10).")
@click.option("--via-regions", is_flag=True,
              help="Also step through regions (cities, districts); without it they are used only when "
                   "nothing else connects the two.")
@json_option
def path(a, b, store_path, neo4j_uri, password_stdin, database, max_hops, via_regions, as_json):
    """Shortest chains of evidenced links between two organisations, read from A to B."""
    from policykg.lookup import shortest_paths

    a, b = _name_arg(a, "name"), _name_arg(b, "name")
    with _opts(store_path, neo4j_uri, password_stdin, database).open() as store:
        result = shortest_paths(store, a, b, max_hops=max_hops, via_regions=via_regions)
    if as_json:
        emit_json(result.to_dict())
        return
    if not result.paths:
        echo(f"no path within {max_hops} hops between {_t(result.a['name'])} and {_t(result.b['name'])}")
        sys.exit(1)
    if result.via_regions and not via_regions:
        echo("(only chains through a region connect these two)")
    for i, hops in enumerate(result.paths, 1):
        echo(f"path {i} ({len(hops)} hops)")
        for hop in hops:
            link = f"-[{hop['type']}]->" if hop["forward"] else f"<-[{hop['type']}]-"
            echo(f"  {_t(hop['left'])} {link} {_t(hop['right'])}   ({_t(hop['doc'])})")
            echo(f"      「{_t(hop['evidence'])}」")


# ----------------------------------------------------------------- Cypher


def _parse_params(pairs: Sequence[str]) -> dict[str, Any]:
    """-p key=value; values that parse as JSON (numbers, lists, true) keep that type."""
    params: dict[str, Any] = {}
    for pair in pairs:
        _name_arg(pair, "parameter")
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
@store_options
@json_option
def query(cypher, query_name, params, write, store_path, neo4j_uri, password_stdin, database, as_json):
    """Run CYPHER (read-only unless --write) or a named query, with -p parameters."""
    from policykg.queries import get_query

    if cypher:
        _name_arg(cypher, "query")
    if bool(cypher) == bool(query_name):
        raise click.UsageError("give either a CYPHER text or --name NAME")
    from policykg.lookup import bind_entity_names

    parameters = _parse_params(params)
    text = cypher
    named = None
    if query_name:
        named = get_query(query_name)
        parameters = named.bind(parameters)
        text = named.text
    with _opts(store_path, neo4j_uri, password_stdin, database).open() as store:
        if named is not None:
            parameters = bind_entity_names(store, named, parameters)
        result = store.run(text, parameters, write=write)
    if as_json:
        emit_json(result.rows)
    else:
        print_table(result.rows, result.columns)


@main.command(short_help="List the named queries shipped with policykg.")
@json_option
def queries(as_json):
    """List the named queries shipped with policykg."""
    from policykg.queries import list_queries

    rows = [{"name": q.name, "params": ", ".join(p.name for p in q.params), "description": q.description}
            for q in list_queries()]
    if as_json:
        emit_json(rows)
    else:
        print_table(rows, ["name", "params", "description"], limit=80)


# ----------------------------------------------------------------- views


@main.command(name="map", short_help="Write an interactive network map (works offline).")
@store_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("policykg-map.html"), show_default=True)
@click.option("--center", default=None, help="Organisation name or alias to centre an ego map on.")
@click.option("--depth", type=click.IntRange(1, 4), default=1, show_default=True,
              help="With --center: how many links away from the centre to draw (1–4).")
@click.option("--types", default=None, help="Comma-separated entity types to keep (e.g. Agency,Company).")
@click.option("--relations", default=None, help="Comma-separated relation types to keep.")
@click.option("--max-nodes", type=click.IntRange(1, 100_000), default=500, show_default=True)
@click.option("--isolated", is_flag=True, help="Also draw entities that have no links (whole-graph maps).")
@json_option
def map_command(store_path, neo4j_uri, password_stdin, database, output, center, depth, types, relations,
                max_nodes, isolated, as_json):
    """Write an interactive HTML network map that works offline."""
    from policykg.lookup import resolve_entity
    from policykg.ontology import ENTITY_TYPES, RELATION_TYPES
    from policykg.visual.pyvis_map import MapOptions, write_map

    from policykg.graph.readwrite.output import check_output

    if center:
        _name_arg(center, "--center")
    type_set = _split_checked(types, ENTITY_TYPES, "--types")
    rel_set = _split_checked(relations, RELATION_TYPES, "--relations")
    opts = _opts(store_path, neo4j_uri, password_stdin, database)
    check_output(output, protected=opts.embedded_folders(), make_parents=True)
    with opts.open() as store:
        center_id = resolve_entity(store, center)["id"] if center else None
        snapshot = store.snapshot()
    options = MapOptions(center=center_id, depth=depth, types=type_set, relations=rel_set, max_nodes=max_nodes,
                         isolated=isolated)
    summary = write_map(snapshot, options, output)
    info = {"path": str(output), "nodes": summary.nodes, "edges": summary.edges,
            "truncated": summary.truncated, "total_nodes": summary.total_nodes}
    if as_json:
        emit_json(info)
    else:
        echo(f"wrote {_t(output)}: {summary.nodes} nodes, {summary.edges} edges"
                   + (f" (truncated from {summary.total_nodes})" if summary.truncated else ""))


def _split_checked(value: str | None, known: dict, option: str) -> set[str] | None:
    if not value:
        return None
    items = {v.strip() for v in value.split(",") if v.strip()}
    unknown = sorted(items - set(known))
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(unknown)}; choose from {', '.join(known)}", param_hint=option)
    return items


EXPORT_FORMATS = ("jsonl", "ttl", "jsonld", "graphml", "gexf", "csv")


@main.command(short_help="Export as JSONL, Turtle, JSON-LD, GraphML, GEXF, CSV.")
@store_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File (folder for csv); default: standard output (not for csv/graphml/gexf).")
def export(store_path, neo4j_uri, password_stdin, database, fmt, output):
    """Export the graph: JSONL (evaluation contract), Turtle/JSON-LD (RDF), GraphML/GEXF (Gephi), CSV."""
    from policykg.graph.readwrite.export import export_snapshot

    from policykg.graph.readwrite.output import check_output

    if output is None and fmt in ("csv", "graphml", "gexf"):
        raise click.UsageError(f"--format {fmt} needs -o PATH")
    opts = _opts(store_path, neo4j_uri, password_stdin, database)
    if output is not None:  # before reading the graph: a refused path costs nothing
        check_output(output, protected=opts.embedded_folders(), folder=fmt == "csv")
    with opts.open() as store:
        snapshot = store.snapshot()
    if output is None:
        export_snapshot(snapshot, fmt, sys.stdout)
    else:
        export_snapshot(snapshot, fmt, output)
        echo(f"wrote {_t(output)}", err=True)


@main.command(short_help="Counts by type and relation; best-connected actors.")
@store_options
@click.option("--top", type=int, default=10, show_default=True)
@json_option
def stats(store_path, neo4j_uri, password_stdin, database, top, as_json):
    """Counts by entity and relation type, documents, and the most connected actors."""
    from policykg.graph.algorithms.analysis import stats as compute_stats

    _snapshot_report(_opts(store_path, neo4j_uri, password_stdin, database), compute_stats, top, as_json)


@main.command(short_help="Centrality and communities (networkx).")
@store_options
@click.option("--top", type=int, default=10, show_default=True)
@json_option
def analyze(store_path, neo4j_uri, password_stdin, database, top, as_json):
    """Centrality (degree, PageRank, betweenness) and communities, via networkx."""
    from policykg.graph.algorithms.analysis import analyze as run_analysis

    _snapshot_report(_opts(store_path, neo4j_uri, password_stdin, database), run_analysis, top, as_json)


def _snapshot_report(opts: StoreOptions, compute: Callable[..., Any], top: int, as_json: bool) -> None:
    """Read the whole graph once, compute a summary of it, print it as tables or JSON."""
    with opts.open() as store:
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


# ----------------------------------------------------------------- evaluation


@main.command(name="eval", short_help="Precision / recall / F1 against your gold files.")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold files, one JSON per document (how to write them: docs/annotating.md).")
@click.option("--rules", "by_rule", is_flag=True,
              help="Report each extraction rule instead: how often it fires, in how many documents, how often right.")
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@json_option
def eval_command(gold_dir, docs, by_rule, as_json):
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
        raise PolicyKGError(f"none of the documents given has a gold file in {gold_dir} — gold files name their "
                            "document in \"doc\"; pass the documents they annotate")
    for name in sorted(given - annotated):
        echo(f"note: {_t(name)} has no gold file in {_t(gold_dir)}; not scored", err=True)
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


# ----------------------------------------------------------------- Neo4j administration


@main.group(short_help="Neo4j schema set-up and copies to and from Neo4j.")
def neo4j() -> None:
    """Neo4j schema set-up and copying graphs between the embedded store and Neo4j."""


def _require_neo4j(neo4j_uri: str | None) -> str:
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise PolicyKGError("no Neo4j configured — pass --neo4j bolt://HOST:7687 or set NEO4J_URI")
    return uri


@neo4j.command("init", short_help="Create constraints and indexes; safe to run twice.")
@_neo4j_options
def neo4j_init(neo4j_uri, password_stdin, database):
    """Create constraints and indexes (including a CJK full-text index); safe to run twice."""
    uri = _require_neo4j(neo4j_uri)
    with StoreOptions(None, uri, password_stdin, database).open(create=True) as store:  # creates the schema
        store.fill_empty_lists()  # after a bulk import (neo4j import-files); a no-op otherwise
    echo(f"schema ready on {uri}")


def _copy(source: StoreOptions, target: StoreOptions) -> int:
    """Copy every document from one store to another (creating the target's schema first)."""
    from policykg.graph.stores.transfer import copy_graph

    with source.open() as src, target.open(create=True) as dst:  # opening to create sets up the schema
        return copy_graph(src, dst)


@neo4j.command("push", short_help="Copy the embedded store into Neo4j.")
@click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)
@_neo4j_options
def neo4j_push(store_path, neo4j_uri, password_stdin, database):
    """Copy the embedded store into Neo4j (documents are replaced one by one, idempotently)."""
    uri = _require_neo4j(neo4j_uri)
    n = _copy(StoreOptions(store_path, None, False, None, embedded_only=True),
              StoreOptions(None, uri, password_stdin, database))
    echo(f"pushed {n} documents to {uri}")


@neo4j.command("pull", short_help="Copy the Neo4j graph into the embedded store.")
@click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)
@_neo4j_options
def neo4j_pull(store_path, neo4j_uri, password_stdin, database):
    """Copy the Neo4j graph into the embedded store."""
    uri = _require_neo4j(neo4j_uri)
    n = _copy(StoreOptions(None, uri, password_stdin, database),
              StoreOptions(store_path, None, False, None, embedded_only=True))
    echo(f"pulled {n} documents into {store_path or 'the embedded store'}")


@neo4j.command("import-files", short_help="CSV files for neo4j-admin's offline bulk import.")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)
@click.option("--database", default="neo4j", show_default=True, help="Database name for the printed command.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes writing the files (default: the number of cores).")
@json_option
def neo4j_import_files(folder, store_path, database, quiet, workers, as_json):
    """Write the embedded store as CSV files for Neo4j's offline bulk importer.

    Loading a whole corpus into an empty Neo4j this way is far faster than `push`
    (which writes transactionally through Bolt). FOLDER must be new or empty. Then,
    with the server stopped, run the printed neo4j-admin command (or
    `scripts/neo4j-local import FOLDER`), start the server and run `policykg neo4j init`.
    """
    from policykg.graph.readwrite.neo4j_import import admin_command_line, folder_size, write_import_files
    from policykg.graph.stores.transfer import iter_document_graphs

    with StoreOptions(store_path, None, False, None, embedded_only=True).open() as store:
        total = len(store.document_hashes())
        progress = None
        if not (quiet or as_json):
            printer = _progress_printer()
            done = [0]

            def progress(n: int) -> None:  # n documents written so far (a run at a time when parallel)
                for _ in range(n - done[0]):
                    printer(f"to {folder}", "written", total)
                done[0] = n
        files = write_import_files(iter_document_graphs(store), folder, progress=progress,
                                   workers=workers or os.cpu_count() or 1)
    summary = {"folder": str(folder), "bytes": folder_size(folder), **files.counts,
               "command": admin_command_line(files, database)}
    if as_json:
        emit_json(summary)
        return
    print_table([{k: v for k, v in summary.items() if k != "command"}])
    echo("next, with the Neo4j server stopped (this replaces the database's contents):")
    echo(f"  {summary['command']}")
    echo(f"  (or, for the local server of scripts/neo4j-local: scripts/neo4j-local import {folder})")
    echo("then start the server and run: policykg neo4j init")


if __name__ == "__main__":  # pragma: no cover
    main()
