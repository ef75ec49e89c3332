"""Named Cypher queries shipped with policykg, one ``.cypher`` file each.

Keeping them as files (not strings in code) lets people read, copy and run them in
Neo4j Browser. They are written in the Cypher that grafeo and Neo4j 5 answer
identically (no labels(), id(), elementId(); a total ORDER BY), which the tests check.

Header convention — leading ``//`` lines of a file::

    // What the query answers (one or more lines: the description).
    // @param name  what to pass                      (a string parameter)
    // @param limit:int=20  how many rows              (typed, with a default)
    // @param name:entity  an entity's name            (a string the caller may look up first)
    // @param key:key=name  name's lookup key           (derived from the parameter ``name``: never typed)
    // @param labels:labels=measure  the measure labels a typed number stands for (derived, never typed)

Two placeholders are expanded from :mod:`policykg.ontology` when loading, so no
type list is repeated in the files: ``{{RELATION_TYPES}}`` (``ISSUED|RESPONSIBLE_FOR|…``,
for variable-length patterns that must not wander through documents) and
``{{ACTOR_TYPES}}`` (a Cypher list of the actor entity types).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg import ontology
from policykg.errors import NotFoundError, QueryError
from policykg.namekeys import lookup_key, measure_labels

_PARAM = re.compile(
    r"^@param\s+(?P<name>[A-Za-z_]\w*)(?::(?P<type>int|float|str|string|entity|key|labels|forms))?"
    r"(?:=(?P<default>\S+))?\s*(?P<desc>.*)$"
)


def _script_forms(text: str) -> list[str]:
    """The text as typed and in each script, its punctuation kept (（平台）, ，): evidence keeps the document's
    full-width marks, which the look-up's name forms fold to ASCII."""
    from policykg.lookup import script_variants

    # spaces and quotes around the words go, full-width letters and digits fold as documents' text does (５Ｇ → 5G)
    words = re.sub(r"[０-９Ａ-Ｚａ-ｚ]", lambda m: chr(ord(m.group()) - 0xFEE0), text.strip().strip("“”\"'「」『』 "))
    return list(dict.fromkeys(script_variants(text, cleaned=words) + script_variants(text)))


_DERIVED: dict[str, Callable[[str], Any]] = {"key": lookup_key, "labels": measure_labels, "forms": _script_forms}
"""Parameter types computed from another parameter (see :attr:`QueryParam.derived_from`)."""


@dataclass(frozen=True)
class QueryParam:
    name: str
    description: str
    type: str = "str"
    """"str", "int", "float" or "entity": how a command-line value is converted. An "entity"
    parameter is a string naming an entity; :func:`policykg.lookup.bind_entity_names` turns
    what a person typed (an alias, either script) into the name as stored. A "key" or "labels" parameter is
    derived from the parameter its default names: its lookup key (:func:`policykg.namekeys.lookup_key`), or the
    measure labels a typed number stands for (:func:`policykg.namekeys.measure_labels`), so a person never has
    to know how keys and labels are stored. A "forms" parameter is the typed text in each script (as typed,
    Simplified, Traditional): a Traditional document's evidence is stored as written."""
    default: Any = None

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def derived_from(self) -> str | None:
        """The parameter a "key" parameter is computed from, else None."""
        return self.default if self.type in _DERIVED else None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: list[QueryParam] = field(default_factory=list)
    text: str = ""
    """The Cypher, placeholders expanded, ready to run."""

    def bind(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Parameters for :meth:`GraphStore.run`: converted, defaults filled, unknown names refused."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name} has no parameter {', '.join(unknown)} "
                f"— its parameters: {', '.join(known) or 'none'}"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in values and values[p.name] is not None:
                out[p.name] = _convert(self.name, p, values[p.name])
            elif p.derived_from is not None:
                out[p.name] = _DERIVED[p.type](str(out.get(p.derived_from, "")))
            elif p.default is not None:
                out[p.name] = p.default
            else:
                raise QueryError(f"query {self.name} needs --param {p.name}=… ({p.description})")
        return out


def _convert(query: str, p: QueryParam, value: Any) -> Any:
    if p.type == "labels":
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if p.type in ("str", "entity", "key"):
        return str(value)
    try:
        if p.type == "int" and isinstance(value, float) and not value.is_integer():
            raise ValueError(value)  # 1.5 for a count: refused, not cut to 1
        return int(value) if p.type == "int" else float(value)
    except (TypeError, ValueError):
        raise QueryError(
            f"query {query}: parameter {p.name} must be {'a whole number' if p.type == 'int' else 'a number'}, "
            f"got {value!r}"
        ) from None


def _expansions() -> dict[str, str]:
    rels = "|".join(ontology.checked_relation(r) for r in ontology.RELATION_TYPES)
    actors = ", ".join(f"'{ontology.checked_label(t.name)}'" for t in ontology.ENTITY_TYPES.values() if t.is_actor)
    return {"{{RELATION_TYPES}}": rels, "{{ACTOR_TYPES}}": f"[{actors}]"}


def parse_query(name: str, source: str) -> NamedQuery:
    """Split a .cypher file into header (description, parameters) and expanded text."""
    desc: list[str] = []
    params: list[QueryParam] = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        body = stripped[2:].strip()
        if body.startswith("@param"):
            m = _PARAM.match(body)
            if not m:
                raise ValueError(f"{name}.cypher: bad @param line {body!r}")
            ptype = {"string": "str", None: "str"}.get(m["type"], m["type"])
            default: Any = m["default"]
            if default is not None:
                default = int(default) if ptype == "int" else float(default) if ptype == "float" else default
            if ptype in _DERIVED and default not in {q.name for q in params}:
                raise ValueError(f"{name}.cypher: derived parameter {m['name']} must name an earlier parameter")
            params.append(QueryParam(m["name"], m["desc"].strip(), ptype, default))
        elif body:
            desc.append(body)
    text = source
    for placeholder, value in _expansions().items():
        text = text.replace(placeholder, value)
    if "{{" in text:
        raise ValueError(f"{name}.cypher: unknown placeholder in {text[text.index('{{') :][:40]!r}")
    return NamedQuery(name=name, description=" ".join(desc), params=params, text=text.strip() + "\n")


@lru_cache(maxsize=1)
def _load_all() -> dict[str, NamedQuery]:
    folder = resources.files(__package__)
    out: dict[str, NamedQuery] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".cypher"):
            name = entry.name[: -len(".cypher")]
            out[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(out.items()))


def list_queries() -> list[NamedQuery]:
    """All named queries, sorted by name."""
    return list(_load_all().values())


def get_query(name: str) -> NamedQuery:
    """One named query; NotFoundError listing the names if there is no such query."""
    queries = _load_all()
    if name not in queries:
        raise NotFoundError(f"no named query {name!r} — available: {', '.join(queries)}")
    return queries[name]
