"""Turn mention candidates into one entity per thing per document.

Resolution decides the canonical name of every mention: the lexicon's official
name for known agencies (市科委 in a Shanghai document → 上海市科学技术委员会),
the full form for a within-document abbreviation (X（简称“Y”）, X（Y）),
the issuer for 我委/本委, the document's city for 本市/我市. Mentions sharing a
canonical name become one :class:`Entity` whose aliases are the other surface
forms, taken from the original text so Traditional spellings survive.

The package keeps ``references`` (words that point at a body), ``firms`` (firms' forms) and ``merges``
(forms that name one body) apart from :func:`resolve`, which applies them to one document.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from policykg.extract import lexicon
from policykg.extract.components.gazetteer import SHORT_FORM_RULE, canonical_place, province_of
from policykg.extract.names import Candidate
from policykg.extract.resolve.firms import _company_stems
from policykg.extract.resolve.merges import (
    _GLOSSED_TYPES,
    _LATIN_GLOSS_RE,
    _LATIN_PERSON_RE,
    _bare_policy_heads,
    _edition_aliases,
    _hospital_tails,
    _is_abbreviation,
    _merge_agency_short_forms,
    _merge_city_variants,
    _merge_event_short_forms,
    _merge_faculty_short_forms,
    _merge_former_names,
    _merge_hospital_short_forms,
    _merge_lab_short_forms,
    _merge_law_short_forms,
    _merge_ordered_short_forms,
    _merge_place_and_short_form,
    _merge_place_dropped_forms,
    _merge_place_opened_tails,
    _merge_policy_de_forms,
    _merge_scheme_heads,
    _merge_tails_after_named_owner,
    _merge_tails_of_longer_agencies,
    _merge_trade_dropped_forms,
    _place_prefixed_aliases,
    _same_as_called,
    _units_of_short_forms,
)
from policykg.extract.resolve.references import (
    _ABBREV_AFTER,
    _ABBREV_OPENERS,
    _CITIES,
    _COMMON_CHARS,
    _COUNCIL_FORMULA,
    _FIRST_PERSON_BODY,
    _MEMBER_LINE,
    _NAMED_OTHERWISE,
    _OFFICIAL_LINE,
    _PROVINCE_REF,
    _PROVINCES,
    _REGION_GOVERNMENTS,
    _SAR_OWN_GOVERNMENT,
    _START,
    BUREAU_REF,
    CITY_REFS,
    COMPOUND_CHAR_REFS,
    COUNCIL_REF,
    DISTRICT_REFS,
    GOVERNMENT_REF,
    LOCAL_CHAR_REFS,
    OWN_POLICY_REFS,
    PROVINCE_ABBREVIATIONS,
    SELF_REFS,
    WE_REF,
    Resolved,
    _Builder,
    _canonical_for_lexicon,
    _city_lexicon,
    _council_canon,
    _first_person_body,
    _in_region,
    _issuer_as_resolved,
    _one_key_per_name,
    _own_district,
    _place_starts,
    _sar_of_text,
    _settles_after,
)


def _relative_body(text: str, type_: str, region: str | None) -> tuple[str, str, str | None]:
    """A body named by its level alone (市科技局, 省政府, 区卫健委) as the document's region places it: 市科技局 in a
    佛山 notice is 佛山市科技局, 省政府 in a 三明 reply is 福建省政府 (the city's province, from the divisions table),
    a district's 区… keeps its name within the city. One the document cannot place keeps its name (the resolution
    component then scopes it to the document)."""
    if region:
        if text[0] == "区":
            return text, type_, region
        place = (province_of(region) or region) if text[0] == "省" and region not in _PROVINCES else region
        named = _in_region(text, place)
        if named != text:
            return named, type_, None
    return text, type_, None


def resolve(
    text: str,
    original: str,
    candidates: list[Candidate],
    *,
    region: str | None,
    issuer: str | None,
    own_policy_title: str | None = None,
    reply: bool = False,
) -> Resolved:
    """Resolve candidates (already non-overlapping, in text order) into per-document entities."""
    b = _Builder(text, original, region)
    # within-document abbreviations: X（简称“Y”） / X（Y）
    abbrev: dict[str, tuple[str, str]] = {}
    known_as: dict[str, tuple[str, str]] = {}  # a known body's name → the full name its short form glosses
    canon_of: dict[int, tuple[str, str, str | None]] = {}
    lex_canon: dict[str, tuple[str, str, str | None]] = {}  # a known name recurs: resolve its surface once
    sar = _sar_of_text(text, region)
    for c in candidates:
        if c.entry is not None:
            hit = lex_canon.get(c.text)
            if hit is None:
                hit = lex_canon[c.text] = _canonical_for_lexicon(c, sar if c.text == _SAR_OWN_GOVERNMENT else region)
            canon_of[c.start] = hit
        elif c.text.startswith(_CITIES) and (hit := _city_lexicon(c.text)) is not None:
            canon_of[c.start] = (hit.name, hit.type, None)
        elif (
            c.type == "Agency"
            and c.text.startswith(("市", "区", "省"))
            and not c.text.startswith(("市场", "市级", "区域", "省级"))
        ):
            canon_of[c.start] = _relative_body(c.text, c.type, region)
        elif c.rule == "gazetteer:place":
            canon_of[c.start] = (canonical_place(c.text) or c.text, c.type, None)
        elif c.rule.startswith(SHORT_FORM_RULE):
            canon_of[c.start] = (c.rule[len(SHORT_FORM_RULE) :], c.type, None)
        else:
            canon_of[c.start] = (c.text, c.type, None)
    if region:
        _one_key_per_name(candidates, canon_of)
    _merge_city_variants(candidates, canon_of, region)
    _merge_scheme_heads(candidates, canon_of)
    issuer_entry = lexicon.agency_by_surface(issuer, region) if issuer else None
    issuer_name = issuer_entry.name if issuer_entry else issuer
    _merge_agency_short_forms(candidates, canon_of, issuer_name)
    _merge_faculty_short_forms(candidates, canon_of)
    _merge_hospital_short_forms(candidates, canon_of)
    _merge_lab_short_forms(candidates, canon_of)
    _merge_event_short_forms(candidates, canon_of)
    _merge_tails_of_longer_agencies(candidates, canon_of)
    _merge_former_names(candidates, canon_of)
    _merge_place_opened_tails(candidates, canon_of)
    _merge_tails_after_named_owner(candidates, canon_of)
    _merge_place_dropped_forms(candidates, canon_of)
    _merge_trade_dropped_forms(candidates, canon_of)
    _merge_ordered_short_forms(candidates, canon_of)
    _merge_law_short_forms(candidates, canon_of)
    _merge_policy_de_forms(candidates, canon_of)
    issuer_name = _issuer_as_resolved(candidates, canon_of, issuer, issuer_name)
    by_start = {c.start: c for c in candidates}
    for c in candidates:
        # the pattern opens with a closing mark, a space or a bracket: test that character first
        nxt = text[c.end : c.end + 1]
        if not nxt or not (nxt in _ABBREV_OPENERS or nxt.isspace()):
            continue
        m = _ABBREV_AFTER.match(text, c.end, c.end + 56)
        if not m:
            continue
        short = m.group("short").strip()
        name, ty, jur = canon_of[c.start]
        if m.group("called"):
            _same_as_called(candidates, canon_of, c, re.sub(r"\s+", "", short))
            continue
        second = by_start.get(m.start("short"))
        if _second_hospital_name(c, second, short):
            # 某大学附属医院（某省中医医院）: a hospital's other full name in brackets is the same hospital
            for other in candidates:
                if other.type == "Hospital" and canon_of[other.start][0] == short:
                    canon_of[other.start] = (name, ty, jur)
            continue
        gloss = second if _LATIN_GLOSS_RE.fullmatch(short) else None
        if gloss is not None and gloss.text == short and gloss.type != "Person" and not c.text.isascii():
            canon_of[gloss.start] = (name, ty, jur)  # 桑格研究所（Sanger Institute）: the English name is an alias
            continue
        if (
            short
            and short != c.text
            and (_is_abbreviation(short, c.text) or any(w in m.group(0) for w in _NAMED_OTHERWISE))
        ):
            abbrev.setdefault(short, (name, ty))
            known = by_start.get(m.start("short"))
            if known is not None and known.entry is not None and known.text == short and known.type == ty == "Company":
                # 甲集团总公司（甲集团）: the short form in brackets is a known firm, so its other known names (甲医药
                # 集团) are this full name too, not a second firm (only firms: a school or an institute glossed by
                # its parent's short form would take over every mention of the parent)
                known_as.setdefault(canon_of[known.start][0], (name, ty))
            if ty == "Policy" and short.startswith("《"):
                abbrev.setdefault(short.strip("《》"), (name, ty))
        elif gloss is None and ty in _GLOSSED_TYPES and _LATIN_GLOSS_RE.fullmatch(short) and not c.text.isascii():
            # 剑桥企业有限公司（Cambridge Enterprise）: a body's English name in brackets after its Chinese name is
            # another name of it even when the Latin finder, lacking an English head word, did not take it
            abbrev.setdefault(short, (name, ty))
        elif gloss is None and ty == "Person" and _LATIN_PERSON_RE.fullmatch(short) and not c.text.isascii():
            # 黄某某（Grace Wong）, 切克兰德（P·Checkland）: a person's Latin name in brackets is another name of them
            abbrev.setdefault(short, (name, ty))

    _merge_place_and_short_form(candidates, canon_of, abbrev)
    candidates = _company_stems(text, candidates, canon_of, abbrev)
    candidates = _hospital_tails(text, candidates, canon_of)
    _bare_policy_heads(candidates, canon_of, own_policy_title)
    candidates = _units_of_short_forms(text, candidates, abbrev, canon_of)
    # occurrences of abbreviations not found by the finder (和黄医药, ICN) become mentions too
    extra: list[Candidate] = []
    covered = bytearray(len(text) + 1)
    for c in candidates:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for short, (_name, ty) in abbrev.items():
        for m in re.finditer(re.escape(short), text):
            if any(covered[m.start() : m.end()]):
                continue
            # a Latin acronym must stand alone; a Chinese short form must not be inside a longer word of names
            if short.isascii() and (
                (m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum())
                or (m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalnum())
            ):
                continue
            if m.start() > 0 and (ref := CITY_REFS.match(text, m.start() - 1)) and ref.end() > m.start():
                continue  # 本港大学 is "the territory's universities": 港大 does not start inside 本港
            extra.append(Candidate(m.start(), m.end(), short, ty, "abbreviation", 0.85))
            covered[m.start() : m.end()] = b"\x01" * len(short)
    for m in COMPOUND_CHAR_REFS.finditer(text):
        for s in range(m.start(), m.end()):
            if not covered[s] and text[s] != "、":
                extra.append(Candidate(s, s + 1, text[s], "char", "ref:char-list", 0.8))
                covered[s] = 1
    gov_rx = GOVERNMENT_REF if region in _REGION_GOVERNMENTS else None
    # 全区 is the district only in a district body's own document: in a news story it may be a zone's or a region's
    district = _own_district(text) if issuer and "区" in issuer and DISTRICT_REFS.search(text) else None
    if district and issuer and district not in issuer:
        district = None
    council = _council_canon(candidates, canon_of) if _COUNCIL_FORMULA in text else None
    council_rx = COUNCIL_REF if council is not None else None
    for rx, kind in (
        (SELF_REFS, "self"),
        (council_rx, "council"),
        (CITY_REFS, "city"),
        (DISTRICT_REFS if district else None, "district"),
        (OWN_POLICY_REFS, "own"),
        (LOCAL_CHAR_REFS, "char"),
        (gov_rx, "gov"),
    ):
        if rx is None:
            continue
        for m in rx.finditer(text):
            s, e = m.start(1) if kind == "char" else m.start(), m.end(1) if kind == "char" else m.end()
            if any(covered[s:e]):
                continue
            if kind == "self" and not issuer and not (reply and _first_person_body(text, s, e)):
                continue  # 本部门 in a notice with no issuer: each addressee's own department, no one body
            if kind == "city" and (not region or (m.group() in _PROVINCE_REF and region not in _PROVINCES)):
                continue
            if kind == "own" and not own_policy_title:
                continue
            if kind == "char" and _place_starts(text, s):
                continue  # 在苏州: the character begins a city's name, it is not 江苏
            if kind == "char" and text[s] in _COMMON_CHARS and not _settles_after(text, e):
                continue  # 在新…, 在宁…: characters that are also ordinary words need a hosted act after them
            extra.append(Candidate(s, e, text[s:e], kind, "ref:" + kind, 0.8))
            covered[s:e] = b"\x01" * (e - s)

    bureau_of: dict[int, str] = {}
    if "局方" in text or ("我们" in text and region in _REGION_GOVERNMENTS):
        _bureau_refs(text, candidates, canon_of, issuer_name, region in _REGION_GOVERNMENTS, covered, extra, bureau_of)
    refs = {
        "self": (issuer_name, "Agency"),
        "city": (region, "Region"),
        "district": (district, "Region"),
        "own": (own_policy_title, "Policy"),
        "gov": (_REGION_GOVERNMENTS.get(region or ""), "Agency"),
    }
    add = b.add
    for c in sorted(candidates + extra, key=_START) if extra else sorted(candidates, key=_START):
        ty = c.type
        if c.rule == "abbreviation":
            name, ty = abbrev[c.text]
            add(c, name, ty, None)
        elif ty == "bureau":
            add(c, bureau_of[c.start], "Agency", None)
        elif ty == "council" and council is not None:
            add(c, *council)
        elif ty in refs:
            referent, ty = refs[ty]
            if referent is None and c.rule == "ref:self":
                referent = c.text  # 我局 in a reply whose header is lost: the answering body, named as it names itself
            if referent is not None:  # a reference is only found when the document names what it refers to
                add(c, referent, ty, None)
        elif ty == "Agency" and _FIRST_PERSON_BODY.fullmatch(c.text):
            add(c, issuer_name or c.text, ty, None)  # 联合我局等四部门: the finder took 我局 as a name: the issuer
        elif ty == "char":
            add(c, PROVINCE_ABBREVIATIONS[c.text], "Region", None)
        elif abbrev and c.text in abbrev and ty != "Region":
            name, ty = abbrev[c.text]
            add(c, name, ty, None)
        elif known_as and c.entry is not None and canon_of[c.start][0] in known_as:
            name, ty = known_as[canon_of[c.start][0]]
            add(c, name, ty, None)
        else:
            name, ty, jur = canon_of[c.start]
            add(c, name, ty, jur)

    _edition_aliases(text, b.original, list(b.entities.values()))
    _place_prefixed_aliases(text, b.original, list(b.entities.values()))
    res = Resolved()
    if issuer_name:
        res.issuer_id = b.entity(
            issuer_name, "Agency", _issuer_jurisdiction(issuer_name, candidates, canon_of), 0.95
        ).id
    if own_policy_title:
        res.own_policy = b.entity(own_policy_title, "Policy", None, 0.9).id
    res.entities = list(b.entities.values())
    ids = {key: e.id for key, e in b.entities.items()}
    res.entity_ids = list(ids.values())
    res.mentions = [(m, ids[key]) for m, key in b.mentions]
    return res


def _issuer_jurisdiction(issuer: str, candidates: list[Candidate], canon_of: dict) -> str | None:
    """The jurisdiction under which the text's own mentions of the issuer were resolved: where the header gave the
    issuer by a short form (发布机构：省科技厅) that resolution took to the full name (:func:`_issuer_as_resolved`),
    the issuer must be the entity those mentions made, key and all, not a second one without a jurisdiction."""
    for c in candidates:
        if c.type == "Agency" and c.text != issuer and c.start in canon_of:
            name, type_, jur = canon_of[c.start]
            if name == issuer and type_ == "Agency":
                return jur
    return None


def _bureau_refs(
    text: str,
    candidates: list[Candidate],
    canon_of: dict,
    issuer: str | None,
    in_sar: bool,
    covered: bytearray,
    extra: list[Candidate],
    bureau_of: dict[int, str],
) -> None:
    """Mentions for 局方 (see :data:`BUREAU_REF`) and, in a Hong Kong reply, the official's 我们 (:data:`WE_REF`):
    the referent of each goes in ``bureau_of`` by start."""
    bureaus = [
        (c.start, canon_of[c.start][0])
        for c in candidates
        if c.start in canon_of and canon_of[c.start][1] == "Agency" and canon_of[c.start][0].endswith("局")
    ]
    answering = issuer if issuer and issuer.endswith(("局", "署")) else None
    refs = [(m, "bureau") for m in BUREAU_REF.finditer(text)]
    if in_sar and answering:
        refs += [(m, "we") for m in WE_REF.finditer(text)]
    refs.sort(key=lambda r: r[0].start())
    if not refs:
        return
    voices = _voices(text)
    for m, kind in refs:
        s, e = m.start(), m.end()
        line_start = text.rfind("\n", 0, s) + 1
        speaker = voices[bisect_right(voices, (line_start, "~")) - 1][1]
        if any(covered[s:e]):
            continue
        referent = answering
        if kind == "we":
            if speaker != "official":
                continue
        elif text[s - 2 : s] != "我们" and speaker != "member":
            named = [name for start, name in bureaus if line_start <= start < s]
            if named:
                referent = named[-1]
        if referent is None:
            continue
        extra.append(Candidate(s, e, text[s:e], "bureau", "ref:" + kind, 0.75))
        covered[s:e] = b"\x01" * (e - s)
        bureau_of[s] = referent


def _voices(text: str) -> list[tuple[int, str]]:
    """(line start, who speaks from there on: "member", "official" or ""), one row per change of speaker."""
    out = [(0, "")]
    pos = 0
    for line in text.split("\n"):
        if _MEMBER_LINE.match(line):
            out.append((pos, "member"))
        elif _OFFICIAL_LINE.match(line):
            out.append((pos, "official"))
        pos += len(line) + 1
    return out


def _second_hospital_name(c: Candidate, second: Candidate | None, short: str) -> bool:
    """X医院（Y医院）: Chinese hospitals often carry two names, the university's (某大学附属医院) and the
    province's or the city's (某省中医医院), written one after the other with the second in brackets. The
    bracket is one hospital's name exactly, and neither name holds the other (X医院（X医院东院）names a branch)."""
    return (
        c.type == "Hospital"
        and second is not None
        and second.type == "Hospital"
        and second.text == short
        and short not in c.text
        and c.text not in short
    )


__all__ = [
    "PROVINCE_ABBREVIATIONS",
    "SELF_REFS",
    "resolve",
]
