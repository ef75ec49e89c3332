"""Sweep of bad inputs and faults against the real command line, with totals.

Why: issue 12 asked for the sweep's totals (inputs tried, crashes, data lost, unclear errors)
after the fixes. Each case runs ``policykg`` in its own process (as a user would), in a
temporary folder, and is judged by what a person sees:

- crash: a traceback, a hang past the case's time limit, death by a signal, or the
  catch-all "unexpected …" line (a bug that was merely kept to one line);
- data lost: the store holds fewer documents than it should afterwards, or a file that
  must not change did;
- unclear: a failure that is not exactly one ``error:`` line per problem with a hint
  (" — what to do"), or a non-zero/zero exit code where the other was due.

Usage: ``python -m benchmarks.fault_sweep [--only SUBSTRING] [--json OUT]``. Needs ../shared/seeds
(for a store to protect); the disk-full cases need root (a tmpfs) and are skipped otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import docs_factory as f  # noqa: E402
import hostile_factory as h  # noqa: E402

from policykg.processes import child_pids, is_running  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"


@dataclass
class Run:
    code: int | None
    out: str
    err: str
    seconds: float
    timed_out: bool = False


@dataclass
class Outcome:
    case: str
    crash: bool = False
    data_lost: bool = False
    unclear: bool = False
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def cli(
    *args: str, timeout: float = 120, env: dict | None = None, cwd: Path | None = None, stdin: str | None = None
) -> Run:
    started = time.perf_counter()
    full_env = dict(os.environ, **(env or {}))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "policykg.cli", *args],
            capture_output=True,
            timeout=timeout,
            env=full_env,
            cwd=cwd,
            input=(stdin or "").encode(),
        )
    except subprocess.TimeoutExpired as exc:
        return Run(
            None,
            (exc.stdout or b"").decode(errors="replace"),
            (exc.stderr or b"").decode(errors="replace"),
            time.perf_counter() - started,
            timed_out=True,
        )
    return Run(
        done.returncode,
        done.stdout.decode(errors="replace"),
        done.stderr.decode(errors="replace"),
        time.perf_counter() - started,
    )


class Sweep:
    def __init__(self, root: Path):
        self.root = root
        self.outcomes: list[Outcome] = []
        self._n = 0

    def folder(self, name: str) -> Path:
        self._n += 1
        path = self.root / f"{self._n:02d}-{name}"
        path.mkdir()
        return path

    def store_with_seeds(self, where: Path) -> Path:
        store = where / "store"
        seeds = where / "seeds"
        shutil.copytree(SEEDS, seeds)
        r = cli("build", str(seeds), "--store", str(store), "-q")
        assert r.code == 0, r.err
        return store

    @staticmethod
    def documents(store: Path) -> int:
        r = cli("stats", "--store", str(store), "--json")
        return json.loads(r.out)["documents"] if r.code == 0 else -1

    def judge(self, case: str, r: Run, *, fail: bool, errors: int | None = 1, words: tuple[str, ...] = ()) -> Outcome:
        o = Outcome(case, seconds=round(r.seconds, 2))
        if r.timed_out:
            o.crash = True
            o.notes.append("hung past its time limit")
        elif "Traceback" in r.err or "Traceback" in r.out:
            o.crash = True
            o.notes.append("traceback")
        elif r.code is not None and r.code < 0:
            o.crash = True
            o.notes.append(f"killed by signal {-r.code}")
        elif "error: unexpected" in r.err:
            o.crash = True
            o.notes.append("unexpected error (a bug kept to one line)")
        if not o.crash:
            error_lines = [line for line in r.err.splitlines() if line.startswith("error:")]
            other = [
                line
                for line in r.err.splitlines()
                if line and not line.startswith(("error:", "note:", "[", "interrupted", "terminated", "wrote "))
            ]
            if fail and r.code == 0:
                o.unclear = True
                o.notes.append("exit 0 for a failure")
            if not fail and r.code != 0:
                o.unclear = True
                o.notes.append(f"exit {r.code} for a success")
            if errors is not None and len(error_lines) != errors:
                o.unclear = True
                o.notes.append(f"{len(error_lines)} error lines, expected {errors}")
            if any(" — " not in line for line in error_lines):
                o.unclear = True
                o.notes.append("an error line without a hint")
            if other:
                o.unclear = True
                o.notes.append(f"stray stderr: {other[0][:80]!r}")
            for word in words:
                if word not in r.err + r.out:
                    o.unclear = True
                    o.notes.append(f"does not say {word!r}")
        self.outcomes.append(o)
        return o

    def lost(self, outcome: Outcome, what: str) -> None:
        outcome.data_lost = True
        outcome.notes.append(what)


def bad_file_cases(s: Sweep) -> None:
    makers: list[tuple[str, Callable[[Path], Path], tuple[str, ...], dict]] = [
        ("empty file", lambda d: f.make_empty(d / "e.txt"), ("empty",), {}),
        ("whitespace-only file", lambda d: f.make_whitespace_only(d / "w.txt"), ("no text",), {}),
        ("binary named .txt", lambda d: f.make_binary(d / "b.txt"), ("binary",), {}),
        ("undecodable bytes", lambda d: (d / "u.txt").write_bytes(bytes(range(128, 256)) * 50) and d / "u.txt", (), {}),
        ("corrupt PDF", lambda d: f.make_corrupt_pdf(d / "c.pdf"), ("PDF",), {}),
        ("corrupt DOCX", lambda d: f.make_corrupt_docx(d / "c.docx"), ("docx",), {}),
        ("encrypted PDF", lambda d: f.make_encrypted_pdf(d / "x.pdf", f.SAMPLE_PARAGRAPHS), ("encrypted",), {}),
        ("scanned PDF", lambda d: f.make_scanned_pdf(d / "s.pdf"), ("OCR",), {}),
        ("DOCX zip bomb (1 MB -> 500 MB XML)", lambda d: h.make_zip_bomb_docx(d / "bomb.docx", 500), ("inflate",), {}),
        ("PDF flate bomb (3 KB -> 4 GB)", lambda d: h.make_flate_bomb_pdf(d / "flate.pdf", 4096), ("memory",), {}),
        (
            "PDF drawing forever (8 KB)",
            lambda d: h.make_xobject_bomb_pdf(d / "forever.pdf"),
            ("took more than",),
            {"POLICYKG_PARSE_SECONDS": "10"},
        ),
        ("PDF page tree of a billion pages", lambda d: h.make_page_tree_bomb_pdf(d / "tree.pdf"), (), {}),
        ("PDF nested 200k levels", lambda d: h.make_nested_pdf(d / "nested.pdf"), (), {}),
    ]
    for name, make, words, env in makers:
        d = s.folder("bad")
        docs = d / "docs"
        docs.mkdir()
        f.write_utf8(docs / "good.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
        made = make(docs)
        r = cli("build", str(docs), "--store", str(d / "store"), "--json", env=env, timeout=300)
        tree_or_nested = "page tree" in name or "nested" in name
        o = s.judge(name, r, fail=not tree_or_nested, errors=None if tree_or_nested else 1, words=words)
        if r.code is not None and r.code >= 0 and s.documents(d / "store") < 1:
            s.lost(o, "the good file of the batch was not stored")
        del made


def long_line_case(s: Sweep) -> None:
    d = s.folder("longline")
    base = "星河生物科技有限公司与东岸医科大学共建联合实验室双方将在基因治疗和细胞治疗领域开展为期五年的合作研究"
    (d / "line.txt").write_text(base * (2_000_000 // len(base)), encoding="utf-8")  # 6 MB, one line
    r = cli("build", str(d / "line.txt"), "--store", str(d / "store"), "-q", timeout=300)
    s.judge("6 MB line without punctuation", r, fail=False, errors=0).notes.append(f"{r.seconds:.1f} s")


def folder_cases(s: Sweep) -> None:
    d = s.folder("odd")
    docs = d / "docs"
    docs.mkdir()
    f.write_utf8(docs / "good.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    (docs / "k.wps").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    os.mkfifo(docs / "fifo.txt")
    os.symlink("/dev/zero", docs / "zero.txt")
    os.symlink(docs / "l1.txt", docs / "l2.txt")
    os.symlink(docs / "l2.txt", docs / "l1.txt")
    os.symlink(docs, docs / "loopdir")
    os.symlink("/etc/hostname", docs / "outside.txt")
    r = cli("build", str(docs), "--store", str(d / "store"), timeout=60)
    o = s.judge("folder with .doc, .wps, FIFO, /dev/zero link, link loops, outside link", r, fail=False, errors=0)
    notes = [line for line in r.err.splitlines() if line.startswith("note:")]
    if len(notes) != 8:
        o.unclear = True
        o.notes.append(f"{len(notes)} skipped entries named, expected 8")
    for arg, word in (
        (docs / "fifo.txt", "FIFO"),
        (Path("/dev/zero"), "device"),
        (docs / "l1.txt", "loop"),
        (d / "missing", "no such file"),
        (docs / "old.doc", "docx"),
    ):
        r = cli("build", str(arg), "--store", str(d / "store2"), timeout=60)
        s.judge(f"argument: {arg.name}", r, fail=True, words=(word,))
    empty = d / "empty"
    empty.mkdir()
    s.judge(
        "empty folder",
        cli("build", str(empty), "--store", str(d / "store3")),
        fail=True,
        words=("no supported document",),
    )


def prune_cases(s: Sweep) -> None:
    for name, target_kind in (
        ("--prune with a mistyped path", "missing"),
        ("--prune with an empty folder", "empty"),
        ("--prune with a partial folder, no --yes", "partial"),
    ):
        d = s.folder("prune")
        store = s.store_with_seeds(d)
        before = s.documents(store)
        target = d / "target"
        if target_kind != "missing":
            target.mkdir()
        if target_kind == "partial":
            first = sorted((d / "seeds").glob("*.txt"))[0]
            shutil.copy(first, target / first.name)
        r = cli("build", str(target), "--store", str(store), "--prune")
        o = s.judge(name, r, fail=True, errors=None, words=("not pruning",))
        if s.documents(store) != before:
            s.lost(o, f"store went from {before} to {s.documents(store)} documents")


def name_cases(s: Sweep) -> None:
    d = s.folder("names")
    docs = d / "docs"
    docs.mkdir()
    (docs / "x\nerror: forged\x1b[31m.txt").write_bytes(b"")
    (docs.joinpath(os.fsdecode(b"gbk-\xba\xcd.txt"))).write_bytes(b"")
    f.write_utf8(docs / "rlo.txt", "\n".join(f.SAMPLE_PARAGRAPHS).replace("星河生物", "星河\u202e生物"))
    r = cli("build", str(docs), "--store", str(d / "store"))
    o = s.judge("file names with a newline, ESC and non-UTF-8 bytes", r, fail=True, errors=2)
    if "\x1b" in r.err:
        o.unclear = True
        o.notes.append("an escape code reached the terminal")
    exported = cli("export", "--store", str(d / "store")).out
    o = s.judge("right-to-left override in a name", Run(0, "", "", 0), fail=False, errors=0)
    if "\u202e" in exported:
        o.unclear = True
        o.notes.append("RLO kept in exported names")
    store = d / "store"
    gbk = os.fsdecode("和黄医药".encode("gbk"))
    for args in (("org", gbk), ("path", gbk, "上海"), ("query", "--name", "org_links", "-p", f"name={gbk}")):
        s.judge(f"{args[0]} with GBK bytes", cli(*args, "--store", str(store)), fail=True, words=("UTF-8",))
    r = cli("query", "RETURN 0.0/0.0 AS x", "--store", str(store), "--json")
    o = s.judge("--json with NaN", r, fail=False, errors=0)
    try:
        json.loads(r.out, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    except ValueError as exc:
        o.unclear = True
        o.notes.append(f"invalid JSON: {exc}")
    s.judge("unknown organisation", cli("org", "不存在的机构", "--store", str(store)), fail=True)
    s.judge("write clause without --write", cli("query", "CREATE (n:X)", "--store", str(store)), fail=True)
    (d / "afile").write_text("x")
    s.judge("--store pointing at a file", cli("stats", "--store", str(d / "afile")), fail=True)
    s.judge("unreachable Neo4j", cli("stats", "--neo4j", "bolt://127.0.0.1:1"), fail=True)


def export_cases(s: Sweep) -> None:
    d = s.folder("export")
    store = s.store_with_seeds(d)
    graph = (store / "graph").read_bytes()
    for name, target, fmt in (
        ("export -o <store>/graph", store / "graph", "jsonl"),
        ("export --format csv -o <store>", store, "csv"),
        ("export -o a folder", d, "jsonl"),
        ("export -o a missing folder", d / "no" / "x.jsonl", "jsonl"),
        ("export -o /dev/full", Path("/dev/full"), "jsonl"),
    ):
        o = s.judge(name, cli("export", "--store", str(store), "--format", fmt, "-o", str(target)), fail=True)
        if (store / "graph").read_bytes() != graph:
            s.lost(o, "the store's database file changed")
    missing = s.folder("nograph")
    st = s.store_with_seeds(missing)
    (st / "graph").unlink()
    s.judge("store without its graph file", cli("stats", "--store", str(st)), fail=True, words=("missing",))
    half = s.folder("half")
    (half / "store").mkdir()
    (half / "store" / "policykg-store.json").write_text(
        json.dumps({"format": "policykg-embedded", "version": 2, "complete": False})
    )
    docs = half / "docs"
    docs.mkdir()
    f.write_utf8(docs / "a.txt", "\n".join(f.SAMPLE_PARAGRAPHS))
    s.judge(
        "build into an interrupted store creation",
        cli("build", str(docs), "--store", str(half / "store"), "-q"),
        fail=False,
        errors=0,
    )
    proc = subprocess.Popen(
        f"{sys.executable} -m policykg.cli export --store {store} | head -c 10 >/dev/null",
        shell=True,
        stderr=subprocess.PIPE,
    )
    _, err = proc.communicate(timeout=60)
    s.judge("export into a closed pipe", Run(0, "", err.decode(errors="replace"), 0), fail=False, errors=0)


def disk_full_cases(s: Sweep) -> None:
    if os.geteuid() != 0:
        print("disk-full cases skipped: need root for a tmpfs", file=sys.stderr)
        return
    d = s.folder("full")
    disk = d / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", str(disk)], check=True)
    try:
        docs = d / "docs"
        docs.mkdir()
        for i in range(160):
            lines = [p.replace("星河", f"星河{i:03d}{j}") for j in "甲乙丙丁戊己庚辛" for p in f.SAMPLE_PARAGRAPHS]
            f.write_utf8(docs / f"d{i:03d}.txt", "\n".join(lines))
        store = disk / "store"
        r = cli("build", str(docs), "--store", str(store), "--json", "--workers", "1")
        o = s.judge("build onto a full disk", r, fail=True, words=("full", "first failed write"))
        o.notes.append(r.err.strip().splitlines()[-1][-70:] if r.err.strip() else "")
        kept = json.loads(r.out)["added"] if r.out.strip().startswith("{") else -1
        if s.documents(store) != kept:
            s.lost(o, f"reported {kept} kept, store holds {s.documents(store)}")
        s.judge("stats on a full disk", cli("stats", "--store", str(store)), fail=False, errors=0)
        s.judge("export on a full disk (to stdout)", cli("export", "--store", str(store)), fail=False, errors=0)
        other = d / "other-disk"  # reading the store may free space on its own disk: export onto another
        other.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(other)], check=True)
        try:
            h.fill_disk(other / "filler")
            s.judge(
                "export onto a full disk",
                cli("export", "--store", str(store), "-o", str(other / "x.jsonl")),
                fail=True,
                words=("disk is full",),
            )
        finally:
            subprocess.run(["umount", "-l", str(other)], check=False)
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        r = cli("build", str(docs), "--store", str(store), "-q")
        o = s.judge("rebuild after freeing space", r, fail=False, errors=0)
        if s.documents(store) != 160:
            s.lost(o, f"{s.documents(store)} of 160 stored after the rebuild")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def process_cases(s: Sweep) -> None:
    d = s.folder("signals")
    docs = d / "docs"
    docs.mkdir()
    for i in range(8):  # over 4 MB: extraction runs in worker processes
        unit = "\n".join(p.replace("星河", f"星河{i}") for p in f.SAMPLE_PARAGRAPHS) + "\n"
        f.write_utf8(docs / f"big{i}.txt", unit * (700_000 // len(unit.encode()) + 1))
    clean = d / "clean"
    assert cli("build", str(docs), "--store", str(clean), "-q").code == 0
    clean_export = cli("export", "--store", str(clean)).out
    for sig, name in ((signal.SIGKILL, "kill -9"), (signal.SIGINT, "Ctrl-C"), (signal.SIGTERM, "SIGTERM")):
        for delay in (0.5, 2.0, 4.0):
            store = d / f"store-{sig}-{delay}"
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "policykg.cli",
                    "build",
                    str(docs),
                    "--store",
                    str(store),
                    "-q",
                    "--workers",
                    "2",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            time.sleep(delay)
            kids = [str(k) for k in child_pids(proc.pid)]
            proc.send_signal(sig)
            try:
                out, err = proc.communicate(timeout=120)
            except subprocess.TimeoutExpired:  # leftover workers keep its output pipes open
                proc.kill()
                proc.wait()
                out, err = b"", b"(output pipes held open by leftover processes)"
            time.sleep(1.0)
            alive = [k for k in kids if is_running(int(k))]
            r = Run(proc.returncode, out.decode(errors="replace"), err.decode(errors="replace"), 0)
            case = f"{name} after {delay} s"
            if sig == signal.SIGKILL or r.code == 0:
                o = s.judge(case, Run(0, "", "", 0), fail=False, errors=0)  # nothing to read from a killed process
            else:
                o = s.judge(
                    case, r, fail=True, errors=0, words=("interrupted",) if sig == signal.SIGINT else ("terminated",)
                )
            if alive:
                o.crash = True
                o.notes.append(f"workers {alive} outlived the build")
                for k in alive:
                    os.kill(int(k), signal.SIGKILL)
            after = cli("build", str(docs), "--store", str(store), "-q")
            if after.code != 0:
                s.lost(o, f"the next build failed: {after.err.strip()[:120]}")
            elif cli("export", "--store", str(store)).out != clean_export:
                s.lost(o, "the rebuild differs from a clean build")
    # a second writer
    store = d / "locked"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from policykg.graph.stores.embedded import EmbeddedStore; "
            "s=EmbeddedStore(sys.argv[1]); print('ok', flush=True); time.sleep(30)",
            str(store),
        ],
        stdout=subprocess.PIPE,
    )
    holder.stdout.readline()  # type: ignore[union-attr]
    s.judge(
        "second writer on a locked store",
        cli("build", str(docs), "--store", str(store)),
        fail=True,
        words=(f"pid {holder.pid}",),
    )
    holder.kill()
    holder.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=None, help="run only the groups whose name contains this")
    ap.add_argument("--json", type=Path, default=None, help="also write the outcomes as JSON")
    args = ap.parse_args()
    groups = [
        bad_file_cases,
        long_line_case,
        folder_cases,
        prune_cases,
        name_cases,
        export_cases,
        disk_full_cases,
        process_cases,
    ]
    with tempfile.TemporaryDirectory(prefix="policykg-sweep-") as tmp:
        s = Sweep(Path(tmp))
        for group in groups:
            if args.only and args.only not in group.__name__:
                continue
            started = time.perf_counter()
            group(s)
            print(f"{group.__name__}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    width = max(len(o.case) for o in s.outcomes)
    for o in s.outcomes:
        flags = ",".join(k for k in ("crash", "data_lost", "unclear") if getattr(o, k)) or "ok"
        print(f"{o.case:<{width}}  {flags:<10} {'; '.join(o.notes)}")
    totals = {
        "inputs": len(s.outcomes),
        "crashes": sum(o.crash for o in s.outcomes),
        "data_lost": sum(o.data_lost for o in s.outcomes),
        "unclear": sum(o.unclear for o in s.outcomes),
    }
    print(
        f"\ninputs tried {totals['inputs']}, crashes {totals['crashes']}, data lost {totals['data_lost']}, "
        f"unclear errors {totals['unclear']}"
    )
    if args.json:
        args.json.write_text(
            json.dumps({"totals": totals, "cases": [asdict(o) for o in s.outcomes]}, ensure_ascii=False, indent=2)
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
