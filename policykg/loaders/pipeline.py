"""One document from source text to :class:`DocumentGraph`.

normalise → metadata → mentions → entities → relations, in that order and in
one place, so the CLI, the API and the benchmarks all build graphs the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

from policykg.loaders import lexicon
from policykg.loaders.metadata import DocMeta, parse_metadata
from policykg.loaders.line_memo import find_candidates
from policykg.loaders.names import JURISDICTION_STARTS, Candidate
from policykg.loaders.normalize import normalize_text
from policykg.loaders.relations import SENTENCE_RE, extract_relations
from policykg.loaders.resolve import resolve
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation

SUBUNIT_TAILS = ("分中心", "分局", "分所", "分院", "分校", "检验室")
_PARENT_AGENCY = re.compile("(?:国家|国务院|中华人民共和国|(?:{})(?:市|省)?|[\u4e00-\u9fff]{{2,3}}省)"
                            "[\u4e00-\u9fff]{{2,12}}(?:管理局|监管局|总局|委员会|部|署)".format("|".join(lexicon.CITIES)))
"""A parent agency recognisable by its form: a jurisdiction, a field and a ministry-level head."""


def build_document(source, file: str) -> DocumentGraph:
    """Normalise a ``SourceText`` (from :func:`policykg.loaders.readers.read_source`) and extract its graph."""
    norm = normalize_text(source.text, source_format=getattr(source, "source_format", "txt"))
    doc = Document(file=file, sha256=getattr(source, "sha256", ""), text=norm.text, original_text=norm.original,
                   source_format=getattr(source, "source_format", "txt"),
                   encoding=getattr(source, "encoding", "utf-8"), script=norm.script)
    return extract(doc)


def load_document(path: Path, file: str) -> DocumentGraph:
    """Read, normalise and extract one file; unreadable files raise :class:`policykg.errors.InputError`."""
    from policykg.loaders.readers import read_source

    return build_document(read_source(Path(path)), file)


def _own_policy_title(meta: DocMeta) -> str | None:
    """The policy a policy document issues: the 《…》 in its title, or the title itself."""
    if meta.doc_type != "policy" or not meta.title:
        return None
    m = _BOOK_TITLE_RE.search(meta.title)
    if m:
        return m.group(1)
    return meta.title


def extract(document: Document) -> DocumentGraph:
    """Fill metadata (when missing), entities and relations of an already-normalised document."""
    text = document.text
    original = document.original_text if len(document.original_text) == len(text) else text
    meta = parse_metadata(text, document.file)
    document.title = document.title or meta.title
    document.doc_number = document.doc_number or meta.doc_number
    document.date = document.date or meta.date
    document.addressees = document.addressees or meta.addressees
    if document.doc_type == "other":
        document.doc_type = meta.doc_type
    document.region = document.region or meta.region
    issuer = document.issuer or meta.issuer
    if issuer:
        entry = lexicon.agency_by_surface(issuer, document.region)
        issuer = entry.name if entry else issuer
    document.issuer = issuer

    cands = find_candidates(text, document.addressees)
    refs = _references_start(text)
    if refs is not None:
        cands = [c for c in cands if c.start < refs]
    cands = _shared_suffix(text, cands)
    own = _own_policy_title(meta)
    res = resolve(text, original, cands, region=document.region, issuer=issuer, own_policy_title=own)
    relations = extract_relations(text, document.file, res.mentions, own_policy=res.own_policy)
    entities = dict(zip(res.entity_ids, res.entities))
    relations += _subunits(text, original, document.file, entities)
    if res.issuer_id and res.own_policy:
        relations += _issued_own(text, document.file, res.issuer_id, res.own_policy, issuer, own)
    ents = [e for e in entities.values()]
    for e in ents:
        e.aliases = sorted(set(a for a in e.aliases if a and a != e.name))
    return DocumentGraph(document=document, entities=ents, relations=_dedupe(relations))


def _references_start(text: str) -> int | None:
    """Where a report's bibliography begins: journal titles and authors there are not actors of the study."""
    if "参考" not in text and "References" not in text and "REFERENCES" not in text:
        return None  # the heading pattern needs one of these words
    m = None
    for m in _BIBLIOGRAPHY_HEADING_RE.finditer(text):
        pass
    if m is not None and m.start() > len(text) * 0.5:
        return m.start()
    return None


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen: dict[tuple[str, str, str], Relation] = {}
    for r in rels:
        seen.setdefault((r.head, r.type, r.tail), r)
    return list(seen.values())


def _shared_suffix(text: str, cands: list[Candidate]) -> list[Candidate]:
    """P甲、乙TAIL → P甲TAIL and P乙TAIL (国家药监局药品、医疗器械审评检查…分中心 names two centres)."""
    out = list(cands)
    # the shared prefix is an agency the rules found, known to the lexicon or not (国家X局药品、…分中心)
    agency_ends = {p.end: p for p in cands if p.type == "Agency"}
    for i, c in enumerate(cands):
        if c.type != "Agency" or c.entry is not None or c.start < 3 or text[c.start - 1] != "、" \
                or c.text.startswith(JURISDICTION_STARTS):
            continue  # 、市B委 is a list of whole agencies, not the second half of a shared name
        # fragment between a known agency and the 、
        j = c.start - 1
        k = j
        while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and j - k < 6:
            k -= 1
            p = agency_ends.get(k)
            if p is not None and i > 0 and cands[i - 1] is p:
                frag = text[k:j]
                second = p.text + c.text
                first = None
                for n in range(len(c.text) - 3, 1, -1):
                    tail = c.text[-n:]
                    if (p.text + frag + tail) in text:
                        first = p.text + frag + tail
                        break
                out[i] = Candidate(c.start, c.end, second, c.type, "coord:shared-suffix", c.confidence)
                if first:
                    out.append(Candidate(k, j, first, c.type, "coord:shared-suffix", c.confidence))
                break
    out.sort(key=lambda c: c.start)
    return out


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    for m in SENTENCE_RE.finditer(text, max(0, pos - 200)):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    return pos, min(len(text), pos + 40)


def _subunits(text: str, original: str, file: str, entities: dict[str, Entity]) -> list[Relation]:
    """A unit named after its parent agency (国家药品监督管理局…长三角分中心) is PART_OF that agency."""
    out = []
    by_name = {e.name: e for e in entities.values()}
    for e in list(entities.values()):
        if not e.name.endswith(SUBUNIT_TAILS) or e.type != "Agency":
            continue
        best = None
        for k in range(len(e.name) - 3, 2, -1):
            prefix = e.name[:k]
            hit = [x.name for x in lexicon.entries_for(prefix) if x.type == "Agency"]
            if not hit and prefix in by_name and by_name[prefix].type == "Agency":
                hit = [prefix]  # the parent is named in the document itself
            if not hit and _PARENT_AGENCY.fullmatch(prefix):
                hit = [prefix]  # 国家X管理局 / 广东省X局: a whole agency name by its form alone
            if hit:
                best = (prefix, hit[0])
                break
        if best is None:
            continue
        prefix, parent_name = best
        parent = by_name.get(parent_name)
        if parent is None:
            parent = Entity(name=parent_name, type="Agency", confidence=0.8)
            entities[parent.id] = parent
            by_name[parent.name] = parent
        at = text.find(prefix)
        if prefix != parent.name and at >= 0:
            surface = original[at:at + len(prefix)]
            if surface not in parent.aliases:
                parent.aliases.append(surface)
        if parent.id == e.id or not e.mentions:
            continue
        m = e.mentions[0]
        s, t = _sentence_at(text, m.start)
        s, t = max(s, m.start - 60), min(t, m.end + 60)
        ev = text[s:t]
        out.append(Relation(head=e.id, type="PART_OF", tail=parent.id,
                            evidence=Evidence(doc=file, text=ev, start=s, end=t, rule="name:subunit", confidence=0.8)))
    return out


def _issued_own(text: str, file: str, issuer_id: str, policy_id: str, issuer: str, own: str) -> list[Relation]:
    """The header 'X关于印发《P》的通知' states that X issued P."""
    m = _ISSUING_NOTICE_RE.search(text[:3000])
    if not m:
        return []
    s = max(0, text.rfind("\n", 0, m.start()) + 1)
    e = min(len(text), m.end() + len(own) + 6)
    ev = text[s:e].strip()
    s = text.index(ev, s)
    return [Relation(head=issuer_id, type="ISSUED", tail=policy_id,
                     evidence=Evidence(doc=file, text=ev[:160], start=s, end=s + len(ev[:160]), rule="header:印发",
                                       confidence=0.9))]


# Patterns used inside the functions above, compiled once at import (not looked up in
# the ``re`` cache on every call: these run per mention, per sentence or per line).
_BOOK_TITLE_RE = re.compile(r"《([^《》]+)》")
_BIBLIOGRAPHY_HEADING_RE = re.compile(r"(?m)^\s*(参考文献|参考资料|References|REFERENCES)\s*[:：]?\s*$")
_ISSUING_NOTICE_RE = re.compile(r"关于(?:印发|发布)")
