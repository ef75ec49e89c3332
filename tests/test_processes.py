"""Processes: kill -9 of a build leaves no worker holding the store; a busy store names its holder;
Ctrl-C right after a commit is one line and exit 130, never a rollback traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docs_factory as f
import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.processes import child_pids, is_running


def _alive(pid: int) -> bool:
    """Running, and not a zombie (a zombie holds no lock)."""
    return is_running(pid)


def _big_corpus(folder: Path, files: int = 8, size: int = 700_000) -> Path:
    """Over the 4 MB at which a build extracts in worker processes."""
    folder.mkdir()
    for i in range(files):
        unit = "\n".join(p.replace("星河", f"星河{i}") for p in f.SAMPLE_PARAGRAPHS) + "\n"
        f.write_utf8(folder / f"big{i}.txt", unit * (size // len(unit.encode()) + 1))
    return folder


@pytest.mark.slow
def test_kill_9_of_a_build_leaves_no_worker_holding_the_store(tmp_path):
    docs = _big_corpus(tmp_path / "docs")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "build", str(docs), "--store", str(store), "--workers", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        workers = child_pids(proc.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert workers and proc.poll() is None, "the build finished before it started its workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    end = time.monotonic() + 15
    while time.monotonic() < end and any(_alive(w) for w in workers):
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "extraction workers outlived the killed build"
    # the store opens at once (nothing holds its lock) and a rebuild completes
    result = CliRunner().invoke(main, ["build", str(docs), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output


def test_a_busy_store_names_the_process_holding_it(tmp_path):
    store_path = tmp_path / "store"
    with EmbeddedStore(store_path):
        result = CliRunner().invoke(main, ["stats", "--store", str(store_path)])
        # the same process holds it here; another process would get the same line
        code = "import sys; from policykg.cli import main; sys.argv=['policykg','stats','--store',sys.argv[1]]; main()"
        done = subprocess.run([sys.executable, "-c", code, str(store_path)], capture_output=True, text=True)
    assert done.returncode == 3 and f"pid {os.getpid()}" in done.stderr and len(done.stderr.splitlines()) == 1
    assert result.exit_code == 3


class _CommitThenInterrupt:
    """A real grafeo transaction whose commit completes and is then interrupted (Ctrl-C arriving
    just after the commit, before control returns: the sweep's "Transaction already completed")."""

    def __init__(self, tx):
        self._tx = tx

    def execute_cypher(self, *args, **kwargs):
        return self._tx.execute_cypher(*args, **kwargs)

    def commit(self):
        self._tx.commit()
        raise KeyboardInterrupt

    def rollback(self):
        self._tx.rollback()


def test_ctrl_c_just_after_a_commit_is_one_line_and_exit_130(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    f.write_utf8(docs / "a.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    store = tmp_path / "store"
    real_begin = None

    def begin(self):
        return _CommitThenInterrupt(real_begin(self))

    import grafeo

    real_begin = grafeo.GrafeoDB.begin_transaction
    monkeypatch.setattr(grafeo.GrafeoDB, "begin_transaction", begin, raising=True)
    result = CliRunner().invoke(main, ["build", str(docs), "--store", str(store), "-q"])
    monkeypatch.undo()
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == "interrupted"
    # the committed document is there
    stats = CliRunner().invoke(main, ["stats", "--store", str(store), "--json"])
    assert stats.exit_code == 0 and '"documents": 1' in stats.stdout


@pytest.mark.slow
def test_sigterm_mid_build_is_one_line_and_the_rebuild_equals_a_clean_build(tmp_path):
    docs = _big_corpus(tmp_path / "docs")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "build", str(docs), "--store", str(store), "--workers", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and len(child_pids(proc.pid)) < 2:
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it started its workers"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143 and err.strip() == "terminated", (proc.returncode, err)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(docs), "--store", str(store), "-q"]).exit_code == 0
    clean = tmp_path / "clean"
    assert runner.invoke(main, ["build", str(docs), "--store", str(clean), "-q"]).exit_code == 0
    assert (
        runner.invoke(main, ["export", "--store", str(store)]).stdout
        == runner.invoke(main, ["export", "--store", str(clean)]).stdout
    )


def _start_then_wait(start, ready) -> None:
    start(os.getppid())
    ready.set()
    time.sleep(60)


@pytest.mark.parametrize("start", ["extraction", "import files"])
def test_a_pool_worker_forked_from_the_command_ends_at_once_on_sigterm(start):
    """The command's SIGTERM handler raises (to roll back and print one line); a worker forked from it
    must not inherit that: a worker that raised on Pool.terminate() once hung on its way out, and the
    pool's join with it. The worker's start-up gives SIGTERM back its default action."""
    import multiprocessing

    import policykg.build as build_module
    import policykg.graph.readwrite.neo4j_import as import_module
    from policykg.cli.common import _terminate_like_interrupt

    starts = {"extraction": build_module._worker_init, "import files": import_module._start_worker}
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        _terminate_like_interrupt()
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # the command's handler is in place
        context = multiprocessing.get_context("fork")
        ready = context.Event()
        worker = context.Process(target=_start_then_wait, args=(starts[start], ready))
        worker.start()
        assert ready.wait(30)
        worker.terminate()
        worker.join(30)
        assert worker.exitcode == -signal.SIGTERM, worker.exitcode
    finally:
        signal.signal(signal.SIGTERM, previous)
