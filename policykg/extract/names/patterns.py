"""The shapes of name kinds the finder matches by pattern: policies and laws, short agency names, Latin
names, quoted names and projects, products and drugs, party committees, mandates, places and levels before a
name, and the predicates that accept or reject each.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from policykg.extract import lexical, lexicon
from policykg.extract.names.boundaries import _JOINING_DASHES, _province_abbreviations
from policykg.extract.names.words import (
    CJK,
    COMPOUND_SURNAMES,
    DOSAGE_FORMS,
    LATIN_LEGAL_FORMS,
    PRODUCT_TAILS,
    ROUND_WORDS,
    SURNAMES,
    Candidate,
    _name_rows,
    alternation,
    only_modifiers,
    titles_before_names,
)


def _titled_person_before(t: str, k: int) -> bool:
    """校长王某某与某公司, 董事长李某和某集团: a person named after a title ends right before the conjunction at
    ``k``; the name after it is the partner, not a continuation of the person's phrase."""
    name = person_name_at_end(t[max(0, k - 4) : k])
    if name is None:
        return False
    return t[max(0, k - len(name) - 5) : k - len(name)].endswith(titles_before_names())


def _joins_two_words(t: str, pos: int, floor: int) -> bool:
    """The single dash at ``pos`` sits between two ideographs and a place touches it on one side: a dash
    joining two places inside a name (中国—东盟, 北部湾—澳门). Between ordinary words (实验室—病床—实验室) or
    after a clause (强国而奋斗—在…) it is punctuation and ends the name."""
    if pos <= floor or pos + 1 >= len(t):
        return False
    before, after = t[pos - 1], t[pos + 1]
    if before in _JOINING_DASHES or after in _JOINING_DASHES:
        return False
    if not ("\u4e00" <= before <= "\u9fff" and "\u4e00" <= after <= "\u9fff"):
        return False
    if t.startswith(lexicon.region_prefixes(), pos + 1) or all(
        c in _province_abbreviations() for c in t[pos + 1 : pos + 3]
    ):
        return True  # …—东盟…, …—港澳… (two one-character province names: 港澳, 粤港澳)
    return any(
        _is_place(t[pos - k : pos]) or lexicon.region_entry(t[pos - k : pos]) is not None
        for k in range(2, min(6, pos - floor) + 1)
    ) or _starts_with_place(t[pos + 1 : pos + 7])


_POLICY_HEADS = "实施方案|行动方案|行动计划|若干措施|实施意见|管理办法|实施细则|指导意见|方案|措施|意见|办法|规定|细则|条例|规划|指引|纲要"
_POLICY_HEAD = re.compile(f"(?:{_POLICY_HEADS})$")
_POLICY_HEAD_WORDS = frozenset(_POLICY_HEADS.split("|"))
_POLICY_HEAD_TUPLE = tuple(_POLICY_HEAD_WORDS)
_BARE_POLICY_HEAD = re.compile(f"(?:总体)?(?:{_POLICY_HEADS})")


def bare_policy_head(s: str) -> bool:
    """``s`` is a policy's head word and nothing more (方案, 总体方案, 实施意见): it names no document alone."""
    return _BARE_POLICY_HEAD.fullmatch(s) is not None


_QUOTE_THEN_POLICY_HEAD = re.compile(rf"[{CJK}]{{0,8}}(?:{_POLICY_HEADS})")
"""Right after a closing quote: up to eight characters and a policy's head (“十四五”规划, “上海2035”城市总体规划)."""
_POLICY_AFTER_VERB = re.compile(
    rf"(?:出台|制定|编制|发布|印发|颁布|落实|实施|推进|贯彻|审议通过|修订|获批)(?:了|实施)?(?:新一轮)?"
    rf"([^，。；、“”《》\s]{{4,30}}?(?:{_POLICY_HEADS}))(?=[，。；、]|等)"
)
_POLICY_BEFORE_MAKER = re.compile(
    rf"(?:^|(?<=[。；：\n]))([^，。；、：“”《》\s]{{6,30}}?(?:{_POLICY_HEADS}))由[^，。；\n]{{2,30}}?(?:制定|制订|印发|发布|出台)"
)
"""医疗器械召回管理办法由某某局会同某某委制定: a sentence that opens with a rule and says which body makes it names the
rule without marks, as the object of a publishing verb does (the passive of 制定某某管理规定)."""
_LAW_NAME = rf"(?P<law>(?:中华人民共和国)?(?:(?![的和及与、这该此其本各等新相])[{CJK}]){{2,12}}?法(?:案|实施条例|实施细则|实施办法|(?=[，。；、和及与的第（(）)]|等|规定|有关|相关|框架|$)))"
_LAW_AFTER_CUE = re.compile(
    rf"(?:根据|依据|依照|按照|遵照|遵守|违反|适用|落实|实施|贯彻|执行|制定|颁布|修订|修改|新修订的|修订后的|通过|出台)+"
    rf"(?:了|的|新修订的|修订后的|现行)?{_LAW_NAME}"
)
"""依据专利法, 落实新修订的行政复议法, 国会通过的X法案: a law or a bill cited without 《》 after a verb of applying
or making law (a bill, 法案, is how reports name a foreign act); the verbs may come in a pair (贯彻落实X法)."""
_LAW_NEXT = re.compile(rf"[和及与、]{_LAW_NAME}")
"""药品管理法和专利法: further laws of the same citation."""
_NOT_LAWS = (
    "方法",
    "办法",
    "做法",
    "算法",
    "疗法",
    "立法",
    "执法",
    "司法",
    "手法",
    "用法",
    "技法",
    "说法",
    "看法",
    "想法",
)
"""Words ending in 法 that are ways of doing things, law-making or its enforcement, not a law's name."""


@lru_cache(maxsize=1)
def _foreign_act_re() -> re.Pattern[str]:
    """拜杜法案, 多德-弗兰克法案: a foreign act named after its sponsors, spelt in transliteration characters
    (``transliteration_chars.tsv``) and written without 《》 wherever a report mentions it, with no verb of
    citing before it. Only transliterated names count: 改革法案, 两项法案 describe a bill, they do not name one."""
    text = resources.files("policykg.resources").joinpath("names", "transliteration_chars.tsv").read_text("utf-8")
    chars = re.escape("".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")))
    part = f"[{chars}]{{2,6}}"
    return re.compile(rf"(?<![{chars}]){part}(?:[-－—·]{part})?法案")


_OVERALL_PLAN = re.compile(
    rf"(?:^|(?<=[，。；：、\n（(]))(?P<name>[^，。；、“”《》\s（）()]{{2,30}}?总体方案)(?![{CJK}]{{0,2}}(?:编制|制定))"
)
"""东岭自由贸易港建设总体方案, 新区国土空间总体规划正式印发: a plan called 总体方案 / 总体规划 is one document that
the text names by its subject and this head, with or without marks, wherever the clause opens on it; the verb of
carrying it out that may open the clause (落实, 实施) is no part of the name (:func:`_after_opening_verbs`)."""
_OPENING_VERBS = re.compile(
    r"(?:出台|制定|编制|发布|印发|颁布|落实|实施|推进|贯彻|执行|审议通过|修订|获批|按照|根据|依据|开展|研究|做好)(?:了|好)?"
)
_CLAUSE_IN_PLAN = re.compile(r"[要应须需将各该本其我]|做好|抓紧|加快|尽快|相关|有关")
"""各区要做好X总体规划, 抓紧制定相关总体方案: a modal, a determiner or an urging adverb shows a clause about plans
still to be written, not the name of one."""


def _after_opening_verbs(start: int, name: str) -> tuple[int, str]:
    """Drop the verbs of issuing or carrying out that open a clause before a plan's name, with the subject or
    adverb of up to three characters before them (全市落实X总体方案, 持续推进X总体方案 → X总体方案)."""
    while (m := _OPENING_VERBS.search(name, 0, len(name) - 4)) is not None and m.start() <= 3:
        start, name = start + m.end(), name[m.end() :]
    return start, name


_POLICY_LIST = re.compile(
    rf"(?:以及|包括)((?:[^，。；、“”《》\s]{{4,30}}?(?:{_POLICY_HEADS})、)*[^，。；、“”《》\s]{{4,30}}?(?:{_POLICY_HEADS}))等(?:文件|政策)"
)


JURISDICTION_STARTS = ("市", "区", "省", "国家", "国务院", "全国", "中华人民共和国", "中国", "中共") + lexicon.CITIES
"""Where an agency name may begin: a level of government or a city."""
_NATIONAL_OR_CITY = re.compile("|".join(("国家", "国务院", "全国", "中华人民共和国") + lexicon.CITIES))
_CITY_ALT = "|".join(lexicon.CITIES)
_SHORT_HEAD = re.compile("[委局办署]")
_HEAD_IN_CORE = re.compile("[委局办署]")
_SHORT_PREFIX_CHARS = frozenset("国全市区省" + "".join(c[0] for c in lexicon.CITIES))
_SHORT_AGENCY = re.compile(rf"(?:国家|全国|市|区|省|(?:{_CITY_ALT})市?)(?P<core>[{CJK}]{{1,4}})[委局办署]\Z")
_SHORT_LEGISLATURE = re.compile(rf"(?:全国|市|区|省|(?:{_CITY_ALT})市?)(?:政协|人大常委会|人大)")
_SHORT_EXCHANGE = re.compile(rf"[{CJK}]{{1,2}}交所")
_SHORT_EXPO = re.compile(rf"[{CJK}][博交贸洽]会")
_AGENT_AGENCY = re.compile(
    rf"[经被由]([{CJK}]{{2,5}}(?:部|委|局|署))"
    r"(?=批准|授牌|认定|审批|备案|发布|印发|支持|资助|主办|牵头|组织|指导|联合|会同)"
)
_STATE_COUNCIL_DEPARTMENT = re.compile(
    rf"国务院(?!有关|相关|各|其他|其它|所属|直属|组成|办公厅|部门)(?P<field>[{CJK}]{{2,8}}?)(?:行政|主管|监督管理|管理)?部门"
)
"""国务院 + a field + (行政|主管|管理)部门: the way national laws and regulations name the ministry of a field."""
_AGENT_GOVERNMENT = re.compile(r"[经被由]((?:省|市)(?:人民)?政府)(?=同意|批准|审议通过|研究同意|授权|批复|决定)")
"""经省政府同意 / 由市人民政府批准: the government of the document's own province or city, written without its
place, as the agent of an official act (too short for the head-word rule, unambiguous after 经/由/被)."""
_CENTRE_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；：、\n\s经由获被據据])|(?<=按照))(中央)(?:[于於][^，。；、\n]{1,8}?|早已|已经|已|一直|高度|大力|明确|先后|"
    r"近年|再次|亦|也|还)?(?=(?:重视|发布|發布|提出|支持|批准|印发|印發|出台|部署|决定|決定|确定|確定|同意|要求|强调|強調|宣布|公布|"
    r"制定)(?!意见|政策|资金|项目|力度))"
)
"""中央发布…, 由中央批准, 中央早已确定…: the central authorities named by 中央 alone, only as the subject or agent of
an official act after a clause's edge (中央财政, 中央企业, 中央预算内投资, 党中央 and 中共中央 never match: a word
or a character of a longer name stands before, or no act follows; 。中央支持政策 names the centre's policy, not an act)."""
_LEVEL_GOVERNMENT = re.compile(r"(?<!、)[省市](?:人民)?政府(?!、)")
"""省政府, 市人民政府: the government of the document's own province or city, named by level alone (区政府 is every
district's, see the generic table; 省、市人民政府 in a list of levels is a kind of government)."""
_LEVEL_PAIR = re.compile(r"(?P<level>[省市区州县])委[、和及与](?P<gov>(?P=level)(?:人民)?政府)")
"""省委、省政府, 区委和区政府, 州委及州政府: the Party committee and the government of one level written as a pair,
two bodies of the same place (the level character repeats; 省、市人民政府 names two levels and is no pair). Written
with no mark between them (相城区委区政府) the pair is left as the name finder reads it: annotators differ on
whether that is one body or two."""


def pair_partner(t: str, start: int, name: str) -> bool:
    """The government ``name`` at ``start`` follows its own level's committee (东岭市委、市政府, 区委和区政府): the
    pair names one place's two bodies, the place of the committee."""
    return name.endswith("政府") and _LEVEL_PAIR.match(t, max(0, start - 3), start + len(name)) is not None


_NOT_BEFORE_PAIR = frozenset("各全本该每两分")
"""各省委、省政府: every province's committee and government, a kind."""
_UNIT_AFTER_PAIR = frozenset("办部工采令性系门网驻债机各有直所属组")
"""市委、市政府办公厅, 省委、省政府各部门, 区委、区政府有关部门: the pair qualifies its offices or departments, the
units named are not the two bodies (any other word may follow the pair: 省委、省政府重大决策, 市委、市政府积极)."""


def _level_pairs(t: str) -> list[Candidate]:
    """省委、省政府出台, 东岭市委、市政府: both bodies of a level pair. The government after the list mark is the
    committee's partner, not one of several levels sharing 人民政府 (which :data:`_LEVEL_GOVERNMENT` refuses after
    、); the bare committee is kept where its level opens a word (a place before it, 东岭市委, is found whole by its
    head word)."""
    out: list[Candidate] = []
    for m in _LEVEL_PAIR.finditer(t):
        s0, e0 = m.start(), m.end()
        if (s0 > 0 and t[s0 - 1] in _NOT_BEFORE_PAIR) or t[e0 : e0 + 1] in _UNIT_AFTER_PAIR:
            continue
        if _level_word_at(t, s0):
            out.append(Candidate(s0, s0 + 2, t[s0 : s0 + 2], "Agency", "short:level-committee", 0.7))
        g0 = m.start("gov")
        out.append(Candidate(g0, e0, m.group("gov"), "Agency", "short:pair-government", 0.7))
    return out


_AFTER_LEVEL_GOVERNMENT = frozenset("高大先多正分专")
"""省政府高度重视, 市政府大力支持, 市政府先后出台: adverbs that may follow a government named by level, besides the
characters any short form may end before (:data:`_RIGHT_OK_CHARS`)."""
_NOT_BEFORE_LEVEL = frozenset(
    ("各", "全", "本", "该", "每", "其", "两", "分", "地方", "基层", "所在", "所在地", "属地", "相关", "有关")
)
"""各区政府, 全市, 所在地市政府: words before a level that make it every province's or city's, not the document's own."""
_DIRECTIONS = frozenset("东西南北中内外全本")
"""A field ending in these is a part of the country (美国中西部, 日本本省), not a ministry's remit."""


_MINISTRY_HEAD = re.compile("[部省]")
_AFTER_MINISTRY_HEAD = frozenset("长门分委队位属件署会内外")
"""部长, 部门, 省委, 省内: the head character starts a longer word, not a ministry's name."""


@lru_cache(maxsize=1)
def _foreign_ministry_re() -> tuple[re.Pattern[str], int]:
    """Country names of the place table (ISO 3166-1 in Chinese) + field + 部/省; imported late because the
    place table's module imports this one."""
    from policykg.extract.components.gazetteer import places

    countries = sorted((n for n, p in places().items() if p.source.startswith("pycountry")), key=len, reverse=True)
    alt = "|".join(map(re.escape, countries))
    # 与 may join two words of a field (德国联邦教育与研究部, 美国卫生与公众服务部), never open it (美国与日本…部)
    rx = re.compile(
        rf"(?:{alt})(?P<field>(?![的和与及等、])[{CJK}](?:(?![的和及等、])[{CJK}]){{1,9}})(?<![在对将向为从与])[部省]\Z"
    )
    return rx, max(map(len, countries))


_INSTITUTE_FIELDS = (
    "纳米|纳米技术|药物|有机|有机化学|化学|应用化学|物理|技术物理|光机|光学精密机械|光电|生物|生化|生物物理|"
    "动物|植物|微生物|遗传|声学|力学|半导体|金属|硅酸盐|心理|数学|自动化|电子|生态|地理|地质|大气|海洋|土壤|"
    "天文|能源|材料|过程|微系统|冶金|营养|神经|免疫|脑科学|高能|核物理|计算技术"
)
"""Fields that name a research academy's institutes (中国科学院+city+field+研究所)."""
_WORD_AFTER_SUO = frozenset("有以在谓属得长")
"""所有, 所以, 所在, 所长: the 所 opens a word of its own."""
_CITY_INSTITUTE = re.compile(rf"(?P<city>[{CJK}]{{2,3}}?)(?:{_INSTITUTE_FIELDS})所")


def _city_institutes(t: str) -> list[Candidate]:
    """苏州纳米所, 长春光机所, 大连化物所 without 中科院 before them: a city and a scientific field before 所 is how
    reports shorten an academy institute's name (X市+field+研究所). The city must be a Chinese place of the
    table and the 所 must end the word (所有, 所在 continue it)."""
    from policykg.extract.components.gazetteer import places

    pl = places()
    out: list[Candidate] = []
    for lo, hi in _windows_before(t, "所", _CITY_INSTITUTE_SPAN):
        for m in _CITY_INSTITUTE.finditer(t, lo, hi):
            place = pl.get(m.group("city"))
            if place is None or place.source.startswith("pycountry") or t[m.end() : m.end() + 1] in _WORD_AFTER_SUO:
                continue
            out.append(Candidate(m.start(), m.end(), m.group(0), "ResearchInstitute", "short:city-institute", 0.7))
    return out


_CITY_INSTITUTE_SPAN = 3 + max(len(f) for f in _INSTITUTE_FIELDS.split("|")) + 1
"""The longest match of :data:`_CITY_INSTITUTE` (a city of three characters, the longest field, 所)."""


def _windows_before(t: str, char: str, span: int) -> list[tuple[int, int]]:
    """The stretches of ``t`` where a match of at most ``span`` characters ending in ``char`` may lie: the
    ``span`` characters up to each ``char``, overlapping ones merged. Why: a pattern without look-behind that must
    end in that character finds in these stretches exactly what it finds in the whole text (every match lies in
    one stretch, and a scan of the whole text reaches each stretch's start with no match pending), while the
    regular-expression engine no longer tries the pattern at every ideograph of a long document."""
    out: list[tuple[int, int]] = []
    i = t.find(char)
    while i >= 0:
        lo, hi = max(0, i + 1 - span), i + 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        i = t.find(char, hi)
    return out


_ACADEMY_UNIT = re.compile(
    rf"(?:中科院|中国科学院|中国医学科学院|中国医科院)(?!{{0}})(?:(?![和与及的])[{CJK}]){{{{2,8}}}}?(?:所|院)".format(
        "|".join(("下属", "所属", "直属", "属下", "辖下", "旗下", "下设", "下辖", "设有", "设立", "成立", "包括", "有"))
    )
)
"""和/与/及 never stand in a unit's short form: 中国医学科学院和北京协和医院 is two bodies, not one institute; nor
does 的, and a word of belonging or of setting up (下属, 所属, 直属, 下设, 设有) after the academy says the units
named next are its own (中国医学科学院所属的X医院, 中国科学院下设X分院), it does not open a short form."""
_BAD_CORE_START = frozenset("场级民内外区委里中长面值容貌政属辖直县镇全总各部本该这那其")
"""First characters that show 市/区 + … is an ordinary word (市场监管局 is found whole elsewhere), not an abbreviation."""
_VERBS_ENDING_IN_HEADS = (
    "举办",
    "主办",
    "承办",
    "创办",
    "开办",
    "合办",
    "协办",
    "筹办",
    "督办",
    "兴办",
    "试办",
    "申办",
    "代办",
    "包办",
    "查办",
    "操办",
    "照办",
    "布局",
    "格局",
    "大局",
    "当局",
    "结局",
    "部署",
    "签署",
)
_LEFT_OK_CHARS = frozenset('、，。；：:（(）)“”"《》和与及同由被经对向在将并会从据请\n ')
_RIGHT_OK_CHARS = frozenset(
    '、，。；：:（(）)“”"和与及等的在于将已也还对为组指牵负联会共印发出制设建举主承支推加开批授资认召表并同协配提审统从向是按依根十第一二三四五六七八九0123456789\n '
)
_RIGHT_BAD_BY_HEAD = {"委": "员会托", "局": "长部面势限域", "办": "理法事公学好成得", "署": "名", "所": "有以在谓属得"}


def _finditer_near(rx: re.Pattern[str], t: str, literals: tuple[str, ...], before: int, after: int):
    """``rx.finditer(t)`` for a pattern every match of which contains one of ``literals``
    starting at most ``before`` characters after the match start and ending the match at
    most ``after`` characters after the literal starts.

    Why: a pattern that opens with a long alternation is tried at every position of the
    text; run only over the few windows around the literals it gives the same matches,
    because no match can cross a window boundary and the pattern has no anchors.
    """
    spots = sorted({i for lit in literals for i in _positions(t, lit)})
    windows: list[list[int]] = []
    for i in spots:
        lo, hi = max(0, i - before), min(len(t), i + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from rx.finditer(t, lo, hi)


def _positions(t: str, lit: str) -> list[int]:
    out = []
    i = t.find(lit)
    while i >= 0:
        out.append(i)
        i = t.find(lit, i + 1)
    return out


_BYLINE_BEFORE = re.compile(
    r"[（(【\[](?:[^（()）【】\[\]]{0,14}(?:记者|通讯员|报道|撰文)[^（()）【】\[\]]{0,8}|[^（()）【】\[\]]{1,6}讯)[）)】\]]$"
)
"""A bracketed byline or dateline (（记者 周某）, （香港讯）, 【本报记者某某报道】) right before a news item's first name."""
LIST_ITEM_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,3}|[A-Za-z]")
"""A list item's number closed by a bracket (一）, 2), a)): the name of the item starts after it."""
_PART_MARK_BEFORE = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}|[a-zA-Z])[）)]$")
"""（一）, (2), (a) right before a head's scan: the number of a numbered part (a reply's answer to each part of
a question), which precedes the part's first name and is never inside one."""


def _left_ok(t: str, start: int) -> bool:
    """A short form must start a word: at the text start, after punctuation or a function word."""
    if start == 0:
        return True
    c = t[start - 1]
    if c in _LEFT_OK_CHARS or not ("\u4e00" <= c <= "\u9fff"):
        return True
    return t[max(0, start - 2) : start] in (
        "联合",
        "会同",
        "协同",
        "配合",
        "牵头",
        "指导",
        "支持",
        "推动",
        "通过",
        "根据",
        "依据",
        "按照",
        "召开",
        "举办",
        "设立",
        "成立",
    )


def _right_ok(t: str, end: int, head: str) -> bool:
    """…and end one: the next character must not continue the word (委员, 局长, 办理)."""
    if end >= len(t):
        return True
    c = t[end]
    if c in _RIGHT_BAD_BY_HEAD.get(head, ""):
        return False
    return c in _RIGHT_OK_CHARS or not ("\u4e00" <= c <= "\u9fff")


_COUNTED = re.compile(
    r"[两几多第首][个大家所间]|(?<![\u4e00-\u9fff])[—–]|[—–](?![\u4e00-\u9fff])|[一二三四五六七八九十百千]+[个项批家]"
    r"|[一二三四五六七八九十百千]+[所间](?=[\u4e00-\u9fff])"
)
"""A count inside the span (四十个…项目, 第一家, 八所大学, Hong Kong's 两间医院) shows a phrase about things, not a
name; 所 ending the span is a numbered institute (第十四研究所, 十四所) and stays."""
_COUNTED_SITES = re.compile(r"(?:[一二两三四五六七八九十多][\u4e00-\u9fff]){2,4}")
"""三城一区, 一核两翼, 一区多园: a slogan of counted kinds of site, quoted before a site's head word (a known
strategy spelt so, 一带一路, is a name of its own)."""
_COUNTED_GREAT = re.compile(
    r"[一二两三四五六七八九十]+大|[一二两三四五六七八九十][\u4e00-\u9fff]{1,2}[二两三四五六七八九十][\u4e00-\u9fff]"
)
"""A numeral and 大 opening a park's or platform's span (三大创科园区, 四大产业基地, 五大公共平台): plans and budget
speeches count a city's main sites so; no park or platform is named by such a count (a programme may be: 六大…计划).
So does a slogan of counted kinds (一区三院两中心…平台, 两园三中心…平台): it sums up several sites, it names none."""
_GREAT_BEFORE_HEAD = re.compile(r"[一二两三四五六七八九十]+大\Z")
"""A numeral and 大 right before a site's head word after a parent's name (东岭大学医学院六大中心, 南湖新区三大平台):
the parent's main units counted, as :data:`_COUNTED_GREAT` counts a city's, not one unit's name."""
_SITE_TYPES = frozenset(("Park", "Platform"))
_RANKING = re.compile(r"最(?:具|佳|美|强|受欢迎)")
"""A superlative inside a park's or platform's span (“某年最具成长力产业园区”, 最佳孵化平台): the title of a
ranking or an award that sites are listed under, not one site's name."""
_INVESTOR_WORDS = ROUND_WORDS["house"] + ROUND_WORDS["investor"] + ROUND_WORDS["shareholder"]
"""Words for a round's investors (投资机构, 投资方, 股东 …): a list's category (A、B等投资机构) or its cue (投资方为A、B)."""
_LIST_CATEGORY_TYPES = {
    "企业": "Company",
    "公司": "Company",
    "药企": "Company",
    "医疗机构": "Hospital",
    "医院": "Hospital",
    "高校": "University",
    "大学": "University",
}
"""The type of the items of a list closed by each category word of :data:`_ENUM_LIST` other than investors'."""
_ENUM_LIST = re.compile(
    rf"((?:[{CJK}A-Za-z]{{2,8}}、)+[{CJK}A-Za-z]{{2,8}}?)(?:[和及与](?P<last>[{CJK}A-Za-z]{{3,8}}?))?等(?:[^。；，、]{{0,8}}?)"
    rf"({alternation(tuple(_LIST_CATEGORY_TYPES) + _INVESTOR_WORDS)}"
    rf"|机构(?={alternation(ROUND_WORDS['verb'] + ('联合领投', '共同领投'))}))"
)
"""A、B、C等…企业 and A、B和C等…企业 (the last item after 和/及/与 is three characters or more: 上海和黄药业 is
one item, not 上海 and 黄药业)."""
_ITEMS_ARE_KINDS = re.compile(r"行业|领域|[在对向]")
"""Between 等 and the category word: 汽车、家电等重点行业龙头企业 and 人工智能、量子计算等领域企业 list trades and
fields whose firms are meant; 5G、工业PON等技术在企业中应用 ends the list at a preposition, the items are techniques.
Either way the items are no firms' names."""
_INVESTORS_ARE_KINDS = re.compile(r"行业(?!领先)|领域|[在对向]")
"""As :data:`_ITEMS_ARE_KINDS` before a word for investors (A、B等知名投资机构, A、B等老股东, A、B等行业领先机构领投): a
trade's investors are not written so, but 行业领先 ('leading in the trade') praises the investors listed."""
INVESTOR_RULE = "enumeration:investor"
"""The rule of a list item read as an investor (A、B等知名投资机构, 由A、B共同领投, 投资方为A、B): the list says the
items are firms, so an item made of ordinary words (某某人寿, 友X保险) is a firm's short name all the same."""
RAISER_RULE = "round:raiser"
"""The rule of the firm that raised a financing round, found by its short trade name after its kind."""
_INVESTOR_CATEGORIES = frozenset(_INVESTOR_WORDS + ("机构",))
"""Category words after a list of investors in a financing round: the items are firms (Company)."""
# the capital comes first so the regex engine can skip to capitals; the look-behind then
# checks that it does not continue a Latin word
_LATIN_NAME = re.compile(
    r"[A-Z](?<![A-Za-z][A-Z])[A-Za-z\-]*\s(?:[A-Z][A-Za-z\-]*\s){0,4}"
    r"(?:Node|Centre|Center|Institute|Laboratory|Lab|Hub|"
    r"Platform|Park|Forum|Fund|Programme|Program|Alliance|Association|Foundation)\b"
)


_LATIN_TOOL = re.compile(
    r"(?<![A-Za-z0-9\-])(?P<name>[A-Z][A-Za-z]*(?:\s?(?:of|and|for|[A-Z][A-Za-z]*)){0,4})\s?"
    r"(?:[（(][A-Za-z]{2,8}[）)])?\s?软件"
)
"""A capitalised Latin name, one word or a few (Acme Analyzer, Web of Acme), then 软件. (Databases too measured on
dev2 tune: the database's name with 平台 after it elsewhere in the report became a second entity, dropped.)"""


_LATIN_FIRM = re.compile(
    r"(?<![A-Za-z])(?P<name>[A-Z](?<![A-Za-z][A-Z])[a-z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+){0,2})(?![A-Za-z])"
)
"""A capitalised Latin word, or up to three (Acme, Acme Bio Works): a firm's name when the sentence treats it so."""
_LATIN_VENTURE_AFTER = re.compile(r"\s?(?:合办|合作|合资|签约|签署|共同|联合|携手)")
_LATIN_VENTURE = re.compile(r"合作|合办|合资|签约|携手")
_LATIN_PARTNER_AFTER = re.compile(r"\s?(?:已|亦|也|并|将|曾)?与")
_LATIN_INVESTED_BEFORE = re.compile(r"(?:投资|领投|跟投|注资|参股|入股)了?\s?$|(?:企业|公司|投资机构)\s?$")
"""A Latin name right after an investing verb (领投了Acme, 投资Acme) or after the kind of firm it is
(医疗科技企业Acme, 投资机构Acme): the sentence treats it as a firm."""
_LATIN_BUY = re.compile(r"\s?(?:收购|并购)")
_LATIN_BOUGHT = re.compile(r"\s?[\u4e00-\u9fff]{0,4}被(?:收购|并购)")
_LATIN_REGISTERED = re.compile(
    r"(?<![A-Za-z])[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}\s?(?:[（(][A-Z][A-Za-z ]+[）)]\s?)?"
    rf"(?:{alternation(LATIN_LEGAL_FORMS)})(?![A-Za-z])"
)
"""Acme (Asia) Limited, Acme Holdings: a Latin name ending in a registered company's suffix, or in the word an
investment house's name ends in (Acme Capital, Acme Health Partners, Acme Ventures: financing news names the
investors of a round so). The forms are those of names/legal_forms.tsv; a text holding none of them is not
scanned (`LATIN_LEGAL_FORMS` is what every match holds)."""
_CAPITALISED = re.compile("[A-Z][a-z]")
"""What every match of :data:`_LATIN_FIRM` holds."""


_HK_MARRIED_FIRST = frozenset("和由向及与于时")
"""Surname characters that also join words (和, 由, 向, 对于…的 → 于): before a three-character name they are the word, not a
husband's surname."""


def is_person_name(name: str) -> bool:
    """Whether ``name`` (two to four ideographs) reads as a personal name: a surname of the table and at most two
    more characters, or a compound surname and at least one, with no word of a body, place or clause after the
    surname."""
    if not _SHORT_CJK_NAME_RE.fullmatch(name):
        return False
    if name.startswith(COMPOUND_SURNAMES):
        return len(name) >= 3
    if name[0] not in SURNAMES or len(name) > 3:
        return False
    return not _PERSON_NAME_BREAKER_RE.search(name[1:])


def person_name_at_end(s: str) -> str | None:
    """The person name that ends ``s`` (…会议上李大文 → 李大文), trying four, three then two characters.

    Four characters are a name only with a compound surname (欧阳伯权) or as a Hong Kong married name, the
    husband's surname before the woman's own three-character name (叶刘淑仪, 陈方安生): cut to three they
    lose the surname the person is known by, and the header's member is then a stranger to the body.
    """
    if len(s) >= 4:
        four = s[-4:]
        if four.startswith(COMPOUND_SURNAMES) and is_person_name(four):
            return four
        if (
            four[0] in SURNAMES
            and four[0] not in _HK_MARRIED_FIRST
            and four[1] in SURNAMES
            and is_person_name(four[1:])
        ):
            return four
    for n in (3, 2):
        if len(s) >= n and is_person_name(s[-n:]):
            return s[-n:]
    return None


_QUOTE_THEN_PRODUCT = re.compile(rf"[{CJK}]{{0,8}}?(?:{'|'.join(PRODUCT_TAILS)}|药物|系统|机器人)")
_CUED_PRODUCT_KINDS = ("系统", "机器人", "支架")
"""Kinds after a quoted brand that also end names of government or business systems: only near a word of medicine."""
_BRAND = re.compile(rf"[{CJK}A-Za-z0-9\-]{{2,10}}")
"""The kind of product written right after a quoted brand (「某某速测」核酸检测试剂盒): the brand and the kind are
one product's name, as “春昇杯”医学创新人才大赛 is one event's."""
_COUNTED_KIND = re.compile(r"[一二三四五六七八九十两兩几幾多\d]+[项項个個家所间間条條类類批期]")
"""“A计划”和“B计划”两项计划: a count after the closing quote sums up the list; the kind it counts is no part
of the last name."""
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,30})[”\"」』]")
_SENTENCE_PUNCT_IN_QUOTE = re.compile(r"[，。；！？]")
_LIST_PUNCT = re.compile(r"[，。、]")
_TRAILING_LATIN_PAREN = re.compile(r"[（(][A-Za-z0-9\-]{2,12}[）)]$")
_COUNT_OR_DASH = re.compile(r"[—–]|[一二三四五六七八九十两几多][个大]")
_CJK_3_8 = re.compile(rf"[{CJK}]{{3,8}}")
_WORD_END_HEADS = frozenset(("委", "局", "厅", "署", "部"))
_NOT_WORD_END_NEXT = frozenset(("员", "部", "分", "长", "级", "属", "面", "办", "任", "聘", "派", "托", "署"))
"""Characters that continue a word begun by a one-character head (委员, 局部, 委任, 委托: 获政府委托 names 政府)."""
_HOLDING_NAME_HEADS = ("集团",)
"""Heads after which 控股 (otherwise the verb 'to hold', a stop word) belongs to the firm's name (X控股集团).
Measured: adding 有限公司 (X控股有限公司) gained one name on dev2-tune and cost one false name on dev2-check;
``_holding_firm`` (控股 then a trade and a legal form, no particle between) lifted dev2-check (s21k)."""


def _holding_firm(t: str, pos: int, head: int, end: int) -> bool:
    """某某控股有限公司, 某某控股生物技术有限公司: 控股 (holding) right before a firm's trade and legal form is a
    word of the firm's registered name, not the verb of one firm holding another (A控股的B公司)."""
    between = t[pos:head]
    return t.endswith("公司", 0, end) and len(between) <= 8 and not any(c in between for c in "的之及与和")


_VERBAL_HEADS = frozenset(("计划", "工程", "项目", "专项", "专项行动"))
_JOINED_SCHEME_VERBS = ("依托", "纳入", "加入")
"""Verbs whose quoted object is a scheme known by its short name (依托“X”, 纳入“X”, 加入“X”)."""
_SAID_A_SCHEME = re.compile(
    rf"是[{CJK}]{{0,16}}?(?:一项|一个|一项新|一个新)[{CJK}]{{0,8}}?(?:计划|项目|基金)(?=[，。；、,]|$)"
)
"""「某某」是创新及科技基金下的一项计划, “某某”是一个资助项目: the sentence says the quoted name is a scheme."""
_FUNDING_VERBS = ("资助", "支持", "拨款", "资金支持")
_FUNDED_MARKERS = ("获", "获得", "得到", "受", "受到", "获该")
_NAMED_MEASURE_WORDS = ("政策", "措施")
"""Words after a quoted short name that make it a policy (“港澳药械通”政策, 「某某通」措施)."""
_CALLED_A_SCHEME = re.compile(r"[，,]?(?:这|该|此)(?:项|个)?(?:计划|项目)")
"""“某某创新实验室”，这计划十分成功 / “某某加速器”，该计划…: the next clause calls the quoted name a scheme, whatever
its head word says (a lab or an accelerator run as a programme)."""
_NOUNS_ENDING_IN_STOPS = frozenset(("天使", "高等"))
"""Nouns of fund, firm and school names whose last character is a stop word on its own (使 'to make', the 等 of a
list's end in 高等 'higher': 某某大学高等研究院, 某某高等研究所)."""
_UNDER_HEADS = frozenset(("计划", "工程", "项目"))
_BUILDING_WORKS = ("扩建", "新建", "改建", "迁建", "院区")
"""Building acts and a new campus closing a 工程/项目 name (某某医院新院区项目, 某某厂扩建工程): work reports and
plans list such construction works of one facility by its name; the facility is the named thing, the works are
not a programme anyone joins or is funded by."""
_UNDER_OWNER = ("辖下", "属下", "旗下", "下")
_RUN_BY_MARKS = ("由",)
"""某某计划由某署推行, 某某工程由某委组织实施: the frame that names who runs the scheme the clause is about (是 was
tried: 某国的某某项目是… describes a kind as often as it names a scheme)."""
_CITING_WORDS = ("根据", "依据", "按照", "参与", "参加", "在", "受惠于")
"""Words after which a clause's object or frame is a scheme's name: 根据某某计划, 参与某某计划, 在某某计划下."""
_PLANNED_ACT_OPENERS = (
    "于",
    "在",
    "将",
    "与",
    "同",
    "把",
    "向",
    "到",
    "再",
    "会",
    "明年",
    "今年",
    "年内",
    "投资",
    "投入",
    "兴建",
    "建设",
    "设立",
    "推出",
    "进一步",
    "成立",
    "开设",
    "引入",
    "收购",
    "上市",
)
"""What the verb 计划 ('plans to') takes first (某某计划于明年上市, 某某计划在大埔设厂, 某某计划投资…): a doer's plan,
whatever the words before it."""
_ACTOR_END = re.compile(r"(?:[局署委部厅办府院校司处会所]|公司|集团|大学|中心|政府|我们|当局|本港|我国|我市|我省)$")
"""Last characters of a doer (医管局, 某某公司, 当局): the 计划 after one is the verb 'plans to'."""
_UNDER_A_SCHEME = ("下，", "下,", "下的", "下设", "名单")
"""某某计划下，… / 某某计划下的项目 / 某某计划下设 / 某某计划名单: what is run under a scheme or the list of those it
takes in — the head before 下 or 名单 is the noun (a verb 计划 takes an object: 计划下月开工)."""
_FUNDED_PROJECT = re.compile(r"(?:重大|重点|面上|青年|一般)?项目")
"""The project a known programme funds, written after its name (国家某某基金面上项目, 某某计划重点项目)."""
_SPECIAL_FUND_NOUNS = ("资金", "经费", "补助", "补贴", "奖励", "债")
"""What 专项 opens as a plain noun (专项资金, 专项经费, 专项债): earmarked money, not the head of a scheme's name."""
_AGENCY_ENDS = frozenset("局厅委部署办府")
"""Last characters of a government body's name (科学技术局, 财政厅, 人民政府): 专项资金 right after one is that body's
money (国家科技重大专项资金 keeps its programme)."""
_FUND_LEVELS = re.compile(r"^(?:(?:中央|省级|市级|区级|县级|各级|本级)?(?:财政)?|上级)")
"""A level of government and its treasury opening an earmarked fund's name (中央财政专项资金): what is left must
name the fund's field."""
_ALLOTTING_VERB = re.compile(r"(?<=.)(?:下达|拨付|拨出|划拨)$")
"""Verbs that hand out earmarked money (向某医院下达专项资金, 为某区拨付专项资金): a run ending in one right before
专项资金 is a clause about money (its taker and the act), no fund's name; with a field between (下达某产业专项资金)
the fund is named and the body and its act are cut off later."""


@lru_cache(maxsize=1)
def _project_kinds() -> tuple[tuple[str, bool], ...]:
    """(head, words may stand before it) from ``resources/names/project_kinds.tsv``: 项目, 专项."""
    return tuple((r[0], r[1] == "any") for r in _name_rows("project_kinds.tsv"))


def _kind_of_quoted_project(follow: str) -> bool:
    """The words after a quote end in a programme's kind (“X”项目, “X”航天科技项目, “X”专项), not its name's head."""
    return any(follow == head or (loose and follow.endswith(head)) for head, loose in _project_kinds())


def _named_project(inner: str) -> bool:
    """A quoted programme name before its kind (项目, 专项): four characters or more, without a head of its own (a
    quoted 某某工程 is found as that name), not a slogan counting sites (一轴一镇、两谷两区)."""
    return (
        len(inner) >= 4
        and lexicon.suffix_of(inner) is None
        and not _COUNT_OR_DASH.search(inner)
        and not _COUNTED_SITES.fullmatch(inner.replace("、", ""))
    )


_ACT_MARKED_HEADS = frozenset(("行动",))
_RUNNING_ACTS = ("实施", "开展", "启动", "推进", "推出", "组织开展")
"""Heads that make a programme name only right after the act that runs it (实施A行动和B计划, split at 和) or
inside a longer head (专项行动): on its own, 城市更新行动 / 智慧助老行动 / “光盘”行动 describe an activity.
Measured: as a plain head 行动 was right 2 times in 10 on seeds + dev2-tune."""
_AIM_GRADES = ("世界级", "世界一流")
"""Grades plans set as aims (打造世界级…产业基地, 建设世界一流…湾区): a span opening with one describes what is to be
built, it names nothing yet."""
_JUNK_HEADS = (
    "新版",
    "新建",
    "现有",
    "知名",
    "大型",
    "一批",
    "首批",
    "多家",
    "各",
    "该",
    "本",
    "此",
    "这",
    "其",
    "首届",
    "首个",
    "一个",
    "两个",
)
_SITED_KINDS = frozenset(("Park", "Platform", "Lab", "ResearchInstitute"))
_DISTRICT_REPEATED = re.compile(rf"(?:[{CJK}]{{2,3}}市)?([{CJK}]{{2}})区\1")


_PROMOTING_VERBS = ("推广", "推介", "宣传", "营销", "拓宽")
"""Verbs of promoting or widening a place (向海外推介某高新区, 宣传某科学城): the zone is their object, never a word of
its name, as 推广 is in an office's or a scheme's (投资推广署, 市场推广计划: heads other than a zone's)."""


def _after_promoting_verb(name: str) -> int:
    """海外推广东岭科学城, 赴港推介南湖高新区: a zone's name grown leftwards over a verb of promoting it starts after the
    verb, when the words after it are a name of their own (not only modifiers before the head: 投资推广重点园区 is one
    phrase). A bare head after the verb (拓宽园区生态圈, 推介园区) is the zone the text is about, no name: the start
    moves past the verb and the head alone is then refused as every bare head is. The offset of that start, 0 when
    the name holds no such verb."""
    for verb in _PROMOTING_VERBS:
        at = name.find(verb)
        if at < 0:
            continue
        rest = name[at + len(verb) :]
        suf = lexicon.suffix_of(rest)
        if suf is not None and (
            rest == suf.text or (len(rest) - len(suf.text) >= 2 and not only_modifiers(rest[: -len(suf.text)]))
        ):
            return at + len(verb)
    return 0


def _quoted_centre(core: str) -> bool:
    """「某某未来科技中心」正式开幕: a 中心 the writer quotes whole, with four or more words of its own that are not
    only a kind's modifiers, is one centre's name (a release announcing a facility quotes it), as a national one
    (国家…中心, 中国…中心) is unquoted; a short quoted goal (“科创中心”) stays a phrase."""
    if core.startswith(("国家", "中国")):
        return True
    own = core[:-2]
    return len(own) >= 4 and not only_modifiers(own)


def _district_then_own_name(name: str) -> int:
    """深圳市东岭区东岭生物医药加速器, 苏州市吴江区吴江X产业园: a district's full name, then a name that opens with
    the district's own short form; the site's name starts at that short form (the district before it says where
    the site is, as a place written flush before a name does). The offset of that start, 0 when the name is not so."""
    m = _DISTRICT_REPEATED.match(name)
    if m is None or len(name) - m.end() < 3:
        return 0
    district = name[m.start(1) : m.end(1) + 1]
    if not (_is_place(district) or lexicon.region_entry(district) is not None):
        return 0
    return m.end(1) + 1


_PROPER_WORD_TAGS = frozenset({"nz", "nt", "nrt", "nr"})
_UNIT_OF_ACADEMIC = re.compile(rf"[{CJK}]{{2,8}}(?:大学|学院|科学院|研究院)[{CJK}]{{2,10}}中心$")
"""清华大学概念验证中心, 某大学知识产权运营中心: a centre named after its university or academy is one unit of it,
as specific as a centre named after a place."""


def _agency_centre(name: str) -> bool:
    """科学技术部火炬高技术产业开发中心, 国家知识产权局专利局审查协作中心: a 中心 whose name opens with a government
    body the lexicon knows is that body's own unit, as its 分中心 and 审评中心 are: one Agency, however ordinary
    the words between (a bare 产业开发中心 is still a kind)."""
    if not name.endswith("中心"):
        return False
    return any(any(e.type == "Agency" for e in lexicon.entries_for(name[:k])) for k in range(len(name) - 4, 1, -1))


_DEMONSTRATIVES = frozenset("本该此这那各每其")
"""Stop characters that point at something (本校, 该所): inside a common noun (资本, 样本) they are no boundary."""
_ISSUING_LEVELS = ("国务院", "中共", "国家", "全国", "中华人民共和国", "省", "市")

EDITION = r"(?:首届|第[一二三四五六七八九十百\d]{1,4}届|(?:19|20)\d\d年?(?:第[一二三四五六七八九十\d]{1,3}届)?)"
"""首届, 第三届, 2024年, 2024年第五届: the edition organisers print before an event's name (resolve keeps the form
written with it as the event's alias)."""
EDITION_BEFORE = re.compile(EDITION + "$")

PLACE_COMMITTEES = ("省委", "市委", "区委", "县委", "州委")
"""A place's Party committee, the body a news item or a joint title names before the government (省委省政府)."""
_PARTY_COMMITTEES = PLACE_COMMITTEES + ("党委", "党工委")


def _after_party_committee(t: str, start: int, head_start: int) -> int:
    """省委省政府, 南湖区委区政府, 中共东岭市委东岭市人民政府: the Party committee and the government of a place are two
    bodies written side by side (news leads, joint titles without a space); a government's name never holds a
    committee, so it opens after the nearest one. 各级党委政府 leaves a bare 政府, too short to be kept."""
    for k in range(head_start, start + 1, -1):
        if t[max(start, k - 3) : k].endswith(_PARTY_COMMITTEES):
            return k
    return start


_JURISDICTION_OPENING = re.compile(
    rf"^(市|区|省|国家|中国|中共|中华人民共和国|国务院|全国|香港|澳门|[{CJK}]{{2,3}}(市|省|区|县))"
)
_LATIN_ABBREV_AFTER = re.compile(r"[（(][A-Z][A-Za-z\-]{1,10}[）)]")
_CLAUSE_PUNCT = re.compile(r"[，。；：、！？]")
_VAGUE_OPENINGS = (
    "各类",
    "各种",
    "相关",
    "有关",
    "其他",
    "主要",
    "这些",
    "该类",
    "一种",
    "多种",
    "新型",
    "国内外",
    "国际",
    "全球",
    "大型",
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CODE_OPENING = re.compile(r"[0-9]+[A-Za-z]+[+＋]")
"""A code of digits and letters joined by a plus (5G+, 4K+) opens a combined name, not a count."""


@lru_cache(maxsize=1)
def _programme_aims() -> tuple[str, ...]:
    from importlib import resources

    text = resources.files("policykg.resources").joinpath("names", "programme_aims.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(sorted(rows, key=len, reverse=True))


_FIRM_ENDS = ("公司", "集团")


def _firm_kind_before(t: str, start: int, name: str, generic: frozenset[str]) -> int:
    """Characters of ``name`` that end a generic kind of firm (上市公司, 龙头企业) standing before the firm's name.

    News writes the kind before the name (与上市公司X股份有限公司, 龙头企业Y集团); the scan may stop inside
    the kind (上市 reads as a verb) and keep its tail (公司X…). Part of the kind may lie before ``start``. A
    firm's own name never opens with a kind of firm, so the part that ends the kind is dropped when at least
    four characters of name remain.
    """
    tails = _firm_kind_tails(generic)
    for n in range(len(name) - 4, 1, -1):  # the longest tail first: at least two characters, four of name left
        for k, kind in tails.get(name[:n], ()):
            if k == 0 or (start >= k and t[start - k : start] == kind[:k]):
                return n
    return 0


@lru_cache(maxsize=4)
def _firm_kind_tails(generic: frozenset[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Tail of a kind of firm (its last two characters or more) → (characters of the kind before it, the kind),
    for every generic kind ending in 公司 or 企业 of at least three characters. Why: the name finder asks
    :func:`_firm_kind_before` for every firm's name it trims, and reading the whole generic list each time cost
    more than the rest of the trim; a name's prefixes are few and each is one lookup here."""
    out: dict[str, list[tuple[int, str]]] = {}
    for kind in sorted(generic):
        if kind.endswith(("公司", "企业")) and len(kind) >= 3:
            for k in range(len(kind) - 1):  # k characters of the kind before start, at least two inside the name
                out.setdefault(kind[k:], []).append((k, kind))
    return {tail: tuple(rows) for tail, rows in out.items()}


class Anaphor(NamedTuple):
    """A word pointing back to a body named just before it (``resources/names/anaphors.tsv``)."""

    word: str
    types: frozenset[str]
    endings: tuple[str, ...]
    span: int
    """How many characters of the word stand for the body (其 of 其母公司; the whole of 该公司)."""


@lru_cache(maxsize=1)
def anaphors() -> dict[str, Anaphor]:
    """The anaphor table, read once: the relation engine resolves the words, the name finder stops at them."""
    text = resources.files("policykg.resources").joinpath("names", "anaphors.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, types, endings = line.split("\t")[:3]
        ends = () if endings.strip() == "-" else tuple(e.strip() for e in endings.split(","))
        out[word] = Anaphor(
            word, frozenset(t.strip() for t in types.split(",")), ends, 1 if word[0] == "其" else len(word)
        )
    return out


@lru_cache(maxsize=1)
def _anaphor_words() -> tuple[str, ...]:
    """Words pointing back to a body named before (该所, 该院, 该中心), longest first. Before 与 they are the first
    partner (该所与Y医院共建): the name after 与 opens there, it does not swallow 所与 or 院与."""
    return tuple(sorted((w.strip() for w in anaphors() if w.strip()), key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_nouns() -> tuple[str, ...]:
    """Role words between an owner and a body's name (Y的全资子公司X), longest first."""
    text = resources.files("policykg.resources").joinpath("names", "role_nouns.tsv").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _doer_before(t: str, pos: int) -> bool:
    """A doer's head (某某集团, 某某大学, 医管局) ends at ``pos``: a 计划 right after it is the verb 'plans to' even
    before an adverb (某某集团计划已…, 某某大学计划加快…), so the adverb does not make it a scheme's name."""
    return _ACTOR_END.search(t[max(0, pos - 4) : pos]) is not None


def _predicate_openers() -> tuple[str, ...]:
    """Words that open a predicate (加快, 积极, 开工 …): after a programme head they show it is the clause's subject."""
    from importlib import resources

    text = resources.files("policykg.resources").joinpath("names", "predicate_openers.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=1)
def _drug_stem_table() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]]:
    """``drug_stems.tsv``: ending → least length of the name up to it, the pattern of a stem with an optional
    salt and dosage form after it (longest alternatives first), and the pattern of a name opened by a prefix
    stem (rows written 头孢-): the prefix, one to four letters, an optional salt or ester, then a dosage form
    or a boundary (a comma, 、, 和, 等 …) — a prefix has no ending to anchor the name on; and the prefixes."""
    from importlib import resources

    text = resources.files("policykg.resources").joinpath("names", "drug_stems.tsv").read_text(encoding="utf-8")
    stems: dict[str, int] = {}
    prefixes: list[str] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            stem = cells[0].strip()
            if stem.endswith("-"):
                prefixes.append(stem[:-1])
            else:
                stems[stem] = int(cells[2])
    alt = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    forms = "|".join(map(re.escape, DOSAGE_FORMS))
    pattern = re.compile(rf"(?P<stem>{alt})(?:[钙钠钾镁锌]?(?:{forms}))?")
    prefix = None
    if prefixes:
        pre = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
        prefix = re.compile(
            rf"(?:注射用)?(?:{pre})(?P<body>[{CJK}]{{1,4}}?)"
            rf"(?:[钙钠钾镁锌酯]?(?:{forms})|[钙钠钾镁锌酯]?(?=[，。、；：,;:（）()\s和与及或等的]|$))"
        )
    return stems, pattern, prefix, tuple(prefixes)


def _trim_leading_predicate(t: str, start: int, head: int, min_word: int = 1) -> int:
    """Move ``start`` past verbs, adverbs and function words that open the grown stretch (会继续采购新冠疫苗 →
    新冠疫苗): descriptive product names are grown over a whole clause when nothing stops them. Drugs' names
    fall apart into single characters the dictionary tags at random, so for them only words of ``min_word``
    characters or more are trimmed (供应莫纳皮拉韦胶囊)."""
    pos = start
    for w in lexical.cut(t[start:head]):
        if len(w) >= min_word and lexical.tag(w) in _PREDICATE_TAGS and w not in ("检测",):
            pos += len(w)
            continue
        break
    return pos


def leading_predicate_end(t: str, start: int, head: int) -> int:
    """Where the verbs, adverbs and function words that open ``t[start:head]`` end (see
    :func:`_trim_leading_predicate`): for other components that judge a stretch before a head word."""
    return _trim_leading_predicate(t, start, head)


def _aim_before(t: str, pos: int) -> str:
    """The word of aim (提升) that ends right before a programme head at ``pos``, or ''."""
    return next((w for w in _programme_aims() if t.endswith(w, 0, pos)), "")


_CPPCC_OPENINGS = ("政协", "中国人民政治协商会议")
"""政协十四届广州市委员会: a local CPPCC committee is named by 政协 and its term before the place (a proposal reply
cites it in its title); the place inside is no jurisdiction that opens the name, and cut there the place's 委员会
reads as the Party's."""


_YOUTH_LEAGUE = re.compile(r"(?<![集社军师旅营乐剧兵])(?:共青)?团(?:中央|[省市区县]委)(?!员)")
"""团市委, 团省委, 共青团中央: the Communist Youth League's committee of a level, listed with the departments a
reply consulted or a campaign's organisers; without 团 the span reads as the Party's 市委."""


_NATIONAL_ONLY_OPENINGS = ("国家", "国务院", "全国", "中国", "中华", "中共", "中央", "党中央")
_NATIONAL_ONLY_HEADS = ("部", "总局", "署", "行", "国办")
"""A ministry (部), a general administration (总局), 审计署 or the central bank has no provincial body of that name
(the province's is a 厅 or a branch), so 省 before such a short form is no province's body."""
_NOT_ONE_PROVINCE = frozenset("各全外每两该他")
"""各省药监局, 全省发展改革系统, 外省: 省 after these is every province, the whole province or another one."""


def _verb_before_level(name: str) -> bool:
    """商|省委组织部, 经|省政府, 向|市委办公厅: one character before a level word that opens an agency's name is the
    clause's verb or preposition (a name grown over it opens with no jurisdiction), not the name's first word."""
    return (
        len(name) >= 5
        and name[1] in "省市"
        and name[2] != "级"  # 副省级市: a tier of cities, not a verb before one
        and name[0] not in _NOT_ONE_PROVINCE
        and name[0] not in "城本上都股超门集夜"  # 城市, 本市, 上市: a word ending in the level character
        and name[1:].startswith(JURISDICTION_STARTS)
    )


_PROVINCE_LEVELS = ("自治区", "省")
"""The words of a province's level written alone before its department (省发展改革委; 自治区发展改革委 in Guangxi,
Ningxia, Xinjiang, Tibet or Inner Mongolia, whose replies name their own bodies so)."""


def _provincial_counterpart(t: str, start: int, surface: str, e: lexicon.LexEntry) -> int:
    """Length of the province's level word (省, 自治区) written before a national body's short form without its 国家
    (省发展改革委, 自治区发展改革委, 省药监局), else 0: each province keeps a body of that name, and a provincial
    reply or news item names it so; the known national entry would take the province's body for the ministry."""
    level = next((w for w in _PROVINCE_LEVELS if t.endswith(w, 0, start)), "")
    if (
        level
        and not e.jurisdiction
        and surface != e.name
        and not surface.startswith(_NATIONAL_ONLY_OPENINGS)
        and not surface.endswith(_NATIONAL_ONLY_HEADS)
        and t[start - len(level) - 1 : start - len(level)] not in _NOT_ONE_PROVINCE
    ):
        return len(level)
    return 0


def _mandate_before(t: str, pos: int) -> int:
    """Length of a ministry's mandate (住房和城乡建设, 市场监督管理) ending at ``pos``, else 0."""
    for core in _mandates_ending_in().get(t[pos - 1 : pos], ()):
        if t.startswith(core, pos - len(core)):
            return len(core)
    return 0


@lru_cache(maxsize=1)
def _mandates_ending_in() -> dict[str, tuple[str, ...]]:
    """Mandates by their last character, longest first: the left boundary asks at every head word."""
    out: dict[str, list[str]] = {}
    for core in lexicon.mandates():
        out.setdefault(core[-1], []).append(core)
    return {k: tuple(v) for k, v in out.items()}


def _inside_mandate(t: str, pos: int, word: str) -> bool:
    """The coordinator ``word`` at ``pos`` belongs to a mandate written in the text (发展和改革)."""
    return any(t.startswith(core, pos - k) for core, k in _mandates_holding(word))


_JOINT_BODY_AFTER_PLACE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:合作|联合)(?:联合)?(?:委员会|联席会议|工作小组|专责小组|实验室|研究中心|研究院)$"
)
"""What follows the second place in the name of a body two places run together (科技合作委员会, 联合实验室): a field
at most, the word of joint work, then the body's head, with no verb between (合作建设科技园 is a clause)."""


def _joint_body_of_places(t: str, at: int, after: int, end: int) -> bool:
    """The 与 at ``at`` joins two places that open the name of a body they run together (内地与香港科技合作委员会,
    上海与香港联合实验室), not a partner of the clause before: a place ends right before 与, another starts right
    after it, and the rest up to the head is a field and 合作/联合 (:data:`_JOINT_BODY_AFTER_PLACE`)."""
    if not any(at - k >= 0 and lexicon.region_entry(t[at - k : at]) is not None for k in (4, 3, 2)):
        return False
    place = next((k for k in (4, 3, 2) if lexicon.region_entry(t[after : after + k]) is not None), 0)
    return bool(place) and _JOINT_BODY_AFTER_PLACE.match(t, after + place, end) is not None


_MANDATES_HOLDING: list = [None, {}]
"""The mandate table the index below was built from, and word → (mandate, offset of the word in it)."""


def _mandates_holding(word: str) -> tuple[tuple[str, int], ...]:
    """Each mandate holding ``word``, with every offset the word stands at in it. Why: the left boundary asks
    :func:`_inside_mandate` at each coordinator it meets, and reading the whole mandate table each time cost more
    than the rest of the scan; the mandates holding a given word are few."""
    table = lexicon.mandates()
    if _MANDATES_HOLDING[0] is not table:
        _MANDATES_HOLDING[:] = [table, {}]
    index: dict[str, tuple[tuple[str, int], ...]] = _MANDATES_HOLDING[1]
    found = index.get(word)
    if found is None:
        rows = []
        for core in table:
            k = core.find(word)
            while k >= 0:
                rows.append((core, k))
                k = core.find(word, k + 1)
        found = index[word] = tuple(rows)
    return found


def _whole_name_after_quote(inner: str, follow: str, suf: lexicon.Suffix) -> bool:
    """“花落”东岭高新区, “牵手”南湖科学城: news quotes a figurative word of the clause (a verb of settling or joining)
    right before the place it acts on; when the words after the quote open with a place and run to a head word of
    their own (or are a name the lexicon knows), they are a whole name, and the quoted word (no place itself) is
    no part of it. The head-word finder reads that name on its own, up to the closing quote mark."""
    if len(inner) > 3 or _starts_with_place(inner) or lexicon.region_entry(inner) is not None:
        return False
    core = follow[: len(follow) - len(suf.text)]
    return len(core) >= 2 and (_starts_with_place(core) or bool(lexicon.entries_for(follow)))


def _host_of_expo(t: str, s0: int) -> int:
    """上海国际碳博会, 澳门国际车博会: a short expo name (碳博会) is opened by the host place and 国际 when they stand
    right before it; the place and 国际 are the name's own (碳博会 alone is its short form)."""
    if t[s0 - 2 : s0] != "国际":
        return s0
    for n in (3, 2):
        if s0 - 2 - n >= 0 and _is_place(t[s0 - 2 - n : s0 - 2]):
            return s0 - 2 - n
    return s0


_DEICTIC_OPENERS = frozenset("我本该此其各全")
"""我国“973”计划, 本市“X”平台: a place pointed at from the text's own side is no part of the name that follows."""


@lru_cache(maxsize=1)
def _party_chars() -> frozenset[str]:
    text = resources.files("policykg.resources").joinpath("names", "partner_chars.tsv").read_text(encoding="utf-8")
    return frozenset(line[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def party_run(s: str) -> bool:
    """``s`` opens with three or more one-character names of kinds of party (政产学研, 政医企研金) that together
    are no dictionary word: a slogan of cooperation between kinds, not a name."""
    chars = _party_chars()
    n = 0
    while n < len(s) and s[n] in chars:
        n += 1
    return n >= 3 and lexical.tag(s[:n]) is None


THEME_PLUS = re.compile(r"[+＋](?=\S)")
"""“5G+工业互联网”园区, “体育+商业”联动项目: two fields joined by a plus name a theme that many parks and projects
take up, not one of them (a trailing plus, “智能机器人+”行动, is a campaign's own name and is kept)."""


def _place_before(t: str, pos: int) -> int:
    """Length of the place or region (长三角, 上海市) that ends right at ``pos``, 0 if none: 长三角“丝路”综合服务
    平台 is the Yangtze delta's platform, the place before the quote opens its name."""
    for k in (5, 4, 3, 2):
        s = t[max(0, pos - k) : pos]
        if len(s) == k and s[0] not in _DEICTIC_OPENERS and (_is_place(s) or lexicon.region_entry(s) is not None):
            return k
    return 0


def place_before(t: str, pos: int) -> int:
    """Length of the place that ends right at ``pos`` (0 if none), for the decide step's boundary checks."""
    return _place_before(t, pos)


def _level_word_at(t: str, pos: int) -> bool:
    """The level character at ``pos`` opens a word of its own (争取|省政府, 报请|市政府), not the tail of one (城市,
    各区, 县区) nor a level after a word that makes it every place's (所在|市政府, 各|省政府) or a place's own (宿迁|市)."""
    if pos == 0:
        return True
    prev_char = t[pos - 1]
    if not ("\u4e00" <= prev_char <= "\u9fff"):
        return True
    if prev_char in "各全本该每两分省市区县":
        return False
    words = lexical.cut(t[max(0, pos - 6) : pos + 3])
    at = max(0, pos - 6)
    prev = ""
    for w in words:
        if at == pos:
            return prev not in _NOT_BEFORE_LEVEL and not _is_place(prev)
        if at > pos:
            return False
        prev, at = w, at + len(w)
    return False


def _level_before(t: str, pos: int) -> int:
    """1 when a level word standing alone (省, 市) ends at ``pos``: 省“十四五”规划纲要 and 市“十四五”规划 are the
    province's and the city's own plans, named by level as 省政府 is (not 全省, 本市, 城市, whose 省/市 is part of a
    longer word)."""
    if t[pos - 1 : pos] not in ("省", "市"):
        return 0
    words = lexical.cut(t[max(0, pos - 5) : pos])
    return 1 if words and words[-1] in ("省", "市") else 0


def _is_place(s: str) -> bool:
    from policykg.extract.components.gazetteer import places

    return s in places()


def _starts_with_place(name: str) -> bool:
    """The name opens with a province, city, district or country from the place tables."""
    from policykg.extract.components.gazetteer import places

    table = places()
    return any(name[:k] in table for k in range(2, min(8, len(name)) + 1))


def _opens_with_known_zone(name: str, head_len: int) -> bool:
    """The agency's name opens with a zone the lexicon knows or a name ending in a zone's head word (东岭高新区经济
    发展局, 南湖合作区投资促进局): a zone has its own administration, whose departments are named after it as a
    city's are after the city."""
    for k in range(len(name) - head_len - 2, 1, -1):
        if any(e.type == "Park" for e in lexicon.entries_for(name[:k])):
            return True
        suf = lexicon.head_of_whole_name(name[:k])
        if suf is not None and suf.type == "Park":
            return True
    return False


_HOSTED_TYPES = frozenset(("University", "Lab", "ResearchInstitute", "Park", "Platform", "Company"))
_PLACED_TYPES = frozenset(("University", "Park", "Platform", "Company"))
"""Names a place in brackets completes: a university's campus (X大学（珠海）), one site of a national base that
several cities host (国家生物产业基地（武汉）, X医药产业基地（坪山）), a centre's seat in one city of a bay area
(X创新驱动中心（香港）) and a firm's or fund's vehicle in one city (X资本（南湖）, X医药（东岭）): the bracket tells
that site or vehicle from the others of the same name."""
_HOST_IN_BRACKETS = re.compile(rf"[（(]([{CJK}]{{2,12}})[）)]")
_HOST_HEADS = ("大学", "学院", "医院", "研究院", "研究所")


# Patterns used inside the functions above, compiled once at import (not looked up in
# the ``re`` cache on every call: these run per mention, per sentence or per line).
_PLAN_HEAD = "规划"
_PLANNED_ACTS = ("建设", "布局", "选址")
"""规划建设, 规划布局: 规划 joined to the act it plans is a verb (推动“某某基地”规划建设), not the head of a plan's name."""

_BOOK_TITLE_RE = re.compile(r"《([^《》\n]{2,80})》")
_TRANSMITTAL_TAIL = re.compile(r"^的(?:通知|决定|批复|函)$")
_NESTED_BOOK_TITLE_RE = re.compile(r"《([^《》\n]{2,60}《[^《》\n]{2,80}》[^《》\n]{1,40})》")
_CONTACT_PERSON_RE = re.compile(rf"(?:联系人|联系人姓名|经办人|签发人)[：:]\s*([{CJK}]{{2,4}})")
_SHORT_CJK_NAME_RE = re.compile(rf"[{CJK}]{{2,4}}")
_PERSON_NAME_BREAKER_RE = re.compile(
    r"[市省区县局委院所部的了和与及在是为有等新各该本]|[一二两三四五六七八九十几数每][名位个]"
)
"""What ends or interrupts a given name: a word of a body or a place, a function word, or a count before a title
(由一名主任, 另一位教授: a number and its measure word, no name)."""
_PRODUCT_KIND_WORD_RE = re.compile(r"[式型款种类]")
_PRODUCT_CLASS_WORDS = (
    "类",
    "剂",
    "新药",
    "仿制药",
    "原研药",
    "口服药",
    "靶向药",
    "抗癌药",
    "生物药",
    "化学药",
    "中成药",
    "药物",
    "药品",
    "产品",
)
"""Words that end a class before a product's name (创新药瑞沃替尼片, 一类, 抑制剂, 靶向药物X): the name starts
after them. 药 alone is not one: it is part of names such as 云南白药胶囊."""
_DRUG_CLASS_WORDS = ("人源", "中和", "特异", "嵌合", "抗体", "靶向", "长效", "重组")
"""Words that describe a kind of medicine (全人源单抗, 新冠中和单抗, 双特异性单抗, 长效胰岛素…): a stem after them
ends a class, not an approved name, which is made of transliteration syllables."""
_NOT_AFTER_DRUG = frozenset("类县区市镇乡村路街")
"""After a stem these show a class (他汀类) or a place's name (西林县), not a drug."""
_PREDICATE_TAGS = frozenset({"v", "vn", "d", "p", "c", "r", "u", "ad", "vd"})
_GENERIC_PRODUCT_PREFIX_RE = re.compile(r"^(创新|新型|国产|生物|医疗|心脏|血管|冠脉|药物|新冠|疫苗)")
_QUANTITY_OR_PARTICLE_RE = re.compile(r"[一两几若多]批|等|的")
_UNNAMED_POLICY_START = re.compile("相关|有关|其他|其它|各|该|每")
"""修订相关人才项目和经费管理办法, 制定有关实施细则: a determiner opens a description of documents still to be
written (each body's own), not the name of one policy."""
_ENUM_ITEM = rf"[{CJK}A-Za-z]{{2,8}}"
_COMPANY_ENUMERATION_RE = re.compile(
    rf"(?:企业如|公司如|企业包括|公司包括|领域的)((?:{_ENUM_ITEM}、)*{_ENUM_ITEM}?)(?=[，。；]|等[，。；])"
)
_ROUND_RAISER = re.compile(
    r"(?:公司|平台|企业|研发商|服务商|提供商|制造商|开发商|运营商)"
    r"(?:[“\"「](?P<q>[\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"」]|(?P<n>[\u4e00-\u9fff]{2,6}?))"
    r"(?=(?:[（(][^（）()，,。]{0,60}[）)])?(?:已经|已|近日|日前|正式|成功|顺利|宣布)*"
    r"(?:(?:完成|获得)了?[^，,。；;]{0,20}?融资|的[A-Za-z0-9\u4e00-\u9fff]{0,6}轮融资))"
)
"""The kind of firm, its short name (quoted or bare) and the round it raised (平台甲乙宣布完成B轮融资, 公司甲乙的C轮融资)."""
_ROUND_VERB = re.compile(alternation(ROUND_WORDS["verb"] + ("参与",)))
"""What the investors listed before it do in a round (参与 only where the clause names a round: 融资)."""
_ROUND_TAIL = re.compile(rf"(?:{alternation(ROUND_WORDS['adverb'] + ('等',))})+$")
_ROUND_SPLIT = re.compile(r"、|以及|[和及与]")
_ROUND_ROLE = re.compile(
    alternation(
        ROUND_WORDS["old-shareholder"] + ROUND_WORDS["shareholder"] + ("投资方", "投资人") + ROUND_WORDS["role"]
    )
)
"""A role written before an investor's name in a round's list (老股东某某资本)."""
_ROUND_ITEM = re.compile(rf"[{CJK}A-Za-z][{CJK}A-Za-z ]{{1,15}}")
_INVESTOR_LIST_CUE = re.compile(
    rf"(?:{alternation(_INVESTOR_WORDS + ('合伙人', '出资方'))})(?:分别)?(?:为|如|包括)[:：]?"
)
"""The word for a round's or a fund's investors or partners and a verb of being, before the list of them."""
_INVESTOR_LIST_END = re.compile(r"[，,。；;：:！？\n]|等")
_INVESTOR_LIST_LAST = re.compile(r"以及|[和及]")
_INVESTOR_NOTE = re.compile(
    rf"[（(](?:[^（()）]*\d[^（()）]*|{alternation(ROUND_WORDS['verb'] + ('联合领投',))})[)）]$"
)
"""A note after an investor's name: its part in the round (领投) or a count of its deals (5起)."""
_INVESTOR_ITEM = re.compile(rf"[{CJK}A-Za-z][{CJK}A-Za-z ]{{1,20}}(?:[（(][{CJK}]{{2,4}}[)）])?")
"""An investor's short name, maybe with a place in brackets (某某(中国))."""
_COMPANY_CUE_RE = re.compile(r"企业|公司|药企|上市|药厂")
_FUNCTION_WORD_RE = re.compile(r"[的了是在有和与及或为将对从以等]")

_BODY_ENDS = _AGENCY_ENDS | frozenset("会室")
"""Last characters of an agency's head word (局, 委员会, 办公室)."""
