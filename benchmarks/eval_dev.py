"""Extraction quality where it was and was not tuned: seeds, dev2-tune and dev2-check side by side.

Usage: python benchmarks/eval_dev.py [--rules] [--json PATH] [--ablate-gold-lexicon] [--official]

Reads ../shared/seeds + ../shared/eval/gold-dev and ../shared/eval/dev2 (docs, gold and SPLIT.md)
relative to the repository root. For each set it prints entity and relation figures from
``policykg.evaluate`` (the same matching as ``../shared/eval/score.py``; ``--official`` also runs that
script on the JSON Lines export), per relation type, and the whole-pipeline speed in MB of input
per CPU-second (reading, normalising and extracting, in one process). ``--rules`` adds the per-rule
report on every set. Read errors on tune only; on check, look at the figures.

--ablate-gold-lexicon scores the seeds a second time with every lexicon entry whose name or alias is
a gold entity of the seeds left out (read from the gold files at run time; nothing is stored).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from policykg.evaluate import prf, score  # noqa: E402
from policykg.extract.audit import audit, summary, table  # noqa: E402
from policykg.graph.algorithms.merge import merge_graphs  # noqa: E402
from policykg.graph.readwrite.export import to_jsonl  # noqa: E402
from policykg.loaders.pipeline import build_document  # noqa: E402
from policykg.loaders.readers import read_source  # noqa: E402


def sets() -> dict[str, tuple[list[Path], Path]]:
    """Set name → (documents, gold folder)."""
    out = {"seeds": (sorted((SHARED / "seeds").glob("*.txt")), SHARED / "eval" / "gold-dev")}
    split = SHARED / "eval" / "dev2" / "SPLIT.md"
    if split.is_file():
        text = split.read_text(encoding="utf-8")
        for half in ("tune", "check"):
            names = re.search(rf"- {half}: (.*)", text).group(1).split(",")
            out["dev2-" + half] = (
                [SHARED / "eval" / "dev2" / "docs" / f"{n.strip()}.txt" for n in names],
                SHARED / "eval" / "dev2" / "gold",
            )
    return out


def run_set(files: list[Path], gold: Path):
    sources = [read_source(p) for p in files]
    t0 = time.process_time()
    graphs = [build_document(s, p.name) for s, p in zip(sources, files)]
    cpu = time.process_time() - t0
    size = sum(p.stat().st_size for p in files)
    rep = score(merge_graphs(graphs), gold, only_docs={p.name for p in files})
    return graphs, rep, size / cpu / 1e6 if cpu else 0.0


def official(graphs, gold: Path, files: list[Path]) -> str:
    """The shared scorer's summary line on the JSON Lines export (gold restricted to ``files``)."""
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp) / "gold"
        gdir.mkdir()
        for p in files:
            g = gold / f"{p.stem}.json"
            if g.is_file():
                (gdir / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(to_jsonl(merge_graphs(graphs)), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), "--pred", str(pred), "--gold-dir", str(gdir)],
            capture_output=True,
            text=True,
        ).stdout
    return out.strip().splitlines()[-1] if out.strip() else "(no output)"


def _gold_surfaces(gold_dir: Path) -> set[str]:
    names: set[str] = set()
    for p in sorted(gold_dir.glob("*.json")):
        for e in json.loads(p.read_text(encoding="utf-8")).get("entities", []):
            names.add(e["name"])
            names.update(e.get("aliases") or [])
    return names


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", action="store_true", help="also print the per-rule report on every set")
    ap.add_argument("--official", action="store_true", help="also run ../shared/eval/score.py on each set")
    ap.add_argument("--json", dest="json_out", help="write all figures to this JSON file")
    ap.add_argument(
        "--ablate-gold-lexicon",
        action="store_true",
        help="also score the seeds with lexicon entries named in their gold files left out",
    )
    args = ap.parse_args()
    if not (SHARED / "seeds").is_dir():
        print("../shared is not beside the repository: nothing to evaluate", file=sys.stderr)
        return 2
    # load the tables, the dictionary and the rules once, so no set pays the start-up
    from policykg.loaders.readers import SourceText

    build_document(
        SourceText(
            path=Path("warm.txt"),
            text="上海市科学技术委员会与南湖大学合作。",
            encoding="utf-8",
            source_format="txt",
            sha256="",
        ),
        "warm.txt",
    )
    results, audits, per_type = {}, {}, {}
    rows = []
    for name, (files, gold) in sets().items():
        graphs, rep, speed = run_set(files, gold)
        f = rep.micro.figures()
        results[name] = {k: round(v, 3) for k, v in f.items()} | {
            "mb_per_cpu_s": round(speed, 2),
            "documents": len(files),
        }
        rows.append((name, f, speed, len(files)))
        per_type[name] = rep.relation_types
        audits[name] = audit(graphs, gold)
        if args.official:
            results[name]["official"] = official(graphs, gold, files)
    print(f"{'set':<11}{'docs':>5}  {'entity P/R/F':<20}{'typed relation P/R/F':<23}{'pair F':>7}{'MB/cpu-s':>10}")
    for name, f, speed, n in rows:
        print(
            f"{name:<11}{n:>5}  {f['entity_p']:.3f}/{f['entity_r']:.3f}/{f['entity_f']:.3f}   "
            f"{f['rel_p']:.3f}/{f['rel_r']:.3f}/{f['rel_f']:.3f}      {f['pair_f']:.3f}{speed:>10.2f}"
        )
        if args.official:
            print(f"{'':<11}score.py: {results[name]['official']}")
    for name in per_type:
        print(f"\nper relation type, {name}:  gold  pred  tp   P     R     F")
        for t, c in sorted(per_type[name].items()):
            p, r, fv = prf(c["tp"], c["pred"], c["gold"])
            print(f"  {t:<28}{c['gold']:>5}{c['pred']:>6}{c['tp']:>4}  {p:.2f}  {r:.2f}  {fv:.2f}")
    if args.rules:
        print("\nper rule (fires / documents / precision on each set):")
        for row in table(audits):
            cells = [f"{row['rule']:<32}{row['kind']:<9}"]
            for name in audits:
                p = row[f"{name} P"]
                fires, documents = row[f"{name} fires"], row[f"{name} documents"]
                cells.append(f"{fires:>5}/{documents:<3}{'' if p is None else f'{p:.2f}':>5}")
            print("  ".join(cells))
        print(summary(audits))
    if args.ablate_gold_lexicon:
        from policykg.extract import lexicon
        from policykg.extract.resolve import references

        dropped = lexicon.exclude_entries(_gold_surfaces(SHARED / "eval" / "gold-dev"))
        references._city_lexicon.cache_clear()
        references._city_core.cache_clear()
        files, gold = sets()["seeds"]
        _, rep, _ = run_set(files, gold)
        print(f"\nseeds with {dropped} lexicon entries named in their gold left out: {rep.summary_line()}")
        results["seeds-ablated"] = {k: round(v, 3) for k, v in rep.micro.figures().items()}
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(
                {"sets": results, "relation_types": per_type, "rules": table(audits)}, ensure_ascii=False, indent=1
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
