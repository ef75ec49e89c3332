"""Find an organisation by what a person types, and show its links with their evidence.

People type short names, abbreviations, Traditional characters or full-width
letters; the store keeps canonical names, aliases and normalised lookup keys.
This module turns the typed text into one entity (exact matches first, the most
documented one if several share a name), or into a :class:`NotFoundError` that
carries suggestions. The queries it runs are the named ones in ``policykg/queries``
(so ``policykg query --name`` gives the same rows); the shortest-chain search between two
entities is an algorithm of its own (:mod:`policykg.graph.algorithms.paths`). Every
look-up is bounded on hub agencies with tens of thousands of links: limits are applied
inside the store.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NoReturn

from policykg.errors import NotFoundError
from policykg.graph.algorithms.paths import PathResult, entity_paths, public_entity
from policykg.graph.stores.base import GraphStore
from policykg.namekeys import lookup_key, typed_form
from policykg.queries import get_query

SUGGESTIONS = 8


def lookup_forms(text: str) -> tuple[str, str]:
    """The typed text as stored names are written (Simplified, trimmed) and as a lookup key."""
    from policykg.loaders.normalize import to_simplified

    simplified = to_simplified(typed_form(text))
    return simplified, lookup_key(simplified)


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config).convert


def script_variants(text: str, *, cleaned: str | None = None) -> list[str]:
    """The typed text in each script a document may have used, as typed first.

    Documents keep the names they wrote as aliases (醫管局 in a Hong Kong reply, 和黄医药
    in a Shanghai one), so a look-up tries the typed form, its Simplified form and its
    Traditional forms (Hong Kong, Taiwan and plain: 衞 and 衛 differ), whichever script the
    person typed in. ``cleaned`` replaces the name's own cleaning (:func:`typed_form`) for text
    compared otherwise, such as a sentence's words with their full-width marks.
    """
    cleaned = typed_form(text) if cleaned is None else cleaned
    if not cleaned:
        return []
    from policykg.loaders.normalize import to_simplified

    forms = [cleaned, to_simplified(cleaned)]
    forms += [_converter(config)(forms[1]) for config in ("s2hk", "s2t", "s2tw")]
    return list(dict.fromkeys(forms))


def _run(store: GraphStore, query_name: str, **params: Any) -> list[dict[str, Any]]:
    query = get_query(query_name)
    return store.run(query.text, query.bind(params)).rows


_ENTITY_ID = re.compile(r"e_[0-9a-f]{16}")


def find_entities(store: GraphStore, text: str) -> list[dict[str, Any]]:
    """All entities whose name or alias is the typed text, in either script, best first; an entity's id (as
    `org` shows it) names that one entity, for names several entities share."""
    if _ENTITY_ID.fullmatch(typed_form(text)):
        return _run(store, "entity_by_id", id=typed_form(text))
    name, key = lookup_forms(text)
    if not key:
        return []
    rows = _run(store, "entity_lookup", name=name, key=key)
    if rows:
        return rows
    for form in script_variants(text):
        if form == name:
            continue
        rows = _run(store, "entity_lookup", name=form, key=lookup_key(form))
        if rows:
            return rows
    return _by_official_name(store, [name, *script_variants(text)])


def _by_official_name(store: GraphStore, forms: list[str]) -> list[dict[str, Any]]:
    """Entities under the official name the agency and institution tables give a short form (科技部 →
    中华人民共和国科学技术部, 發改委 → 国家发展和改革委员会, 港大 → 香港大学). Why: people type the short form, while a
    graph stores the name each document wrote; a body that no document called by its short form is still the one
    meant. A short form several bodies share (市政府, 特区政府) gives each of them that the graph holds, the one most
    documents mention first, as a stored name's matches are ordered."""
    from policykg.extract import lexicon

    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for form in dict.fromkeys(forms):
        for entry in lexicon.entries_for(form):
            if entry.name in seen:
                continue
            seen.add(entry.name)
            found = _run(store, "entity_lookup", name=entry.name, key=lookup_key(entry.name))
            rows += [r for r in found if r not in rows]
    return sorted(rows, key=lambda r: (-len(r.get("docs") or []), r["name"], r["type"], r["id"]))


@dataclass
class NameChoice:
    """What a typed name was taken to mean where several entities carry it (市政府 of Shanghai and of
    Shenzhen): the entities used and those left aside, so a command can say so and how to pick another
    (an entity's id, e_…, names that one alone)."""

    typed: str
    used: list[dict[str, Any]]
    others: list[dict[str, Any]]
    param: str = ""
    """The named query's parameter the name was given for, if any."""


def name_choice(text: str, used: list[dict[str, Any]], matches: list[dict[str, Any]]) -> NameChoice | None:
    """A :class:`NameChoice` when the typed text matched more than the entities ``used``, or more than one
    was used; None when it meant exactly one entity."""
    ids = {e["id"] for e in used}
    others = [public_entity(m) for m in matches if m["id"] not in ids]
    if len(used) < 2 and not others:
        return None
    return NameChoice(text, [public_entity(e) for e in used], others)


def bind_entity_names(
    store: GraphStore, query: Any, params: dict[str, Any], choices: list[NameChoice] | None = None
) -> dict[str, Any]:
    """Bound parameters of a named query with each ``entity`` parameter replaced by the stored
    name of the entity it means (so 醫管局, 医管局 and 医院管理局 all work). A text that names no
    entity is a :class:`NotFoundError` with suggestions, as in ``org``: an empty answer would read as
    "no links" for an organisation that is merely mistyped (a known one without links still answers
    no rows).

    A name several entities carry means the most documented one (as in ``org``); each such choice
    is appended to ``choices`` so the caller can say so. An entity's id (e_…) names that entity, and
    also restricts a query's ``id`` parameter (the queries of one organisation's links have one), since
    other entities may carry the same stored name."""
    out = dict(params)
    has_id = any(p.name == "id" for p in query.params)
    for p in query.params:
        if p.type == "entity" and isinstance(out.get(p.name), str):
            typed = out[p.name]
            rows = find_entities(store, typed)
            if not rows:
                _not_found(store, typed, f" (-p {p.name}=…)")
            given_id = out.get("id") if has_id else None
            if isinstance(given_id, str) and given_id != "-":
                # -p id=e_… picks one of the entities the name means: that one is the query's, said as such
                if given_id not in {r["id"] for r in rows}:
                    names = "、".join(f"{r['name']} {r['id']}" for r in rows[:5])
                    raise NotFoundError(
                        f"-p id={given_id} is none of the organisations -p {p.name}={typed} names ({names}) "
                        "— give one of those ids, or leave -p id out"
                    )
                rows = sorted(rows, key=lambda r: r["id"] != given_id)
            out[p.name] = rows[0]["name"]
            if _ENTITY_ID.fullmatch(typed_form(typed)) and has_id and out.get("id") in (None, "-"):
                out["id"] = rows[0]["id"]
            # entities that share the stored name used are in the query's answer anyway
            choice = name_choice(typed, [r for r in rows if r["name"] == rows[0]["name"]], rows)
            if choice is not None and choice.others and choices is not None:
                choice.param = p.name
                choices.append(choice)
    return _script_forms(store, query, out)


def _script_forms(store: GraphStore, query: Any, params: dict[str, Any]) -> dict[str, Any]:
    """A name whose lookup key the query derives (``entity_lookup``'s ``name``) tried as typed, then in each
    script a document may have used, until the query answers: the same forms :func:`find_entities` tries.

    Why: names are stored as documents wrote them, so 医管局 typed in Simplified finds nothing under its own key
    while `org 医管局` finds 医院管理局 by its alias 醫管局. A key the caller gave is left as given."""
    for p in query.params:
        source = p.derived_from
        typed = params.get(source) if source else None
        if not isinstance(typed, str) or params.get(p.name) != lookup_key(typed):
            continue
        for form in dict.fromkeys([typed, *script_variants(typed)]):
            trial = {**params, source: form, p.name: lookup_key(form)}
            if store.run(query.text, trial).rows:
                return trial
    return params


def suggest(store: GraphStore, text: str, limit: int = SUGGESTIONS) -> list[str]:
    """Names close to the typed text: containment first, then similarity."""
    name, _ = lookup_forms(text)
    if not name:
        return []
    found = [r["name"] for r in _run(store, "entity_search", q=name, limit=limit)]
    if len(found) < limit:
        candidates: dict[str, str] = {}
        for row in _run(store, "entity_names"):
            candidates.setdefault(row["name"], row["name"])
            for alias in row.get("aliases") or []:
                candidates.setdefault(alias, row["name"])
        for close in difflib.get_close_matches(name, list(candidates), n=limit, cutoff=0.5):
            canonical = candidates[close]
            if canonical not in found:
                found.append(canonical)
    return found[:limit]


def resolve_entity(store: GraphStore, text: str) -> dict[str, Any]:
    """The one entity the typed text means, or NotFoundError with suggestions."""
    return resolve_entities(store, text)[0]


def resolve_entities(store: GraphStore, text: str) -> list[dict[str, Any]]:
    """Every entity the typed text means, best first (at least one), or NotFoundError with suggestions."""
    rows = find_entities(store, text)
    if rows:
        return rows
    _not_found(store, text)


def _not_found(store: GraphStore, text: str, where: str = "") -> NoReturn:
    """Raise the one-line NotFoundError for a name no entity carries, with the names closest to it."""
    hints = suggest(store, text)
    hint = ("did you mean: " + "、".join(hints)) if hints else "try `policykg query --name entity_search -p q=PART`"
    raise NotFoundError(f"no organisation named {text!r}{where} in the graph — {hint}")


def best_matches(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities a name fits best: those whose stored name it is, when any (two 省政府 of two
    documents), else every entity that carries it as an alias or short form (市政府 of Shanghai and of
    Shenzhen). Why: a path from a shared name should start from each organisation it may mean, yet not
    from one that merely borrowed the name of another as an alias."""
    exact = [r for r in rows if r.get("exact")]
    return exact or rows


@dataclass
class OrgReport:
    """An entity with its links grouped by relation type (the `policykg org` view)."""

    entity: dict[str, Any]
    links: list[dict[str, Any]] = field(default_factory=list)
    """The links fetched: all of them, or with a limit only the first of each relation type
    (the query makes that cut: hub agencies have thousands)."""
    second_degree: list[dict[str, Any]] = field(default_factory=list)
    also_matches: list[dict[str, Any]] = field(default_factory=list)

    second_degree_total: int | None = None
    """Second-degree rows in the graph when ``second_degree`` holds only the first of them (counted up to
    ``DEPTH2_COUNT_CAP``); None when it holds them all."""

    totals: dict[str, int] | None = None
    """Links per relation type in the graph, when ``links`` holds only the first of each."""

    def counts(self) -> dict[str, int]:
        if self.totals is not None:
            return dict(sorted(self.totals.items()))
        totals: dict[str, int] = defaultdict(int)
        for link in self.links:
            totals[link["relation"]] += 1
        return dict(sorted(totals.items()))

    def grouped(self) -> dict[str, list[dict[str, Any]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for link in self.links:
            groups[link["relation"]].append(link)
        return dict(sorted(groups.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "link_counts": self.counts(),
            "links": self.grouped(),
            "second_degree": self.second_degree,
            "second_degree_total": len(self.second_degree)
            if self.second_degree_total is None
            else self.second_degree_total,
            "also_matches": self.also_matches,
        }


def _link(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "relation": row["relation"],
        "direction": row["direction"],
        "other": row["other"],
        "other_type": row["other_type"],
        "evidence": row["evidence"],
        "doc": row["document"],
        "doc_number": row["doc_number"],
        "start": row["start"],
    }


DEPTH2_ALL = 2**31 - 1
"""``org_links_depth2``'s ``$limit`` when every row is wanted: Cypher's LIMIT needs a number, and Neo4j takes no
larger one than a 32-bit integer."""
DEPTH2_COUNT_CAP = 100_000
"""Second-degree rows counted at most, to say how many a cut list leaves out (a hub may have millions)."""


def org_report(
    store: GraphStore,
    text: str,
    *,
    depth: int = 1,
    limit_per_type: int | None = None,
    depth2_limit: int | None = 200,
) -> OrgReport:
    """Everything the graph says about one organisation, each link with sentence and document.

    With ``limit_per_type`` the store itself keeps the first links of each relation type
    (``org_links_top``) and reports the full counts, so a hub agency with tens of thousands
    of links costs about as much as a small one; without it every link is fetched.
    ``depth2_limit`` bounds the second-degree rows (``org_links_depth2``'s ``$limit``; None: all of
    them); when it cuts them, ``second_degree_total`` says how many there are. Second-degree rows end
    at entities two links away that are neither the organisation nor one of its direct links.
    """
    matches = find_entities(store, text)
    if not matches:
        resolve_entity(store, text)  # raises NotFoundError with suggestions
    entity = matches[0]
    report = OrgReport(entity=public_entity(entity), also_matches=[public_entity(m) for m in matches[1:]])

    def ours(row: dict[str, Any]) -> bool:
        # other entities may merely carry this name as an alias
        return row["entity"] == entity["name"] and row["entity_type"] == entity["type"]

    if limit_per_type is None or limit_per_type < 1:
        rows = _run(store, "org_links", name=entity["name"], id=entity["id"])
        report.links.extend(_link(row) for row in rows if ours(row))
    else:
        report.totals = {}
        for row in _run(store, "org_links_top", name=entity["name"], id=entity["id"], limit=limit_per_type):
            if ours(row):
                report.totals[row["relation"]] = row["total"]
                report.links.append(_link(row))
    if depth >= 2:
        limit = DEPTH2_ALL if depth2_limit is None else depth2_limit
        rows = _run(store, "org_links_depth2", name=entity["name"], id=entity["id"], limit=limit)
        if depth2_limit is not None and len(rows) >= depth2_limit:
            counted = _run(store, "org_links_depth2_count", name=entity["name"], id=entity["id"], cap=DEPTH2_COUNT_CAP)
            total = counted[0]["total"] if counted else len(rows)
            report.second_degree_total = total if total > len(rows) else None
        for row in rows:
            if row["entity"] != entity["name"]:
                continue
            first = "→" if row["first_direction"] == "out" else "←"
            second = "→" if row["second_direction"] == "out" else "←"
            report.second_degree.append(
                {
                    "via": row["via"],
                    "type": f"{first}{row['first_relation']} {row['via']} {second}{row['second_relation']}",
                    "other": row["other"],
                    "other_type": row["other_type"],
                    "first_evidence": row["first_evidence"],
                    "first_doc": row["first_doc"],
                    "second_evidence": row["second_evidence"],
                    "second_doc": row["second_doc"],
                }
            )
    return report


def shortest_paths(
    store: GraphStore, a: str, b: str, *, max_hops: int = 6, limit: int = 10, via_regions: bool = False
) -> PathResult:
    """Shortest chains between two organisations named as a person types them
    (the search itself: :func:`policykg.graph.algorithms.paths.entity_paths`).

    A name several organisations carry (市政府 in a Shanghai and a Shenzhen notice) is searched
    from each of them at once, and the chains found are the shortest from any: a person who
    types a shared name means whichever of them is linked, and the hops name the one each chain
    starts from. ``PathResult.a_searched``/``b_searched`` list them (an id, e_…, names one alone).
    Where both names cover one entity (``path 市政府 上海市人民政府``), the shared one is left out
    of the ambiguous side, so the chain joins two different organisations.
    """
    a_matches, b_matches = resolve_entities(store, a), resolve_entities(store, b)
    starts, ends = best_matches(a_matches), best_matches(b_matches)
    start_ids, end_ids = {e["id"] for e in starts}, {e["id"] for e in ends}
    if len(starts) > 1 and start_ids - end_ids:
        starts = [e for e in starts if e["id"] not in end_ids]
    elif len(ends) > 1 and end_ids - start_ids:
        ends = [e for e in ends if e["id"] not in start_ids]
    result = entity_paths(store, starts, ends, max_hops=max_hops, limit=limit, via_regions=via_regions)
    result.a_others = [m for m in a_matches if m["id"] not in {e["id"] for e in starts}]
    result.b_others = [m for m in b_matches if m["id"] not in {e["id"] for e in ends}]
    return result
