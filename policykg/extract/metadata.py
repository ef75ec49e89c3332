"""Document header metadata: title, 文号, issuer, date, addressees, genre, region.

Chinese official documents put their metadata in a fairly fixed header (issuer
line, 文号 such as 沪科提复〔2022〕49号, title line, "张三、李四委员：") and a
footer (issuer + date); research reports have neither. The parser looks only at
the first and last lines so it stays cheap on long files and is never confused
by numbers quoted in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.extract import lexicon
from policykg.extract.names import PLACE_COMMITTEES, split_joint_issuers

_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

DOC_NUMBER_RE = re.compile(r"([\u4e00-\u9fff]{1,8})\s*[〔\[［【(（]\s*((?:19|20)\d\d)\s*[〕\]］】)）]\s*(\d{1,4})\s*号")


def _doc_number(line: str) -> re.Match[str] | None:
    """:data:`DOC_NUMBER_RE`'s search, only on lines holding the 号 every match ends in. Why: the pattern tries one
    to eight ideographs before a bracket at every ideograph of a line, and the header parse asks it of every
    head line while only the document number's line holds a 号."""
    return DOC_NUMBER_RE.search(line) if "号" in line else None


DATE_ARABIC_RE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_ISO_RE = re.compile(r"((?:19|20)(?<!\d..)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
"""yyyy-mm-dd not preceded by a digit; the look-behind sits after the literal century so the
engine can skip to candidate positions instead of trying the look-behind everywhere."""
DATE_CN_RE = re.compile(
    r"([〇○零一二三四五六七八九O]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
ADDRESSEE_RE = re.compile(
    r"^\s*(?:尊敬的\s*)?((?:[\u4e00-\u9fff·]{2,4}[、，,]\s*)*[\u4e00-\u9fff·]{2,4})(?:等)?\s*"
    r"(委员|代表|同志|先生|女士|议员)\s*[：:]\s*$"
)
REPLY_TITLE_RE = re.compile(r"(答复|复函|的回复)")
POLICY_TITLE_RE = re.compile(r"(通知|意见|办法|规定|措施|方案|规划|细则|条例|决定|指引|纲要|计划)")
_SENTENCE_LINE = re.compile(r"[，,]|^(?:根据|按照|依据)|(?:提出|表示|指出|宣布)")
"""A first line that is a sentence (a clause break, a citing opening, a verb of saying: 歡迎行政長官於《施政報告》內
提出…, 根据《X》要求…): it reports on or cites a policy, it is not the title of one, so the document is no policy."""
_MARKUP_RE = re.compile(r"^[#>*\-\s]+|[*]+$")

_HK_REPLY_ISSUER_RE = re.compile(r"([\u4e00-\u9fff]{2,16}(?:局|署))(?:副)?(?:局长|署长)[^。\n]{0,12}的(?:书面)?答复")
_HK_SPEAKER_RE = re.compile(r"^([\u4e00-\u9fff]{2,16}(?:局|署))(?:副)?(?:局长|署长)\s*[：:]")
"""创新及科技局局长：主席，…: in an oral question's transcript the answering official speaks under a line of their own;
the bureau of the first such speaker answers the question (the header sentence ``…的答复`` is absent)."""
_HK_MEMBERS_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,4}(?:议员)?[、和及])*[\u4e00-\u9fff]{2,4})议员的(?:提问|质询|问题)")

_HK_OWN_WORDS = ("本港", "全港", "港府")
"""How Hong Kong's own papers and officials name the city and its government without saying 香港."""
_MO_OWN_WORDS = ("本澳", "全澳", "澳府")
"""How Macao's own papers and officials name the city and its government without saying 澳门."""
_SAR_GOVERNMENT = "特区政府"
"""Both SARs' papers call their own government 特区政府: it counts for whichever SAR the text names more."""
_FILE_SUFFIX = re.compile(r"文件$")
_TITLE_ISSUER = re.compile(r"^([\u4e00-\u9fff（）()]{3,30}?)(?:关于|转发|批转)")
_TITLE_ISSUERS = re.compile(r"^([\u4e00-\u9fff（）()]{3,90}?)(?:关于|转发|批转)")
"""The issuers' part of a title, long enough for five bodies side by side (each is checked to be a body's name)."""
COMMITTEE_AND_GOVERNMENT = re.compile(
    rf"([\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(PLACE_COMMITTEES)}))([\u4e00-\u9fff]{{0,10}}政府)"
)
"""A joint title's two issuers written without a space: a place's Party committee and its government."""
_ISSUER_FORM = re.compile(r"[\u4e00-\u9fff（）()]{4,30}(委员会|政府|办公厅|办公室|局|厅|署|部|委|院|中心)")
_HEADLINE_VERB = re.compile(r"[获将]|建设|设立|成立|宣布|推出|启用|投入|开设|落户|进驻|委托")
"""A news headline ending in a body's head word (某企业获政府委托建设研究中心) tells what happened: no issuer."""
_TITLE_KIND = re.compile(r"(答复|通知|意见|决定|批复|复函|函|报告|办法|措施|规定)")
"""A kind of document a title ends on (通知, 意见 …), anywhere in a line."""
_TITLE_END = re.compile(_TITLE_KIND.pattern + r"[》»]?$")
_DATE_LINE = re.compile(
    r"^[（(]?[\d〇零一二三四五六七八九]{4}\s*年(\s*[\d一二三四五六七八九十]{1,2}\s*月(\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?[）)]?$"
)
"""A line that is a date alone (二〇二五年三月, （2025年3月10日）): no line of a title."""
_TITLE_SPACED = re.compile(r"[\s](?<=[\u4e00-\u9fff《》«»]\s)\s*(?=[\u4e00-\u9fff《》«»])")
_NUMBERED_LINE = re.compile(
    r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[章节条])"
)
_QUESTION_REPLY = re.compile(r"(提问|质询|问题)[^。]{0,40}答复")
_MEMBER_ASKS = re.compile(r"^[\u4e00-\u9fff·]{2,6}议员\s*[：:]\s*主席")
"""李大文议员：主席，…: a Legislative Council question read out in the chamber, answered below it."""
_CHAPTER_HEAD = re.compile(r"^第[一二三四五六七八九十百]+[章编篇]")
_SECTION_HEAD = re.compile(r"^第[一二三四五六七八九十百]+[节条]")
"""An excerpt that opens at 第四章 … and goes on in 第一节 / 第一条: the chapters of a plan outline or a
regulation, the layout only policies have (a thesis has 摘要 and 关键词 before its first chapter)."""
_ABSTRACT_HEAD = re.compile(r"^[【\[]?\s*(?:摘\s*要|关键词|关键字|Abstract|Key\s*words)\s*[】\]]?\s*[：:]?", re.I)
_POLICY_NAME_TITLE = re.compile(
    r"(?:规划纲要|规划|纲要|条例|办法|规定|实施方案|行动方案|行动计划|若干措施|实施意见|指导意见|工作要点)"
    r"(?:[（(](?:\d{4}\s*[-—–－~～至]+\s*\d{4}\s*年?)[）)])?"
    r"(?:[（(](?:节选|摘要|摘编|草案|征求意见稿|试行|暂行)[）)])?$"
    r"|^中华人民共和国[\u4e00-\u9fff]{2,30}法$"
)
"""A title that is a policy's own name (a body's yearly 工作要点 among them), maybe with its years
(…发展规划（2021—2025年）) and marked as an excerpt or a draft (…发展规划纲要（节选）), or a national law's
(中华人民共和国…法: only with the state's name, as a title ending in 法 alone may be a method or a way)."""
_NEWS_VERB = re.compile(r"(?:发布|印发|出台|解读|答记者问|公布|出炉|亮相|启动|通过)")
_SALUTATION = ("各位", "诸位", "全体", "尊敬的")
"""各位代表： opens a speech to a congress (a government work report), it names no addressee; so does a greeting
with the chair first (主席、各位委员：, a Legislative Council speech): the chair is greeted by office, not named."""

_BODY_ADDRESSED = re.compile(r"人大|政协|常委|市民|人士")
"""尊敬的市人大代表： / 尊敬的政协委员： greets a body's members as a kind (many cities' replies open with
尊敬的 before the deputy's name, 尊敬的王某代表：); a kind is no addressee."""

_DECREE_LINE = re.compile(r"^([\u4e00-\u9fff（）()]{2,30}?)令$")
_DECREE_NUMBER = re.compile(r"^第\s*([0-9０-９]{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号$")
_PROMULGATED = re.compile(r"《([^《》]{2,80})》[^。\n]{0,60}(?:公布|发布|施行)")
_REGION_PREFIX = {"沪": "上海", "深": "深圳", "港": "香港", "粤": "广东", "京": "北京", "苏": "江苏", "浙": "浙江"}


@dataclass
class DocMeta:
    """Header facts of one document; every field may be missing (reports have no 文号)."""

    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    addressees: list[str] = field(default_factory=list)
    doc_type: str = "other"
    region: str | None = None


def _cn_number(s: str) -> int:
    """二十六 → 26, 十 → 10, 八 → 8 (month/day numerals only)."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(s, 0)


def parse_date(text: str) -> str | None:
    """Earliest valid date in ``text`` as ISO yyyy-mm-dd, from Arabic, ISO or Chinese-numeral forms."""
    found: list[tuple[int, str]] = []
    for m in DATE_ARABIC_RE.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
            break
    for m in DATE_CN_RE.finditer(text):
        y = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
        mo, d = _cn_number(m.group(2)), _cn_number(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
            break
    for m in DATE_ISO_RE.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
            break
    return min(found)[1] if found else None


_NUMBER_LABELS = ("发文字号", "文号")


def _number_prefix(words: str) -> str:
    """The issuer's code of a 文号 (深府办 of 深府办〔2020〕2号) without what the line puts before it: the red
    header's 文件 (东岭市人民政府文件东府办…, once the space between them is gone) or a portal's label
    (文号宿科建字…)."""
    words = words.rpartition("文件")[2]
    for label in _NUMBER_LABELS:
        if words.startswith(label) and len(words) > len(label):
            return words[len(label) :]
    return words


def _clean(line: str) -> str:
    s = line.replace("\u3000", " ")
    # markup can only be a leading #>*- or space run or a trailing * run: skip the regex otherwise
    if s and (s[0] in "#>*-" or s[0].isspace() or "*" in s):
        s = _MARKUP_RE.sub("", s)
    return s.strip()


_CJK_SPACED = re.compile(r"\s(?<=[\u4e00-\u9fff]\s)\s*(?=[\u4e00-\u9fff])")
"""Whitespace between two ideographs (look-behind after the first space: see DATE_ISO_RE)."""


def _squash(line: str) -> str:
    """Drop spaces between CJK characters (letter-spaced PDF headers: 上 海 市 人 民 政 府)."""
    return _CJK_SPACED.sub("", line)


_OFFICE_HEADS = ("办公室", "办公厅")


def _publisher_line(lines: list[str], i: int) -> bool:
    """Line ``i`` names a government's general office and the next line that government alone (东岭市人民政府办公室 /
    东岭市人民政府 / 关于印发…的通知): the office is the portal's publisher of a notice its government signs, set
    above the red header; a government and its own office never sign one document together, so the office line is
    neither the issuer nor a part of the title."""
    if i + 1 >= len(lines):
        return False
    first, second = _squash(lines[i].strip()), _squash(lines[i + 1].strip())
    return first.endswith(_OFFICE_HEADS) and first[: -len(_OFFICE_HEADS[0])] == second


def _first_of_joint(line: str) -> str:
    """The first of joint issuers a line names side by side without spaces (东岭市发展改革局东岭市科技局, the
    signature of a joint notice), who signs first; the line itself when it is not made of bodies' names only."""
    pieces = split_joint_issuers(line)
    if len(pieces) > 1 and all(
        len(p) <= 30 and (_ISSUER_FORM.fullmatch(p) or lexicon.agency_by_surface(p)) for p in pieces
    ):
        return pieces[0]
    return line


def _find_issuer(lines: list[str]) -> str | None:
    """The issuer is an agency name alone on a header line (or followed by 文件) or on the signature line."""
    for i, line in enumerate(lines):
        if _publisher_line(lines, i):
            continue
        if "\t" in line.strip():
            continue  # a table row (名称\t依托单位) under the title: two cells, no body's name alone on its line
        s = _squash(line)
        if s.startswith(_PORTAL_LABELS):
            continue  # a portal table's cell (发文机关 X) is read by _portal_issuer, its label is no body's name
        num = _doc_number(s) if "文件" in s else None
        if num is not None and "文件" in s[: num.end(1)]:
            s = s[: s.index("文件")]  # 东岭市人民政府文件 东府〔2020〕2号: the red header and its 文号 on one line
        s = _first_of_joint(_FILE_SUFFIX.sub("", s).strip())
        if not s or len(s) > 30 or _NUMBERED_LINE.match(s):
            continue  # 第四章 建设国际科技创新中心: a numbered heading of an excerpt is not a body's name
        hit = lexicon.agency_by_surface(s)
        if hit is not None:
            return hit.name
        joint = lexicon.joint_agencies(s)
        if joint:
            return joint[0].name  # 中共中央办公厅 国务院办公厅: joint issuers on one line, the first signs first
        if _ISSUER_FORM.fullmatch(s) and not _is_headline(s):
            return s
    return None


_PORTAL_LABELS = ("发布机构", "发文机关", "发文单位", "发布单位")
"""Labels of the issuer's cell in the table a government portal heads a document with (政府信息公开 pages)."""
_PORTAL_FIELDS = (
    *_PORTAL_LABELS,
    *("索引号", "发文日期", "发布日期", "成文日期", "生成日期", "文号", "发文字号", "主题分类", "公开方式", "公开属性"),
    *("关键词", "办理结果"),
)
"""Labels of all cells of that table: a line opening with one is a cell, never the document's title."""
_PORTAL_ISSUER = re.compile(
    r"(?:" + "|".join(_PORTAL_LABELS) + r")\s*[：:]?\s*([\u4e00-\u9fff]{3,30}?)"
    r"(?=\s|$|" + "|".join(_PORTAL_FIELDS) + ")",
    re.M,
)
"""The issuer's cell (索引号 … 发布机构 市科技局 发文日期 …; normalised text squashes the spaces between the cells,
so the next cell's label ends it)."""

_RELATIVE_OPENING = ("市", "区", "县", "省")


def _portal_issuer(head_text: str) -> str | None:
    """The body a portal's table names as the publisher. Why: pages of 政府信息公开 (replies to deputies, notices)
    carry no issuer line of their own; the table is where the document says who wrote it, and a reply's 我局 / 我委
    stands for that body. A name relative to the city (市科技局) is kept as written: the lexicon's 市X forms belong to
    one city each."""
    m = _PORTAL_ISSUER.search(head_text)
    if m is None:
        return None
    name = m.group(1)
    hit = lexicon.agency_by_surface(name)
    if hit is not None and not (hit.jurisdiction and name.startswith(_RELATIVE_OPENING)):
        return hit.name  # 市场监管总局 is national; 市卫健委 is one city's form, relative to whichever city writes it
    head = lexicon.suffix_of(name)
    return name if head is not None and head.type == "Agency" else None


def _is_headline(line: str) -> bool:
    """A news headline may end in a body's head word (港大医学院伙拍深圳药企于科学园设新药研发中心,
    某企业获政府委托建设研究中心) but states what happened; a body's name alone on a line holds none of these:
    a verb that ends a clause before a name (拨款, 设立, 表示 …), a word that opens a clause or links an act to a
    place inside the line (于, 向 …), a headline verb (获, 宣布, 落户 …), or two parties joined by 与 with a
    relation verb after them (A与B合作开设X中心)."""
    from policykg.extract import lexical

    # here: decide → doc → metadata at import
    from policykg.extract.components.decide.words import clause_verbs, leading_words, trigger_words

    if _HEADLINE_VERB.search(line):
        return True
    tokens = lexical.cut(line)
    verbs = clause_verbs()
    if any(tok in verbs for tok in tokens) or any(tok in leading_words() for tok in tokens[1:-1]):
        return True
    joined = next((k for k, tok in enumerate(tokens) if tok in ("与", "和", "及", "同")), None)
    return joined is not None and any(tok in trigger_words() for tok in tokens[joined + 1 :])


def _title(lines: list[str], start: int) -> str | None:
    """Title: the first substantial line after the 文号 (joined with continuation lines up to 的通知/答复…)."""
    parts: list[str] = []
    for i, line in enumerate(lines[start : start + 8], start):
        s = _TABLE_BAR.split(line.strip())[0].strip()  # 关于…的通知|各镇人民政府：… a table cell's bar ends the title
        if not s or _doc_number(s) or s.startswith(_PORTAL_FIELDS):
            if parts:
                break
            continue  # 发布单位：市科技局 under the 文号's cell: the portal's table, not the title
        if ADDRESSEE_RE.match(s) or s.endswith(("：", ":")) or len(s) > 60:
            break
        parts.append(s)
        joined = "".join(parts)
        if _TITLE_END.search(joined) and not _title_goes_on(lines, i + 1):
            break
    if not parts:
        return None
    title = _squash(" ".join(parts)) if len(parts) > 1 else parts[0]
    title = _TITLE_SPACED.sub("", title) if len(parts) > 1 else title
    return title.replace("«", "《").replace("»", "》")


_TABLE_BAR = re.compile(r"\s*[|\t]\s*")
_TITLE_GOES_ON = ("及", "和", "暨", "与")


def _title_goes_on(lines: list[str], i: int) -> bool:
    """Line ``i`` carries on a title broken after a word that may end one (关于印发…指导意见 / 及相关配套文件的通知):
    it opens with a conjunction and ends the title itself."""
    if i >= len(lines):
        return False
    s = lines[i].strip()
    return s.startswith(_TITLE_GOES_ON) and len(s) <= 40 and _TITLE_END.search(s) is not None


def _title_before(lines: list[str], num_idx: int) -> str | None:
    """Title lines above the 文号 (the gov.cn layout), joined when the title is broken over lines."""
    lo = max(0, num_idx - 4)
    for k in range(lo, num_idx):
        if _publisher_line(lines, k):
            continue
        for j in range(num_idx, k, -1):
            parts = [x.strip() for x in lines[k:j]]
            joined = "".join(parts)
            if (
                len(joined) <= 120
                and _TITLE_END.search(joined)
                and not _doc_number(joined)
                and not any(p.endswith(("：", ":")) or p.startswith(_PORTAL_FIELDS) for p in parts)
            ):
                start = _past_headline(lines, k, j)
                return _squash("".join(parts[start - k :])).replace("«", "《").replace("»", "》")
    return None


_ISSUER_ABOUT = re.compile(r"^[\u4e00-\u9fff、 ]{2,40}?关于")


def _past_headline(lines: list[str], k: int, j: int) -> int:
    """Where the title starts when a portal's headline stands above it (科技部批准建设某实验室 / 科技部关于批准建设
    某实验室的通知 / 文号): a later line that opens with an issuer and 关于 starts the title on its own, and the
    line before it, a headline stating what was done, is no part of it. A title broken after its first issuers
    (科技部 国家卫生健康委 / 财政部关于…的通知) has no verb on its first line, which is no headline, and stays whole."""
    for k2 in range(k + 1, j):
        if _ISSUER_ABOUT.match(lines[k2].strip()) and all(_is_headline(x.strip()) for x in lines[k:k2]):
            return k2
    return k


def _edge_lines(raw_lines: list[str], n: int) -> list[str]:
    """The first ``n`` lines that are non-empty once cleaned: only the edges are read,
    so long documents cost no more than short ones."""
    out: list[str] = []
    for line in raw_lines:
        cleaned = _clean(line)
        if cleaned:
            out.append(cleaned)
            if len(out) == n:
                break
    return out


_SENTENCE_END = re.compile(r"[。！？；!?;]")
TITLE_FALLBACK_CHARS = 40


_NOTICE_OPENING = re.compile(
    r"^[\u4e00-\u9fff（）()、 ]{2,120}?关于(?:印发|发布|转发)《[^《》]{4,80}》的(?:通知|意见|决定)"
)
"""东岭市发展改革局东岭市科技局关于发布《东岭市…行动计划》的通知发布日期：…: a notice copied from a page whose line
breaks are gone opens with its whole title, which ends at 的通知 however long the issuers before it."""


def _first_line_title(head: list[str]) -> str | None:
    """A title for a document without a header: its first heading or line (cut at the first
    sentence end, or to ``TITLE_FALLBACK_CHARS``), so that people see words of the document
    rather than its file name twice."""
    for line in head:
        if line.startswith(_PORTAL_FIELDS) or len(line) < 2:
            continue
        if line.endswith(("：", ":")) and len(line) <= 12:
            continue  # a salutation (各位代表：) names nothing
        notice = _NOTICE_OPENING.match(line)
        if notice is not None:
            return notice.group()  # a page run into one line from the notice's title on: the title up to 的通知
        m = _SENTENCE_END.search(line)
        if m and 2 <= m.start() <= TITLE_FALLBACK_CHARS:
            return line[: m.start()]
        return line if len(line) <= TITLE_FALLBACK_CHARS else line[: TITLE_FALLBACK_CHARS - 1] + "…"
    return None


def parse_metadata(text: str, file: str, *, broken_titles: bool = True) -> DocMeta:
    """Read the header/footer of a normalised document into a :class:`DocMeta`.

    ``file`` is only used as a last-resort title for documents without any text line;
    others without a header are titled by their first heading or line. ``broken_titles=False`` (a web page,
    whose reader sets its headline first) keeps a title line without a 文号 from joining the lines under it.
    """
    raw_lines = text.splitlines()
    head = _edge_lines(raw_lines, 25)
    tail = _edge_lines(raw_lines[::-1], 25)[::-1]
    meta = DocMeta()

    num_idx = None
    for i, line in enumerate(head):
        m = _doc_number(_squash(line))
        if m and len(line) <= 40:
            meta.doc_number = f"{_number_prefix(m.group(1))}〔{m.group(2)}〕{m.group(3)}号"
            num_idx = i
            break

    decree = _decree(head) if num_idx is None else None
    if decree is not None:
        # X令 第N号 《…》已经…通过，现予公布: a decree promulgating a regulation; its title is the regulation's
        meta.issuer, meta.doc_number, meta.title, meta.doc_type = decree
        meta.date = parse_date("\n".join(head))
        meta.region = _region(meta, text)
        return meta

    issuer_zone = head[: (num_idx if num_idx is not None else 6) + 1]
    head_text = "\n".join(head)
    if any(label in head_text for label in _PORTAL_LABELS):
        meta.issuer = _portal_issuer(head_text)  # 发布机构 市科技局: the portal's table names the publisher
    if meta.issuer is None:
        meta.issuer = _find_issuer(issuer_zone) or (_find_issuer(tail) if num_idx is not None else None)

    if num_idx is not None:
        # the title after the 文号 (a portal's layout) when it ends like a title or none stands above; a sentence
        # of the body right after the 文号 is no title when the line above the 文号 is one (标题 / 文号 / 正文)
        after, before = _title(head, num_idx + 1), _title_before(head, num_idx)
        meta.title = after if after and (_TITLE_END.search(after) or not before) else before or after
    for line in head:
        m = ADDRESSEE_RE.match(line)
        parts = [p.strip() for p in re.split(r"[、，,]", m.group(1))] if m else []
        if m and not any(p.startswith(_SALUTATION) for p in parts) and not _BODY_ADDRESSED.search(m.group(1)):
            meta.addressees = [p.removesuffix("等") for p in parts if p]
            break

    # date: the signature block at the end, else the header
    meta.date = parse_date("\n".join(tail)) if num_idx is not None else None
    if meta.date is None:
        meta.date = parse_date("\n".join(head))

    head_text = "\n".join(head)
    if meta.issuer is None:
        # Hong Kong replies: "…议员的提问和X局局长…的答复"
        # the literal words the pattern needs are tested first: the backtracking search is
        # the costliest step of the header parse and most headers lack them
        m = (
            _HK_REPLY_ISSUER_RE.search(head_text)
            if ("局长" in head_text or "署长" in head_text) and "答复" in head_text
            else None
        )
        if m is None and ("局长" in head_text or "署长" in head_text) and "议员" in head_text:
            m = next((k for k in map(_HK_SPEAKER_RE.match, head) if k is not None), None)
        if m:
            words = m.group(1)
            best = None
            for k in range(len(words) - 2, -1, -1):
                hit = lexicon.agency_by_surface(words[k:])
                if hit is not None:
                    best = hit.name
            if best is None:
                best = re.split(r"[和及与的]", words)[-1]
            meta.issuer = best
    if not meta.addressees:
        m = _HK_MEMBERS_RE.search(head_text) if "议员的" in head_text else None
        if m:
            from policykg.extract.names import person_name_at_end

            meta.addressees = [n for n in (person_name_at_end(p) for p in re.split(r"议员|[、和及]", m.group(1))) if n]
    if meta.title is None:
        for k, line in enumerate(head[:6]):
            if len(line) >= 6 and _title_line(line):
                if lexicon.agency_by_surface(_squash(line)) is None:
                    meta.title, signed = _issuers_after_title(_title_broken_over(head, k) if broken_titles else line)
                    meta.issuer = meta.issuer or signed
                    break
    if meta.title is None:
        meta.title = _first_line_title(head) or file.rsplit("/", 1)[-1]
    if meta.title and (meta.issuer is None or meta.issuer.startswith(_RELATIVE_OPENING)):
        # 'X关于印发…的通知': the issuer heads the title; its full name outranks a portal cell's 市科技局
        meta.issuer = _title_issuer(meta.title) or meta.issuer

    # genre
    t = meta.title or ""
    if (
        meta.addressees
        or REPLY_TITLE_RE.search(t)
        or (meta.doc_number and "复" in meta.doc_number)
        or _QUESTION_REPLY.search(head_text)
        or (head and _MEMBER_ASKS.match(head[0]))
    ):
        meta.doc_type = "reply"
    elif meta.doc_number or (
        POLICY_TITLE_RE.search(t) and ("印发" in t or "关于" in t or "《" in t) and not _SENTENCE_LINE.search(t)
    ):
        meta.doc_type = "policy"
    elif any(_ABSTRACT_HEAD.match(line) for line in head):
        meta.doc_type = "report"  # a study's abstract and keywords, however short the study
    elif head and (_CHAPTER_HEAD.match(head[0]) and any(_SECTION_HEAD.match(x) for x in head[1:])):
        meta.doc_type = "policy"  # an excerpt of a plan outline or a regulation, from a chapter on
    elif _POLICY_NAME_TITLE.search(t) and not _NEWS_VERB.search(t) and not _NUMBERED_LINE.match(t):
        meta.doc_type = "policy"  # a title that is a policy's own name (…发展规划纲要, …条例)
    elif len(text) > 3000:
        meta.doc_type = "report"

    meta.region = _region(meta, text)
    return meta


_POLICY_END = re.compile(
    r"(?:意见|通知|决定|办法|规定|方案|规划|纲要|条例|细则|措施|计划)(?P<year>[（(](?:19|20)\d\d年?[）)])?"
    r"(?=[\u4e00-\u9fff]{4,40}$)"
)


def _title_line(line: str) -> bool:
    """Can ``line`` be a title or a part of one: at most 60 characters, ending in no full stop or colon, and no 文号,
    list number or portal field?"""
    return (
        len(line) <= 60
        and not line.endswith(("。", "：", ":"))
        and not _doc_number(line)
        and not _NUMBERED_LINE.match(line)
        and not line.startswith(_PORTAL_FIELDS)
    )


def _title_broken_over(head: list[str], k: int) -> str:
    """``head[k]`` and the one or two lines under it when together they end as a title ends and it does not
    (关于支持某市医疗器械产业 / 创新集聚发展的实施意见): a centred title is broken over lines by hand, and by a line
    break inside its paragraph in a Word file. Only a first line holding 关于 awaits the rest of its title (a
    headline, a plan's name or a letterhead over another line is complete, and joining them made false titles
    and policies); each further line is a title line too (no sentence end, colon, 文号, list number or date), and
    the first names no kind of document anywhere; otherwise it stands alone."""
    line = head[k]
    if _TITLE_KIND.search(line):
        return line  # a title ends on its line already (关于…的意见（2019年）, its issuers printed after it)
    if "关于" not in line:
        return line  # a headline over its subtitle, a plan's name over the notice carrying it out, a letterhead
    parts = [line]
    for nxt in head[k + 1 : k + 3]:
        if not _title_line(nxt) or _SENTENCE_END.search(nxt) or ADDRESSEE_RE.match(nxt) or _DATE_LINE.match(nxt):
            break
        parts.append(nxt)
        if _TITLE_END.search("".join(parts)):
            return _squash("".join(parts))
    return line


def _issuers_after_title(line: str) -> tuple[str, str | None]:
    """(title, issuer) of a line that sets the issuers after the title (关于…的意见（2017年）东岭省人民政府办公厅, the
    layout of a policy page that prints the issuing bodies under the title, run together once the line break is gone):
    the bodies are no part of the title's name, the first of them signs first, and the year the page adds to tell
    the policy from its later editions is no part of it either. The line and None otherwise."""
    for m in _POLICY_END.finditer(line):
        rest = line[m.end() :]
        joint = lexicon.joint_agencies(rest)
        hit = joint[0] if joint else lexicon.agency_by_surface(rest)
        if hit is not None and not rest.startswith(_RELATIVE_OPENING):
            return line[: m.start("year") if m.group("year") else m.end()], hit.name
    return line, None


def _title_issuer(title: str) -> str | None:
    """The body that heads a title 'X关于印发…的通知'; of joint issuers (国家医保局 国家卫生健康委关于…, 中共东岭市委
    东岭市人民政府关于…, 东岭市发展改革局东岭市科技局关于…) the first, who signs first."""
    m = _TITLE_ISSUERS.match(_squash(title))  # 东岭市发展改革局 东岭市科技局 关于…: issuers spaced apart
    if m is None:
        return None
    words = m.group(1)
    if pair := COMMITTEE_AND_GOVERNMENT.fullmatch(words):
        words = pair.group(1)  # two issuers unspaced; the committee signs first
    joint = lexicon.joint_agencies(words)
    if joint:
        return joint[0].name
    words = split_joint_issuers(words)[0]
    if lexicon.agency_by_surface(words) or _ISSUER_FORM.fullmatch(words):
        hit = lexicon.agency_by_surface(words)
        return hit.name if hit else words
    return None


def _decree(head: list[str]) -> tuple[str, str, str, str] | None:
    """(issuer, number, title, "policy") of a decree header (国务院令 / 第706号 / 《X条例》已经…通过，现予公布),
    the layout of regulations and rules promulgated by a government or ministry."""
    for i, line in enumerate(head[:4]):
        m = _DECREE_LINE.match(_squash(line).strip())
        if m is None or i + 1 >= len(head):
            continue
        n = _DECREE_NUMBER.match(_squash(head[i + 1]).strip())
        body = "\n".join(head[i + 2 : i + 6])
        t = _PROMULGATED.search(body)
        if n is None or t is None:
            continue
        name = m.group(1)
        hit = lexicon.agency_by_surface(name)
        if hit is None and not _ISSUER_FORM.fullmatch(name):
            continue
        return (hit.name if hit else name), f"{name}令第{n.group(1)}号", t.group(1), "policy"
    return None


def _region(meta: DocMeta, text: str) -> str | None:
    """Region from the issuer's jurisdiction, then the 文号 prefix, then the most mentioned city."""
    if meta.issuer:
        ag = lexicon.agency_by_surface(meta.issuer)
        if ag is not None and ag.jurisdiction:
            return ag.jurisdiction
        for city in lexicon.CITIES:
            if meta.issuer.startswith(city):
                return city
    if meta.doc_number:
        first = meta.doc_number[0]
        if first in _REGION_PREFIX:
            return _REGION_PREFIX[first]
    if "立法会" in text[:600]:
        return "香港"  # the Legislative Council is Hong Kong's; mainland replies answer 人大/政协
    if meta.issuer:
        place = leading_place(meta.issuer)
        if place:
            return place  # 佛山市人民政府 → 佛山, 安徽省人民政府办公厅 → 安徽
    counts = {c: text.count(c) for c in lexicon.CITIES}
    counts["香港"] += sum(text.count(w) for w in _HK_OWN_WORDS)  # 本港, 港府: Hong Kong named by its own press
    counts["澳门"] += sum(text.count(w) for w in _MO_OWN_WORDS)
    counts["澳门" if counts["澳门"] > counts["香港"] else "香港"] += text.count(_SAR_GOVERNMENT)
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= 3 else None


def leading_place(name: str) -> str | None:
    """The province or city a name starts with, by the administrative-division table."""
    from policykg.extract.components.gazetteer import county_level_cities, places

    table = places()
    for k in range(min(9, len(name)), 1, -1):
        p = table.get(name[:k])
        if p is not None and not p.name.endswith(("区", "县", "旗")):
            return p.name
    counties = county_level_cities()
    for k in (3, 4, 5):
        short = counties.get(name[:k])
        if short is not None:
            return short  # 临海市科学技术局 → 临海: a county-level city by its full name
    return None
