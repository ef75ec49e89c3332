"""What to try next on a freshly built store: commands that are known to answer.

``scripts/demo`` ends by printing these. They are chosen from the graph just built
(its best-connected organisation, one two links away from it, a name the documents
wrote in the other script), never hard-coded, so they keep working whichever
documents were built and however the extractor changes.
"""

from __future__ import annotations

import argparse
import shlex
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

from policykg import ontology
from policykg.model import EntityRecord, GraphSnapshot


@dataclass
class Step:
    """One suggestion: why it is interesting and the command line (arguments, unquoted)."""

    why: str
    args: list[str]


def _actors(snapshot: GraphSnapshot) -> list[EntityRecord]:
    return [
        e
        for e in snapshot.entities
        if ontology.ENTITY_TYPES.get(e.type) is not None and ontology.ENTITY_TYPES[e.type].is_actor
    ]


def _neighbours(snapshot: GraphSnapshot) -> dict[str, set[str]]:
    """Links between entities, leaving out regions (hubs that put everything two hops apart)."""
    types = {e.id: e.type for e in snapshot.entities}
    out: dict[str, set[str]] = defaultdict(set)
    for r in snapshot.relations:
        if r.head == r.tail or "Region" in (types.get(r.head), types.get(r.tail)):
            continue
        out[r.head].add(r.tail)
        out[r.tail].add(r.head)
    return out


def _other_script(name: str) -> str | None:
    """The name in the other script, when converting changes it (醫管局 ↔ 医管局)."""
    from policykg.lookup import script_variants

    variants = [v for v in script_variants(name) if v != name]
    return variants[0] if variants else None


def suggest(snapshot: GraphSnapshot) -> list[Step]:
    """Look-ups, a path, a named query and a centred map that answer on this graph."""
    steps: list[Step] = []
    from policykg.graph.algorithms.analysis import degrees

    near = _neighbours(snapshot)
    # ranked and counted as `stats` ranks its top actors and `org` counts links: relations, regions included
    # (before, distinct neighbours without regions: 香港大学 was "6 links" where `org` showed 7)
    links = degrees(snapshot)
    actors = sorted(_actors(snapshot), key=lambda e: (-links.get(e.id, 0), e.name, e.id))
    actors = [e for e in actors if near.get(e.id)]  # a path needs a link to another organisation
    if not actors:
        return steps
    top = actors[0]
    by_id = snapshot.entity_by_id()
    steps.append(
        Step(
            f"the best-connected organisation ({links[top.id]} links), with the sentence behind each link",
            ["org", top.name],
        )
    )
    # a path: the best-connected actor two links away (else one)
    dist = {top.id: 0}
    queue = deque([top.id])
    while queue:
        here = queue.popleft()
        if dist[here] >= 3:
            continue
        for other in sorted(near.get(here, ())):
            if other not in dist:
                dist[other] = dist[here] + 1
                queue.append(other)
    for hops in (2, 3, 1):
        far = [e for e in actors if dist.get(e.id) == hops]
        if far:
            steps.append(
                Step("how two organisations are connected, hop by hop with evidence", ["path", top.name, far[0].name])
            )
            break
    # a name the documents wrote in one script, typed in the other: Traditional aliases first
    # (a Hong Kong text's 醫管局 typed as 医管局), else any name in Traditional
    from policykg.loaders.normalize import to_simplified

    written = [(e, a) for e in actors for a in e.aliases if to_simplified(a) != a]
    written += [(e, a) for e in actors for a in [e.name, *e.aliases]]
    typed = top.aliases[0] if top.aliases else top.name
    for e, alias in written:
        converted = _other_script(alias)
        if converted and converted != e.name and converted not in e.aliases:
            steps.append(Step(f"look-ups work in either script: {converted} finds {e.name}", ["org", converted]))
            typed = converted
            break
    steps.append(
        Step(
            "a named query; names are looked up as people type them",
            ["query", "--name", "org_links", "-p", f"name={typed}"],
        )
    )
    steps.append(
        Step(
            "a map centred on one organisation and its neighbours",
            ["map", "--center", top.name, "--depth", "2", "-o", "{out}/center.html"],
        )
    )
    responsible = next((r for r in snapshot.relations if r.type == "RESPONSIBLE_FOR" and r.tail in by_id), None)
    if responsible is not None:
        numbers = {d.file: d.doc_number for d in snapshot.documents if d.doc_number}
        numbers.update({d.id: d.doc_number for d in snapshot.documents if d.doc_number})
        policy = numbers.get(responsible.doc) or by_id[responsible.tail].name
        steps.append(
            Step(
                "the units a policy names as responsible (责任单位)",
                ["query", "--name", "agencies_responsible_for", "-p", f"policy={policy}"],
            )
        )
    return steps


def render(steps: list[Step], program: str, store: Path, out: Path) -> str:
    """Copy-paste command lines for a person, each after the reason to run it."""
    lines = []
    for step in steps:
        args = [a.replace("{out}", str(out)) for a in step.args]
        lines.append(f"  # {step.why}")
        lines.append("  " + " ".join(shlex.quote(a) for a in [program, *args, "--store", str(store)]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print commands worth trying on a built store.")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--map", type=Path, required=True, help="the map just written")
    parser.add_argument("--program", default=".venv/bin/policykg")
    args = parser.parse_args(argv)
    from policykg.graph.stores.open import open_store

    with open_store(store_path=args.store) as store:
        snapshot = store.snapshot()
    print(f"\nopen {args.map} in a browser (it works offline). Then try:\n")
    print(render(suggest(snapshot), args.program, args.store, args.map.parent))
    print(f"\nor set POLICYKG_STORE={shlex.quote(str(args.store))} and leave out --store.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
