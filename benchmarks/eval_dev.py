"""Score extraction on the development seeds: build, merge, export JSONL, run the official scorer.

Usage: python benchmarks/eval_dev.py [--out /tmp/policykg-dev.jsonl] [-v] [--speed N]
Reads ../shared/seeds and ../shared/eval/gold-dev relative to the repository root.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from policykg.evaluate import score  # noqa: E402
from policykg.graph.merge import merge_graphs  # noqa: E402
from policykg.loaders.pipeline import build_document  # noqa: E402


@dataclass
class _Source:
    path: Path
    text: str
    encoding: str = "utf-8"
    source_format: str = "txt"
    sha256: str = ""


def _sources() -> list[_Source]:
    out = []
    for p in sorted((SHARED / "seeds").glob("*.txt")):
        out.append(_Source(p, p.read_text(encoding="utf-8")))
    return out


def _jsonl(snapshot) -> str:
    try:
        from policykg.graph.export import to_jsonl
        return to_jsonl(snapshot)
    except ImportError:  # the exporter is written elsewhere; fall back to the contract
        lines = []
        for e in snapshot.entities:
            lines.append(json.dumps({"kind": "entity", "id": e.id, "name": e.name, "type": e.type,
                                     "aliases": e.aliases, "docs": e.docs}, ensure_ascii=False))
        for r in snapshot.relations:
            lines.append(json.dumps({"kind": "relation", "head": r.head, "type": r.type, "tail": r.tail,
                                     "doc": r.doc, "evidence": r.evidence, "start": r.start, "end": r.end},
                                    ensure_ascii=False))
        return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/policykg-dev.jsonl")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--speed", type=int, default=0, help="also time extraction over the seeds N times")
    args = ap.parse_args()
    sources = _sources()
    graphs = [build_document(s, s.path.name) for s in sources]
    snap = merge_graphs(graphs)
    Path(args.out).write_text(_jsonl(snap), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--pred", args.out, "--gold-dir",
           str(SHARED / "eval" / "gold-dev")] + (["-v"] if args.v else [])
    subprocess.run(cmd, check=False)
    rep = score(snap, SHARED / "eval" / "gold-dev")
    print("policykg.evaluate:", rep.summary_line())
    if args.speed:
        total = sum(len(s.text.encode("utf-8")) for s in sources) * args.speed
        t0 = time.perf_counter()
        for _ in range(args.speed):
            for s in sources:
                build_document(s, s.path.name)
        dt = time.perf_counter() - t0
        print(f"speed: {total / dt / 1e6:.2f} MB/s ({total / 1e6:.2f} MB in {dt:.2f}s, 1 core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
