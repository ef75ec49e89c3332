"""Relations stated by a document's structure rather than by a verb.

- 责任单位 / 牵头单位 / 负责单位 lists: each listed body answers for the measure the list closes,
  one RESPONSIBLE_FOR per measure, with the measure's number and heading as evidence;
- annexed policies (a part's title line) become Policy entities, issued by the document's issuer;
- the header 'X关于印发《P》的通知' states that X issued P; a policy titled 'X关于…' was issued by X;
- a unit named after its parent (国家X局…分中心, X大学Y学院, 中国科学院X研究所) is PART_OF it;
- a list of officials under 组长 / 副组长 / 成员 are MEMBER_OF the group the list belongs to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from policykg.extract import lexicon
from policykg.extract.components import resolution
from policykg.extract.components.gazetteer import places
from policykg.extract.components.header import TRANSMITTAL, TRANSMITTAL_REACH
from policykg.extract.components.segments import SENTENCE_RE, measure_at, policy_at
from policykg.extract.doc import Doc
from policykg.extract.metadata import COMMITTEE_AND_GOVERNMENT
from policykg.extract.names import LEGAL_FORMS, alternation, opens_place_word, split_joint_issuers
from policykg.model import Entity, Evidence, Mention, Relation
from policykg.ontology import allows

SUBUNIT_TAILS = ("分中心", "分局", "分所", "分院", "分校", "检验室", "审评中心", "专家委员会", "咨询委员会")
_PARENT_AGENCY = re.compile(
    "(?:国家|国务院|中华人民共和国|(?:{})(?:市|省)?|[\u4e00-\u9fff]{{2,3}}省)"
    "[\u4e00-\u9fff]{{2,12}}(?:管理局|监管局|总局|委员会|部|署)".format("|".join(lexicon.CITIES))
)
_HEAD_GOES_ON = ("中心", "研究院", "研究所", "院", "所", "办公室", "委员会")
"""Head words that, right after a would-be parent, make the parent a longer name (东部|中心, 技术|研究院): a
sub-unit's parent ends where the unit's own words begin, never just before the parent's own head word."""
_RESPONSIBLE_LIST = re.compile(
    r"[（(]\s*(?:责任单位|牵头单位|负责单位|责任部门|牵头部门|负责部门)\s*[:：]([^（()）]{1,400})[）)]"
    r"|^\s*(?:责任单位|牵头单位|负责单位|责任部门|牵头部门|负责部门)\s*[:：](.{1,400})$",
    re.M,
)
_TITLE_ISSUER = re.compile(r"^(?P<who>.{2,40}?)(?:关于|印发|转发|批转)")
_ISSUING_NOTICE_RE = re.compile(r"关于(?:印发|发布)")
MAX_EVIDENCE = 160


def run(doc: Doc) -> None:
    _own_policy_in_header(doc)
    _issuing_notice(doc)
    _part_policies(doc)
    _inner_titles(doc)
    _implementing_titles(doc)
    _responsible_lists(doc)
    _responsible_columns(doc)
    _transmitted_policies(doc)
    _title_issuers(doc)
    _official_lists(doc)
    if doc.issuer_id and doc.own_policy and doc.issuer and not _transmits_parts(doc):
        doc.relations += _issued_own(
            doc.text, doc.file, doc.issuer_id, doc.own_policy, doc.issuer, doc.entities[doc.own_policy].name
        )
        doc.relations += _issued_by_decree(doc)
    _issued_by_history_note(doc)
    _issuers_before_titles(doc)
    _addressee_requests(doc)
    doc.relations += _subunits(doc.text, doc.original, doc.file, doc.entities)
    _nested_names(doc)
    _firm_branches(doc)
    _seated_subsidiaries(doc)
    _addresses(doc)
    _place_before_name(doc)
    _place_in_brackets(doc)
    _site_in_own_brackets(doc)
    _listed_parts(doc)


def _own_policy_in_header(doc: Doc) -> None:
    """The document's own title is a mention of its policy, issued by the issuer it names (X关于…的通知)."""
    if not doc.own_policy:
        return
    e = doc.entities[doc.own_policy]
    at, end = _find_wrapped(doc.text, e.name, 3000)
    if at < 0:
        return
    if not e.mentions:
        m = Mention(doc.original[at:end], at, end, "Policy", e.name, "header:title", 0.9)
        e.mentions.append(m)
        doc.mentions.append((m, doc.own_policy))
        doc.mentions.sort(key=lambda me: me[0].start)
    if doc.issuer_id and doc.issuer and e.name.startswith(doc.issuer) and not _ISSUING_NOTICE_RE.search(e.name):
        _relate(doc, doc.issuer_id, "ISSUED", doc.own_policy, at, end, "header:title", 0.9)


_ISSUING_NOTICE_TITLE = re.compile(
    r"关\s*于\s*(?:印\s*发|发\s*布)\s*(?:《(?P<marked>[^《》\n]{4,80})》[^。，；：:《》\n]{0,30}?|(?P<bare>[^。，；：:《》\n]{4,80}?))"
    r"的\s*通\s*知"
)
"""关于印发《P》的通知 / 关于印发P的通知 in the header: the notice's own title, naming the policy it hands on."""


_NOTICE_RULE = "header:notice-title"


def _issuing_notice(doc: Doc) -> None:
    """Agencies written one after another before 关于 in a notice's title (X局Y委关于印发《P》的通知,
    X市人民政府 Y厅关于印发P的通知) each issued the notice, which the text names and is so a Policy of its
    own, and each issued P. Why: with joint issuers the header states what every one of them issued, while
    the header parser keeps one issuer (or, under a portal's page cells, none) and the title-issuer rule
    splits only issuers it can cut apart. One issuer is left as it was: its notice is the cover of the
    policy it hands on, and that policy is what it issued. The notice's name keeps its issuers as written;
    the name from 关于 on is its alias."""
    head = doc.text[:TRANSMITTAL_REACH]
    if "关" not in head or "通" not in head:
        return  # cheap test first: no 关于…通知 here
    m = _ISSUING_NOTICE_TITLE.search(head)
    if m is None:
        return
    start = m.start()
    issuers: list[str] = []
    for mention, eid in sorted(doc.mentions, key=lambda me: -me[0].end):
        gap = doc.text[mention.end : start]
        if mention.end <= start and not gap.strip() and doc.entities[eid].type == "Agency":
            issuers.append(eid)
            start = mention.start
    if len(issuers) < 2:
        return  # one issuer: the notice is the cover of the policy it hands on, and the policy is what it issued
    short = re.sub(r"\s+", "", m.group(0))
    name = re.sub(r"\s+", "", doc.text[start : m.end()])
    handed = re.sub(r"\s+", "", m.group("marked") or m.group("bare"))
    for pid, p in list(doc.entities.items()):
        if p.type == "Policy" and handed in (p.name, *p.aliases):
            for head_id in issuers:
                _relate(doc, head_id, "ISSUED", pid, start, m.end(), _NOTICE_RULE, 0.85)
    known = (o for o in doc.entities.values() if o.type == "Policy" and {name, short} & {o.name, *o.aliases})
    e = next(known, None) or Entity(name=name, type="Policy", confidence=0.85)
    if e.id not in doc.entities:
        doc.entities[e.id] = e
        # a mention of the entity only: the names inside the title stay the mentions the sentence rules read
        e.mentions.append(Mention(doc.original[start : m.end()], start, m.end(), "Policy", name, _NOTICE_RULE, 0.85))
    for alias in {name, short} - {e.name, *e.aliases}:
        e.aliases.append(alias)
    for head_id in issuers:
        _relate(doc, head_id, "ISSUED", e.id, start, m.end(), _NOTICE_RULE, 0.85)


_TRANSMITTED_LIST = re.compile(
    r"(?:现将)?(《[^《》]{4,80}》(?:(?:以及|及|和|与|、)?《[^《》]{4,80}》){1,5})[^。《》]{0,40}?(?:现)?印发给你们"
)
"""《A》及《B》《C》已经市政府同意，现印发给你们: the transmittal sentence of a notice handing on several policies."""


def _transmitted_policies(doc: Doc) -> None:
    """Each policy a notice's transmittal sentence lists was issued by the notice's issuer. Why: a notice handing on
    a guideline and its companion plans names them together in one sentence (《A》及《B》《C》…现印发给你们) while its
    title may name only the first, or not in the same words (A's 的 dropped), so neither the title nor the annex
    headings tie the issuer to all of them."""
    if not doc.issuer_id or "印发给你们" not in doc.text[:TRANSMITTAL_REACH]:
        return
    m = _TRANSMITTED_LIST.search(doc.text, 0, TRANSMITTAL_REACH)
    if m is None:
        return
    starts = {mention.start: eid for mention, eid in doc.mentions}
    for q in re.finditer(r"《([^《》]+)》", m.group(1)):
        eid = starts.get(m.start(1) + q.start(1))
        if eid is not None and eid != doc.issuer_id and doc.entities[eid].type == "Policy":
            _relate(doc, doc.issuer_id, "ISSUED", eid, m.start(), m.end(), "header:transmitted", 0.85)


def _find_wrapped(text: str, name: str, limit: int) -> tuple[int, int]:
    """Where ``name`` stands in the first ``limit`` characters, also when a line break wraps it (a long
    title set on two lines): (start, end), or (-1, -1)."""
    at = text.find(name, 0, limit)
    if at >= 0:
        return at, at + len(name)
    m = re.compile(r"\s*".join(map(re.escape, name))).search(text, 0, limit + len(name))
    return (m.start(), m.end()) if m else (-1, -1)


def _add_entity(doc: Doc, name: str, type_: str, start: int, end: int, rule: str, confidence: float) -> str:
    e = Entity(name=name, type=type_, confidence=confidence)
    eid = e.id
    e = doc.entities.setdefault(eid, e)
    m = Mention(doc.original[start:end], start, end, type_, name, rule, confidence)
    e.mentions.append(m)
    doc.mentions.append((m, eid))
    return eid


def _part_policies(doc: Doc) -> None:
    """Each annexed policy is an entity of its own, issued by the document's issuer."""
    for p in doc.parts:
        at, end = _find_wrapped(doc.text[p.start :], p.title, len(doc.text) - p.start)
        at, end = (p.start, p.start + len(p.title)) if at < 0 else (p.start + at, p.start + end)
        p.policy_id = _add_entity(doc, p.title, "Policy", at, end, "part:title", 0.85)

        if doc.issuer_id and p.policy_id != doc.issuer_id:
            title = (doc.meta.title if doc.meta else "") or ""
            if p.title in title:
                k = doc.text.find(p.title)
                _relate(doc, doc.issuer_id, "ISSUED", p.policy_id, k, k + len(p.title), "part:issued", 0.8)
                continue
        annex = _annex_line(doc.text, p.title)
        if annex is not None and doc.own_policy and p.policy_id != doc.own_policy:
            # 附件：X under a notice whose title does not carry X (关于推广…举措的通知 with its 推广清单): the annex
            # is a component of the notice, not a document the notice transmits
            _relate(doc, p.policy_id, "PART_OF", doc.own_policy, annex.start(), annex.end(), "part:annex", 0.8)
    doc.mentions.sort(key=lambda me: me[0].start)


def _annex_line(text: str, title: str) -> re.Match[str] | None:
    """附件：X, 附件2：X or 附件 on its own line above X: the document names X as one of its annexes."""
    return re.search(rf"附件\s*\d*\s*[:：]?\s*(?:\d+[.、．]\s*)?{re.escape(title)}", text)


def _evidence(doc: Doc, start: int, end: int, rule: str, confidence: float) -> Evidence:
    """The sentence around [start, end), at most MAX_EVIDENCE characters."""
    s, e = _sentence_at(doc.text, start)
    s, e = max(s, start - 60), min(max(e, end), end + 60, s + MAX_EVIDENCE)
    return Evidence(doc=doc.file, text=doc.text[s:e], start=s, end=e, rule=rule, confidence=confidence)


def _relate(doc: Doc, head: str, type_: str, tail: str, start: int, end: int, rule: str, confidence: float) -> None:
    """Add one relation whose evidence is the text from ``start`` to ``end`` (the layout that states it)."""
    doc.relations.append(
        Relation(head=head, type=type_, tail=tail, evidence=_evidence(doc, start, end, rule, confidence))
    )


def _responsible_lists(doc: Doc) -> None:
    """(责任单位：A、B、C) closes a measure: each listed body answers for it."""
    text = doc.text
    if "单位" not in text and "部门" not in text:
        return
    by_pos = {m.start: (m, eid) for m, eid in doc.mentions}
    starts = sorted(by_pos)

    for lm in _RESPONSIBLE_LIST.finditer(text):
        g = 1 if lm.group(1) is not None else 2
        a, b = lm.start(g), lm.end(g)
        policy = policy_at(doc, a)
        if policy is None:
            continue
        measure = measure_at(doc, lm.start())
        if measure is not None and measure.start < lm.start():
            ev_text = f"{measure.label}{measure.heading}……{text[lm.start() : lm.end()]}"
        else:
            ev_text = text[max(0, lm.start() - 40) : lm.end()]
        ev_text = ev_text[:MAX_EVIDENCE]
        k = bisect.bisect_left(starts, a)
        while k < len(starts) and starts[k] < b:
            m, eid = by_pos[starts[k]]
            k += 1
            ent = doc.entities.get(eid)
            if ent is None or ent.type not in _ANSWERING_TYPES:
                continue
            _responsible(doc, eid, policy, ev_text, lm.start(), lm.end(), "structure:责任单位", 0.9)


_ANSWERING_TYPES = frozenset({"Agency", "Company", "Association", "ResearchInstitute", "University"})
"""Bodies a 责任单位 list or a 指导部门 column names: mostly agencies, but also a state-owned group (省投资集团) or
an academy with ministerial standing (中科院) that answers for a measure alongside them."""


def _responsible(
    doc: Doc, eid: str, policy: str, text: str, start: int, end: int, rule: str, confidence: float
) -> None:
    """``eid`` answers for ``policy``; the evidence is the measure or table row that says so."""
    evidence = Evidence(doc=doc.file, text=text, start=start, end=end, rule=rule, confidence=confidence)
    doc.relations.append(Relation(head=eid, type="RESPONSIBLE_FOR", tail=policy, evidence=evidence))


def _issuers(who: str, region: str | None) -> list[str]:
    """The agencies of a title's issuer part: split at spaces, 、 and 和, and a piece that is known agencies
    written side by side (国家卫生健康委国家中医药局) split into them."""
    out: list[str] = []
    for piece in re.split(r"[\s、和]+", who):
        joint = lexicon.joint_agencies(piece, region)
        pair = COMMITTEE_AND_GOVERNMENT.fullmatch(piece)
        out += [e.name for e in joint] if joint else list(pair.groups()) if pair else split_joint_issuers(piece)
    return out


def _agency_named(doc: Doc, who: str):
    """(entity id of the agency the document names ``who``, or None; the lexicon's entry for ``who``)."""
    entry = lexicon.agency_by_surface(who, doc.document.region) if who else None
    for oid, o in doc.entities.items():
        if o.type == "Agency" and (o.name == who or who in o.aliases or (entry is not None and o.name == entry.name)):
            return oid, entry
    return None, entry


_ADDRESSED_REQUEST = re.compile(
    r"(?m)^\s*([^\n：:]{2,30})[：:]\s*\n\s*你(?:局|委|厅|部|办|署|省|市|区|院|会|司)\s*"
    r"(?:报送的|上报的|的)?\s*《"
)
"""A reply to one body's request: its name alone on the addressee line, then 你局《Y》… (你省《关于…的请示》收悉)."""


def _addressee_requests(doc: Doc) -> None:
    """The body a reply is addressed to issued the request it answers (X：你局《关于…的请示》收悉). Why: every 批复
    and 复函 opens by naming the addressee's own document with 你局/你省, and no name of the addressee stands
    beside the title for the sentence rules to read."""
    for hit in _ADDRESSED_REQUEST.finditer(doc.text, 0, 3000):
        head = next((eid for m, eid in doc.mentions if m.start == hit.start(1) and m.end == hit.end(1)), None)
        if head is None or doc.entities[head].type != "Agency":
            continue
        title = next((eid for m, eid in doc.mentions if m.start == hit.end()), None)
        if title is not None and doc.entities[title].type == "Policy" and title != doc.own_policy:
            _relate(doc, head, "ISSUED", title, hit.start(1), hit.end() + 20, "structure:addressee-request", 0.75)


def _transmits_parts(doc: Doc) -> bool:
    """The document is a notice transmitting its own parts (X关于印发A和B的通知, with A and B found as parts) or the
    policies its transmittal sentence lists (《A》及《B》…现印发给你们): the issuer issued those, the notice is their
    cover."""
    return any(r.type == "ISSUED" and r.evidence.rule in _TRANSMITTING_RULES for r in doc.relations)


_TRANSMITTING_RULES = ("part:issued", "header:transmitted")


def _title_issuers(doc: Doc) -> None:
    """A policy titled 'X关于…' / 'X印发…' was issued by X when X is an agency named in the document. A notice
    transmitting the document's own parts (X关于印发A和B的通知) is not itself the policy X issued: A and B are."""
    transmitted = _transmits_parts(doc)
    for eid, e in list(doc.entities.items()):
        if e.type != "Policy" or not e.mentions:
            continue
        if transmitted and eid == doc.own_policy and _ISSUING_NOTICE_RE.search(e.name):
            continue
        m = _TITLE_ISSUER.match(e.name)
        if not m:
            continue
        for who in _issuers(m.group("who"), doc.document.region):
            hid, entry = _agency_named(doc, who)
            if hid is None:
                _issuer_in_title(doc, e, who, entry)
            elif hid != eid:
                at = e.mentions[0].start
                _relate(doc, hid, "ISSUED", eid, at, e.mentions[0].end, "structure:title-issuer", 0.85)


_GOVERNMENT_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|自治区)人民政府(?:办公厅|办公室)?")
"""宿豫区人民政府, 东岭省人民政府办公厅: a local government or its general office, known by its form alone."""


def _issuer_in_title(doc: Doc, e: Entity, who: str, entry: lexicon.LexEntry | None) -> None:
    """The agency that opens a cited title (《东岭区人民政府关于…的请示》) and is named nowhere else becomes an entity
    of its own, mentioned inside the title. Why: a reply cites a request or opinion by its full title, and the title
    is the only place that names the body that sent it. Only a known agency or a local government's form; the
    relation is left to the sentence rules (measured: a title-issuer edge for such bodies lowered check precision)."""
    if entry is None and not _GOVERNMENT_OFFICE.fullmatch(who):
        return
    m = e.mentions[0]
    at = doc.text.find(who, m.start, m.end)
    if at >= 0:
        name = entry.name if entry is not None else who
        _add_entity(doc, name, "Agency", at, at + len(who), "structure:title-issuer", 0.75)


_GOVERNMENT = re.compile(r"(?:人民政府|国务院|特别行政区政府|特区政府)$")
_NESTED_TYPES = frozenset(
    {"Agency", "University", "ResearchInstitute", "Lab", "Hospital", "Company", "Platform", "Association", "Program"}
)
_ATTACHED = re.compile(r"^(?:附属|直属|所属|下属|旗下|的)")
_DASH_AFTER_PARENT = re.compile(r"[-－‐–—―~～]")
"""The dash that joins two partners' names in a joint body's name (A—B联合研发中心, A-B创新药物研究院): right
after a would-be parent's name, it makes the parent one of two partners who set the body up, not its owner."""
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _nested_names(doc: Doc) -> None:
    """X大学Y学院, 中国科学院X研究所, X工作小组办公室: a unit named after a parent the document names."""
    known: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type in _NESTED_TYPES and e.mentions:
            for n in [e.name] + e.aliases:
                if len(n) >= 3:
                    known.setdefault(n, eid)
            # 港大医学院, 中大医学院, 国家卫健委统计信息中心: a body's short form from the tables opens its units'
            # names as its full name does, also where the document writes the short form only inside the unit's
            # name; two-character short forms only for universities (港大, 中大), whose faculties are so named, and
            # Chinese ones only (MIT Innovation Node is a scheme MIT set up, not one of its units)
            for x in lexicon.entries_for(e.name):
                if x.name == e.name and x.type == e.type:
                    for a in x.aliases:
                        if _CJK_ONLY.fullmatch(a) and (len(a) >= 3 or (len(a) == 2 and e.type == "University")):
                            known.setdefault(a, eid)
    already = {(r.head, r.tail) for r in doc.relations if r.type == "PART_OF"}
    footer = _distribution_footer(doc.text)
    joint = _joint_names(doc, known)
    for eid, e in list(doc.entities.items()):
        if e.type not in _NESTED_TYPES or not e.mentions or eid in joint:
            continue
        stated = [m for m in e.mentions if m.start < footer]
        if not stated:
            continue  # named only among the copy-to addressees or as the printing office
        best = None
        named = e.name  # the name (or alias) that writes the parent before the unit
        for n in [e.name] + e.aliases:
            for k in range(len(n) - 2, 1, -1):
                pid = known.get(n[:k])
                if pid is not None and k == 2 and opens_place_word(n, 0):
                    break  # 澳大利亚国立大学: the country's name opens it, not 澳大 (澳门大学)
                if pid is not None and pid != eid:
                    rest = _ATTACHED.sub("", n[k:])
                    if rest.startswith(("（", "(")):
                        break  # 香港中文大学（深圳）医院: the bracket names another body (a campus of its own)
                    if _DASH_AFTER_PARENT.match(rest):
                        break  # 东岭大学—南湖药业联合实验室: a dash joins two partners; the body is neither one's unit
                    if _hospital_in_a_city(e.type, n[k:]):
                        break  # 北京大学深圳医院 is the city's; 复旦大学附属中山医院 (附属, 直属…): the school's
                    if len(rest) >= 2 and (best is None or k > best[1]):
                        best, named = (pid, k), n
                    break
        if best is None:
            best = (
                _parent_by_form(doc, e, known)
                or _office_of_short_parent(doc, eid, e)
                or _government_of_bureau(doc, e, known)
                or _school_of_short_hospital(doc, e)
            )
            named = next((n for n in [e.name] + e.aliases if _bureau_of_government(n)), e.name)
        if best is None or (eid, best[0]) in already:
            continue
        parent = doc.entities[best[0]]
        if (
            not allows("PART_OF", e.type, parent.type)
            or parent.type == "Company"
            or e.type == "Company"
            # 医务卫生局 written once as 香港特区政府医务卫生局 keeps that form as an alias: the alias states the tie
            or (parent.type == "Agency" and _GOVERNMENT.search(parent.name) and not _bureau_of_government(named))
            or e.name.endswith("办公厅")
            or (e.type == "Program") != (parent.type == "Program")
            or (parent.mentions and all(m.rule == "short:state-council-department" for m in parent.mentions))
        ):
            # a firm's namesake is its founder's (港大某某基因有限公司: a firm HKU set up, not a unit of it);
            # a government's departments are not its parts; a committee named
            # after a fund runs it and a project named after a hospital is about it: neither is a part of the other;
            # 国务院X行政部门 describes a ministry by its field, and a name opening with it is not named after it
            continue
        m = next((x for x in stated if doc.text[x.start : x.end] == named), stated[0])
        _relate(doc, eid, "PART_OF", best[0], m.start, m.end, "structure:nested-name", 0.75)
        already.add((eid, best[0]))


_JOINT_DASH = re.compile(r"[\u4e00-\u9fffA-Za-z）)]\s*(?:——|--|－－|—|－|–|-)\s*(?=[\u4e00-\u9fffA-Za-z])")
"""A dash between two words inside a name (东岭大学-南湖医药联合实验室, 东岭大学——南湖集团研究院): the mark joining
the names of the bodies that set up a joint unit. Digits on either side (2021-2025) are years, not parties."""

_JOINT_UNITS = frozenset({"ResearchInstitute", "Lab", "Platform", "University", "Association", "Hospital"})
"""Kinds of body two parties set up together and name after both (joint laboratories, institutes, centres,
platforms, colleges, alliances); agencies, firms and programmes named with a dash are not joint ventures so named."""


def _joint_names(doc: Doc, known: dict[str, str]) -> set[str]:
    """The units named after two parties joined by a dash (东岭大学-南湖医药创新药物研究院, 南湖交大——东岭集团联合
    研发中心), each party a body the document names: both parties FOUNDED the unit and COOPERATE; the unit is no
    part of the party named first. Why: universities, institutes and firms name a jointly built centre by their
    two names with a dash, and that name is often the only place the text ties each of them to the centre (the
    founding verb is 签约/揭牌 or stands sentences away). Returns the units so read."""
    out: set[str] = set()
    for eid, e in list(doc.entities.items()):
        if e.type not in _JOINT_UNITS or not e.mentions:
            continue
        dash = _JOINT_DASH.search(e.name, 2)
        if dash is None:
            continue
        left, right = e.name[: dash.start() + 1], e.name[dash.end() :]
        parties = [p for p in (_party_named(doc, known, left, True), _party_named(doc, known, right, False)) if p]
        parties = [p for p in dict.fromkeys(parties) if p != eid and allows("FOUNDED", doc.entities[p].type, e.type)]
        if len(parties) < 2:
            continue  # 清华-伯克利学院 with no body named 伯克利: one known party does not show the name is joint
        m = next((x for x in e.mentions if _quoted(doc.text, x.start, x.end)), None)
        if m is None:
            continue  # unquoted, the dash may join a brand and a description (东岭基因-火眼实验室) as well
        out.add(eid)
        for p in parties:
            _relate(doc, p, "FOUNDED", eid, m.start, m.end, "structure:joint-name", 0.75)
        _relate(doc, parties[0], "COOPERATES_WITH", parties[1], m.start, m.end, "structure:joint-name", 0.7)
    return out


def _quoted(text: str, start: int, end: int) -> bool:
    """The span is written in quotes of its own (“A-B联合实验室”, 「A—B研究院」), as a proper name."""
    return text[start - 1 : start] in ("“", "「", '"', "‘", "『") and text[end : end + 1] in ("”", "」", '"', "’", "』")


def _party_named(doc: Doc, known: dict[str, str], part: str, whole: bool) -> str | None:
    """The body a part of a joint name names: the longest known name or short form opening it (上海交大 in
    上海交大, 国药集团 in 国药集团新药研发中心), else the one firm or institute whose own name opens with the part's
    longest opening of at least three characters (聚光科技 → 聚光科技（杭州）股份有限公司). The first part (``whole``)
    is a party's whole name; the second runs on into the unit's own words, which must keep at least two."""
    top = len(part) if whole else len(part) - 2
    for k in range(top, 1, -1):
        pid = known.get(part[:k])
        if pid is not None and doc.entities[pid].type != "Region":
            return pid
    for k in range(top, 2, -1):
        opening = part[:k]
        hits = {
            i
            for i, x in doc.entities.items()
            if x.type in _FOUNDING_PARTIES and x.mentions and x.name.startswith(opening) and len(x.name) > k
        }
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None
    return None


_FOUNDING_PARTIES = frozenset({"Company", "University", "ResearchInstitute", "Hospital"})
"""Bodies a joint name may write by the opening of their name only (a firm's brand, a university's first words)."""


_SAR_GOVERNMENT = re.compile(r"(?:特区政府|特别行政区政府)")


def _bureau_of_government(name: str) -> bool:
    """香港特区政府统计处, 澳门特别行政区政府经济局: a Hong Kong or Macao government named before one of its
    bureaus or offices. Mainland names (上海市人民政府办公厅, 国务院国资委) put a government before a body that
    is its general office or a ministry of its own standing, which annotators do not count as its part."""
    m = _SAR_GOVERNMENT.search(name)
    return m is not None and m.end() < len(name)


def _government_of_bureau(doc: Doc, e: Entity, known: dict[str, str]) -> tuple[str, int] | None:
    """香港特区政府政制及内地事务局, 澳门特区政府行政长官办公室: a bureau whose name opens with a Hong Kong or Macao
    government the tables know (by its name or a short form) and goes on with a unit's own name is that
    government's part, and the government is an entity of the document by the form written there.

    Why: reports name the bureau that runs a joint mechanism with its whole government before it and never
    name the government alone; the name itself states the tie, as 某局某处 does."""
    written = next((n for n in [e.name] + e.aliases if _bureau_of_government(n)), None)
    if e.type != "Agency" or written is None:
        return None
    hit = resolution.sar_government_of_unit(written) or resolution.unit_after_parent(
        written, resolution.known_sar_government
    )
    if hit is None:
        return None
    entry, _, at = hit
    if entry.jurisdiction and not written.startswith(entry.jurisdiction) and doc.document.region != entry.jurisdiction:
        return None  # 特区政府X局 with no place written: the government of the document's own region only
    pid = known.get(entry.name) or next((i for i, x in doc.entities.items() if x.name == entry.name), None)
    if pid is None:
        parent = Entity(name=entry.name, type=entry.type, jurisdiction=None, confidence=0.75)
        pid = parent.id
        doc.entities.setdefault(pid, parent)
        known[entry.name] = pid
    prefix = written[:at]
    if prefix != entry.name and prefix not in doc.entities[pid].aliases:
        doc.entities[pid].aliases.append(prefix)
    return (pid, at) if pid != e.id else None


def _hospital_in_a_city(unit_type: str, rest: str) -> bool:
    """北京大学深圳医院, 香港大学深圳医院: a university's name, a city and 医院 name a hospital the city built and
    the university runs for it, not one of the university's own units (those are 附属 or named by a number or a
    donor: X大学附属第一医院, X大学李嘉诚医学院)."""
    return unit_type == "Hospital" and rest.endswith("医院") and rest[:-2] in places()


_FOOTER_OPENING = re.compile(r"^[ \t\u3000]*抄\s*送\s*[:：]", re.M)
FOOTER_SPAN = 800
"""How near the end a 抄送 line must stand to open the distribution footer (版记) rather than quote one."""


def _distribution_footer(text: str) -> int:
    """Where an official document's distribution footer starts (the last 抄送： line near the end), or the length.

    Why: the footer lists the copy-to addressees and the printing office (抄送：X局办公室，Y委办公厅 /
    X委办公室 某年某月某日印发). Those are mailing lines, not statements about a unit and its parent,
    and annotators leave them without PART_OF, so a unit named only there gets none."""
    found = None
    for m in _FOOTER_OPENING.finditer(text):
        found = m
    if found is None or len(text) - found.start() > FOOTER_SPAN:
        return len(text)
    return found.start()


_FIRM_BRANCH = re.compile(
    rf"^(?P<firm>.{{2,30}}?(?:{alternation(LEGAL_FORMS)})(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?)"
    r"(?P<place>[\u4e00-\u9fff]{2,6})(?:分公司|分行|支行)$"
)


def _firm_branches(doc: Doc) -> None:
    """X有限公司北京分公司: a branch named by its firm's registered name and a place is PART_OF that firm.

    Why separate from nested names: a firm's name before another name is mostly its founder's or owner's
    (X公司Y研究院 says who set it up), so nested names leave firms out; a 分公司 / 分行 head after the whole
    legal name leaves no doubt that the unit is a branch of that very firm, which the text names by it."""
    by_name = {n: eid for eid, e in doc.entities.items() for n in [e.name, *e.aliases]}
    already = {(r.head, r.tail) for r in doc.relations if r.type == "PART_OF"}
    footer = _distribution_footer(doc.text)
    for eid, e in list(doc.entities.items()):
        m = _FIRM_BRANCH.match(e.name) if e.type == "Company" else None
        stated = [x for x in e.mentions if x.start < footer]
        if m is None or not stated:
            continue
        firm = m.group("firm")
        pid = by_name.get(firm)
        if pid is None:
            parent = Entity(name=firm, type="Company", confidence=0.8)
            doc.entities[parent.id] = parent
            by_name[firm] = pid = parent.id
        if pid == eid or (eid, pid) in already:
            continue
        at = stated[0]
        _relate(doc, eid, "PART_OF", pid, at.start, at.end, "structure:firm-branch", 0.8)
        already.add((eid, pid))


_SEATED_FIRM = re.compile(rf"^(?P<group>.{{2,20}}?集团)[（(][\u4e00-\u9fff]{{2,4}}[）)](?:{alternation(LEGAL_FORMS)})$")


def _seated_subsidiaries(doc: Doc) -> None:
    """东岳集团（香港）有限公司 beside 东岳集团: a firm registered under its group's whole name and a seat in brackets
    is that group's subsidiary, PART_OF it when the document also names the group; so is a firm registered under
    the group's name and its own (东岭医药集团南湖制药有限公司, see _group_named_in).

    Why: the name itself states the tie (a group names its firm in each place so); the group stays a body of
    its own (resolve no longer reads the bare group name as the seated firm's short form)."""
    by_name = {n: eid for eid, e in doc.entities.items() if e.type == "Company" for n in [e.name, *e.aliases]}
    already = {(r.head, r.tail) for r in doc.relations if r.type == "PART_OF"}
    footer = _distribution_footer(doc.text)
    for eid, e in list(doc.entities.items()):
        m = _SEATED_FIRM.match(e.name) if e.type == "Company" else None
        stated = [x for x in e.mentions if x.start < footer]
        pid = by_name.get(m.group("group")) if m else _group_named_in(e, by_name)
        if pid is None or pid == eid or not stated or (eid, pid) in already:
            continue
        _relate(doc, eid, "PART_OF", pid, stated[0].start, stated[0].end, "structure:seated-subsidiary", 0.75)
        already.add((eid, pid))


_GROUP_FIRM = re.compile(
    rf"^(?P<group>[\u4e00-\u9fff]{{2,20}}?集团)(?P<own>[\u4e00-\u9fff]{{2,16}}?)(?:{alternation(LEGAL_FORMS)})$"
)
_GROUP_LEGAL_FORMS = ("", *LEGAL_FORMS)
"""The names under which a document may write the group itself: bare (某某集团) or with a legal form."""


def _group_named_in(e: Entity, by_name: dict[str, str]) -> str | None:
    """The group a firm is named after (东岭医药集团南湖制药有限公司 under 东岭医药集团有限公司), when the
    document names that group under its bare or legal name, or None.

    Why: Chinese groups register each subsidiary under the group's name followed by the subsidiary's own
    (某某集团某地某某药业有限公司), so the name states the tie as 分公司 does; the group's own legal names
    (某某集团股份有限公司) are not subsidiaries of it."""
    m = _GROUP_FIRM.match(e.name) if e.type == "Company" else None
    if m is None or m.group("own") in ("股份", "控股", "控股股份"):
        return None
    return next((by_name[n] for f in _GROUP_LEGAL_FORMS if (n := m.group("group") + f) in by_name), None)


_PARENT_HEADS = {"大学": "University", "科学院": "ResearchInstitute"}
"""Head words of a body that has named units (X大学Y学院, X科学院Y研究所); other parents come from the tables."""


_NUMERAL = "一二三四五六七八九十"
SCHOOL_HOSPITAL = re.compile(
    rf"(?P<school>[\u4e00-\u9fff](?:[医醫]科?大|大|[医醫]))"
    rf"(?:附[{_NUMERAL}]院|[{_NUMERAL}]附院|(?<=大)[{_NUMERAL}]院)(?![区區士校系])"
)
"""苏大附四院, 郑大一附院, 安医大一附院, 重医附二院, 浙大二院: news and work reports name a university's
affiliated hospital by the school's one-character short form, 大 (医大, 医), then 附 with the hospital's number
(附N院), the number with 附院 (N附院) or, after 大, the number with 院 (N院). The school's own part is one
character; one before it is the clause's word (与, 和)."""


def _school_of_short_hospital(doc: Doc, e: Entity) -> tuple[str, int] | None:
    """苏大附四院 where the document names 苏州大学: a hospital written by its school's short form (see
    :data:`SCHOOL_HOSPITAL`) is that school's, when exactly one university of the document opens with the
    short form's character (and says 医 where the short form does). Why: the lexicon knows few such short forms,
    and news lists the school and its hospital side by side (联合某大学、某大附N院)."""
    m = SCHOOL_HOSPITAL.fullmatch(e.name) if e.type == "Hospital" else None
    if m is None:
        return None
    school = m.group("school")
    medical = school[1] in "医醫"
    hits = [
        i
        for i, x in doc.entities.items()
        if x.type == "University"
        and x.mentions
        and x.name.startswith(school[0])
        and x.name.endswith(("大学", "大學"))
        and (not medical or "医" in x.name or "醫" in x.name)
    ]
    return (hits[0], len(school)) if len(hits) == 1 else None


def _parent_by_form(doc: Doc, e: Entity, known: dict[str, str]) -> tuple[str, int] | None:
    """An author's affiliation (X大学Y学院，广州 510000) whose parent is written only as the start of it.

    Why: a report's title block names each author's unit inside its parent in one string, and that
    unit is PART_OF the parent even though the parent never stands alone. Only affiliations (a unit
    followed by a postcode) count: in running text the same form (中国科学院X研究所, X大学深圳医院)
    is how the unit is called, not a statement about its parent. The prefix counts when a table knows
    it as a body or it ends with a parent head word, and what follows has a head word of its own."""
    if e.type == "Agency" or not any(_POSTCODE.match(doc.text, m.end, m.end + 20) for m in e.mentions):
        return None  # an agency's offices are its staff, not parts the guidelines count
    n = e.name
    for k in range(len(n) - 3, 3, -1):
        prefix, rest = n[:k], _ATTACHED.sub("", n[k:])
        head, own = lexicon.suffix_of(prefix), lexicon.suffix_of(rest)
        if len(rest) < 3 or head is None or own is None or own.text == rest:
            continue
        hits = [x for x in lexicon.entries_for(prefix) if x.type in _NESTED_TYPES and x.type != "Company"]
        if hits:
            name, typ = hits[0].name, hits[0].type
        elif head.text in _PARENT_HEADS and len(prefix) > len(head.text) + 1:
            name, typ = prefix, _PARENT_HEADS[head.text]
        else:
            continue
        if typ == "Agency" and _GOVERNMENT.search(name):
            return None
        pid = known.get(name)
        if pid is None:
            parent = next((x for x in doc.entities.values() if x.name == name), None)
            if parent is None:
                parent = Entity(name=name, type=typ, confidence=0.75)
                doc.entities[parent.id] = parent
            pid = parent.id
            known[name] = pid
        if prefix != name and prefix not in doc.entities[pid].aliases:
            doc.entities[pid].aliases.append(prefix)
        return (pid, k) if pid != e.id else None
    return None


def _office_of_short_parent(doc: Doc, eid: str, e: Entity) -> tuple[str, int] | None:
    """专项工作组办公室 after 省推进X专项工作组: an office named by the last words of its group's name is the
    office of the group of that name mentioned last before it (the group the passage is about)."""
    if e.type != "Agency" or not e.name.endswith("办公室") or not e.mentions:
        return None
    stem = e.name[: -len("办公室")]
    if len(stem) < 4:
        return None
    at = e.mentions[0].start
    best: tuple[int, str] | None = None
    for oid, o in doc.entities.items():
        if (
            oid == eid
            or o.type != "Agency"
            or not any(n.endswith(stem) and len(n) > len(stem) for n in [o.name, *o.aliases])
        ):
            continue
        last = max((m.start for m in o.mentions if m.start < at), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, oid)
    return (best[1], len(stem)) if best else None


_COUNTED_PLACES = re.compile(r"(?:[\d一二三四五六七八九十]+(?:个)?(?:市|城市|区|地|省|国))?[（(]")


def _listed_parts(doc: Doc) -> None:
    """珠三角9市（广州、深圳、…）: places listed in brackets right after a region are parts of it."""
    text = doc.text
    ms = sorted(((m.start, m.end, eid) for m, eid in doc.mentions), key=lambda x: x[0])
    for i, (s0, e0, eid) in enumerate(ms):
        whole = doc.entities.get(eid)
        if whole is None or whole.type not in ("Region", "Park"):
            continue
        opener = _COUNTED_PLACES.match(text, e0, e0 + 8)
        if not opener:
            continue
        close = text.find("）", opener.end(), opener.end() + 200)
        close = close if close >= 0 else text.find(")", opener.end(), opener.end() + 200)
        if close < 0:
            continue
        inside = [(a, b, x) for a, b, x in ms[i + 1 :] if b <= close and a >= opener.end()]
        members = [x for a, b, x in inside if doc.entities.get(x) is not None and doc.entities[x].type == "Region"]
        gaps = [text[b:a] for (_, b, _), (a, _, _) in zip(inside, inside[1:])]
        if len(members) < 2 or any(g not in ("、", "，", ",", "和", "及", "与") for g in gaps):
            continue
        for x in members:
            if x != eid:
                _relate(doc, x, "PART_OF", eid, s0, close + 1, "structure:listed-parts", 0.75)


_POSTCODE = re.compile(r"[，,\s]*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*\d{6}\d?(?!\d)")


_UNIT_ADDRESS = re.compile(
    r"[，,\s]*[\u4e00-\u9fff]{2,12}?(?:处|系|学院|研究院|研究所|中心|部|室)[，,]\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?(?:\s[\u4e00-\u9fff]{2,8}?)?)\s*\d{6}\d?(?!\d)"
)
"""浙江大学 国际合作与交流处，浙江 杭州 310058: an author's unit that no name joins to its body (an office, not an
entity) stands between the body and the address; the body is then in the city as if the unit were not written."""


def _addresses(doc: Doc) -> None:
    """An author's affiliation with its address (X研究院，北京 100190): the body is in that city."""
    text = doc.text
    if not re.search(r"\d{6}", text):
        return
    regions = {m.start: eid for m, eid in doc.mentions if doc.entities.get(eid) and doc.entities[eid].type == "Region"}
    ends = {m.end: eid for m, eid in doc.mentions if doc.entities.get(eid) and doc.entities[eid].type == "Region"}
    for m, eid in doc.mentions:
        e = doc.entities.get(eid)
        if e is None or e.type not in _NESTED_TYPES or e.type == "Program":
            continue
        pm = _POSTCODE.match(text, m.end, m.end + 20) or _UNIT_ADDRESS.match(text, m.end, m.end + 32)
        if not pm:
            continue
        # 江苏苏州 215123: the place written last before the postcode (the city inside its province) is where it is
        rid = ends.get(pm.end("place")) if pm.start("place") in regions else None
        rid = rid or regions.get(pm.start("place"))
        if rid is None:
            continue
        _relate(doc, eid, "LOCATED_IN", rid, m.start, pm.end(), "structure:address", 0.8)


_SITED_TYPES = frozenset({"Hospital", "Lab", "Platform", "Park"})
"""Bodies that stand on a site (a hospital, a lab, a platform, a park). A country or city before a firm, a
university or an institute (美国X大学, 德国X研究中心) mostly says where it comes from, as patent and
literature reports name foreign applicants, and is left out."""


def _place_before_name(doc: Doc) -> None:
    """A place written flush against the name of a sited body (合肥市高新区Y示范园, 深圳X医院, 大埔Y实验室): the
    text says where the body is, as 位于PLACE的Y would. Government bodies are left out: a place before an
    agency names its jurisdiction, not a site."""
    spans = sorted(
        ((m.start, m.end, eid) for m, eid in doc.mentions if eid in doc.entities), key=lambda x: (x[0], -x[1])
    )
    for (s0, e0, a), (s1, e1, b) in zip(spans, spans[1:]):
        if e0 != s1 or a == b:
            continue
        place, body = doc.entities[a], doc.entities[b]
        if place.type not in ("Region", "Park") or body.type not in _SITED_TYPES:
            continue
        if doc.text[s1] in '“"「『':
            continue  # 本市“X”平台, 长三角“Y”服务平台: a place before a coined, quoted name is its scope, not a site
        if not allows("LOCATED_IN", body.type, place.type):
            continue
        _relate(doc, b, "LOCATED_IN", a, s0, e1, "structure:place-before-name", 0.7)


_BRACKET_SITED_TYPES = _SITED_TYPES | {"University", "ResearchInstitute"}
_BRACKET_OPEN = re.compile(r"[（(](?:位于|位於|设于|地处)?")


def _place_in_brackets(doc: Doc) -> None:
    """Y（PLACE） / Y（位于PLACE）: a bracket that holds nothing but a place right after a hospital, lab, park or
    campus (lists of hospitals with their districts, news naming a site) says where the body is. A bracket the
    name itself takes in (香港科技大学（广州）, X（深圳）有限公司) is part of one mention and never reaches here."""
    text = doc.text
    starts: dict[int, str] = {}
    for m, eid in doc.mentions:
        e = doc.entities.get(eid)
        if e is not None and e.type in ("Region", "Park"):
            starts.setdefault(m.start, eid)
    if not starts:
        return
    ends = {m.start: m.end for m, eid in doc.mentions if starts.get(m.start) == eid}
    for m, eid in doc.mentions:
        body = doc.entities.get(eid)
        if body is None or body.type not in _BRACKET_SITED_TYPES:
            continue
        op = _BRACKET_OPEN.match(text, m.end, m.end + 4)
        if not op or op.end() not in starts:
            continue
        pid = starts[op.end()]
        close = ends[op.end()]
        if close >= len(text) or text[close] not in "）)" or pid == eid:
            continue
        if not allows("LOCATED_IN", body.type, doc.entities[pid].type):
            continue
        _relate(doc, eid, "LOCATED_IN", pid, m.start, close + 1, "structure:place-in-brackets", 0.7)


_OWN_BRACKET = re.compile(r"[（(]([^（()）]{2,8})[）)]$")


def _site_in_own_brackets(doc: Doc) -> None:
    """X产业基地（坪山）: a park whose name ends in a bracketed place (one city's site of a national base) lies in
    that place, as Y（PLACE） written after the name does (_place_in_brackets); here the bracket is the name's own
    (names.bracketed_hosts), so the place is found among the document's regions by its name or an alias."""
    regions: dict[str, str] = {}
    for eid, e in doc.entities.items():
        if e.type == "Region":
            for surface in (e.name, *e.aliases):
                regions.setdefault(surface, eid)
    if not regions:
        return
    for m, eid in doc.mentions:
        park = doc.entities.get(eid)
        if park is None or park.type != "Park":
            continue
        br = _OWN_BRACKET.search(doc.text, m.start, m.end)
        if br is None:
            continue
        inner = br.group(1)
        entry = lexicon.region_entry(inner)
        place = places().get(inner)
        pid = (
            regions.get(inner)
            or (regions.get(entry.name) if entry is not None else None)
            or (regions.get(place.name) if place is not None else None)
        )
        if pid is None or pid == eid:
            continue
        _relate(doc, eid, "LOCATED_IN", pid, m.start, m.end, "structure:site-in-own-brackets", 0.7)


_COLUMN_HEADS = (
    "责任单位",
    "牵头单位",
    "负责单位",
    "责任部门",
    "牵头部门",
    "负责部门",
    "指导部门",
    "主管部门",
    "实施部门",
)


def _column_cells(text: str) -> Iterator[tuple[str, int, int, int, int]]:
    """(row, row start, row end, cell start, cell end) of each cell under a 责任单位 / 指导部门 column head."""
    if "\t" not in text or not any(h in text for h in _COLUMN_HEADS):
        return
    col = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        cells = line.rstrip("\n").split("\t")
        heads = [i for i, c in enumerate(cells) if c.strip().replace(" ", "") in _COLUMN_HEADS]
        if heads:
            col = heads[0]
            continue
        if col is None:
            continue
        if len(cells) <= col:
            if len(cells) <= 1:
                continue  # a section line inside the table
            col = None
            continue
        a = start + sum(len(c) + 1 for c in cells[:col])
        yield line, start, pos, a, a + len(cells[col])


def answering_spans(text: str) -> list[tuple[int, int]]:
    """Where the text lists the bodies that answer for a measure: the items of each (责任单位：…) list and each
    cell of a 责任单位 column. Name finding reads these spans too: every item there is one body."""
    spans = []
    if "单位" in text or "部门" in text:
        spans = [m.span(1) if m.group(1) is not None else m.span(2) for m in _RESPONSIBLE_LIST.finditer(text)]
    return spans + [(a, b) for _, _, _, a, b in _column_cells(text)]


def _responsible_columns(doc: Doc) -> None:
    """A table with a 责任单位 / 指导部门 column: each body in that column answers for the part's policy."""
    by_pos = sorted(((m.start, m.end, eid) for m, eid in doc.mentions), key=lambda x: x[0])
    starts = [x[0] for x in by_pos]
    for line, start, pos, a, b in _column_cells(doc.text):
        policy = policy_at(doc, a)
        if policy is None:
            continue
        k = bisect.bisect_left(starts, a)
        while k < len(by_pos) and by_pos[k][0] < b:
            ms, me, eid = by_pos[k]
            k += 1
            ent = doc.entities.get(eid)
            if ent is None or ent.type not in _ANSWERING_TYPES or eid == policy:
                continue
            _responsible(
                doc,
                eid,
                policy,
                line.strip()[:MAX_EVIDENCE],
                start,
                min(pos, start + MAX_EVIDENCE),
                "structure:responsible-column",
                0.85,
            )


_INNER_TITLE = re.compile(r"^(?P<who>.{2,40}?)(?:联合)?印发[〈<《](?P<inner>[^〉>》]{4,80})[〉>》]")


def _inner_titles(doc: Doc) -> None:
    """《X、Y印发〈P〉的通知》 names P too, issued by X and Y."""
    for _eid, e in list(doc.entities.items()):
        if e.type != "Policy" or not e.mentions:
            continue
        m = _INNER_TITLE.match(e.name)
        if not m:
            continue
        mention = e.mentions[0]
        at = doc.text.find(m.group("inner"), mention.start)
        if at < 0:
            continue
        pid = _add_entity(doc, m.group("inner"), "Policy", at, at + len(m.group("inner")), "structure:inner-title", 0.8)
        for who in re.split(r"[\s、和]+", m.group("who")):
            hid, entry = _agency_named(doc, who)
            if hid is None and entry is not None:
                hid = _add_entity(doc, entry.name, "Agency", mention.start, mention.start, "structure:inner-title", 0.7)
            if hid:
                _relate(doc, hid, "ISSUED", pid, mention.start, mention.end, "structure:inner-title", 0.8)
    doc.mentions.sort(key=lambda me: me[0].start)


_IMPLEMENTED_TITLE = re.compile(r"(?:实施|贯彻|贯彻实施|贯彻落实|落实|执行)[〈<《](?P<inner>[^〉>》]{4,80})[〉>》]")
"""实施〈P〉若干规定, 关于贯彻实施〈P〉的意见: a title that names the law it carries out."""


def _implementing_titles(doc: Doc) -> None:
    """《国务院关于印发实施〈P〉若干规定的通知》, 《关于贯彻实施〈P〉的意见》: a policy whose title says it carries
    out P refers to P. Why: rules that implement a law are named after it, so the title itself is the citation,
    whether or not the text cites P again with 根据/按照."""
    for eid, e in list(doc.entities.items()):
        if e.type != "Policy" or not e.mentions:
            continue
        m = _IMPLEMENTED_TITLE.search(e.name)
        if not m:
            continue
        inner = m.group("inner")
        mention = e.mentions[0]
        at = doc.text.find(inner, mention.start, mention.end + len(inner))
        if at < 0:
            continue
        pid = _add_entity(doc, inner, "Policy", at, at + len(inner), "structure:implemented-title", 0.8)
        if pid != eid:
            _relate(doc, eid, "REFERS_TO", pid, mention.start, mention.end, "structure:implemented-title", 0.8)
    doc.mentions.sort(key=lambda me: me[0].start)


_GROUP_NAME = re.compile(r"(?:工作组|领导小组|工作小组|小组|委员会|联席会议)$")


_LIST_LABEL = re.compile(r"(?:组\s*长|副组长|成\s*员|主\s*任|副主任|委\s*员|召集人)\s*[:：]\s*$")


_LISTED_BY = ("person:official-list", "person:before-agency")
"""Mention rules whose person may open a line of a list of officials."""
_LABELLED_BY = ("person:title", "person:after-title")
"""Mention rules whose person opens a list line only after a 组长：/成员： label."""


def _starts_list_line(text: str, pos: int) -> bool:
    """The person opens a short line, after an optional 组长： / 成员： label."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    head = text[line_start:pos].strip(" \u3000\t")
    return line_end - line_start <= 40 and (not head or _LIST_LABEL.search(head) is not None)


def _official_lists(doc: Doc) -> None:
    """Officials listed under a working group (组长 / 成员 lines) are members of that group.

    The person may have been found by any of the person rules: the name finder takes 组长：王某某 省长
    first (person:title), before the list reader of the people component sees the line."""
    text = doc.text
    people = [
        (m, eid)
        for m, eid in doc.mentions
        if (m.rule in _LISTED_BY and _starts_list_line(text, m.start))
        or (m.rule in _LABELLED_BY and _LIST_LABEL.search(text[text.rfind("\n", 0, m.start) + 1 : m.start]))
    ]
    if not people:
        return
    groups = sorted(
        (
            (m.start, eid)
            for m, eid in doc.mentions
            if doc.entities.get(eid) is not None
            and doc.entities[eid].type == "Agency"
            and _GROUP_NAME.search(doc.entities[eid].name)
        ),
        key=lambda x: x[0],
    )
    for m, pid in people:
        before = [g for g in groups if g[0] < m.start and m.start - g[0] < 3000]
        if not before:
            continue
        gid = before[-1][1]
        _relate(doc, pid, "MEMBER_OF", gid, m.start, m.end, "structure:official-list", 0.75)


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
            if e.name.startswith(_HEAD_GOES_ON, k):
                continue  # 国家技术转移东部|中心苏州分中心: the prefix ends inside the parent's own name
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
            surface = original[at : at + len(prefix)]
            if surface not in parent.aliases:
                parent.aliases.append(surface)
        if parent.id == e.id or not e.mentions:
            continue
        m = e.mentions[0]
        s, t = _sentence_at(text, m.start)
        s, t = max(s, m.start - 60), min(t, m.end + 60)
        ev = text[s:t]
        out.append(
            Relation(
                head=e.id,
                type="PART_OF",
                tail=parent.id,
                evidence=Evidence(doc=file, text=ev, start=s, end=t, rule="name:subunit", confidence=0.8),
            )
        )
    return out


_DECREE_NUMBER_RE = re.compile(r"令第\S+号$")


def _issued_by_decree(doc: Doc) -> list[Relation]:
    """A decree (X令 第N号) promulgates its regulation: 《P》已经…通过，现予公布 states that X issued P."""
    number = doc.meta.doc_number if doc.meta else None
    if not number or not _DECREE_NUMBER_RE.search(number) or not doc.issuer_id or not doc.own_policy:
        return []
    title = "《" + doc.entities[doc.own_policy].name + "》"
    at = doc.text.find(title, 0, 1000)
    if at < 0:
        return []
    end = _sentence_at(doc.text, at)[1]
    if "公布" not in doc.text[at:end] and "发布" not in doc.text[at:end]:
        return []
    return [
        Relation(
            head=doc.issuer_id,
            type="ISSUED",
            tail=doc.own_policy,
            evidence=_evidence(doc, at, min(end, at + 160), "header:decree", 0.9),
        )
    ]


_HISTORY_NOTE = re.compile(r"\s*[（(]([^（）()]{8,400})[）)]")
_HISTORY_ACT = re.compile(
    r"\s*(?:令\s*第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*号|第[\d一二三四五六七八九十百零〇]{1,5}次(?:常务|全体)?会议)"
    r"[^，,；;。]{0,8}?(?:公布|发布|通过|修订|修正|批准)"
)
"""What a statute's history note says a body did: X令第N号公布 / 修订, X第N次常务会议通过."""


def _issued_by_history_note(doc: Doc) -> None:
    """A law or regulation printed under its title carries a history note: 《P》（2005年6月1日X令第421号公布
    2021年6月10日X令第800号修订）, （…Y常务委员会第十六次会议通过）. Each body the note names right before its decree
    number or its meeting enacted or revised the document, so it issued it; the note is the document's own
    header, so the relation holds even when the text names no issuer of its own."""
    if not doc.own_policy:
        return
    at, end = _find_wrapped(doc.text, doc.entities[doc.own_policy].name, 600)
    note = _HISTORY_NOTE.match(doc.text, end) if at >= 0 else None
    if note is None:
        return
    done: set[str] = {r.head for r in doc.relations if r.type == "ISSUED" and r.tail == doc.own_policy}
    for m, eid in doc.mentions:
        if not note.start(1) <= m.start < note.end(1) or eid in done or eid == doc.own_policy:
            continue
        e = doc.entities.get(eid)
        if e is None or e.type != "Agency" or not _HISTORY_ACT.match(doc.text, m.end):
            continue
        done.add(eid)
        _relate(doc, eid, "ISSUED", doc.own_policy, note.start(1), note.end(1), "header:history-note", 0.85)


_BEFORE_TITLE_GLUE = re.compile(
    r"(?:[、和及与\s]|等(?:[一二三四五六七八九十\d]{1,2}个?)?(?:部门|单位|部委))*(?:联合)?(?:印发|发布|出台|制定|颁布)?了?的?"
)
"""What may stand between the bodies that issued a cited title and its marks: joiners, 等九部门, and a publishing
verb made an attribute (联合印发的)."""
_JOINERS = re.compile(r"[、和及与\s]*")
_NOT_ISSUER_BEFORE = ("向", "报", "请", "经", "对", "由", "给", "你", "致", "为")
"""Words right before a body that make it the addressee or the reader of the title, not its author (向市政府报送《…》,
经市政府同意的《…》)."""


def _issuers_before_titles(doc: Doc) -> None:
    """省卫健委等九部门《Y》, 国务院《关于…的意见》, 市政府办公厅印发的《Y》: bodies written right before a cited title,
    with nothing but joiners and an attributive publishing verb between, are its issuers. Why: official text cites a
    document as its issuers' (the possessive is left unwritten), so no verb stands between them for the sentence
    rules; a body after 向/报/经 is the one the title goes to, and is left alone."""
    text = doc.text
    ordered = sorted(doc.mentions, key=lambda me: me[0].start)
    for i, (m, eid) in enumerate(ordered):
        e = doc.entities.get(eid)
        if e is None or e.type != "Policy" or eid == doc.own_policy or not text.startswith("《", m.start - 1):
            continue
        k, bodies = i - 1, []
        end = m.start - 1
        while k >= 0:
            pm, pid = ordered[k]
            pe = doc.entities.get(pid)
            glue = text[pm.end : end]
            if pe is None or pe.type != "Agency" or pm.end > end:
                break
            if not (_BEFORE_TITLE_GLUE if end == m.start - 1 else _JOINERS).fullmatch(glue):
                break
            bodies.append(pid)
            end, k = pm.start, k - 1
        if not bodies or text[max(0, end - 1) : end] in _NOT_ISSUER_BEFORE:
            continue
        for hid in dict.fromkeys(bodies):
            _relate(doc, hid, "ISSUED", eid, end, m.end + 1, "structure:issuer-before-title", 0.75)


def _issued_own(text: str, file: str, issuer_id: str, policy_id: str, issuer: str, own: str) -> list[Relation]:
    """The header 'X关于印发《P》的通知' states that X issued P; so does the transmittal sentence of a notice
    (《P》已经区政府同意，现印发给你们) when P is the document's own policy."""
    m = TRANSMITTAL.search(text, 0, TRANSMITTAL_REACH)
    if m is None or m.group(1) != own:
        m = _ISSUING_NOTICE_RE.search(text[:3000])
    if not m:
        return []
    s = max(0, text.rfind("\n", 0, m.start()) + 1)
    e = min(len(text), m.end() + len(own) + 6)
    ev = text[s:e].strip()
    s = text.index(ev, s)
    return [
        Relation(
            head=issuer_id,
            type="ISSUED",
            tail=policy_id,
            evidence=Evidence(
                doc=file, text=ev[:160], start=s, end=s + len(ev[:160]), rule="header:印发", confidence=0.9
            ),
        )
    ]
