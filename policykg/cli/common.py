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


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of a table.")(fn)


def graph_command(*, json: bool = True) -> Callable[[Callable], Callable]:
    """The options of every command that reads or writes a graph: ``--store`` or Neo4j
    (``--neo4j``, ``--password-stdin``, ``--database``), and ``--json`` unless ``json=False``.

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
        return json_option(wrapped) if json else wrapped

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


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, *, limit: int = 48) -> str:
    """An aligned table as text (rich measures wide Chinese characters in terminal columns and
    cuts a cell longer than ``limit`` columns with …). No styles: the text is the same on a
    terminal, in a pipe and in a log."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if not rows:
        return "(no rows)"
    cols = list(columns or rows[0].keys())
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    for name in cols:
        table.add_column(Text(for_terminal(name)), max_width=limit, no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*(Text(cell_text(row.get(c))) for c in cols))
    buffer = io.StringIO()
    Console(
        file=buffer,
        width=100_000,
        color_system=None,
        markup=False,
        highlight=False,
        emoji=False,
        force_terminal=False,
        legacy_windows=False,
    ).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, *, limit: int = 48) -> None:
    """Print :func:`render_table` on standard output."""
    click.echo(render_table(rows, columns, limit=limit))


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
