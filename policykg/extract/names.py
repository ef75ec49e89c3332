"""Find name mentions in normalised text: lexicon hits, 《titles》, quoted names, suffix heads.

Segmenters are too slow for the corpus and cut names at 和/（）, so the finder
works with an Aho-Corasick scan over the lexicon plus regular expressions: a
name is found from its head word (医院, 研究院, 平台, 委员会 …) and grown to the
left until a boundary (punctuation, digits, verbs, function words). Candidates
overlap; the longest wins, so 中科院上海药物所 beats 中科院 and a suffix name
that swallows a known agency (香港中文大学（深圳）大湾区…中心) beats the agency.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from policykg.extract import lexical, lexicon
from policykg.extract.lexicon import LexEntry

CJK = "\u4e00-\u9fff"
NAME_CHAR_RE = re.compile(rf"[{CJK}A-Za-z0-9·（）()\-]")


def _name_rows(name: str) -> list[list[str]]:
    """The rows of ``resources/names/<name>`` split at tabs, without blank lines and ``#`` comments."""
    text = resources.files("policykg.resources").joinpath("names", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _stop_words() -> tuple[str, ...]:
    """The words of names/stop_words.tsv (several to a line), longest first."""
    text = resources.files("policykg.resources").joinpath("names", "stop_words.tsv").read_text(encoding="utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


STOP_WORDS = _stop_words()
"""Words that cannot sit inside a name: where the leftward scan stops (see the table for why each group is there)."""


def _round_words() -> dict[str, tuple[str, ...]]:
    """The words of names/round_words.tsv by kind (verb, investor, house, shareholder, …), in the table's order."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _name_rows("round_words.tsv"):
        out[row[1]] = out.get(row[1], ()) + (row[0],)
    return out


ROUND_WORDS = _round_words()
"""The vocabulary of a financing round's news by kind, shared by the name finder and the round relation form."""


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regular-expression alternation (no group)."""
    return "|".join(map(re.escape, words))


def _legal_forms(script: str) -> tuple[str, ...]:
    """The legal forms of names/legal_forms.tsv written in ``script`` (zh or latin), longest first, so that an
    alternation of them tries 股份有限公司 before 有限公司 and Ltd. before Ltd."""
    forms = [row[0] for row in _name_rows("legal_forms.tsv") if row[1] == script]
    return tuple(sorted(forms, key=len, reverse=True))  # a stable sort keeps the table's order among equals


LEGAL_FORMS = _legal_forms("zh")
"""The endings of a registered firm's Chinese name (股份有限公司, 有限公司, 株式会社 …), one list for every reader."""
LATIN_LEGAL_FORMS = _legal_forms("latin")
"""The endings of a firm's registered Latin name (Limited, Holdings) and of an investment house's (Capital, Ventures)."""


_MAKING_VERBS = ("研发", "研制", "开发", "生产", "合作")
"""Verbs of making a product (and 合作 of 合作研发): the stretch grown leftwards from a product's head holds the clause
before them when no stop word ends it (A与南湖大学合作研发|瑞康替尼片), and the name starts after the last one."""
_ADVERB_BEFORE_PARTNER = frozenset("已将正还也均曾并直亦会别")
"""Last characters of the adverbs before 与 (已与, 将与, 一直与, 亦会与, 分别与 before a list of partners): the name
after them starts after 与."""
_ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}[条章节款]")
"""The number of an article, chapter or section of a law, regulation or plan, which opens its line."""
_FIRM_END = re.compile(rf"(?:{alternation(LEGAL_FORMS)})(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?")
"""A registered firm's legal form: a name grown leftwards from a later head stops after it."""
_BRANCH_HEADS = frozenset(("分公司", "子公司", "分行", "支行", "办事处", "代表处", "分院", "分中心", "分所", "分部"))
"""Heads of units that a firm's full name opens (X有限公司北京分公司): these grow through the legal form."""
_HALL_KINDS = (
    "展示",
    "展览",
    "展",
    "陈列",
    "会议",
    "宴会",
    "音乐",
    "报告",
    "演讲",
    "接待",
    "多功能",
    "大",
    "餐",
    "贵宾",
)
"""Words that make 厅 a hall (展示厅, 会议厅, 大厅) rather than a provincial department (科技厅)."""

_BANK_BRANCH_HEADS = frozenset(("分行", "支行"))
"""Heads of a bank's branch: a central bank's branch (a known agency's name before the place) is an agency too."""


def _opens_with_known_agency(name: str, head_len: int) -> bool:
    """``name`` opens with a name the lexicon knows as an agency, before a place and the branch head of
    ``head_len`` characters (中国人民银行|东岭|分行)."""
    return any(
        e.type == "Agency" for k in range(len(name) - head_len - 2, 3, -1) for e in lexicon.entries_for(name[:k])
    )


_WORKING_BODY_HEADS = frozenset(("领导小组", "工作小组", "专责小组", "督导小组", "工作组"))
"""Heads of a body set up for one task: its name says the task as a noun and 建设 (大湾区建设领导小组,
国际科技创新中心建设专责小组, 自贸试验区建设工作组), so the 建设 before the head is the name's, not a verb."""

_ADVERB_TAGS = frozenset(("d", "ad", "t", "p", "r"))
"""jieba tags (adverb, adverbial adjective, time, preposition, pronoun) of a word that leads into 与 from outside a
name: :func:`_adverb_before_partner`."""
_CLAUSE_OPENING_MARKS = frozenset("，,；;：:。、")
"""Marks after which a 与 opens a clause (…模式，与Y医院共建): the subject is the clause before, Y opens the name."""
_ADVERB_WORDS_BEFORE_PARTNER = frozenset(("继续", "主动", "首次", "分别", "紧密", "密切", "广泛", "携手"))
"""Words of manner before 与 whatever jieba tags them (继续与 and 携手与 verbs, 主动与 b, 紧密与 a): whole words, where
:data:`_ADVERB_BEFORE_PARTNER` holds the last characters of the adverbs the leftward scan stops at."""


_VERBS_BEFORE_PARTNER = frozenset(
    ("加强", "深化", "扩大", "拓展", "拓宽", "推进", "推动", "促进", "巩固", "密切", "加深", "保持", "强化")
    + ("宣布", "表示", "透露", "决定", "计划", "同意", "探索", "寻求", "期待", "希望", "愿意", "欢迎", "争取")
)
"""Verbs of policy prose that take a partner through 与 (加强与Y的合作, 深化与Y的交流, 支持与Y合作), and verbs of
news that announce, plan or seek a tie with a partner (X今日宣布与Y合作, 寻求与Y合作): 与 right after one of them
opens the partner's name; no body's name holds one of these verbs before a 与."""


_DATE_BEFORE = re.compile(r"[0-9０-９]{1,4}\s?(?:年|月|日|号)(?:底|初|中|末|份)?\Z")
"""A date written in digits right before 与 (2020年, 5月12日, 2019年底): news dates an agreement this way."""


def _adverb_before_partner(t: str, k: int) -> bool:
    """The word before the 与 at ``k`` is an adverb, a time, a preposition or a pronoun (去年与, 积极与, 再次与, 通过与,
    继续与, 其与 for a body named before):
    与 opens the partner after it, it does not join two words of one name (脑与认知科学, 工程与物理科学)."""
    if _DATE_BEFORE.search(t, max(0, k - 12), k):
        return True  # 于2020年与Y签约, 5月12日与Y: a date, like 去年, says when; it ends no name
    words = lexical.cut(t[max(0, k - 6) : k])
    if not words:
        return False
    last = words[-1]
    return last in _ADVERB_WORDS_BEFORE_PARTNER or last in _VERBS_BEFORE_PARTNER or lexical.tag(last) in _ADVERB_TAGS


def _titled_person_before(t: str, k: int) -> bool:
    """校长王某某与某公司, 董事长李某和某集团: a person named after a title ends right before the conjunction at
    ``k``; the name after it is the partner, not a continuation of the person's phrase."""
    name = person_name_at_end(t[max(0, k - 4) : k])
    if name is None:
        return False
    return t[max(0, k - len(name) - 5) : k - len(name)].endswith(titles_before_names())


@lru_cache(maxsize=1)
def titles_before_names() -> tuple[str, ...]:
    """The titles of :data:`PERSON_TITLES` and of ``resources/names/person_titles.tsv`` (总经理, 首席执行官…): the
    table is the one the person finder reads (components/people.py, which imports this module, hence read here)."""
    text = resources.files("policykg.resources").joinpath("names", "person_titles.tsv").read_text(encoding="utf-8")
    table = [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict.fromkeys([*PERSON_TITLES, *table]))


_SELF_PRONOUNS = frozenset("我本贵")
_ONE_CHARACTER_BODIES = frozenset("局委厅办院校所司署部会")


def _self_reference(t: str, k: int) -> bool:
    """我局与Y产业园, 本院和Y大学, 贵司与Y公司, 本委与Y大学: a body named by a pronoun (how replies and letters name
    the writer's or the reader's own body: a pronoun and a one-character body word, or one of the resolver's
    self-references) ends right before the conjunction at ``k``: the first partner is that body, and the name
    after the conjunction opens there."""
    from policykg.extract.resolve import SELF_REFS

    if k >= 2 and t[k - 2] in _SELF_PRONOUNS and t[k - 1] in _ONE_CHARACTER_BODIES:
        return True
    return any(SELF_REFS.fullmatch(t, k - n, k) for n in (2, 4) if k >= n)


def _lone_tong(t: str, k: int) -> bool:
    """The 同 at ``k`` is a word of its own (the preposition: 同Y公司签约), not the opening of one (同仁堂, 同济,
    同意, 同学会)."""
    words = lexical.cut(t[k : k + 8])
    return bool(words) and words[0] == "同"


_HEALTH_TRADES = ("生物", "医药", "基因", "药业", "制药", "医疗", "科技")
"""The lines of business of the life-science firms this tool reads, as the last word of a short trade name written
without 公司 or 集团 (甲乙医疗, 丙丁生物). The finders below widen it where their context allows (see each)."""
_FIRM_TRADES = (*_HEALTH_TRADES, "诊断", "创投", "资本", "控股", "电子")
"""The trade words a firm's short name ends in (甲乙科技, 丙丁创投) in a list of known bodies, where the list itself says
the item is a body, so a finance or holding word is safe too."""
FIRM_TRADES = frozenset(_FIRM_TRADES)
"""The same trade words as a set, for the checks that ask whether a word is one (decide: coined names in lists)."""
_ARM_TRADES = frozenset((*_HEALTH_TRADES, "诊断", "创投", "资本", "健康"))
"""Lines of business a group names an arm by (甲医疗, 甲健康, 甲资本): the known brand and the trade are one firm."""

_TRADE_NAME_BEFORE = re.compile(rf"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{{2,4}})(?:{'|'.join(_HEALTH_TRADES)})$")
"""A short trade name (2–4 ideographs and a line of business: 某某医疗, 某某生物) that opens its clause; only the
health trades, since a clause-opening 某某资本 or 某某控股 is as often a kind of money as a firm."""


_FIELD_OPENINGS = ("中", "生物", "化学", "西")
"""Last characters before a trade word that make the pair a field (中医药, 生物医药, 西药), not a firm's line."""


def _trade_name_before(t: str, k: int) -> bool:
    """The 与 at ``k`` follows a short trade name that opens the clause (某某医疗与Y医院签约, 某某生物与Y大学共建): the
    firm is the first partner and the name after 与 opens there. Why: news names firms by trade names without a
    legal form, and a hospital or university known by a short name (某山医院) has no place before it to stop the
    leftward scan, so the two partners were read as one hospital. A name that holds 与 (生物与医药学院) has a
    school or a field before it, not a trade name opening a clause."""
    m = _TRADE_NAME_BEFORE.search(t, max(0, k - 8), k)
    if m is None:
        return False
    core = m.group(1)
    return not (
        core.endswith(_FIELD_OPENINGS)  # 中医药, 生物医药: a field, not a trade
        or only_modifiers(core)
        or lexicon.suffix_of(core) is not None
        or core in lexicon.region_prefixes()
        or any(_stop_before(core, j, 0) for j in range(1, len(core) + 1))
    )


_PARTNER_VERBS_AFTER_FIRM = frozenset(("联合", "携手", "牵手", "联同", "伙拍"))
"""Verbs by which a firm named right before them brings in the partner named after them (某某生物联合Y医院)."""


_LATIN_NAME_BEFORE = re.compile(r"(?:^|[^A-Za-z0-9&.\- ])([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*)\s?$")
"""A body's Latin name (Acme, BioNTech, Acme Biotech): capitalised words, right before a conjunction."""


def _latin_name_before(t: str, k: int) -> bool:
    """The conjunction at ``k`` follows a Latin name written as a proper name (a capital and a lower-case letter:
    Acme与Y医院签约): that body is the first party, and the name after the conjunction opens there. Why: foreign
    firms keep their Latin names in Chinese news, and a hospital known by a short name after them has no place
    before it to stop the leftward scan. An acronym (AI与大数据研究院, 5G与…) is a field that opens a name."""
    m = _LATIN_NAME_BEFORE.search(t, max(0, k - 30), k)
    return m is not None and len(m.group(1)) >= 3 and any(c.islower() for c in m.group(1))


COORD_STOPS = ("和", "与", "及", "以及", "或")
"""Conjunctions that end a name only when a name ends right before them (脑与认知科学… keeps its 与)."""

LEADING_JUNK = re.compile(
    r"^(?:[0-9]+|[一二三四五六七八九十两几多数若干首全各该本此这其])?"
    r"(?:年|月|日|家|个|所|批|项|款|类|期|届|座|位|名|次|大|级|型)?"
    r"(?:新版|新建|现有|知名|大型|重点|一流|世界级|国家级|省级|市级|区级)?"
)

MEASURE_PREFIX = re.compile(r"^(?:年度|[年月日家个所批项款类期届座位名次余多])+")

PERSON_TITLES = (
    "议员",
    "副市长",
    "市长",
    "副省长",
    "省长",
    "副主任",
    "主任",
    "院士",
    "教授",
    "委员",
    "代表",
    "局长",
    "副局长",
    "主席",
    "副主席",
    "总理",
    "部长",
    "书记",
    "副书记",  # 党组副书记某某: without it 书记 alone is the title and 党组副 is read as a name before it
    "先生",
    "女士",
    "医生",
    "特首",
    "行政长官",
    "司长",
    "署长",
    "总书记",
    "副总理",
    "国务委员",
    "院长",
    "校长",
    "董事长",
    "总裁",
    "理事长",
    "会长",
    "秘书长",
    "处长",
    "厅长",
    "行长",
    "所长",
    "研究员",
    "博士",
    "同志",
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习萧洪赖"
)
TITLE_GRADES = ("副",)
"""The grade that opens an office's title (副校长, 副书记, 副理事长): where a title word is found without it (校长 of
原副校长, 书记 of 党组副书记, 理事长 of 联盟副理事长), the characters before it end with the grade, which belongs to
the title, never to a person's name or a body's before it."""

COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯")


def _product_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(heads, descriptive heads) from ``resources/names/product_heads.tsv``, longest first."""
    rows = sorted(_name_rows("product_heads.tsv"), key=lambda r: len(r[0]), reverse=True)
    return tuple(r[0] for r in rows), tuple(r[0] for r in rows if r[1] == "descriptive")


PRODUCT_TAILS, PRODUCT_DESCRIPTIVE_KINDS = _product_heads()
"""Heads of product names other than drug stems (those are in ``drug_stems.tsv``); the descriptive ones also end
descriptions of a kind (新冠疫苗, 核酸检测试剂盒, 药物洗脱支架): a name with one needs a developer written before it
(X研发的, X公司的) or a coined brand (火鹰支架)."""
_BRAND_AFTER_KIND = re.compile(r"[“「『\"][^”」』\"，。；]{2,10}[”」』\"]")
"""A brand in quotes right after a descriptive kind (检测试剂盒“某某测”): the product is the brand."""
DOSAGE_FORMS = (
    "口腔崩解片",
    "缓释胶囊",
    "肠溶胶囊",
    "缓释片",
    "控释片",
    "肠溶片",
    "分散片",
    "咀嚼片",
    "软胶囊",
    "口服溶液",
    "注射液",
    "注射剂",
    "滴眼液",
    "吸入剂",
    "气雾剂",
    "混悬液",
    "胶囊",
    "颗粒",
    "乳膏",
    "凝胶",
    "片",
)
"""Dosage forms written after a drug's approved name (赛沃替尼片, 帕博利珠单抗注射液), longest first; a salt
(钙, 钠 …) may stand between (阿托伐他汀钙片), as 中国药品通用名称命名原则 orders salt and form."""
PRODUCT_CUES = ("药", "器械", "产品", "获批", "上市", "研发", "生产")
MEDICAL_PRODUCT_CUES = ("药", "器械", "医疗", "注册证", "临床", "检测", "诊断", "手术")
"""Words of medicine near a quoted brand before 系统 / 支架 (“南康1号”核酸检测系统): without them a quoted
name before 系统 is a government or business system (“一网通办”系统), not a product."""

MAX_NAME = 32
_TITLE_RE = re.compile("|".join(sorted(PERSON_TITLES, key=len, reverse=True)))
_PRODUCT_RE = re.compile("|".join(PRODUCT_TAILS))
_DEVELOPER_BEFORE_RE = re.compile(
    r"(?:自主)?(?:研发|研制|开发|生产|推出|制造)(?:出)?的$|(?:公司|集团|药业|药厂|研究所|研究院)的$"
)
"""A developer written right before a product (X研发的Y, X公司的Y): the name is one firm's product."""

PHRASE_ENDS = (
    "高校",
    "医院",
    "机构",
    "机制",
    "制度",
    "体系",
    "联合体",
    "设施",
    "总部",
    "企业",
    "需求",
    "资源",
    "政策",
    "中心",
    "平台",
    "项目",
    "优势",
)
"""Nouns that end a phrase: a conjunction after them starts a new name (…设施和临港实验室, X的科研优势和Y医院的临床优势)."""

WORD_CONTINUATIONS = ("学报", "出版社", "杂志", "期刊", "校友", "学者", "报告", "站", "思维")
"""Text right after a head word that shows it is part of a longer word, not the end of a name (大学站 is a station;
平台思维, 园区思维: a way of thinking named after a kind of body, not that body)."""

NOT_HEADS = (
    "格局",
    "布局",
    "结局",
    "大局",
    "全局",
    "开局",
    "时局",
    "政局",
    "出局",
    "大厅",
    "展厅",
    "客厅",
    "餐厅",
    "签署",
    "部署",
    "原委",
    "剧院",
    "影院",
    "庭院",
    "四合院",
    "研究小组",
    "课题小组",
    "特色小镇",
)
"""Ordinary words that merely end in an agency head character (发展格局 is not a bureau; halls: see
_HALL_KINDS); a research team
(某教授研究小组) is named by its leader, not a body of government. 特色小镇 is the scheme's word for its kind of
town (信息经济特色小镇, 一批特色小镇): each town has a name of its own before 小镇 (梦想小镇)."""

NOT_HEAD_EXCEPTIONS = ("财政局", "民政局", "邮政局", "行政局")
"""Bureaus whose names happen to end in an ordinary word (财政局 ends in 政局)."""

ENUM_BAD_TAILS = (
    "改革",
    "建设",
    "发展",
    "研究",
    "合作",
    "创新",
    "管理",
    "应用",
    "转化",
    "试点",
    "探索",
    "项目",
    "工作",
    "服务",
    "制度",
    "领域",
    "产品",
    "技术",
    "资源",
    "人才",
    "机制",
    "政策",
    "平台",
    "体系",
)

GENERIC_MODIFIERS = tuple(
    sorted(
        set(
            """
服务 公共 交流 合作 研究 开放式 细分 科技成果 成果转化 生物医药 高能级 概念验证 产学研 产学研医 医学 共建 创新型
总部 以及 和 与 及 联合体 技术 验证 能级 首次公开招股 集成性 科研 卓越 六大 两个 多 环球 国际创科 关联 委托 商业 保险
医疗保险 创投 培育 递表 医疗保健业 特色 当年 重要 会议 融合 评估 动物实验 大规模 基因工程 国家级 第四个 全球第四个
区域 地区 相关 政策 配套 具体 支持 专项 一揽子 大量 国内外 风险投资 投资 种子 软件 工程 审评审批 综合 部分 大型 中型 小型 公立 私立 私家 顶尖 知名 著名 国际 国内 国外 海外 行业 数据 港资 外资 内资 合资 独资 上市 科技 生物
医疗 医药 健康 保健 类 生物科技 医疗健康 医疗保健 世界 百强 一流 世界级 高水平 高端 重点 重大 专业 专门 综合性 大学
本地 本土 地方 相关 其他 其它 各类 各种 多家 一批 新型 创新 新兴 传统 现代 全球 领先 优秀 骨干 龙头 跨国 制药 医疗器械
市级 区级 省级 国家级 省市级 部委 政府 企业 机构 核心 基础 公共 第三方 早期 高质量 示范性 研究型 临床 试验 诺贝尔奖 科学家
股 港股 新三板 A股 医院 中心 药物 人工智能 数字化 信息 信息学 组织 样本 动物 实验 中试 检验检测 产业 孵化 转化 成果
""".split()
        ),
        key=len,
        reverse=True,
    )
)
"""Descriptors that make a kind, not a name: 综合医院, 顶尖大学, 港资公司 are built only of these."""


def only_modifiers(core: str) -> bool:
    """True when ``core`` is entirely made of generic descriptors (so core+head is a kind of thing)."""
    i = 0
    while i < len(core):
        for n in _MOD_LENGTHS:
            if core[i : i + n] in _MOD_SET:
                i += n
                break
        else:
            return False
    return True


_MOD_SET = frozenset(GENERIC_MODIFIERS)


_PLATFORM_GRADES = ("高效", "全链条", "全方位", "全流程", "多层次", "多元化", "高能级", "高水平", "开放共享", "专业化")
"""Qualities a plan asks of the platforms it wants (构建高效…服务平台, 打造全链条…转化平台): a span opening with one
describes what is to be built; a named platform opens with its owner, place or field."""
_EQUAL_WORD_OPENERS = frozenset("高同平中初均对相")
"""Characters that make a word with 等 (高等, 同等, 平等, 中等, 初等, 均等, 对等, 相等): 等 there closes no list."""


def _platform_category(name: str, core: str) -> bool:
    """建设一批重大合作平台, 对接国家科研平台: a plan's class of platform, not one platform's name. 重大 grades a
    plan's category (重大创新平台, 重大科技装置平台, 某地重大合作平台) and named platforms do not carry it;
    国家 with one generic word before 平台 (国家科研平台, 国家创新平台) names the national tier of a kind, whereas a
    national platform's name carries its field (国家基因库). Measured: 中心 is left out, since 国家医学中心-like
    designations are named so (a check set fell with them)."""
    if "重大" in core or name.startswith(_PLATFORM_GRADES):
        return True
    at = name.rfind("国家")
    rest = name[at + 2 : -2] if at >= 0 and name.endswith("平台") else ""
    return 0 < len(rest) <= 2 and only_modifiers(rest)


_MOD_LENGTHS = tuple(sorted({len(w) for w in GENERIC_MODIFIERS}, reverse=True))


@dataclass(slots=True)
class Candidate:
    """A possible mention before resolution; ``entry`` is set for lexicon hits."""

    start: int
    end: int
    text: str
    type: str
    rule: str
    confidence: float
    entry: LexEntry | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


STOP_SET = frozenset(STOP_WORDS)
STOP_LENGTHS = tuple(sorted({len(w) for w in STOP_WORDS}, reverse=True))


def _lengths_by_last_char() -> dict[str, tuple[int, ...]]:
    by_last: dict[str, set[int]] = {}
    for w in STOP_WORDS:
        by_last.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}


_STOP_BY_LAST = _lengths_by_last_char()
"""Stop-word lengths keyed by their last character: most characters end no stop word,
so the common case is one dictionary miss instead of a slice per possible length."""


_TERMS_OPENING_WITH_STOP: dict[str, tuple[str, ...]] = {
    "特别": ("特别行政区", "特别合作区", "特别试验区"),
    "计划": ("计划生育",),
}
"""Stop words that open a fixed term of a name: 特别 is the adverb "especially" but not in
香港特别行政区政府统计处, which stays whole as 香港特区政府统计处 does, nor in the zones plans name
X特别合作区 / X合作特别试验区 (a zone two places run together). 计划 ("plans to") opens 计划生育 (family planning), the field of
the family-planning associations every level of government has (X区计划生育协会, 中国计划生育协会) and of the health
commissions of 2013-2018 (X卫生和计划生育委员会)."""

_TERMS_HOLDING_STOP: dict[str, tuple[str, ...]] = {
    "有": ("国有资产",),
    "以": ("中以联合", "美以联合", "中以创新园", "中以国际"),
}
"""Stop words inside a fixed term of a name: 有 ("has") is the second character of 国有 ("state-owned"), and every
city and province has its X国有资产监督管理委员会 (X人民政府国有资产监督管理委员会): the leftward scan must not cut
it to 资产监督管理委员会. Only 国有资产 is listed: 国有资本投资运营公司 is a kind of firm, not a name. 以 is Israel's
short form after 中 or 美 in the names of joint sites (中以创新园, 中以国际创新村, 中美以联合孵化器), where the
preposition 以 would cut the partners off; only these openings are listed (其中以科技型企业为主 keeps its stop)."""


def _inside_term(text: str, pos: int, stop: str) -> bool:
    """The stop word ``stop`` ending at ``pos`` is part of one of the fixed terms that open a name."""
    start = pos - len(stop)
    for term in _TERMS_OPENING_WITH_STOP.get(stop, ()):
        if text.startswith(term, start):
            return True
    for term in _TERMS_HOLDING_STOP.get(stop, ()):
        at = term.index(stop)
        if start - at >= 0 and text.startswith(term, start - at):
            return True
    return False


_DATELINE_ENDS = frozenset(("日电", "日讯", "日消息"))
"""Stop words that end a news dateline only after the digits of its date (3月5日电): elsewhere 日电 may sit inside a
name (中日电子…), which the scan must not cut."""

AFTER_DATE_WORDS = frozenset("话视子池脑")
"""Characters that make 日电 after a date the start of a word (12日电话会见, 5日电视讲话): no dateline ends there."""


def _stop_before(text: str, pos: int, floor: int) -> int:
    """Length of the longest stop word ending exactly at ``pos`` (0 if none); set lookups, no scan."""
    if pos <= floor:
        return 0
    lengths = _STOP_BY_LAST.get(text[pos - 1])
    if lengths is None:
        return 0
    for n in lengths:
        if pos - n >= floor and text[pos - n : pos] in STOP_SET:
            word = text[pos - n : pos]
            if _inside_term(text, pos, word):
                continue
            if word in _DATELINE_ENDS and (
                not text[pos - n - 1 : pos - n].isdigit() or text[pos : pos + 1] in AFTER_DATE_WORDS
            ):
                continue
            return n
    return 0


def _place_opening_with(text: str, start: int, pos: int) -> bool:
    """A place from the region table starts at ``start`` and runs past ``pos``: the stop word before ``pos``
    (以 in 以色列) is the first character of the place's name, so a name grown leftwards keeps it."""
    return any(lexicon.region_entry(text[start : start + n]) is not None for n in range(pos - start + 1, 5))


@dataclass(frozen=True)
class _LexDerived:
    """Per-lexicon tables the finder consults on every document, built once per lexicon."""

    suffix_set: frozenset[str]
    suffix_lengths: tuple[int, ...]
    quote_follow: re.Pattern[str]


_DERIVED: dict[int, tuple[lexicon.Lexicon, _LexDerived]] = {}


def _derived(lex: lexicon.Lexicon) -> _LexDerived:
    """Tables derived from ``lex``; rebuilt when the lexicon object changes (``exclude_entries``)."""
    hit = _DERIVED.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    suffix_set = frozenset(x.text for x in lex.suffixes if len(x.text) >= 2)
    heads = "|".join(re.escape(s.text) for s in lex.suffixes if len(s.text) >= 2)
    d = _LexDerived(
        suffix_set,
        tuple(sorted({len(x) for x in suffix_set}, reverse=True)),
        re.compile(rf"([{CJK}A-Za-z0-9]{{0,8}}?)({heads})"),
    )
    _DERIVED.clear()
    _DERIVED[id(lex)] = (lex, d)
    return d


def _plain_run_pattern() -> re.Pattern[str]:
    excluded = sorted(ord(c) for c in _STOP_BY_LAST if "\u4e00" <= c <= "\u9fff")
    ranges = [
        (lo, hi)
        for lo, hi in zip([0x4E00] + [e + 1 for e in excluded], [e - 1 for e in excluded] + [0x9FFF])
        if lo <= hi
    ]
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]*")


_PLAIN_RUN = _plain_run_pattern()
"""A run of ideographs none of which ends a stop word: what :meth:`_Finder.left_boundary` skips
without a test per character (matched on the reversed text, i.e. leftwards)."""


_PERSON_WORD_TAGS = frozenset({None, "nr", "nrfg", "nrt"})
"""A person's name is unknown to the dictionary or known as a name: 高级 (研究员) is an adjective."""


_COUNT_IN_BRACKETS = re.compile(r"[（(][0-9][0-9.,]*[%\u4e00-\u9fff]?[）)]\Z")
"""（374件）, (27): brackets that hold only a count or share, as tables and rankings give after a name."""
_LATIN_TITLE_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){0,4}(?: [0-9]{1,4})? ?\Z")
"""Capitalised Latin words, maybe numbered, ending where a Chinese head starts (Bio Expo 政通汇, Asia Awards 18论坛)."""


_JOINING_DASHES = "—–－-"
"""Dashes that plans write between two places a name joins (中国—东盟, 广州—深圳—香港): one, not the
doubled —— that opens an aside. The ASCII hyphen is written the same way (中国-东盟信息港股份有限公司); between
ordinary words (投入-产出) :func:`_joins_two_words` still reads it as punctuation."""


@lru_cache(maxsize=1)
def _province_abbreviations() -> frozenset[str]:
    """One-character province names (粤, 港, 澳): two of them in a row name the places together (港澳, 粤港澳).
    The table is read once, by resolve (imported here, not at the top: resolve imports this module)."""
    from policykg.extract.resolve import PROVINCE_ABBREVIATIONS

    return frozenset(PROVINCE_ABBREVIATIONS)


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


_EACH_AFTER_SUBJECTS = ("都", "均", "分别", "各自", "也都")
"""Adverbs that spread an act over several subjects: right after a name grown across 和/与/及 they show the
conjunction joins two subjects, not two words of one name."""


def _joins_partners(t: str, pos: int, head: int) -> bool:
    """浙大—华为联合创新中心, 东岭—南湖联合实验室: a single dash between two short partner names before 联合 and
    the head joins the partners of one joint unit, whose name holds both."""
    if pos < 1 or pos + 1 >= len(t) or t[pos - 1] in _JOINING_DASHES or t[pos + 1] in _JOINING_DASHES:
        return False
    k = t.find("联合", pos + 1, head + 1)
    return 2 <= k - pos - 1 <= 8 and "\u4e00" <= t[pos - 1] <= "\u9fff" and "\u4e00" <= t[pos + 1] <= "\u9fff"


_OWNER_WORDS = frozenset({"政府", "特区", "当局", "本港", "本澳"})
"""Nouns that say whose a bureau is (特区政府教育局), not what field it covers."""


def _field_before_bare_bureau(t: str, start: int, surface: str, e: lexicon.LexEntry) -> bool:
    """A bureau whose whole name is three characters ending in 局 (Hong Kong's 发展局, 教育局) written right after a
    two-character common noun or attribute (经济发展局, 社会发展局, 高等教育局): the noun is the first half of another
    bureau's name, such as the economic development bureaus of mainland development zones and of the Hengqin
    cooperation zone, which the text names in its short form; Hong Kong's bureau is not meant."""
    if len(surface) != 3 or surface != e.name or not surface.endswith("局") or start < 2:
        return False
    before = t[start - 2 : start]
    return before not in _OWNER_WORDS and lexical.tag(before) in ("n", "b", "vn")


def _astride_two_words(t: str, start: int, end: int) -> bool:
    """The two characters of a short form at ``start:end`` each make a dictionary word with their outer neighbour
    (处|理大|量: 处理 and 大量): the text reads as those two words, so it does not name the body (理大). One side
    alone is not enough: 城大学生 is 城大 and 学生 though 大学 is a word."""
    if start < 1 or end >= len(t):
        return False
    words = lexical.tags()
    return t[start - 1 : start + 1] in words and t[end - 1 : end + 1] in words


_LANDMARK_HEADS = frozenset("桥站路街")
"""港珠澳大桥, 港大站: a body's two-character short form right before one of these is part of a bridge's, a
station's or a road's name."""


def opens_place_word(t: str, start: int) -> bool:
    """A dictionary word of three or four characters tagged as a place starts at ``start`` (澳大利亚, a country):
    a two-character short form read there (澳大, 澳门大学) is only that word's first half. (Places only: 国办发,
    an issuing number's prefix, is a dictionary word that 国办 rightly opens.)"""
    return any(lexical.tag(t[start : start + k]) == "ns" for k in (4, 3) if start + k <= len(t))


def astride_common_words(t: str, start: int, end: int) -> bool:
    """Like :func:`_astride_two_words` for a place's full name (其中|国家级, 集中|国内): both seams are common
    words, neither a proper one (北京|市 keeps 北京: 京市 is tagged a place), so the text reads as those words and
    does not name the place (其中国家级园区5个 counts zones of a grade, it does not speak of China)."""
    if start < 1 or end >= len(t):
        return False
    left, right = lexical.tag(t[start - 1 : start + 1]), lexical.tag(t[end - 1 : end + 1])
    return (
        left is not None and right is not None and left not in lexical.PROPER_TAGS and right not in lexical.PROPER_TAGS
    )


_FUNCTION_SURNAMES = frozenset("和与同向于由从为经时")
"""Surnames that are also prepositions or conjunctions (和香港教授, 由上海市长): before a place they join it."""


@lru_cache(maxsize=1)
def _strategy_names() -> tuple[str, ...]:
    """National strategies named "X中国" (健康中国, 数字中国), from ``resources/facts/national_strategies.tsv``."""
    text = (
        resources.files("policykg.resources").joinpath("facts", "national_strategies.tsv").read_text(encoding="utf-8")
    )
    return tuple(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _strategy_prefixes() -> frozenset[str]:
    """健康, 数字, 美丽: what the national strategies put before 中国; before a province or city they name its own
    edition of the strategy (健康上海行动, 数字福建建设), which local plans and work reports carry."""
    return frozenset(n[: -len("中国")] for n in _strategy_names() if n.endswith("中国") and len(n) == 4)


_LOCAL_EDITION_AFTER = ("建设", "行动", "战略", "·", "”", "、")
"""What follows a local edition's name (健康上海建设, 健康青海·幸福海南, “数字福建”)."""


def local_strategy_edition(t: str, start: int, end: int) -> bool:
    """The place at ``start:end`` names a province's or city's edition of a national strategy (健康上海建设,
    “健康青海·…”): the strategy is spoken of, not the place. Both the lexicon and the gazetteer ask it."""
    return start >= 2 and t[start - 2 : start] in _strategy_prefixes() and t.startswith(_LOCAL_EDITION_AFTER, end)


def _place_inside_other_words(t: str, start: int, end: int) -> bool:
    """The place name at ``start:end`` is read out of a longer name that is not a place: a national strategy
    (健康中国行动, 建设数字中国: the strategy, not the country, is spoken of) or a person's given name after a
    surname, with a title right after it (钟南山院士, 王南山教授: a person, not 南山区)."""
    surface = t[start:end]
    if surface == "中国":
        return any(t.startswith(name, end - len(name)) for name in _strategy_names() if end >= len(name))
    if local_strategy_edition(t, start, end):
        return True
    if len(surface) != 2 or start < 1 or t[start - 1] not in SURNAMES or t[start - 1] in _FUNCTION_SURNAMES:
        return False
    if start >= 2 and "\u4e00" <= t[start - 2] <= "\u9fff" and lexical.tag(t[start - 2 : start]) is not None:
        return False  # 市南山区, 深圳南山: the character before belongs to a word, not a surname standing alone
    return t.startswith(titles_before_names(), end)


def _alnum_token_start(t: str, end: int, floor: int) -> int:
    """Start of the run of ASCII letters and digits that ends at ``end`` (G60 in G60科创走廊)."""
    j = end
    while j > floor and t[j - 1].isascii() and t[j - 1].isalnum():
        j -= 1
    return j


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


@lru_cache(maxsize=1)
def _level_body_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of 省/市 + a stem of ``facts/level_bodies.tsv`` and each stem's type."""
    rows = resources.files("policykg.resources").joinpath("facts", "level_bodies.tsv").read_text(encoding="utf-8")
    types: dict[str, str] = {}
    alts: list[str] = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, type_, levels = line.split("\t")[:3]
        types[stem] = type_
        alts += [level + stem for level in levels.split("|")]
    alts.sort(key=len, reverse=True)
    return re.compile("(?<![各全该每本城都])(?:" + "|".join(alts) + ")"), types


def level_bodies(text: str) -> list[Candidate]:
    """省科学院, 市疾控中心: a body every province or city keeps one of, named by its level alone, is that place's one
    body (the head finder drops 省/市 + a kind as a description: 省级医院 are many). After 各/全/该 the words name
    each place's body or the whole province, no one body. A longer name holding it (广东省科学院) wins the selection
    by its length, so only the bare level form comes from here."""
    if "省" not in text and "市" not in text:
        return []
    rx, types = _level_body_table()
    return [
        Candidate(m.start(), m.end(), m.group(), types[m.group()[1:]], "level-body", 0.9) for m in rx.finditer(text)
    ]


_ARM_NOT_NEXT = frozenset("业务 板块 领域 产业 行业 服务 设备 器械 产品 部门 事业 技术 方案 平台 基地 项目".split())
"""Words after brand + trade that make the pair a description of the group's own line (甲医疗业务, 甲医疗设备)."""


def _brand_arm_end(text: str, c: Candidate) -> int:
    """The end of brand + trade when the known firm ``c`` is named by its brand alone and a line-of-business word
    follows it as a word of its own (甲 + 医疗 in 甲医疗与…签约, not in 甲医疗器械 or 甲医疗业务), else 0."""
    if c.type != "Company" or c.entry is None or c.text.endswith(tuple(_ARM_TRADES)):
        return 0
    words = lexical.cut(text[c.end : c.end + 8])
    if not words or words[0] not in _ARM_TRADES:
        return 0
    nxt = words[1] if len(words) > 1 else ""
    if nxt in _ARM_NOT_NEXT or (len(nxt) == 1 and lexical.tag(nxt) in ("n", "ng", "vn")):
        return 0  # 甲生物药基地: the trade word opens a longer noun (生物药), no firm's name ends there
    return c.end + len(words[0])


def _brand_arms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A known firm's brand followed by a line of business (甲医疗, 甲健康, 甲资本) names a firm of its own: the
    group's arm in that trade, which news names so (a group brand + 医疗/健康/生物/资本 is how groups name the
    firms they hold, and a foreign group's Chinese arm is its brand + 医疗/制药/诊断). Read as the brand alone, the
    arm's acts and partners were given to the group."""
    out = list(chosen)
    for i, c in enumerate(chosen):
        end = _brand_arm_end(text, c)
        if end and (i + 1 == len(chosen) or chosen[i + 1].start >= end):
            out[i] = Candidate(c.start, end, text[c.start : end], "Company", "brand-arm", 0.7)
    return out


_HOUSE_CORE_MAX = 4
"""Most characters of the house name before a ``house`` head (resources/lexicon/suffixes.tsv: 创投)."""

_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "d", "b", "s", "f"})


def _one_common_word(core: str) -> bool:
    """``core`` is one ordinary noun, verb, adverb or attribute of the dictionary (技术, 吸引, 长期, 国有): before a
    ``house`` head it says which kind (公司创投, 政府创投) or what is done (引导创投), where a house's name is coined
    (南湖, 云帆), a Latin brand, a place or several words (云帆融通)."""
    words = lexical.cut(core)
    if len(words) > 1 and len(words[0]) >= 2 and lexical.tag(words[0]) == "v" and lexical.tag(words[-1]) == "n":
        return True  # 壮大科技资本, 吸引外来资本: a verb and its object's kind, a clause rather than a house's name
    return len(words) == 1 and len(core) >= 2 and lexical.tag(core) in _COMMON_WORD_TAGS


_COINED_TAGS = frozenset({"nr", "nz", "nrt", "nrfg", "ns", "nt", "eng"})
_LISTED_BODIES = frozenset({"Company", "University", "Hospital", "ResearchInstitute"})
_LIST_NEXT = re.compile(rf"[、及和](?P<item>[{CJK}A-Za-z]{{2,8}}?)(?=[、，。；：）)\n]|等|和|及|与|$)")


def _coined(core: str) -> bool:
    """``core`` is a coined trade name (甲乙, 丙丁丁): every word of two characters or more is a proper noun or one
    the dictionary does not know, so an ordinary field or modifier (智能, 精准, 合成) is not; single characters are
    the syllables such names are made of. A place (苏州科技) names a place's trade, not one firm."""
    if not 2 <= len(core) <= 4 or only_modifiers(core) or core.startswith(_NOT_COMPANY_CORE):
        return False
    if core in lexicon.region_prefixes() or _starts_with_place(core):
        return False
    words = lexical.cut(core)
    return len(words) > 1 or lexical.tag(core) in _COINED_TAGS or lexical.tag(core) is None
    # (one dictionary word of two characters or more must be a proper noun)


def _trade_name(item: str) -> bool:
    """A list item that is a firm's short trade name: a coined core, then a trade word (甲乙科技, 丙丁生物)."""
    trade = next((w for w in _FIRM_TRADES if item.endswith(w)), None)
    if trade is None or lexicon.is_generic(item):
        return False
    core = item[: -len(trade)]
    return _coined(core) and _coined_words(core)


def _coined_words(core: str, tags: frozenset[str] = _COINED_TAGS) -> bool:
    """Every word of ``core`` is one syllable, a word the dictionary does not know, or one tagged in ``tags``."""
    return all(len(w) == 1 or lexical.tag(w) is None or lexical.tag(w) in tags for w in lexical.cut(core))


def _firms_listed_with_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """联合甲大学、乙医院、丙丁科技、戊己生物等: the items listed after a known university, hospital, institute or
    firm that are short trade names (a coined core and a trade word) are firms. Why: news lists the partners of an
    alliance or a signing this way, bodies of several kinds in one list, and firms by the short name they trade
    under; the kinds differ, so _list_members (which needs one type on both sides) does not reach them.
    After a known firm, a coined name of 2–4 characters with no trade word (复星医药、岚衡、澜拓) is a firm too, read
    as the lists counted as firms read it (:func:`_firm_list_item`: no place, person, field or ordinary word): a
    list that opens with a firm goes on with firms, and firms often trade under a bare coined name."""
    out: list[Candidate] = []
    starts = {c.start: c for c in chosen}
    for c in chosen:
        if c.type not in _LISTED_BODIES or text[c.end : c.end + 1] not in ("、", "及", "和"):
            continue
        pos = c.end
        while (m := _LIST_NEXT.match(text, pos)) is not None:
            known = starts.get(m.start("item"))
            if known is not None:
                if known.type not in _LISTED_BODIES:
                    break
                pos = known.end
                continue
            item = m.group("item")
            if _trade_name(item) or (c.type == "Company" and _firm_list_item(item) == "bare"):
                out.append(Candidate(m.start("item"), m.end("item"), item, "Company", "list-firm", 0.6))
            pos = m.end("item")
        out += _firms_listed_before(text, c, starts)
        last = _LIST_LAST_FIRM.match(text, pos)
        if last is not None and _trade_name(last.group("item")):
            trade = last.group("trade")
            if lexical.cut(text[last.start("trade") : last.end() + 4])[0] == trade:
                out.append(Candidate(last.start("item"), last.end(), last.group("item"), "Company", "list-firm", 0.6))
    return out


_ITEM_BEFORE = re.compile(rf"(?:^|[、，。；：,;:（(\n])([{CJK}]{{2,12}})$")


def _firms_listed_before(text: str, c: Candidate, starts: dict[int, Candidate]) -> list[Candidate]:
    """甲乙医药、丙丁生物、X大学: the short trade names listed before a known body in the same list, back to where the
    list opens (the first item after the verb or preposition that opens it: 与甲乙医药、…). Why: a list names its
    bodies in any order, and the items before the first known one are as much firms as those after it."""
    out: list[Candidate] = []
    pos = c.start
    while text[pos - 1 : pos] == "、":
        m = _ITEM_BEFORE.search(text, max(0, pos - 14), pos - 1)
        if m is None:
            break
        s, part = m.start(1), m.group(1)
        if m.group(0)[:1] != "、":
            at = _first_list_item(part)
            if at < 0:
                break
            s, part = s + at, part[at:]
        if s in starts or not _trade_name(part):
            break
        out.append(Candidate(s, pos - 1, part, "Company", "list-firm", 0.6))
        pos = s
    return out


_LIST_BODY_COUNT = r"(?:[一大]批|[近约超逾]?[0-9一二三四五六七八九十百两几多]+[余多]?[家个])"
_LIST_KIND_TAIL = r"[^，。；：、,;:！？!?\n的（）()“”\"]{0,12}?"
_KIND_AFTER_LIST = re.compile(
    rf"(?<![高同平中初均对相])等(?:(?P<count>{_LIST_BODY_COUNT}){_LIST_KIND_TAIL}(?:企业(?![家主])|药企|公司|投资机构)"
    rf"(?!负责人|代表|高管|员工|职工|人员)|{_LIST_KIND_TAIL}项目)"
)
"""甲乙生物、丙丁医疗等一批领军企业, …等60余家企业, …等一批投资机构, …等重点产业项目: a list closed by 等 and the kind
of body its items are (an adjective or a trade may come between). Before 企业, 公司 or 投资机构 a count of bodies
(一批, N家) must come first:
it says the items are bodies one by one, where a list of fields is closed by 等领域, 等行业 or 等重点行业龙头企业
with no count of firms. A 项目 is one undertaking, never a field, so it needs no count. 企业家, 企业主, 企业负责人
are people."""
_LIST_CLAUSE_MARK = re.compile(r"[，。；：,;:！？!?\n（）()“”\"「」《》]")
_CJK_RUN = re.compile(rf"[{CJK}]+")
_BARE_NAME_TAGS = _COINED_TAGS - {"nr"}
"""A name without a trade word that the dictionary reads as a person's (李四) is a person listed, not a firm."""
_JOINED_CORES = re.compile(rf"[{CJK}]{{2}}[和与及][{CJK}]{{2}}")
_LIST_KIND_TRADES = (*_FIRM_TRADES, "基金")
"""In a list said to be firms or investors, a fund's short name (甲乙基金) is a firm too."""
_CLAUSE_OPENERS = frozenset("继随在从自经由与和及同对向据将把被让使令请并还也已又再都均")
"""One-character words that open a clause before a list (继甲乙、丙丁等…入驻): no firm's name starts with them."""
_BREAK_TAGS = frozenset({"v", "vn", "p", "c", "d", "u", "ad", "r", "m", "q", "f", "t", "ul", "uj", "vd"})
"""Tags of the word before a list's first item that end the clause's words before it (引进, 已集聚, 与, 了)."""


def _firm_list_item(item: str) -> str:
    """How a list item reads as a firm: "trade" (a coined core and a trade word: 甲乙生物, 丙丁基金), "bare" (a coined
    name of 2–4 characters with no trade word: 甲乙, 丙丁戊), or "" (an ordinary word or phrase: 汽车, 生命健康)."""
    if not 2 <= len(item) <= 8 or lexicon.is_generic(item):
        return ""
    trade = next((w for w in _LIST_KIND_TRADES if item.endswith(w)), None)
    if trade is not None:
        core = item[: -len(trade)]
        if _JOINED_CORES.search(core) or _FUNCTION_WORD_RE.search(core.replace("和", "")):
            return ""  # 甲乙和丙丁生物: two names; a 和 inside a syllable run (仁和, 万和) is part of the name
        return "trade" if _coined(core) and _coined_words(core) else ""
    if (
        not _CJK_RUN.fullmatch(item)
        or len(item) > 4
        or _FUNCTION_WORD_RE.search(item[:-1] if item.endswith("和") else item)
        or item.endswith(ENUM_BAD_TAILS)
        or not _coined(item)
        or not (_coined_words(item, _BARE_NAME_TAGS) or _syllables_then_word(item))
        or any(lexical.tag(w) in ("m", "q") for w in lexical.cut(item))  # 张三, 两地: a person or a count
    ):
        return ""
    return "bare"


def _syllables_then_word(item: str) -> bool:
    """甲乙+微创, 丙丁+银河: a coined name of four characters made of two syllables and then an ordinary word of two
    (firms coin a name so: two syllables of luck or sound and a word of their trade or their wish). A field or a
    trade (新型储能, 高端装备, 中药饮片) opens with a word of two characters, not two single syllables."""
    words = lexical.cut(item)
    return (
        len(item) == 4
        and len(words) == 3
        and len(words[0]) == len(words[1]) == 1
        and lexical.tag(words[2]) in ("n", "vn", "nz", None)
        and all(lexical.tag(w) not in ("m", "q", "p", "c", "d", "u", "r") for w in words[:2])
    )


def _first_list_item(part: str) -> int:
    """Where the first item of a list starts inside ``part`` (the text from the clause's start to the first 、): the
    longest word-aligned tail that reads as a firm and follows a verb, preposition or particle (引进甲乙生物, 已集聚
    甲乙); -1 when no tail does."""
    words = lexical.cut(part)
    at = 0
    for k, w in enumerate(words):
        tail = part[at:]
        opens = w not in _CLAUSE_OPENERS if k == 0 else lexical.tag(words[k - 1]) in _BREAK_TAGS
        if opens and _firm_list_item(tail):
            return at
        at += len(w)
    return -1


def _firms_listed_before_kind(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """甲乙生物、丙丁医疗、戊己等一批企业: the items of a list that the text counts as firms (等, a count of bodies and
    a kind of firm: 企业, 公司, 投资机构, 项目) are firms when they read as trade names. Why: biomedicine news lists the
    firms a park drew, built or holds by the short names they trade under, with no legal form and
    often with no known body in the list, so neither the suffix finders nor the list finders that start from a known
    body reach them. A count of firms (等8家企业, 等一批企业) vouches for every item, even a single one (甲乙等8家
    企业上市) or one with no trade word; a list of 项目 with no count needs most items to carry a trade word (or be a
    known firm) before a coined name without one is taken. One ordinary word or phrase in the list (汽车、电子信息
    等企业, 生物医药、医疗器械等企业: fields, not firms) drops the whole list."""
    out: list[Candidate] = []
    ends = {c.end: c for c in chosen}
    starts = {c.start: c for c in chosen}
    for m in _KIND_AFTER_LIST.finditer(text):
        floor = max(0, m.start() - 120)
        begin = max((x.end() for x in _LIST_CLAUSE_MARK.finditer(text, floor, m.start())), default=floor)
        parts = text[begin : m.start()].split("、")
        counted = m.group("count") is not None
        if len(parts) < 2 and not counted:
            continue
        found: list[Candidate] = []
        firms = bare = 0
        pos = begin
        for k, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            known = ends.get(e)
            if known is not None and known.start >= s and (k == 0 or known.start == s) and not _bare_enumerated(known):
                firms += known.type == "Company"
                continue
            if k == 0:
                at = _first_list_item(part)
                if at < 0:
                    break
                s += at
            if any(i in starts or i in ends for i in range(s + 1, e)):
                break  # a known name inside the item: the item is not one name
            kind = _firm_list_item(text[s:e])
            if not kind:
                break
            firms += kind == "trade"
            bare += kind == "bare"
            found.append(Candidate(s, e, text[s:e], "Company", "list-firm:kind", 0.6))
        else:
            if found and (counted or firms >= max(1, bare)):
                out += found
    return out


@lru_cache(maxsize=1)
def _signed_list_words() -> dict[str, tuple[str, ...]]:
    """``names/signed_lists.tsv``: kind (verb, opener, role, clause, agreement) → its words, longest first."""
    out: dict[str, list[str]] = {}
    for row in _name_rows("signed_lists.tsv"):
        out.setdefault(row[1].strip(), []).append(row[0].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _signed_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The list closed by 等…项目 (not 项目负责人), the signing verbs, the openers after a verb, the clause words."""
    words = {kind: lexicon.longest_word_pattern(ws) for kind, ws in _signed_list_words().items()}
    listed = re.compile(rf"等{_LIST_BODY_COUNT}?{_LIST_KIND_TAIL}项目(?!{words['role']})")
    return listed, re.compile(words["verb"]), re.compile(rf"(?:{words['opener']})*"), re.compile(words["clause"])


_PROJECT_ITEM = re.compile(rf"[{CJK}A-Za-z0-9+·]{{4,30}}")
_PROJECT_RULE = "list-project"
_PROJECT_FLOOR = 160
"""How far back from 等…项目 a list may start: a list whose start is not seen within it is left alone."""


def _projects_signed(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """集中签约A、B、C等12个产业项目 / A、B等8个重点项目集中签约: the items of a list of projects signed at an event are
    the projects' names. Why: park, forum and investment news report signing ceremonies by naming each project so
    (a park to be built, a centre, a plant, a firm's regional headquarters), with no head word a finder knows or with
    one it takes for a kind (综合产业园); the signing and the closing 项目 say each is one named undertaking. An item
    with a head word of a park or a platform keeps its head's type (甲乙产业园: a park); one without a head word is a
    programme; one with a body's head word (研究院, 公司) and a firm's trade name (甲乙生物) are left to the finders of
    bodies, and known names are kept as they are. A list is left alone when its start cannot be seen, when words
    other than ``opener`` words of ``names/signed_lists.tsv`` stand between the signing verb and the first item, or
    when an item is a stretch of a clause, a field (生物医药研发), a signed document (…协议) or crosses a known name."""
    out: list[Candidate] = []
    words = _signed_list_words()
    if not any(v in text for v in words["verb"]):
        return out  # no signing in the text: nothing to read (cheap check first)
    listed, signing, openers, clause = _signed_list_patterns()
    starts = {c.start: c for c in chosen}
    prev_end = 0
    for m in listed.finditer(text):
        limit = m.start() - _PROJECT_FLOOR
        floor = max(prev_end, limit, 0)  # a list starts after the one before it (A、B等项目并考察了C、D等项目)
        marks = list(_LIST_CLAUSE_MARK.finditer(text, floor, m.start()))
        begin = marks[-1].end() if marks else floor
        prev_end = m.end()
        if not marks and floor == limit > 0:
            continue  # the list's start lies beyond the floor: its first item cannot be told
        close = _LIST_CLAUSE_MARK.search(text, m.end())
        after = text[m.end() : close.start() if close else len(text)]
        opened = list(signing.finditer(text, begin, m.start()))
        first_exact = False
        if opened:
            lead = openers.match(text, opened[-1].end())
            begin = lead.end() if lead is not None else opened[-1].end()
            first_exact = True
        elif not signing.search(after):
            continue
        out += _signed_items(text, begin, m.start(), first_exact, chosen, starts, clause, words["agreement"])
    return out


def _signed_items(
    text: str,
    begin: int,
    end: int,
    first_exact: bool,
    chosen: list[Candidate],
    starts: dict[int, Candidate],
    clause: re.Pattern[str],
    agreements: tuple[str, ...],
) -> list[Candidate]:
    """The items of one signed list between ``begin`` and ``end`` (the 等), or none when any item shows the stretch
    is no list of projects' names. ``first_exact``: the first item starts at ``begin`` (right after the signing verb
    and its openers); otherwise it starts past the clause's opening words (会上，A、B等项目集中签约)."""
    found: list[Candidate] = []
    pos = begin
    for k, part in enumerate(text[begin:end].split("、")):
        s, e = pos, pos + len(part)
        pos = e + 1
        if k == 0 and not first_exact:
            at = _project_list_start(part)
            s, part = s + at, part[at:]
        if not _PROJECT_ITEM.fullmatch(part) or clause.search(part) or part.endswith(agreements):
            return []  # no name's characters, a stretch of a clause (并考察了A), or a signed document (A协议)
        known = starts.get(s)
        if known is not None and known.end == e:
            continue
        if any(c.start < e and s < c.end for c in chosen):
            return []  # a known name inside or across the item: not a list of names
        if _firm_list_item(part):
            continue  # 甲乙生物: a firm's trade name, left to the firm finders
        if _field_words(part):
            return []  # 生物医药、高端装备等项目: fields of projects, not named ones
        head = lexicon.head_of_whole_name(part)
        if head is not None and head.type not in _PROJECT_TYPES:
            continue  # 甲乙研究院: a body's name, left to the finders of bodies
        kind = head.type if head is not None else "Program"
        found.append(Candidate(s, e, part, kind, _PROJECT_RULE, 0.6))
    return found


def _project_list_start(part: str) -> int:
    """Where the first item of a list of projects starts in ``part`` (the text from the clause's start or the signing
    verb to the first 、): past the words that open the clause (签约|了X, 先后签约|落户X, 现场|集中签约X)."""
    at = 0
    for w in lexical.cut(part)[:3]:
        if lexical.tag(w) not in _BREAK_TAGS:
            break
        at += len(w)
    return at if at < len(part) else 0


def _field_words(item: str) -> bool:
    """An item made of common words only (生物医药, 高端装备制造, 新材料应用): a field, not a project's name."""
    if lexicon.is_generic(item) or only_modifiers(item):
        return True
    return all(lexical.tag(w) in _FIELD_TAGS for w in lexical.cut(item))


_FIELD_TAGS = frozenset({"n", "vn", "an", "a", "v", "nz", "j", "t", "b", "d", "ad", "vd", "f"})
"""Tags of common words: an item made only of them (高端装备制造, 文化旅游融合发展) names a field; a project's name
holds a proper or coined part (a firm's, a place's or a brand's name)."""


_PROJECT_TYPES = frozenset({"Park", "Platform", "Program"})
"""The kinds of a signed project with a head word (甲乙产业园, 甲乙诊疗中心, 甲乙项目); any other head (公司, 研究院)
names a body, left to the finders of bodies."""


_LIST_LAST_FIRM = re.compile(rf"[、及和](?P<item>[{CJK}]{{2,4}}?(?P<trade>{'|'.join(_FIRM_TRADES)}))")
"""…、乙大学及丙丁科技签署…, 甲乙医药、丙丁生物建有…: the last item of a list, joined by 及/和 or 、 and followed by the
verb, not by a mark (the trade word must stand as a word of its own there: 丙丁生物技术研究院 is no firm 丙丁生物)."""


def with_list_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The selected names plus what the whole text's lists and clauses add around them (list members, items
    sharing a head, short trade names): these rules read beyond a clause, so both finder paths run them last."""
    chosen = _brand_arms(text, chosen)
    listed = _firms_listed_with_bodies(text, chosen)
    if listed:
        chosen = add_free(chosen, listed)
    founders = _joint_founders(text, chosen)
    if founders:
        chosen = _without_places_inside(chosen, founders)
    extra = founders + _list_members(text, chosen) + _same_head_items(text, chosen) + _short_companies(text)
    if extra:
        chosen = add_free(chosen, extra)
        listed = _firms_listed_with_bodies(text, chosen)
        if listed:
            chosen = add_free(chosen, listed)  # 甲乙医药、丙丁生物: a short name found by its clause opens the list
    signed = _projects_signed(text, chosen)
    if signed:
        chosen = add_free(chosen, signed)  # 集中签约A、B等项目: the named projects of a signing
    kinds = _firms_listed_before_kind(text, chosen)
    if not kinds:
        return chosen
    spans = {(k.start, k.end) for k in kinds}
    return add_free([c for c in chosen if (c.start, c.end) not in spans or not _bare_enumerated(c)], kinds)


def _bare_enumerated(c: Candidate) -> bool:
    """A list item the enumeration finder took with no kind of its own: the count of firms after the list says
    what it is, so the firm list's reading replaces it (the enumeration's check for ordinary words would drop a
    coined name made of them, 甲乙+星河, that the count of firms vouches for)."""
    return c.rule in ("enumeration", INVESTOR_RULE) and c.entry is None


def _without_places_inside(chosen: list[Candidate], names: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the places that open one of ``names`` (龙岗|金控: the district is the seat in a firm's name)."""
    spans = [(n.start, n.end) for n in names]
    return [c for c in chosen if c.type != "Region" or not any(s <= c.start and c.end < e for s, e in spans)]


def add_free(chosen: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``chosen`` plus those of ``extra`` that overlap nothing already there (extra fills gaps only)."""
    starts = [c.start for c in chosen]
    out = list(chosen)
    for x in sorted(extra, key=lambda c: (c.start, -c.length)):
        i = bisect_right(starts, x.start)
        if (i and out[i - 1].end > x.start) or (i < len(out) and out[i].start < x.end):
            continue
        out.insert(i, x)
        starts.insert(i, x.start)
    return out


_COMPANY_HEADS = ("控股", "生物", "医药", "基因", "药业", "制药", "医疗")
_LIST_TYPES = {"Agency", "Park", "Region", "Company", "University", "Hospital", "ResearchInstitute"}
_PLACE_TYPES = {"Park", "Region"}
_LIST_ITEM = re.compile(rf"[{CJK}A-Za-z]{{2,8}}")
_AGENCY_HEAD_WORD = re.compile(rf"[{CJK}]{{1,4}}(?:部|委|局|署|厅)|[省市区县][{CJK}]{{1,3}}办")
"""The next item of an agency list: a department's head word, or a level's office short form (省外办, 市台办)."""


def _mandate_item(text: str, pos: int) -> str:
    """省发展改革委、人力资源社会保障厅: the next item of an agency list written as a ministry's mandate and a head
    word, longer than the short item pattern reaches (a department repeats its ministry's mandate); else ""."""
    for core in _mandates_starting_with().get(text[pos : pos + 1], ()):
        if text.startswith(core, pos) and text[pos + len(core) : pos + len(core) + 1] in ("部", "委", "局", "署", "厅"):
            return text[pos : pos + len(core) + 1]
    return ""


@lru_cache(maxsize=1)
def _mandates_starting_with() -> dict[str, tuple[str, ...]]:
    """Mandates by their first character, longest first: asked once per agency of a list."""
    out: dict[str, list[str]] = {}
    for core in lexicon.mandates():
        out.setdefault(core[0], []).append(core)
    return {k: tuple(v) for k, v in out.items()}


def _list_type(a: Candidate, b: Candidate) -> str | None:
    if a.type == b.type and a.type in _LIST_TYPES:
        return a.type
    if a.type in _PLACE_TYPES and b.type in _PLACE_TYPES:
        return "Park" if "Park" in (a.type, b.type) else "Region"
    return None


_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十百零〇]+")
"""十二、市委人才办、…: a section number (一、 to 九、 are too short to be an item; 十一、 onwards are not) that opens
the line of a list, not its first member."""


def _plain_item(item: str) -> bool:
    """An unknown 、-list item that can take the list's type: a short name-like run, not a kind, a modifier, a clause
    or a section number."""
    return (
        bool(_LIST_ITEM.fullmatch(item))
        and not _ITEM_NUMBER.fullmatch(item)
        and not _titled_person_before(item, len(item))  # 四川省副省长罗某: an official present, no body
        and not lexicon.is_generic(item)
        and not only_modifiers(item)
        and not any(_stop_before(item, k, 0) for k in range(1, len(item) + 1))
    )


def _list_members(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Unknown items inside a 、-list between two names of one type take that type (A、X、Y、B → X, Y).

    Why: lists of agencies, districts or companies are how policy texts name actors,
    and an item the rules do not know sits between items they do; the list itself
    says what kind of thing it is. A jurisdiction-less 商务部 right after a known
    agency (A和商务部联合发布) is taken the same way.
    """
    out: list[Candidate] = []
    for i in range(len(chosen) - 1):
        a, b = chosen[i], chosen[i + 1]
        if text[a.end : a.end + 1] != "、" or b.start - a.end > 40:
            continue
        gap = text[a.end : b.start]
        ty = _list_type(a, b)
        if ty is None:
            continue
        if gap != "、":
            if len(gap) < 4 or gap[-1] != "、":
                continue
            items = gap[1:-1].split("、")
            if not all(_plain_item(x) for x in items):
                continue
            pos = a.end + 1
            for x in items:
                out.append(Candidate(pos, pos + len(x), x, ty, "list-member", 0.6))
                pos += len(x) + 1
        if a.start == 0 or text[a.start - 1] != "、" or (i and chosen[i - 1].end >= a.start - 1):
            continue
        # the items before the first known member, back to the clause start (会同X、Y、A、B)
        clause = max(text.rfind(c, max(0, a.start - 40), a.start) for c in "，。；：\n（(")
        lead = text[clause + 1 : a.start - 1].split("、")
        first = lead[0]
        for k in range(len(first), 0, -1):
            n = _stop_before(first, k, 0)
            if n:
                first = first[k:]
                break
        lead[0] = first
        pos = a.start - 1 - len("、".join(lead))
        if i and chosen[i - 1].end > pos:
            continue  # 甲大学、乙院、丙科技、丁、戊科技: a name inside the run, so it is no lead of unknown items
        if lead and all(_plain_item(x) for x in lead) and _left_ok(text, pos):
            for x in lead:
                out.append(Candidate(pos, pos + len(x), x, ty, "list-member:lead", 0.6))
                pos += len(x) + 1
    out += _trailing_members(text, chosen)
    # an item found this way may be followed by one more (市发展改革委、科技局、财政局): the list goes on
    agencies = [a for a in chosen if a.type == "Agency"]
    for a in agencies:  # (a list, as items are appended while it is walked)
        m = _AGENCY_HEAD_WORD.match(text, a.end + 1)
        mandated = _mandate_item(text, a.end + 1)  # (the mandate vouches for a long item or one holding 建设)
        item = mandated or (m.group(0) if m else "")
        if (
            text[a.end : a.end + 1] in ("和", "与", "及", "、")
            and item
            and _right_ok(text, a.end + 1 + len(item), item[-1])
            and (mandated or _plain_item(item))
            and item[0] not in _BAD_CORE_START
        ):
            rule = "list-member:agency" if a in chosen else "list-member:agency-next"
            out.append(Candidate(a.end + 1, a.end + 1 + len(item), item, "Agency", rule, 0.6))
            if text[out[-1].end : out[-1].end + 1] == "、":
                agencies.append(out[-1])
    return out


_TRAILING_TYPES = frozenset({"Company", "University", "Hospital", "ResearchInstitute"})
_TRAILING_ITEMS = re.compile(rf"((?:、[{CJK}A-Za-z]{{2,8}}?){{1,8}})等")
"""、X、Y等 right after a known name: the unknown items that close a list before its 等 (eight at most, so a long
list without 等 is not rescanned from each of its known items)."""


def _trailing_members(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """…、A、X等 where A is a known firm, school, hospital or institute that is itself an item of a 、-list: the
    unknown items after it, up to the 等 that closes the list, are of its kind too (甲药业、乙生物、丙等 → 丙). Why:
    news lists firms or schools with the well-known ones first and closes the list with 等; the items between two
    known names are taken by _list_members, the ones after the last were left out. The known name must not open
    the list (a 、 before it), so a single name followed by trades (甲公司、医药、器械等) is not read as firms."""
    out: list[Candidate] = []
    for i in range(1, len(chosen)):
        a = chosen[i]
        if a.type not in _TRAILING_TYPES or text[a.start - 1 : a.start] != "、":
            continue
        m = _TRAILING_ITEMS.match(text, a.end)
        if m is None or (i + 1 < len(chosen) and chosen[i + 1].start < m.end()):
            continue
        items = m.group(1)[1:].split("、")
        if not all(_plain_item(x) for x in items):
            continue
        pos = a.end + 1
        for x in items:
            out.append(Candidate(pos, pos + len(x), x, a.type, "list-member:trailing", 0.6))
            pos += len(x) + 1
    return out


_JOINT_FOUNDERS = re.compile(
    rf"由((?:[{CJK}A-Za-z]{{2,8}}?[、和及与])+[{CJK}A-Za-z]{{2,8}}?)(?:等)?(?:共同|联合)(?:发起|出资|投资|设立|组建|成立)"
)
"""由A、B和C共同发起设立: the founders of a fund, a firm or an institute, listed as the subject of a joint founding."""
_FOUNDER_TYPES = frozenset({"Company", "University", "ResearchInstitute", "Hospital", "Agency"})


def _named_founder(item: str) -> bool:
    """A founder named, not described: 政府引导基金, 社会资本, 市财政 are kinds of money or a level's purse (every word
    an ordinary one, or a level opening it); a firm's short form holds a proper noun or characters the dictionary
    does not join (甲乙创投, 龙岗金控)."""
    if item[0] in "市区省县":
        return False
    for w in lexical.cut(item):
        tg = lexical.tag(w)
        if len(w) == 1 or tg is None or tg in lexical.PROPER_TAGS:
            return True
    return False


def _capital_firm(item: str) -> bool:
    """甲资本, 招商局资本: an investment firm's short form, a name and 资本, which a list item may not otherwise end
    with (资本 is a stop word: 社会资本, 民间资本 are kinds of money). The part before it must be a name: a proper
    noun or characters the dictionary does not join into a word."""
    if not item.endswith("资本") or len(item) < 4:
        return False
    words = lexical.cut(item[:-2])
    return any(len(w) == 1 for w in words) or lexical.tag(item[:-2]) in lexical.PROPER_TAGS


def _joint_founders(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """基金由甲资本、乙创投、丙金控共同发起设立: every item of the list a joint founding has as its subject is a body,
    though the investment firms that set up funds are often named by short forms with no head (甲资本, 乙金控). An
    unknown item takes the kind of the known items of the same list, or Company when none is known (funds and firms
    are founded by investors). Only 、/和/及/与 between items of two to eight characters, so no clause is read as one."""
    if "由" not in text:
        return []
    out: list[Candidate] = []
    starts = [c.start for c in chosen]
    for m in _JOINT_FOUNDERS.finditer(text):
        lo, hi = m.span(1)
        i = bisect_right(starts, lo - 1)
        inside = [c for c in chosen[i:] if c.start < hi and c.type != "Region"]
        if any(c.end > hi or c.type not in _FOUNDER_TYPES for c in inside):
            continue
        kinds = {c.type for c in inside}
        ty = kinds.pop() if len(kinds) == 1 else ("Company" if not kinds else None)
        if ty is None or ty == "Agency":
            continue
        taken = {c.start for c in inside}
        pos = lo
        for x in re.split("[、和及与]", m.group(1)):
            if pos not in taken and _named_founder(x) and (_plain_item(x) or _capital_firm(x)):
                out.append(Candidate(pos, pos + len(x), x, ty, "founders", 0.6))
            pos += len(x) + 1
    return out


def _zone_in_quotes(inner: str, whole: lexicon.Suffix | None) -> str | None:
    """The park head of a quoted zone's name followed by a facility's or project's head (“甲·乙示范区”孵化中心,
    “甲园区”服务中心项目), else None: the writer quotes the zone's name whole, so the quote is the name and the head
    after it names a facility in the zone, which annotators do not count as a name of its own."""
    if whole is None or whole.type not in ("Platform", "ResearchInstitute", "Program"):
        return None
    suf = lexicon.suffix_of(inner)
    if suf is None or suf.type != "Park" or len(inner) < max(suf.min_len, len(suf.text) + 2):
        return None
    return suf.text


_SAME_HEAD_TYPES = frozenset({"ResearchInstitute", "University", "Lab", "Hospital"})
_NEXT_ITEM = re.compile(rf"、(?P<item>[{CJK}]{{4,16}}?)(?=[、，。；：）)\n]|等|和|及|与|$)")


def _same_head_items(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """包括东岭理化研究所、材料技术综合研究所: the items listed after a named institution that end in its very head
    word are institutions of that kind too, even when their words alone would describe a kind (a foreign body's
    name translated word for word: 产业技术综合, 电子通信). Why: a list that opens with one body names bodies;
    a kind written after a name is joined by 等 or 和, not a further 、 item with the same head."""
    out: list[Candidate] = []
    for a in chosen:
        if a.type not in _SAME_HEAD_TYPES or text[a.end : a.end + 1] != "、":
            continue
        head = lexicon.suffix_of(a.text)
        if head is None or head.type != a.type:
            continue
        pos = a.end
        while (m := _NEXT_ITEM.match(text, pos)) is not None:
            item = m.group("item")
            suf = lexicon.suffix_of(item)
            core = item[: -len(head.text)]
            if suf is None or suf.text != head.text or len(core) < 4 or lexicon.is_generic(item):
                break
            if any(_stop_before(item, k, 0) for k in range(1, len(core) + 1)):
                break
            out.append(Candidate(m.start("item"), m.end("item"), item, a.type, "same-head", 0.6))
            pos = m.end("item")
    return out


_SHORT_COMPANY = re.compile(
    r"(?:生物|医药|基因|药业|制药|控股|医疗)"
    r"(?=建立|成立|研发|推出|获得|完成|宣布|开发|启动|自主|率先|成功|正式|收购|并购|已|于[0-9一二]|发布公告|公告称|旗下|董事长|总裁|首席执行官|CEO|创始人|牵头|携手|在[^，。]{0,12}(?:设立|建设|成立|投资|上市|设了|建了|建有)"
    r"|由[^，。；]{2,40}?(?:合资|共同|联合)?(?:成立|创办|创立)|营运|运营|签署|签订|签约|与[^，。；]{2,30}?(?:合作|签署|签订|签约|共建|携手)"
    r"|(?P<partner>)(?:联合|牵手|联同|伙拍|合作|共建|共同"
    r"|[和及、][^，。；]{2,30}?(?:合作|签署|签订|签约|共建|携手|共同|联合)))"
)
"""A short trade name's head and what may follow it: a firm's own act (建立, 宣布, 签署…), or a joint act it takes
part in (group ``partner``: 某某生物联合Y…, 与某某基因合作, 某某医药和Y共同…, 某某医药、Y签署…)."""
_WORDS_BEFORE_A_FIRM = frozenset("据由经与和对向将把被请并及")
_CHARS_BEFORE_A_FIRM = frozenset("是托由与和及同为经被对向据合手")
"""Characters that end the word before a short trade name inside a run of ideographs (是, 委托, 由, 与, 联合, 携手 …)."""
_KINDS_OF_FIRM = frozenset({"企业", "公司", "药企", "药厂", "厂商"})
"""A kind of firm right before a short trade name (生物科技企业某某基因, 初创企业某某医药) describes the firm it names."""
_NOT_COMPANY_CORE = (
    "精准",
    "智慧",
    "数字",
    "互联网",
    "合成",
    "海洋",
    "工业",
    "农业",
    "分子",
    "结构",
    "计算",
    "系统",
    "细胞",
    "化学",
    "民族",
    "再生",
    "转化",
    "基础",
    "前沿",
    "未来",
    "绿色",
    "远程",
    "移动",
    "临床",
    "中西",
    "微",
)


def _short_companies(text: str) -> list[Candidate]:
    """A short trade name (2–4 characters + 生物/医药/基因/药业/制药/控股) opening a clause whose verb is a
    company's act (北科生物建立了…, 某某医药宣布…) is a Company."""
    out = []
    for m in _SHORT_COMPANY.finditer(text):
        # the name is the whole run of ideographs before the head: 2–4 of them, after a non-letter
        h = m.start()
        s0 = h
        while s0 > 0 and h - s0 <= 4 and "\u4e00" <= text[s0 - 1] <= "\u9fff":
            s0 -= 1
        if s0 > 0 and "\u4e00" <= text[s0 - 1] <= "\u9fff":
            # 实验室是某某基因在香港设立的…, 政府委托某某基因…: a particle or a verb's last character right before
            # a two- or three-character trade name opens it
            s0 = next((h - n for n in (3, 2) if text[h - n - 1 : h - n] in _CHARS_BEFORE_A_FIRM), -1)
            if s0 < 0:
                # 生物科技公司某某基因牵头…, 初创企业某某医药获得…: a kind of firm written before the name opens it
                s0 = next((h - n for n in (4, 3, 2) if text[h - n - 2 : h - n] in _KINDS_OF_FIRM), -1)
            if s0 < 0:
                continue
        if not 2 <= h - s0 <= 4 or (s0 > 0 and (text[s0 - 1].isascii() and text[s0 - 1].isalpha())):
            continue
        if h - s0 >= 3 and text[s0] in _WORDS_BEFORE_A_FIRM and lexical.cut(text[s0:h])[0] == text[s0]:
            s0 += 1  # 据某某生物董事长…: the preposition opens the clause, the name starts after it
        name = text[s0 : m.end()]
        core = name[:-2]
        first = lexical.cut(core)[0]
        if len(first) >= 2 and len(first) < len(core) and lexical.tag(first) == "v":
            continue  # 、促进民族医药开发利用: a verb opens the run, the trade after it is its object, no firm
        if m.group("partner") is not None and core.endswith(_FIELD_OPENINGS):
            continue  # 两地生物医药合作: the field is what they work on, no firm
        if (
            only_modifiers(core)
            or core.startswith(_NOT_COMPANY_CORE)
            or core in lexicon.region_prefixes()
            or lexicon.is_generic(name)
            or any(_stop_before(core, k, 0) for k in range(1, len(core) + 1))
        ):
            continue
        out.append(Candidate(s0, m.end(), name, "Company", "short:company", 0.6))
    return out


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

LEVEL_CHARS = "市省区县"
"""The level words a place takes when a body is named after it (东岭市, 广东省, 南湖区, 西山县)."""


def split_joint_issuers(words: str) -> list[str]:
    """东岭市发展改革局东岭市科技局 → [东岭市发展改革局, 东岭市科技局]: joint issuers written without the
    spaces between them, cut where a head word is followed by the next body's place with its level (see
    :func:`_next_issuer_at`); a single body's name comes back alone."""
    own = _level_place_opening(words, 0)
    out: list[str] = []
    start = 0
    for k in range(3, len(words) - 3):
        if words[k - 1] in _BODY_ENDS and _ends_agency(words[start:k]) and _next_issuer_at(words, k, own):
            out.append(words[start:k])
            start = k
    out.append(words[start:])
    return out


def _ends_agency(words: str) -> bool:
    """``words`` end in an agency's head word (局, 委员会, 人民政府)."""
    suf = lexicon.suffix_of(words)
    return suf is not None and suf.type == "Agency"


def _level_place_opening(text: str, start: int) -> str | None:
    """The place with its level word that opens the name at ``start`` (东岭市 of 东岭市发展改革局): two to four
    characters and 市/省/区/县, as every local body's full name opens."""
    for n in (3, 4, 5):
        if text[start + n - 1 : start + n] in LEVEL_CHARS:
            return text[start : start + n]
    return None


def _next_issuer_at(text: str, k: int, own: str | None) -> bool:
    """A second local body's name opens at ``k``, right after a first one's head word: the place with its level
    again (东岭市发展改革局东岭市科技局) or a city or province the division table knows, written with its level
    (南湖市发展改革委员会南湖市科技委员会). Why: joint issuers head a notice's title side by side, and once the
    spaces between them are gone only the repeated place shows where the next one starts; a place written without
    its level (海关总署广东分署) is part of one body's name."""
    if own is not None and text.startswith(own, k):
        return True
    from policykg.extract.components.gazetteer import places

    table = places()
    return any(text[k + n - 1 : k + n] in LEVEL_CHARS and text[k : k + n] in table for n in (3, 4, 5))
