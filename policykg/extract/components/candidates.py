"""Name candidates from the rule finder: institutional head words, 《titles》, quoted names,
known names from the lexicon, coordinated names that share a head (A、B和C大学).

The finder itself is :mod:`policykg.extract.names` (with its line memo); this component
runs it on the body of the document and splits names that share a prefix and a tail.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.components.decide import acting_verbs, clause_verbs
from policykg.extract.components.structure import SCHOOL_HOSPITAL
from policykg.extract.doc import Doc
from policykg.extract.line_memo import find_candidates
from policykg.extract.names import (
    JURISDICTION_STARTS,
    SURNAMES,
    THEME_PLUS,
    Candidate,
    add_free,
    only_modifiers,
    titles_before_names,
)

_NAMED_AFTER = re.compile(
    r"(?:设立|推出|成立|启动|开设|建立|打造|实施|名为|称为|命名为)(?:了|的|一项|一个|一项名为|一个名为)?"
    r"[“\"「]([^“”\"「」\n，。；]{2,20})[”\"」]"
)
"""推出的“企业支援计划”, 名为“网络安全资讯共享平台”: a quoted term after an act of creation names the thing."""
_COUNTED_AIMS = re.compile(r"[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}")
"""三地一区, 五高地一示范, 一核两翼: a slogan that counts the kinds of thing a plan is to build (two numerals, each
with its kind); after 打造 it states the plan's aims (a known one, 一带一路, is a name of its own)."""
_MODIFIES_AFTER = re.compile(r"的[\u4e00-\u9fff]")
"""“X”的Y after an act (推出了“研发在前、转化在后”的合作机制): 的 makes the quote a description of Y, the thing set
up, which is a kind; a quote ending in a head (“某某计划”的第二期) still names its programme."""


_PROGRAMME_AFTER_ACT = re.compile(
    r"(?:推出|实施|开展|设立|启动|参与|参加|加入|推行|成立|落实|通过|透过|经由|申请|纳入|入选|资助|支持|推进"
    r"|推开|扩大|深化|承担|获批)(?:了|的)?"
    r"(?:一项|一个|首个|新的)?(?:名为)?(?P<name>(?![与同跟])(?:(?!推行|推出|实施|开展|参与|参加|加入|建立|签署|签订)[\u4e00-\u9fffA-Za-z0-9+＋]){2,16}?"
    r"(?:计划|工程|基金|专项|专项行动|试点|资助计划|支援计划|先导计划))(?=[，。；、）)的和及与将已为在中，\s]|工作|$)"
)
"""推出科技券计划, 实施工业大数据能力提升工程, 持续推进某某伙伴计划: a programme named right after the act that runs it.
Plans and replies also roll out, widen, deepen, take on or win a pilot or a project (推开/扩大/深化/承担/获批某某试点),
and call the running of one its work (某某试点工作). A second act inside the span (资助学校推行…计划,
支持高校参与国际大科学计划, 透过与伙伴建立合作计划) shows a clause (who runs or joins what), not a name, and so does a
partner opening it (深化与东岭大学合作计划: the act is done with the partner, the plan is a kind)."""


_PARTY_MEETING = re.compile(
    r"党的(?:二十|十)[一二三四五六七八九]?大(?!会|厦|型|量|力|幅|批|多)"
    r"|(?<![一二三四五六七八九十])(?:二十|十)[一二三四五六七八九]?届(?:[一二三四五六七八九]中、)*[一二三四五六七八九]中全会"
)
"""党的十九大, 二十届二中全会, 十九届二中、三中全会: the Party's congresses and plenary sessions, which
national and local documents cite as the line they carry out; they have no head word the finder knows."""


_REGISTER = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})(?:名册|名录)")
"""药物名册: a register named by the one noun it lists. Unmarked, it is a name only when the text keeps
returning to it (:func:`_registers`); said once it may be anyone's list (一份会员名册)."""


def _registers(text: str, end: int) -> list[Candidate]:
    """X名册 / X名录 with X one noun, said at least twice in the body: the register the document is about (a
    formulary a question keeps citing); each occurrence is a mention."""
    found: dict[str, list[int]] = {}
    if "名册" not in text and "名录" not in text:
        return []  # (every match holds one of the two words: skip the scan at every ideograph)
    for m in _REGISTER.finditer(text, 0, end):
        if lexical.tag(m.group("noun")) == "n":
            found.setdefault(m.group(), []).append(m.start())
    return [
        Candidate(i, i + len(name), name, "Policy", "policy:register", 0.7)
        for name, starts in found.items()
        if len(starts) >= 2
        for i in starts
    ]


_BOX_HEADING = re.compile(
    r"(?m)(?:^|(?<=[。；）)]))[ \t\u3000]*专栏[ \t\u3000]*\d{1,2}[ \t\u3000:：]*"
    r"(?P<name>[^\n，。；、]{4,40}?(?:工程|计划|行动|专项|项目))[ \t\u3000]*$"
)
"""专栏3  东岭智造提质工程: a plan's numbered box is headed by the name of the programme it sets out (the
heading may have been joined to the paragraph before it, whose last sentence it then follows)."""


_OUTLET_CUE = re.compile(
    r"(?:向|对|接受|告诉)(?P<reporter>(?!本|该|此|贵|我|各|多)[\u4e00-\u9fff]{2,5}?)记者"
    r"|成为(?P<reader>(?!本|该|此|我)[\u4e00-\u9fff]{2,6}?)的(?:月费|年费)?(?:订户|会员)"
)
"""向X记者忆述, 请加入成为X的月费订户: the outlet whose reporter someone spoke to, or whose subscribers a news page
asks for, is named right there (a news site's own name has no head word: 某某新闻, 某某传媒)."""


_OUTLET = r"(?:(?!本|该|此|我|各|据)[\u4e00-\u9fffA-Za-z\-－—·]){1,12}?(?:网|社|报|台|卫视|频道|新闻)"
"""A news outlet's name ends in what it is (某某网, 某某社, 某某日报, 某某电视台, 某某卫视, 某某网-某某频道,
某某新闻)."""
_OUTLET_NAMED = re.compile(
    # where one of the forms below may start: a line's start, after a bracket, or at 来源, 据 or a bracket (the
    # guard only speeds the scan: the engine no longer tries seven forms at every character)
    r"(?m)(?:^|(?<=[）)（(【\[])|(?=[来据（(]))(?:"
    rf"(?:^|(?<=[）)]))[ \t\u3000]*(?P<wire>{_OUTLET})(?:[\u4e00-\u9fff]{{2,4}})?"
    rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:电|讯|消息)"
    rf"|(?<!数据)(?<!资料)(?<!信息)来源\s*[:：]\s*(?P<source>{_OUTLET})(?=$|[\s，。；）)|]|作者|编辑|责编|发布|时间|日期|\d)"
    rf"|据(?P<reported>{_OUTLET})(?:报道|消息|电)"
    rf"|(?:^|(?<=[（(\n]))(?P<byline>{_OUTLET})记者"
    rf"|(?:^|(?<=[【\[（(\n]))[ \t\u3000]*(?P<bulletin>{_OUTLET})(?:讯|消息[:：])"
    rf"|据(?:[\u4e00-\u9fff]{{2,3}})?《(?P<cited>{_OUTLET})》(?:报道|消息|电)"
    rf"|[（(](?P<photo>{_OUTLET})(?:记者)?[ \t\u3000]*[\u4e00-\u9fff]{{2,4}}[ \t\u3000]*摄[）)]"
    r")"
)
"""How news items name the outlet that publishes or is quoted: the dateline that opens an item (新华社北京3月5日电,
某某网12月2日电, 某某网2024年9月11日讯, 某某网北京6月3日消息; also after a photo caption that ends in a bracket),
the source line of a web page (来源：某某网-某某频道, also run into the 作者 or 发布时间 field after it once the
normaliser has removed the space), a report cited (据某某社报道), a byline (（某某日报记者 王某）), a news item's
opening bulletin mark (【某某报讯】, 某某网消息：), a paper cited by its title (据香港《某某报》报道) and a photo credit
(（某某社 王某摄）). 数据来源 and 资料来源 cite where figures come from, not a publisher."""


_PAGE_HEAD = 300
"""A web page's source line stands with its date above the item; further down (a figure's 来源：) it cites a
source of data, which the guidelines leave out with bibliographies."""


def _news_outlets(text: str, end: int) -> list[Candidate]:
    """The outlet named by a reporter, subscription, dateline, source or citation cue, at each of its mentions
    in the body."""
    cued = "记者" in text or ("成为" in text and ("订户" in text or "会员" in text))  # what every cue holds
    names = {m.group("reporter") or m.group("reader") for m in (_OUTLET_CUE.finditer(text) if cued else ())}
    names = {n for n in names if not lexicon.is_generic(n) and lexical.tag(n) in (None, "nt", "nz", "nr", "ns")}
    names |= {
        n
        for m in _OUTLET_NAMED.finditer(text)
        if (n := next(g for g in m.groups() if g))
        and "政府" not in n
        and not lexicon.is_generic(n)
        and (m.group("source") is None or m.start() < _PAGE_HEAD)
    }
    out = []
    for name in names:
        i = text.find(name, 0, end)
        while i >= 0:
            out.append(Candidate(i, i + len(name), name, "Company", "media:outlet", 0.7))
            i = text.find(name, i + len(name), end)
    return out


def _box_headings(text: str, end: int) -> list[Candidate]:
    """The programme named by each box heading of a plan (专栏N X工程/计划/行动). Why: such a heading is a name
    even where its words alone read as a description (示范应用工程), because the plan numbers and runs it."""
    if "专栏" not in text:
        return []  # (every heading holds the word: skip the scan at every line)
    return [
        Candidate(m.start("name"), m.end("name"), m.group("name"), "Program", "box-heading", 0.8)
        for m in _BOX_HEADING.finditer(text, 0, end)
    ]


_DESIGNATION = re.compile(
    r"(?:入选|获批|获评|荣获|评为|确立为|确定为|认定为|命名为|列为|批准为|创建|创成|开展|启动|承担|纳入|列入|通过)"
    r"(?:了|为)?(?:首批|第[一二三四五六七八九十]+批)?[“「\"]?"
    r"(?P<name>(?:国家|全国)(?:(?![的和及与、，。；：为在将已被])[\u4e00-\u9fff]){4,22}?"
    r"(?:综合改革试验区|改革试验区|示范区|试点市|试点城市|试点县|示范市|示范城市|示范县|示范基地|教育基地|建设项目))"
    r"(?=[”」\"，。；、）),.;:：]|$|复审|称号|建设|工作|[和及与的])"
)
"""南湖市被国家某局确立为国家中医药综合改革试验区, 入选国家中医临床研究基地建设项目, 通过“国家某某示范区”复审: a
national title a ministry confers on a city or a hospital (a pilot zone, a demonstration district, a base, a building
project of a national centre) is a programme the unit is taken into (ANNOTATING: named pilot programmes), not a
territory or a facility; its name runs from 国家/全国 to the head right after the act of selecting or running it.
A zone opened by its place (东岭国家自主创新示范区) is a park and is left to the head-word finder."""


def _designations(text: str, end: int) -> list[Candidate]:
    """The national titles named right after an act of selecting, conferring or running them (see
    :data:`_DESIGNATION`); they replace what the head-word finder made of the same words (a facility cut before
    建设项目, a park typed by 示范区)."""
    return [
        Candidate(m.start("name"), m.end("name"), m.group("name"), "Program", "designation:selected", 0.75)
        for m in _DESIGNATION.finditer(text, 0, end)
    ]


_SCHOOL_HOSPITAL_TAIL = re.compile(r"(?:附[一二三四五六七八九十]院|[一二三四五六七八九十]附?院)")
"""The numbered ends of :data:`structure.SCHOOL_HOSPITAL` (附四院, 一附院, 二院): found first, so the whole pattern is
tried only where one stands instead of at every character of the document."""


def _school_hospital_short_forms(text: str, end: int) -> list[Candidate]:
    """The affiliated hospitals written by their short forms (see :data:`structure.SCHOOL_HOSPITAL`). Why: read by the
    head-word finder the form has no 医院, and the lexicon reads its first two characters as a university's short
    form (中大, 南大), which names a school the sentence does not name."""
    out: list[Candidate] = []
    taken = 0
    for tail in _SCHOOL_HOSPITAL_TAIL.finditer(text, 0, end):
        # the school's part is two to four characters before the tail (苏大, 安医大, 某医科大): try the longest first,
        # as a scan from the left would
        for start in range(max(taken, tail.start() - 4), tail.start() - 1):
            m = SCHOOL_HOSPITAL.match(text, start, end)
            if m is not None and m.end() == tail.end():
                out.append(Candidate(m.start(), m.end(), m.group(), "Hospital", "hospital:school-short-form", 0.75))
                taken = m.end()
                break
    return out


def _title_lines(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """A line that is the whole of a 《title》 found elsewhere in the document. Why: a notice that transmits a
    plan (现将《东岭…实施方案》印发给你们) prints the plan below it under its title, set as a heading without
    marks; read alone, the words of that heading split into fragments (a plan named inside it, a bare head)."""
    titles = {c.text for c in cands if c.rule.startswith("book-title") and len(c.text) >= 6}
    if not titles:
        return []
    out: list[Candidate] = []
    at = 0
    for line in text[:end].split("\n"):
        name = line.strip()
        if name in titles:
            start = at + line.index(name)
            out.append(Candidate(start, start + len(name), name, "Policy", "book-title:heading", 0.9))
        at += len(line) + 1
    return out


_UNIT = r"[\u4e00-\u9fff]{2,8}?(?:小组|组|处|科|室)"
_UNITS_SET_UP = re.compile(rf"(?<![辖轄])下设(?!有)(?P<units>{_UNIT}(?:[、和及]{_UNIT})*)(?=[。，；,;]|等)")
"""议价办公室下设综合组、评审组和谈判小组: the units a body sets up inside itself, named by their task."""


def _units_set_up(text: str, end: int) -> list[Candidate]:
    """Each unit listed after 下设. Why: bare as they are (专家组), the sentence names them as the body's own
    parts, and the rule X下设A gives each PART_OF X; 办公室 alone is the office every such body has."""
    out = []
    for m in _UNITS_SET_UP.finditer(text, 0, end):
        pos = m.start("units")
        for name in re.split("[、和及]", m.group("units")):
            if name not in ("办公室", "工作组", "小组"):
                out.append(Candidate(pos, pos + len(name), name, "Agency", "unit:set-up", 0.7))
            pos += len(name) + 1
    return out


def _democratic_party_pattern() -> re.Pattern[str]:
    """Short form + optional place + a level's committee (民建省委会, 九三学社东岭市委会, 民盟中央), or a full name,
    from ``facts/democratic_parties.tsv``."""
    rows = resources.files("policykg.resources").joinpath("facts", "democratic_parties.tsv").read_text(encoding="utf-8")
    full: list[str] = []
    short: list[str] = []
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            name, abbr = line.split("\t")[:2]
            full.append(name)
            short.append(abbr)
    level = r"(?:省委会|市委会|区委会|县委会|省委|市委|中央委员会|中央)"
    return re.compile(
        "(?:" + "|".join(sorted(full, key=len, reverse=True)) + ")(?:[\u4e00-\u9fff]{0,3}?" + level + ")?"
        "|(?:" + "|".join(sorted(short, key=len, reverse=True)) + ")[\u4e00-\u9fff]{0,3}?" + level
    )


_DEMOCRATIC_PARTY = _democratic_party_pattern()
_DEMOCRATIC_PARTY_MARKS = ("民革", "民盟", "民建", "民进", "农工", "致公", "九三", "台盟", "民主", "国民党")
"""Two characters every name or short form of the pattern contains: a document without any of them is not scanned
(the pattern's alternation is tried at every character otherwise)."""


def _democratic_parties(text: str, end: int) -> list[Candidate]:
    """民建省委会, 农工党中央: a democratic party's committee, one body. Why: the finder reads 省委 or 党中央 inside it
    as the Communist Party's committee (民建|省委, 农工|党中央), and replies to CPPCC proposals address these
    committees by name."""
    if not any(text.find(mark, 0, end) >= 0 for mark in _DEMOCRATIC_PARTY_MARKS):
        return []
    return [
        Candidate(m.start(), m.end(), m.group(), "Association", "democratic-party", 0.85)
        for m in _DEMOCRATIC_PARTY.finditer(text, 0, end)
    ]


_CONGRESS_REPORT = re.compile(r"(?:党的)?(?<![一二三四五六七八九十])(?:二十|十)[一二三四五六七八九]?大报告")
"""党的十九大报告, 二十大报告: the report to a Party congress, the document policy texts and reports quote most."""


def _party_meetings(text: str, end: int) -> list[Candidate]:
    """The Party's congresses and plenums (events) and the reports to its congresses (documents)."""
    reports = []
    # (every report's name holds 大报告 and every meeting's 党的 or 中全会: skip the scans at every ideograph)
    for m in _CONGRESS_REPORT.finditer(text, 0, end) if "大报告" in text else ():
        full = m.group() if m.group().startswith("党的") else "党的" + m.group()
        name = full if full in text else m.group()  # 十九大报告 after 党的十九大报告: the same report, one entity
        reports.append(Candidate(m.start(), m.end(), name, "Policy", "policy:congress-report", 0.8))
    meetings = [
        Candidate(m.start(), m.end(), m.group(), "Event", "event:party-meeting", 0.8)
        for m in (_PARTY_MEETING.finditer(text, 0, end) if "党的" in text or "中全会" in text else ())
        if not any(r.start <= m.start() < r.end for r in reports)
    ]
    return meetings + reports


_COPY_LINE = re.compile(r"(?m)^[ \t\u3000]*抄\s*送\s*[:：][ \t\u3000]*(?P<items>[^\n]+)$")
_COPY_ITEM = re.compile(r"[\u4e00-\u9fff（）()]{4,24}")
_COPY_HEADS = ("室", "处", "办", "委", "局", "厅", "会", "院", "部", "政府", "中心", "人大", "政协")


def _copied_to(text: str, end: int) -> list[Candidate]:
    """Each body on a 抄送： line (抄送：市政府督查室，市人大代表工作处。) as one Agency name.

    Why: the line lists nothing but government offices, each whole item names one (seed replies carry such
    lines; their gold keeps each item whole), while the head-word finder knows only some office heads and
    otherwise picks the government inside the item (市政府 in 市政府督查室), which the item does not mention
    as an actor. Items must open as an agency does (市, 区, 国家, a city) and end in an office's head."""
    out = []
    for m in _COPY_LINE.finditer(text, 0, end):
        pos = m.start("items")
        for piece in re.split(r"([，,、；;。.\s]+)", m.group("items")):
            name = piece.strip()
            if _COPY_ITEM.fullmatch(name) and name.startswith(JURISDICTION_STARTS) and name.endswith(_COPY_HEADS):
                out.append(Candidate(pos, pos + len(name), name, "Agency", "copy-to", 0.75))
            pos += len(piece)
    return out


_SESSION_AFTER = re.compile(r"第?[一二三四五六七八九十]{1,3}次(?:全体)?会议")


def _with_session(text: str, cands: list[Candidate]) -> list[Candidate]:
    """广州市第十六届人民代表大会|第六次会议: the congress found by its 大会 head runs on to the session named
    right after it (the occasion a work report names on its title line)."""
    out = []
    for c in cands:
        m = _SESSION_AFTER.match(text, c.end) if c.type == "Event" and c.text.endswith("代表大会") else None
        if m and "届" in c.text:
            c = Candidate(c.start, m.end(), text[c.start : m.end()], c.type, c.rule, c.confidence, c.entry)
        out.append(c)
    return out


def run(doc: Doc) -> None:
    cands = find_candidates(doc.text, doc.document.addressees)
    cands = [c for c in cands if c.start < doc.body_end]
    copied = _copied_to(doc.text, doc.body_end)
    outlets = _news_outlets(doc.text, doc.body_end)
    # (an outlet's name holds a place, 东岭新闻网, 某某网-南湖频道: the outlet, named by its cue, is the mention; a
    # paper cited by its 《title》 is the outlet, not a document)
    cands = [
        c
        for c in cands
        if not any(
            k.start <= c.start and c.end <= k.end and (c.length < k.length or c.rule.startswith("book-title"))
            for k in copied + outlets
        )
    ]
    cands = _shared_suffix(doc.text, cands)
    cands = _known_fund_programmes(doc.text, doc.body_end, cands)
    boxes = (
        _box_headings(doc.text, doc.body_end)
        + _designations(doc.text, doc.body_end)
        + _school_hospital_short_forms(doc.text, doc.body_end)
    )
    if boxes:
        cands = sorted(
            [c for c in cands if not any(b.start < c.end and c.start < b.end for b in boxes)] + boxes,
            key=lambda c: c.start,
        )
    heads = _title_lines(doc.text, doc.body_end, cands)
    if heads:
        # an attached policy's own heading: its words are its title, not names (南湖…纲要和“十五五”规划…计划)
        cands = sorted(
            [c for c in cands if not any(h.start < c.end and c.start < h.end for h in heads)] + heads,
            key=lambda c: c.start,
        )
    units = _units_set_up(doc.text, doc.body_end) + _democratic_parties(doc.text, doc.body_end)
    if units:
        # 下设A、B和C: the list's layout names each unit, so it overrides a head-word guess over the same words
        # (集中采购小组 read as a description, 评审组和谈判小组 read as one name sharing 小组)
        cands = sorted(
            [c for c in cands if not any(u.start < c.end and c.start < u.end for u in units)] + units,
            key=lambda c: c.start,
        )
    extra = (
        _named_after_creation(doc.text, doc.body_end)
        + _programmes_after_act(doc.text, doc.body_end)
        + _programmes_as_means(doc.text, doc.body_end)
        + _party_meetings(doc.text, doc.body_end)
        + _registers(doc.text, doc.body_end)
        + outlets
        + copied
    )
    doc.candidates = add_free(_with_session(doc.text, _with_bodies(doc.text, doc.body_end, cands)), extra)


_FUND_PROGRAMME = re.compile(
    r"(?P<rest>(?:(?![的之及或和与以在为将已由向把被对从了个])[\u4e00-\u9fff]){2,6}?(?:计划|项目)"
    r"(?:(?:首|第[一二三四五六七八九十]+)阶段(?:计划|项目))?)"
)
"""关爱基金|医疗援助项目|第二阶段计划: what follows a known fund's name up to a programme head word."""


_RUNS_SCHEMES = frozenset(("Program", "Company", "Park"))
"""Known names a scheme's name opens with: a fund (关爱基金医疗援助计划), or a park or the company that runs one,
whose incubation and support schemes bear its name (某某港培育计划, 某某园创业计划)."""
_VERB_OPENING = re.compile(r"(?:于|将|在|明年|今年|推出|投资|开展|实施|建设|设立|扩建|兴建|引进|招收)")
"""科技园公司计划于明年…, 某某港计划投资…: after a body's name 计划 is often the verb "plans to"."""


def _known_fund_programmes(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """A fund, park or company the lexicon knows, followed by the name of a scheme it runs (关爱基金医疗援助计划,
    某某港培育计划): the scheme's name opens with the runner's. The head-word finder leaves such names alone, as
    计划 is more often a verb."""
    out = list(cands)
    for c in cands:
        if c.entry is None or c.type not in _RUNS_SCHEMES or c.end >= end:
            continue
        m = _FUND_PROGRAMME.match(text, c.end, end)
        if m is None or lexicon.is_generic(m.group("rest")):
            continue
        if c.type != "Program" and (not m.group("rest").endswith("计划") or _VERB_OPENING.match(m.group("rest"))):
            continue
        name = text[c.start : m.end()]
        out = [x for x in out if not (c.start <= x.start and x.end <= m.end())]
        out.append(Candidate(c.start, m.end(), name, "Program", "programme:of-known-fund", 0.75))
    out.sort(key=lambda c: c.start)
    return out


_BODY = re.compile(
    r"(?:^|(?<=[，。；：、\n（(由经 \u3000])|(?<=组成)|(?<=成立)|(?<=设立)|(?<=设有)|(?<=牵头)|(?<=会同)|(?<=承担)"
    r"|(?<=[立成设]了))"
    r"(?P<name>(?!了)(?:国家|国务院|全国|中央|省|市|区|县|[\u4e00-\u9fff]{2,3}[省市])"
    r"(?:(?!组成|成立|设立|设有|牵头|会同|承担)[\u4e00-\u9fff]){2,28}?"
    r"(?:工作领导小组|领导小组|工作小组|工作组|指挥部|联席会议)(?:办公室)?)"
    r"(?=[，。；：、（(\n]|$|[要将应已于在和及与负牵会的设]|关于|同意|印发|研究)"
)
"""国家组织医用耗材联合采购试点工作小组, 省推进数字经济提质发展专项工作组办公室 (or opening with a named city or
province, 佛山市…工作小组): a body set up for one task is
named by its jurisdiction and its task, verbs and coordinators included; it runs from where the clause opens
(or a verb of setting it up, or 承担 of the body doing its daily work) to its head. A notice's title names its
issuing office before 关于, an approval cites the body before 同意 (经X联席会议同意), and a signature line opens with
spaces: each ends or opens the name as a comma does."""


_BODY_HEADS = ("小组", "工作组", "指挥部", "联席会议")


def _with_bodies(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """Task bodies replace the fragments the head-word finder cut from them (工作小组办公室)."""
    if not any(h in text for h in _BODY_HEADS):
        return cands  # the pattern backtracks at every clause opening: skip it where no body is named
    bodies = [
        Candidate(m.start("name"), m.end("name"), m.group("name"), "Agency", "body:task", 0.8)
        for m in _BODY.finditer(text, 0, end)
    ]
    if not bodies:
        return cands
    out = [c for c in cands if not any(b.start <= c.start and c.end <= b.end for b in bodies)]
    kept = add_free(out, bodies)
    return kept


_NOT_IN_PROGRAMME = re.compile(r"[我你他她它们的或把被将已在这那该各每个些]")
_COUNT_OPENING = re.compile(r"[\d一二三四五六七八九十百千两几多]+(?:余)?[支个项只批类家期]")


_KIND_OF_SCHEME = re.compile(r"[\u4e00-\u9fff]{2}(?:计划|工程|专项|试点)")


def _programmes_after_act(text: str, end: int) -> list[Candidate]:
    out = []
    for m in _PROGRAMME_AFTER_ACT.finditer(text, 0, end):
        name = m.group("name")
        if _NOT_IN_PROGRAMME.search(name):
            continue  # 或批准把药物纳入基金, 我们的研究计划: a clause, not a name
        if _COUNT_OPENING.match(name):
            continue  # 设立36支子基金, 启动三项计划: a number of funds or plans is a count, not a name
        if _KIND_OF_SCHEME.fullmatch(name) and lexical.tag(name[:2]) == "vn":
            continue  # 资助试验计划, 开展培训计划: an activity noun and a head are a kind (火炬计划 stays)
        out.append(Candidate(m.start("name"), m.end("name"), name, "Program", "programme:after-act", 0.7))
    return out


_MEANS_OPENING = re.compile(r"通过|透过|借助")
_MEANS_LIST = re.compile(r"[\u4e00-\u9fffA-Za-z0-9／/、]{3,60}")
_MEANS_ACT = re.compile(r"，?(?:资助|支持|拨款|提供|鼓励|协助|推动|向|为)")
_MEANS_HEAD = re.compile(r"(?:计划|基金|研究金|专项)$")
_MEANS_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9／/]{2,16}?(?:计划|基金|研究金|专项))(?:、|及|和|$)")


def _means_items(items: str) -> list[tuple[int, str]] | None:
    """A list of scheme names (A、B及C) that the whole of ``items`` is, with their offsets; None if it is not."""
    pos, found = 0, []
    while pos < len(items):
        it = _MEANS_ITEM.match(items, pos)
        if it is None:
            return None
        found.append((it.start("name"), it.group("name")))
        pos = it.end()
    return found or None


def _programmes_as_means(text: str, end: int) -> list[Candidate]:
    """研资局透过A、B及C资助研究 / 政府透过X计划，资助学生: the schemes named after 透过/通过 are the means of the
    funding act that follows, so each is a name even with a verb right after its head (which
    :data:`_PROGRAMME_AFTER_ACT` and the head-word finder read as 计划 the verb). The span up to the act must be
    a list of names each ending in a programme head, or nothing is taken (通过加强合作推动…: no scheme)."""
    out: list[Candidate] = []
    for o in _MEANS_OPENING.finditer(text, 0, end):
        run = _MEANS_LIST.match(text, o.end(), min(end, o.end() + 60))
        if run is None:
            continue
        for cut in range(o.end() + 3, run.end() + 1):  # the shortest span that reaches the act and is a list
            if not _MEANS_ACT.match(text, cut):
                continue
            found = _means_items(text[o.end() : cut])
            if found is None:
                continue
            for off, name in found:
                core = _MEANS_HEAD.sub("", name)
                vague = len(core) < 2 or only_modifiers(core)
                if vague or _NOT_IN_PROGRAMME.search(name) or _COUNT_OPENING.match(name):
                    continue  # 通过各项计划资助: a determiner or a bare kind, not a scheme's name
                start = o.end() + off
                out.append(Candidate(start, start + len(name), name, "Program", "programme:as-means", 0.7))
            break
    return out


def _named_after_creation(text: str, end: int) -> list[Candidate]:
    out = []
    for m in _NAMED_AFTER.finditer(text, 0, end):
        inner = m.group(1).strip()
        if THEME_PLUS.search(inner):
            continue  # 打造“5G+工业互联网”园区网络: a theme of two fields joined by a plus, no programme's name
        if _COUNTED_AIMS.fullmatch(inner) and text.startswith("打造", m.start()) and not lexicon.entries_for(inner):
            continue  # 打造“三地一区”, 聚力打造“五高地一示范”: a plan's aims counted in a slogan, no programme run
        suf = lexicon.suffix_of(inner)
        if suf is None and _MODIFIES_AFTER.match(text, m.end()):
            continue  # 设立了“楼上研发、楼下转化”的孵化模式: the quote describes the thing set up, a kind after 的
        out.append(
            Candidate(
                m.start(1), m.start(1) + len(inner), inner, suf.type if suf else "Program", "quote:after-creation", 0.75
            )
        )
    return out


def _ends_with_office_and_holder(frag: str) -> bool:
    """书记张某, 主任王某某: a title with a person's name (two or three characters) after it ends the piece before
    the 、; a list of people with their offices shares no name's tail between two bodies."""
    return any(frag[:-n].endswith(titles_before_names()) and frag[-n] in SURNAMES for n in (2, 3) if len(frag) > n)


@lru_cache(maxsize=1)
def _clause_and_acting_verbs() -> tuple[str, ...]:
    """Verbs a body's name can stand before in a list of roles (主办, 承办, 协办, 指导, 命名): the clause verbs
    and the acting verbs of the name finder, two characters or more."""
    return tuple(w for w in clause_verbs() | acting_verbs() if len(w) >= 2)


def _ends_with_verb(frag: str) -> bool:
    """The piece between a body and the 、 is a verb (东岭市科技局主办、南湖区政府承办): the list pairs each body
    with its role in an event or a measure, and the piece is no part of a name the two share. Why: read as
    P甲、乙TAIL, the second body took the first one's whole name as its prefix (东岭市科技局南湖区政府), a body
    that does not exist, and the event lost one of its organisers."""
    return frag.endswith(_clause_and_acting_verbs() + _LEAD_WORDS)


_LEAD_WORDS = ("牵头", "领衔", "主导", "配合")
"""Roles in a list of bodies that share out a task (东岭省科技厅牵头、东岭省财政厅等部门组成…): the piece before
the 、 is the first body's role, not a name the two share."""


def _shared_suffix(text: str, cands: list[Candidate]) -> list[Candidate]:
    """P甲、乙TAIL → P甲TAIL and P乙TAIL (国家药监局药品、医疗器械审评检查…分中心 names two centres)."""
    out = list(cands)
    # the shared prefix is an agency the rules found, known to the lexicon or not (国家X局药品、…分中心)
    agency_ends = {p.end: p for p in cands if p.type == "Agency"}
    for i, c in enumerate(cands):
        if (
            c.type != "Agency"
            or c.entry is not None
            or c.start < 3
            or text[c.start - 1] != "、"
            or c.text.startswith(JURISDICTION_STARTS)
        ):
            continue  # 、市B委 is a list of whole agencies, not the second half of a shared name
        # fragment between a known agency and the 、
        j = c.start - 1
        k = j
        while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and j - k < 6:
            k -= 1
            p = agency_ends.get(k)
            if p is not None and i > 0 and cands[i - 1] is p:
                frag = text[k:j]
                if _ends_with_verb(frag):
                    break  # A主办、B承办的Y / A指导、B主办: each body with its own role, no name shared by two
                if frag.endswith(titles_before_names()) or _ends_with_office_and_holder(frag):
                    break  # 某市政协副主席、某区区委书记: a list of offices held, no name shared by two bodies
                    # (南湖区委书记张某、南湖区人民政府区长王某: each office with its holder's name after it)
                head = lexicon.suffix_of(c.text)
                if head is not None and frag.endswith(head.text):
                    break  # 南湖区委区政府、北岭区政府: the piece ends with the same head, a body of its own
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
