"""Does the graph depend on where the lines break? Seeds and dev2-tune read in many layouts.

Usage: python benchmarks/layout_invariance.py [--official] [VARIANT ...]

Users bring PDFs (hard-wrapped lines, page numbers, running headers, letter-spaced headings),
HTML (one line a paragraph) and DOCX (paragraphs, blank lines between). Each seed and dev2-tune
document (never check: its documents are not to be read) is cut into the paragraphs the
normaliser makes of it, laid out again in memory as each variant, built, and scored against the
gold of the original (``policykg.evaluate``; ``--official`` also runs ../shared/eval/score.py).
The last lines count the entities and relations of each variant that differ from the graph of
the unmodified file. Nothing is written.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from benchmarks.eval_dev import official  # noqa: E402
from benchmarks.eval_dev import sets as dev_sets  # noqa: E402
from policykg.evaluate import score  # noqa: E402
from policykg.graph.algorithms.merge import merge_graphs  # noqa: E402
from policykg.loaders.normalize import normalize_text  # noqa: E402
from policykg.loaders.pipeline import build_document  # noqa: E402
from policykg.loaders.readers import SourceText, read_source  # noqa: E402


def sets() -> dict[str, tuple[list[Path], Path]]:
    """Seeds and dev2-tune only (never the check half: its documents are not read for errors)."""
    both = dev_sets()
    return {"seeds": both["seeds"], "tune": both["dev2-tune"]}


def wrap(paragraph: str, width: float = 35) -> list[str]:
    """Break like a PDF column: anywhere between CJK characters (ASCII counts half), Latin words
    and numbers whole; table rows (tabs) are left as they are."""
    if "\t" in paragraph:
        return [paragraph]
    lines: list[str] = []
    current, used = "", 0.0
    for token in re.findall(r"[A-Za-z0-9]+|.", paragraph):
        w = sum(0.5 if c.isascii() else 1.0 for c in token)
        if current and used + w > width:
            lines.append(current.rstrip(" "))
            current, used = "", 0.0
            if token == " ":
                continue
        current += token
        used += w
    return lines + [current] if current else lines


def _lines(paras: list[str], width: float = 35) -> list[str]:
    return [ln for p in paras for ln in wrap(p, width)]


def _footers(paras: list[str], *, blank: bool = False) -> str:
    out: list[str] = []
    for i, ln in enumerate(_lines(paras), 1):
        out.append(ln)
        if i % 40 == 0:
            out.append(f"\n\n— {i // 40} —\n\n" if blank else f"— {i // 40} —")
    return "\n".join(out)


def _header(paras: list[str]) -> str:
    lines, head = _lines(paras), "政策文件汇编（内部资料）"
    out = [head]
    for i, ln in enumerate(lines, 1):
        out.append(ln)
        if i % 40 == 0:
            out += [f"第 {i // 40} 页 共 {len(lines) // 40 + 1} 页", head]
    return "\n".join(out)


def _pages(paras: list[str], *, blank: bool = False) -> str:
    lines = _lines(paras)
    tail = "\n\n\n- {} -\n" if blank else "\n- {} -"
    return "\f".join("\n".join(lines[i : i + 40]) + tail.format(i // 40 + 1) for i in range(0, len(lines), 40))


def _spaced(paras: list[str]) -> str:
    spaced = [" ".join(p) if len(p) <= 16 and not re.search("[，。；：]", p) else p for p in paras]
    return "\n".join(_lines(spaced))


VARIANTS: dict[str, tuple[Callable[[list[str]], str], str]] = {
    "pdf-wrap35": (lambda ps: "\n".join(_lines(ps)), "pdf"),
    "pdf-wrap22": (lambda ps: "\n".join(_lines(ps, 22)), "pdf"),
    "txt-wrap48": (lambda ps: "\n".join(_lines(ps, 48)), "txt"),
    "pdf-indent": (lambda ps: "\n".join("\u3000\u3000" + "\n".join(wrap(p)) for p in ps), "pdf"),
    "pdf-footer": (_footers, "pdf"),
    "pdf-footer-blank": (lambda ps: _footers(ps, blank=True), "pdf"),
    "pdf-header": (_header, "pdf"),
    "pdf-pages": (_pages, "pdf"),
    "pdf-pages-blank": (lambda ps: _pages(ps, blank=True), "pdf"),
    "pdf-spaced-heads": (_spaced, "pdf"),
    "html-oneline": (lambda ps: "\n".join(ps), "html"),
    "txt-oneline": (lambda ps: "\n".join(ps), "txt"),
    "docx-blank": (lambda ps: "\n\n".join(ps), "docx"),
    "txt-blank2": (lambda ps: "\n\n\n".join(ps), "txt"),
}


def _source(text: str, fmt: str, name: str) -> SourceText:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return SourceText(path=Path(name), text=text, encoding="utf-8", source_format=fmt, sha256=sha)


def _facts(g) -> set[tuple[str, ...]]:
    by_id = {e.id: e.name for e in g.entities}
    return {("E", e.name, e.type) for e in g.entities} | {
        ("R", by_id[r.head], r.type, by_id[r.tail]) for r in g.relations
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("variants", nargs="*", help=f"any of {', '.join(VARIANTS)} (default: all)")
    ap.add_argument("--official", action="store_true", help="also run ../shared/eval/score.py")
    args = ap.parse_args()
    chosen = args.variants or list(VARIANTS)
    changed: dict[str, list[int]] = {v: [0, 0] for v in chosen}
    for set_name, (files, gold) in sets().items():
        sources = [read_source(p) for p in files]
        base = [build_document(s, p.name) for s, p in zip(sources, files)]
        paras = [[p for p in normalize_text(s.text).original.split("\n") if p.strip()] for s in sources]
        for variant in ["original", *chosen]:
            if variant == "original":
                graphs = base
            else:
                make, fmt = VARIANTS[variant]
                graphs = [build_document(_source(make(ps), fmt, p.name), p.name) for ps, p in zip(paras, files)]
                for g0, g1 in zip(base, graphs):
                    diff = _facts(g0) ^ _facts(g1)
                    changed[variant][0] += sum(1 for d in diff if d[0] == "E")
                    changed[variant][1] += sum(1 for d in diff if d[0] == "R")
            f = score(merge_graphs(graphs), gold, only_docs={p.name for p in files}).micro.figures()
            line = (
                f"{set_name:<6}{variant:<18}entity {f['entity_p']:.3f}/{f['entity_r']:.3f}/{f['entity_f']:.3f}  "
                f"relation {f['rel_p']:.3f}/{f['rel_r']:.3f}/{f['rel_f']:.3f}"
            )
            print(line + (f"\n{'':<24}score.py: {official(graphs, gold, files)}" if args.official else ""))
    print("\nentities / relations that differ from the original's graph (seeds + tune):")
    for variant, (ents, rels) in changed.items():
        print(f"  {variant:<18}{ents:>4} / {rels}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
