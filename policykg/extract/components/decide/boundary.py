"""Where a name found by its head word starts and where a candidate splits: the leftward cut at function
words, verbs that open it, clauses and coordinators before it, the known names it must not cut; a person before an
office, joined events, a country or a zone before a body, authors on one line, a law before its measure.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from policykg.extract import lexical, lexicon
from policykg.extract.components.decide.context import (
    _ADVERB_PARTNER,
    _BEFORE_PARTNER_TAGS,
    _PARENT_HEADS,
    _agency_less_adverb,
    _known_across_start,
    _known_agency,
    _known_opening,
    _without_adverbial_tail,
)
from policykg.extract.components.decide.generic import (
    _APPOSED_TYPES,
    _CJK_CHAR,
    _COORDINATORS,
    _COUNT,
    _COUNTED_AFTER_DIGITS,
    _NOUN_PHRASE_OPENERS,
    _PARTNER_BODY_TYPES,
    _PERSON_TAGS,
    _TIER_WORDS,
    _TITLED_TYPES,
    _UNTRIMMED_TYPES,
    _common_words,
    _ends_a_name,
    _ends_with_occasion,
    _ends_with_office,
    _generic,
    _kinds_listed,
    _known_or_found,
    _national_title,
    _numeral_trade_name,
    _spells_foreign_name,
    _zone_department,
    partner_kinds,
)
from policykg.extract.components.decide.words import (
    _FUNCTION_TAGS,
    _INNER_KEEP,
    _JURISDICTION,
    _LEADING_LATIN,
    _LEADING_TAGS,
    _SCHOOLS,
    _VERB_TAGS,
    _heads_longest_first,
    _known_at,
    _longest_head,
    _table,
    acting_verbs,
    apposition_nouns,
    clause_chars,
    clause_verbs,
    descriptive_modifiers,
    leading_verbs,
    leading_words,
    quantifiers,
    time_openers,
    trigger_words,
)
from policykg.extract.components.gazetteer import places
from policykg.extract.names import (
    LEGAL_FORMS,
    STOP_SET,
    SURNAMES,
    Candidate,
    alternation,
    bare_policy_head,
)


def _known_before_verb(text: str, start: int, cut: int) -> list[Candidate]:
    """教育局协助|南湖大学: the words cut off before a name may be a known body and the verb it acts with (or an
    adverb and a partner marker: 浙江大学一直与|Y公司); the body is the subject of the clause and stays a name
    (the finder's long span had hidden its lexicon hit)."""
    cut_off = text[start:cut]
    if cut_off.endswith("暨"):
        return _known_opening(start, cut_off[:-1])
    for k in range(len(cut_off) - 1, 1, -1):
        if (
            cut_off[k:] not in clause_verbs()
            and cut_off[k:] not in acting_verbs()
            and not _ADVERB_PARTNER.fullmatch(cut_off[k:])
            and not _only_acts(cut_off[k:])
        ):
            continue
        whole = _known_at(start, cut_off[:k]) or _known_across_start(text, start, start + k)
        if whole is not None:
            return [whole]
    return _body_before_act(start, cut_off)


def _body_before_act(start: int, cut_off: str) -> list[Candidate]:
    """浙江省财政厅(近日)|下达|…: the words cut off before a name are a body's name that the lexicon does not know,
    opened by a place, then (after a time or an adverb) a verb by which a body acts (acting_verbs.tsv); that body
    is the clause's subject and stays an Agency."""
    for k in range(len(cut_off) - 1, 3, -1):
        if cut_off[k:] not in acting_verbs():
            continue
        subject = _without_adverbial_tail(cut_off[:k])
        suf = lexicon.suffix_of(subject)
        if suf is not None and suf.type == "Agency" and len(subject) >= suf.min_len and _opens_with_a_place(subject):
            return [Candidate(start, start + len(subject), subject, "Agency", "suffix:" + suf.text, 0.7)]
    return []


def _only_acts(s: str) -> bool:
    """``s`` is one or two words of acting (高度重视, 考察调研, 积极支持): what a subject named before them does."""
    words = lexical.cut(s)
    return 0 < len(words) <= 2 and all(len(w) >= 2 and lexical.tag(w) in _ACT_OR_ADVERB_TAGS for w in words)


def _without_local_char(text: str, c: Candidate) -> Candidate:
    """在沪国家实验室: the one-character province after 在/来/赴 is where, not part of the name."""
    from policykg.extract.resolve import PROVINCE_ABBREVIATIONS

    if (
        c.entry is None
        and len(c.text) > 4
        and c.text[0] in PROVINCE_ABBREVIATIONS
        and text[c.start - 1 : c.start] in "在来到赴驻落"
        and c.start > 0
        and c.type not in ("Region", "Person")
        and not _starts_with_place(c.text)
        and not c.text.startswith(lexicon.region_prefixes())  # 在粤港澳大湾区…: a region's name, not 在粤
    ):
        return Candidate(c.start + 1, c.end, c.text[1:], c.type, c.rule, c.confidence, None)
    return c


def _split_authors(c: Candidate) -> tuple[list[Candidate], Candidate]:
    """李东岭王南湖北辰农业大学公共管理学院: in a report's title block the authors' names run into their
    affiliation; the dictionary's guess for unknown words tells the names from the institution."""
    if c.type in ("Person", "Region", "Policy") or len(c.text) < 8:
        return [], c
    people, pos = [], 0
    for word in lexical.cut_guessing(c.text):
        if lexical.tag(word) in _PERSON_TAGS and 2 <= len(word) <= 3 and word[0] in SURNAMES:
            people.append(Candidate(c.start + pos, c.start + pos + len(word), word, "Person", "person:author", 0.7))
            pos += len(word)
            continue
        break
    rest = c.text[pos:]
    if not people or len(rest) < 4 or lexicon.suffix_of(rest) is None:
        return [], c
    return people, Candidate(c.start + pos, c.end, rest, c.type, c.rule, c.confidence)


_ONE_CHARACTER_FOUNDING = frozenset(("设", "建"))
"""设/建 as words of their own between two names with heads (某公司设某实验室, 港校建联合实验室: a headline's
short verbs of founding); inside a word (设备, 建设, 福建) the dictionary does not cut them out."""


_ADDING_VERBS = frozenset({"新增", "增设", "新设", "新建"})
"""X中心新增|分中心, X大学增设|学院: a body adds units of a kind; the bare head after the verb names none of
them (新增 stays out of clause_verbs.tsv: 关爱基金新增援助项目 is a programme's name)."""


def _split_at_trigger(c: Candidate) -> tuple[Candidate | None, Candidate | None]:
    """A卫生健康委员会联合B大学, A行动和B计划: two names around a relation verb or a coordinator (each
    side ending in a head word); the left one is kept as its own. When only a bare head follows a verb of
    adding (X中心新增分中心), the left name is kept and nothing is left on the right (None)."""
    if not _holds_a_split_word(c.text):
        return None, c  # (most names hold none of the words cut at: no segmentation needed to know)
    tokens = lexical.cut(c.text)
    pos = 0
    for tok in tokens[:-1]:
        pos += len(tok)
        coordinator = tok in _COORDINATORS
        if tok in _ADDING_VERBS and _only_a_head(c.text[pos:]):
            left = c.text[: pos - len(tok)]
            suf = lexicon.suffix_of(left) if len(left) >= 4 else None
            if suf is not None:
                return Candidate(c.start, c.start + len(left), left, suf.type, c.rule, c.confidence), None
        if tok in trigger_words() or coordinator or tok in _ONE_CHARACTER_FOUNDING or tok in clause_verbs():
            # (a clause verb too: 与香港理工大学合作开发|检测平台, the partner before the verb is a name of its own)
            left = c.text[: pos - len(tok)]
            suf = lexicon.suffix_of(left) if len(left) >= 4 else None
            if suf is None and not coordinator and len(left) >= 4:
                left, suf = _agency_less_adverb(left)  # 某某市人民政府大力扶持|Y: the adverb is no part of a name
            right = c.text[pos:]
            if coordinator and (len(right) < 4 or lexicon.suffix_of(right) is None):
                continue  # 工程与物理科学研究委员会: a coordinator inside one name
            if len(right) < 3 or _only_a_head(right):
                continue  # 合成生物学工程|研究|中心: a head word alone after the trigger names nothing
            if _zone_department(c, left, right):
                continue  # 东岭高新区|投资|促进局: the word opens the mandate of the zone's department
            if c.type == "Policy" and bare_policy_head(right):
                continue  # 某某自由贸易港|建设|总体方案: the plan for building the zone, one document
            if suf is not None and coordinator and left[: -len(suf.text)] in places():
                continue  # 英国工程|与|物理科学研究委员会: a country and a head alone name nothing, 与 joins two fields
            if (
                suf is not None
                and coordinator
                and c.type not in _TITLED_TYPES
                and _generic(Candidate(c.start + pos, c.end, right, c.type, c.rule, 0))
            ):
                continue  # 某某大学土木工程|与|力学学院: the body on the right alone is a kind, so 与 joins two fields
            if suf is not None:
                return (
                    _known_or_found(Candidate(c.start, c.start + len(left), left, suf.type, c.rule, c.confidence)),
                    Candidate(c.start + pos, c.end, c.text[pos:], c.type, c.rule, c.confidence, c.entry),
                )
    return None, c


@lru_cache(maxsize=1)
def _split_words() -> ahocorasick.Automaton:
    """Every word :func:`_split_at_trigger` may cut a name at, in one automaton."""
    auto = ahocorasick.Automaton()
    words = trigger_words() | _COORDINATORS | _ADDING_VERBS | _ONE_CHARACTER_FOUNDING | clause_verbs()
    for w in words:
        if w:
            auto.add_word(w, w)
    auto.make_automaton()
    return auto


def _holds_a_split_word(name: str) -> bool:
    """A token of the name can be a word cut at only if the word occurs in the name: one scan of the name
    instead of segmenting it (jieba's segmentation is the costly step for the many names that hold none)."""
    auto = _split_words()
    return len(auto) > 0 and next(auto.iter(name), None) is not None


def _only_a_head(s: str) -> bool:
    """``s`` is nothing but a head word (中心, 研究中心, 委员会)."""
    suf = lexicon.suffix_of(s)
    return suf is not None and suf.text == s


def _after_edition_word(c: Candidate) -> Candidate:
    """本届亚洲金融论坛, 历届…大会, 第六届某某博览会, 首届某某论坛: a name grown up to 届 after a demonstrative (本,
    该, 历) or an ordinal is that event's edition word; the event is one thing held year after year and is named
    after it (an edition is no separate event), and the demonstrative points at the edition, not at a kind. A
    government's term is written the same way (现届特区政府, 上届政府: Hong Kong and Macao news and council
    papers speak of each Chief Executive's term), and the government is the one body whatever the term."""
    m = _EDITION_WORD.match(c.text) if c.type == "Event" or (c.type == "Agency" and c.text.endswith("政府")) else None
    if m and m.group(1) and c.text.endswith(_PLENARIES) or m and c.text[m.end() : m.end() + 1] in _NUMERALS:
        return c  # 十九届二中全会, 十二届市委三次全会: the party's term numbers a plenary session, part of its name
    if m and len(c.text) - m.end() >= 3:
        rest = Candidate(c.start + m.end(), c.end, c.text[m.end() :], c.type, c.rule, c.confidence, c.entry)
        return _known_or_found(rest) if c.type == "Agency" else rest  # 现届|特区政府: the government the lexicon knows
    return c


_NUMERALS = "一二三四五六七八九十百零〇两0123456789０１２３４５６７８９"
_EDITION_WORD = re.compile(f"(?:第[{_NUMERALS}]{{1,4}}|([{_NUMERALS}]{{1,4}})|[本该历每上下首今往这此现]|新一)?[届次]")
"""第十届, 十一届 (news drops the 第), 本届, 首届: the edition word that opens an event's name."""
_PLENARIES = ("全会", "全体会议")


_COUNT_WORD = r"(?:\d+|[一二三四五六七八九十两几多百千]+)(?:个|场|项|家|批|座)"
_COUNT_BEFORE = re.compile(_COUNT_WORD + "$")
_COUNT_OPENS = re.compile(_COUNT_WORD)
_COUNT_AFTER = re.compile(_COUNT_WORD + r"(?:[，,。；;、）)]|$)")
"""举办3场分论坛, 一场主论坛, 谋划投资项目166个，: a count before, opening or closing a phrase (then the clause
ends) counts things of a kind; a count that a noun follows (园区3家企业) counts that noun, not the phrase."""
_COUNTED_TYPES = ("Park", "Event", "Program", "Platform", "Lab")
_RELATIVE_SPAN = 30
_COUNT_THEN_RELATIVE = re.compile(r"(?:" + _COUNT_WORD + r"|若干|一些)[^。；;，,！？!?：:“”《》]{2,24}的$")
"""建设一批特色鲜明、带动力强的X园区, 培育若干具有国际影响力的X示范区: plans count the zones they will build and
describe them by a relative clause, so the phrase after its 的 is their kind, however long the clause (with 、 in it),
not one zone's name; a named zone is introduced by its place, not by a count."""
_MAJOR_COUNT = re.compile(r"[两三四五六七八九十]大(?!学|会|厦|道|湾区)")
"""三大创科园区, 四大综合性国家科学中心, 两大研究所: "the N major" zones or facilities of a kind, counted (a programme
may be named so, 六大强企计划, and 十九大 is a congress: neither is a zone or facility)."""
_MAJOR_COUNTED_TYPES = ("Park", "Platform", "Lab")


def _counted_zones(text: str, c: Candidate) -> bool:
    """启动12个现代设施农业片区, 建设3个特色产业园, 举办16场分论坛, 谋划投资项目166个: a count before or after a
    zone, event, programme or facility found by its head word makes the phrase a number of things of a kind, not
    one thing's name (a known name keeps its name); so does a count of one before a zone or facility (建设一个X
    平台: the phrase says what is to be built). A count of one before a programme or event (推出一项X计划, 举办一场X
    论坛) introduces one named thing, as it does for every titled type, unless what it counts is a kind itself
    (一场主论坛). So does a word of kind right before 片区
    (度假区重点片区): the areas of a zone described by their rank, not one area's name."""
    if c.type not in _COUNTED_TYPES or c.entry is not None or not c.rule.startswith("suffix:"):
        return False
    if c.type == "Park" and c.text.endswith("片区"):
        words = lexical.cut(c.text[:-2])
        if words and words[-1] in descriptive_modifiers():
            return True
    if _COUNT_AFTER.match(text, c.end) is not None:
        return True
    if c.type in _MAJOR_COUNTED_TYPES and _MAJOR_COUNT.match(c.text):
        return True
    if c.type == "Park" and _COUNT_THEN_RELATIVE.search(text, max(0, c.start - _RELATIVE_SPAN), c.start):
        return True  # 建成一批布局合理、配套完善的X示范区: the kind the plan counts, described
    opens = _COUNT_OPENS.match(c.text)
    count = opens or _COUNT_BEFORE.search(text, max(0, c.start - 5), c.start)
    if count is None:
        return False
    if c.type not in _TITLED_TYPES or count.group()[:-1] not in ("一", "1"):
        return True
    rest = c.text[opens.end() :] if opens else c.text
    return lexicon.is_generic(rest) or _kinds_listed(rest)  # 一场主论坛; 举办一场东岭论坛 names one forum


def _trim_left(c: Candidate, char_before: str = "") -> Candidate | None:
    """Drop function words (anywhere before the head) and verbs (at the start) from the left."""
    if c.type in _UNTRIMMED_TYPES or c.rule == "lexicon":
        return c
    if c.type in _TITLED_TYPES:
        if c.rule.startswith(("book-title", "quote")):
            return c
        if _DEICTIC_HEAD.search(c.text) and not c.rule.startswith(("book-title", "quote")):
            return None  # 现就推进X工作提出以下意见: the opinions that follow, not a document's name
        if char_before.isdigit() and _COUNTED_AFTER_DIGITS.match(c.text):
            return None  # 2场|创新大会, 10亿规模|产业基金: a count or a size of a kind, not one titled name
        m = _COUNT.match(c.text)
        if m and len(c.text) - m.end() >= 3:
            return Candidate(c.start + m.end(), c.end, c.text[m.end() :], c.type, c.rule, c.confidence, c.entry)
        cut_at, pos = 0, 0
        tokens = lexical.cut(c.text)
        for tok in tokens[:-1]:
            pos += len(tok)
            if tok in clause_verbs() or (tok in leading_words() and pos - len(tok) == cut_at):
                cut_at = pos  # 指出创新及科技基金, 医管局建议透过关爱基金: no title holds a verb of saying or 透过
        cut_at += _verb_then_partner(tokens, cut_at)
        pos = 0
        for tok in tokens[:-1]:
            pos += len(tok)
            if pos > cut_at and (
                _acts_after_body(tok, c.text[: pos - len(tok)])
                or (len(tok) >= 2 and lexical.tag(tok) in {"v", "vn"} and _body_name(c.text[: pos - len(tok)]))
            ):
                cut_at = pos  # 省财政厅|下达|X专项资金: a body and its act are no part of the fund's name
        if c.rule.startswith("suffix"):
            pos = 0
            for tok in tokens[:-2]:
                pos += len(tok)
                rest = c.text[pos:]
                if pos <= cut_at or tok not in leading_verbs():
                    continue
                known = _known_at(c.start + pos, rest, c.type)
                if known is not None:  # 共同申请创新及科技基金: the verb takes a fund the lexicon knows as its object
                    return known
                if _JURISDICTION.match(rest) or _starts_with_place(rest):
                    cut_at = pos  # 引导国家中小企业发展基金: a verb before a jurisdiction opens no name
        if cut_at:
            cut_at += _coordinator_at(tokens, cut_at)
        if cut_at and len(c.text) - cut_at >= 3:
            return Candidate(c.start + cut_at, c.end, c.text[cut_at:], c.type, c.rule, c.confidence, None)
        return c
    if c.type == "Company":
        c = _after_descriptor(c)
    if c.type == "Hospital" and c.entry is None:
        alone = _known_hospital_after_clause(c)
        if alone is not None:
            return alone
    latin = _LEADING_LATIN.match(c.text)
    if latin and c.type == "Agency":
        c = Candidate(c.start + latin.end(), c.end, c.text[latin.end() :], c.type, c.rule, c.confidence, c.entry)
    tokens = lexical.cut(c.text)
    if len(tokens) < 2:
        return c
    known_after_verb = _known_after_leading_verb(c, tokens)
    if known_after_verb is not None:
        return known_after_verb
    head_len = len(tokens[-1])
    cut_at = 0
    pos = 0
    leading = True
    body = tokens[:-1]
    registered = c.text.endswith(LEGAL_FORMS)
    """A registered company name may open with any word (远航药业有限公司); only clause words are cut."""
    verb_next = False
    suf = lexicon.suffix_of(c.text)
    head_start = len(c.text) - len(suf.text) if suf is not None else len(c.text)
    """Where the head word the name was found by starts: a word inside it (合作 of 合作区, 特别 of 特别合作区)
    is part of the head, never a verb or adverb of the clause to cut at."""
    for i, tok in enumerate(body):
        if pos >= head_start:
            break
        tg = lexical.tag(tok)
        pos += len(tok)
        if verb_next:
            verb_next = False
            cut_at = pos  # 监督和|管理: the second of two joined verbs
            continue
        if tok in _INNER_KEEP:
            if _joins_two_verbs(body, i):
                cut_at = pos  # 支持和引导X产业园, 培育和壮大X研究院: two verbs joined, the name is their object
                verb_next = True
            elif i == 0 and (_starts_with_place(c.text[pos:]) or _JURISDICTION.match(c.text[pos:])):
                cut_at = pos  # 和闵行博爱医院: a conjunction at the start joins this name to the one before
                # (but 和记黄埔医药: a name may start with 和)
            elif i > 0 and _name_then_adverb(c.text[: pos - len(tok)]):
                cut_at = pos  # 运输署会与巴士公司: a body, a modal and 与 open the clause; the partner is the name
            elif i > 0 and (lexical.tag(body[i - 1]) in _BEFORE_PARTNER_TAGS or body[i - 1][-1] in "次回遍番"):
                cut_at = pos  # 不止一次与药厂, 计划中与巴士公司: 与 after an adverbial names a partner, not half a name
            elif tok == "与" and i > 0 and c.type in _PARTNER_BODY_TYPES and c.text[: pos - 1] in places():
                cut_at = pos  # 番禺区与华南理工大学合作: a district and its partner; a school or firm is not named
                # after two places joined by 与 (a lab is: 上海与香港联合实验室; 香港和记黄埔: 和 may open a name)
            elif tok == "与" and i > 0 and registered and lexical.tag(tokens[i + 1]) in lexical.PROPER_TAGS:
                cut_at = pos  # 南湖投与北辰大学创新投资有限公司: a registered firm's name joins no two parties with
                # 与; the proper name after it opens the firm's name, the one before is the other party
            elif i > 0 and _kind_of_body(c.text[: pos - len(tok)]):
                cut_at = pos  # 妇幼保健院和专科医院, 自资院校及专上学院: a list of two kinds of body; the second is
                # judged alone (a kind too, most often) — a named body before 和 (香港大学和X联合实验室) is kept
            leading = False
            continue
        nxt = tokens[i + 1]
        before = c.text[: pos - len(tok)]
        if i == 0 and tok in time_openers():
            cut_at = pos  # 最后|东岭管委会, 会上|南湖集团: the sentence's time word, then its subject
            continue
        if (
            i == 0
            and tok in partner_kinds()
            and len(nxt) >= 2
            and lexical.tag(nxt) in _VERB_TAGS
            and pos + len(nxt) < head_start
            and not registered
        ):
            cut_at = pos + len(nxt)  # 企业|善用|东岭合作区, 高校|借鉴|南湖大学…: a kind of party (partner_kinds.tsv)
            continue  # as the clause's subject and its verb open the clause; the name starts after the verb
        if leading and tok in _table("manner_adverbs.tsv") and lexical.tag(nxt) in _VERB_TAGS:
            cut_at = pos  # 全力|扶持|东岭医疗, 深度|挖掘|南湖大学…: the adverb and its verb open the clause
            continue
        if tok in _JOINING_DASHES and _ends_with_occasion(before):
            cut_at = pos  # 伙伴签约仪式|–|东岭集团: a dash after an occasion's name opens what the item says
            continue
        if _verb_after_whole_body(tok, tg, before, nxt, c.text[pos:]):
            cut_at = pos  # 东岭集团|当选|南湖市某某联盟, 某某科技署|查询|InnoHK平台: the body is the subject
            leading = True
            continue
        if tg == "vn" and pos == head_start:
            leading = False
            continue  # 用药评估|委员会, 监察|委员会: an activity noun right before the head is what the body does
        if tok == "暨" and (_ends_with_office(before) or _ends_with_occasion(before)):
            cut_at = pos  # X副校长（健康）暨|Y学院院长: 暨 joins a person's two offices, the body starts after it;
            continue  # X签约暨|Y实验室揭牌, X启用仪式暨|Y实验室进驻: 暨 joins two occasions, the unit opens the second
        if tok.endswith(tuple(apposition_nouns())) and _opens_with_a_place(c.text[pos:]):
            cut_at = pos  # 执行主体|粤港澳…领导小组, 主管部门|江西省…: a role noun in apposition, the name starts there
            continue
        if (
            tok in clause_verbs()
            or tok in quantifiers()
            or (
                tok in trigger_words()
                and (not before or _ends_a_name(before))
                and not _only_a_head(c.text[pos:])  # 工程|研究|中心: the trigger word is part of the head
                and not _zone_department(c, before, c.text[pos:])
                and not (registered and before in places())  # 澳门|投资|发展股份有限公司: a firm's place and trade
                and not _promotion_body(c.text[pos:])  # 成都市|投资|促进局: the field a promotion body serves
            )
            or (len(tok) == 1 and tok in leading_words() and len(nxt) > 1)
        ):
            cut_at = pos  # 投资/联合/兴建 after a whole name, or 请/由/入 before one: not part of the name
            continue
        if len(tok) == 1 and tok in clause_chars() and len(c.text) - pos >= head_len + 2:
            cut_at = pos  # 又能保证实验室, 科学园不准许测试实验室: a clause word, wherever it stands
            leading = True
            continue
        if tg == "zg" and len(tok) == 1 and before.endswith(_PARENT_HEADS):
            leading = False
            continue  # 澳门大学物联网国家重点实验室: a bound character after a parent's name begins a word the
            # dictionary lacks (物联网), it is no function word that would cut the unit from its parent
        if len(tok) == 1 and tok in _TOPONYM_ENDS and i > 0 and lexical.tag(body[i - 1]) == "ns":
            leading = False
            continue  # 东岭滨海|湾|新区: a bay, island or lake after a place's word ends a longer toponym (the new
            # area is named after the bay), it is no bound function word to cut the zone's name at
        if len(tok) == 1 and tg in _FUNCTION_TAGS and _ends_inner_name(c.text[:pos]):
            leading = False
            continue  # 东岭科学|园|南湖分园: the bound character completes the head word of an inner name (the
            # parent park, school or body the unit's name opens with), it is no function word to cut at
        if _spells_foreign_name(tok, body[i - 1] if i else "", nxt):
            leading = False
            continue  # 莫|德纳公司, 马克西|根|公司: a syllable of a transliterated name the dictionary reads as a word
        if tg in _FUNCTION_TAGS and len(tok) == 1 and c.text.endswith(_UNIT_HEADS) and _known_agency(c.text[:pos]):
            leading = False
            continue  # 国家卫生健康委|医院管理研究所: the bound last character of a known ministry's short name (委,
            # 局) ends the parent's name; the unit named after it belongs to the ministry (PART_OF by its name)
        prev_single = i > 0 and len(body[i - 1]) == 1
        if len(tok) == 1 and (len(nxt) == 1 or prev_single or tg in _VERB_TAGS):
            leading = False
            continue  # single characters in a row spell an unknown word (莫德纳, 闵行), not words to cut
        if (
            i == 0
            and nxt in _INNER_KEEP
            and tg in _VERB_LIKE_TAGS
            and not _joins_two_verbs(body, i + 1)
            and _common_words(tokens[i + 2])
        ):
            leading = False
            continue  # 创新及科技督导委员会, 研究与开发中心: a verb joined to a noun names a field, not an act
            # (引导和|东岭大学: a proper or unknown word after the conjunction opens a partner's name)
        if (leading or pos - len(tok) == cut_at > 0) and tok in leading_verbs() and not registered:
            cut_at = pos  # 总结/深化/加快…: a verb of policy prose, whatever the dictionary calls it (also right
            # where a function word was cut: 大会一致|选举|X)
            continue
        if (_acts_after_body(tok, before) or (leading and tok in acting_verbs())) and not registered:
            cut_at = pos  # 科技部|命名|X实验室, 经信委|认定|X园区: the body is the clause's subject
            leading = True
            continue
        if _clause_before_place(c.text, pos, tok, tg) or (c.type == "Park" and _act_before_zone(c.text, pos, tok, tg)):
            cut_at = pos  # 学者加盟|深圳X研究院, 毕业生考入|上海X大学: a clause's subject and verb before a place
            leading = True
            continue
        if i == 0 and c.type == "Company" and len(body) == 1 and _numeral_trade_name(tok, tg, tokens[-1]):
            leading = False
            continue  # 园区引进了|三叶制药: a coined name opening with a numeral (三叶) before its trade, no count
        if leading and tg in _LEADING_TAGS and len(nxt) >= 2 and nxt.endswith("学") and not nxt.endswith(_SCHOOLS):
            leading = False
            continue  # 合成生物学, 转化医学, 再生医学: a verb before a discipline names the field, not an action
        if tg in _FUNCTION_TAGS or (leading and tg in _LEADING_TAGS and not registered):
            cut_at = pos  # a function word anywhere, a verb at the start: the name starts after it
        else:
            leading = False
    if c.type == "Agency":
        cut_at = max(cut_at, _level_after_words(c.text, tokens))
    if cut_at == 0:
        return c
    cut_at += _coordinator_at(tokens, cut_at)
    whole = _known_tail(c, cut_at)
    if whole is not None:
        return whole
    rest = c.text[cut_at:]
    if (
        len(rest) <= head_len
        and lexical.tag(tokens[-1]) not in lexical.PROPER_TAGS
        and not _proper_before_head(rest, suf)
    ):
        if (
            c.type == "Agency"
            and char_before in _NOUN_PHRASE_OPENERS
            and not any(lexical.tag(t) in _FUNCTION_TAGS for t in body)
        ):
            return c  # 医管局的用药评估委员会: the verbs say what the body does
        return None  # only the head word is left: 科学园 alone names nothing specific here
    # 向某署查询|InnoHK创新平台: what is left may be a name the lexicon knows, of the type it gives
    return _known_at(c.start + cut_at, rest) or Candidate(
        c.start + cut_at, c.end, rest, c.type, c.rule, c.confidence, c.entry
    )


def _proper_before_head(rest: str, suf: lexicon.Suffix | None) -> bool:
    """滨海学院 after 感谢: the dictionary holds the whole name as one common word, but a proper name (a place, a
    person's or a firm's) stands before the head word it was found by, so more than the head is left."""
    if suf is None or len(rest) <= len(suf.text) or not rest.endswith(suf.text):
        return False
    return lexical.tag(rest[: len(rest) - len(suf.text)]) in lexical.PROPER_TAGS


_PARTNER_PREPOSITIONS = frozenset(("与", "同", "跟"))


def _verb_then_partner(tokens: tuple[str, ...], at: int) -> int:
    """Length of a verb of policy prose and the preposition that opens its partner (深化|与|东岭基金的合作,
    加强|同|南湖资本…) where they open what is left of a title at ``at``: the words after 与 name the partner,
    not a programme opened by the verb; 0 otherwise (研究与开发计划: no verb of policy prose before 与)."""
    pos = 0
    for i, tok in enumerate(tokens[:-2]):
        if pos == at:
            return len(tok) + 1 if tok in leading_verbs() and tokens[i + 1] in _PARTNER_PREPOSITIONS else 0
        pos += len(tok)
    return 0


_OPENING_COORDINATORS = frozenset(("和", "与", "及", "以及", "或", "及其"))


def _coordinator_at(tokens: tuple[str, ...], at: int) -> int:
    """Length of a conjunction standing as a word of its own where the cut leaves the name (资金安排|及|校园发展计划):
    the cut words were the first item of a list, so the conjunction joins that item to the name and is no part of
    it (a name that opens with 和 as part of a word, 和记, is one token and stays)."""
    pos = 0
    for tok in tokens[:-2]:
        if pos == at:
            return len(tok) if tok in _OPENING_COORDINATORS else 0
        pos += len(tok)
    return 0


def _ends_inner_name(before: str) -> bool:
    """``before`` is a whole name of its own ending in a head word of two characters or more (东岭科学园,
    南湖产业园): the unit named after it (its branch, campus or department) opens with its parent's name."""
    suf = lexicon.head_of_whole_name(before)
    return suf is not None and len(suf.text) >= 2


_OWNER_ENDS = ("附属", "直属", "所属", "旗下", "属下", "辖下", "三院")
"""What ends an owner's part of a hospital's name (复旦大学附属华山医院, 东华三院X医院): the whole is the name."""


_VERB_LIKE_TAGS = _VERB_TAGS | {"vn", "a", "ad"}

_KIND_BODY_ENDS = ("院", "校", "所", "中心", "机构", "企业", "系统", "平台")
"""Last words of a body or a facility named by its kind (妇幼保健院, 科研机构, 标识解析系统)."""


def _kind_of_body(before: str) -> bool:
    """``before`` (what stands before 和/及/与 in a candidate) is a kind of body spelt in ordinary words
    (妇幼保健院, 自资院校, 数据交换系统): the conjunction joins two list items, not two words of one name."""
    return len(before) >= 3 and before.endswith(_KIND_BODY_ENDS) and _common_words(before)


def _joins_two_verbs(body: tuple[str, ...] | list[str], i: int) -> bool:
    """和/与/及 at ``body[i]`` joins two verbs of policy prose (支持和引导, 建设和运营, 监督和管理): what follows
    the second verb is their common object. The first verb may stand outside the candidate (the finder's scan
    stopped at it), so a conjunction that opens the candidate needs only a verb after it. 放射与治疗 (two fields
    of medicine, in a research centre's name) is no pair of these verbs and is kept."""
    if i + 1 >= len(body):
        return False
    nxt = body[i + 1]
    second = nxt in leading_verbs() or nxt in clause_verbs() or lexical.tag(nxt) in _VERB_LIKE_TAGS
    if not second or len(nxt) < 2:
        return False
    if i == 0:
        return True
    prev = body[i - 1]
    return (
        prev in leading_verbs()
        or prev in clause_verbs()
        or (lexical.tag(prev) in _VERB_LIKE_TAGS and (nxt in leading_verbs() or nxt in clause_verbs()))
    )


_MODALS_BEFORE_PARTNER = frozenset("会将已也亦均还曾正")


def _name_then_adverb(before: str) -> bool:
    """``before`` (what stands before 与/和 in a candidate) is a body's name and one modal or adverb (运输署会,
    南湖大学已): the clause's subject and its adverb, so 与 opens the partner's name (the names finder knows the
    same pattern, 会与 / 已与, when it scans to the left)."""
    return len(before) >= 3 and before[-1] in _MODALS_BEFORE_PARTNER and _ends_a_name(before[:-1])


_LEVEL_TOKENS = frozenset(("省", "市"))
"""Level words a local body's name opens with when jieba cuts them out as words of their own."""


def _level_after_words(name: str, tokens: tuple[str, ...]) -> int:
    """Where a level word (省, 市, 省政府, 市委) opens the body's name after ordinary words that are no place
    (经综合|省发展改革委, 经|市人民政府同意, 发布机构|市科技局): a local body's name starts with its level or its
    place, so ordinary words before the level are the clause (or a header label), not part of the name; 0 if
    none. A place before the level (大同|市, 东岭|市) is a proper or unknown word, or the place table knows it."""
    if _starts_with_place(name):
        return 0
    pos = 0
    for tok in tokens[:-1]:
        if pos and (tok in _LEVEL_TOKENS or (tok[:1] in _LEVEL_TOKENS and _only_a_head(tok[1:]))):
            before = name[:pos]
            if _tier_of_cities(before):
                return 0  # 副省级|市人民政府, 计划单列|市人民政府: every city of a tier, no one city's body
            if len(before) == 1:  # 经|市人民政府, but 团|市委 (the Youth League's committee) is one name
                return pos if before in leading_words() or before in STOP_SET else 0
            return pos if _common_words(before) else 0
        pos += len(tok)
    return 0


_CITY_TIER_ENDS = ("级", "单列")
"""Last words of a tier of cities written before 市 (副省级市, 地级市, 县级市, 计划单列市): the tier, not a clause."""


def _tier_of_cities(before: str) -> bool:
    """``before`` (the words before a level word) ends in a tier: with the level it names a kind of city."""
    return before.endswith(_CITY_TIER_ENDS) or lexical.cut(before)[-1] in _TIER_WORDS


def _acts_after_body(tok: str, before: str) -> bool:
    """``tok`` is a verb by which a body acts on what follows (命名, 下达, 认定: acting_verbs.tsv) and ``before``
    is a body's whole name (科技部, 东岭市财政局) or a place, perhaps with a time or an adverb after it (省财政厅近日,
    科技部正式): the words up to ``tok`` are the clause's subject, so the name of what is acted on starts after it.
    The verbs of policy prose (leading_verbs.tsv) are not cut here: a body's own name may hold one after its
    parent's or a place (X市推进科技创新中心建设办公室)."""
    if tok not in acting_verbs() or not before:
        return False
    if _body_name(before) or before in places():
        return True
    rest = _without_adverbial_tail(before)
    return rest != before and (_body_name(rest) or rest in places())


_JOINING_DASHES = frozenset("–—－-")
_TOPONYM_ENDS = frozenset("湾岛湖港峡洲")
"""Characters of geographic features that end a toponym made of a place's word (滨海湾, 南湖岛, 东岭湖): new areas,
zones and their committees are named after bays, islands and lakes (X湾新区, X岛科技园, X湖高新区), and the
dictionary tags the lone character as a bound morpheme, not a place."""
_OWN_NAME_TAGS = lexical.PROPER_TAGS - {"nt"}
"""Tags of a word that opens another body's own name (a place, a person's, a coined or a short name): not nt, which
the dictionary gives to words of kinds of body (信息中心) that a parent's unit is named with (某某委统计|信息中心)."""


def _verb_after_whole_body(tok: str, tg: str | None, before: str, nxt: str, rest: str) -> bool:
    """``tok`` is a verb of two or more characters between a whole body's name (its head word and enough
    characters for it: 东岭医药集团, 某某科技署) and a proper name, a Latin name or a place
    (东岭医药集团当选|南湖市某某联盟, 某某署查询|InnoHK…): a name holds no verb right after a whole name of
    another body, so the body is the clause's subject and the name starts after the verb. A unit's name with a
    verb inside (某某局器械审评|检查…分中心) has no whole body's name before its verb."""
    if len(tok) < 2 or tg not in _VERB_TAGS or not before:
        return False
    suf = lexicon.suffix_of(before)
    if not ((suf is not None and len(before) >= suf.min_len) or _known_agency(before)):
        return False
    return lexical.tag(nxt) in _OWN_NAME_TAGS or nxt[:1].isascii() and nxt[:1].isalpha() or _starts_with_place(rest)


def _body_name(s: str) -> bool:
    """``s`` is a whole name of a body: a known agency (科技部) or words long enough for the head word
    they end with (东岭市财政局: 局 needs four characters, so 分局 or 该局 alone is no body's name)."""
    if not s:
        return False
    suf = lexicon.suffix_of(s)
    return (suf is not None and suf.type == "Agency" and len(s) >= suf.min_len) or _known_agency(s)


def _known_after_leading_verb(c: Candidate, tokens: tuple[str, ...]) -> Candidate | None:
    """落实发展|港深创新及科技园, 推动建设|某某科学城: a verb opening the candidate, then a name the lexicon knows
    of the same type: the verb is the clause's, the known name is the name."""
    if c.entry is not None or len(tokens) < 3:
        return None
    first = tokens[0]
    if len(first) < 2 or lexical.tag(first) not in _VERB_LIKE_TAGS - {"a", "ad"}:
        return None
    return _known_at(c.start + len(first), c.text[len(first) :], c.type)


_ACT_TAGS = frozenset({"v", "vd", "vi", "vn", "l", "i"})
"""Verbs, activity nouns and set phrases (高度重视): a clause's act, whatever the dictionary calls it."""
_ACT_OR_ADVERB_TAGS = _ACT_TAGS | {"d", "ad"}
"""An act or the adverb before one (高度|重视): the words a subject's clause may open with."""


def _act_before_zone(name: str, pos: int, tok: str, tg: str | None) -> bool:
    """``tok`` (ending at ``pos``) is an act of two or more characters right before a zone's own name opened by
    a place or by 国家 (省科技厅高度重视|东岭高新区, 领导座谈研究|国家高新区, 到东岭考察调研|国家高新区): a zone's
    name holds no act before its place, so the words up to the act are the clause that does something to it. So
    with a place alone before the act (支持东岭|发展|生物医药产业园): the place is the act's subject, the zone its
    object, named (or not) by what follows."""
    if len(tok) < 2 or tg not in _ACT_TAGS:
        return False
    rest = name[pos:]
    if len(rest) < 4 or _only_a_head(rest) or lexicon.suffix_of(rest) is None:
        return False
    if rest.startswith("国家") or _starts_with_place(rest):
        return True
    # 支持东岭|发展|生物医药产业园: the place is the act's subject; but a field word the dictionary tags as a
    # verbal noun (常州|生命|健康产业园) is part of the zone's name, unless it is a verb of policy prose
    return name[: pos - len(tok)] in places() and (tg != "vn" or _policy_verb(tok))


_PROMOTION_WORDS = ("促进", "推广")


def _promotion_body(rest: str) -> bool:
    """促进局, 推广署, 促进委员会, 推广服务署: a body that promotes a field, named by the field right before it
    (投资促进局, 贸易促进委员会); the field, even a word that is also an act (投资), is the object of the promotion
    and part of the name. Only the promotion word and a head word may follow (投资推广生物医药项目 is a clause)."""
    if not rest.startswith(_PROMOTION_WORDS):
        return False
    head = rest[2:].removeprefix("服务")
    return bool(head) and _only_a_head(head)


def _policy_verb(tok: str) -> bool:
    """A verb of policy prose (发展, 建设, 培育, 设立, 认定): a place can be its subject before a zone it acts on."""
    return tok == "发展" or tok in leading_verbs() or tok in clause_verbs() or tok in acting_verbs()


def _clause_before_place(name: str, pos: int, tok: str, tg: str | None) -> bool:
    """``tok`` (ending at ``pos``) is a verb right before a place, and no head word of a body stands before it: the
    words up to the verb are a clause (a subject and its verb), and the name starts with the place. A body's name
    with a verb inside (国家药品监督管理局器械审评|检查东岭分中心) has its parent's head word before the place."""
    if len(tok) < 2 or tg not in _VERB_TAGS or not _starts_with_place(name[pos:]):
        return False
    before = name[:pos]
    if _national_centre_of_place(before, name[pos:]):
        return False
    return not any(lexicon.suffix_of(before[:k]) is not None for k in range(2, len(before) + 1))


def _national_centre_of_place(before: str, rest: str) -> bool:
    """国家超级计算|天津中心, 国家新药筛选|上海中心: national centres are named 国家 + field + the host city + 中心
    (one centre per city, all of one network), so a verb-like field word (计算, 筛选) before the city is the
    centre's own name, not a clause with the place as its object."""
    return (
        before.startswith("国家")
        and len(before) >= 4
        and rest.endswith(("中心", "分中心"))
        and rest.removesuffix("分中心").removesuffix("中心") in places()
    )


def _known_hospital_after_clause(c: Candidate) -> Candidate | None:
    """政府会扩建玛丽医院, 医管局重建葛量洪医院, 港大管理香港大学深圳医院: a hospital the tables know, after words
    that name no owner, place or body (a subject and its verb, whatever the dictionary tags the verb), is named
    alone. Hong Kong replies and news put what a body does to a hospital right before its name, with no
    function word between that the left trim would cut at; a known name ending the candidate marks the edge."""
    for k in range(1, len(c.text) - 3):
        rest, before = c.text[k:], c.text[:k]
        known = [e for e in lexicon.entries_for(rest) if e.type == "Hospital"]
        if not known:
            continue
        if (
            before.endswith(_OWNER_ENDS)
            or lexicon.suffix_of(before) is not None
            or _starts_with_place(before)
            or any(before + tier in places() for tier in ("区", "县", "市"))
        ):
            return None  # 香港玛丽医院, 南湖大学玛丽医院, 闵行博爱医院: an owner or a place (a district written
            # without 区) opens the hospital's own name
        return Candidate(c.start + k, c.end, rest, c.type, "lexicon", 0.95, known[0])
    return None


def _known_tail(c: Candidate, cut_at: int) -> Candidate | None:
    """The longest known name of the candidate's type that ends it and that a cut at ``cut_at`` would break
    (政府透过大学教育资助委员会: 资助 looks like a verb, yet 大学教育资助委员会 is a body the lexicon knows)."""
    if c.entry is not None:
        return None
    for k in range(1, min(cut_at, len(c.text) - 4) + 1):
        known = _known_at(c.start + k, c.text[k:], c.type)
        if known is not None:
            return known
    return None


_DEICTIC_HEAD = re.compile(r"(?:以下|如下|下列|上述|前述)(?:若干)?(?:意见|措施|规定|办法|通知|建议|要求)$")
"""A head word pointed at (以下意见, 上述措施) refers to text around it; no policy is named so."""
_DESCRIPTOR_KIND = re.compile(rf"(?:企业|公司|药企|机构|厂商)(?=[^企公机]{{4,}}?(?:{alternation(LEGAL_FORMS)}|集团)$)")
"""基因检测企业北辰基因科技股份有限公司, 生物科技公司康瑞生物科技有限公司: a kind of firm written before the
firm's registered name describes it; the name starts after the kind."""


def _after_descriptor(c: Candidate) -> Candidate:
    """The registered name after a descriptor that ends in a kind of firm (内地基因检测企业X有限公司), when what
    follows the kind opens like a name: an unknown word, a proper noun or a place (not 企业管理咨询有限公司)."""
    m = _DESCRIPTOR_KIND.search(c.text)
    if m is None or m.start() < 2:
        return c
    rest = c.text[m.end() :]
    first = lexical.cut(rest)[0]
    if not (len(first) == 1 or lexical.tag(first) in lexical.PROPER_TAGS or _starts_with_place(rest)):
        return c
    return Candidate(c.start + m.end(), c.end, rest, c.type, c.rule, c.confidence, None)


_UNIT_HEADS = ("研究所", "研究院", "研究中心", "信息中心", "委员会", "中心")


def _without_kind_before(c: Candidate) -> Candidate:
    """区域医疗中心|东岭医院, 三甲医院|南湖医院, 重点实验室|东岭实验室: a kind or a title written in apposition
    before a body's own name; the name starts after the kind. The kind is judged as the generic filter judges a
    mention of its own, and a national title counts here (国家医学中心|南湖医院) because a named body follows it.
    The rest must open with a place or a word the dictionary does not know, so a parent and its unit
    (南湖大学附属医院) stay whole."""
    if c.entry is not None or c.type not in _APPOSED_TYPES or len(c.text) < 8:
        return c
    pos = 0
    for tok in lexical.cut(c.text)[:-1]:
        pos += len(tok)
        rest = c.text[pos:]
        if pos < 4 or len(rest) < 4 or not rest.endswith(_heads_longest_first()):
            continue  # 积水潭医院|回龙观院区: a campus of the hospital, not a body named after a kind
        kind = c.text[:pos]
        if not kind.endswith(_heads_longest_first()) or _holds_place_or_known(kind):
            continue  # 现任香港浸會大學|中醫藥學院: a place inside opens a parent's name, which its unit keeps
        probe = Candidate(c.start, c.start + pos, kind, c.type, c.rule, c.confidence)
        tokens = lexical.cut(kind[: -len(_longest_head(kind) or "")])
        if not (lexicon.is_generic(kind) or _generic(probe) or _national_title(tokens)):
            continue
        first = lexical.cut(rest)[0]
        known = _known_at(c.start + pos, rest, c.type)
        if known is not None:
            return known  # 国家级新区|横琴新区: the tables know the name after the kind
        if _starts_with_place(rest) or lexical.tag(first) in lexical.PROPER_TAGS or lexical.tag(first) is None:
            return Candidate(c.start + pos, c.end, rest, c.type, c.rule, c.confidence, c.entry)
    return c


def _holds_place_or_known(kind: str) -> bool:
    """Some word of ``kind`` is a place or a body the lexicon knows: it names a parent, not a kind."""
    pl = places()
    pos = 0
    for tok in lexical.cut(kind):
        if tok in pl or lexicon.entries_for(tok) or _starts_with_place(kind[pos:]):
            return True
        pos += len(tok)
    return bool(lexicon.entries_for(kind))


def _after_word_across_start(text: str, c: Candidate) -> Candidate:
    """了|解园内伙伴公司: the finder stopped at a function character that begins a verb (了解, 在于); the verb runs
    into the name's first characters, which belong to it, so the name starts after the verb. What is left is
    the known body when the tables know it (了解|特区政府): the same body as its other mentions, not a second one."""
    if c.start == 0 or not _CJK_CHAR.match(text, c.start - 1):
        return c
    lo = max(0, c.start - 3)
    pos = lo
    for tok in lexical.cut(text[lo : c.end]):
        if pos < c.start < pos + len(tok):
            cut = pos + len(tok) - c.start
            if len(c.text) - cut < 3 or lexical.tag(tok) not in _VERB_TAGS or _starts_with_place(c.text):
                return c  # 向|东岭市: the dictionary's 向东 (eastward) is no verb, and a place opens the name
            return _known_or_found(Candidate(pos + len(tok), c.end, c.text[cut:], c.type, c.rule, c.confidence))
        pos += len(tok)
        if pos >= c.start:
            return c
    return c


def _place_inside_word(text: str, c: Candidate) -> bool:
    """发展中国家 (developing countries), 规划建议中|国家对…: a dictionary word that begins before or inside a known
    place runs on past the place's last character, so the sentence does not name the place. A word beginning with
    the place (东盟国家, 欧洲地区) still names it, and a place ending on a division's unit (大湾区|内, 深圳市|场) keeps
    it: the unit closes a name. The window is the place and four characters either side, enough for the words
    that can straddle it."""
    if c.text.endswith(_DIVISION_UNITS):
        return False
    lo = max(0, c.start - 4)
    start, end = c.start - lo, c.end - lo
    pos = 0
    for tok in lexical.cut(text[lo : c.end + 4]):
        stop = pos + len(tok)
        if pos < end < stop:
            return pos != start
        pos = stop
        if pos >= end:
            return False
    return False


_DIVISION_UNITS = ("区", "區", "市", "省", "县", "縣", "州", "镇", "鎮")


def _word_across(s: str, k: int) -> bool:
    """A dictionary word of ``s`` runs across offset ``k`` (a cut there would split a word)."""
    pos = 0
    for tok in lexical.cut(s):
        if pos < k < pos + len(tok):
            return True
        pos += len(tok)
        if pos >= k:
            return False
    return False


def _split_person(text: str, c: Candidate) -> tuple[Candidate | None, Candidate]:
    """赵某某省教育厅 in a list of officials: a person's name glued to the agency after it."""
    if c.type not in ("Agency", "Company") or len(c.text) < 6:
        return None, c
    for n in (3, 2):
        name, rest = c.text[:n], c.text[n:]
        if name[0] not in SURNAMES or not (_JURISDICTION.match(rest) or _starts_with_place(rest)):
            continue
        if name in places() or (name + rest[:1]) in places() or _starts_with_place(c.text):
            return None, c  # 温州 + 市科学技术局: a city, not a person
        if any(lexical.tag(name[k : k + 2]) in ("n", "v", "vn") for k in range(n - 1)) and n == 2:
            continue
        if _word_across(c.text, n):
            continue  # 江北|新区|管委会: 新区 is one word, so 江北新 is no name glued to 区管委会
        before = text[max(0, c.start - 1) : c.start]
        person = (
            Candidate(c.start, c.start + n, name, "Person", "person:before-agency", 0.7)
            if before in ("", "\n", " ", "\u3000", "：", ":", "、", "，")
            else None
        )
        return person, Candidate(c.start + n, c.end, rest, c.type, c.rule, c.confidence, c.entry)
    return None, c


_FOREIGN_NAMED_TYPES = frozenset({"University", "Company", "ResearchInstitute", "Hospital", "Lab", "Association"})


_SUBSIDIARY = re.compile(r"(?:全资|控股)?子公司$")


def _parent_of_subsidiary(c: Candidate) -> Candidate:
    """药明康德子公司药明生物: a subsidiary is not named X子公司; the name before 子公司 is the parent firm."""
    if c.type != "Company" or c.entry is not None:
        return c
    m = _SUBSIDIARY.search(c.text)
    if m is None or m.start() < 2:
        return c
    return Candidate(c.start, c.start + m.start(), c.text[: m.start()], c.type, c.rule, c.confidence)


_UNNAMED_CAMPUS = re.compile(r"(?:新?校[区區]|新院[区區])$")
"""东岭大学新校区, 横琴岛南湖大学校区, 南湖医院新院区: a campus with no name between its body and 校区 / 院区."""

_CAMPUS_BODY_TYPES = frozenset({"University", "Hospital"})
"""Bodies that build campuses: a university (校区) and a hospital (院区); a school's 新院区 is the school's too."""


def _university_of_unnamed_campus(c: Candidate) -> Candidate:
    """东岭大学新校区, 横琴岛南湖大学校区: a campus that nothing names between the university and 校区 (new, or
    where it lies written before the university) is the university's site, described; the body the text names is
    the university (by its known name when the tables know it). A campus named by its place after the
    university (东岭大学西湖校区) is a name of its own and stays whole. Hospitals build campuses the same way:
    南湖医院新院区 is the hospital's new site, 南湖医院东岭院区 a name (reference gold keeps such a name whole);
    a school's 新院区 (东岭卫生职业学院新院区) is the school's, typed by the school's head word."""
    if c.type not in _CAMPUS_BODY_TYPES or c.entry is not None:
        return c
    m = _UNNAMED_CAMPUS.search(c.text)
    if m is None:
        return c
    body = c.text[: m.start()]
    suf = lexicon.suffix_of(body)
    if suf is None or suf.type not in _CAMPUS_BODY_TYPES or len(body) < len(suf.text) + 2:
        return c
    for k in range(len(body) - len(suf.text) - 1):
        known = _known_at(c.start + k, body[k:], suf.type)
        if known is not None:
            return known  # 横琴岛|澳门大学|校区: what stands before the known university says where the campus is
    return Candidate(c.start, c.start + len(body), body, suf.type, c.rule, c.confidence)


_LAW_THEN_ANOTHER = re.compile(r"(?<=[\u4e00-\u9fff]{2})法(?=[及和与、][\u4e00-\u9fff]{4})")


def _split_joined_events(c: Candidate) -> tuple[Candidate | None, Candidate]:
    """第十届东岭论坛暨第五届南湖大会: two events held together are joined by 暨, each under its own name (and
    edition); the name grown over both is split there, the first event returned apart. A part before 暨 that
    ends in no event's head word (东岭大学校长暨…) joins no two events and leaves the name whole."""
    if c.type != "Event" or c.entry is not None or not c.rule.startswith("suffix:") or "暨" not in c.text:
        return None, c
    k = c.text.rindex("暨")
    head = lexicon.suffix_of(c.text[:k])
    if head is None or head.type != "Event" or k < len(head.text) + 2 or len(c.text) - k - 1 < 4:
        return None, c
    first = _after_edition_word(Candidate(c.start, c.start + k, c.text[:k], c.type, c.rule, c.confidence))
    rest = Candidate(c.start + k + 1, c.end, c.text[k + 1 :], c.type, c.rule, c.confidence)
    return first, _after_edition_word(rest)


def _split_after_law(c: Candidate) -> tuple[Candidate | None, Candidate]:
    """专利法及药剂业及毒药条例: a regulation's name grown leftwards over a law cited before it and the
    word joining them; the law ends at its 法 and the regulation starts after the joining word."""
    if c.type != "Policy" or not c.rule.startswith("suffix:"):
        return None, c
    m = _LAW_THEN_ANOTHER.search(c.text)
    if m is None:
        return None, c
    k = m.end()
    law = Candidate(c.start, c.start + k, c.text[:k], "Policy", "law-phrase", c.confidence)
    return law, Candidate(c.start + k + 1, c.end, c.text[k + 1 :], c.type, c.rule, c.confidence, c.entry)


_TRANSFER_OFFICE = re.compile(
    r"(?:大学|学院|研究院|研究所|科学院)[\u4e00-\u9fff]{0,6}(?:技术转移|技术许可|成果转化|知识产权)[\u4e00-\u9fff]{0,4}办公室$"
)
"""斯坦福大学技术许可办公室: a university's or institute's transfer office is a service platform of that body,
not a government office (which 办公室 otherwise names)."""
_KIND_OF_SCHOOL = re.compile(r"(?:理工|科技|工业|技术|科学技术|医科|农业|师范|工科|科学)(?:大学|学院|院)")
"""理工学院, 科技大学, 科学技术院: a school's kind alone, which needs the country before it to name one school."""
_UNIVERSITY_OFFICE = re.compile(r"^[\u4e00-\u9fff]{3,12}(?:大学|学院)[\u4e00-\u9fff]{2,10}(?:办公室|处|中心)$")
"""美国斯坦福大学技术许可办公室: an office named after a university (a country before it is where it is)."""


def _kind_of_firm(rest: str) -> bool:
    """技术集团, 钢铁公司: a firm named only by a common two-character field and its head needs the country before
    it to name one firm (英国技术集团, 美国钢铁公司); a proper word (辉瑞, 哈佛) names the body by itself."""
    suf = lexicon.suffix_of(rest)
    core = rest[: -len(suf.text)] if suf is not None and suf.type == "Company" else ""
    return len(core) == 2 and lexical.tag(core) == "n"


def _kind_of_society(rest: str) -> bool:
    """大学技术经理人协会, 化学学会: a society named only by common words (who its members are, its field) needs the
    country before it to name one society (美国大学技术经理人协会, 美国化学学会); a proper word (盖茨, 弗劳恩霍夫)
    names the body by itself."""
    suf = lexicon.suffix_of(rest)
    if suf is None or suf.type != "Association" or len(rest) <= len(suf.text):
        return False
    return all(lexical.tag(w) in _COMMON_WORD_TAGS for w in lexical.cut(rest[: -len(suf.text)]))


_COMMON_WORD_TAGS = frozenset({"n", "vn", "v"})


def _split_country(c: Candidate) -> tuple[Candidate | None, Candidate]:
    """美国哈佛大学, 德国拜耳公司: a country written before a foreign institution's name says where it is;
    the institution's name starts after it. Agencies keep it (美国食品药品监督管理局 is the official name), except
    a university's office (美国斯坦福大学技术许可办公室), which is named after its university, not its country."""
    if c.type not in _FOREIGN_NAMED_TYPES and not (c.type == "Agency" and _UNIVERSITY_OFFICE.search(c.text)):
        return None, c
    pl = places()
    for k in (5, 4, 3, 2):
        head = c.text[:k]
        place = pl.get(head)
        rest = c.text[k:]
        short = len(rest) < 4 and not lexicon.is_generic(rest)  # 美国大学: split, then dropped
        if place is None or not place.source.startswith("pycountry") or short:
            continue
        if (
            rest.startswith(("国家", "国立", "国际", "联邦", "皇家"))
            or rest.endswith(("理事会", "委员会"))
            or _KIND_OF_SCHOOL.match(rest)
            or _kind_of_firm(rest)
            or _kind_of_society(rest)
            or (_common_words(rest) and not _generic(Candidate(0, len(rest), rest, c.type, c.rule, c.confidence)))
        ):
            # 美国国家科学基金会, 英国皇家学会, 以色列理工学院, 韩国科学技术院: the country is part of a national
            # body's name, and a school called only by its kind (理工学院) is named by its country; so is a body
            # named by ordinary words that pass as a name (美国战略与国际研究中心; 美国研究型大学, a kind, is split)
            return None, c
        return (
            Candidate(c.start, c.start + k, head, "Region", "gazetteer:place", 0.8),
            Candidate(c.start + k, c.end, rest, c.type, c.rule, c.confidence, c.entry),
        )
    return None, c


_DESIGNATION_OPENINGS = ("国家",)
"""A national designation opens a name of its own (国家X示范园, 国家X中心): a zone written before it is its site."""


def _area_of_known_zone(c: Candidate) -> tuple[Candidate, Candidate] | None:
    """湖北自贸试验区|武汉片区: a zone the lexicon knows, written before one of its areas, is a name of its own (its
    usual form joins the official name); the area is named by what follows. Areas the lexicon knows whole
    (广东自贸试验区南沙片区) are lexicon hits and never reach here."""
    if c.entry is not None or not c.text.endswith("片区"):
        return None
    for k in range(len(c.text) - 4, 2, -1):
        zone = _known_at(c.start, c.text[:k], "Park")
        if zone is not None:
            return zone, Candidate(c.start + k, c.end, c.text[k:], c.type, c.rule, c.confidence, None)
    return None


_EVENT_COUNT = re.compile(
    r"(论坛|大会|会议|峰会|博览会|展览会|大赛|活动)等?[一二两三四五六七八九十多数几]+[场届个项次大]"
)
"""投资孵化论坛两场专业论坛, X峰会等三大活动: a count of events after an event's name sums up a list."""


def _before_event_count(c: Candidate) -> Candidate:
    """南湖医药论坛、东岭器械论坛两场专业论坛: the words after a count (两场, 三大) name the kind of the events just
    listed, so an event's name ends at the head before the count."""
    if c.type != "Event" or c.entry is not None:
        return c
    m = _EVENT_COUNT.search(c.text, 2)
    if m is None or m.end(1) < 4:
        return c
    return Candidate(c.start, c.start + m.end(1), c.text[: m.end(1)], c.type, c.rule, c.confidence)


def _district_after_city(c: Candidate) -> tuple[Candidate, Candidate] | None:
    """上海市浦东新区, 天津市滨海新区: a city written before a district the lexicon knows as a region (a 新区 with its
    own government) is where the district lies; the head 新区 made the whole a zone, but both are places."""
    if c.type != "Park" or c.entry is not None:
        return None
    pl = places()
    for k in (4, 3, 2):
        if c.text[:k] not in pl and not (c.text[k - 1 : k] in ("市", "省") and c.text[: k - 1] in pl):
            continue
        rest = c.text[k:]
        if len(rest) >= 2 and lexicon.region_entry(rest) is not None:
            return (
                Candidate(c.start, c.start + k, c.text[:k], "Region", "gazetteer:place", 0.8),
                Candidate(c.start + k, c.end, rest, "Region", "lexicon", c.confidence, lexicon.region_entry(rest)),
            )
    return None


def _split_zone(c: Candidate) -> tuple[Candidate | None, Candidate]:
    """东岭市高新区 + 国家应急产业示范园: a zone (a name ending in a park head) written flush before a nationally
    designated site is where that site stands, not the start of its name; the two are separate names and
    structure's place-before-name rule then places the site in the zone."""
    if c.type not in ("Park", "Platform", "Lab", "ResearchInstitute"):
        return None, c
    district = _district_after_city(c)
    if district is not None:
        return district
    area = _area_of_known_zone(c)
    if area is not None:
        return area
    for opening in _DESIGNATION_OPENINGS:
        k = c.text.find(opening, 4)
        if k < 0 or len(c.text) - k < 6:
            continue
        head = lexicon.suffix_of(c.text[:k])
        if head is None or head.type != "Park" or k < head.min_len:
            continue
        return (
            Candidate(c.start, c.start + k, c.text[:k], "Park", "suffix:" + head.text, c.confidence),
            Candidate(c.start + k, c.end, c.text[k:], c.type, c.rule, c.confidence, c.entry),
        )
    return None, c


def _opens_with_a_place(s: str) -> bool:
    """``s`` starts with a place of the gazetteer, a region the lexicon knows (粤港澳大湾区) or a level word
    (省, 国家): where a body's own name begins after a word that is no part of it."""
    return (
        _starts_with_place(s)
        or _JURISDICTION.match(s) is not None
        or any(lexicon.region_entry(s[:k]) is not None for k in range(2, min(len(s), 6) + 1))
    )


def _starts_with_place(s: str) -> bool:
    pl = places()
    return any(s[:k] in pl for k in (2, 3, 4))
