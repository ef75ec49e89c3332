"""What every command shares: where the graph is, options, errors as one line, tables, progress.

Each command parses options, opens the store, calls one library function and
renders its result as a table for people or JSON (``--json``) for scripts.
Every failure a user can cause ends as one line on stderr and a non-zero exit
code; the library raises :class:`~policykg.errors.PolicyKGError` for those and
:class:`PolicyKGGroup` here is the only place that prints them.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from policykg.errors import PolicyKGError
from policykg.graph.stores.base import GraphStore
from policykg.textsafe import for_terminal, to_json

_t = for_terminal
"""Escapes a value (line breaks included) before it is put into a printed line."""

STORE_HELP = "Embedded store folder (default: $POLICYKG_STORE or ./policykg-data)."
NEO4J_HELP = "Neo4j URI (default: $NEO4J_URI); when set, Neo4j is used instead of the embedded store."

TABLE_LIMIT = 48
"""Where a table cell is cut when standard output is not a terminal (a pipe, a file, a log)."""

_WIDE_KEY = "policykg.wide_tables"
"""Where ``--wide`` is kept in the click context's ``meta``."""


# ----------------------------------------------------------------- where the graph is


@dataclass
class StoreOptions:
    """Where the graph lives, gathered from options and the conventional environment variables."""

    store: str | None
    neo4j: str | None
    password_stdin: bool = False
    database: str | None = None
    embedded_only: bool = False

    def embedded_folders(self) -> list[Path]:
        """The embedded store folder these options point at (none for Neo4j): outputs must not land in it."""
        if self.neo4j or (self.store is None and os.environ.get("NEO4J_URI") and not self.embedded_only):
            return []
        from policykg.graph.stores.open import embedded_folder

        return [embedded_folder(self.store or None)]

    def open(self, *, create: bool = False) -> GraphStore:
        """Open the store; only ``build`` (and copies into a store) may create a new embedded one,
        so a typo in --store on a read command is an error instead of an empty graph."""
        from policykg.graph.stores.open import embedded_folder, open_store

        password = None
        if self.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        store_path = Path(self.store) if self.store else None
        if self.embedded_only and store_path is None:
            store_path = embedded_folder()
        return open_store(
            store_path=store_path,
            neo4j_uri=self.neo4j,
            password=password,
            database=self.database,
            create=create,
        )


def neo4j_options(fn: Callable) -> Callable:
    """How to reach Neo4j: URI, password on standard input, database."""
    fn = click.option("--database", default=None, help="Neo4j database (default: $NEO4J_DATABASE or neo4j).")(fn)
    fn = click.option("--password-stdin", is_flag=True, help="Read the Neo4j password from standard input.")(fn)
    fn = click.option("--neo4j", "neo4j_uri", default=None, metavar="URI", help=NEO4J_HELP)(fn)
    return fn


def json_option(fn: Callable, *, table: bool = True) -> Callable:
    """``--json`` (the command receives ``as_json``) and, for a command that prints tables
    (``table``), ``--wide``, which :func:`print_table` reads itself."""
    fn = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of a table.")(fn)
    return wide_option(fn) if table else fn


def wide_option(fn: Callable) -> Callable:
    """``--wide``: every table cell whole. Kept in the click context for :func:`print_table`,
    so no command takes it as an argument."""

    def remember(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value:
            ctx.meta[_WIDE_KEY] = True

    return click.option(
        "--wide",
        is_flag=True,
        expose_value=False,
        callback=remember,
        help="Show every table cell whole (default: the table fits the terminal, or each row is shown as "
        "a record when it cannot; in a pipe or a file, "
        f"long cells are cut at a fixed width, {TABLE_LIMIT} columns for most tables).",
    )(fn)


def graph_command(*, json: bool = True, table: bool = True) -> Callable[[Callable], Callable]:
    """The options of every command that reads or writes a graph: ``--store`` or Neo4j
    (``--neo4j``, ``--password-stdin``, ``--database``), ``--json`` unless ``json=False``,
    and with it ``--wide`` unless the command prints no table (``table=False``).

    The command receives them gathered as ``where: StoreOptions`` (and ``as_json``), so
    where the graph is gets decided in one place for every command."""

    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def command(
            *args: Any,
            store_path: str | None,
            neo4j_uri: str | None,
            password_stdin: bool,
            database: str | None,
            **kwargs: Any,
        ) -> Any:
            return fn(*args, where=StoreOptions(store_path, neo4j_uri, password_stdin, database), **kwargs)

        wrapped: Callable = neo4j_options(command)
        wrapped = click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)(wrapped)
        return json_option(wrapped, table=table) if json else wrapped

    return decorate


def embedded_store_option(fn: Callable) -> Callable:
    """``--store`` for the commands that only ever mean the embedded store (copies, bulk-import files)."""
    return click.option("--store", "store_path", default=None, metavar="PATH", help=STORE_HELP)(fn)


# ----------------------------------------------------------------- printing


def emit_json(obj: Any) -> None:
    """Strict JSON (NaN as null), with terminal controls escaped inside strings."""
    click.echo(to_json(obj))


def echo(text: Any = "", *, err: bool = False, nl: bool = True) -> None:
    """click.echo with every control character escaped, line by line: the line breaks a
    command writes stay, anything else (ESC, CR, bidi overrides, bad bytes) is shown inert.
    Values that might hold a line break themselves are passed through :func:`_t` first."""
    click.echo("\n".join(for_terminal(part) for part in str(text).split("\n")), err=err, nl=nl)


def cell_text(value: Any) -> str:
    """How one value reads in a table cell: lists joined with 、, dicts as JSON, floats to four
    figures, on one line and with terminal controls escaped."""
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
    return for_terminal(text.replace("\n", " "))


def render_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    width: int | None = None,
    limit: int | None = TABLE_LIMIT,
) -> str:
    """An aligned table as text. rich measures wide Chinese characters in terminal columns and
    a cut cell ends with …. No styles, and lines end without trailing spaces.

    - ``width`` (a terminal's width): no line is wider than ``width``. The widest columns
      (sentences, names) are narrowed first, all to one width, so the narrow ones (types,
      counts, ids) keep theirs. When that would cut a column narrower than 20 columns, or cut
      a narrower one at all (a query of ten columns on an 80-column terminal), or when the
      columns and the gaps between them do not fit even uncut, each row is shown as a record
      instead: a ``column  value`` line per column, a blank line between rows, values cut at
      the terminal's edge. ``limit`` is not used.
    - no ``width`` (a pipe, a file, a log): every cell is cut at ``limit`` columns and the
      table is as wide as that makes it, so the text is the same on every machine whatever
      the terminal or $COLUMNS; ``limit=None`` shows every cell whole (``--wide``).
    """
    from rich.cells import cell_len

    if not rows:
        return "(no rows)"
    cols = list(columns or rows[0].keys())
    if not cols:
        return ""  # rows of no column (empty mappings): no table to lay out
    heads = [for_terminal(name) for name in cols]
    cells = [[cell_text(row.get(c)) for c in cols] for row in rows]
    natural = [max(cell_len(head), *(cell_len(line[i]) for line in cells)) for i, head in enumerate(heads)]
    # a column of no width (`RETURN null AS ``)` stays so, as rich measured it before tables fitted
    # terminals; the last one (no padding after it) rich makes one cell wide whatever it is told
    natural[-1] = max(1, natural[-1])
    if width is None:
        widths = natural if limit is None else [min(n, limit) for n in natural]
        return _render_columns(heads, cells, widths)
    room = width - _TABLE_GAP * (len(cols) - 1)
    widths = _fit_widths(natural, room)
    if sum(widths) > room or any(w < min(n, _READABLE) for w, n in zip(widths, natural)):
        # too narrow for the columns (or for the gaps between them, short as the columns are)
        return _render_records(heads, cells, width)
    return _render_columns(heads, cells, widths)


_TABLE_GAP = 2
"""Terminal columns between two columns of a table (a space of padding and the box's blank divider)."""

_READABLE = 20
"""On a terminal, a table column keeps its whole width up to this many columns (types, counts,
ids, most names), and a longer one is not cut narrower than this: a table that cannot keep to
it is shown as records."""


def _fit_widths(natural: Sequence[int], room: int) -> list[int]:
    """Column widths summing to at most ``room`` where they can: the widest columns come down
    to one level (the columns narrower than it keep their own width) and what room is left
    goes a column each to the cut ones; never below 1."""
    if sum(natural) <= room:
        return list(natural)
    level = max(1, room // len(natural))
    while sum(min(n, level + 1) for n in natural) <= room:
        level += 1
    widths = [min(n, level) for n in natural]
    spare = room - sum(widths)
    for i in sorted(range(len(natural)), key=lambda i: -natural[i]):
        if spare <= 0 or natural[i] <= level:
            break
        widths[i] += 1
        spare -= 1
    return widths


def _render_columns(heads: Sequence[str], cells: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    """Rows under a header line, each column ``widths`` wide (a longer cell cut with …)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    for head, column_width in zip(heads, widths):
        table.add_column(Text(head), width=column_width, no_wrap=True, overflow="ellipsis")
    for line in cells:
        table.add_row(*(Text(cell) for cell in line))
    return _print_plain(table, sum(widths) + _TABLE_GAP * (len(heads) - 1))


def _render_records(heads: Sequence[str], cells: Sequence[Sequence[str]], width: int) -> str:
    """Each row as a record: a ``column  value`` line per column, a blank line between rows,
    values cut to fit ``width``. Laid out here rather than by a rich table (the same text):
    a record per row makes ten times the lines, and rich takes seconds over 50,000 of them."""
    from rich.cells import cell_len

    # the keys take at most half the width, and leave a cell for the values (4 columns: "k  v")
    key_width = min(max(cell_len(head) for head in heads), max(1, width // 2), max(1, width - _TABLE_GAP - 1))
    value_width = max(1, width - key_width - _TABLE_GAP)
    keys = [_fit_cell(head, key_width) + " " * _TABLE_GAP for head in heads]
    lines: list[str] = []
    for i, line in enumerate(cells):
        if i:
            lines.append("")
        lines.extend((key + _fit_cell(cell, value_width)).rstrip() for key, cell in zip(keys, line))
    return "\n".join(lines)


def _fit_cell(text: str, width: int) -> str:
    """``text`` (one line) exactly ``width`` terminal columns wide, as rich shows it in a column
    of that width that neither wraps nor overflows: cut with … and padded with spaces (a wide
    character that does not fit is a space)."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) > width:
        text = set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def _print_plain(table: Any, width: int) -> str:
    """A rich table as plain text ``width`` columns wide, without trailing spaces."""
    from rich.console import Console

    buffer = io.StringIO()
    Console(
        file=buffer,
        width=width,
        color_system=None,
        markup=False,
        highlight=False,
        emoji=False,
        force_terminal=False,
        legacy_windows=False,
    ).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def table_width() -> int | None:
    """The width tables fit: the terminal's (``shutil.get_terminal_size``, so $COLUMNS wins)
    when standard output is a terminal, else None (a pipe, a file: cells cut at a fixed width)."""
    import shutil

    if not _stdout_is_terminal():
        return None
    return shutil.get_terminal_size().columns


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced by an object without it, or closed
        return False


def _wide_tables() -> bool:
    """Whether the running command was given ``--wide``."""
    context = click.get_current_context(silent=True)
    return bool(context is not None and context.meta.get(_WIDE_KEY))


def print_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, *, limit: int | None = TABLE_LIMIT
) -> None:
    """Print :func:`render_table` on standard output: fitted to the terminal's width on a
    terminal, every cell cut at ``limit`` columns in a pipe or a file, every cell whole
    with ``--wide`` (on a terminal too)."""
    if _wide_tables():
        click.echo(render_table(rows, columns, limit=None))
    else:
        click.echo(render_table(rows, columns, width=table_width(), limit=limit))


@contextmanager
def progress_printer(*, enabled: bool = True) -> Iterator[Callable[[str, str, int], None] | None]:
    """Progress on stderr (stdout stays clean for scripts), called once per item with
    ``(name, status, total)``: a rich progress bar on a terminal, otherwise a line every 5 %
    — and every failure at once, in both cases. Yields None when not ``enabled``."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
    from rich.text import Text

    stderr = sys.stderr
    bar = None
    if stderr.isatty():
        bar = Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(file=stderr, markup=False, highlight=False, emoji=False),
            transient=False,
        )
    count, shown = 0, -1
    task: TaskID | None = None

    def progress(name: str, status: str, total: int) -> None:
        nonlocal count, shown, task
        count += 1
        line = f"[{count}/{total}] {status:<11} {_t(name)}"
        if bar is not None:
            if task is None:
                task = bar.add_task("", total=total)
                bar.start()
            if status == "failed":
                bar.console.print(Text(line))
            bar.update(task, completed=count, total=total, description=f"{status:<11} {_t(name)}"[:60])
            return
        step = max(1, total // 20)
        if status == "failed" or count == total or count // step != shown:
            shown = count // step
            click.echo(line, err=True)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.stop()


def entity_list(entities: Sequence[dict[str, Any]], most: int = 8) -> str:
    """Entities as a note names them: name, type and id (the id opens one), the first ``most`` of them."""
    shown = "、".join(f"{_t(e['name'])} [{e['type']}] {_t(e['id'])}" for e in entities[:most])
    return shown + (f" and {len(entities) - most} more" if len(entities) > most else "")


def note(text: str) -> None:
    """One ``note: …`` line on stderr: something a person should know that is not the answer itself
    (stdout stays the answer, for scripts and ``--json``)."""
    echo(f"note: {text}", err=True)


def name_arg(value: str, what: str) -> str:
    """A name typed by a person; bytes that are not UTF-8 (a GBK terminal) are one clear line."""
    from policykg.errors import InputError
    from policykg.textsafe import has_undecodable

    if has_undecodable(value):
        raise InputError(
            f"{what} {_t(value)}",
            "has bytes that are not UTF-8 (typed in a GBK terminal?)",
            "switch the terminal to UTF-8 (e.g. LANG=zh_CN.UTF-8) and type it again",
        )
    return value


# ----------------------------------------------------------------- errors as one line


class PolicyKGGroup(click.Group):
    """Turns library errors into one stderr line and their exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
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
            echo(
                f"error: unexpected {type(exc).__name__}: {_t(exc)} — please report this "
                "(run with POLICYKG_DEBUG=1 for details)",
                err=True,
            )
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

    def raise_terminated(signum: int, frame: object) -> None:
        raise _Terminated()

    signal.signal(signal.SIGTERM, raise_terminated)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=PolicyKGGroup)
@click.version_option(package_name="policykg")
def main() -> None:
    """Chinese innovation-policy documents → a knowledge graph you can look up, query, map and export."""
