"""How long does a whole-graph map take, from Python to a map someone can use?

Builds a deterministic synthetic snapshot (5,000 entities, ~10,000 relations by
default: a few hubs, many small organisations, some isolated nodes, as real
policy graphs look), renders it, and opens it in headless Chromium several times,
reading the page's own ready stamp (``policykgMap.readyAt``: ms since navigation
start when the first frame after layout has been drawn). Also times a click
(neighbourhood highlight) and a search, which touch every node.

    .venv/bin/python benchmarks/bench_map.py [--nodes 5000] [--edges 10000] [--runs 3]

Prints a table and writes benchmarks/out/bench_map.json. Target: ready < 3 s.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from policykg.model import DocumentRecord, EntityRecord, GraphSnapshot, RelationRecord, entity_id, relation_id
from policykg.ontology import ENTITY_TYPES, RELATION_TYPES
from policykg.visual.pyvis_map import MapOptions, layout_positions, render_map

OUT = Path(__file__).resolve().parent / "out"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def synthetic_snapshot(n_nodes: int, n_edges: int, seed: int = 42) -> GraphSnapshot:
    """Preferential attachment with a spread of types; same arguments → same snapshot."""
    rng = random.Random(seed)
    types = list(ENTITY_TYPES)
    rels = list(RELATION_TYPES)
    docs = [f"synthetic/doc{i:03d}.txt" for i in range(60)]
    entities = []
    for i in range(n_nodes):
        t = types[min(len(types) - 1, int(rng.expovariate(0.35)))]
        name = f"合成{ENTITY_TYPES[t].label_zh}{i:05d}号"
        entities.append(
            EntityRecord(
                id=entity_id(t, name),
                name=name,
                type=t,
                aliases=[f"合成{i:05d}"],
                docs=rng.sample(docs, 1 + int(rng.random() < 0.2)),
            )
        )
    ids = [e.id for e in entities]
    connected = [i for i in range(n_nodes) if rng.random() > 0.03]  # ~3% isolated
    targets: list[int] = connected[:5]
    relations = []
    for k in range(n_edges):
        head = connected[rng.randrange(len(connected))] if k >= len(connected) else connected[k]
        tail = rng.choice(targets) if rng.random() < 0.7 else connected[rng.randrange(len(connected))]
        if head == tail:
            continue
        targets.append(head)
        targets.append(tail)
        doc = rng.choice(docs)
        rtype = rng.choice(rels)
        relations.append(
            RelationRecord(
                id=relation_id(ids[head], rtype, ids[tail], doc, k),
                head=ids[head],
                type=rtype,
                tail=ids[tail],
                doc=doc,
                evidence=f"第{k}句：{entities[head].name}与{entities[tail].name}的关系。",
                start=k * 20,
                end=k * 20 + 18,
                rule="synthetic",
            )
        )
    documents = [
        DocumentRecord(
            id=f"d_{i:03d}",
            file=d,
            sha256="0" * 64,
            title=None,
            doc_number=None,
            issuer=None,
            date=None,
            addressees=[],
            doc_type="other",
        )
        for i, d in enumerate(docs)
    ]
    return GraphSnapshot(documents=documents, entities=entities, relations=relations).sort()


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1400,900",
    ):
        opts.add_argument(arg)
    profile = tempfile.mkdtemp(prefix="pk-bench-chrome-")
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts), profile


def wait_ready(driver, timeout: float = 60.0) -> float:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        stamp = driver.execute_script("return window.policykgMap && window.policykgMap.readyAt")
        if stamp is not None:
            return float(stamp)
        time.sleep(0.02)
    raise TimeoutError("map never became ready")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    snap = synthetic_snapshot(args.nodes, args.edges)
    t_gen = time.perf_counter() - t0

    t0 = time.perf_counter()
    layout_positions([e.id for e in snap.entities], [(r.head, r.tail) for r in snap.relations])
    t_layout = time.perf_counter() - t0

    options = MapOptions(max_nodes=args.nodes, title="synthetic benchmark")
    t0 = time.perf_counter()
    page = render_map(snap, options)
    t_render = time.perf_counter() - t0
    deterministic = render_map(snap, options) == page

    OUT.mkdir(parents=True, exist_ok=True)
    html_path = OUT / "bench_map.html"
    html_path.write_text(page, encoding="utf-8")

    results: dict[str, object] = {
        "nodes": len(snap.entities),
        "relations": len(snap.relations),
        "html_bytes": len(page.encode("utf-8")),
        "generate_s": round(t_gen, 3),
        "layout_s": round(t_layout, 3),
        "render_s": round(t_render, 3),
        "deterministic": deterministic,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        print("chromium/chromedriver missing: browser timings skipped", file=sys.stderr)
    else:
        ready, click, search, drawn, started, built = [], [], [], None, [], []
        for _ in range(args.runs):
            driver, profile = browser()
            try:
                driver.get(html_path.as_uri())
                ready.append(wait_ready(driver))
                timings = driver.execute_script("return policykgMap.timings")
                started.append(timings["start"])
                built.append(timings["network"])
                drawn = driver.execute_script("return [policykgMap.nodes.length, policykgMap.edges.length]")
                hub = snap.entities[0].id
                click.append(
                    driver.execute_script(
                        "var t = performance.now(); policykgMap.focusNode(arguments[0]); return performance.now() - t;",
                        hub,
                    )
                )
                search.append(
                    driver.execute_script(
                        "var t = performance.now(); policykgMap.search('合成00042'); return performance.now() - t;"
                    )
                )
                severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
                if severe:
                    print("console errors:", severe, file=sys.stderr)
            finally:
                driver.quit()
                shutil.rmtree(profile, ignore_errors=True)
        results.update(
            {
                "drawn_nodes": drawn[0],
                "drawn_edges": drawn[1],
                "script_start_ms_median": round(statistics.median(started)),
                "network_built_ms_median": round(statistics.median(built)),
                "ready_ms_runs": [round(x) for x in ready],
                "ready_ms_median": round(statistics.median(ready)),
                "focus_highlight_ms_median": round(statistics.median(click)),
                "search_ms_median": round(statistics.median(search)),
            }
        )
    (OUT / "bench_map.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    print(f"\nwritten {OUT / 'bench_map.json'} (target: ready_ms_median < 3000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
