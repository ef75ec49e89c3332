"""People: named with a title (副主席萧某某指 / 王某某局长), in a list of officials (组长：王某某 省长),
and every further occurrence of a name once the document has named that person.

A name is two or three characters led by a common surname (the finder's surname table);
where two and three characters both fit, the longer is taken only when the character after it
ends the name (punctuation, a verb of saying, a title, a jurisdiction). Titles are data in
``resources/names/person_titles.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from policykg.extract import lexical, lexicon
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.names import CJK, COMPOUND_SURNAMES, SURNAMES, Candidate, leading_predicate_end

_AFTER_NAME = re.compile(
    r"[，。、；：:（()）\s“”\"]|指|表示|说|称|认为|透露|介绍|强调|坦言|直言|回应|解释|提到|曾|在|于|的|等|和|及|与|则|也|亦|又|今|昨|向|对|同|担任|兼任|出任|同志|先生|女士"
    r"|建议|提出|呼吁|宣布|预计|补充|希望|相信|致辞|主持|率领|带领|回答|答复|告诉|谈到|发言|出席|就此"
    r"|形容|忆述|一同|一起|共同|亲自|日前|早前|近日|随后|一行|均|分别|讲话|是|[0-9０-９]"
    r"|到|赴|前往|莅临|参观|调研|考察|视察|会见|会晤|陪同|走访|带队|率队|率团|访问"
    r"|作(?:了)?(?:报告|讲话|发言|说明|政府工|重要|主旨|专题|工作)"
)
"""What ends a name: punctuation, a verb of saying or of taking part (建议 and 发言 are nouns to the
dictionary, so :func:`_verb_follows` alone does not see them), a particle, an honorific, a year or a date
(前财政司司长某某2009年…), or a verb of visiting (副主任某某到某医院调研, 局长某某赴深圳考察) that news of
officials' trips puts right after the name. 讲话 is a noun to the dictionary too; 是 opens what news says of
a person named with a title (董事长某某是…)."""
_JURISDICTION = re.compile(r"(?:省|市|区|县|国家|中国|中央|国务院|全国|人行|中共)")
_BEFORE_NAME = frozenset('，。、；：:（(\n “"') | {""}
"""Where a name standing before its title may start: after punctuation or at the start of a line."""
_REMIT = re.compile(r"[（(][\u4e00-\u9fff、及和与]{2,12}[）)]")
"""The remit a title carries in brackets (副校长（研究及发展）, 副局长（卫生）) between the title and the name."""
_LINE_LABEL = re.compile(r"^(?:组\s*长|副组长|成\s*员|主\s*任|副主任|委\s*员|联系人|召集人)\s*[:：]\s*")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    text = resources.files("policykg.resources").joinpath("names", "person_titles.tsv").read_text(encoding="utf-8")
    words = [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    """The titles as a set: a word that is itself a title (顾问 of 顾问专家, 顾 read as a surname) is never the
    name of the person the next title belongs to."""
    return frozenset(titles())


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    """Any title, the longest written at a position (as the titles joined longest first would match)."""
    return re.compile(lexicon.longest_word_pattern(titles()))


_FUNCTION_CHARS = frozenset(
    "和与于应向从在为以及而但令对将把被给让使由自就则又也还都并且所其之此该各每本这那国省市区县时万成来"
)
"""Surnames that are far more often function words or jurisdiction words at this position."""


_NAME_JOINERS = frozenset("、和及与")
"""What joins the names of several people who share the title before the first (市领导某某、某某某和某某)."""
_SAYING_CHARS = frozenset("说称指讲问答道")
_SAID_PUNCTUATION = frozenset('，。：:“"「')


_FOUNDED_AFTER = re.compile(
    r"(?P<and>[和及与、](?=[\u4e00-\u9fff]{2,3}(?:[和及与、][\u4e00-\u9fff]{2,3})*(?:共同)?(?:于[^，。；]{0,12}?)?(?:创办|创立|创建|创设|成立)))?"
    r"(?(and)|(?:共同)?(?:于[^，。；]{0,12}?)?(?:创办|创立|创建|创设|成立))"
)
"""What follows a founder's name after 由: another founder (由A和B创立), or a time and a verb of founding."""
_CITATION = re.compile(r"(?:等人?)?\[\d{1,3}")
"""A reference mark after an author's name (等[4], [12]): how research reports cite the people they quote."""
_CITED_AFTER = _BEFORE_NAME | {"”", "」"}
"""A cited author opens a sentence, often right after the quotation that ends the one before."""


@lru_cache(maxsize=1)
def _transliterated_re() -> re.Pattern[str]:
    """Two to five transliteration characters, then one or two more parts (a Latin initial allowed in the
    middle) after middle dots; the characters come from ``transliteration_chars.tsv``."""
    text = resources.files("policykg.resources").joinpath("names", "transliteration_chars.tsv").read_text("utf-8")
    chars = "".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    part = f"[{re.escape(chars)}]"
    return re.compile(rf"(?<!{part}){part}{{2,5}}(?:·(?:[A-Z]\.?|{part}{{1,5}})){{0,2}}·{part}{{2,5}}")


_LATIN_NAME = r"[A-Z][A-Za-z'\-]*\.?(?:[\s·.]{0,2}[A-Z][A-Za-z'\-]*\.?){0,3}"
"""A person's name in Latin letters as written in brackets after the Chinese one: capitalised parts, initials
joined by a dot or a middle dot (Boulding, P·Checkland, Joseph Schumpeter)."""


@lru_cache(maxsize=1)
def _glossed_transliteration_re() -> re.Pattern[str]:
    """A foreign name transliterated without a middle dot, told by the Latin original in brackets right after it
    (波特（M·Porter）): the transliteration characters alone spell too many ordinary words."""
    part = _transliterated_re().pattern.split("{2,5}", 1)[0].split("(?<!", 1)[1].rsplit(")", 1)[0]
    # (the look-behind is written after the first character, as a two-character one, so that the engine jumps
    # to the transliteration characters instead of testing the look-behind at every position)
    return re.compile(rf"{part}(?<!{part}.){part}{{1,5}}(?=[（(]{_LATIN_NAME}[）)])")


_BYLINE = re.compile(r"(?:撰文|撰稿|采写|执笔|文字|责任编辑|编辑|摄影|记者|作者|文|图)\s*[:：]\s*|通讯员\s*[:：]?\s*")
"""The label of a byline or a credit (【撰文：某某某】, 责任编辑：某某): the person who wrote, edited or took the
picture, annotated by readers of news and journals like any other named person."""
_BYLINE_END = frozenset("】]）)\n \u3000，,、／/|")
_BYLINE_NEXT = re.compile(r"(?:责任编辑|编辑|记者|通讯员|摄影|来源|时间)[:：]?|摄|报道|供图")
"""What else may close a name in a byline: the next credit or the source a page prints on the same line
(记者：某某某通讯员：某某, 作者：某某某来源：…), or the word for what the person did (通讯员 某某 摄,
记者 某某 报道)."""
_BYLINE_DATE = re.compile(r"[0-9０-９]")
"""A date closing a name (责任编辑：某某某2023-02-07): only after a label that opens its line or has a colon, since in
running text a digit after 通讯员 ends a phrase (现有通讯员高达50人), not a credit."""
_CJK_RUN = re.compile(rf"[{CJK}]+")
"""A credited name is Chinese characters only (a line break after a two-character name is no part of it)."""
_BEFORE_CREDIT = _BEFORE_NAME | frozenset("【[（(")
"""What may stand before a credit that opens its line or bracket."""
_ANYWHERE_LABELS = ("责任编辑", "通讯员")
"""Labels that name a credit wherever they stand, after a site's name or another credit (…网责任编辑：某某)."""


_CREDIT_OPENING = re.compile(r"[（(【\[][^，。；,;（(【\[）)】\]\n]{0,24}$")
"""The bracket a credit opens with, the label it closes on still inside it (（供稿：某委编辑：…)."""


def _closes_credit(text: str, label: int, at: int) -> bool:
    """A name of two or three characters at ``at`` closes the line, or the bracket the credit opened (（供稿：某处编辑：
    某某某）), of the label at ``label``: then the label is a credit wherever it stands, after the unit that supplied
    the text; a bracket closed with no credit opening it (介绍了编辑：某某）) is no credit. (At the end of the text the
    slice is empty, and the empty string is in any string.)"""
    for n in (2, 3):
        if at + n > len(text):
            continue
        close = text[at + n : at + n + 1]
        if close in "\n":
            return True
        if close in "）)】]" and _CREDIT_OPENING.search(text, max(0, label - 24), label):
            return True
    return False


def _surname_len(s: str) -> int:
    if s[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if s[:1] in SURNAMES and s[:1] not in _FUNCTION_CHARS else 0


_NAME_TAGS = frozenset({None, "nr", "nrfg", "nrt"})
_NOT_IN_NAME = re.compile(r"[我你他她们市省区县局委院所部的了和与及在是为有等新各该本]")
"""Characters that end or interrupt a name rather than spell one (来我省, 全市; 及 joins the next person or body
as 和 and 与 do: 市委书记某某及市领导)."""
_GIVEN_NAME_TOO = frozenset("新")
"""Characters of :data:`_NOT_IN_NAME` that also spell given names (周立新, 王新华): allowed inside a name of
three characters, whose end is checked on its own, but not in one of two (王新 of 王新区)."""
_WORD_TAGS_ACROSS = frozenset({"v", "vn", "vd", "p", "c", "d"})
"""A name does not end inside a verb or a function word (技术经理人全程参|与)."""


_MIDDLE_NAME_TOO = _GIVEN_NAME_TOO | frozenset("为")
"""Characters of :data:`_NOT_IN_NAME` that also open a given name of two characters (王为民, 李为国): allowed as
the middle character of a three-character name, never as its last, where 为 is the verb (某某为副会长)."""


def _interrupted(name: str, long: bool) -> bool:
    """A character that ends or interrupts a name stands inside ``name``; in a three-character name
    (``long``) the characters of :data:`_GIVEN_NAME_TOO` may stand anywhere, those of
    :data:`_MIDDLE_NAME_TOO` in the middle only."""
    for i, ch in enumerate(name[1:], 1):
        allowed = _MIDDLE_NAME_TOO if long and i == 1 else _GIVEN_NAME_TOO if long else frozenset()
        if _NOT_IN_NAME.match(ch) and ch not in allowed:
            return True
    return False


def _verb_follows(rest: str) -> bool:
    """总书记胡锦涛视察…: after a title, a verb the dictionary knows ends the name."""
    return any(lexical.tag(rest[:n]) in ("v", "vd", "vi") for n in (2, 3) if len(rest) >= n)


_FUNCTION_BEFORE = frozenset("了和与及同向对请由")
"""One-character words after which a name may start inside a sentence (访问了李某博士, A和B团队): none of them
ends a word that a title could follow, so the name before the title starts right after it. (A name after any
word the segmenter cuts off, 贯彻落实某某某总书记, was tried and dropped: it took words the dictionary tags as
names that are not people.)"""


def _opens_word(text: str, at: int) -> bool:
    """A name before its title may start right after a function word (专访了某某某教授, 和某某某团队)."""
    return text[at - 1 : at] in _FUNCTION_BEFORE


_CLOSES_LIST = frozenset("，。、；：:")
"""Punctuation that closes a name and never follows the conjunction 和."""


def _closing_he(text: str, end: int, name: str, k: int) -> bool:
    """总经理卢某和为副秘书长, 主任王某和、: 和 ends a given name of two characters (家和, 永和) when what follows it
    could never follow the conjunction 和: punctuation, or 为 before a title (elected to a post). Where another
    name follows (卢某和王某为…) 和 stays the conjunction and the short name is taken."""
    if len(name) != k + 2 or name[-1] != "和":
        return False
    nxt = text[end : end + 1]
    return nxt in _CLOSES_LIST or (nxt == "为" and _title_re().match(text, end + 1) is not None)


def name_at(text: str, pos: int, after_title: bool = False) -> str | None:
    """A person's name starting at ``pos``, or None."""
    k = _surname_len(text[pos : pos + 2])
    if not k:
        return None
    lengths: tuple[int, ...] = (k + 2, k + 1)
    if text[pos + k + 1 : pos + k + 2] in _SAYING_CHARS and text[pos + k + 2 : pos + k + 3] in _SAID_PUNCTUATION:
        lengths = (k + 1, k + 2)  # 陈某说：…: a verb of saying, then what was said, more likely ends a short name
    for n in lengths:
        name = text[pos : pos + n]
        if len(name) < n or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        rest = text[pos + n : pos + n + 4]
        if (
            not rest
            or _AFTER_NAME.match(rest)
            or (rest[:1] == "为" and _title_re().match(text, pos + n + 1))  # 会长某某某为副理事长: elected to a post
            or _title_re().match(rest)
            or _JURISDICTION.match(rest)
            or any(rest.startswith(p) for p in (rest[:2], rest[:3]) if p in places())
            or (after_title and _verb_follows(rest))
        ):
            if (
                lexicon.entries_for(name)
                or name in places()
                or lexicon.is_generic(name)
                or name in _title_set()  # 专家顾问: two titles in a row, no name after the first
                or lexical.tag(name) not in _NAME_TAGS
                or name in _title_set()
                or _interrupted(name[:-1] if _closing_he(text, pos + n, name, k) else name, n == 3)
                or (rest and lexical.tag(name[-1] + rest[:1]) in _WORD_TAGS_ACROSS)
            ):
                if n == k + 2 and _NOT_IN_NAME.match(name[-1]):
                    continue  # 副主任某某在致辞中, 副主任某某等出席: the particle after a short name ends it
                return None  # a known entity, a place, or an ordinary word (强调, 安全) is not a person here
            return name
    return None


def plain_person_name(name: str) -> bool:
    """Could ``name`` be a person's name on its own: a surname, then characters that are no known entity, place,
    generic word or character that ends a name (used where no title stands next to it)."""
    return _surname_len(name) > 0 and _is_plain_name(name)


def _is_plain_name(name: str) -> bool:
    """Not a known entity, a place, a generic word, and no character that ends or interrupts a name."""
    return not (
        lexicon.entries_for(name)
        or name in places()
        or lexicon.is_generic(name)
        or any(_NOT_IN_NAME.match(ch) for ch in name[1:])
    )


_GIVEN_NAME_TAGS = frozenset({None, "nr", "nrfg", "nrt", "nz"})
"""Tags of two-character words that are also given names (建华, 海涛): no common noun, time or pronoun."""


def _guessed_after_title(text: str, start: int, end: int) -> str | None:
    """时任区委书记包立新牵线, 区长万振华一行: after a title, a name :func:`name_at` cannot close (万 is also a
    numeral, 牵线 is no verb to the dictionary) is the unknown word the segmenter guesses right after the title,
    when the title itself stays one word (主任科员 is no title) and the guess is two or three characters led by
    a surname. Why: the guesser keeps Chinese names whole far more reliably than any list of what follows them,
    and words it knows (表示, 高度评价, 热线) are never read as names."""
    if text[end : end + 1] not in SURNAMES:
        return None  # the guess must open with a surname right after the title: spare the segmenter
    words = lexical.cut_guessing(text[start : end + 6])
    if len(words) < 3 or words[0] != text[start:end]:
        return None
    name = words[1]
    if len(name) == 1 and len(words[2]) == 2 and lexical.tag(words[2]) in _GIVEN_NAME_TAGS and len(words) > 3:
        name += words[2]  # 市长万|建国: a given name the dictionary knows as a word, after a one-character surname
        rest = text[end + 3 : end + 7]
        if not (_AFTER_NAME.match(rest) or _title_re().match(rest) or _verb_follows(rest)):
            return None
    if not 2 <= len(name) <= 3 or name[0] not in SURNAMES or lexical.tag(name) is not None:
        return None
    if name[0] in _FUNCTION_CHARS and len(name) < 3:
        return None  # 团队来港: a surname that is mostly a function word needs a full three-character name
    return name if all("\u4e00" <= ch <= "\u9fff" for ch in name) and _is_plain_name(name) else None


def _double_surname_at(text: str, pos: int) -> str | None:
    """局长林黄美玲表示, 主席陈李淑芬指出: Hong Kong women often write their husband's surname before their own,
    so a name after a title may be two surnames and two given characters, closed like any name."""
    name = text[pos : pos + 4]
    rest = text[pos + 4 : pos + 8]
    if (
        len(name) < 4
        or not all(ch in SURNAMES and ch not in _FUNCTION_CHARS for ch in name[:2])
        or name[:2] in COMPOUND_SURNAMES
        or not all("\u4e00" <= ch <= "\u9fff" for ch in name)
        or not (_AFTER_NAME.match(rest) or _title_re().match(rest) or _verb_follows(rest))
        or any(lexical.tag(name[k : k + 2]) not in _NAME_TAGS for k in range(3))
    ):
        return None
    return name if _is_plain_name(name) else None


_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_LATIN_PERSON = re.compile(
    rf"[{_UPPER}][{_LOWER}]+(?:[ \-](?:[{_UPPER}]\.|[{_UPPER}][{_LOWER}]+)){{1,3}}(?![A-Za-z{_UPPER}{_LOWER}@&])"
)
"""A Western name in Latin letters: two to four capitalised words or initials (Karim Haddad, John A. Smith),
accented letters included (European names: József Kovács, Zoë Müller); an acronym or a brand written in
one word (InnoHK, DeepMind) is not one."""
_LATIN_BEFORE = re.compile(rf"(?<![A-Za-z .\-]){_LATIN_PERSON.pattern}$")
_LATIN_TITLES = frozenset({"教授", "副教授", "博士", "院士", "医生", "研究员", "议员", "先生", "女士"})
"""Titles a Latin name may stand before (David Smith教授): only those a person, never a firm, holds; a firm's
name before 总裁 or 主席 (Acme Holdings主席) reads the same as a person's."""


def _latin_after_title(text: str, pos: int) -> str | None:
    """学术事务副院长Karim Haddad代表, 首席执行官John Smith表示: a Western name right after a Chinese
    title, closed by a Chinese character or punctuation."""
    m = _LATIN_PERSON.match(text, pos)
    return m.group() if m and not _LATIN_GOES_ON.match(text, m.end()) else None


_LATIN_GOES_ON = re.compile(rf"\s?[A-Za-z0-9{_UPPER}{_LOWER}]")
"""A Latin name ends where the Latin text ends: one more word (John Smith Holdings) makes it something else."""


_ABSTRACT = re.compile(r"摘\s*要|Abstract|ABSTRACT")
_FIRST_HEADING = re.compile(r"^\s*(?:一、|第一章|第一部分|1\s*引言|引言)", re.M)
"""A report without an abstract: its title block ends where its first part begins."""
_AUTHOR_SEPARATORS = re.compile(r"[\s\u3000，,、;；\d*＊\\]*")
"""What stands between authors' names on an author line: spaces, commas, affiliation numbers, asterisks."""
_AUTHOR_LABEL = re.compile(r"\s*(?:作者|课题组|课题组成员|执笔|执笔人|撰稿|撰稿人)\s*[:：]")
_BRACKETED = re.compile(r"[（(][^（）()]{0,40}[）)]")
_AFFILIATION_AFTER = re.compile(r"[（(][^（）()]*[）)]\s*$")


def _names_in(chunk: str) -> list[str]:
    """The people's names a run of characters on an author line is made of, or [] when it is not only names.
    A name alone is taken whole (the guesser splits 李明远 as 李|明远); names run together (the normaliser
    drops the spaces between them) are told apart by the guesser, else read as three-character then
    two-character names, each of which must start with a surname."""
    splits = [[chunk]] if len(chunk) <= 3 else [list(lexical.cut_guessing(chunk))]
    for n in (3, 2):
        if len(chunk) > 3 and len(chunk) % n == 0:
            splits.append([chunk[k : k + n] for k in range(0, len(chunk), n)])
    for words in splits:
        if all(
            2 <= len(w) <= 3
            and _surname_len(w)
            and lexical.tag(w) in _NAME_TAGS
            and not lexicon.entries_for(w)
            and w not in places()
            for w in words
        ):
            return words
    return []


_REPORTER_LABELS = ("记者", "通讯员")
"""Labels of a news byline that may stand before several names at once (记者 某某 某某)."""


def _reporters(text: str, pos: int, add: Callable[[int, str, str, float], None]) -> None:
    """Reporters named after one label: a run of four to six characters closed by the end of the byline, which
    :func:`_names_in` reads as two names or more (a single name is left to the titles and the byline rules)."""
    if text[pos : pos + 1] in ":：":
        pos += 1  # 通讯员：某某某某某
    stop = pos
    while stop - pos < 7 and "\u4e00" <= text[stop : stop + 1] <= "\u9fff":
        stop += 1
    if not 4 <= stop - pos <= 6 or text[stop : stop + 1] not in _BYLINE_END | {""}:
        return
    names = _names_in(text[pos:stop])
    if len(names) < 2:
        return
    for name in names:
        add(pos, name, "person:byline", 0.7)
        pos += len(name)


def _author_line(s: str) -> list[tuple[int, str]]:
    """(offset, name) of each author on a line made only of people's names (a bracketed affiliation may close
    it). Why: a report's title block lists its authors on a line of their own, with no title or verb that
    the other person rules read; the line must hold nothing but names, each led by a common surname and
    not a word the dictionary knows otherwise, so a title line or a heading is never read as names."""
    aff = _AFFILIATION_AFTER.search(s)
    body = s[: aff.start()] if aff else s
    label = _AUTHOR_LABEL.match(body)
    if label:  # 作者：A（单位），B（单位）: the label and each author's bracketed unit stand aside as spaces
        body = " " * label.end() + _BRACKETED.sub(lambda b: " " * len(b.group()), body[label.end() :])
    if not body.strip() or len(body.strip()) > 40:
        return []
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[\u4e00-\u9fff]+", body):
        gap = body[out[-1][0] + len(out[-1][1]) if out else 0 : m.start()]
        if not _AUTHOR_SEPARATORS.fullmatch(gap):
            return []
        at = m.start()
        words = _names_in(m.group())
        if not words:
            return []
        for word in words:
            out.append((at, word))
            at += len(word)
    tail = body[out[-1][0] + len(out[-1][1]) :] if out else body
    return out if out and _AUTHOR_SEPARATORS.fullmatch(tail) else []


def _only_act_and_head(rest: str) -> bool:
    """``rest`` (what is left of a name after the person that opened it) is a verb and a bare head word (作|政府):
    the person's act, not a body."""
    suf = lexicon.suffix_of(rest)
    if suf is None or len(rest) == len(suf.text):
        return False
    return leading_predicate_end(rest, 0, len(rest) - len(suf.text)) == len(rest) - len(suf.text)


def _yield_to_name(doc: Doc, occupied: bytearray, start: int, end: int, covering: bool = False) -> None:
    """李北辰 人行东岭中心支行行长: on a line of a list of officials the name comes first; a candidate that
    grew leftwards into it (辰人行东岭中心支行) starts after it instead. With ``covering``, so does a candidate
    that grew over the whole of ``start``–``end`` (a title and the name after it)."""
    kept = []
    for c in doc.candidates:
        if (start < c.start or (covering and c.start <= start)) and c.start < end < c.end and c.type != "Person":
            occupied[c.start : end] = b"\x00" * (end - c.start)
            c = Candidate(end, c.end, doc.text[end : c.end], c.type, c.rule, c.confidence)
            if _only_act_and_head(c.text):
                occupied[c.start : c.end] = b"\x00" * c.length
                continue  # 市长某某|作政府工作报告: what follows the name is its act, the head word names no body
        kept.append(c)
    doc.candidates = kept


_FELLOWS_BEFORE_TITLE = re.compile(r"等[0-9０-９一二三四五六七八九十两]{1,3}[位名]$")
"""王某某等3位代表, 李某某等五名委员: the first person named before a title shared with others the text only counts."""


def run(doc: Doc) -> None:
    text = doc.text
    end = doc.body_end
    occupied = doc.occupied()
    found: list[Candidate] = []

    def add(start: int, name: str, rule: str, conf: float) -> None:
        e = start + len(name)
        if occupied.find(1, start, e) >= 0:
            return
        occupied[start:e] = b"\x01" * (e - start)
        found.append(Candidate(start, e, name, "Person", rule, conf))

    body_ends = {c.end for c in doc.candidates if c.type != "Person"}

    def add_after_title(title_start: int, start: int, name: str, conf: float) -> None:
        """A person after a title, even where a name found by its head word grew leftwards over both (泰州市委
        书记朱某一行访问南湖大学医学院): that name starts after the person instead."""
        e = start + len(name)
        if occupied.find(1, start, e) >= 0 and any(
            c.start <= title_start and e < c.end and c.type != "Person" and c.entry is None and c.rule[:7] == "suffix:"
            for c in doc.candidates
        ):
            _yield_to_name(doc, occupied, title_start, e, covering=True)
        add(start, name, "person:after-title", conf)
        at = e
        while text[at : at + 1] in _NAME_JOINERS and (more := name_at(text, at + 1, after_title=True)):
            if occupied.find(1, at + 1, at + 1 + len(more)) >= 0 or _title_re().match(text, at + 1 + len(more)):
                break  # 、副市长某某: the next one has a title of its own
            add(at + 1, more, "person:after-title", conf - 0.05)  # 市领导某某、某某某和某某: one title, several names
            at += 1 + len(more)

    # 0. several reporters after one label, their names run together where the normaliser dropped the spaces
    # between them (记者 某某 某某某 → 记者某某某某某): each name on its own, before 1. reads them as one name
    for label in _REPORTER_LABELS:
        at = text.find(label, 0, end)
        while at >= 0:
            _reporters(text, at + len(label), add)
            at = text.find(label, at + len(label), end)
    # 1. a title, then the name: 前线医生联盟副主席萧某某指; or the name, then the title: ，王某某总书记视察
    for m in _title_re().finditer(text, 0, end):
        name = name_at(text, m.end(), after_title=True)
        if name:
            add_after_title(m.start(), m.end(), name, 0.8)
            continue
        remit = _REMIT.match(text, m.end())
        if remit and (name := name_at(text, remit.end(), after_title=True)):
            add(remit.end(), name, "person:after-title", 0.8)  # 副校长（研究及发展）黄某某
            continue
        name = (
            _double_surname_at(text, m.end())
            or _guessed_after_title(text, m.start(), m.end())
            or _latin_after_title(text, m.end())
        )
        if name:
            add_after_title(m.start(), m.end(), name, 0.75)
            continue
        latin = _LATIN_BEFORE.search(text, max(m.start() - 40, 0), m.start()) if m.group() in _LATIN_TITLES else None
        if latin:
            add(latin.start(), latin.group(), "person:before-title", 0.7)  # David Smith教授
            continue
        fellows = _FELLOWS_BEFORE_TITLE.search(text, max(m.start() - 6, 0), m.start())
        name_end = fellows.start() if fellows else m.start()  # 王某某等3位代表: the first named, the others counted
        for n in (4, 3, 2):  # four only with a compound surname (欧阳某某教授) or a married name (叶陈某某议员)
            at = name_end - n
            married = _double_surname_at(text, at) if n == 4 and at >= 0 else None
            if n == 4 and text[max(at, 0) : at + 2] not in COMPOUND_SURNAMES and married is None:
                continue
            if at < 0 or (text[at - 1 : at] not in _BEFORE_NAME and at not in body_ends and not _opens_word(text, at)):
                continue  # (立法会陈某某议员: the body the person sits in may stand right before the name)
            name = married or name_at(text, at)
            if name and len(name) == n and name not in _title_set():
                add(at, name, "person:before-title", 0.75)  # (顾问专家, 主任医师: two titles, no name before one)
                break
    # 2. lists of officials: one per line, 'NAME ROLE' or '组长：NAME ROLE'
    pos = 0
    for line in text[:end].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        s = line.rstrip("\n")
        if not s.strip() or len(s) > 40 or "。" in s:
            continue
        lead = len(s) - len(s.lstrip(" \u3000\t"))
        lab = _LINE_LABEL.match(s[lead:])
        at = lead + (lab.end() if lab else 0)
        name = name_at(s, at)
        if name and (_title_re().search(s[at + len(name) :]) or lab):
            _yield_to_name(doc, occupied, start + at, start + at + len(name))
            add(start + at, name, "person:official-list", 0.8)
    # 2b. a research report's author line, above its abstract: 李某某1，王某某2 / 谢某某　迟某某*（affiliation）
    abstract = _ABSTRACT.search(text, 0, 1500) or _FIRST_HEADING.search(text, 0, 1500)
    if abstract:
        pos = 0
        for line in text[: abstract.start()].splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            for at, name in _author_line(line.rstrip("\n")):
                add(start + at, name, "person:author-line", 0.7)
    # 3. an author cited by a reference mark, in research reports: 。某某某等[4]认为, ”某某[5]认为
    if "[" in text:
        for m in _CITATION.finditer(text, 0, end):
            before = text[: m.start()]  # the name ends at the mark: nothing after it must end it
            for n in (3, 2):
                at = m.start() - n
                if at > 0 and text[at - 1] in _CITED_AFTER and (name := name_at(before, at)) and len(name) == n:
                    if lexical.tag(name[:2]) in _NAME_TAGS:  # 战略层[12]: a word with a surname's first character
                        add(at, name, "person:cited", 0.7)
                    break
    # 4. a transliterated foreign name with its parts joined by a middle dot: 约翰·H·米勒认为, 亚当·斯密指出
    if "·" in text:
        for m in _transliterated_re().finditer(text, 0, end):
            rest = text[m.end() : m.end() + 4]
            if (not rest or _AFTER_NAME.match(rest) or _title_re().match(rest)) and len(m.group(0)) >= 4:
                add(m.start(), m.group(0), "person:transliterated", 0.7)
    # 4b. a transliterated name glossed by its Latin original: 包某某（Boulding）, 波特（M·Porter）
    if "（" in text or "(" in text:
        for m in _glossed_transliteration_re().finditer(text, 0, end):
            at = m.start()
            if at and text[at - 1] in SURNAMES and text[at - 1] not in _FUNCTION_CHARS:
                at -= 1  # 熊彼特, 包尔丁: a surname's character opens many transliterations too
            if not lexicon.entries_for(text[at : m.end()]) and lexical.tag(text[at : m.end()]) in _NAME_TAGS:
                add(at, text[at : m.end()], "person:transliterated", 0.65)
    # 4c. bylines and credits of news and journals: 【撰文：某某某】, 本文责任编辑：某某
    for m in _BYLINE.finditer(text):
        label = m.group().rstrip(" :：\u3000")
        opens = not m.start() or text[m.start() - 1] in _BEFORE_CREDIT
        if (
            not opens
            and text[m.start() - 2 : m.start()] != "本文"
            and not label.startswith(_ANYWHERE_LABELS)
            and not (len(label) > 1 and _closes_credit(text, m.start(), m.end()))
        ):
            continue  # a credit opens its line or bracket, follows 本文 (本文责任编辑：), is a label that names a
            # credit anywhere (…网责任编辑：, 通讯员), or a label of two characters or more whose name closes the
            # credit's line or bracket (…委编辑：某某）); not 行政编辑：某某的工作, nor 规划图：… (图 inside a word)
        dated = opens or m.group().rstrip(" \u3000").endswith((":", "："))
        for n in (3, 2):
            w = text[m.end() : m.end() + n]
            if len(w) != n or not _CJK_RUN.fullmatch(w) or (n == 3 and _BYLINE_NEXT.match(text, m.end() + 2)):
                continue  # 某某摄: the name is the two characters before the closing word
            after = m.end() + n
            closed = (
                text[after : after + 1] in _BYLINE_END | {""}
                or _BYLINE_NEXT.match(text, after) is not None
                or (dated and _BYLINE_DATE.match(text, after) is not None)
            )
            if closed and _names_in(w) == [w]:
                add(m.end(), w, "person:byline", 0.7)
                break
    # 5. a founder named without a title: 由陈某某于2012年创办, 由李某和王某创立 (news of a firm or a lab)
    if "由" in text:
        for m in re.finditer("由", text[:end]):
            at = m.end()
            while (name := name_at(text, at, after_title=True)) is not None:
                verb = _FOUNDED_AFTER.match(text, at + len(name))
                if verb is None:
                    break
                add(at, name, "person:founder", 0.7)
                if not verb.group("and"):
                    break
                at = verb.end()
    # 6. the same name elsewhere in the document, longest first: where one name holds another (李伟农, 李伟) the
    # repeat is the longer one, whatever order a set of names would give (builds must not depend on hash seeds)
    names = {c.text for c in doc.candidates if c.type == "Person"} | {c.text for c in found}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        i = text.find(name, 0, end)
        while i >= 0:
            if occupied.find(1, i, i + len(name)) < 0:
                add(i, name, "person:repeat", 0.75)
            i = text.find(name, i + len(name), end)
    if found:
        doc.candidates = sorted(doc.candidates + found, key=lambda c: c.start)
