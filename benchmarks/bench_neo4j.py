"""Write throughput and lookup latency of a store on a synthetic graph.

    .venv/bin/python benchmarks/bench_neo4j.py                  # embedded (grafeo) in a temp folder
    .venv/bin/python benchmarks/bench_neo4j.py --neo4j          # Neo4j from NEO4J_URI etc. (database is wiped!)
    .venv/bin/python benchmarks/bench_neo4j.py --docs 1000 --entities 20000 --relations 100000

Documents draw entities from a shared pool (so entities merge across documents) and
relate them; the graph shape, not the text, is what the store's cost depends on.
Reports: build time and relationships/s, replace-one-document time, snapshot time,
and median/p95 `org_links` latency. It hands all documents to one replace_documents
call (one transaction); for corpus-shaped figures (Zipf-shared entities, batches as a
build writes them, incremental replace, org look-up, reopen) use bench_store.py.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from policykg import ontology
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation
from policykg.queries import get_query


def synthetic(docs: int, entities: int, relations: int, seed: int = 7) -> list[DocumentGraph]:
    rng = random.Random(seed)
    types = list(ontology.ENTITY_TYPES)
    rel_types = list(ontology.RELATION_TYPES)
    pool = [Entity(f"机构{i:05d}号", types[i % len(types)], [f"简称{i:05d}"], "上海" if i % 3 else "香港")
            for i in range(entities)]
    per_doc = max(2, (entities * 2) // docs)
    rels_per_doc = relations // docs
    out = []
    for d in range(docs):
        file = f"synthetic/doc{d:05d}.txt"
        # every entity appears in at least one document; the rest are random repeats
        ents = {e.id: e for e in pool[d::docs][:per_doc // 2]}
        while len(ents) < per_doc:
            e = rng.choice(pool)
            ents[e.id] = e
        chosen = list(ents.values())
        rels = []
        for k in range(rels_per_doc):
            h, t = rng.sample(chosen, 2)
            rels.append(Relation(h.id, rng.choice(rel_types), t.id,
                                 Evidence(file, f"{h.name}与{t.name}开展合作", k * 50, k * 50 + 20, "synthetic")))
        out.append(DocumentGraph(Document(file=file, sha256=f"s{d}", text="", title=f"文件{d}"), chosen, rels))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--neo4j", action="store_true", help="benchmark Neo4j from NEO4J_URI (wipes the database)")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--entities", type=int, default=20000)
    ap.add_argument("--relations", type=int, default=100000)
    ap.add_argument("--lookups", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=1000)
    args = ap.parse_args(argv)

    graphs = synthetic(args.docs, args.entities, args.relations)
    tmp = tempfile.TemporaryDirectory()
    if args.neo4j:
        from policykg.graph.neo4j_store import Neo4jStore

        store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                           os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE", "neo4j"),
                           batch_size=args.batch_size)
        store.init_schema()
        store.clear()
    else:
        from policykg.graph.embedded import EmbeddedStore

        store = EmbeddedStore(Path(tmp.name) / "store", batch_size=args.batch_size)

    t0 = time.perf_counter()
    store.replace_documents(graphs)
    build = time.perf_counter() - t0
    counts = store.counts()
    n_rel = sum(len(g.relations) for g in graphs)
    print(f"store={store.name} docs={len(graphs)} nodes={counts['nodes']} relationships={counts['relationships']}")
    print(f"build: {build:.1f} s, {n_rel / build:,.0f} extracted relations/s, "
          f"{counts['relationships'] / build:,.0f} stored relationships/s, {len(graphs) / build:.0f} docs/s")

    t0 = time.perf_counter()
    store.replace_documents([graphs[len(graphs) // 2]])
    print(f"replace one document (again): {(time.perf_counter() - t0) * 1000:.1f} ms")

    t0 = time.perf_counter()
    snap = store.snapshot()
    print(f"snapshot: {time.perf_counter() - t0:.1f} s ({len(snap.entities)} entities, {len(snap.relations)} relations)")

    q = get_query("org_links")
    rng = random.Random(1)
    names = [e.name for e in rng.sample(snap.entities, min(args.lookups, len(snap.entities)))]
    lat = []
    for name in names:
        t0 = time.perf_counter()
        store.run(q.text, q.bind({"name": name}))
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    print(f"org_links lookup: median {statistics.median(lat):.1f} ms, p95 {lat[int(len(lat) * 0.95) - 1]:.1f} ms "
          f"over {len(lat)} names")

    t0 = time.perf_counter()
    store.close()
    print(f"close: {time.perf_counter() - t0:.1f} s")
    if not args.neo4j:
        from policykg.graph.embedded import EmbeddedStore

        t0 = time.perf_counter()
        EmbeddedStore(Path(tmp.name) / "store", create=False).close()
        print(f"reopen: {time.perf_counter() - t0:.1f} s")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
