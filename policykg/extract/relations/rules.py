"""Relation rules as data: the :class:`Rule` record, loading and validating ``resources/rules/relations.toml``,
and turning the heads and tails a form reads into the pairs a rule may emit (types checked against the rule's
narrowing and the ontology's signatures). See :mod:`policykg.extract.relations.engine` for the forms."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations

from policykg.extract.relations.groups import M
from policykg.ontology import RELATION_SIGNATURES, RELATION_TYPES, allows

FORMS = (
    "active",
    "inverse",
    "passive",
    "with",
    "at",
    "settles",
    "hosts",
    "under",
    "mutual",
    "duty",
    "cites",
    "composed",
    "apposition",
    "chosen",
    "round",
)

POLICY_VIRTUAL = "@policy"


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str
    form: str
    triggers: tuple[str, ...]
    head_types: frozenset[str] | None = None
    tail_types: frozenset[str] | None = None
    markers: tuple[str, ...] = ()
    head_gap: int = 24
    tail_gap: int = 10
    together: bool = False
    adjacent: bool = False
    """Only the mentions touching the trigger take part (A与B的C: C belongs to B alone); in the passive form,
    the head must stand right before the trigger (Y是X的组成部分, not Y是X工作的组成部分)."""
    follow: tuple[str, ...] = ()
    """Words one of which must come right after the head group (由X负责…, not 由X组成…; in the passive form,
    the words closing the marker's frame: 以X为依托 names what is relied on, 以X为核心 does not)."""
    carry: bool = False
    """Active form: with no subject of its own, a clause holding only a time and adverbs before the verb
    (X与Y签约，正式落户Z; X成立于2019年，已入驻Y) takes the subject of the clause before the comma."""
    pronoun: bool = False
    """Active form: 其 right before the verb (X，如今已成为…，其生产的Y) stands for the last body named before it
    in the sentence, which is then the subject (Chinese refers back to the topic with 其 in later clauses)."""
    bare_object: bool = False
    """Settles form: only when no name follows the verb in its clause (X在Z兴建生产线: X builds there; X在Z设立Y
    names Y, whose place located.at states and whose founder is X, not where X itself is). Inverse form: only
    when the bodies after the verb qualify an unnamed object (引入A、B高校资源: their resources, not themselves)."""
    drafted: bool = True
    """Cites form: a policy drafted later in the sentence is the one citing (根据《X》，本市制定了《Y》: Y cites X).
    Off for a verb that acts on the cited document itself (修订《X》，出台《Y》: two acts, neither cites the other)."""
    stake: bool = False
    """Active form: only an object followed by a share of it (X持有Y 15%股份, X认购Y股份, X受让Y股权): the verb
    alone (持有专利, 收购药品) takes no stake in a body."""
    swap: bool = False
    """Emit tail → head instead (依托X建设的Y: Y relies on X, though X comes first)."""
    role_noun: bool = False
    """Passive form of a swap rule whose trigger is a role noun (成员单位, 全资子公司, 组成部分): the noun must
    stand in the clause of the body before the marker (X为Y的理事单位), never after a comma (Z理事长单位为Y，
    副理事长单位为W: Z is no member of Y). Other swap rules read across the comma (依托X，本市成立了Y: what is
    built on X is named there)."""
    confidence: float = 0.7
    genres: tuple[str, ...] = ()
    """Document types the rule applies to (empty: all)."""
    description: str = ""
    examples: tuple[dict, ...] = ()


Pair = tuple[str, str]
"""(head entity id, tail entity id) as the form handlers return them, before the rule's swap."""


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules shipped with policykg, validated against the ontology once."""
    data = tomllib.loads(
        resources.files("policykg.resources").joinpath("rules", "relations.toml").read_text(encoding="utf-8")
    )
    out = []
    seen = set()
    for raw in data["rule"]:
        r = Rule(
            id=raw["id"],
            relation=raw["relation"],
            form=raw["form"],
            triggers=tuple(raw["triggers"]),
            head_types=frozenset(raw["head_types"]) if "head_types" in raw else None,
            tail_types=frozenset(raw["tail_types"]) if "tail_types" in raw else None,
            markers=tuple(raw.get("markers", ())),
            head_gap=raw.get("head_gap", 24),
            tail_gap=raw.get("tail_gap", 10),
            together=raw.get("together", False),
            adjacent=raw.get("adjacent", False),
            follow=tuple(raw.get("follow", ())),
            carry=raw.get("carry", False),
            pronoun=raw.get("pronoun", False),
            bare_object=raw.get("bare_object", False),
            drafted=raw.get("drafted", True),
            stake=raw.get("stake", False),
            swap=raw.get("swap", False),
            role_noun=raw.get("role_noun", False),
            confidence=raw.get("confidence", 0.7),
            genres=tuple(raw.get("genres", ())),
            description=raw.get("description", ""),
            examples=tuple(raw.get("examples", ())),
        )
        if r.id in seen:
            raise ValueError(f"relation rule {r.id!r} is defined twice")
        seen.add(r.id)
        if r.relation not in RELATION_TYPES or r.form not in FORMS:
            raise ValueError(f"relation rule {r.id!r}: unknown relation {r.relation!r} or form {r.form!r}")
        heads, tails = RELATION_SIGNATURES[r.relation]
        if r.swap:  # the type lists read the sentence's order, which a swap rule turns round
            heads, tails = tails, heads
        if (r.head_types and not r.head_types <= heads) or (r.tail_types and not r.tail_types <= tails):
            raise ValueError(f"relation rule {r.id!r} allows types its relation's signature does not")
        out.append(r)
    return tuple(out)


def fits(r: Rule, head_type: str, tail_type: str) -> bool:
    """The rule's own type lists read the sentence's order; the ontology reads the relation emitted, which a
    ``swap`` rule turns round (X联盟主席Y: the association comes first, the person is the member)."""
    if r.head_types is not None and head_type not in r.head_types:
        return False
    if r.tail_types is not None and tail_type not in r.tail_types:
        return False
    return allows(r.relation, tail_type, head_type) if r.swap else allows(r.relation, head_type, tail_type)


_OWNER_OF_UNNAMED = re.compile(r"各?(?:有关|相关)(?:部门|单位|机构|方面)")
"""国务院有关部门, 省相关单位: a body written flush before 有关部门 only says whose departments they are."""


def rule_pairs(r: Rule, heads: list[M], tails: list[M], s: str = "") -> list[Pair]:
    if s and r.relation == "COOPERATES_WITH":
        # X会同国务院有关部门: the partner is the unnamed departments, not the State Council itself
        heads = [m for m in heads if not _OWNER_OF_UNNAMED.match(s, m.end)]
        tails = [m for m in tails if not _OWNER_OF_UNNAMED.match(s, m.end)]
    if s and len(heads) == len(tails) > 1 and _respectively(s, heads, tails):
        # A和B分别是C和D的…: each member goes with the member of the same rank in the other list
        return [(h.eid, t.eid) for h, t in zip(heads, tails) if h.eid != t.eid and fits(r, h.type, t.type)]
    return [(h.eid, t.eid) for h in heads for t in tails if h.eid != t.eid and fits(r, h.type, t.type)]


def pairwise(members: list[M], keep: Callable[[M, M], bool] | None = None) -> list[Pair]:
    """Each pair of ``members`` once, in text order (A、B和C共同…: A-B, A-C, B-C), only those ``keep`` allows when
    given. Why: the co-marker of the active form, the mutual form and a with-form group of actors all link the
    members of one group to each other, and read the group the same way."""
    return [(a.eid, b.eid) for a, b in combinations(members, 2) if keep is None or keep(a, b)]


def _respectively(s: str, a: list[M], b: list[M]) -> bool:
    """分别/各自 between two lists of the same length pairs them by rank."""
    first, second = (a, b) if a[0].start < b[0].start else (b, a)
    between = s[first[-1].end : second[0].start]
    return "分别" in between or "各自" in between
