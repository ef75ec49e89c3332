"""The scanner over one text: a source per method (lexicon hits, suffix names, book titles, quoted names,
short forms, people, products, policy phrases, Latin names, enumerations), and the selection that keeps the best
of overlapping candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from policykg.extract import lexical, lexicon
from policykg.extract.names.boundaries import (
    _COUNT_IN_BRACKETS,
    _EACH_AFTER_SUBJECTS,
    _JOINING_DASHES,
    _LANDMARK_HEADS,
    _LATIN_TITLE_BEFORE,
    _PERSON_WORD_TAGS,
    _PLAIN_RUN,
    _STOP_BY_LAST,
    _alnum_token_start,
    _astride_two_words,
    _derived,
    _field_before_bare_bureau,
    _joins_partners,
    _place_inside_other_words,
    _place_opening_with,
    _stop_before,
    _trade_name_before,
    astride_common_words,
    opens_place_word,
)
from policykg.extract.names.lists import (
    _COMPANY_HEADS,
    _HOUSE_CORE_MAX,
    _ends_agency,
    _level_place_opening,
    _named_founder,
    _next_issuer_at,
    _one_common_word,
    _zone_in_quotes,
    level_bodies,
    with_list_names,
)
from policykg.extract.names.patterns import (
    _ACADEMY_UNIT,
    _ACT_MARKED_HEADS,
    _ACTOR_END,
    _AFTER_LEVEL_GOVERNMENT,
    _AFTER_MINISTRY_HEAD,
    _AGENCY_ENDS,
    _AGENT_AGENCY,
    _AGENT_GOVERNMENT,
    _AIM_GRADES,
    _ALLOTTING_VERB,
    _BAD_CORE_START,
    _BODY_ENDS,
    _BOOK_TITLE_RE,
    _BRAND,
    _BUILDING_WORKS,
    _BYLINE_BEFORE,
    _CALLED_A_SCHEME,
    _CAPITALISED,
    _CENTRE_AS_SUBJECT,
    _CITING_WORDS,
    _CJK_3_8,
    _CLAUSE_IN_PLAN,
    _CLAUSE_PUNCT,
    _CODE_OPENING,
    _COMPANY_CUE_RE,
    _COMPANY_ENUMERATION_RE,
    _CONTACT_PERSON_RE,
    _COUNT_OR_DASH,
    _COUNTED,
    _COUNTED_GREAT,
    _COUNTED_KIND,
    _COUNTED_SITES,
    _CPPCC_OPENINGS,
    _CUED_PRODUCT_KINDS,
    _DEMONSTRATIVES,
    _DIRECTIONS,
    _DRUG_CLASS_WORDS,
    _ENUM_LIST,
    _FIRM_ENDS,
    _FUNCTION_WORD_RE,
    _FUND_LEVELS,
    _FUNDED_MARKERS,
    _FUNDED_PROJECT,
    _FUNDING_VERBS,
    _GENERIC_PRODUCT_PREFIX_RE,
    _GREAT_BEFORE_HEAD,
    _HEAD_IN_CORE,
    _HOLDING_NAME_HEADS,
    _HOST_HEADS,
    _HOST_IN_BRACKETS,
    _HOSTED_TYPES,
    _INVESTOR_CATEGORIES,
    _INVESTOR_ITEM,
    _INVESTOR_LIST_CUE,
    _INVESTOR_LIST_END,
    _INVESTOR_LIST_LAST,
    _INVESTOR_NOTE,
    _INVESTORS_ARE_KINDS,
    _ISSUING_LEVELS,
    _ITEMS_ARE_KINDS,
    _JOINED_SCHEME_VERBS,
    _JUNK_HEADS,
    _JURISDICTION_OPENING,
    _LATIN_ABBREV_AFTER,
    _LATIN_BOUGHT,
    _LATIN_BUY,
    _LATIN_FIRM,
    _LATIN_INVESTED_BEFORE,
    _LATIN_LETTER,
    _LATIN_NAME,
    _LATIN_PARTNER_AFTER,
    _LATIN_REGISTERED,
    _LATIN_TOOL,
    _LATIN_VENTURE,
    _LATIN_VENTURE_AFTER,
    _LAW_AFTER_CUE,
    _LAW_NEXT,
    _LEVEL_GOVERNMENT,
    _LIST_CATEGORY_TYPES,
    _LIST_PUNCT,
    _MINISTRY_HEAD,
    _NAMED_MEASURE_WORDS,
    _NATIONAL_OR_CITY,
    _NESTED_BOOK_TITLE_RE,
    _NOT_AFTER_DRUG,
    _NOT_LAWS,
    _NOT_WORD_END_NEXT,
    _NOUNS_ENDING_IN_STOPS,
    _OVERALL_PLAN,
    _PART_MARK_BEFORE,
    _PLACED_TYPES,
    _PLAN_HEAD,
    _PLANNED_ACT_OPENERS,
    _PLANNED_ACTS,
    _POLICY_AFTER_VERB,
    _POLICY_BEFORE_MAKER,
    _POLICY_HEAD,
    _POLICY_HEAD_TUPLE,
    _POLICY_HEAD_WORDS,
    _POLICY_LIST,
    _PRODUCT_CLASS_WORDS,
    _PRODUCT_KIND_WORD_RE,
    _PROPER_WORD_TAGS,
    _QUANTITY_OR_PARTICLE_RE,
    _QUOTE_THEN_POLICY_HEAD,
    _QUOTE_THEN_PRODUCT,
    _QUOTED,
    _RANKING,
    _ROUND_ITEM,
    _ROUND_RAISER,
    _ROUND_ROLE,
    _ROUND_SPLIT,
    _ROUND_TAIL,
    _ROUND_VERB,
    _RUN_BY_MARKS,
    _RUNNING_ACTS,
    _SAID_A_SCHEME,
    _SENTENCE_PUNCT_IN_QUOTE,
    _SHORT_AGENCY,
    _SHORT_EXCHANGE,
    _SHORT_EXPO,
    _SHORT_HEAD,
    _SHORT_LEGISLATURE,
    _SHORT_PREFIX_CHARS,
    _SITE_TYPES,
    _SITED_KINDS,
    _SPECIAL_FUND_NOUNS,
    _STATE_COUNCIL_DEPARTMENT,
    _TRAILING_LATIN_PAREN,
    _TRANSMITTAL_TAIL,
    _UNDER_A_SCHEME,
    _UNDER_HEADS,
    _UNDER_OWNER,
    _UNIT_OF_ACADEMIC,
    _UNNAMED_POLICY_START,
    _VAGUE_OPENINGS,
    _VERBAL_HEADS,
    _VERBS_ENDING_IN_HEADS,
    _WORD_END_HEADS,
    _YOUTH_LEAGUE,
    INVESTOR_RULE,
    JURISDICTION_STARTS,
    LIST_ITEM_NUMBER,
    RAISER_RULE,
    THEME_PLUS,
    _after_opening_verbs,
    _after_party_committee,
    _after_promoting_verb,
    _agency_centre,
    _aim_before,
    _anaphor_words,
    _city_institutes,
    _district_then_own_name,
    _doer_before,
    _drug_stem_table,
    _finditer_near,
    _firm_kind_before,
    _foreign_act_re,
    _foreign_ministry_re,
    _holding_firm,
    _host_of_expo,
    _inside_mandate,
    _is_place,
    _joins_two_words,
    _joint_body_of_places,
    _kind_of_quoted_project,
    _left_ok,
    _level_before,
    _level_pairs,
    _level_word_at,
    _mandate_before,
    _named_project,
    _opens_with_known_zone,
    _place_before,
    _predicate_openers,
    _provincial_counterpart,
    _quoted_centre,
    _right_ok,
    _role_nouns,
    _starts_with_place,
    _titled_person_before,
    _trim_leading_predicate,
    _verb_before_level,
    _whole_name_after_quote,
    is_person_name,
    party_run,
)
from policykg.extract.names.words import (
    _ADVERB_BEFORE_PARTNER,
    _ARTICLE_NUMBER,
    _BANK_BRANCH_HEADS,
    _BRANCH_HEADS,
    _BRAND_AFTER_KIND,
    _CLAUSE_OPENING_MARKS,
    _DEVELOPER_BEFORE_RE,
    _EQUAL_WORD_OPENERS,
    _FIRM_END,
    _HALL_KINDS,
    _MAKING_VERBS,
    _PARTNER_VERBS_AFTER_FIRM,
    _PRODUCT_RE,
    _TITLE_RE,
    _WORKING_BODY_HEADS,
    COMPOUND_SURNAMES,
    COORD_STOPS,
    ENUM_BAD_TAILS,
    LATIN_LEGAL_FORMS,
    LEADING_JUNK,
    MAX_NAME,
    MEASURE_PREFIX,
    MEDICAL_PRODUCT_CUES,
    NOT_HEAD_EXCEPTIONS,
    NOT_HEADS,
    PHRASE_ENDS,
    PRODUCT_CUES,
    PRODUCT_DESCRIPTIVE_KINDS,
    PRODUCT_TAILS,
    STOP_WORDS,
    TITLE_GRADES,
    WORD_CONTINUATIONS,
    Candidate,
    _adverb_before_partner,
    _latin_name_before,
    _lone_tong,
    _opens_with_known_agency,
    _platform_category,
    _self_reference,
    only_modifiers,
    titles_before_names,
)

_ITEM_EDGES = frozenset("\n。；;！？!?：:，,、 ")
"""Where a list item numbered with a closing bracket alone may start (\n2)某公司, 单位：1)某公司；2)某公司): there the
bracket closes the item's number, not a qualifier of the name, whose opening bracket the scan would look for over
the items before (1)甲公司 / 2)乙公司 lost every item but the last)."""


class _Finder:
    def __init__(self, text: str):
        self.text = text
        self.lex = lexicon.load()
        self.name_ends: set[int] = set()
        self._drugs: list[Candidate] | None = None
        self.lex_starts: set[int] = set()
        self.lex_spans: set[tuple[int, int]] = set()
        """(start, end) of each known name found, to tell a list of two known names from one name."""
        d = _derived(self.lex)
        self._suffix_set = d.suffix_set
        self._suffix_lengths = d.suffix_lengths
        self._quote_follow = d.quote_follow
        self._generic = self.lex.generic
        self._rev: str | None = None
        self._lex_sorted: list[int] = []
        self._known_schemes: list[tuple[int, int]] | None = None

    # ------------------------------------------------------------ lexicon
    def lexicon_hits(self) -> list[Candidate]:
        out: list[Candidate] = []
        t = self.text
        n = len(t)
        append = out.append
        add_start = self.lex_starts.add
        add_end = self.name_ends.add
        assert self.lex.automaton is not None  # built by lexicon.load()
        for end_idx, (surface, e, latin) in self.lex.automaton.iter(t):
            end = end_idx + 1
            start = end - len(surface)
            # a Latin abbreviation must not be part of a longer Latin word (FDA in FDAxyz, InnoHK in Health@InnoHK)
            if latin and (
                (start > 0 and (t[start - 1] == "@" or (t[start - 1].isalnum() and t[start - 1].isascii())))
                or (end < n and (t[end] == "@" or (t[end].isalnum() and t[end].isascii())))
            ):
                continue
            ty = e.type
            if ty == "Agency" and _field_before_bare_bureau(t, start, surface, e):
                continue  # 经济发展局, 社会发展局: a field word before it names another bureau, not Hong Kong's 发展局
            if ty == "Agency" and surface[-1] == "部" and t[end : end + 1] == "门":
                continue  # 财政部门, 教育部门: the departments of that field at every level, not the ministry
            if len(surface) == 2 and surface != e.name and _astride_two_words(t, start, end):
                continue  # 处理大量 (理大), 集中大量 (中大), 对华科研 (华科): a short form read across two words
            if (
                len(surface) == 2
                and surface != e.name
                and (t[end : end + 1] in _LANDMARK_HEADS or opens_place_word(t, start))
            ):
                continue  # 港珠澳大桥, 澳大利亚 (澳大): the short form is part of a landmark's or a country's name
            if len(surface) == 2 and ty == "Region" and astride_common_words(t, start, end):
                continue  # 其中国家级 (中国), 集中国内: a country or city read across two common words
            if ty == "Region" and _place_inside_other_words(t, start, end):
                continue  # 健康中国行动, 钟南山院士: the place's name is part of a strategy's or a person's name
            if ty == "Agency" and (k := _provincial_counterpart(t, start, surface, e)):
                start, surface, e = start - k, t[start - k : start] + surface, None  # 省|药监局: the province's body
            append(Candidate(start, end, surface, ty, "lexicon", 0.95, e))
            add_start(start)
            if ty != "Region":
                add_end(end)
                self.lex_spans.add((start, end))
        return out

    # ------------------------------------------------------------ left boundary
    def left_boundary(self, suffix_start: int, end: int) -> int:
        """Grow a name leftwards from its head word until a boundary."""
        t = self.text
        floor = max(0, end - MAX_NAME)
        i = suffix_start
        depth = 0
        lex_starts = self.lex_starts
        rev = self._rev
        assert rev is not None  # set by suffix_names before any left boundary is asked for
        size = len(t)
        lex_sorted = self._lex_sorted
        i -= _mandate_before(t, i)  # 省|住房和城乡建设|厅: the mandate is part of the name whatever its words
        reopen = i
        while i > floor:
            if not depth:
                # the common case: ordinary ideographs that end no stop word and start no
                # lexicon name, skipped in one regex match on the reversed text
                if i not in lex_starts:
                    run = _PLAIN_RUN.match(rev, size - i, size - floor)
                    j = i - ((run.end() if run else size - i) - (size - i))
                    if j < i:
                        k = bisect_right(lex_sorted, i - 1) - 1
                        i = lex_sorted[k] if k >= 0 and lex_sorted[k] >= j else j
                        if i <= floor:
                            break
            c = t[i - 1]
            if not depth and "\u4e00" <= c <= "\u9fff" and c not in _STOP_BY_LAST and i not in lex_starts:
                i -= 1  # the common case: an ordinary ideograph that ends no stop word
                continue
            if c in "）)":
                if not depth and _COUNT_IN_BRACKETS.search(t, max(floor, i - 12), i):
                    break  # 甲公司（374件）乙研究所: a count in brackets closes the name before it
                if not depth and _PART_MARK_BEFORE.search(t, max(floor, i - 5), i):
                    break  # （一）甲大学药学院: the number of a part of a question or reply opens no name
                if not depth and _BYLINE_BEFORE.search(t, max(floor, i - 16), i):
                    break  # 电（记者 周某）甲公司, （香港讯）甲公司: a news item's byline or dateline opens no name
                if not depth:
                    reopen = i  # where the name starts if this bracket closes no qualifier of it
                depth += 1
                i -= 1
                continue
            if c in "（(":
                if depth == 0:
                    break
                depth -= 1
                i -= 1
                continue
            if depth:
                if c in _ITEM_EDGES and depth == 1 and LIST_ITEM_NUMBER.fullmatch(t, i, reopen - 1):
                    i = reopen  # 2)某公司 after a line break, a colon or a semicolon: the item's number
                    depth = 0
                    break
                i -= 1
                continue
            if (
                c in "合同手作托"
                and t[max(0, i - 2) : i] in ("联合", "会同", "携手", "携同", "合作", "共同", "协同", "委托", "配合")
                and (i in self.lex_starts or t.startswith(JURISDICTION_STARTS, i))
            ):
                break  # A联合市B委: 市B委 starts a name of its own
            if (
                c == "同"
                and (i in self.lex_starts or t.startswith(JURISDICTION_STARTS, i) or _lone_tong(t, i - 1))
                and ((i - 1) in self.name_ends or self._ends_with_suffix(i - 1))
            ):
                break  # A大学同B大学合作: 同 joins two names as 与 does, when a name ends before it and one starts after
            if c in "和与及" and (i - 1) in self.name_ends and (i, end) in self.lex_spans:
                break  # 撒玛利亚基金和关爱基金: two known names joined, the second running to the head, are two
                # (a joint unit's name runs on past its partners: A和B联合实验室 keeps both)
            if (
                c in "+＋"
                and i >= 2
                and t[i - 2].isascii()
                and t[i - 2].isalnum()
                and "\u4e00" <= t[i : i + 1] <= "\u9fff"
            ):
                i -= 1  # 5G+工业互联网…工程: a code joined by a plus opens the name
                continue
            if (c == " " or (c.isascii() and c.isdigit())) and "\u4e00" <= t[i : i + 1] <= "\u9fff":
                latin = _LATIN_TITLE_BEFORE.search(t, max(floor, i - 60), i)
                if latin:
                    return latin.start()  # Fintech Finals 17论坛: a Latin title before the head opens the name
            if c in _JOINING_DASHES and (_joins_two_words(t, i - 1, floor) or _joins_partners(t, i - 1, suffix_start)):
                i -= 1  # 中国—东盟技术转移中心, 北部湾—澳门联合研究中心: one dash joining two places is in the name
                continue
            if not ("\u4e00" <= c <= "\u9fff" or c == "·" or (c.isascii() and c.isalnum())):
                break
            if c.isascii() and c.isdigit():
                j = _alnum_token_start(t, i, floor)
                if t[j].isalpha() or (i < len(t) and t[i : i + 1].isascii() and t[i : i + 1].isalpha()):
                    i = j  # G60科创走廊, 3D打印: a code of letters and digits is one token, not a count
                    continue
                break
            if c.isascii() and c.isalpha():
                # Latin letters glued to the name (3D打印) are kept; Latin words before a space are not
                i -= 1
                continue
            if c in "和与及" and self._joins_subjects(i - 1, end, floor):
                break  # 甲乙丙和丁戊药业都在…: 都/均/分别 after the name spreads the act over two subjects
            if c in "合手同拍" and t[i - 2 : i] in _PARTNER_VERBS_AFTER_FIRM and _trade_name_before(t, i - 2):
                break  # 某某生物联合Y医院开展…: the firm brings in a partner; 联合 opens no name here
            n = _stop_before(t, i, floor)
            if n == 1 and i >= 2 and lexical.tag(t[i - 2 : i]) in _PROPER_WORD_TAGS:
                n = 0  # 华为: a stop character that ends a proper noun the dictionary knows is part of it
            elif n == 1 and i >= 2 and lexicon.region_entry(t[i - 2 : i]) is not None:
                n = 0  # 日本理化学研究所: the 本 ends a place's name, it is not the demonstrative 本
            elif n == 1 and _place_opening_with(t, i - 1, i):
                n = 0  # 以色列创新署: the 以 opens a country's name, it is not the preposition 以
            elif n == 1 and i >= 2 and c in _DEMONSTRATIVES and lexical.tag(t[i - 2 : i]) == "n":
                n = 0  # 边缘资本公司, 成本核算中心: the 本 ends a noun (资本, 成本), it is not the demonstrative 本
            elif n == 1 and i >= 2 and t[i - 2 : i] in _NOUNS_ENDING_IN_STOPS:
                n = 0  # 天使投资引导基金: the 使 ends the noun 天使, it is not the verb 使
            elif n == 2 and c == "内" and (lexical.tag(t[i - 1 : i + 1]) or lexical.tag(t[i - 1 : i + 2])):
                n = 0  # 南山区内分泌研究所, 上海市内江路: the 内 opens a word (内分泌, 内科), 区内 is no scope here
            if n:
                w = t[i - n : i]
                if w in COORD_STOPS or w in ("及其",):
                    if _inside_mandate(t, i - n, w):
                        i -= n
                        continue  # 国家发展和改革委员会…: the 和 belongs to a mandate
                    if w == "与" and _joint_body_of_places(t, i - n, i, end):
                        i -= n
                        continue  # 内地与香港科技合作委员会: two places joined by 与 name the joint body they run
                    if (
                        (i - n) in self.name_ends
                        or (w == "及" and i == suffix_start)  # 科研及实验室空间: a bare head joined by 及 names nothing
                        or (self._ends_with_suffix(i - n) and not (w == "与" and t.endswith("工程", 0, i - n)))
                        or (w == "与" and _adverb_before_partner(t, i - n))
                        or (w == "与" and t[max(0, i - n - 4) : i - n].endswith(_anaphor_words()))
                        or (w in ("与", "和") and _self_reference(t, i - n))
                        or (w == "与" and (i == n or t[i - n - 1] in _CLAUSE_OPENING_MARKS))
                        or (w in ("与", "和", "及") and _trade_name_before(t, i - n))
                        or (w in ("与", "和", "及") and _latin_name_before(t, i - n))
                        or t[i - n - 1 : i - n] in "）)"
                        or i in self.lex_starts
                        or t[i : i + 1] == "市"
                        or t[max(0, i - n - 3) : i - n].endswith(PHRASE_ENDS)
                        or t[max(0, i - n - 6) : i - n].endswith(titles_before_names())
                        or _titled_person_before(t, i - n)
                    ):
                        break  # (某大学孔某教授和某委员会: a person's title before 和 ends that person's phrase)
                    i -= n
                    continue
                if w == "控股" and (t.startswith(_HOLDING_NAME_HEADS, i) or _holding_firm(t, i, suffix_start, end)):
                    i -= n
                    continue  # 新源控股集团: 控股 before the group head is part of the firm's name
                if w == "由" and t[i - 2 : i - 1] == "自":
                    i -= 2  # 自由贸易…: not the agentive 由
                    continue
                break
            i -= 1
        if depth == 1 and i == 0 and LIST_ITEM_NUMBER.fullmatch(t, 0, reopen - 1):
            i = reopen  # 1)某公司 opening the text: the bracket closes the item's number
        return i

    def _joins_subjects(self, pos: int, end: int, floor: int) -> bool:
        """The 和/与/及 at ``pos`` joins two subjects of one act, not two words of one name: an adverb that spreads
        the act (都, 均, 分别) follows the name, and two ideographs that end no stop word precede the conjunction
        (so it does not open a name, as in 和记…, nor follow a verb). Why: a dictionary word across the conjunction
        (泰和, a county) would otherwise keep the two firms as one name."""
        t = self.text
        if pos - 2 < floor or pos in self.lex_starts or not t.startswith(_EACH_AFTER_SUBJECTS, end):
            return False
        if any(w in t[pos:end] for w in ("联合", "共建", "合作", "共同")):
            return False  # 甲大学和乙大学联合实验室均…: a joint unit's name holds both partners
        before = t[pos - 2 : pos]
        return all("\u4e00" <= ch <= "\u9fff" for ch in before) and not _stop_before(t, pos, floor)

    def _through_legal_form(self, start: int, head_start: int) -> int:
        """X股份有限公司|北京分公司: the 有 of a legal form stops the leftward scan, but a branch's name opens with
        its firm's whole name; where a legal form ends at most a place's length before the branch head and the
        scan stopped inside it, the name starts where the firm's does."""
        t = self.text
        for f in _FIRM_END.finditer(t, max(0, start - 6), head_start):
            if f.start() < start <= f.end() and head_start - f.end() <= 6:
                return self.left_boundary(f.start(), f.end())
        return start

    def _after_whole_name(self, start: int, head_start: int) -> int:
        """中共中央办公厅国务院办公厅 (a header line without its space): a known name that ends where a
        jurisdiction begins closes the name before it."""
        t = self.text
        own = _level_place_opening(t, start)
        for k in range(head_start - 1, start, -1):
            if k in self.name_ends and t.startswith(_ISSUING_LEVELS, k):
                return k
            if t[k - 1] in _BODY_ENDS and _ends_agency(t[max(start, k - 8) : k]) and _next_issuer_at(t, k, own):
                return k
        return start

    def _ends_with_suffix(self, pos: int) -> bool:
        t = self.text
        return any(t[pos - n : pos] in self._suffix_set for n in self._suffix_lengths if pos - n >= 0)

    def youth_leagues(self) -> list[Candidate]:
        """The Youth League committees of :data:`_YOUTH_LEAGUE` (团 is no head word, so no other rule reads them)."""
        t = self.text
        if "团" not in t:
            return []
        return [
            Candidate(m.start(), m.end(), m.group(0), "Agency", "youth-league", 0.9) for m in _YOUTH_LEAGUE.finditer(t)
        ]

    # ------------------------------------------------------------ suffix names
    def suffix_names(self) -> list[Candidate]:
        t = self.text
        out: list[Candidate] = []
        self._rev = t[::-1]
        self._lex_sorted = sorted(self.lex_starts)
        # a drug's name ends a name: 奥格列净片和康瑞生物科技有限公司 is a drug and a firm, not one firm
        self.name_ends.update(c.end for c in self._drug_names())
        # the longest head word ending at each position, in text order (one Aho-Corasick pass)
        longest: dict[int, lexicon.Suffix] = {}
        get = longest.get
        for end_idx, hit in lexicon.suffix_automaton().iter(t):
            prev = get(end_idx)
            if prev is None or len(hit.text) > len(prev.text):
                longest[end_idx] = hit
        region_prefixes = lexicon.region_prefixes()
        left_boundary = self.left_boundary
        trim = self._trim
        acceptable = self._acceptable
        for end_idx, suf in longest.items():
            end = end_idx + 1
            stext = suf.text
            m_start = end - len(stext)
            # the head must end the word: 委 in 委员, 局 in 局部, 部 in 部分
            nxt = t[end : end + 1]
            if stext in _WORD_END_HEADS and nxt in _NOT_WORD_END_NEXT:
                continue
            if t.startswith(WORD_CONTINUATIONS, end) or (nxt == "生" and t[end + 1 : end + 2] not in "物命态产"):
                continue  # 大学学报, 论坛杂志, 大学生: the head is inside a longer word
            if nxt in "议堂" and stext.endswith("会"):
                continue  # 科学会议, 理事会议, 人民大会堂: the 会 of the head opens 会议, or 会堂 names a hall
            if stext in _ACT_MARKED_HEADS:
                continue
            if stext == "厅" and t[max(0, m_start - 3) : m_start].endswith(_HALL_KINDS):
                continue  # 东岭规划展示厅, 科技展厅, 政务服务大厅: a hall where people meet or look, not a department
            if stext == "专项" and t.startswith(_SPECIAL_FUND_NOUNS, end) and t[m_start - 1 : m_start] in _AGENCY_ENDS:
                continue  # 获X局专项资金支持: 专项资金 (earmarked funds) is a noun of its own, the agency is the funder
            if stext == "专项资金" and not self._named_fund(m_start, end):
                continue
            if stext == "学会" and t[end - 3 : end] == "大学会":
                continue  # 香港中文大学会考虑…: a university and the modal 会 (will), not a learned society
            if (
                stext in _VERBAL_HEADS
                and nxt
                and "\u4e00" <= nxt <= "\u9fff"
                and nxt not in "之的"
                and not (t.startswith(_predicate_openers(), end) and not _doer_before(t, m_start))
                and not t.startswith(_UNDER_A_SCHEME, end)
                and not self._funded_by(m_start, end)
                and not self._subject_scheme(m_start, end)
                and not _aim_before(t, m_start)
            ):
                # 计划 as a verb (计划建设) or a name that continues; before a predicate (专项加快实施) it is a noun,
                # and so it is after a word of aim (资助计划取得…: the scheme, whatever follows)
                continue
            start = left_boundary(m_start, end)
            if start == m_start and stext in _WORKING_BODY_HEADS:
                start = self._through_task(m_start, end)
            aim = _aim_before(t, m_start) if start == m_start and suf.type == "Program" else ""
            if aim:
                start = left_boundary(m_start - len(aim), end)  # 能力|提升|工程: the aim is the name's own
            if stext in _BRANCH_HEADS:
                start = self._through_legal_form(start, m_start)
            if stext not in _BRANCH_HEADS and "公司" in t[start:m_start]:
                firm = max((f.end() for f in _FIRM_END.finditer(t, max(0, start - 4), m_start)), default=start)
                if firm > start:
                    start = firm  # X有限公司赞助Y大学: a registered firm's name ends where its legal form does
            if suf.type == "Agency":
                start = self._after_whole_name(start, m_start)
                if stext.endswith("政府"):
                    start = _after_party_committee(t, start, m_start)
            cand = trim(start, end)
            if cand is None:
                continue
            s0, name = cand
            if (
                suf.type == "Agency"
                and not name.startswith(JURISDICTION_STARTS)
                and not name.startswith(region_prefixes)
                and not name.startswith(_CPPCC_OPENINGS)
            ):
                cut = _NATIONAL_OR_CITY.search(name, 1)
                if (
                    cut
                    and len(name) - cut.start() >= 4
                    and name[cut.start() - 1] not in "所院局委会心室厅署办部司处"
                    and not _is_place(name[: cut.start()])  # 加拿大国家研究委员会: a country's national body
                ):
                    s0, name = s0 + cut.start(), name[cut.start() :]
                elif _verb_before_level(name):
                    s0, name = s0 + 1, name[1:]
            if suf.type == "Park":
                verb_end = _after_promoting_verb(name)
                s0, name = s0 + verb_end, name[verb_end:]
            if suf.type in _SITED_KINDS:
                rep = _district_then_own_name(name)
                if rep:
                    s0, name = s0 + rep, name[rep:]
            if len(name) < suf.min_len or len(name) - len(stext) < 2:
                continue
            if not acceptable(name, suf, s0, aimed=bool(aim)):
                continue
            if suf.type == "Program" and self._known_scheme_inside(s0, end):
                continue
            kind = "Agency" if suf.type == "Platform" and _agency_centre(name) else suf.type
            if stext in _BANK_BRANCH_HEADS and _opens_with_known_agency(name, len(stext)):
                kind = "Agency"  # 中国人民银行|某某分行: the central bank's branch is a body of the state, as it is
            out.append(Candidate(s0, end, name, kind, "suffix:" + stext + ("+aim" if aim else ""), 0.7))
            self.name_ends.add(end)
        return out

    def _through_task(self, head_start: int, end: int) -> int:
        """X建设|领导小组: the left scan stops at 建设 (a verb elsewhere: 建设X平台); before a working body's head it
        is the task the body is named by, so the name runs on over it to the task's object (two characters at
        least: 建设领导小组 alone names no task)."""
        k = head_start - 2
        if self.text[k:head_start] != "建设":
            return head_start
        start = self.left_boundary(k, end)
        return start if k - start >= 2 else head_start

    def _known_scheme_inside(self, start: int, end: int) -> bool:
        """承担国家某某基金项目, 他主持国家某某基金: a known programme inside the span ends it or is followed only by
        the project it funds (某某基金重大项目); the span's longer reading is that programme with a project or a
        clause's words around it, so the known name alone is the mention."""
        t = self.text
        if self._known_schemes is None:  # once per text: the known programmes among the known names found
            self._known_schemes = [
                (ls, le) for ls, le in self.lex_spans if any(e.type == "Program" for e in lexicon.entries_for(t[ls:le]))
            ]
        for ls, le in self._known_schemes:
            if start <= ls and le <= end and (ls, le) != (start, end):
                if le == end or _FUNDED_PROJECT.fullmatch(t, le, end):
                    return True
        return False

    def _trim(self, start: int, end: int) -> tuple[int, str] | None:
        t = self.text
        name = t[start:end]
        # drop leading counters / dates left after a digit boundary (年深圳市政府 → 深圳市政府)
        if start > 0 and (t[start - 1].isdigit() or t[start - 1] in "一二三四五六七八九十两几多首"):
            m = MEASURE_PREFIX.match(name)
            if m:
                start += m.end()
                name = t[start:end]
        article = _ARTICLE_NUMBER.match(name)
        if article and len(name) - article.end() >= 3:
            # 第四条 国家…中心: an article's number opens its line (the space after it is normalised away)
            start += article.end()
            name = t[start:end]
        # only strip when what was stripped is junk, not the start of a name (首都医科大学);
        # a name not starting with junk cannot lose a junk head, so the regex runs only then
        if name.startswith(_JUNK_HEADS):
            m = LEADING_JUNK.match(name)
            if m and m.end() and m.end() < len(name) - 1:
                head = name[: m.end()]
                if head in _JUNK_HEADS:
                    start += m.end()
                    name = t[start:end]
        if t[max(0, start - 2) : start].endswith(("的", "旗下", "下属", "属下", "辖下", "全资", "控股")):
            role = next((w for w in _role_nouns() if name.startswith(w)), None)
            if role is not None and len(name) - len(role) >= 4:
                start += len(role)  # Y的全资子公司X, Y旗下企业X: the role word says what X is to Y, X's name follows
                name = t[start:end]
        if name.endswith(_FIRM_ENDS):
            kind = _firm_kind_before(t, start, name, self._generic)
            if kind:
                start += kind  # 上市公司X有限公司, 龙头企业X集团: a kind of firm in apposition, the firm's name follows
                name = t[start:end]
        if name[:1] == "与" and len(name) > 3 and t[start - 1 : start] in _ADVERB_BEFORE_PARTNER:
            start += 1  # X已与Y公司, X将与Y公司: the scan stopped at the adverb; 与 opens the partner, not its name
            name = t[start:end]
        elif (
            name[:1] == "同"
            and len(name) > 4
            and _lone_tong(t, start)
            and (t[start - 1 : start] in _ADVERB_BEFORE_PARTNER or _adverb_before_partner(t, start))
        ):
            start += 1  # X已同Y公司, X去年同Y公司签约: 同 is the preposition 与 is, not the opening of 同仁堂
            name = t[start:end]
        name = name.strip("·")
        if not name:
            return None
        return start, name

    def _acceptable(self, name: str, suf: lexicon.Suffix, start: int, aimed: bool = False) -> bool:
        """``aimed``: a word of aim stands before the head (提升计划), so a head that is also a verb is a noun here."""
        generic = self._generic
        if name in generic:
            return False
        stext = suf.text
        stype = suf.type
        core = name[: len(name) - len(stext)]
        if core in generic and stype != "Agency":
            return False
        if name.startswith(_AIM_GRADES):
            return False  # 打造世界级绿色石化产业基地: a plan's aim for a kind of place, not a place's name
        if stype not in ("Agency", "Association") and only_modifiers(core):
            return False
        if stype == "Platform" and (_platform_category(name, core) or self._sums_up_a_list(start)):
            return False
        if stype == "University" and core.startswith("大学"):
            return False  # 作为大学工商管理学院的前任院长: a faculty of no university named is a kind of faculty
        if _stop_before(name, len(name), 0) >= 2 and not (
            aimed
            or self._glossed(start + len(name))
            or self._jurisdiction_plan(name, stext, core)
            or self.text.startswith(_predicate_openers(), start + len(name))
            or (stext in _UNDER_HEADS and self.text.startswith(_UNDER_A_SCHEME, start + len(name)))
            or (stext in _UNDER_HEADS and self._funded_by(start + len(name) - len(stext), start + len(name)))
            or (stext == "计划" and self._subject_scheme(start + len(name) - len(stext), start + len(name)))
        ):
            return False
        if (
            stext == "中心"
            and not (
                name.startswith(("国家", "中国"))
                or self._specific(name)
                or _UNIT_OF_ACADEMIC.match(name)
                or _agency_centre(name)
            )
            and not _LATIN_ABBREV_AFTER.match(self.text[start + len(name) : start + len(name) + 14])
        ):
            return False
        if name.endswith(NOT_HEADS) and not name.endswith(NOT_HEAD_EXCEPTIONS):
            return False
        if name[0] in "（(" or (name[0].isdigit() and not _CODE_OPENING.match(name)):
            return False  # 3家实验室 is counted; 5G+工业互联网…工程 opens with a code
        if stype == "University" and "世界" in name:
            return False
        if stext in ("项目", "目录") and not self._specific(core):
            return False
        if stype == "Program" and stext in ("工程", "项目") and core.endswith(_BUILDING_WORKS):
            return False  # 某某污水厂扩建工程, 某某学院新院区项目: a site's building works, not a programme
        if _COUNTED.search(name):
            return False
        if stype in _SITE_TYPES and (
            _COUNTED_GREAT.match(name)
            or _RANKING.search(name)
            or _GREAT_BEFORE_HEAD.search(name, 0, len(name) - len(stext))
        ):
            return False  # 三大创科园区, 五大创新平台: a count of a city's sites or platforms, not one site's name
        if name[0] in "与及":
            return False
        if suf.needs_jurisdiction:
            # an agency name starts from a jurisdiction (市, 区, 国家, a city …)
            if (
                not _JURISDICTION_OPENING.match(name)
                and not name.startswith(lexicon.CITIES)
                and not _starts_with_place(name)
                and not _opens_with_known_zone(name, len(stext))
            ):
                return False
        if suf.house and (
            len(core) > _HOUSE_CORE_MAX
            or any(name[k:] in generic for k in range(1, len(name) - len(stext)))
            or _one_common_word(core)
        ):
            return False  # 东岭市引导国资创投, 推动国资创投, 公司创投: a clause or a kind of capital, no house's name
        if _CLAUSE_PUNCT.search(name):
            return False
        # generic phrases: a head with nothing specific in front (重点项目, 合作项目, 各类平台)
        if stype == "Program" and len(core) <= 2 and not self._specific(core):
            return False
        if len(name) < 8 and name.startswith(_VAGUE_OPENINGS):
            return False
        return True

    def _sums_up_a_list(self, start: int) -> bool:
        """甲中心、乙基地等某某服务平台, 甲、乙等地某某平台: right after the 等 that closes a list, a platform is the
        class the listed items belong to, not one more platform (高等, 同等 are words, not the list's close)."""
        t = self.text
        return t[start - 1 : start] == "等" and t[start - 2 : start - 1] not in _EQUAL_WORD_OPENERS

    def _jurisdiction_plan(self, name: str, head: str, core: str) -> bool:
        """国家某某计划, 杭州市某某计划: a plan opened by a jurisdiction or a place is that government's programme, as
        a 项目 with such an opening is (a plan whose name ends in a policy's head, 行动计划, is a policy found
        elsewhere)."""
        return head == "计划" and self._specific(core) and not name.endswith(_POLICY_HEAD_TUPLE)

    def _listed_after_scheme(self, found: list[Candidate], qs: int, qe: int) -> bool:
        """推出「某某计划」和「某某人才库」: a quoted item joined by 和/、/及 to a quoted programme right before it,
        and closing the list (punctuation or 等 after it), is another programme of the same list (“某某”示范 is
        a phrase about the quoted word)."""
        prev = found[-1] if found else None
        if prev is None or prev.type != "Program":
            return False
        gap = self.text[prev.end : qs]
        closes = self.text[qe : qe + 1] in ("", "，", "。", "；", "、", "等", "）", "\n")
        return closes and gap.lstrip('”」』"') in ("和", "、", "及", "与", "以及")

    def _funded_by(self, head_start: int, end: int) -> bool:
        """获某某计划资助, 得到某某基金支持: between a passive marker and a verb of funding the head (计划) is the
        noun, the funder (a verb 计划 would take the clause after it: 公司计划资助学生)."""
        t = self.text
        if not t.startswith(_FUNDING_VERBS, end):
            return False
        start = self.left_boundary(head_start, end)
        return start < head_start and t.endswith(_FUNDED_MARKERS, 0, start)

    def _subject_scheme(self, head_start: int, end: int) -> bool:
        """根据某某合作计划, 受惠于某某人才计划, 某某基金辖下的某某计划…, 某某创新工程由某委组织实施: a 计划 (or another
        head that is also a verb, 工程, 专项) with four or more
        characters of its own before the head, cited after a word that takes a scheme, owned by a known body before
        的, or followed by the 由 that frames who runs it, is a noun. The verb 计划 ('plans to') follows its doer,
        a body or a person (某某公司计划…, 医管局计划由明年起…), which a known name or an actor's head word ending
        right before the head shows. (A bare clause start is no evidence: measured, it added a false name on both
        check sets.)"""
        t = self.text
        if t[head_start:end] not in _VERBAL_HEADS or t.startswith(_PLANNED_ACT_OPENERS, end):
            return False
        start = self.left_boundary(head_start, end)
        core = t[start:head_start]
        if len(core) < 4 or head_start in self.name_ends or self._ends_with_suffix(head_start):
            return False
        if _ACTOR_END.search(core) or "）" in core or ")" in core:
            return False  # 某某园（某园）扩建计划: a name glossed inside is a body's, whose work the plan is
        if t.startswith(_RUN_BY_MARKS, end):
            return True
        if t[head_start:end] != "计划":
            return False  # 参与某某基因工程, 美国的某某项目是…: other heads than 计划 only in the 由 frame
        if t[start - 1 : start] == "的" and self._owner_before(start - 1):
            return True  # 某某公司的某某培育计划为…, 某某基金辖下的某某计划: a known body's or fund's own scheme
        return t.endswith(_CITING_WORDS, 0, start)

    def _owner_before(self, pos: int) -> bool:
        """A known name ends at ``pos``, or right before 辖下/属下/旗下/下 that end there (某某基金辖下)."""
        if pos in self.name_ends:
            return True
        return any(self.text.endswith(w, 0, pos) and pos - len(w) in self.name_ends for w in _UNDER_OWNER)

    def _named_fund(self, head_start: int, end: int) -> bool:
        """工业互联网专项资金 names a fund by its field; 省级财政专项资金, 市科技局专项资金 and 各类专项资金 are money
        of a level, a treasury or a body (the body is the funder, found on its own)."""
        t = self.text
        if t[head_start - 1 : head_start] in _AGENCY_ENDS:
            return False
        start = self.left_boundary(head_start, end)
        core = _FUND_LEVELS.sub("", t[start:head_start])
        if core.endswith(("重大", "重点")):
            return False  # 国家科技重大专项资金: money of the 专项 programme, not a fund of its own
        if _ALLOTTING_VERB.search(core):
            return False  # 向某医院下达专项资金: the verb hands out money; what comes before it is its giver or taker
        return len(core) >= 2 and not only_modifiers(core) and core not in self._generic

    def _glossed(self, end: int) -> bool:
        """白石角发展计划(包括科学园), 某基因组计划（Sc2.0）: a gloss in brackets follows a noun, so a head that is also a
        verb (计划) is the noun there; a bracketed year range marks a document's edition, found as a policy."""
        t = self.text
        return t[end : end + 1] in "（(" and not t[end + 1 : end + 2].isdigit()

    def _specific(self, core: str) -> bool:
        """Does the name carry something proper (a place, a known body, Latin letters) rather than only a kind?"""
        if _LATIN_LETTER.search(core) or core.startswith(lexicon.CITIES):
            return True
        return (
            core.startswith(lexicon.region_prefixes())
            or core.startswith(("国家", "中国", "市", "省", "港澳", "沪港", "深港", "粤港", "京港"))
            or _starts_with_place(core)
        )

    # ------------------------------------------------------------ titles and quotes
    def book_titles(self) -> list[Candidate]:
        out = []
        for m in _BOOK_TITLE_RE.finditer(self.text):
            inner = m.group(1).strip()
            if not inner:
                continue
            out.append(Candidate(m.start(1), m.end(1), inner, "Policy", "book-title", 0.95))
            self.name_ends.add(m.end(1))
        for m in _NESTED_BOOK_TITLE_RE.finditer(self.text):
            # 《国务院关于印发〈X〉的通知》: a title inside a title is written with single marks (normalisation
            # turned them into 《》); the outer title is the name, with its inner marks written back as 〈〉
            if _TRANSMITTAL_TAIL.match(m.group(1)[m.group(1).rfind("》") + 1 :]):
                continue  # 《X印发〈Y〉的通知》 transmits Y: Y and its issuers are the names (see the title-issuer rule)
            name = m.group(1).replace("《", "〈").replace("》", "〉")
            out.append(Candidate(m.start(1), m.end(1), name, "Policy", "book-title:nested", 0.95))
            self.name_ends.add(m.end(1))
        return out

    def quoted(self) -> list[Candidate]:
        t = self.text
        out = []
        follow_re = self._quote_follow
        generic = self._generic
        for m in _QUOTED.finditer(t):
            inner = m.group(1).strip()
            if not inner or _SENTENCE_PUNCT_IN_QUOTE.search(inner) or THEME_PLUS.search(inner) or party_run(inner):
                continue  # “5G+工业互联网”园区, “政产学研”平台: a theme or a string of kinds of party, no name
            qs, qe = m.start(), m.end()
            # “X”head: the quote names the thing and the head word follows (“春昇杯”医学创新人才大赛)
            follow = follow_re.match(t[qe : qe + 14])
            if follow and (
                _LIST_PUNCT.search(follow.group(0))
                or _COUNTED_KIND.match(follow.group(0))
                or any(_stop_before(follow.group(1), k, 0) for k in range(1, len(follow.group(1)) + 1))
            ):
                follow = None
            if follow and _kind_of_quoted_project(follow.group(0)):
                # “某某研究”项目, “某某工程”航天科技项目, 国家“某某创制”专项: the head is the kind of thing the quote
                # names; the programme is the quoted name (one with a head of its own is found as such below)
                end = qe + follow.end()
                self.name_ends.add(end)
                if _named_project(inner) and inner not in generic:
                    out.append(Candidate(qs, end, inner, "Program", "quote:project-kind", 0.85))
                    continue
                follow = None
            if follow:
                end = qe + follow.end()
                suf = lexicon.suffix_of(t[qs:end])
                if suf and suf.text in _ACT_MARKED_HEADS and not t.endswith(_RUNNING_ACTS, 0, qs):
                    suf = None  # (实施“某某+”行动: right after the act that runs it, 行动 names the campaign)
                name = inner + follow.group(0)
                zone = _zone_in_quotes(inner, suf)
                if zone is not None:
                    # “甲·乙示范区”孵化中心: the quote names the zone; the facility after it is the zone's, one of many
                    out.append(Candidate(m.start(1), m.start(1) + len(inner), inner, "Park", "quote:" + zone, 0.85))
                    self.name_ends.add(m.start(1) + len(inner))
                    continue
                if suf and suf.type in _SITE_TYPES and _COUNTED_GREAT.match(inner):
                    continue  # “一区三院两中心”科技创新平台, “三大”创新平台: a count of sites, no one site
                if (
                    suf
                    and suf.type in _SITE_TYPES
                    and _COUNTED_SITES.fullmatch(inner)
                    and not lexicon.entries_for(inner)
                ):
                    continue  # “三城一区”主平台, “一核一带”发展平台: a plan's slogan counting its sites, no one site
                if suf and _whole_name_after_quote(inner, follow.group(0), suf):
                    continue  # “落户”东岭高新区: a quoted word of the clause, then a place's own zone
                if suf and follow.group(0) not in generic or (suf and len(inner) >= 2):
                    k = _place_before(t, qs) or (_level_before(t, qs) if suf and suf.type == "Policy" else 0)
                    out.append(
                        Candidate(
                            qs - k, end, t[qs - k : qs] + name, suf.type if suf else "Program", "quote+head", 0.85
                        )
                    )
                    self.name_ends.add(end)
                    continue
            prod = _QUOTE_THEN_PRODUCT.match(t, qe)
            if (
                prod
                and _BRAND.fullmatch(inner)
                and lexicon.suffix_of(inner) is None  # (“关爱基金”评估药物: the quote names a fund, which acts)
                and lexical.tag(lexical.cut(prod.group())[0]) != "v"  # (“某某计划”采购疫苗: a verb, then its object)
                and not any(_stop_before(prod.group(), k, 0) for k in range(1, len(prod.group()) + 1))
                and (
                    not prod.group().endswith(_CUED_PRODUCT_KINDS)
                    or any(c in t[max(0, qs - 30) : prod.end() + 30] for c in MEDICAL_PRODUCT_CUES)
                )
            ):
                # 「某某速测」核酸检测试剂盒, “某某一号”抗病毒药物, “晴光”心脏支架: a brand in quotes, then the kind of
                # product it is (a device's kind only near a word of medicine: “一网通办”系统 is no product)
                end = prod.end()
                out.append(Candidate(qs, end, inner + prod.group(), "Product", "quote+product", 0.8))
                self.name_ends.add(end)
                continue
            pol = _QUOTE_THEN_POLICY_HEAD.match(t, qe)
            if (
                pol
                and not any(_stop_before(pol.group(), k, 0) for k in range(1, len(pol.group()) - 1))
                and not (lexicon.is_generic(pol.group()) and pol.group() not in _POLICY_HEAD_WORDS)
                and not (pol.group().endswith(_PLAN_HEAD) and t.startswith(_PLANNED_ACTS, pol.end()))
            ):  # (“5G+工业互联网”解决方案: solutions, a kind of offering, not a policy; “某某基地”规划建设: 规划 is
                # a verb with the act after it, the quote names the site)
                # “十三五”科技创新战略规划, “上海2035”城市总体规划: a quoted short title, then a policy's head
                end = pol.end()
                k = _place_before(t, qs) or _level_before(t, qs)  # 东岭市“十四五”科技规划: the place opens the name
                out.append(
                    Candidate(qs - k, end, t[qs - k : qs] + inner + pol.group(), "Policy", "quote+policy-head", 0.8)
                )
                self.name_ends.add(end)
                continue
            paren = _TRAILING_LATIN_PAREN.search(inner)
            core_end = m.end(1) - (len(paren.group(0)) if paren else 0)
            inner_core = t[m.start(1) : core_end].strip()
            suf = lexicon.suffix_of(inner_core)
            if suf and suf.text in _ACT_MARKED_HEADS:
                suf = None
            if (
                suf
                and inner_core not in generic
                and len(inner_core) > len(suf.text)
                and len(inner_core) >= min(suf.min_len, len(suf.text) + 2)
                and not _COUNT_OR_DASH.search(inner_core)
                and not (suf.type in _SITE_TYPES and _RANKING.search(inner_core))
                and (suf.text != "中心" or self._specific(inner_core) or _quoted_centre(inner_core))
            ):
                kind = "Program" if _CALLED_A_SCHEME.match(t, qe) else suf.type
                out.append(
                    Candidate(m.start(1), m.start(1) + len(inner_core), inner_core, kind, "quote:" + suf.text, 0.85)
                )
                self.name_ends.add(m.start(1) + len(inner_core))
                continue
            head = _POLICY_HEAD.search(inner_core)
            if suf is None and head and head.start() >= 4 and not _COUNT_OR_DASH.search(inner_core):
                # “十二年科技远景规划”: a quoted name ending in a policy's head (规划 is too common a word to be a
                # head of the finder's own, so only quotes or a publishing verb make it one)
                out.append(Candidate(m.start(1), core_end, inner_core, "Policy", "quote:policy-head", 0.8))
                self.name_ends.add(core_end)
                continue
            before = t[max(0, qs - 6) : qs]
            if before.endswith("\n"):
                before = before[:-1]  # as a regex ``$`` would: it also matches before a final newline
            if before.endswith(
                (
                    "产品",
                    "药物",
                    "新药",
                    "创新药",
                    "品牌",
                    "药品",
                    "检测仪",
                    "测序仪",
                    "分析仪",
                    "诊断仪",
                    *PRODUCT_TAILS,
                )
            ) and _CJK_3_8.fullmatch(inner):  # (重组蛋白疫苗“某某安”: the kind of product, then its brand in quotes)
                out.append(Candidate(m.start(1), m.end(1), inner, "Product", "quote:product", 0.8))
                self.name_ends.add(m.end(1))
            elif _CJK_3_8.fullmatch(inner) and t.startswith(_NAMED_MEASURE_WORDS, qe) and inner not in generic:
                # 借助“港澳药械通”政策: a measure known by its short name in quotes, then the word 政策 or 措施
                out.append(Candidate(m.start(1), m.end(1), inner, "Policy", "quote:policy", 0.7))
                self.name_ends.add(m.end(1))
            elif (
                before.endswith(_JOINED_SCHEME_VERBS)
                and _CJK_3_8.fullmatch(inner)
                and inner not in generic
                and not _COUNT_OR_DASH.search(inner)
                and len(lexical.cut(inner)) >= 2  # (纳入“白名单”: one word of the language is a kind of list)
            ):
                # 依托“某某千企”专项行动, 申请纳入“某惠保”: what a body is built on or taken into, named in quotes,
                # is a scheme the reader is meant to know by that name
                out.append(Candidate(m.start(1), m.end(1), inner, "Program", "quote:joined-scheme", 0.7))
                self.name_ends.add(m.end(1))
            elif len(inner) >= 3 and (
                before.endswith(("旗舰项目", "计划", "项目", "品牌活动"))
                or _SAID_A_SCHEME.match(t, qe)
                or self._listed_after_scheme(out, qs, qe)
            ):
                out.append(Candidate(m.start(1), m.end(1), inner, "Program", "quote:program", 0.7))
        return out

    # ------------------------------------------------------------ short forms (市科委, 科技部, 港交所 …)
    def level_bodies(self) -> list[Candidate]:
        """省科学院, 市疾控中心 (see :func:`level_bodies`)."""
        return level_bodies(self.text)

    def foreign_ministries(self) -> list[Candidate]:
        """美国能源部, 日本经济产业省, 韩国知识经济部: a country, a field and 部 or 省 name a foreign state's
        ministry. 部 and 省 alone are too common to be heads (全部, 东部, 本省); after a country's name and a
        field of two to eight characters, with no list word inside and no 长/门 after, they are a ministry."""
        t = self.text
        if "部" not in t and "省" not in t:
            return []
        out: list[Candidate] = []
        rx, longest = _foreign_ministry_re()
        for h in _MINISTRY_HEAD.finditer(t):
            if t[h.end() : h.end() + 1] in _AFTER_MINISTRY_HEAD:
                continue
            m = rx.search(t, max(0, h.start() - 8 - longest), h.end())  # anchored at the head, matched backwards
            if m is None:
                continue
            field = m.group("field")
            if field[-1] in _DIRECTIONS or _stop_before(field, len(field), 0):
                continue
            out.append(Candidate(m.start(), m.end(), m.group(0), "Agency", "short:foreign-ministry", 0.75))
        return out

    def bracketed_hosts(self, cands: list[Candidate]) -> list[Candidate]:
        """香港科技大学（广州）, 北京师范大学（珠海）: a university's campus in another city is named by the city in
        brackets (so is one city's site of a national base, 国家生物产业基地（武汉）), and 中药质量研究国家重点实验室（澳门大学） names a partner lab by the university hosting it. The
        brackets are part of the name (the plain name is another body: the main campus, or any lab of the field),
        so the candidate grows over them and wins over the name inside by its length."""
        t = self.text
        out = []
        for c in cands:
            if c.type not in _HOSTED_TYPES:
                continue
            m = _HOST_IN_BRACKETS.match(t, c.end)
            if m is None:
                continue
            inner = m.group(1)
            placed = _is_place(inner) or (c.type == "Park" and lexicon.region_entry(inner) is not None)
            if (c.type in _PLACED_TYPES and placed) or (
                c.type not in _PLACED_TYPES and inner.endswith(_HOST_HEADS) and len(inner) >= 4
            ):
                out.append(Candidate(c.start, m.end(), t[c.start : m.end()], c.type, c.rule + "+host", c.confidence))
        return out

    def short_forms(self) -> list[Candidate]:
        """Three-to-six character abbreviations that the head-word rules cannot grow (too short to be safe there).

        Why a separate rule: 市科委 / 市教委 / 国家药监局 / 上海科创办 are how agencies are
        named in lists and replies, and an unknown one must still be found. They are
        accepted only between boundaries (punctuation, a list separator, 由/经/被/和 …)
        so that words merely ending in 委/局/办 (举办, 布局) are not taken.
        """
        t = self.text
        out: list[Candidate] = []
        # anchored at the head character (a fast single-class scan), matched backwards from it
        for h in _SHORT_HEAD.finditer(t):
            e0 = h.end()
            w0 = max(0, e0 - 10)
            if _SHORT_PREFIX_CHARS.isdisjoint(t[w0 : e0 - 2]):
                continue  # no jurisdiction can start in the window: skip the regex
            m = _SHORT_AGENCY.search(t, w0, e0)
            if m is None:
                continue
            s0 = m.start()
            if not _left_ok(t, s0) or not _right_ok(t, e0, t[e0 - 1]):
                continue
            core = m.group("core")
            tail = core + t[e0 - 1]
            if (
                core[0] in _BAD_CORE_START
                or _stop_before(core, len(core), 0)
                or lexicon.is_generic(t[s0:e0])
                or _HEAD_IN_CORE.search(core)
                or core.startswith(("相关", "有关"))
                or tail in _VERBS_ENDING_IN_HEADS
                or (len(core) >= 3 and tail.endswith(_VERBS_ENDING_IN_HEADS))
            ):
                continue  # 在上海举办 is an act, 上海科创办 a body
            out.append(Candidate(s0, e0, t[s0:e0], "Agency", "short:agency", 0.72))
        for rx, ty, rule, probe in (
            (_SHORT_LEGISLATURE, "Agency", "short:legislature", ("政协", "人大")),
            (_SHORT_EXCHANGE, "Platform", "short:exchange", ("交所",)),
            (_SHORT_EXPO, "Event", "short:expo", ("博会", "交会", "贸会", "洽会")),
        ):
            if not any(p in t for p in probe):
                continue
            matches = _finditer_near(_SHORT_LEGISLATURE, t, probe, 3, 5) if rx is _SHORT_LEGISLATURE else rx.finditer(t)
            for m in matches:
                s0, e0 = m.span()
                if (rule != "short:expo" and not _left_ok(t, s0)) or not _right_ok(t, e0, t[e0 - 1]):
                    continue
                if rule == "short:expo":
                    s0 = _host_of_expo(t, s0)
                out.append(Candidate(s0, e0, t[s0:e0], ty, rule, 0.72))
        # ministries and other X部/X委/X局 named with no jurisdiction: only as the agent of an
        # official act (经科技部批准, 被商务部认定) where nothing else could stand there
        for m in _AGENT_AGENCY.finditer(t):
            name = m.group(1)
            if (
                name[0] in "内外全总各部本该这那其中"
                or _stop_before(name, len(name) - 1, 0)
                or lexicon.is_generic(name)
            ):
                continue
            out.append(Candidate(m.start(1), m.end(1), name, "Agency", "short:agent", 0.7))
        if "政府" in t:
            for m in _LEVEL_GOVERNMENT.finditer(t):
                s0, e0 = m.span()
                if _level_word_at(t, s0) and (_right_ok(t, e0, "府") or t[e0 : e0 + 1] in _AFTER_LEVEL_GOVERNMENT):
                    out.append(Candidate(s0, e0, m.group(0), "Agency", "short:level-government", 0.7))
            if "委" in t:
                out += _level_pairs(t)
        if "中央" in t:
            for m in _CENTRE_AS_SUBJECT.finditer(t):
                out.append(Candidate(m.start(1), m.end(1), "中央", "Agency", "short:centre", 0.7))
        if "政府" in t:
            for m in _AGENT_GOVERNMENT.finditer(t):
                out.append(Candidate(m.start(1), m.end(1), m.group(1), "Agency", "short:agent-government", 0.7))
        # 国务院专利行政部门, 国务院卫生健康主管部门: laws and regulations name the national body of a field by its
        # function; the phrase denotes that one body (国务院有关部门, 国务院各部门 name any or all of them)
        if "国务院" in t:
            for m in _STATE_COUNCIL_DEPARTMENT.finditer(t):
                field = m.group("field")
                if _stop_before(field, len(field), 0) or any(ch in field for ch in "的和与及、等"):
                    continue
                out.append(Candidate(m.start(), m.end(), m.group(0), "Agency", "short:state-council-department", 0.75))
        # a research academy's institutes by their usual short form: 中科院上海药物所, 中科院深圳先进院
        if "中科院" in t or "中国科学院" in t or "中国医" in t:
            for m in _ACADEMY_UNIT.finditer(t):
                if _right_ok(t, m.end(), "所"):
                    # 中国医学科学院阜外医院: the academy's hospitals are hospitals, its 所 and 院 are institutes
                    kind = "Hospital" if m.group(0).endswith("医院") else "ResearchInstitute"
                    out.append(Candidate(m.start(), m.end(), m.group(0), kind, "short:academy-unit", 0.8))
        if "所" in t:
            out += _city_institutes(t)
        return out

    # ------------------------------------------------------------ persons, products, Latin names
    def persons(self, addressees: list[str]) -> list[Candidate]:
        return self.titled_persons() + self.addressee_persons(addressees)

    def addressee_persons(self, addressees: list[str]) -> list[Candidate]:
        """Every occurrence of a person the header addresses (the document, not the sentence, says who)."""
        t = self.text
        out: list[Candidate] = []
        for name in addressees:
            if not name:  # (an empty pattern matches everywhere; kept as the regex had it)
                out += [
                    Candidate(m.start(), m.end(), name, "Person", "person:addressee", 0.95) for m in re.finditer("", t)
                ]
                continue
            # non-overlapping occurrences left to right, as ``re.finditer`` of the escaped name
            # gives them, without compiling a pattern per name (every document has its own)
            n = len(name)
            i = t.find(name)
            while i >= 0:
                out.append(Candidate(i, i + n, name, "Person", "person:addressee", 0.95))
                i = t.find(name, i + n)
        return out

    def titled_persons(self) -> list[Candidate]:
        """Persons named before a title (张三委员) or after a contact label (联系人：张三)."""
        t = self.text
        out = []
        for m in _TITLE_RE.finditer(t):
            if t[m.end() : m.end() + 1] == "会":
                continue  # 委员会, 代表会
            # look back from the title: 2–3 letter name, optionally followed by 等 (张三等委员)
            end = m.start()
            if t[end - 1 : end] == "等":
                end -= 1
            for n in (4, 3, 2):  # four only with a compound surname (司徒某某议员)
                start = end - n
                if start < 0 or (n == 4 and t[start : start + 2] not in COMPOUND_SURNAMES):
                    continue
                name = t[start:end]
                if name.endswith(TITLE_GRADES):
                    continue  # 原副|校长, 党组副|书记: the grade opens the title, no name ends with it
                prev = t[start - 1 : start]
                if (
                    prev
                    and "\u4e00" <= prev <= "\u9fff"
                    and prev not in "、和与及由请向对"
                    and not t[max(0, start - 3) : start].endswith(
                        ("局长", "署长", "司长", "主席", "部长", "主任", "院长", "校长")
                    )
                ):
                    continue
                if is_person_name(name) and lexical.tag(name) in _PERSON_WORD_TAGS:
                    out.append(Candidate(start, end, name, "Person", "person:title", 0.75))
                    break
        for m in _CONTACT_PERSON_RE.finditer(t):
            if is_person_name(m.group(1)):
                out.append(Candidate(m.start(1), m.end(1), m.group(1), "Person", "person:contact", 0.8))
        return out

    def products(self) -> list[Candidate]:
        """Drugs by their approved names' stems (呋喹替尼, 阿托伐他汀钙片), then other product heads (试剂盒,
        支架, 疫苗, 保心丸 …). Names are grown leftwards over plain CJK letters until a stop and need a word of
        medicine or products nearby; descriptive heads also need a developer or a brand (``_kind_is_named``)."""
        t = self.text
        out = list(self._drug_names())
        taken = [(c.start, c.end) for c in out]
        for m in _PRODUCT_RE.finditer(t):
            if any(s <= m.start() < e for s, e in taken):
                continue
            kind = m.group(0) in PRODUCT_DESCRIPTIVE_KINDS
            start = self._product_start(m.start(), 15 if kind else 8, alnum=kind)
            name = t[start : m.end()]
            if kind:
                start = _trim_leading_predicate(t, start, m.start())
                name = t[start : m.end()]
            else:
                start = _trim_leading_predicate(t, start, m.start(), min_word=2)  # 促进|某某颗粒: the verb of policy
                name = t[start : m.end()]  # prose before a dosage form (words of two characters: see drugs' names)
            # 新型 (novel) is part of many kit and vaccine names (新型冠状病毒…试剂盒); other kind words are not
            plain = name.replace("新型", "") if kind else name
            if len(name) < 3 or len(name) > (18 if kind else 10) or _PRODUCT_KIND_WORD_RE.search(plain):
                continue
            window = t[max(0, start - 30) : m.end() + 30]
            if not any(c in window for c in PRODUCT_CUES):
                continue
            if _GENERIC_PRODUCT_PREFIX_RE.match(name) and len(name) <= 4:
                continue
            if kind and not self._kind_is_named(start, m.start(), m.group(0)):
                continue
            if kind and _BRAND_AFTER_KIND.match(t, m.end()):
                continue  # 研发的血液检测试剂盒「肝安测」: the kind describes the brand named in quotes right after it
            out.append(Candidate(start, m.end(), name, "Product", "product", 0.7))
        return out

    def _product_start(self, pos: int, reach: int, alnum: bool = False) -> int:
        """Grow a product name left from its head at ``pos`` over plain CJK letters until a stop word or a
        class word (创新药瑞沃替尼片: 药 ends the class, the name starts after it); a measure word after a
        count (3个…) is left out. A name found before (医院管理局供应…) ends the stretch too; with ``alnum``
        digits and Latin letters are letters of the name (14价…疫苗, HPV疫苗)."""
        t = self.text
        i = pos
        floor = max(0, i - reach)
        while (
            i > floor
            and ("\u4e00" <= t[i - 1] <= "\u9fff" or (alnum and t[i - 1].isascii() and t[i - 1].isalnum()))
            and not t.endswith(_PRODUCT_CLASS_WORDS, floor, i)
            and i not in self.name_ends
            and not _stop_before(t, i, floor)
        ):
            i -= 1
        mp = MEASURE_PREFIX.match(t[i:pos])
        if mp and i > 0 and (t[i - 1].isdigit() or t[i - 1] in "一二三四五六七八九十两几多首"):
            i += mp.end()
        return max([i] + [k + len(v) for v in _MAKING_VERBS if (k := t.rfind(v, i, pos)) >= 0])

    def _drug_names(self) -> list[Candidate]:
        """A drug's approved name: letters ending in an INN stem's Chinese rendering (``drug_stems.tsv``),
        with an optional salt and dosage form after it. A stem followed by 类 names a class (他汀类药物)."""
        if self._drugs is not None:
            return self._drugs
        t = self.text
        stems, pattern, prefix, prefixes = _drug_stem_table()
        out: list[Candidate] = []
        self._drugs = out
        for m in pattern.finditer(t):
            after = t[m.end() : m.end() + 1]
            if after and after in _NOT_AFTER_DRUG:
                continue
            start = self._product_start(m.start(), 8)
            trimmed = _trim_leading_predicate(t, start, m.start(), min_word=2)
            if m.start() - trimmed >= 2:
                start = trimmed  # 供应莫纳皮拉韦: the verb goes; 安立替尼 keeps its 安立, or no syllables would be left
            # PD-1单抗瑞康利单抗: a stem before the name is the class the drug belongs to (one-letter stems such
            # as 韦 also occur inside names: 奈韦拉韦)
            inner = [t.rfind(x, start, m.start()) + len(x) for x in stems if len(x) > 1 and x in t[start : m.start()]]
            start = max([start, *inner])
            core = t[start : m.end("stem")]
            name = t[start : m.end()]
            if len(core) < stems[m.group("stem")] or len(name) > 14 or _PRODUCT_KIND_WORD_RE.search(name):
                continue
            if (_GENERIC_PRODUCT_PREFIX_RE.match(core) and len(core) <= 5) or any(w in core for w in _DRUG_CLASS_WORDS):
                continue
            window = t[max(0, start - 30) : m.end() + 30]
            if m.end() == m.end("stem") and not any(c in window for c in PRODUCT_CUES):
                continue  # a dosage form after the stem (阿莫西林胶囊) is itself the mark of a medicine
            out.append(Candidate(start, m.end(), name, "Product", "product:drug-stem", 0.75))
        # (a prefix stem is tried only where one is written: the pattern would be tried at every character)
        for m in prefix.finditer(t) if prefix and any(p in t for p in prefixes) else ():
            body = m.group("body")
            if "类" in body or body.startswith("菌"):
                continue  # 头孢类抗生素, 头孢菌素: the class
            window = t[max(0, m.start() - 30) : m.end() + 30]
            if any(c in window for c in PRODUCT_CUES) or m.end() > m.end("body") or m.group(0)[0] == "注":
                out.append(Candidate(m.start(), m.end(), m.group(0), "Product", "product:drug-prefix", 0.75))
        return out

    def _named_before(self, pos: int) -> bool:
        """A name (or 其, which stands for one) ends right before ``pos``: X研发的 names its developer,
        企业研发的 does not."""
        return pos in self.name_ends or self.text[pos - 1 : pos] == "其" or self._ends_with_suffix(pos)

    def _kind_is_named(self, start: int, head: int, kind: str) -> bool:
        """A vaccine, test kit or device is a named product when a named developer is written before it
        (X研发的, X公司的) or, for a device, when what precedes the head is a coined word (火鹰支架: characters the
        dictionary does not join), not a description made of ordinary words (药物洗脱支架)."""
        t = self.text
        dev = _DEVELOPER_BEFORE_RE.search(t, max(0, start - 8), start)
        if dev and (
            dev.group(0).endswith(("司的", "团的", "业的", "厂的", "所的", "院的")) or self._named_before(dev.start())
        ):
            return True
        if kind != "支架":
            return False
        toks = lexical.cut(t[start:head])
        singles = [w for w in toks if len(w) == 1 and lexical.tag(w) not in ("ns", "m")]
        return len(singles) >= 2 and len(singles) == len(toks)

    def policy_phrases(self) -> list[Candidate]:
        """Unbracketed policy names right after a publishing verb (出台生物医药…行动计划) or in a 等文件 list.

        Policy names are full of verbs (建设, 支持), so they are taken whole from the verb to the head
        word instead of being grown leftwards from the head.
        """
        t = self.text
        out: list[Candidate] = []
        for m in _POLICY_AFTER_VERB.finditer(t):
            self._policy(m.start(1), m.group(1), out)
        if "由" in t:
            for m in _POLICY_BEFORE_MAKER.finditer(t):
                self._policy(m.start(1), m.group(1), out)
        if "法" in t:
            for m in _LAW_AFTER_CUE.finditer(t):
                self._law(m.start("law"), m.group("law"), out)
                pos = m.end()
                while (nxt := _LAW_NEXT.match(t, pos)) is not None:
                    self._law(nxt.start("law"), nxt.group("law"), out)
                    pos = nxt.end()
        if "法案" in t:
            for m in _foreign_act_re().finditer(t):
                out.append(Candidate(m.start(), m.end(), m.group(0), "Policy", "law-phrase", 0.7))
        if "总体" in t:
            for m in _OVERALL_PLAN.finditer(t):
                start, name = _after_opening_verbs(m.start("name"), m.group("name"))
                if len(name) >= 8 and not _CLAUSE_IN_PLAN.search(name):
                    self._policy(start, name, out)
        for m in _POLICY_LIST.finditer(t):
            pos = m.start(1)
            for part in m.group(1).split("、"):
                self._policy(pos, part, out)
                pos += len(part) + 1
        return out

    @staticmethod
    def _law(start: int, name: str, out: list[Candidate]) -> None:
        """A law cited without marks: its last word is 法 or a X法 the dictionary does not take for a
        way of doing (方法, 办法, 做法, 执法 are not laws)."""
        words = lexical.cut(re.sub("实施(?:条例|细则|办法)$", "", name))
        if not words:
            return  # 制定了实施办法: the words name how a law is carried out, no law
        last = words[-1]
        if last != "法" and (last in _NOT_LAWS or lexical.tag(last) in ("v", "vd", "d", "a")):
            return
        if any(last.endswith(w) for w in _NOT_LAWS):
            return
        out.append(Candidate(start, start + len(name), name, "Policy", "law-phrase", 0.7))

    def _policy(self, start: int, name: str, out: list[Candidate]) -> None:
        head = _POLICY_HEAD.search(name)
        if not head or len(name) < 6:
            return
        core = name[: head.start()]
        if (
            not core
            or only_modifiers(core)
            or lexicon.is_generic(name)
            or _QUANTITY_OR_PARTICLE_RE.search(name)
            or _UNNAMED_POLICY_START.match(name)
        ):
            return
        out.append(Candidate(start, start + len(name), name, "Policy", "policy-phrase", 0.7))

    def latin_names(self) -> list[Candidate]:
        """Latin-script names: capitalised multi-word names ending in an organisation head (MIT Innovation Node)."""
        out = []
        for m in _LATIN_NAME.finditer(self.text):
            name = m.group(0)
            ty = {
                "Node": "Platform",
                "Centre": "Platform",
                "Center": "Platform",
                "Hub": "Platform",
                "Platform": "Platform",
                "Institute": "ResearchInstitute",
                "Laboratory": "Lab",
                "Lab": "Lab",
                "Park": "Park",
                "Forum": "Event",
                "Fund": "Company",
                "Programme": "Program",
                "Program": "Program",
                "Alliance": "Association",
                "Association": "Association",
                "Foundation": "Association",
            }[name.split()[-1]]
            out.append(Candidate(m.start(), m.end(), name, ty, "latin", 0.7))
        return out + self.latin_companies() + self.latin_tools()

    def latin_tools(self) -> list[Candidate]:
        """借助Acme Analyzer（AA）软件: a Latin name written right before 软件 (an abbreviation in brackets may stand
        between) names the software a report's method relies on, a product; the kind word is no part of the name.
        Acronyms alone (SPSS) are left to other rules."""
        t = self.text
        if "软件" not in t:
            return []
        out: list[Candidate] = []
        for m in _LATIN_TOOL.finditer(t):
            name = m.group("name").strip()
            if not any(ch.islower() for ch in name) or len(name) < 5:
                continue
            start = m.start("name")
            out.append(Candidate(start, start + len(name), name, "Product", "latin:tool", 0.7))
        return out

    def latin_companies(self) -> list[Candidate]:
        """Firms named in Latin letters without a head word (与Acme合办, 被 Acme 收购, Acme Limited).

        A bare Latin word says nothing of its kind, so it is taken only where the sentence treats it
        as a firm: a partner in a venture, a buyer or a thing bought, or a registered company's
        suffix; every other occurrence of the same word in the document is then the same firm.
        """
        t = self.text
        found: dict[str, str] = {}
        out: list[Candidate] = []
        # (each pattern is tried only where what every match holds is present: a legal form, a capital letter
        # followed by a small one; most Chinese documents hold neither, and the scans try every character)
        if any(form in t for form in LATIN_LEGAL_FORMS):
            for m in _LATIN_REGISTERED.finditer(t):
                out.append(Candidate(m.start(), m.end(), m.group(0), "Company", "latin:registered", 0.75))
        for m in _LATIN_FIRM.finditer(t) if _CAPITALISED.search(t) else ():
            name = m.group("name")
            before = t[max(0, m.start() - 2) : m.start()].rstrip()
            after = t[m.end() : m.end() + 12]
            clause = _CLAUSE_PUNCT.split(after, 1)[0]
            partner = before.endswith(("与", "同")) and _LATIN_VENTURE_AFTER.match(after)
            bought = (before.endswith("被") and _LATIN_BUY.match(after)) or _LATIN_BOUGHT.match(clause)
            leads = _LATIN_PARTNER_AFTER.match(after) and _LATIN_VENTURE.search(t, m.end(), m.end() + 30)
            invested = _LATIN_INVESTED_BEFORE.search(t, max(0, m.start() - 6), m.start())
            if partner or bought or leads or invested:
                found.setdefault(name, "Company")
        for name in found:
            for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", t):
                out.append(Candidate(m.start(), m.end(), name, "Company", "latin:firm", 0.7))
        return out

    @staticmethod
    def _enumeration_lists(t: str):
        """Matches of A、B、C等…企业, searched only inside clauses that hold both 、 and 等.

        A list never crosses 。；， so running the (backtracking) pattern clause by
        clause gives exactly the whole-text matches at a fraction of the cost.
        """
        # visit only the clauses that hold a 等: found from each 等 outwards to the nearest 。；，
        n = len(t)
        pos = t.find("等")
        while pos >= 0:
            s = max(t.rfind("。", 0, pos), t.rfind("；", 0, pos), t.rfind("，", 0, pos)) + 1
            e = n
            for stop in "。；，":
                k = t.find(stop, pos, e)
                if k >= 0:
                    e = k
            if t.find("、", s, e) >= 0:
                yield from _ENUM_LIST.finditer(t, s, e)
            pos = t.find("等", e)

    def enumerations(self, taken: list[Candidate]) -> list[Candidate]:
        """Short names listed before a category word: A、B、C等…企业 → companies (the category types the items)."""
        return self.category_lists() + self.company_lists()

    def round_lists(self) -> list[Candidate]:
        """由A、B和C共同领投, A、B以及C跟投: the investors of a financing round, listed as the subject of 领投, 跟投 or
        参投 (参与 too when the clause names a round). Each item is a firm (Company); financing news writes most by
        short names with no head word (某某人寿, 某某创新). The list runs back from the verb to the clause's start or
        to 由; 共同/联合 before the verb and a role before an item (老股东) are no part of the names."""
        t = self.text
        out: list[Candidate] = []
        if "投" not in t and "参与" not in t:
            return out
        for m in _ROUND_VERB.finditer(t):
            floor = max(0, m.start() - 80)
            begin = max(max(t.rfind(ch, floor, m.start()) for ch in "，,。；;：:\n") + 1, floor)
            clause = t[begin : m.start()]
            if m.group(0) == "参与" and "融资" not in t[max(0, begin - 60) : m.start()]:
                continue
            by = clause.rfind("由")
            if by >= 0:
                begin += by + 1
                clause = clause[by + 1 :]
            tail = _ROUND_TAIL.search(clause)
            if tail:
                clause = clause[: tail.start()]
            items = _ROUND_SPLIT.split(clause)
            if len(items) < 2:
                continue
            pos = begin
            for item in items:
                k = t.find(item, pos, m.start())
                if k < 0:
                    break
                pos = k + len(item)
                role = _ROUND_ROLE.match(item)
                if role:
                    k += role.end()
                    item = item[role.end() :]
                if (
                    not _ROUND_ITEM.fullmatch(item)
                    or lexicon.is_generic(item)
                    or _FUNCTION_WORD_RE.search(item)
                    or item in STOP_WORDS
                ):
                    continue
                out.append(Candidate(k, k + len(item), item, "Company", INVESTOR_RULE, 0.6))
        return out

    def category_lists(self) -> list[Candidate]:
        """A、B、C等…企业: the items of a list typed by the category word after it (clause by clause)."""
        t = self.text
        out: list[Candidate] = []
        for m in self._enumeration_lists(t):
            cat = m.group(3)
            investors = cat in _INVESTOR_CATEGORIES
            kinds = _INVESTORS_ARE_KINDS if investors else _ITEMS_ARE_KINDS
            if kinds.search(t, m.end("last") if m.group("last") else m.end(1), m.start(3)):
                continue  # 家电、家具等行业企业, 5G、工业PON等技术在企业: the items are trades or techniques
            if cat == "企业" and t[m.end(3) : m.end(3) + 1] == "家":
                continue  # 张三、李四等企业家代表: the items are entrepreneurs, people and not firms
            ty, rule = ("Company", INVESTOR_RULE) if investors else (_LIST_CATEGORY_TYPES[cat], "enumeration")
            self._enum_items(m.start(1), m.group(1), ty, out, rule=rule)
            if m.group("last"):
                self._enum_items(m.start("last"), m.group("last"), ty, out, first=False, rule=rule)
        return out

    def company_lists(self) -> list[Candidate]:
        """企业如A、B、C: companies listed after a cue (one item only when a company word precedes)."""
        t = self.text
        out: list[Candidate] = []
        for m in _COMPANY_ENUMERATION_RE.finditer(t):
            items: list[Candidate] = []
            self._enum_items(m.start(1), m.group(1), "Company", items)
            cue = _COMPANY_CUE_RE.search(t[max(0, m.start() - 40) : m.start()])
            if len(items) == m.group(1).count("、") + 1 and (len(items) >= 2 or cue):
                out.extend(items)
        # (a round's investors are read across stops too: run over the whole text, as these lists are)
        return out + self.round_lists() + self.investor_lists() + self.round_raisers()

    def round_raisers(self) -> list[Candidate]:
        """平台甲乙宣布完成B轮融资, 公司甲乙(Acme Ltd)已完成融资, 研发商“甲乙”获得…融资, 公司甲乙的C轮融资: the firm that
        raised a financing round, written by its short trade name right after the kind of firm it is. Deal news
        introduces a startup so (kind, then name, then the round); the name is coined, so it must hold a proper noun
        or characters the dictionary does not join (平台目前完成融资 names no firm)."""
        t = self.text
        out: list[Candidate] = []
        if "融资" not in t:
            return out
        for m in _ROUND_RAISER.finditer(t):
            name = m.group("q") or m.group("n")
            k = m.start("q") if m.group("q") else m.start("n")
            if (
                lexicon.is_generic(name)
                or _FUNCTION_WORD_RE.search(name)
                or name in STOP_WORDS
                or not _named_founder(name)
            ):
                continue
            out.append(Candidate(k, k + len(name), name, "Company", RAISER_RULE, 0.6))
        return out

    def investor_lists(self) -> list[Candidate]:
        """投资方为A、B和C, 投资者如A、B等, 合伙人分别为A、B: the investors or partners of a round or a fund, listed after
        the word for them and a verb of being. Each item is a firm (Company), written by its short name with no head
        word; a note in brackets after it (领投, 5起) is no part of it, a bracketed place is (某某(中国)); of two forms
        joined by a slash the first is taken."""
        t = self.text
        out: list[Candidate] = []
        if "、" not in t:
            return out
        for m in _INVESTOR_LIST_CUE.finditer(t):
            end = m.end()
            stop = _INVESTOR_LIST_END.search(t, end, end + 200)
            span_end = stop.start() if stop else min(len(t), end + 200)
            span = t[end:span_end]
            if "、" not in span:
                continue
            pos = end
            parts = span.split("、")
            last = _INVESTOR_LIST_LAST.split(parts[-1], maxsplit=1)
            parts = parts[:-1] + last
            for part in parts:
                s_ = t.find(part, pos)
                if s_ < 0:
                    break
                pos = s_ + len(part)
                name = part
                note = _INVESTOR_NOTE.search(name)
                if note:
                    name = name[: note.start()]
                name = name.split("/", 1)[0]
                if not _INVESTOR_ITEM.fullmatch(name) or lexicon.is_generic(name) or _FUNCTION_WORD_RE.search(name):
                    continue
                out.append(Candidate(s_, s_ + len(name), name, "Company", INVESTOR_RULE, 0.6))
        return out

    def _enum_items(
        self, base: int, group: str, ty: str, out: list[Candidate], first: bool = True, rule: str = "enumeration"
    ) -> None:
        pos = base
        parts = group.split("、")
        for k, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            if k == 0 and first:
                # the first item's left edge is wherever the enumeration began: trim to the last stop
                cut = 0
                for k in range(len(part) - (2 if part.endswith(_COMPANY_HEADS) else 0), 0, -1):
                    n = _stop_before(part, k, 0)
                    if n >= 2 or (n == 1 and part[k - 1] in "如的是有为了在"):
                        cut = k
                        break
                s += cut
                part = self.text[s:e]
            if (
                len(part) < 2
                or lexicon.is_generic(part)
                or _FUNCTION_WORD_RE.search(part)
                or part.endswith(ENUM_BAD_TAILS)
            ):
                continue
            out.append(Candidate(s, e, part, ty, rule, 0.6))


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping selection: longest span first, then higher confidence."""
    chosen: list[Candidate] = []
    occupied = bytearray()
    if not cands:
        return chosen
    n = max(c.end for c in cands) + 1
    occupied = bytearray(n)
    # the key is (-length, -confidence, start) written without the ``length`` property call
    for c in sorted(cands, key=lambda c: (c.start - c.end, -c.confidence, c.start)):
        s, e = c.start, c.end
        if occupied.find(1, s, e) >= 0:
            continue
        occupied[s:e] = b"\x01" * (e - s)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_candidates(text: str, addressees: list[str] | None = None) -> list[Candidate]:
    """All non-overlapping name mentions in ``text`` (normalised), in text order."""
    f = _Finder(text)
    cands = f.lexicon_hits()
    cands += f.book_titles()
    cands += f.quoted()
    cands += f.suffix_names()
    cands += f.bracketed_hosts(cands)
    cands += f.short_forms()
    cands += f.foreign_ministries()
    cands += f.persons(addressees or [])
    cands += f.products()
    cands += f.latin_names()
    cands += f.policy_phrases()
    cands += f.enumerations(cands)
    cands += f.level_bodies()
    cands += f.youth_leagues()
    return with_list_names(text, _select(cands))
