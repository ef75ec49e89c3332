"""Score a graph against gold annotations (the product's ``policykg eval``).

Same matching rules as the project's guidelines: per document, predicted entities
are matched one-to-one to gold entities, first by name (a predicted name equal to
a gold name or alias), then by any overlap of names and aliases, after
normalising width, script (Traditional → Simplified), spaces, case and
quotes and surrounding 《》. Entity recall counts core gold entities only; precision
counts a prediction as right when it matches any gold entity. Relations are
compared through that matching, typed (COOPERATES_WITH undirected) and as
unordered pairs; a relation whose ends did not match counts as a false positive.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from policykg.errors import InputError
from policykg.model import EntityRecord, GraphSnapshot
from policykg.ontology import ENTITY_TYPES, RELATION_TYPES

_STRIP = "《》<>"
_QUOTES = re.compile("[“”\"'‘’「」『』]")
"""Quotes anywhere in a name, as ``../shared/eval/score.py`` drops them (促消费“15条”, “863”计划):
why here too, so a Hong Kong alias 「863」計劃 matches a gold “863”计划 in both scorers."""


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("hk2s").convert
    except Exception:  # pragma: no cover - opencc is a dependency, but stay usable without it
        return lambda s: s


def norm(s: str | None) -> str:
    """Canonical comparison key of a name."""
    s = _t2s()(unicodedata.normalize("NFKC", s or ""))
    s = re.sub(r"\s+", "", s).strip(_STRIP)
    return _QUOTES.sub("", s).lower()


def prf(tp: float, npred: float, ngold: float) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Figures = tuple[float | None, float | None, float | None]
"""Precision, recall, F1 of one type; None where it is undefined (no prediction, or no gold entity, of the type)."""


def _type_prf(tp_pred: int, pred: int, tp_gold: int, gold: int) -> Figures:
    p = tp_pred / pred if pred else None
    r = tp_gold / gold if gold else None
    if p is None or r is None:
        f = 0.0 if r == 0.0 else None  # a type with gold missed entirely scores 0; one with no gold has no F
    else:
        f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def entity_type_prf(c: dict[str, int]) -> Figures:
    """P/R/F of one entity type of :attr:`EvalReport.entity_types`: precision over the predictions of that type
    (paired with any gold entity, as the micro figure counts them), recall over the core gold entities of it."""
    return _type_prf(c["correct"], c["pred"], c["found"], c["gold_core"])


def relation_type_prf(c: dict[str, int]) -> Figures:
    """P/R/F of one relation type of :attr:`EvalReport.relation_types`."""
    return _type_prf(c["tp"], c["pred"], c["tp"], c["gold"])


def _rounded(figures: Figures) -> dict[str, float | None]:
    return dict(zip(("p", "r", "f"), (None if x is None else round(x, 4) for x in figures), strict=True))


def _shown(figures: Figures) -> str:
    return "  ".join("   –" if x is None else f"{x:.2f}" for x in figures)


@dataclass
class Counts:
    """Raw counts for one document (or summed): everything the figures derive from."""

    e_tp_any: int = 0
    e_pred: int = 0
    e_tp_core: int = 0
    e_core: int = 0
    e_type_ok: int = 0
    r_tp: int = 0
    r_pred: int = 0
    r_gold: int = 0
    u_tp: int = 0
    u_pred: int = 0
    u_gold: int = 0

    def add(self, o: Counts) -> None:
        for k, v in asdict(o).items():
            setattr(self, k, getattr(self, k) + v)

    def figures(self) -> dict[str, float]:
        ep, _, _ = prf(self.e_tp_any, self.e_pred, 1)
        _, er, _ = prf(self.e_tp_core, 1, self.e_core)
        ef = 2 * ep * er / (ep + er) if ep + er else 0.0
        rp, rr, rf = prf(self.r_tp, self.r_pred, self.r_gold)
        up, ur, uf = prf(self.u_tp, self.u_pred, self.u_gold)
        return {
            "entity_p": ep,
            "entity_r": er,
            "entity_f": ef,
            "type_acc": self.e_type_ok / self.e_tp_any if self.e_tp_any else 0.0,
            "rel_p": rp,
            "rel_r": rr,
            "rel_f": rf,
            "pair_p": up,
            "pair_r": ur,
            "pair_f": uf,
        }


@dataclass
class DocScore:
    doc: str
    counts: Counts
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    """Per-document and micro-averaged figures, plus per-type tables for entities and relations."""

    docs: list[DocScore] = field(default_factory=list)
    micro: Counts = field(default_factory=Counts)
    entity_types: dict[str, dict[str, int]] = field(default_factory=dict)
    """gold type → {"gold_core", "found", "pred", "correct"} (pred/correct by predicted type)."""
    relation_types: dict[str, dict[str, int]] = field(default_factory=dict)
    """relation type → {"gold", "pred", "tp"}."""

    def summary_line(self) -> str:
        f = self.micro.figures()
        return (
            f"entities P={f['entity_p']:.3f} R(core)={f['entity_r']:.3f} F={f['entity_f']:.3f} "
            f"type-acc={f['type_acc']:.3f} | relations typed P={f['rel_p']:.3f} R={f['rel_r']:.3f} "
            f"F={f['rel_f']:.3f} | pairs P={f['pair_p']:.3f} R={f['pair_r']:.3f} F={f['pair_f']:.3f}"
        )

    def to_dict(self) -> dict:
        return {
            "micro": {k: round(v, 4) for k, v in self.micro.figures().items()},
            "documents": [
                {
                    "doc": d.doc,
                    **{k: round(v, 4) for k, v in d.counts.figures().items()},
                    "missed_entities": d.missed_entities,
                    "false_entities": d.false_entities,
                    "missed_relations": d.missed_relations,
                    "false_relations": d.false_relations,
                }
                for d in self.docs
            ],
            "entity_types": {t: {**c, **_rounded(entity_type_prf(c))} for t, c in self.entity_types.items()},
            "relation_types": {t: {**c, **_rounded(relation_type_prf(c))} for t, c in self.relation_types.items()},
        }

    def to_text(self, verbose: bool = False) -> str:
        lines = []
        for d in self.docs:
            fig = d.counts.figures()
            lines.append(
                f"{d.doc}: entities P={fig['entity_p']:.2f} R={fig['entity_r']:.2f} F={fig['entity_f']:.2f} | "
                f"relations typed F={fig['rel_f']:.2f} pairs F={fig['pair_f']:.2f}"
            )
            if verbose:
                lines.append("   missed: " + "，".join(d.missed_entities))
                lines.append("   false: " + "，".join(d.false_entities))
                lines.append("   missed relations: " + "；".join(d.missed_relations))
                lines.append("   false relations: " + "；".join(d.false_relations))
        lines.append("MICRO " + self.summary_line())
        lines.append("entity type      gold-core found  pred correct   P     R     F")
        for t, c in sorted(self.entity_types.items()):
            shown = _shown(entity_type_prf(c))
            lines.append(f"  {t:<17}{c['gold_core']:>6}{c['found']:>7}{c['pred']:>6}{c['correct']:>8}  {shown}")
        lines.append("relation type       gold  pred    tp   P     R     F")
        for t, c in sorted(self.relation_types.items()):
            lines.append(f"  {t:<17}{c['gold']:>6}{c['pred']:>6}{c['tp']:>6}  {_shown(relation_type_prf(c))}")
        return "\n".join(lines)


def _match(pred: list[EntityRecord], gold: list[dict]) -> dict[str, int]:
    """Pair predictions one-to-one with gold entities as ``../shared/eval/score.py`` does: a predicted name equal
    to a gold name or alias first (predictions in order), then any overlap of names and aliases. Kept the same
    as that yardstick, so `policykg eval` and the project's published figures agree to the last count."""
    gold_keys = [{norm(g["name"])} | {norm(a) for a in g.get("aliases", []) or []} for g in gold]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for p in pred:
        n = norm(p.name)
        for gi, keys in enumerate(gold_keys):
            if gi not in used and n in keys:
                mapping[p.id] = gi
                used.add(gi)
                break
    for p in pred:
        if p.id in mapping:
            continue
        keys = {norm(p.name)} | {norm(a) for a in p.aliases}
        for gi, gk in enumerate(gold_keys):
            if gi not in used and keys & gk:
                mapping[p.id] = gi
                used.add(gi)
                break
    return mapping


def _base(name: str) -> str:
    return str(name).replace("\\", "/").rsplit("/", 1)[-1]


_GOLD_FIX = "fix it as docs/annotating.md describes"


def read_gold(path: Path) -> dict:
    """One gold file, checked: valid JSON, a ``doc``, entities with a name and a type of the ontology, relations of
    a known type between names (or aliases) the file lists. Why: a typo in a type or a name does not stop scoring;
    it silently lowers the figures, so a gold file that cannot mean what its writer meant is refused, named."""
    where = str(path)
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON (line {exc.lineno}: {exc.msg})", _GOLD_FIX) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(where, f"cannot be read ({exc})", "check the file and its permissions") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("doc"), str) or not gold["doc"].strip():
        raise InputError(where, 'has no "doc" naming the annotated document', _GOLD_FIX)
    entities = gold.get("entities")
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise InputError(where, 'needs "entities": a list of objects with "name" and "type"', _GOLD_FIX)
    names: set[str] = set()
    for e in entities:
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            raise InputError(where, f"has an entity without a name: {e}", _GOLD_FIX)
        if e.get("type") not in ENTITY_TYPES:
            raise InputError(
                where,
                f"entity {e['name']!r} has type {e.get('type')!r}, not one of {', '.join(ENTITY_TYPES)}",
                _GOLD_FIX,
            )
        names.add(e["name"])
        names.update(a for a in e.get("aliases") or [] if isinstance(a, str))
    relations = gold.get("relations", [])
    if not isinstance(relations, list) or not all(isinstance(r, dict) for r in relations):
        raise InputError(where, 'has "relations" that are not a list of objects', _GOLD_FIX)
    for r in relations:
        if r.get("type") not in RELATION_TYPES:
            raise InputError(
                where, f"relation type {r.get('type')!r} is not one of {', '.join(RELATION_TYPES)}", _GOLD_FIX
            )
        missing = [end for end in (r.get("head"), r.get("tail")) if end not in names]
        if missing:
            raise InputError(
                where,
                f"relation {r.get('head')} -{r['type']}-> {r.get('tail')} names "
                f"{missing[0]!r}, which no entity of the file has as name or alias",
                _GOLD_FIX,
            )
    return gold


def gold_documents(gold_dir: Path) -> dict[str, Path]:
    """Base name of the annotated document → its gold file; two gold files for one document are refused (the
    document would be scored twice)."""
    out: dict[str, Path] = {}
    for gf in sorted(Path(gold_dir).glob("*.json")):
        doc = _base(read_gold(gf)["doc"])
        if doc in out:
            raise InputError(str(gf), f"annotates {doc} as {out[doc].name} does", "keep one gold file per document")
        out[doc] = gf
    return out


def score(pred: GraphSnapshot, gold_dir: Path, only_docs: set[str] | None = None) -> EvalReport:
    """Score a snapshot against the ``*.json`` gold files in ``gold_dir`` (documents matched by base name);
    with ``only_docs``, only the gold files of those documents (base names) count."""
    ents_by_doc: dict[str, list[EntityRecord]] = defaultdict(list)
    for e in pred.entities:
        for d in e.docs:
            ents_by_doc[_base(d)].append(e)
    rels_by_doc = defaultdict(list)
    for r in pred.relations:
        rels_by_doc[_base(r.doc)].append(r)
    report = EvalReport()
    etab: dict[str, dict[str, int]] = defaultdict(lambda: {"gold_core": 0, "found": 0, "pred": 0, "correct": 0})
    rtab: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "pred": 0, "tp": 0})
    for gf in gold_documents(gold_dir).values():
        gold = read_gold(gf)
        doc = _base(gold["doc"])
        if only_docs is not None and doc not in only_docs:
            continue
        gents = gold["entities"]
        pents = sorted(ents_by_doc.get(doc, []), key=lambda e: (e.type, e.name, e.id))
        by_id = {e.id: e for e in pents}
        mapping = _match(pents, gents)
        core = [i for i, g in enumerate(gents) if g.get("core", True)]
        matched = set(mapping.values())
        c = Counts(
            e_tp_any=len(mapping),
            e_pred=len(pents),
            e_tp_core=sum(1 for i in core if i in matched),
            e_core=len(core),
            e_type_ok=sum(1 for pid, gi in mapping.items() if by_id[pid].type == gents[gi]["type"]),
        )
        for i in core:
            etab[gents[i]["type"]]["gold_core"] += 1
            if i in matched:
                etab[gents[i]["type"]]["found"] += 1
        for p in pents:
            etab[p.type]["pred"] += 1
            if p.id in mapping:
                etab[p.type]["correct"] += 1
        gname = {g["name"]: i for i, g in enumerate(gents)}
        gold_typed, gold_pairs = set(), set()
        for r in gold.get("relations", []):
            h, t = gname.get(r["head"]), gname.get(r["tail"])
            if h is None or t is None:
                continue
            ty = r["type"]
            if RELATION_TYPES.get(ty) is not None and RELATION_TYPES[ty].symmetric:
                h, t = min(h, t), max(h, t)
            gold_typed.add((h, ty, t))
            gold_pairs.add((min(h, t), max(h, t)))
        pred_typed, pred_pairs, unmapped, unmapped_names = set(), set(), 0, []
        for r in rels_by_doc.get(doc, []):
            h, t = mapping.get(r.head), mapping.get(r.tail)
            if h is None or t is None:
                unmapped += 1
                hn = by_id[r.head].name if r.head in by_id else r.head
                tn = by_id[r.tail].name if r.tail in by_id else r.tail
                unmapped_names.append(f"{hn}-{r.type}->{tn}")
                rtab[r.type]["pred"] += 1
                continue
            ty = r.type
            if RELATION_TYPES.get(ty) is not None and RELATION_TYPES[ty].symmetric:
                h, t = min(h, t), max(h, t)
            if (h, ty, t) not in pred_typed:
                rtab[ty]["pred"] += 1
            pred_typed.add((h, ty, t))
            pred_pairs.add((min(h, t), max(h, t)))
        for h, ty, t in gold_typed:
            rtab[ty]["gold"] += 1
            if (h, ty, t) in pred_typed:
                rtab[ty]["tp"] += 1
        c.r_tp = len(pred_typed & gold_typed)
        c.r_pred = len(pred_typed) + unmapped
        c.r_gold = len(gold_typed)
        c.u_tp = len(pred_pairs & gold_pairs)
        c.u_pred = len(pred_pairs) + unmapped
        c.u_gold = len(gold_pairs)
        ds = DocScore(doc=doc, counts=c)
        ds.missed_entities = [gents[i]["name"] + "/" + gents[i]["type"] for i in core if i not in matched]
        ds.false_entities = [p.name + "/" + p.type for p in pents if p.id not in mapping]
        ds.missed_relations = [
            f"{gents[h]['name']}-{ty}->{gents[t]['name']}" for (h, ty, t) in sorted(gold_typed - pred_typed)
        ]
        ds.false_relations = [
            f"{gents[h]['name']}-{ty}->{gents[t]['name']}" for (h, ty, t) in sorted(pred_typed - gold_typed)
        ] + unmapped_names
        report.docs.append(ds)
        report.micro.add(c)
    report.entity_types = dict(etab)
    report.relation_types = dict(rtab)
    return report
