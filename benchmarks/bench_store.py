"""Store speed at corpus scale: build, incremental replace, org look-up, close/reopen.

    .venv/bin/python benchmarks/bench_store.py --docs 1000 10000          # embedded (grafeo)
    .venv/bin/python benchmarks/bench_store.py --neo4j --docs 1000        # Neo4j from NEO4J_URI (wiped!)
    .venv/bin/python benchmarks/bench_store.py --docs 1000 --label before # tag the JSON

Why synthetic: what a store costs depends on the graph's shape (documents per batch,
entities per document, how often entities recur), not on the text, and a shape
generator runs in a second where extracting 10,000 real documents takes minutes.
The shape follows the issue "Fast at corpus scale": ~30 entities and ~15 relations
per document, entities shared across documents with a Zipf-like popularity (a few
agencies appear in most documents, most names in one or two), some aliases per
document, header issuers that are entities. Documents are written in batches of
``policykg.build.WRITE_BATCH`` exactly as a build hands them over.

Prints a table and writes ``benchmarks/out/bench_store-<store>-<docs>[-label].json``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg import ontology
from policykg.graph.stores.base import GraphStore
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation
from policykg.queries import get_query, list_queries

OUT = Path(__file__).resolve().parent / "out"
WRITE_BATCH = 64
"""Same as policykg.build.WRITE_BATCH (not imported: build pulls in the extractor)."""

_SUFFIX = {
    "Agency": "委员会",
    "Hospital": "医院",
    "University": "大学",
    "ResearchInstitute": "研究院",
    "Lab": "实验室",
    "Company": "有限公司",
    "Platform": "服务平台",
    "Park": "产业园",
    "Association": "协会",
    "Policy": "若干措施",
    "Program": "专项计划",
    "Event": "论坛",
    "Person": "",
    "Region": "区",
    "Product": "注射液",
}
_REGIONS = ("上海", "深圳", "香港")
_SYLLABLES = "华康生医药科创新联合源泰和瑞明达信安博智远恒通天海东西南北中金银星光"


# ---------------------------------------------------------------- synthetic corpus


@dataclass
class Corpus:
    graphs: list[DocumentGraph]
    pool: list[Entity]


def entity_pool(
    size: int,
    rng: random.Random,
    *,
    types: list[str] | None = None,
    top_agencies: int = 50,
    agency_share: float = 0.15,
    city_word: str = "",
    odd_width_share: float | None = 0.05,
) -> list[Entity]:
    """Entity ``i`` is the i-th most popular; agencies fill the top ranks and are over-represented.

    ``odd_width_share``: part of the names written with full-width letters and a space, to
    exercise normalised look-up keys (None: none, and no random draw for it, so a pool
    without them keeps its own sequence). Shared by the store and the Neo4j benchmarks.
    """
    types = list(ontology.ENTITY_TYPES) if types is None else types
    out = []
    for i in range(size):
        t = "Agency" if i < top_agencies or rng.random() < agency_share else rng.choice(types)
        region = _REGIONS[i % 3]
        core = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if t == "Person":
            name = rng.choice("王李张刘陈杨黄赵") + core[:2] + f"{i}"
        elif odd_width_share is not None and rng.random() < odd_width_share:
            name = f"{region}{city_word}{core}ＢＩＯ {i}{_SUFFIX[t]}"
        else:
            name = f"{region}{city_word}{core}{i}{_SUFFIX[t]}"
        aliases = [f"{core}{i}"] if rng.random() < 0.5 else []
        if rng.random() < 0.1:
            aliases.append(f"{region[0]}{core}{i}")
        out.append(Entity(name, t, aliases, region if t not in ("Region", "Person") else None))
    return out


def synthetic_corpus(
    docs: int,
    *,
    entities_per_doc: int = 30,
    relations_per_doc: int = 15,
    zipf: float = 0.9,
    pool_factor: int = 4,
    seed: int = 7,
) -> Corpus:
    rng = random.Random(seed)
    pool = entity_pool(max(entities_per_doc * 2, docs * pool_factor), rng)
    cum = list(itertools.accumulate(1.0 / (i + 1) ** zipf for i in range(len(pool))))
    total = cum[-1]
    rel_types = list(ontology.RELATION_TYPES)
    graphs = []
    for d in range(docs):
        file = f"synthetic/{d // 1000:02d}/doc{d:05d}.txt"
        chosen: dict[str, Entity] = {}
        while len(chosen) < entities_per_doc:
            base = pool[bisect.bisect_left(cum, rng.random() * total)]
            if base.id in chosen:
                continue
            # each document uses some of the entity's aliases (per-document provenance)
            used = [a for a in base.aliases if rng.random() < 0.6]
            chosen[base.id] = Entity(base.name, base.type, used, base.jurisdiction, round(rng.uniform(0.6, 1.0), 2))
        ents = list(chosen.values())
        rels = []
        for k in range(relations_per_doc):
            h, t = rng.sample(ents, 2)
            start = 120 + k * 90
            text = f"{h.name}与{t.name}签署战略合作协议，共同推进生物医药创新平台建设和成果转化。"
            rels.append(
                Relation(
                    h.id, rng.choice(rel_types), t.id, Evidence(file, text, start, start + len(text), "synthetic", 0.8)
                )
            )
        agencies = [e for e in ents if e.type == "Agency"]
        persons = [e.name for e in ents if e.type == "Person"][:1]
        doc = Document(
            file=file,
            sha256=f"sha-{d}",
            text="",
            title=f"关于推进生物医药产业发展的若干措施（第{d}号）",
            doc_number=f"沪科〔2024〕{d}号",
            issuer=agencies[0].name if agencies else None,
            addressees=persons,
            doc_type="reply" if persons else "policy",
            region=_REGIONS[d % 3],
            date=f"2024-{d % 12 + 1:02d}-{d % 28 + 1:02d}",
        )
        graphs.append(DocumentGraph(doc, ents, rels))
    return Corpus(graphs, pool)


def changed_version(g: DocumentGraph, pool: list[Entity], rng: random.Random) -> DocumentGraph:
    """An edited document: new hash, one entity swapped for another, one relation dropped, an alias added."""
    ents = [Entity(e.name, e.type, list(e.aliases), e.jurisdiction, e.confidence) for e in g.entities]
    keep_ids = {r.head for r in g.relations[:-1]} | {r.tail for r in g.relations[:-1]}
    drop = next((i for i, e in enumerate(ents) if e.id not in keep_ids), None)
    if drop is not None:
        new = rng.choice(pool)
        if new.id not in {e.id for e in ents}:
            ents[drop] = Entity(new.name, new.type, list(new.aliases), new.jurisdiction, 0.9)
    ents[0].aliases.append(ents[0].name[-4:] + "（修订）")
    doc = Document(**{**g.document.__dict__, "sha256": g.document.sha256 + "-v2"})
    return DocumentGraph(doc, ents, list(g.relations[:-1]))


# ---------------------------------------------------------------- measuring


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p * len(values)) - 1))]


def _time_each(fn: Callable[[str], Any], names: list[str]) -> dict[str, float]:
    lat = []
    for name in names:
        t0 = time.perf_counter()
        fn(name)
        lat.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": statistics.median(lat), "p95_ms": _pct(lat, 0.95), "max_ms": max(lat), "n": len(lat)}


def write_all(store: GraphStore, graphs: list[DocumentGraph], batch: int) -> tuple[float, float]:
    """Wall and CPU seconds of this process (CPU shows the cost when other work shares the cores;
    for Neo4j it leaves out the server's share)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(graphs), batch):
        store.replace_documents(graphs[i : i + batch])
    return time.perf_counter() - t0, time.process_time() - c0


def lookups(store: GraphStore, corpus: Corpus, n: int) -> dict[str, Any]:
    from policykg.lookup import find_entities, org_report

    rng = random.Random(1)
    seen = {e.id for g in corpus.graphs for e in g.entities}
    stored = [e for e in corpus.pool if e.id in seen]
    names = [e.name for e in rng.sample(stored, min(n, len(stored)))]
    used = sorted({a for g in corpus.graphs for e in g.entities for a in e.aliases})
    aliases = rng.sample(used, min(max(1, n // 4), len(used)))
    hubs = [e.name for e in stored[:10]]
    org_report(store, names[0])  # warm caches (query parsing, opencc tables)
    q_links = get_query("org_links")
    return {
        "org_report": _time_each(lambda s: org_report(store, s), names),
        "org_report_alias": _time_each(lambda s: org_report(store, s), aliases),
        "org_report_hubs": _time_each(lambda s: org_report(store, s), hubs),
        "entity_lookup": _time_each(lambda s: find_entities(store, s), names),
        "org_links": _time_each(lambda s: store.run(q_links.text, q_links.bind({"name": s})), names),
        "org_links_depth2": _time_each(
            lambda s: store.run(get_query("org_links_depth2").text, get_query("org_links_depth2").bind({"name": s})),
            names[:50],
        ),
        "path_between": _time_each(
            lambda s: store.run(get_query("path_between").text, get_query("path_between").bind({"a": s, "b": hubs[0]})),
            names[:30],
        ),
    }


def open_embedded(folder: Path, create: bool = True) -> GraphStore:
    from policykg.graph.stores.embedded import EmbeddedStore

    return EmbeddedStore(folder, create=create)


def open_neo4j() -> GraphStore:
    from policykg.graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore(
        os.environ["NEO4J_URI"],
        os.environ.get("NEO4J_USERNAME", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE", "neo4j"),
    )
    store.init_schema()
    store.clear()  # type: ignore[attr-defined]
    return store


def bench(docs: int, *, neo4j: bool, batch: int, n_lookups: int, snapshot: bool) -> dict[str, Any]:
    corpus = synthetic_corpus(docs)
    graphs = corpus.graphs
    n_rel = sum(len(g.relations) for g in graphs)
    tmp = tempfile.TemporaryDirectory(prefix="bench_store-")
    folder = Path(tmp.name) / "store"
    store = open_neo4j() if neo4j else open_embedded(folder)
    res: dict[str, Any] = {"store": store.name, "docs": docs, "batch": batch}
    try:
        build, build_cpu = write_all(store, graphs, batch)
        counts = store.counts()  # type: ignore[attr-defined]
        n_ent = len({e.id for g in graphs for e in g.entities})
        res.update(
            build_s=build,
            build_cpu_s=build_cpu,
            docs_per_s=docs / build,
            relations_per_s=n_rel / build,
            stored_edges_per_s=counts["relationships"] / build,
            entities=n_ent,
            relations=n_rel,
            nodes=counts["nodes"],
            relationships=counts["relationships"],
        )

        rng = random.Random(3)
        picked = rng.sample(range(docs), max(1, docs // 100))
        changed = [changed_version(graphs[i], corpus.pool, rng) for i in picked]
        res["replace_1pct_s"], res["replace_1pct_cpu_s"] = write_all(store, changed, batch)
        res["replace_1pct_docs"] = len(changed)
        t0 = time.perf_counter()
        store.replace_documents([changed[0]])
        res["replace_1_doc_ms"] = (time.perf_counter() - t0) * 1000

        if snapshot:
            t0 = time.perf_counter()
            store.snapshot()
            res["snapshot_s"] = time.perf_counter() - t0
        res["lookup"] = lookups(store, corpus, n_lookups)
    finally:
        t0 = time.perf_counter()
        store.close()
        res["close_s"] = time.perf_counter() - t0
    if not neo4j:
        t0 = time.perf_counter()
        again = open_embedded(folder, create=False)
        res["reopen_s"] = time.perf_counter() - t0
        try:
            q = get_query("org_links")
            t0 = time.perf_counter()
            again.run(q.text, q.bind({"name": graphs[0].entities[0].name}))
            res["first_query_after_reopen_ms"] = (time.perf_counter() - t0) * 1000
        finally:
            again.close()
        res["disk_mb"] = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
    tmp.cleanup()
    return res


def print_table(results: list[dict[str, Any]]) -> None:
    rows = [
        ("entities / relations", lambda r: f"{r['entities']:,} / {r['relations']:,}"),
        ("nodes / relationships stored", lambda r: f"{r['nodes']:,} / {r['relationships']:,}"),
        ("build wall / cpu (s)", lambda r: f"{r['build_s']:.1f} / {r['build_cpu_s']:.1f}"),
        ("docs/s", lambda r: f"{r['docs_per_s']:.0f}"),
        ("extracted relations/s", lambda r: f"{r['relations_per_s']:,.0f}"),
        ("stored edges/s", lambda r: f"{r['stored_edges_per_s']:,.0f}"),
        (
            "replace 1% docs wall/cpu (s)",
            lambda r: f"{r['replace_1pct_s']:.2f} / {r['replace_1pct_cpu_s']:.2f} ({r['replace_1pct_docs']})",
        ),
        ("replace 1 doc (ms)", lambda r: f"{r['replace_1_doc_ms']:.0f}"),
        ("snapshot (s)", lambda r: f"{r['snapshot_s']:.1f}" if "snapshot_s" in r else "-"),
        ("org report p50/p95 (ms)", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["org_report"])),
        ("  by alias p50/p95", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["org_report_alias"])),
        ("  top-10 hubs p50/max", lambda r: "{p50_ms:.1f} / {max_ms:.1f}".format(**r["lookup"]["org_report_hubs"])),
        ("entity_lookup p50/p95", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["entity_lookup"])),
        ("org_links p50/p95", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["org_links"])),
        ("org_links_depth2 p50/p95", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["org_links_depth2"])),
        ("path_between p50/p95", lambda r: "{p50_ms:.1f} / {p95_ms:.1f}".format(**r["lookup"]["path_between"])),
        ("close (s)", lambda r: f"{r['close_s']:.2f}"),
        ("reopen (s)", lambda r: f"{r['reopen_s']:.2f}" if "reopen_s" in r else "-"),
        (
            "first query after reopen (ms)",
            lambda r: f"{r['first_query_after_reopen_ms']:.0f}" if "first_query_after_reopen_ms" in r else "-",
        ),
        ("disk (MB)", lambda r: f"{r['disk_mb']:.0f}" if "disk_mb" in r else "-"),
    ]
    from policykg.cli.common import render_table

    heads = [f"{r['store']} {r['docs']:,} docs" for r in results]
    print(
        render_table(
            [{"figure": name, **{h: fmt(r) for h, r in zip(heads, results)}} for name, fmt in rows],
            ["figure", *heads],
            limit=60,
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000])
    ap.add_argument("--neo4j", action="store_true", help="benchmark Neo4j from NEO4J_URI (wipes the database)")
    ap.add_argument("--batch", type=int, default=WRITE_BATCH, help="documents per replace_documents call")
    ap.add_argument("--lookups", type=int, default=200)
    ap.add_argument("--no-snapshot", action="store_true", help="skip timing snapshot()")
    ap.add_argument("--label", default="", help="suffix for the JSON file, e.g. before/after")
    args = ap.parse_args(argv)
    list_queries()  # load the .cypher files now, so edits during a long run don't leak in
    results = []
    for docs in args.docs:
        res = bench(docs, neo4j=args.neo4j, batch=args.batch, n_lookups=args.lookups, snapshot=not args.no_snapshot)
        res["label"] = args.label
        results.append(res)
        OUT.mkdir(parents=True, exist_ok=True)
        suffix = f"-{args.label}" if args.label else ""
        path = OUT / f"bench_store-{res['store']}-{docs}{suffix}.json"
        path.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
