"""Neo4j load benchmark: the project's Bolt path, a bare-Cypher reference and the bulk path, one graph, one run.

    eval "$(scripts/neo4j-local start)"                       # or any NEO4J_URI (its database is WIPED)
    .venv/bin/python -m benchmarks.bench_neo4j                # 1,000,000 relations: bulk, Bolt, reference
    .venv/bin/python -m benchmarks.bench_neo4j --relations 200000 --mode bolt --skip-lookups   # quick check

Issue 14: the whole graph through Bolt at ≥ 11,000 relations/s on 2 cores and at least
80 % of a bare-Cypher load of the same graph measured in the same run; the bulk path
faster end to end.

The graph is generated here, deterministically from ``--seed``: ``--entities`` entities
(default 100k) whose popularity across documents is Zipf-like (a few agencies in most
documents, most names in one or two), documents of ``--entities-per-doc`` entities and
``--relations-per-doc`` relations (default 20,000 × 50 = 1M), each relation carrying a
~60-character Chinese evidence sentence, documents with a header issuer.

In one run, each into an emptied database and each with the server's CPU seconds (read
from /proc when it runs here) and the load average before and after:

- a warm-up load of ``--warmup-docs`` documents, so that the first measured path does not
  pay for the server compiling its hot paths;
- the project's path (``Neo4jStore.replace_documents``, ``--docs-per-call`` documents per
  call, ``--writers``, ``--docs-per-transaction``), so the figures include planning in
  Python, the driver's packing, the round trips and the server's work; with
  ``--profile-statements``, the time of each statement;
- the bare-Cypher reference (``--reference-writers``, default 1 and 2): the same graph
  through the same ``CREATE`` statements with rows built before the clock starts — what
  the server allows at that moment; the summary gives every path as a share of the best;
- last, the bulk path (``--mode bulk|both``): the import files of ``policykg neo4j import-files``
  (:func:`policykg.graph.readwrite.neo4j_import.write_import_files`, ``--file-workers`` processes),
  stopping the server, ``scripts/neo4j-local import`` (the importer's own "IMPORT DONE"
  figure and the restart apart) and ``policykg neo4j init``, into the instance of
  ``POLICYKG_NEO4J_HOME`` (REPLACED) or a private one (``benchmarks/out/neo4j-bulk-instance``,
  Bolt port 7695) — last because it restarts the server, and a fresh server spends the
  next load compiling.

Then org look-ups over ``--lookups`` random entity names (unless ``--skip-lookups``).
Reported: relations/s (extracted relations written) and stored edges/s (all
relationships the graph shows, MENTIONS/ISSUED included; LookupKey edges not counted).
Prints tables; JSON to ``benchmarks/out/bench_neo4j-<relations>[-label].json``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg import ontology
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation

OUT = Path(__file__).resolve().parent / "out"

# the same synthetic vocabulary as the corpus-shaped store benchmark, so figures compare
from benchmarks.bench_store import _REGIONS, _SUFFIX, entity_pool  # noqa: E402

_VERBS = ("联合建设", "共同承担", "牵头组织", "支持推进", "协同开展", "委托实施", "参与共建", "负责落实")
_OBJECTS = (
    "生物医药产业创新平台",
    "临床研究转化项目",
    "高端医疗器械攻关任务",
    "细胞与基因治疗公共服务体系",
    "创新药物首发应用工作",
    "重大科技基础设施建设",
    "国际合作联合实验室",
    "产业链协同创新专项",
)


# ---------------------------------------------------------------- synthetic graph


@dataclass
class Synthetic:
    graphs: list[DocumentGraph]
    pool: list[Entity]
    used: list[int] = field(default_factory=list)
    """Pool indexes of entities that some document mentions (the look-up sample is drawn from these)."""


def _pool(size: int, rng: random.Random) -> list[Entity]:
    """Entity ``i`` is the i-th most popular; agencies fill the top ranks (they head most documents)."""
    assert set(_SUFFIX) <= set(ontology.ENTITY_TYPES)
    return entity_pool(
        size, rng, types=list(_SUFFIX), top_agencies=100, agency_share=0.12, city_word="市", odd_width_share=None
    )


def _evidence(h: Entity, t: Entity, rng: random.Random) -> str:
    """A sentence of ~60 characters naming both ends, like the extractor's evidence."""
    s = f"{h.name}与{t.name}{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}，"
    s += "推动成果在本市加快转化应用并形成示范效应。"
    return s[:72] if len(s) > 72 else s


def synthetic(
    relations: int,
    *,
    entities: int = 100_000,
    entities_per_doc: int = 30,
    relations_per_doc: int = 50,
    zipf: float = 0.8,
    seed: int = 7,
) -> Synthetic:
    """A corpus-shaped graph of ``relations`` relations (rounded down to whole documents)."""
    rng = random.Random(seed)
    pool = _pool(entities, rng)
    ids = [e.id for e in pool]
    cum = list(itertools.accumulate(1.0 / (i + 1) ** zipf for i in range(len(pool))))
    total = cum[-1]
    rel_types = sorted(ontology.RELATION_TYPES)
    docs = max(1, relations // relations_per_doc)
    graphs: list[DocumentGraph] = []
    used: set[int] = set()
    for d in range(docs):
        file = f"synthetic/{_REGIONS[d % 3]}/doc{d:06d}.txt"
        picked: dict[int, None] = {rng.randrange(100): None}  # the issuer: a top agency
        while len(picked) < entities_per_doc:
            picked[bisect.bisect_left(cum, rng.random() * total)] = None
        idx = list(picked)
        used.update(idx)
        ents = []
        for i in idx:
            src = pool[i]
            # a document uses some of the entity's aliases, so merged aliases grow over the build
            aliases = [a for a in src.aliases if rng.random() < 0.4]
            ents.append(Entity(src.name, src.type, aliases, src.jurisdiction, 0.9 if rng.random() < 0.2 else 1.0))
        rels = []
        for k in range(relations_per_doc):
            a, b = rng.sample(idx, 2)
            ev = _evidence(pool[a], pool[b], rng)
            start = 200 + k * 90
            rels.append(
                Relation(
                    ids[a], rng.choice(rel_types), ids[b], Evidence(file, ev, start, start + len(ev), "synthetic", 0.9)
                )
            )
        issuer = pool[idx[0]].name
        doc = Document(
            file=file,
            sha256=f"{seed:04d}{d:060d}",
            text="",
            title=f"关于印发第{d}号生物医药若干措施的通知",
            doc_number=f"沪科〔2024〕{d}号",
            issuer=issuer,
            date="2024-05-01",
            doc_type="policy",
            region=_REGIONS[d % 3],
        )
        graphs.append(DocumentGraph(doc, ents, rels))
    return Synthetic(graphs, pool, sorted(used))


# ---------------------------------------------------------------- measuring


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def _server_pid() -> int | None:
    """The local Neo4j server's pid (scripts/neo4j-local keeps it under POLICYKG_NEO4J_HOME), for CPU sampling."""
    home = os.environ.get("POLICYKG_NEO4J_HOME")
    if not home:
        return None
    try:
        return int((Path(home) / "run" / "neo4j.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def _cpu_seconds(pid: int | None) -> float | None:
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def open_store(batch_size: int, args: argparse.Namespace | None = None):
    from policykg.graph.stores.neo4j_store import DOCS_PER_TRANSACTION, WRITERS, Neo4jStore

    uri = os.environ.get("NEO4J_URI")
    if not uri:
        sys.exit('set NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD), e.g. eval "$(scripts/neo4j-local start)"')
    store = Neo4jStore(
        uri,
        os.environ.get("NEO4J_USERNAME", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE", "neo4j"),
        batch_size=batch_size,
        docs_per_transaction=getattr(args, "docs_per_transaction", None) or DOCS_PER_TRANSACTION,
        writers=getattr(args, "writers", None) or WRITERS,
    )
    store.init_schema()
    return store


def load(store, graphs: list[DocumentGraph], per_call: int, server_pid: int | None) -> dict[str, Any]:
    """Write all documents, ``per_call`` per replace_documents call; wall and CPU seconds."""
    load0 = _loadavg()
    cpu_srv0 = _cpu_seconds(server_pid)
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    calls = []
    for i in range(0, len(graphs), per_call):
        c0 = time.perf_counter()
        store.replace_documents(graphs[i : i + per_call])
        calls.append(time.perf_counter() - c0)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    cpu_srv1 = _cpu_seconds(server_pid)
    return {
        "seconds": wall,
        "client_cpu_s": cpu,
        "server_cpu_s": None if cpu_srv0 is None or cpu_srv1 is None else cpu_srv1 - cpu_srv0,
        "calls": len(calls),
        "call_s_first": calls[0],
        "call_s_last": calls[-1],
        "call_s_median": statistics.median(calls),
        "loadavg_before": load0,
        "loadavg_after": _loadavg(),
    }


def lookups(store, syn: Synthetic, n: int, seed: int) -> dict[str, Any]:
    from policykg.lookup import org_report
    from policykg.queries import get_query

    rng = random.Random(seed)
    names = [syn.pool[i].name for i in rng.sample(syn.used, min(n, len(syn.used)))]
    q = get_query("org_links")
    org_report(store, names[0], limit_per_type=25)  # warm the plan caches
    store.run(q.text, q.bind({"name": names[0]}))
    report_ms, links_ms, link_rows = [], [], []
    for name in names:
        t0 = time.perf_counter()
        org_report(store, name, limit_per_type=25)
        report_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        rows = store.run(q.text, q.bind({"name": name})).rows
        links_ms.append((time.perf_counter() - t0) * 1000)
        link_rows.append(len(rows))
    hub = syn.pool[0].name  # the most popular agency: the worst case
    t0 = time.perf_counter()
    hub_rows = len(store.run(q.text, q.bind({"name": hub})).rows)
    hub_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    org_report(store, hub, limit_per_type=25)
    hub_report_ms = (time.perf_counter() - t0) * 1000
    return {
        "names": len(names),
        "org_report_ms": {"p50": _pct(report_ms, 50), "p95": _pct(report_ms, 95), "max": max(report_ms)},
        "org_links_ms": {"p50": _pct(links_ms, 50), "p95": _pct(links_ms, 95), "max": max(links_ms)},
        "org_links_rows": {"median": statistics.median(link_rows), "max": max(link_rows)},
        "hub": {"rows": hub_rows, "org_links_ms": hub_ms, "org_report_ms": hub_report_ms},
    }


def bench_one(syn: Synthetic, batch_size: int, args: argparse.Namespace, pid: int | None) -> dict[str, Any]:
    store = open_store(batch_size, args)
    try:
        t0 = time.perf_counter()
        store.clear()
        clear_s = time.perf_counter() - t0
        before = store.counts()
        if before["nodes"] or before["relationships"]:
            raise SystemExit(f"database not empty after clear: {before}")
        profile = StatementProfile.install(store) if args.profile_statements else None
        res = load(store, syn.graphs, args.docs_per_call, pid)
        counts = store.counts()
        n_rel = sum(len(g.relations) for g in syn.graphs)
        if args.profile_statements:
            res["statements"] = profile.report()
        res.update(
            mode="project",
            writers=store.writers,
            docs_per_transaction=store.docs_per_transaction,
            batch_size=batch_size,
            clear_s=clear_s,
            relations=n_rel,
            stored_edges=counts["relationships"],
            nodes=counts["nodes"],
            relations_per_s=n_rel / res["seconds"],
            edges_per_s=counts["relationships"] / res["seconds"],
        )
        if not args.skip_lookups:
            res["lookup"] = lookups(store, syn, args.lookups, args.seed)
        return res
    finally:
        store.close()


class StatementProfile:
    """Client-side wall time per statement of the project's write path (server work included:
    each statement's rows are read before the next is sent), and per transaction.

    Statements are keyed by their text with entity labels and relationship types folded,
    so "CREATE_RELATIONS" is one line however many types there are. With several writers
    the times overlap; profile with ``--writers 1`` to read them as shares of the load.
    """

    _FOLD = (
        (re.compile(r"(:Entity):\w+"), r"\1:{label}"),
        (re.compile(r"\[r:\w+ \{"), "[r:{rel} {"),
        (re.compile(r" USING INDEX \w+:\w+\(id\)"), ""),
    )

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.rows: Counter[str] = Counter()
        self.tx_seconds = 0.0
        self.transactions = 0
        self._lock = threading.Lock()

    @classmethod
    def install(cls, store) -> StatementProfile:
        prof = cls()
        inner = store._in_transaction

        def in_tx(body, what):
            def timed_body(run):
                def timed_run(cypher, params):
                    t0 = time.perf_counter()
                    out = run(cypher, params)
                    n = len(params.get("rows") or params.get("ids") or params.get("doc_ids") or [])
                    prof._add(cypher, time.perf_counter() - t0, n)
                    return out

                return body(timed_run)

            t0 = time.perf_counter()
            try:
                return inner(timed_body, what)
            finally:
                with prof._lock:
                    prof.tx_seconds += time.perf_counter() - t0
                    prof.transactions += 1

        store._in_transaction = in_tx
        return prof

    def _add(self, cypher: str, seconds: float, rows: int) -> None:
        for pattern, repl in self._FOLD:
            cypher = pattern.sub(repl, cypher)
        with self._lock:
            self.seconds[cypher] += seconds
            self.calls[cypher] += 1
            self.rows[cypher] += rows

    def report(self) -> dict[str, Any]:
        stmts = sorted(self.seconds, key=self.seconds.get, reverse=True)
        total = sum(self.seconds.values())
        return {
            "transactions": self.transactions,
            "transaction_s": self.tx_seconds,
            "statement_s": total,
            "commit_and_client_s": self.tx_seconds - total,
            "by_statement": [
                {"statement": c, "seconds": self.seconds[c], "calls": self.calls[c], "rows": self.rows[c]}
                for c in stmts
            ],
        }


def print_profile(prof: dict[str, Any]) -> None:
    tx = prof["transaction_s"] or 1.0
    print(
        f"statement profile: {prof['transactions']} transactions, {prof['transaction_s']:.1f} s inside them "
        f"({prof['commit_and_client_s']:.1f} s commit, planning and packing)"
    )
    for row in prof["by_statement"][:12]:
        print(
            f"  {row['seconds']:6.1f} s {100 * row['seconds'] / tx:4.0f} % {row['calls']:6} calls "
            f"{row['rows']:9,} rows  {row['statement'][:110]}"
        )


# ---------------------------------------------------------------- bare-Cypher reference


@dataclass
class ReferenceRows:
    """The whole graph as the rows of plain CREATE statements, built before the clock starts."""

    entities: dict[str, list[dict[str, Any]]]
    """entity type → final rows (merged state and lookup keys)"""
    chunks: list[tuple[list[dict[str, Any]], Any]]
    """per transaction: document rows and the cypher_store.BatchRows of its documents"""


def reference_rows(syn: Synthetic, docs_per_transaction: int) -> ReferenceRows:
    from policykg.graph.stores import cypher_store as cs

    plans = [cs.plan_document(g) for g in syn.graphs]
    props: dict[str, dict[str, Any]] = {}
    merged: dict[str, tuple[set[str], float]] = {}
    for p in plans:
        for rows in p.entities_by_type.values():
            for row in rows:
                props.setdefault(row["id"], row["props"])
        for m in p.mentions:
            cs.fold_mention(merged, m)
    entities: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for eid in sorted(props):
        entities[props[eid]["type"]].append(cs.new_entity_row(props[eid], *merged[eid]))
    chunks = [
        ([{"props": p.props} for p in chunk], cs.gather_rows(chunk))
        for chunk in cs.batches(plans, docs_per_transaction)
    ]
    return ReferenceRows(dict(entities), chunks)


def bench_reference(
    syn: Synthetic, ref: ReferenceRows, writers: int, args: argparse.Namespace, pid: int | None
) -> dict[str, Any]:
    """The same graph through plain CREATE statements (the project's statement texts, no reads,
    no merging, no planning): entities with their keys first, then documents and their edges
    from ``writers`` threads, ``--docs-per-transaction`` documents per transaction."""
    from concurrent.futures import ThreadPoolExecutor

    import neo4j

    from policykg.graph.stores import cypher_store as cs

    store = open_store(args.batch_sizes[0], args)
    store.clear()
    store.close()
    bs = args.batch_sizes[0]
    driver = neo4j.GraphDatabase.driver(
        os.environ["NEO4J_URI"], auth=(os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    )
    db = os.environ.get("NEO4J_DATABASE", "neo4j")

    def write(statements: list[tuple[str, list[dict[str, Any]]]]) -> None:
        def work(tx):
            for stmt, rows in statements:
                for chunk in cs.batches(rows, bs):
                    tx.run(cs.index_hinted(stmt), {"rows": chunk}).consume()

        with driver.session(database=db) as s:
            s.execute_write(work)

    def doc_job(chunk) -> None:
        docs, rows = chunk
        stmts = [(cs.CREATE_DOCUMENTS, docs), (cs.CREATE_MENTIONS, rows.mentions)]
        stmts += [(cs.create_relations_statement(t), rows.relations[t]) for t in sorted(rows.relations)]
        stmts += [(cs.CREATE_ISSUED, rows.issued), (cs.CREATE_ADDRESSED, rows.addressed)]
        write(stmts)

    try:
        load0 = _loadavg()
        cpu_srv0 = _cpu_seconds(pid)
        cpu0 = time.process_time()  # the driver's own share: packing, sending, reading replies
        t0 = time.perf_counter()
        for type_name in sorted(ref.entities):
            for chunk in cs.batches(ref.entities[type_name], 5000):
                write([(cs.create_entities_statement(type_name), chunk)])
        entities_s = time.perf_counter() - t0
        with ThreadPoolExecutor(max_workers=writers) as pool:
            list(pool.map(doc_job, ref.chunks))
        wall = time.perf_counter() - t0
        cpu_srv1 = _cpu_seconds(pid)
        client_cpu = time.process_time() - cpu0
    finally:
        driver.close()
    store = open_store(bs, args)
    try:
        counts = store.counts()
    finally:
        store.close()
    n_rel = sum(len(g.relations) for g in syn.graphs)
    return {
        "mode": "reference",
        "writers": writers,
        "docs_per_transaction": args.docs_per_transaction,
        "batch_size": bs,
        "seconds": wall,
        "entities_s": entities_s,
        "documents_s": wall - entities_s,
        "server_cpu_s": None if cpu_srv0 is None or cpu_srv1 is None else cpu_srv1 - cpu_srv0,
        "client_cpu_s": client_cpu,
        "relations": n_rel,
        "stored_edges": counts["relationships"],
        "nodes": counts["nodes"],
        "relations_per_s": n_rel / wall,
        "edges_per_s": counts["relationships"] / wall,
        "loadavg_before": load0,
        "loadavg_after": _loadavg(),
    }


ROOT = Path(__file__).resolve().parents[1]
BULK_INSTANCE = OUT / "neo4j-bulk-instance"
BULK_PORT = "7695"


def _duration(text: str) -> float:
    """Seconds in the importer's "1m 2s 345ms" notation."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)\b", text))


def _importer_seconds(log: str) -> float | None:
    """The importer's own figure from its "IMPORT DONE in 1m 2s 345ms." line."""
    m = re.search(r"IMPORT DONE in ([^.]+)\.", log)
    return _duration(m.group(1)) if m else None


def _importer_stages(log: str) -> dict[str, float]:
    """The importer's stages ("Node import COMPLETED in 2s 125ms" …) in seconds, in order."""
    return {name: _duration(took) for name, took in re.findall(r"^(\w[\w ]*?) COMPLETED in ([^\n]+)$", log, re.M)}


def _script_seconds(log: str, pattern: str) -> float | None:
    """A figure scripts/neo4j-local logs ("imported in 31.2s", "Bolt answers … after 9.8s")."""
    m = re.search(pattern, log)
    return float(m.group(1)) if m else None


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def bench_bulk(syn: Synthetic, args: argparse.Namespace) -> dict[str, Any]:
    """Files → stop → neo4j-admin import → start → init, each step timed with its CPU; then the same look-ups."""
    from policykg.graph.readwrite.neo4j_import import folder_size, write_import_files
    from policykg.graph.stores.neo4j_store import Neo4jStore

    folder = OUT / f"bulk-import-{args.relations}"
    shutil.rmtree(folder, ignore_errors=True)
    load0 = _loadavg()
    cpu0, kids0 = time.process_time(), _children_cpu()
    t0 = time.perf_counter()
    files = write_import_files(syn.graphs, folder, workers=args.file_workers)
    files_s = time.perf_counter() - t0
    files_cpu = time.process_time() - cpu0 + _children_cpu() - kids0
    env = dict(os.environ)
    env.setdefault("POLICYKG_NEO4J_HOME", str(BULK_INSTANCE))
    if env["POLICYKG_NEO4J_HOME"] == str(BULK_INSTANCE):
        env.update(NEO4J_BOLT_PORT=BULK_PORT, NEO4J_HTTP_PORT="off")
    else:  # the instance of NEO4J_URI: restart it on the same port, not the script's default
        m = re.search(r":(\d+)/?$", env.get("NEO4J_URI", ""))
        if m:
            env.setdefault("NEO4J_BOLT_PORT", m.group(1))
        env.setdefault("NEO4J_HTTP_PORT", "off")
    env.setdefault("NEO4J_LOCAL_PYTHON", sys.executable)
    script = str(ROOT / "scripts" / "neo4j-local")
    t0 = time.perf_counter()
    subprocess.run([script, "stop"], env=env, capture_output=True, text=True)
    stop_s = time.perf_counter() - t0
    kids0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run([script, "import", str(folder)], env=env, capture_output=True, text=True)
    import_s = time.perf_counter() - t0
    import_cpu = _children_cpu() - kids0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit("scripts/neo4j-local import failed")
    exports = dict(re.findall(r"^export (\w+)='?([^'\n]*)'?$", proc.stdout, re.M))
    start_s = _script_seconds(proc.stderr, r"Bolt answers on \S+ after ([\d.]+)s")
    importer_process_s = _script_seconds(proc.stderr, r"imported in ([\d.]+)s")
    pid_path = Path(env["POLICYKG_NEO4J_HOME"]) / "run" / "neo4j.pid"
    server = int(pid_path.read_text().strip()) if pid_path.is_file() else None
    store = Neo4jStore(
        exports["NEO4J_URI"], exports["NEO4J_USERNAME"], exports["NEO4J_PASSWORD"], exports["NEO4J_DATABASE"]
    )
    try:
        srv0 = _cpu_seconds(server)
        t0 = time.perf_counter()
        store.init_schema()
        init_schema_s = time.perf_counter() - t0
        store.fill_empty_lists()
        init_s = time.perf_counter() - t0
        srv1 = _cpu_seconds(server)
        counts = store.counts()
        n_rel = sum(len(g.relations) for g in syn.graphs)
        importer_s = _importer_seconds(proc.stderr)
        res: dict[str, Any] = {
            "mode": "bulk",
            "batch_size": "bulk",
            "relations": n_rel,
            "stored_edges": counts["relationships"],
            "nodes": counts["nodes"],
            "files_s": files_s,
            "files_cpu_s": files_cpu,
            "files_bytes": folder_size(folder),
            "file_workers": args.file_workers,
            "stop_s": stop_s,
            "importer_s": importer_s,
            "import_step_s": import_s,
            "import_step_cpu_s": import_cpu,
            "importer_process_s": importer_process_s,
            "importer_stages": _importer_stages(proc.stderr),
            "start_s": start_s,
            "init_s": init_s,
            "init_schema_s": init_schema_s,
            "init_fill_s": init_s - init_schema_s,
            "init_server_cpu_s": None if srv0 is None or srv1 is None else srv1 - srv0,
            "seconds": files_s + stop_s + import_s + init_s,
            "client_cpu_s": files_cpu,
            "server_cpu_s": None,
            "loadavg_before": load0,
            "loadavg_after": _loadavg(),
            "counts_written": files.counts,
        }
        res["relations_per_s"] = n_rel / res["seconds"]
        res["edges_per_s"] = counts["relationships"] / res["seconds"]
        if importer_s:
            res["importer_relations_per_s"] = n_rel / importer_s
            res["importer_edges_per_s"] = counts["relationships"] / importer_s
        if not args.skip_lookups:
            res["lookup"] = lookups(store, syn, args.lookups, args.seed)
        return res
    finally:
        store.close()
        if env["POLICYKG_NEO4J_HOME"] == str(BULK_INSTANCE) and not args.keep_server:
            subprocess.run([script, "stop"], env=env, capture_output=True)


def print_bulk(r: dict[str, Any]) -> None:
    imp = r.get("importer_s")
    rel = r["relations"]
    print(
        f"bulk path: {rel:,} relations ({r['stored_edges']:,} edges, {r['files_bytes'] / 1e6:.0f} MB of CSV), "
        f"load average {r['loadavg_before']} → {r['loadavg_after']}"
    )
    print(f"  write files      {r['files_s']:7.1f} s   {r['files_cpu_s']:5.0f} CPU-s ({r['file_workers']} processes)")
    print(f"  stop server      {r['stop_s']:7.1f} s")
    print(
        f"  import step      {r['import_step_s']:7.1f} s   {r['import_step_cpu_s']:5.0f} CPU-s (importer + tools; "
        f"start {r['start_s'] if r['start_s'] is not None else '-'} s)"
    )
    proc_s = r.get("importer_process_s")
    if proc_s is not None:
        print(f"    importer JVM   {proc_s:7.1f} s   (start, input estimate, the import, closing the store)")
    print(
        f"    importer alone {imp:7.1f} s   {rel / imp:>10,.0f} relations/s {r['stored_edges'] / imp:>10,.0f} edges/s"
        if imp
        else "    importer alone   -"
    )
    for stage, took in (r.get("importer_stages") or {}).items():
        print(f"      {stage:<26} {took:5.1f} s")
    if r.get("start_s") is not None:
        print(f"    server start   {r['start_s']:7.1f} s   (until Bolt answers)")
    srv = r.get("init_server_cpu_s")
    print(
        f"  init             {r['init_s']:7.1f} s   {srv if srv is None else round(srv):>5} server CPU-s "
        "(constraints, indexes, list fill-in)"
    )
    if r.get("init_schema_s") is not None:
        print(f"    schema         {r['init_schema_s']:7.1f} s   (constraints and indexes built, key check)")
        print(f"    list fill-in   {r['init_fill_s']:7.1f} s   (the [] the importer cannot write)")
    print(
        f"  end to end       {r['seconds']:7.1f} s   {r['relations_per_s']:>10,.0f} relations/s "
        f"{r['edges_per_s']:>10,.0f} edges/s"
    )


def print_summary(results: list[dict[str, Any]], refs: list[dict[str, Any]], bulk: dict[str, Any] | None) -> None:
    """One line per path, with the machine load beside it and the ratio to the 2-writer bare-Cypher reference."""
    best_ref = max((r["relations_per_s"] for r in refs), default=None)
    head = (
        f"{'path':<34} {'seconds':>8} {'rel/s':>8} {'edges/s':>8} {'py cpu':>7} {'srv cpu':>8} "
        f"{'vs ref':>7}  load average before → after"
    )
    print(head)
    print("-" * len(head))
    rows = [(f"project Bolt, batch {r['batch_size']}, {r['writers']} writers", r) for r in results]
    rows += [(f"bare CREATE reference, {r['writers']} writer{'s' if r['writers'] > 1 else ''}", r) for r in refs]
    if bulk:
        rows.append(("bulk: files + import + init", bulk))
    for label, r in rows:
        srv = f"{r['server_cpu_s']:.0f}" if r.get("server_cpu_s") is not None else "-"
        py = f"{r['client_cpu_s']:.0f}" if r.get("client_cpu_s") is not None else "-"
        ratio = f"{r['relations_per_s'] / best_ref:.0%}" if best_ref else "-"
        print(
            f"{label:<34} {r['seconds']:>8.1f} {r['relations_per_s']:>8,.0f} {r['edges_per_s']:>8,.0f} {py:>7} "
            f"{srv:>8} {ratio:>7}  {r['loadavg_before']} → {r['loadavg_after']}"
        )
    if results:
        best = max(r["relations_per_s"] for r in results)
        ok = best >= 11_000 and (best_ref is None or best >= 0.8 * best_ref)
        print(f"target Bolt ≥ 11,000 relations/s and ≥ 80 % of the reference: {'OK' if ok else 'MISS'}")
        if bulk:
            print(
                f"target bulk end to end ≥ 3× the best Bolt load: "
                f"{'OK' if bulk['relations_per_s'] >= 3 * best else 'MISS'} ({bulk['relations_per_s'] / best:.1f}×)"
            )


def print_table(results: list[dict[str, Any]]) -> None:
    head = (
        f"{'batch':>6} {'relations':>10} {'edges':>10} {'load s':>7} {'rel/s':>9} {'edges/s':>9} "
        f"{'py cpu':>7} {'srv cpu':>8} {'report p50/p95 ms':>18} {'org_links p50/p95':>18}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        srv = f"{r['server_cpu_s']:.0f}" if r.get("server_cpu_s") is not None else "-"
        lk = r.get("lookup")
        rep = f"{lk['org_report_ms']['p50']:.1f}/{lk['org_report_ms']['p95']:.1f}" if lk else "-"
        ol = f"{lk['org_links_ms']['p50']:.1f}/{lk['org_links_ms']['p95']:.1f}" if lk else "-"
        print(
            f"{r['batch_size']:>6} {r['relations']:>10,} {r['stored_edges']:>10,} {r['seconds']:>7.1f} "
            f"{r['relations_per_s']:>9,.0f} {r['edges_per_s']:>9,.0f} {r['client_cpu_s']:>7.0f} {srv:>8} "
            f"{rep:>18} {ol:>18}"
        )
    p50s = [r["lookup"]["org_report_ms"]["p50"] for r in results if r.get("lookup")]
    print(f"org look-up p50 < 20 ms: {('OK' if max(p50s) < 20 else 'MISS') if p50s else '-'}")


def main(argv: list[str] | None = None) -> int:
    from policykg.graph.stores.neo4j_store import DOCS_PER_TRANSACTION, WRITERS, Neo4jStore

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--entities-per-doc", type=int, default=30)
    ap.add_argument("--relations-per-doc", type=int, default=50)
    ap.add_argument(
        "--batch-sizes",
        type=int,
        nargs="+",
        default=[1000],
        help="rows per UNWIND statement; one full Bolt load per value (default 1000)",
    )
    ap.add_argument(
        "--docs-per-call",
        type=int,
        default=Neo4jStore.documents_per_call,
        help="documents per replace_documents call (default: what build and push hand Neo4j, "
        f"{Neo4jStore.documents_per_call})",
    )
    ap.add_argument(
        "--docs-per-transaction",
        type=int,
        default=DOCS_PER_TRANSACTION,
        help=f"documents per transaction, project and reference (default {DOCS_PER_TRANSACTION})",
    )
    ap.add_argument(
        "--writers", type=int, default=WRITERS, help=f"concurrent writers of the project's path (default {WRITERS})"
    )
    ap.add_argument(
        "--reference-writers",
        type=int,
        nargs="*",
        default=[1, 2],
        help="bare-Cypher reference loads, one per writer count (default 1 2; none: skip)",
    )
    ap.add_argument(
        "--file-workers",
        type=int,
        default=None,
        help="processes writing the bulk import files (default: the core count)",
    )
    ap.add_argument(
        "--profile-statements",
        action="store_true",
        help="time every statement of the project's path (use with --writers 1)",
    )
    ap.add_argument(
        "--warmup-docs",
        type=int,
        default=1000,
        help="documents loaded (and cleared) before the measured Bolt loads, to warm the server (default 1000)",
    )
    ap.add_argument("--lookups", type=int, default=300)
    ap.add_argument("--skip-lookups", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--label", default="")
    ap.add_argument(
        "--mode",
        choices=("bolt", "bulk", "both"),
        default="both",
        help="bolt: the project's Bolt path and the reference; bulk: offline import files (default both)",
    )
    ap.add_argument("--keep-server", action="store_true", help="leave the bulk instance running afterwards")
    args = ap.parse_args(argv)
    args.file_workers = args.file_workers or os.cpu_count() or 1

    t0 = time.perf_counter()
    syn = synthetic(
        args.relations,
        entities=args.entities,
        entities_per_doc=args.entities_per_doc,
        relations_per_doc=args.relations_per_doc,
        seed=args.seed,
    )
    gen_s = time.perf_counter() - t0
    print(
        f"generated {len(syn.graphs):,} documents, {sum(len(g.relations) for g in syn.graphs):,} relations, "
        f"{len(syn.used):,} distinct entities in {gen_s:.1f} s; load average {_loadavg()}",
        flush=True,
    )
    results: list[dict[str, Any]] = []
    refs: list[dict[str, Any]] = []
    bulk = None
    # The Bolt paths first, on the running server: the bulk path restarts it, and a fresh JVM
    # compiles its hot paths during the next load (a 1,000-document warm-up is not enough:
    # after a restart the project's path, measured first, used 190-196 server CPU-s against
    # the references' 134-152; without one, 151 against 143).
    pid = _server_pid()
    if args.mode != "bulk" and args.warmup_docs:
        # A freshly started server compiles its hot paths during the first load (C2 threads count
        # as server CPU): warm it on a slice of the graph so the first measured path is not penalised.
        t0 = time.perf_counter()
        store = open_store(args.batch_sizes[0], args)
        try:
            store.clear()
            load(store, syn.graphs[: args.warmup_docs], args.docs_per_call, pid)
        finally:
            store.close()
        print(
            f"  warm-up: {min(args.warmup_docs, len(syn.graphs)):,} documents in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
    if args.mode != "bulk":
        for bs in args.batch_sizes:
            r = bench_one(syn, bs, args, pid)
            results.append(r)
            print(
                f"  project, batch_size={bs}: {r['seconds']:.1f} s, {r['relations_per_s']:,.0f} relations/s, "
                f"{r['edges_per_s']:,.0f} edges/s; load {r['loadavg_before']} → {r['loadavg_after']}",
                flush=True,
            )
        ref_rows = reference_rows(syn, args.docs_per_transaction) if args.reference_writers else None
        for w in args.reference_writers:
            r = bench_reference(syn, ref_rows, w, args, pid)
            refs.append(r)
            print(
                f"  bare CREATE reference, {w} writer(s): {r['seconds']:.1f} s, {r['relations_per_s']:,.0f} "
                f"relations/s; load {r['loadavg_before']} → {r['loadavg_after']}",
                flush=True,
            )
    if args.mode in ("bulk", "both"):
        bulk = bench_bulk(syn, args)
        print(f"  bulk: {bulk['seconds']:.1f} s end to end, {bulk['relations_per_s']:,.0f} relations/s", flush=True)
    print()
    if results:
        print_table(results)
        for r in results:
            if r.get("statements"):
                print_profile(r["statements"])
        print()
    if bulk is not None:
        print_bulk(bulk)
        lk = bulk.get("lookup")
        if lk:
            print(f"  org look-up p50/p95 {lk['org_report_ms']['p50']:.1f}/{lk['org_report_ms']['p95']:.1f} ms")
        print()
    print_summary(results, refs, bulk)
    try:
        import neo4j

        driver = neo4j.__version__
    except Exception:  # pragma: no cover - neo4j is a dependency
        driver = "?"
    try:
        import neo4j._rust  # type: ignore[import-not-found]  # noqa: F401

        rust = True
    except ImportError:
        rust = False
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"bench_neo4j-{args.relations}{'-' + args.label if args.label else ''}.json"
    out.write_text(
        json.dumps(
            {
                "args": vars(args),
                "generate_s": gen_s,
                "documents": len(syn.graphs),
                "distinct_entities": len(syn.used),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "driver": driver,
                    "neo4j_rust_ext": rust,
                    "loadavg_end": _loadavg(),
                },
                "results": results,
                "reference": refs,
                "bulk": bulk,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
