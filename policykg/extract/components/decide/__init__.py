"""One place that decides, for candidates from every source, where a name starts and whether it
names one specific thing.

Three decisions, each driven by tables in ``resources/names/`` and jieba's dictionary tags:

1. **Left boundary.** A name found by its head word can swallow the words before it. Function
   words (prepositions, adverbs, pronouns, particles: 就 / 而 / 何 / 透过) never stand inside a
   name, so the name starts after the last one; verbs are cut only at the start (加上科学园).
   A person named right before an agency in a list of officials (赵某某省教育厅) is split off.
2. **Generic phrases.** Before a head that many descriptions share (平台, 实验室, 园区, 基金 …),
   a name needs something that makes it one thing: a place, a proper noun, a word the dictionary
   does not know, Latin letters, digits or quotes. 工业互联网平台 and 研究型大学 are kinds.
3. **Quantified or pointed mentions.** 各市人民政府, 该平台, 一批实验室: a quantifier or a
   demonstrative before the name makes it generic.

The package keeps one concern per module: ``words`` (the tables), ``context`` (what the text around a
candidate says), ``generic`` (one thing or a kind), ``boundary`` (where a name starts, and candidates holding two
things split) and ``brackets``; :func:`run` applies them to every candidate once.
"""

from __future__ import annotations

from policykg.extract import lexical, lexicon
from policykg.extract.components import resolution
from policykg.extract.components.decide.boundary import (
    _TRANSFER_OFFICE,
    _after_edition_word,
    _after_word_across_start,
    _before_event_count,
    _counted_zones,
    _known_before_verb,
    _parent_of_subsidiary,
    _place_inside_word,
    _split_after_law,
    _split_at_trigger,
    _split_authors,
    _split_country,
    _split_joined_events,
    _split_person,
    _split_zone,
    _trim_left,
    _university_of_unnamed_campus,
    _without_kind_before,
    _without_local_char,
)
from policykg.extract.components.decide.brackets import _balanced
from policykg.extract.components.decide.context import (
    _GENERIC_AGREEMENT,
    _LATIN_ABBREVIATION_AFTER,
    _OFFICE_ENDINGS,
    _RANK_NAMED_TYPES,
    _SINGLED_OUT,
    _answering_item,
    _bodies_before_offices,
    _body_of_party_committee,
    _body_without_term,
    _deal_firms,
    _editorial_board,
    _foreign_minister,
    _held_then,
    _investor_slot,
    _marked_names,
    _national_issuer,
    _office_holder_after,
    _on_addressee_line,
    _opens_with_known_scheme,
    _own_city_government,
    _person_starts,
    _proposal_title,
    _publication,
    _ranked_description,
    _relative_bodies,
    _split_joint_events,
    _under_known_agency,
    _unit_of_named_school,
    _with_firm_arms,
    _with_quoted_slogan,
)
from policykg.extract.components.decide.generic import (
    _ATTRIBUTE_AFTER_PLACE,
    _CENTRE_TYPES,
    _INTEGRATING,
    _NAMED_ANYWAY,
    _TRADE_AFTER_ZONE,
    _bare_body,
    _coined_firm_name,
    _common_words,
    _generic,
    _kinds_listed,
    _level_only,
    _listed_beside_institute,
    _listed_with_names,
    _opens_a_quoted_name,
    _opens_with_quantifier,
    _owned_by_a_kind,
    _place_then_generic_platform,
    _quantified,
    _room_of_a_person,
    _taking_as_centre,
    _title_block_end,
    _unit_of_a_kind,
    _with_edition_year,
    _with_mandate_before,
    _with_place_before,
    _without_inner_short_form,
    _without_time_span,
    _zone_of_generic_platform,
    generic_name,
)
from policykg.extract.components.decide.offices import _government_offices
from policykg.extract.components.decide.words import (
    _DECIDED_RULES,
    acting_verbs,
    clause_verbs,
    generic_heads,
    leading_words,
    quantifiers,
)
from policykg.extract.components.gazetteer import inside_toponym, opens_longer_name, places, region_head_after
from policykg.extract.components.structure import answering_spans
from policykg.extract.doc import Doc
from policykg.extract.names import INVESTOR_RULE, Candidate, pair_partner


def run(doc: Doc) -> None:
    text = doc.text
    out: list[Candidate] = []
    answering = answering_spans(text)
    region = doc.document.region
    national = _national_issuer(doc.document.issuer)
    marked = _marked_names(doc.candidates)
    persons = _person_starts(doc.candidates)
    person_names = frozenset(c.text for c in doc.candidates if c.type == "Person")
    header_end = _title_block_end(text)
    known_starts = {c.start for c in doc.candidates if c.rule == "lexicon" and c.type != "Region"}
    relative = _relative_bodies(doc.candidates) if region is None else (frozenset(), frozenset())
    boards: list[tuple[int, int]] = []
    investors: set[str] = set()  # funds named where a round lists its investors (_investor_slot)
    for c in _split_joint_events(_with_firm_arms(text, _government_offices(doc.candidates))):
        c = _body_of_party_committee(text, _with_quoted_slogan(text, _after_edition_word(c)))
        if c.type == "Agency" and c.entry is None and resolution.sar_government_of_unit(c.text) is not None:
            out.append(c)  # 香港特区政府投资推广署: a known bureau after its government, whole (no act splits it)
            continue
        if _quantified(text, c) or _counted_zones(text, c):
            continue
        if lexicon.is_generic(c.text) and c.rule != "short:pair-government":  # 区委、区政府: the committee's own
            continue
        if any(b0 < c.start < b1 < c.end for b0, b1 in boards):
            continue  # 《某某》编辑部与Y大学: a name opening inside the journal's board runs across its end
        if c.type in _CENTRE_TYPES and c.entry is None and (_place_then_generic_platform(c) or _kinds_listed(c.text)):
            continue  # 支持梅州市创新平台建设, 建设中试基地和孵化器: platforms of a kind, not one named platform
        zone = _zone_of_generic_platform(c)
        if zone is not None:
            c = zone  # 东岭高新区|创新创业平台: the zone's platforms of a kind; the zone is named
        if c.type == "Agency" and c.rule.startswith("suffix:") and c.entry is None and _owned_by_a_kind(text, c):
            continue  # 医院的药事委员会, 所属区议会辖下的交通委员会: each one of a kind has such a committee
        if c.type == "Agency" and c.rule == "suffix:委" and lexicon.is_generic(text[c.start : c.end + 1]):
            continue  # 开发区管委|会: the 委 of a longer head whose whole name is a kind (开发区管委会)
        if c.type == "Agency" and c.rule == "suffix:委" and c.text.endswith("常委") and text[c.end : c.end + 1] != "会":
            continue  # 市委常委、副市长王某: a member's title (a member of the standing committee), not the committee
        if c.type == "Agency" and c.rule.startswith("suffix:") and c.entry is None and _bare_body(c.text):
            continue  # 中央层面的工作领导小组, 建立高层次工作组: a body named by nothing but its kind
        if c.rule.startswith("book-title") and _publication(text, c):
            board = _editorial_board(text, c)
            if board is not None:
                out.append(board)  # 《某某学报》编委会: the journal's board, a body that acts (发起, 主办)
                boards.append((board.start, board.end))
            continue  # 《某某日报》一篇报道: a newspaper or journal the text quotes, not a policy
        if c.rule.startswith("book-title") and _GENERIC_AGREEMENT.fullmatch(c.text):
            continue  # 双方签署《战略合作协议》: the kind of agreement every signing has, named by no party or subject
        if c.rule.startswith("book-title") and _proposal_title(text, c):
            continue  # 您提出的《关于…的建议》: the deputy's proposal a reply answers, not a policy
        if c.type == "Agency" and c.entry is None and _on_addressee_line(text, c):
            continue  # 各省、自治区、直辖市卫生健康委、中医药管理局：: the body of that kind in each place, no one body
        if c.type == "Agency" and c.text.endswith(_OFFICE_ENDINGS) and (c.end in persons or _held_then(text, c)):
            continue  # 前特首董某, 首任行政长官董某: the office is the person's title here, not the office acting
        if c.entry is not None and c.type == "Agency" and _foreign_minister(text, c):
            continue  # 美国农业部长: another country's minister, not China's ministry of that name
        if c.rule == "policy-phrase" and _common_words(c.text) and len(lexical.cut(c.text)) <= 3:
            continue  # 制定具体操作办法, 落实中央政策措施: a kind of document, not the title of one
        if c.rule == "policy-phrase" and lexical.cut(c.text)[0] in quantifiers():
            continue  # 修订相关…管理办法, 制定本校…办法: whichever documents each body has, not one title
        if c.entry is not None and c.text in c.entry.local_aliases and region != c.entry.jurisdiction:
            continue  # 科技园 names Hong Kong's science park only in a Hong Kong document
        if (
            c.type == "Park"
            and c.entry is not None
            and c.text != c.entry.name
            and text.startswith(_TRADE_AFTER_ZONE, c.end)
        ):
            continue  # 临港产业, 沿海临港产业带: a zone's short form that is an ordinary word qualifies a trade
        if c.entry is None and c.rule.startswith(("suffix:", "quote:")) and _taking_as_centre(c.text):
            continue  # (“)以患者为中心(”): the aim a body or plan sets itself, quoted or not, is no centre's name
        if c.entry is None and c.rule.startswith("suffix:") and text.endswith(_INTEGRATING, 0, c.start):
            continue  # 打造集研发、生产于一体的X平台: what the thing is to combine describes it, it names no one thing
        if c.type == "Agency" and c.entry is None and _room_of_a_person(c, person_names):
            continue  # 王某某办公室内: the person's own room, not a government office
        if c.type == "Region" and text.startswith(_ATTRIBUTE_AFTER_PLACE, c.end):
            continue  # 中国特色, 中国式现代化: the place qualifies a notion, it is not what the text is about
        if c.type == "Region" and c.rule == "lexicon" and _place_inside_word(text, c):
            continue  # 发展中国家, 建议中|国家: the place's characters belong to a longer word of the sentence
        if c.type == "Region" and _opens_a_quoted_name(text, c):
            continue  # 建设“南湖中医药示范市”, 冠以“中国”字样: the place opens a quoted name, or is a word quoted
        if c.type == "Region" and opens_longer_name(text, c.end):
            continue  # 广东省十三届人大…会议, 香港科学园深圳分园: the place is inside another name
        if c.type == "Region" and c.text in places() and (head := region_head_after(text, c.end)):
            # 武汉|都市圈: a division's name opens a plan region's name (粤港澳大湾区城市群 is the bay area itself)
            c = Candidate(c.start, c.end + len(head), c.text + head, "Region", "gazetteer:plan-region", c.confidence)
        if c.type == "Region" and c.rule == "lexicon" and inside_toponym(text, c.end) and c.end not in known_starts:
            continue  # 南京路, 苏州河: known places obey the gazetteer's landmark rule too (深圳|河套 is two names)
        if (
            c.type == "Park"
            and c.entry is not None
            and c.text != c.entry.name
            and inside_toponym(text, c.end)
            and c.end not in known_starts
        ):
            continue  # 张江路, 中关村大街, 光谷广场: a zone's short form names the road or square that bears it
        if (
            region is None
            and c.entry is not None
            and c.text.startswith(lexicon.RELATIVE_PREFIXES)
            and c.entry.jurisdiction
        ):
            if national or not (_own_city_government(doc, c, relative) or pair_partner(text, c.start, c.text)):
                continue  # 市人民政府 in a national notice: some city's government, not one entity
            # 市政府 in a district's measures or a local reply that never writes its city: that city's government,
            # named as the text writes it (the lexicon's entry would be another city's)
            c = Candidate(c.start, c.end, c.text, c.type, "relative-name", c.confidence, None)
        if (
            c.rule in ("short:level-government", "short:level-committee", "short:pair-government")
            and region is None
            and national
        ):
            continue  # 由省人民政府统一部署 in a State Council notice: every province's government, a kind
        if (
            c.entry is not None
            and c.text.startswith(lexicon.RELATIVE_PREFIXES)
            and any(lexicon.is_generic(text[c.start - k : c.end]) for k in range(1, min(c.start, 4) + 1))
        ):
            continue  # 直辖市人民政府, 各区人民政府: the short form is the tail of a kind of body, no city's own
        if (
            c.rule.startswith(("enumeration", "list-member"))
            # 市发展改革委、科技局 in a city's document: a department's head word makes the item a body (with no
            # city known, the list names every city's departments, a kind)
            and (not c.rule.startswith("list-member:agency") or region is None)
            and c.entry is None
            and c.rule != INVESTOR_RULE  # 由A、B共同领投, A、B等投资机构: the list says they are firms
            and _common_words(c.text)
            and not (c.type == "Company" and _coined_firm_name(c.text))
            and not _listed_with_names(text, c, doc.candidates)
            and not _answering_item(c, answering)
        ):
            continue  # 化工、家具等行业: list items that are ordinary words name kinds, not companies
        if c.rule == "list-member:agency-next" and region is None:
            continue  # 市发展改革委、科技局、财政局 with no city known: every city's departments, a kind
        c = _body_without_term(c)
        c = _university_of_unnamed_campus(_parent_of_subsidiary(c))
        law, c = _split_after_law(c)
        if law is not None:
            out.append(law)
        first, c = _split_joined_events(c)
        if first is not None:
            out.append(first)
        c = _with_edition_year(text, c)
        c = _without_local_char(text, c)
        c = _without_inner_short_form(c)
        c = _with_mandate_before(text, c)
        c = _with_place_before(text, c, out)
        c = _without_kind_before(c)
        c = _without_time_span(c)
        if c.entry is None and c.type not in _RANK_NAMED_TYPES:
            ranked = _ranked_description(c)
            if ranked is None:
                continue  # 浙江省最大生物医药孵化器, 当地著名孵化器: a body described by its standing, no name
            c = ranked
        if c.rule.startswith(_DECIDED_RULES) and c.entry is None:
            person, c = _split_person(text, c)
            if person is not None:
                out.append(person)
            if c.start < header_end:
                authors, c = _split_authors(c)
                out += authors
            left, right = _split_at_trigger(c)
            if left is not None:
                left = _trim_left(left, text[left.start - 1 : left.start] if left.start else "")
                if left is not None and not _generic(left) and not (left.type == "Agency" and _bare_body(left.text)):
                    out.append(left)
            if right is None:
                continue  # X创新中心新增分中心: the verb's object is a bare head, no name of its own
            c = right
            if not (c.rule.startswith("enumeration") and text[c.start - 1 : c.start] in ("、", "如")) and not (
                c.text.startswith(marked) or _opens_with_known_scheme(c.text)
            ):
                c = _after_word_across_start(text, c)
                trimmed = _trim_left(c, text[c.start - 1 : c.start] if c.start else "")  # a list item's edge is exact
                if trimmed is None:
                    continue
                if trimmed.start > c.start:
                    out += _known_before_verb(text, c.start, trimmed.start)
                    if _quantified(text, trimmed):
                        continue  # 部分|中小型药厂, 一些|大型药厂: the quantifier the trim cut off makes it a kind
                    if (trimmed.entry is None or trimmed.type != "Agency") and lexicon.is_generic(trimmed.text):
                        continue  # 大力发展|众创空间, 香港做|国际科技创新中心: the cut verb leaves a kind or a goal
                c = trimmed
            if c.type not in _NAMED_ANYWAY and _opens_with_quantifier(c.text):
                continue  # 更多生物医药企业研发中心, 带动更多社会资本投资基金: more of a kind, no one body
            if c.type == "Agency" and c.rule.startswith("suffix:") and _level_only(c.text):
                continue  # 市级人民法院, 县级以上地方人民政府: the bodies of a tier of government, not one of them
            if c.type in ("Agency", "Platform") and c.rule.startswith("suffix:") and _unit_of_a_kind(c.text):
                continue  # 高校技术转移办公室, 医院药事委员会: the unit each body of a kind has, not one unit
            if (
                c.entry is None
                and _generic(
                    c,
                    _SINGLED_OUT.search(text, max(0, c.start - 4), c.start) is not None
                    or _answering_item(c, answering)
                    or _listed_beside_institute(text, c, doc.candidates),
                )
                and not (_office_holder_after(text, c.end, persons) or _LATIN_ABBREVIATION_AFTER.match(text, c.end))
                and not _unit_of_named_school(text, c)
            ):
                continue  # (前线医生联盟主席王某: a body with a chair is one body, whatever its words)
            # a name the writer also marks whole (成立“韩国某某技术院”) keeps its country at its other mentions
            country, c = (None, c) if c.text in marked else _split_country(c)
            if country is not None:
                out.append(country)
                if lexicon.is_generic(c.text):
                    continue  # 美国大学, 德国企业: a country and a kind of body describe many bodies, not one
            if c.type == "Agency" and _TRANSFER_OFFICE.search(c.text):
                c = Candidate(c.start, c.end, c.text, "Platform", c.rule, c.confidence, c.entry)
            if c.type == "Association" and c.text.endswith("委员会") and _under_known_agency(c.text):
                c = Candidate(c.start, c.end, c.text, "Agency", c.rule, c.confidence, c.entry)
            zone, c = _split_zone(c)
            if zone is not None:
                out.append(zone)
            c = _before_event_count(c)
        if c.type == "Program" and c.entry is None and c.text.endswith("基金") and _investor_slot(text, c):
            investors.add(c.text)  # retyped below, with every other mention of the fund
        out.append(c)
    if investors:  # a fund seen investing once is a firm, also where the text only names it (TOP5机构：X基金（4起）)
        out = [
            Candidate(c.start, c.end, c.text, "Company", c.rule, c.confidence, c.entry)
            if c.type == "Program" and c.text in investors
            else c
            for c in out
        ]
    out += _repeats(text, doc.body_end, marked, out)
    out += _repeats(text, doc.body_end, _deal_firms(out, marked), out)
    out = _kept_elsewhere(doc.candidates, out)
    out += _bodies_before_offices(text, out)
    doc.candidates = _balanced(text, sorted(out, key=lambda c: c.start))


def _repeats(text: str, end: int, marked: tuple[str, ...], taken: list[Candidate]) -> list[Candidate]:
    """A name quoted once is the same name where it stands again without quotes (关爱基金 … 关爱基金医疗援助计划
    keeps its first words); each further occurrence in a gap becomes a mention."""
    if not marked:
        return []
    occupied = bytearray(len(text) + 1)
    for c in taken:
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    types: dict[str, tuple[str, str]] = {}
    for c in taken:
        if c.text in marked:
            types.setdefault(c.text, (c.type, c.rule))
    out = []
    for name in marked:
        if name not in types:
            continue
        ty, rule = types[name]
        i = text.find(name, 0, end)
        while i >= 0:
            j = i + len(name)
            if occupied.find(1, i, j) < 0:
                occupied[i:j] = b"\x01" * (j - i)
                out.append(Candidate(i, j, name, ty, "repeat:" + rule, 0.75))
            i = text.find(name, j, end)
    return out


def _kept_elsewhere(found: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """成立联合采购办公室, 由联合采购办公室负责联络: after a verb the first word of a name can read as an adverb
    (联合 'jointly') and the candidate is cut or dropped there, though the same words stand as a name elsewhere in
    the document (联合采购办公室由…组成). A candidate whose whole text was kept as one name of the same type
    elsewhere is that name here too: it replaces what was cut from it."""
    names = {(c.text, c.type) for c in kept if c.rule.startswith("suffix:")}
    back = [
        c
        for c in found
        if c.rule.startswith("suffix:")
        and (c.text, c.type) in names
        and not any(k.start == c.start and k.end == c.end for k in kept)
        and not any(k.start < c.start < k.end or k.start < c.end < k.end for k in kept)  # crosses another name
    ]
    if not back:
        return kept
    out = [k for k in kept if not any(b.start <= k.start and k.end <= b.end for b in back)]
    return out + back


__all__ = [
    "acting_verbs",
    "clause_verbs",
    "generic_heads",
    "generic_name",
    "leading_words",
    "quantifiers",
    "run",
]
