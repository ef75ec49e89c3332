"""Score extraction on the development seeds: build, merge, export JSONL, run the official scorer.

Usage: python benchmarks/eval_dev.py [--out PATH] [-v] [--speed N] [--ablate-gold-lexicon]
Reads ../shared/seeds and ../shared/eval/gold-dev relative to the repository root.

--ablate-gold-lexicon scores a second time with every lexicon entry left out whose
name or alias equals a gold entity name or alias (read from the gold files at run
time; nothing is stored): an estimate of how the rules do on names they do not know,
as on the held-out documents.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
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


def _gold_surfaces(gold_dir: Path) -> set[str]:
    names: set[str] = set()
    for p in sorted(gold_dir.glob("*.json")):
        for e in json.loads(p.read_text(encoding="utf-8")).get("entities", []):
            names.add(e["name"])
            names.update(e.get("aliases") or [])
    return names


def _score(sources, out: str, verbose: bool, label: str) -> None:
    graphs = [build_document(s, s.path.name) for s in sources]
    snap = merge_graphs(graphs)
    Path(out).write_text(_jsonl(snap), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--pred", out, "--gold-dir",
           str(SHARED / "eval" / "gold-dev")] + (["-v"] if verbose else [])
    print(f"== {label} ({out})", flush=True)
    subprocess.run(cmd, check=False)
    rep = score(snap, SHARED / "eval" / "gold-dev")
    print("policykg.evaluate:", rep.summary_line(), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "policykg-dev.jsonl"))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--speed", type=int, default=0, help="also time extraction over the seeds N times")
    ap.add_argument("--ablate-gold-lexicon", action="store_true",
                    help="also score with lexicon entries named in the gold files left out")
    args = ap.parse_args()
    sources = _sources()
    _score(sources, args.out, args.v, "full lexicon")
    if args.speed:
        total = sum(len(s.text.encode("utf-8")) for s in sources) * args.speed
        t0 = time.perf_counter()
        for _ in range(args.speed):
            for s in sources:
                build_document(s, s.path.name)
        dt = time.perf_counter() - t0
        print(f"speed: {total / dt / 1e6:.2f} MB/s ({total / 1e6:.2f} MB in {dt:.2f}s, 1 core)")
    if args.ablate_gold_lexicon:
        from policykg.extract import lexicon, resolve

        dropped = lexicon.exclude_entries(_gold_surfaces(SHARED / "eval" / "gold-dev"))
        resolve._city_lexicon.cache_clear()
        resolve._city_core.cache_clear()
        out = str(Path(args.out).with_suffix("")) + "-ablated.jsonl"
        _score(sources, out, args.v, f"gold names left out of the lexicon ({dropped} entries dropped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
