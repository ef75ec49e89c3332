"""The words a name finder reads: stop words, legal forms, titles, surnames, trade and product words, the
vocabulary of financing rounds, and :class:`Candidate`, the possible mention every finder returns.

Most come from tables in ``resources/names`` (one word or row per line, with the reason in a comment), so a word is
data, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
