"""Gold core names that a candidate finder found but the ``decide`` component dropped (seeds and dev2-tune only).

Usage: python benchmarks/decide_drops.py

For every core gold entity of the seeds and dev2-tune whose name (or an alias) was a candidate before
``decide`` ran, is no candidate after it and is missing from the document's graph, it prints the set, the
document, the candidate's type and rule and which generic test would drop it (``is_generic``: the whole
phrase is a kind in the lexicon's sense; ``_generic``: nothing before the head word singles one thing out).
dev2-check is never read: its misses stand in for documents nobody has seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_dev  # noqa: E402

from policykg.extract import lexicon, pipeline  # noqa: E402
from policykg.extract.components import decide  # noqa: E402
from policykg.extract.components.decide.generic import _generic
from policykg.extract.doc import Doc  # noqa: E402
from policykg.loaders.normalize import to_simplified  # noqa: E402
from policykg.loaders.pipeline import build_document  # noqa: E402
from policykg.loaders.readers import read_source  # noqa: E402

_SEEN: dict[str, list] = {}


def _recording_run(doc: Doc, _run=decide.run) -> None:
    """decide.run that keeps the candidates it was given and those it left."""
    _SEEN["before"] = list(doc.candidates)
    _run(doc)
    _SEEN["after"] = list(doc.candidates)


def main() -> int:
    decide.run = _recording_run
    pipeline.COMPONENTS = ()  # rebuilt with the recording run
    sets = eval_dev.sets()
    for name in ("seeds", "dev2-tune"):
        files, gold = sets[name]
        for p in files:
            g = json.loads((gold / f"{p.stem}.json").read_text(encoding="utf-8"))
            graph = build_document(read_source(p), p.name)
            found = {to_simplified(n) for e in graph.entities for n in [e.name, *e.aliases]}
            kept = {c.text for c in _SEEN["after"]}
            for e in g["entities"]:
                if not e.get("core"):
                    continue
                names = {to_simplified(n) for n in [e["name"], *e.get("aliases", [])]}
                hits = [c for c in _SEEN["before"] if c.text in names]
                if names & found or not hits or any(c.text in kept for c in hits):
                    continue
                c = hits[0]
                tests = (("is_generic", lexicon.is_generic(c.text)), ("_generic", _generic(c)))
                why = [w for w, hit in tests if hit]
                print(name, p.stem, e["type"], c.text, c.type, c.rule, ",".join(why) or "other", sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
