"""What the text around a candidate says about it: a person or an office next to it, a publication, an
answering item, a known body before or after it, an investor's slot in a round, an addressee line.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.components import people
from policykg.extract.components.decide.words import (
    _DISTINCT_CHARS,
    _FUNCTION_TAGS,
    _known_at,
    _table,
    descriptive_modifiers,
    office_titles,
    rank_words,
)
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.names import (
    INVESTOR_RULE,
    LEGAL_FORMS,
    RAISER_RULE,
    ROUND_WORDS,
    TITLE_GRADES,
    Candidate,
    alternation,
    place_before,
)


def _person_starts(cands: list[Candidate]) -> frozenset[int]:
    return frozenset(c.start for c in cands if c.type == "Person")


_OFFICE_ENDINGS = ("长官", "特首", "司长", "局长", "署长", "处长", "主席", "部长", "厅长", "市长", "省长")
"""Agencies that are one person's office (行政长官, 财政司司长): named right before a person, they are a title."""
_OFFICE_TENSES = frozenset(("现任", "前任", "时任", "首任", "新任", "候任", "署理", "名誉", "常务"))
_BODY_OPENERS = "的据由及和与"
_BODY_BEFORE_OFFICE = re.compile(r"(?:^|(?<=[，。；：、（(\n的据由及和与]))([\u4e00-\u9fff]{2,6})$")


@cache
def _publication_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(cues before 《, cues after 》) from ``publication_cues.tsv``."""
    text = resources.files("policykg.resources").joinpath("names", "publication_cues.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    before = tuple(r[0].strip() for r in rows if r[1].strip() == "before")
    after = tuple(r[0].strip() for r in rows if r[1].strip() == "after")
    return before, after


_EDITORIAL_BODIES = ("编辑委员会", "编委会", "编辑部", "杂志社")
"""What a journal's people form (《某某学报》编委会, 《某某杂志》编辑部): news of academic alliances and congresses
lists them among the founders and organisers beside learned societies."""


def _editorial_board(text: str, c: Candidate) -> Candidate | None:
    """The board or office of the journal whose title ``c`` is (《某某》编委会), as an association named with the
    marks: the journal is no policy, and the body after it is one of the actors of the sentence."""
    close = c.end + 1 if text[c.end : c.end + 1] == "》" else c.end
    word = next((w for w in _EDITORIAL_BODIES if text.startswith(w, close)), None)
    if word is None or c.start == 0 or text[c.start - 1] != "《":
        return None
    start, end = c.start - 1, close + len(word)
    return Candidate(start, end, text[start:end], "Association", "editorial-board", c.confidence)


def _publication(text: str, c: Candidate) -> bool:
    """Is the 《title》 at ``c`` a newspaper, journal or magazine (a cue word right before or after the marks)?"""
    before, after = _publication_cues()
    return (
        c.text.endswith(_NEWSPAPER_ENDINGS)
        or text.startswith(after, c.end + 1)
        or text.endswith(before, 0, max(0, c.start - 1))
    )


_GENERIC_AGREEMENT = re.compile(r"(?:全面|深化|战略|框架|合作|共建|项目|投资|友好)*(?:协议书?|备忘录|意向书|合同)")
"""战略合作协议, 全面战略合作框架协议, 合作备忘录: a title made of nothing but the kind of agreement and how close the
partners are is what every signing ceremony produces; it names no document of its own."""
_NEWSPAPER_ENDINGS = ("日报", "晚报", "时报", "商报", "周报", "早报", "快报")
"""《某某日报》, 《某某商报》: a title ending in the kind of paper it is names a newspaper wherever it stands."""


_PARTY_POSTS = ("书记", "副书记", "常委")


def _body_of_party_committee(text: str, c: Candidate) -> Candidate:
    """东岭大学党委书记王某, 南湖医院党委副书记, 某某集团党委常委: the Party committee of a school, hospital,
    institute or firm, named right before a post, is the title of the person holding it; the body the text names is
    the school, hospital or firm (annotators mark the university, not its committee), so the candidate becomes that
    body. A place's committee (某某镇党委) or an agency's is a government body and stays."""
    if c.rule != "suffix:委" or not c.text.endswith("党委") or not text.startswith(_PARTY_POSTS, c.end):
        return c
    body = c.text[:-2]
    suf = lexicon.head_of_whole_name(body)
    if suf is None or suf.type == "Agency":
        return c
    entry = next((x for x in lexicon.entries_for(body) if x.name == body), None)
    if entry is not None:
        return Candidate(c.start, c.end - 2, body, entry.type, "lexicon", c.confidence, entry)
    return Candidate(c.start, c.end - 2, body, suf.type, "suffix:" + suf.text, c.confidence)


def _held_then(text: str, c: Candidate) -> bool:
    """前财政司司长, 首任行政长官, 现任局长: a word of tenure before an office makes it someone's title, whether or
    not the holder's name after it was recognised."""
    before = text[max(0, c.start - 2) : c.start]
    return before in _OFFICE_TENSES or before[-1:] == "前"


def _bodies_before_offices(text: str, cands: list[Candidate]) -> list[Candidate]:
    """的某某科技董事长李某: a name with no head word, between a boundary and the office its chair holds, is a
    firm (a body with a head word is found by that word and kept by :func:`_office_holder_after`)."""
    occupied = bytearray(len(text) + 1)
    for c in cands:
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = []
    for p in cands:
        if p.type != "Person":
            continue
        title = next((t for t in office_titles() if text.endswith(t, 0, p.start)), None)
        if title is None:
            continue
        end = _first_of_joined_titles(text, p.start - len(title))
        while end > 0 and text.endswith(TITLE_GRADES, 0, end):
            end -= 1  # 联盟副|理事长: the grade belongs to the office, the body's name ends before it
        m = _BODY_BEFORE_OFFICE.search(text, max(0, end - 6), end)
        if m is None or occupied.find(1, m.start(1), end) >= 0:
            continue
        start, name = m.start(1), m.group(1)
        if start == 0 and name[0] in _BODY_OPENERS and len(name) >= 3:
            start, name = 1, name[1:]  # 据某某科技创始人… at the start of a text: the ^ took the 据 in
        words = lexical.cut(name)
        if (
            len(words) < 2
            or lexicon.is_generic(name)
            or lexicon.suffix_of(name) is not None
            or lexical.tag(words[0]) in _FUNCTION_TAGS
            or any(w in _OFFICE_TENSES for w in words)
        ):
            continue  # 大会主席, 公司董事长, 现任主席: a kind of body or a word about the office, not one body
        out.append(Candidate(start, end, name, "Company", "body:before-office", 0.6))
    return out


def _first_of_joined_titles(text: str, end: int) -> int:
    """董事长兼总裁李某, 院长、教授王某: one person holding offices joined by 兼 or 、; the body that
    holds them stands before the first, so the start of the first title of the chain is returned."""
    while text[end - 1 : end] in ("兼", "、") and end >= 1:
        prev = next((t for t in people.titles() if text.endswith(t, 0, end - 1)), None)
        if prev is None:
            break
        end = end - 1 - len(prev)
    return end


def _office_holder_after(text: str, end: int, persons: frozenset[int]) -> bool:
    """Does an office of a body's head and a person's name follow ``end`` (…联盟副主席王某)?"""
    return any(text.startswith(t, end) and end + len(t) in persons for t in office_titles())


_OWN_LEVEL_ITEM = re.compile(r"^[省市区县](?!级|直|属|内|外(?!办))")
"""省外办, 省投资集团, 市国资委: the province's (city's) own body, written with only its level before it."""


def _answering_item(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    """``c`` is a 省X / 市X item of a 责任单位 list or column. Such a list names the bodies that answer for a
    measure, each one body, so 省铁塔公司 or 省外办 there is the province's own firm or office however ordinary
    its words (elsewhere 省投资集团 may be any province's group and 省外 means 'outside the province')."""
    return (
        len(c.text) >= 3
        and _OWN_LEVEL_ITEM.match(c.text) is not None
        and not any(w in c.text for w in ("有关", "相关", "其他", "各"))
        and any(a <= c.start and c.end <= b for a, b in spans)
    )


_PROPOSED = re.compile(r"提出的\s*[《«]?\s*$")
"""您提出的《…》, 你们提出的《…》: the title after it is the proposal the reply answers."""


def _proposal_title(text: str, c: Candidate) -> bool:
    """Is the 《title》 at ``c`` a deputy's proposal (您提出的《关于…的建议》)? Replies to deputies open by naming the
    proposal; it is the deputy's text, not a document any body issued (a 《…建议》 cited elsewhere, such as a
    party's 《…远景目标的建议》, is not preceded by 提出的)."""
    if not c.text.endswith(("建议", "提案", "议案")):
        return False
    return _PROPOSED.search(text, max(0, c.start - 8), c.start) is not None


def _own_city_government(doc: Doc, c: Candidate, relative: tuple[frozenset[int], frozenset[int]]) -> bool:
    """In a local policy or reply whose city the text never gives, 市政府 / 区人民政府 is one body, the government of
    the place the document is from: the government it reports to or acts for (经市政府同意, 报区政府审定, 市政府
    批复), and so are the Party committee named beside it (市委、市政府印发) and the place's CPPCC whose members'
    proposals a reply answers (对市政协X届X次会议第N号提案的答复). Only these (and the place's departments listed
    together, :func:`_local_department` over ``relative``, :func:`_relative_bodies`): 市X局 elsewhere in such a
    text may be any city's bureau of that kind, and news and reports speak of other places' governments as often as
    of their own."""
    return doc.document.doc_type in ("policy", "reply") and (
        c.text.endswith(("政府", "政协")) or c.text in _OWN_PARTY_COMMITTEES or _local_department(doc.text, c, relative)
    )


_LIST_MARK = "、"


def _relative_bodies(cands: list[Candidate]) -> tuple[frozenset[int], frozenset[int]]:
    """Starts and ends of the agencies written relative to the document's place (市财政局, 区科技局)."""
    rel = [c for c in cands if c.type == "Agency" and c.text.startswith(lexicon.RELATIVE_PREFIXES)]
    return frozenset(c.start for c in rel), frozenset(c.end for c in rel)


def _local_department(text: str, c: Candidate, relative: tuple[frozenset[int], frozenset[int]]) -> bool:
    """我委会同市财政局、市经信局、市住建局, (市卫健委、市药监局、区政府): in a local policy or reply whose city the
    text never gives, a bureau listed beside other bureaus of the same place's level is one of the departments the
    document's own place works with, as its neighbours are. The tables know some 市X局 forms as one city's bureau and
    others not at all; a list names its departments alike whichever the tables know, so the known form is kept as
    written, as the unknown neighbour found by its head word is."""
    starts, ends = relative
    return (text[c.end : c.end + 1] == _LIST_MARK and c.end + 1 in starts) or (
        text[c.start - 1 : c.start] == _LIST_MARK and c.start - 1 in ends
    )


_OWN_PARTY_COMMITTEES = frozenset(("省委", "市委", "区委", "县委"))
"""市委, 区委: the Party committee of the document's own place, which local texts name beside its government
(市委、市政府印发, 经市委同意) as they name the government: one body, the place's own (where the tables know the
short form as some place's committee)."""


def _national_issuer(issuer: str | None) -> bool:
    """The document comes from a national body (国务院办公厅, 科技部: a known agency of no jurisdiction), so 省政府 and
    市政府 in it are each province's and city's, never one body."""
    if not issuer:
        return False
    entry = lexicon.agency_by_surface(issuer)
    return entry is not None and entry.jurisdiction is None


_ROUND_VERB_AFTER = re.compile(rf"[^，,。；;！？：:\n]{{0,40}}?(?:{alternation(ROUND_WORDS['verb'] + ('投资了',))})")
"""A round verb later in the clause of a fund (X基金领投, A、X基金等老股东跟投, X基金（领投）), or the fund as the one
who invested (X基金与Y共同投资了Z)."""

_INVESTORS_OPENED = re.compile(
    rf"(?:{alternation(ROUND_WORDS['investor'] + ROUND_WORDS['old-shareholder'])})"
    r"(?:为|包括|有|如|是)?[^，,。；;！？：:\n]{0,100}$"
)
"""A list of a round's investors opened before a fund in the same clause (投资方为A、X基金, 其它投资者如X基金,
老股东X基金)."""


def _investor_slot(text: str, c: Candidate) -> bool:
    """Whether the fund ``c`` stands where deal news lists a round's investors: it then names the fund manager
    that takes the stake, a firm (the guidelines' investor is an actor), not a funding scheme (X科技发展基金资助Y).
    The text right before it must be a list join or the opener, so a fund named further on in the clause (投资者
    可申请X基金) stays a scheme."""
    if _ROUND_VERB_AFTER.match(text, c.end) is not None:
        return True
    return (
        text.endswith(_LIST_EDGE, 0, c.start)
        and _INVESTORS_OPENED.search(text, max(0, c.start - 110), c.start) is not None
    )


_LIST_EDGE = ("、", "和", "及", "与", "/", "为", "包括", "如", "有", "股东", "）", ")")
"""What stands right before a member of an investors' list (A、X基金, 投资方为X基金, 老股东X基金, A（领投）、X基金)."""


_ADVERB_PARTNER = re.compile(r"(?:一直|一向|已经|已|将|会|也|亦|均|还|曾|正|早前|近日|近年来)?(?:与|同|跟)")
"""浙江大学一直与|Y公司合作: a known body, an adverb and the partner marker cut off before a name whose
leftward scan ran past the marker; the body is the subject of the clause and its partner is the name."""


_ADDRESSEES = re.compile(r"各[^\n。；]{1,80}[：:]\s*$")
"""A notice's addressee line (各省、自治区、直辖市卫生健康委、中医药管理局：): kinds of body, one in each place."""


_EDITION_OPENING = re.compile(r"第?[〇一二三四五六七八九十百\d]+届")
"""十一届 / 第十届 opening an event's name: its edition, which the name is used without."""


_FIRM_ARMS = ("中国",)
"""辉瑞中国: a group's arm in China is a firm of its own (its own chief, its own deals) named by the group's name and
the country. Arms named by a line of business (西门子医疗, 拜耳医药) are found with the names (names._brand_arms),
which also knows when the trade word opens a longer noun (飞利浦医疗器械 is the group's products)."""


_RANK_NAMED_TYPES = frozenset(("Program", "Event", "Policy", "Agency", "Person", "Region", "Product"))
"""Types whose names hold rank words (双一流, 世界顶尖科学家论坛, 领军人才计划): the words are part of the title."""
_NAMING_TAGS = frozenset(("ns", "nr", "nrt", "nrfg", "nt", "eng"))


def _ranked_description(c: Candidate) -> Candidate | None:
    """``c`` unless a word of :func:`rank_words` stands before its head (省内最大生物医药孵化器, 当地著名孵化器,
    全球领先科学与科技公司): then None, the words describe a body by its standing and name none, or, when a place, a
    proper or unknown word or Latin letters follow the rank word (国内知名企业东岭生物有限公司), the name after it.
    Why: such descriptions carry a place or a field before the head and so passed for names (浙江省 makes
    浙江省某某孵化器 one body); a ranked body is named elsewhere in the text, if at all."""
    ranks = rank_words()
    if not any(w in c.text for w in ranks) or (c.type == "Company" and _registered_firm(c.text)):
        return c  # (cheap test first: most names hold no rank word; a registered firm may be named by any word)
    tokens = lexical.cut(c.text)
    suf = lexicon.suffix_of(c.text)
    head_len = len(suf.text) if suf is not None else len(tokens[-1])
    cut = -1
    pos = 0
    for tok in tokens:
        end = pos + len(tok)
        if end > len(c.text) - head_len:
            break
        if tok in ranks and (tok != "主" or end == len(c.text) - head_len):
            cut = end
        pos = end
    if cut < 0:
        return c
    rest = c.text[cut:].lstrip("的")
    body = rest[: len(rest) - head_len]
    if _DISTINCT_CHARS.search(body) or any(
        lexical.tag(t) in _NAMING_TAGS or (lexical.tag(t) is None and len(t) >= 2) or t in places()
        for t in lexical.cut(body)
    ):
        start = c.end - len(rest)
        return Candidate(start, c.end, rest, c.type, c.rule, c.confidence)
    return None


def _with_firm_arms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A known group's name written flush before an arm's word (西门子|医疗, 某集团|中国) names the arm: the
    candidate grows over the word, and a place read out of it (中国) goes. Only where no other name starts in the
    word (a longer known name was matched whole already)."""
    arms = [
        (c, end)
        for c in cands
        if c.rule == "lexicon"
        and c.type == "Company"
        and (arm := next((w for w in _FIRM_ARMS if text.startswith(w, c.end)), None)) is not None
        and (end := c.end + len(arm))
        and not any(o.start < end and o.end > c.end and o.type != "Region" for o in cands)
    ]
    if not arms:
        return cands
    inside = {(o.start, o.end) for c, end in arms for o in cands if o.type == "Region" and c.end <= o.start < end}
    grown = {
        id(c): Candidate(c.start, end, text[c.start : end], "Company", "lexicon+arm", c.confidence) for c, end in arms
    }
    return [grown.get(id(c), c) for c in cands if (c.start, c.end) not in inside]


_TERM_OPENING = re.compile(r"^(?:中华人民共和国)?第[一二三四五六七八九十百\d]+届")
"""中华人民共和国第十二届全国人民代表大会常务委员会: the term of a congress (its 届) opening an agency's name."""


def _body_without_term(c: Candidate) -> Candidate:
    """由中华人民共和国第十二届全国人民代表大会常务委员会第二十五次会议通过: a law's promulgation line names the
    standing body with the term that sat; the body is the same one in every term, so the mention is of the body
    the lexicon knows after the term (全国人民代表大会常务委员会)."""
    if c.type != "Agency" or c.entry is not None:
        return c
    m = _TERM_OPENING.match(c.text)
    if m is None:
        return c
    known = _known_at(c.start + m.end(), c.text[m.end() :], "Agency")
    if known is None:
        return c  # (the whole span stays the mention, so a clause that names it, 由X第N次会议通过, still reads)
    return Candidate(c.start, c.end, c.text, "Agency", "lexicon", known.confidence, known.entry)


def _split_joint_events(cands: list[Candidate]) -> list[Candidate]:
    """第十届甲论坛暨第五届乙峰会: two events held as one, each named in full with its own head, are two events (the
    organisers of each are named in the text); when the part before 暨 has no event's head (一园两地暨乙启动仪式: a
    slogan before the ceremony) the whole stays one name."""
    out: list[Candidate] = []
    for c in cands:
        k = c.text.find("暨") if c.type == "Event" and c.entry is None else -1
        left, right = c.text[:k], c.text[k + 1 :]
        if k < 4 or len(right) < 4 or "暨" in right or not (_event_head(left) and _event_head(right)):
            out.append(c)
            continue
        cut = _EDITION_OPENING.match(left)
        at = cut.end() if cut and len(left) - cut.end() >= 4 else 0
        out.append(Candidate(c.start + at, c.start + k, left[at:], "Event", c.rule, c.confidence, None))
        out.append(Candidate(c.start + k + 1, c.end, right, "Event", c.rule, c.confidence, None))
    return out


_SLOGAN_BEFORE = re.compile(r"[“「]([^“”「」\n，。、；：]{1,8})[”」]$")
"""A short quoted slogan or number (“1030”, “两区”) right before where an event's head-word scan stopped."""


def _with_quoted_slogan(text: str, c: Candidate) -> Candidate:
    """东岭市“1030”产业沙龙, 南湖市“两区”建设推进会: an event is often named by its host city, a quoted programme
    slogan and then the rest; the head-word scan stops at the closing quote and keeps only the tail. When a place
    stands right before the short quote, the place and the quote open the event's name."""
    if c.type != "Event" or c.entry is not None or c.start < 4 or text[c.start - 1] not in "”」":
        return c
    m = _SLOGAN_BEFORE.search(text, max(0, c.start - 10), c.start)
    if m is None:
        return c
    k = place_before(text, m.start())
    if k == 0:
        return c
    s = m.start() - k
    return Candidate(s, c.end, text[s : c.end], c.type, c.rule, c.confidence, None)


def _event_head(name: str) -> bool:
    """The name ends in an event's head word (论坛, 大会, 博览会)."""
    suf = lexicon.suffix_of(name)
    return suf is not None and suf.type == "Event" and len(name) > len(suf.text)


def _on_addressee_line(text: str, c: Candidate) -> bool:
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    return _ADDRESSEES.fullmatch(text, start, len(text) if end < 0 else end) is not None


def _known_opening(start: int, words: str) -> list[Candidate]:
    """南湖医药战略合作签约 (cut off before 暨|X实验室): the longest name the lexicon knows that opens the occasion
    is a party to it, kept as a name of its own."""
    for n in range(len(words), 1, -1):
        known = _known_at(start, words[:n])
        if known is not None:
            return [known]
    return []


def _known_across_start(text: str, start: int, end: int) -> Candidate | None:
    """大学教育资助|委员会拨款|…: the finder's scan began at an inner head word, so the words cut off before the verb
    are only the tail of a known body's name; the body the lexicon knows, ending right before the verb, is the
    subject (its own hit was dropped for the longer span)."""
    for s0 in range(max(0, start - 12), start):
        known = _known_at(s0, text[s0:end])
        if known is not None:
            return known
    return None


_ADVERBIAL_TAGS = frozenset({"d", "t", "ad"})
"""A time or an adverb (近日, 日前, 正式, 已): what may stand between a body and the verb it acts with."""


def _without_adverbial_tail(s: str) -> str:
    """``s`` less a time or an adverb it ends with (省财政厅|近日, 科技部|正式, 市人民政府|大力): the body acting, or
    ``s`` itself. The adverbs of manner_adverbs.tsv count whatever the dictionary tags them (大力 and 重点 as nouns)."""
    last = lexical.cut(s)[-1]
    adverbial = lexical.tag(last) in _ADVERBIAL_TAGS or last in _table("manner_adverbs.tsv")
    return s[: -len(last)] if adverbial and len(s) > len(last) else s


def _agency_less_adverb(left: str) -> tuple[str, lexicon.Suffix | None]:
    """``left`` less an adverb it ends with, when what stays is an agency's whole name (上海市人民政府|大力|扶持|
    某某药谷): the agency is the clause's subject and the name after the verb is one of its own. Otherwise ``left``
    unchanged and no head word."""
    rest = _without_adverbial_tail(left)
    suf = lexicon.suffix_of(rest) if rest != left else None
    if suf is not None and suf.type == "Agency" and len(rest) >= suf.min_len:
        return rest, suf
    return left, None


def _foreign_minister(text: str, c: Candidate) -> bool:
    """美国|农业部|长: a ministry's short name right after a foreign country and before 长 spells that country's
    minister; the lexicon's 农业部 or 教育部 is China's ministry, which the text does not name here."""
    if not c.text.endswith("部") or not text.startswith("长", c.end):
        return False
    pl = places()
    for k in range(2, min(c.start, 6) + 1):
        p = pl.get(text[c.start - k : c.start])
        if p is not None and p.source.startswith("pycountry"):
            return True  # (the country table holds no 中国: China's own 农业部长 is its minister's title)
    return False


_MARKED_RULES = ("quote:", "quote+head")


def _marked_names(cands: list[Candidate]) -> tuple[str, ...]:
    """Names the writer marked as names by quoting them (“关爱基金”): longest first."""
    names = {
        c.text
        for c in cands
        if c.rule.startswith(_MARKED_RULES) and len(c.text) >= 3 and c.type not in ("Person", "Region")
    }
    return tuple(sorted(names, key=len, reverse=True))


_DEAL_RULES = (RAISER_RULE, INVESTOR_RULE)
"""Rules that find a firm by its place in a deal sentence (the subject of 完成…融资, an item of 投资方为A、B)."""


def _deal_firms(kept: list[Candidate], marked: tuple[str, ...]) -> tuple[str, ...]:
    """澜亭开曼完成C轮融资 … 澜亭开曼的C轮融资由A领投: a firm that a deal sentence names by a coined short name, with
    no head word, is the same firm wherever the name stands again (deal news repeats it in every paragraph, and no
    other rule finds it there); names of three characters or more, longest first."""
    names = {c.text for c in kept if c.rule in _DEAL_RULES and c.type == "Company" and len(c.text) >= 3}
    return tuple(sorted(names.difference(marked), key=len, reverse=True))


def _opens_with_known_scheme(name: str) -> bool:
    """关爱基金行政委员会, 创新及科技基金专责小组: a name that opens with a programme or fund the lexicon knows;
    its first word is the programme's, not a verb to cut (关爱 is a verb to the dictionary)."""
    return any(e.type in ("Program", "Policy") for k in range(3, len(name) - 1) for e in lexicon.entries_for(name[:k]))


def _known_agency(s: str) -> bool:
    """``s`` is a government body the lexicon knows, by its name or a short name (国家卫生健康委, 国家医保局)."""
    return any(e.type == "Agency" for e in lexicon.entries_for(s))


def _under_known_agency(name: str) -> bool:
    """国家卫生健康委医学伦理专家委员会: an expert committee named after a ministry is that ministry's body (an
    Agency, PART_OF it by its name); a committee named by nothing but its field is a society of experts."""
    return any(_known_agency(name[:k]) for k in range(len(name) - 5, 1, -1))


_PARENT_HEADS = ("大学", "学院", "医院", "研究院", "研究所", "科学院", "城市")
"""What a unit's name may follow: a university, a hospital, an academy, or a field such as 智慧城市."""
_BEFORE_PARTNER_TAGS = frozenset({"f", "m", "mq", "q", "d", "r", "t"})
"""Locatives, counts, adverbs, pronouns and times (and a count of times, 不止一次): after one of these, 与/和/及
introduces the partner of a verb to come (曾不止一次与…, 在计划中与…), so the name starts after it."""
_BARE_BEFORE_HEAD = frozenset("上入进到至和与及或")
"""Single characters that, standing alone right before a head word, make the head their object or a list member."""
_MOVING_VERBS = frozenset("上入进到")
"""Verbs of moving onto or into something (上云, 入园): one of them with a one-character object before another
verb and a head word makes the head that verb's object too (上云上平台)."""


_SINGLED_OUT = re.compile(r"(?:如|例如|比如|成立了|成立|设立了|组建了|创办了|创立了|批准的|认定的)$")
"""Right before a name: an example (如X) or an act that creates or approves one thing (成立了X, 批准的X).
A name of common words there is that one thing (微创医疗集团, 中药检测中心), not a kind."""


_LATIN_ABBREVIATION_AFTER = re.compile(r"[（(][A-Z][A-Za-z0-9.\-]{1,11}[）)]")
"""…研究创新平台（HI-CLIP）, …基因组计划（Sc2.0）: a name that gets an abbreviation of its own is one thing, however
common its words (the finder asks the same of a 中心)."""


_LEGAL_FORM = re.compile(rf"(?:{alternation(LEGAL_FORMS)})$")
_HOLDING_GROUP = re.compile(r"控股(?:集团|公司)$")
"""A holding group (X控股集团): registered under a trade name, never a description of a kind of firm."""


def _registered_firm(name: str) -> bool:
    """华为技术有限公司, 联影医疗科技股份有限公司: a legal form after four or more characters is a registered
    firm's name, even when the dictionary knows the words before it (华为技术 is one common noun to jieba);
    科技有限公司 alone is still a description."""
    m = _LEGAL_FORM.search(name)
    if m is not None and m.start() >= 4:
        return True
    held = _HOLDING_GROUP.search(name)
    return held is not None and held.start() >= 2  # 新源控股集团: a trade name, then 控股, then the group


_POINTING_CHARS = frozenset("各该本这那此其某每诸两几多新老大小")
"""Single characters that point at or size a kind (各区医院, 该两间医院, 大医院) rather than spell a name."""


_NATIONAL_DESIGNATIONS = (
    "国家重点实验室",
    "全国重点实验室",
    "国家工程研究中心",
    "国家工程实验室",
    "国家技术创新中心",
    "国家临床医学研究中心",
)
"""Titles the state confers on one unit per field: 海洋微生物资源国家重点实验室 and 中药质量研究国家重点实验室 are
each one lab, named by their field in ordinary words (a plain 重点实验室 after a field may be any body's).
全国重点实验室 is the title the reorganised national key labs carry since the Ministry of Science and Technology's
2022 reform of the system (科技部《全国重点实验室建设标准》, 重组后统一命名为"全国重点实验室")."""
_FIELD_OPENING_NOT = re.compile(r"^(?:省部共建|共建|培育|建设|批准|一批|多个|若干)")


def _national_designation(name: str) -> bool:
    """Field + a designation of :data:`_NATIONAL_DESIGNATIONS` (a field of at least three characters, not a verb)."""
    head = next((d for d in _NATIONAL_DESIGNATIONS if name.endswith(d)), None)
    return head is not None and len(name) - len(head) >= 3 and not _FIELD_OPENING_NOT.match(name)


_SIZE_OR_LEVEL_CHARS = frozenset("新大小中重轻微巨高低初国省市区县镇乡村各多一二三")
"""Characters that, before 型/级/类/式 in a two-character word, make a kind (新型, 大型, 省级, 各类, 中式; the
grades of hospitals and of medical devices, 三级, 二类: 中西部地区三级医院 is every such hospital of a region).
Other two-character words ending so are ordinary nouns and verbs (升级, 转型, 模式, 人类, 方式) and say
nothing about the name being a kind: 设施升级工程, 新模式推广工程, 人类基因组计划 name one thing each."""


def _ised(tok: str) -> bool:
    """国际化, 专业化, 市场化, 数字化: "-ised", the manner a kind of body works in (专业化的服务平台, 市场化交易平台);
    two characters ending in 化 are words of their own (文化, 中化)."""
    return len(tok) >= 3 and tok[-1] == "化"


def _kind_marker(tok: str, n_tokens: int) -> bool:
    """研究型, 国家级, 新型, 各类, 国际化: a word that sorts the head into a kind (研究型大学: a kind of university)."""
    if _ised(tok):
        return True
    if tok[-1] not in "型级类式":
        return False
    if len(tok) == 1:
        return n_tokens >= 2
    return len(tok) >= 3 or tok[0] in _SIZE_OR_LEVEL_CHARS


_SCHOOL_UNIT_TYPES = frozenset({"University", "Hospital", "ResearchInstitute", "Lab"})


def _unit_of_named_school(text: str, c: Candidate) -> bool:
    """科大工学院, 中大理学院 beside 香港科技大学 / 香港中文大学: a unit named by its university's short form (from the
    tables) and a field is that university's faculty, not a kind of school.

    Why: the dictionary cuts such names across the short form (中|大理|学院, 科大|工学院), so the words left
    before the head read as common words and the name looks generic. The short form counts only when the
    document also writes the university's full name and no word that describes a kind runs across the short
    form's end, so 中大型医院 (medium and large hospitals: 中|大型) stays a kind."""
    if c.type not in _SCHOOL_UNIT_TYPES or c.entry is not None:
        return False
    words = lexical.cut(c.text)
    if any(lexical.tag(w) == "b" or w in descriptive_modifiers() for w in words[:3]):
        return False
    for k in range(min(len(c.text) - 3, 4), 1, -1):
        for e in lexicon.entries_for(c.text[:k]):
            if e.type == "University" and e.name != c.text[:k] and e.name in text:
                return True
    return False


_COMPASS_NAMES = frozenset(("南方", "北方", "东方", "首都"))
"""Quarters of the country and the capital, which open names of schools and hospitals (南方科技大学, 北方工业大学,
东方医院, 首都医科大学, 首都师范大学). The dictionary tags them as locatives or common nouns, so the name read as a
description (a southern medical university) and was dropped; 西方 stays a description (西方大学: universities of
the West)."""
_COMPASS_NAMED_TYPES = frozenset(("University", "Hospital"))


_UNIT_OF_PARENT_TYPES = frozenset(("University", "Hospital", "ResearchInstitute", "Lab"))
_PARENT_TYPES = frozenset(("University", "Hospital", "ResearchInstitute"))


def _opens_with_known_parent(prefix: str) -> bool:
    """``prefix`` opens with a school, hospital or institute the lexicon knows, by its name or short form (城大|专上,
    理大|专业进修). The words after such a parent name its unit, however ordinary they are; the dictionary cuts
    the short form into characters (城|大专|上), so the test reads the lexicon, not the words. 中大|型 is a size."""
    for k in range(len(prefix), 1, -1):
        if any(e.type in _PARENT_TYPES for e in lexicon.entries_for(prefix[:k])):
            return not prefix.startswith("型", k)
    return False


_ATTACHED_OPENING = ("附属", "附屬")


def _attached_known_body(c: Candidate) -> bool:
    """附属X医院 where the tables know X医院: the school's teaching hospital named by its tie (the school stands
    before it in the sentence, 某医学院依托附属X医院). The tables' hospital name makes it one hospital, however
    the dictionary reads its words (a hospital of another city may share the name: the tie says which)."""
    if not c.text.startswith(_ATTACHED_OPENING) or len(c.text) < 6:
        return False
    return any(e.type == c.type for e in lexicon.entries_for(c.text[2:]))
