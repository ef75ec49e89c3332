"""Decoded text → clean normalised text that every offset in the graph refers to.

Chinese policy documents reach us in many states: PDF extractions hard-wrapped every
twenty characters, justified lines padded with spaces between every character,
full-width digits (``２０２２``), French guillemets used as book-title marks, Kangxi
radicals that look like ordinary ideographs, running headers repeated on every page,
Traditional script from Hong Kong.  Extraction works far better on one canonical
form, so this module produces it deterministically.

Two strings come out, character-aligned: ``text`` (Simplified) and ``original``
(the same repairs but the file's own script).  Every repair is applied to the
original-script string first and the Simplified form is derived from it with a
strictly one-character-for-one-character conversion, so ``original[s:e]`` is always
the surface form of ``text[s:e]``.

Work is done with ``str.translate`` and whole-text regular expressions wherever
possible; the only Python-level loop is one pass over lines (needed to decide which
line breaks are real paragraph breaks).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

__all__ = [
    "NormalizedText",
    "normalize_text",
    "to_simplified",
    "is_traditional",
    "strip_page_furniture",
    "is_page_number",
    "NOTE_FLAG",
]

# Formats whose line breaks may be layout rather than structure (hard-wrapped text;
# Markdown joins consecutive lines into one paragraph). DOCX/HTML paragraphs are explicit.
_WRAPPED_FORMATS = frozenset({"txt", "pdf", "md"})


@dataclass
class NormalizedText:
    """The normalised text plus its character-aligned original-script twin."""

    text: str
    """Simplified, half-width alphanumerics, spacing fixed, PDF debris repaired."""
    original: str
    """Same length as ``text``; same repairs but the original script (Traditional kept)."""
    script: str
    """``"simplified"`` or ``"traditional"``: the script of the input."""


# ---------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------

_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Chinese punctuation and brackets that never take surrounding spaces.
_CJK_PUNCT = (
    "\u3001-\u303f"  # 、。〃〈〉《》「」『』【】〔〕〖〗…
    "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"  # ！（），：；？ kept full-width
    "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7\u2160-\u217f\u2460-\u24ff"  # “”‘’—…· Ⅰ ①
)
_CJK = _IDEO + _CJK_PUNCT
_CJK_CLASS = f"[{_CJK}]"

# Sentence-final punctuation: a line ending in one of these ends its paragraph.
_FINAL = frozenset("。！？；：!?;")
# Closing marks that may follow the final punctuation (“……。” ）).
_CLOSERS = frozenset("”’」』）)》】〕\"'")
_PHOTO_CREDIT = re.compile(r"[。！？][”」』]?\s*[\u4e00-\u9fff]{2,6}[攝摄]\s*$")
"""A caption closed by its photographer's credit (…撥款。何君健攝, …。记者李明摄): news prints the credit after the
caption's last sentence, so the line ends its paragraph although it ends in a character, not a stop."""
# A line ending in one of these clearly continues on the next line.
_SOFT = frozenset("，、（《“‘「『【〔—-(/")
_CARRY_ON = frozenset("和与及或并同对在由向将把被从的之")
"""Words no sentence or heading ends on (a conjunction, a preposition, 的): a line ending on one as a word of its
own, with no blank line after it, was broken inside its sentence (…公司和 | 某大学共建…), however short the line."""
_CARRY_WORDS = frozenset({"以及", "及其", "或者", "并且", "以及其"})
"""Conjunctions of two characters or more that end on a character of :data:`_CARRY_ON` and carry on as it does."""
_CAPTION = re.compile(r"(?:附表|附图|表|图|专栏|框)\s*[0-9一二三四五六七八九十]")
"""表2 …, 专栏1 …: a table's or a box's caption, a line of its own whatever its last word."""
_LABELLED_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}[:：]\s*\S{1,5}")
"""起草人：李同, 联系人：王建和: a field of a signature block, whose value (a person's name) may end on 同 or 和."""


def _carries_on(prev: _Line, nxt: _Line) -> bool:
    """Does a line ending on a character of :data:`_CARRY_ON` stop inside its sentence? Not when that character
    ends a word of the dictionary (参与, 导向, 存在, 普及, 目的: a heading or a list item may end so), nor on a
    heading, a list item, a caption or a signature block's field, nor before a line opening with a digit (a date)."""
    text = prev.text
    if prev.starts_block or _LABELLED_FIELD.fullmatch(text) or _CAPTION.match(text):
        return False
    first = nxt.text[0]
    if not ("\u4e00" <= first <= "\u9fff" or first.isalpha() or first in "“《（(「『"):
        return False
    if text[-2:] in _CARRY_WORDS or text[-3:] in _CARRY_WORDS:
        return True
    from policykg.extract.lexical import tags  # jieba's dictionary: the words a character ends

    words = tags()
    return text[-2:] not in words and text[-3:] not in words


_OPENERS = "（《“「『【〔("
_CLOSINGS = "）》”」』】〕)"

# ---------------------------------------------------------------------------
# One translate table for all single-character repairs
# ---------------------------------------------------------------------------

_KEEP_FULLWIDTH = frozenset("，（）：；！？")


def _build_char_table() -> dict[int, str | None]:
    """Why one table: a single C-level ``str.translate`` pass is ~50× faster than
    chained ``replace`` calls or a per-character loop."""
    table: dict[int, str | None] = {}
    # Full-width ASCII → half-width, except Chinese punctuation that is conventionally full-width.
    for cp in range(0xFF01, 0xFF5F):
        ch = chr(cp)
        if ch not in _KEEP_FULLWIDTH:
            table[cp] = chr(cp - 0xFEE0)
    # Every kind of space (ideographic, no-break, thin…) → an ordinary space. Tabs stay: they
    # separate the cells of a table row (责任单位 / 负责部门 columns are read cell by cell).
    for cp in (0x3000, 0x00A0, 0x202F, 0x205F, 0x1680, 0x0B):
        table[cp] = " "
    for cp in range(0x2000, 0x200B):
        table[cp] = " "
    table[0x0B] = "\n"
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    # Invisible characters and C0/C1 controls (keep \n and \f, the page separator).
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[cp] = None
    # Bidirectional controls (LRM/RLM, embeddings, overrides, isolates, ALM): invisible in Chinese
    # text, and in a name they make a terminal or a map show it reversed ("right-to-left override").
    for cp in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[cp] = None
    for cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        if cp not in (0x0A, 0x0C, 0x09, 0x0B):
            table[cp] = None
    # Book-title marks: «» and single angle brackets → 《》.
    for ch in "«〈\u2329":
        table[ord(ch)] = "《"
    for ch in "»〉\u232a":
        table[ord(ch)] = "》"
    # PDF debris: Kangxi radicals, radical supplements, compatibility ideographs,
    # vertical/small forms and Latin ligatures all have a canonical NFKC twin.
    ranges = [
        (0x2E80, 0x2EF4),
        (0x2F00, 0x2FD6),
        (0xF900, 0xFB00),
        (0x2F800, 0x2FA20),
        (0xFE10, 0xFE1A),
        (0xFE30, 0xFE50),
        (0xFE50, 0xFE6C),
        (0xFB00, 0xFB07),
    ]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            mapped = unicodedata.normalize("NFKC", ch)
            if mapped != ch and mapped.strip():
                table[cp] = "".join(
                    chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E and c not in _KEEP_FULLWIDTH else c
                    for c in mapped
                )
    # Parenthesised ideograph numerals ㈠…㈩ are heading markers: write them as （一）.
    for i, num in enumerate("一二三四五六七八九十"):
        table[0x3220 + i] = f"（{num}）"
    for ch in "\u2010\u2011\u2212":
        table[ord(ch)] = "-"
    return table


_CHAR_TABLE = _build_char_table()


def _runs_pattern(codepoints: list[int]) -> re.Pattern[str]:
    """A character class of contiguous ranges.  Why: ``str.translate`` with a dict
    visits every character (~15 MB/s on CJK text); substituting only the rare runs
    that need a repair is ~10× faster."""
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return re.compile("[" + "".join(parts) + "]+")


_CHAR_RUNS = _runs_pattern(list(_CHAR_TABLE))
_SPACED_DIGITS_HINT = re.compile(r"\d \d \d")
"""What every :data:`_SPACED_DIGITS` match contains, found without that pattern's look-arounds."""


def _translate_runs(match: re.Match[str]) -> str:
    return match.group(0).translate(_CHAR_TABLE)


# ---------------------------------------------------------------------------
# Whole-text regular expressions
# ---------------------------------------------------------------------------

# Spaces touching a CJK character are layout, not content ("上 海 市", "截至 2021 年").
# Why the patterns below start with a literal or a class and check what precedes with a
# look-behind afterwards: a pattern that opens with a look-behind is tried at every
# position, one that opens with a character lets the engine skip ahead (3–20× faster).
_MULTI_SPACE = re.compile(r" (?<=\S )(?: +)(?=\S)")
_SPACED_DIGITS = re.compile(r"\d(?<![\d.]\d)(?: \d){2,}(?![\d.])")
_SPACED_DIGITS_IN_CJK = re.compile(rf"\d(?<={_CJK_CLASS}\d)(?: \d)+(?={_CJK_CLASS})")
"""Letter-spaced digits between two CJK characters (``〔2022〕1 3号``, ``1 0月2 4日``): a PDF's
spaced heading or date line. Two digits are enough here because Chinese never writes two
numbers side by side with only a space between them, and a CJK character closes the run on
both sides (``2 0 2 2`` alone is :data:`_SPACED_DIGITS`'s case)."""
_SPACED_DIGIT_PAIR_HINT = re.compile(r"\d \d")
_TRAILING_SPACE = re.compile(r" +$", re.M)
_MD_EMPHASIS = re.compile(r"\*\*|~~")

# ASCII punctuation inside Chinese text (common in converted PDFs) → Chinese punctuation.
_ASCII_PUNCT_AFTER_CJK = re.compile(rf"[,;:!?](?<={_CJK_CLASS}[,;:!?])")
_PERIOD_AFTER_CJK = re.compile(rf"\.(?<=[{_IDEO}”’）》」』]\.)(?=$|[\s{_CJK}(\"'])", re.M)
_ASCII_PARENS = re.compile(r"\(([^()\n]{1,80})\)")
_HAS_IDEO = re.compile(f"[{_IDEO}]")
_IDEO_RUNS = re.compile(f"[{_IDEO}]+")
_PUNCT_MAP = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}

# Structure markers at the start of a line: headings, numbered and bulleted items.
_NUM = "一二三四五六七八九十百"
_MARKER = re.compile(
    rf"""^(?:(?:
        [{_NUM}]+[、.](?![{_NUM}]{{1,2}}[、类级等期批个])
      | （[{_NUM}]+）
      | 第[{_NUM}千零〇\d]+[章节条款部分篇编]
      | \d{{1,2}}[.、](?!\d)
      | [（(]\d{{1,2}}[）)]
      | [\u2460-\u2473\u2474-\u2487]
      | [•●▪◆■◇□○·\-*+]\s
    )(?![、，。）)]))""",
    re.X,
)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)", re.M)
_HEADING_FLAG = "\ue000"  # private-use sentinel: "this line was a markdown heading"
NOTE_FLAG = "\ue005"
"""Private-use sentinel a reader opens a line with to say "this line is a footnote" (the PDF reader, which sees a
note's small type at a page's foot): the note is read after the paragraph in progress, and the line is no part
of the text around it (see :func:`_prepare_lines`)."""
_MD_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,}|={3,})")
_SENTENCE_PUNCT = re.compile(r"[，。；,;！？!?]")

# Page numbers: "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "3 / 10", "Page 3", bare "3".
_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-—–~·]\s*\d{1,4}\s*[-—–~·]
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | \d{1,4}\s*/\s*\d{1,4}
      | [Pp](?:age|\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?
    )$""",
    re.X,
)
_PAGE_NUMBER_FIRST = frozenset("-—–~·第Pp")
"""The characters other than digits a :data:`_PAGE_NUMBER` match can start with."""
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_PRINT_DATE = re.compile(
    r"\d{1,4}([/.-])\d{1,2}\1\d{1,4},?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?"
)
_NOT_A_TITLE = re.compile(r"[，。；：！？,;:!?]")
"""Marks a page title printed beside the date does not hold and a sentence with a deadline in it does."""
_PRINT_ADDRESS = re.compile(r"(?:https?|file|ﬁle)://\S+|about:blank")


def _browser_stamps(lines: list[str]) -> set[int]:
    """The lines a browser prints on a page it saves as PDF, among the page's first two and last two lines: the
    date and time (12/5/26, 6:54 AM; a line of nothing else) and the page's address (https://…, file:///…), as
    Chrome and Firefox place them. Only when both stand there: a deadline (2027-03-15 17:00) or a web address
    alone at a page's edge is text of the page. A line holding the page's title beside the date keeps the title
    (see :func:`_without_print_date`)."""
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(idx) < 3:
        return set()
    edge = list(dict.fromkeys(idx[:2] + idx[-2:]))
    address = {i for i in edge if _PRINT_ADDRESS.fullmatch(lines[i].strip())}
    if not address:
        return set()
    whole, beside = set(), set()
    for i in edge:
        line = lines[i].strip()
        m = _PRINT_DATE.search(line)
        if m is None:
            continue
        hyphen = m.group(1) == "-"  # 2027-03-15 17:00 is a deadline's way too: a stamp only at the very edge
        if m.group() == line and (not hyphen or i in (idx[0], idx[-1])):
            whole.add(i)
        elif (
            not hyphen
            and (m.start() == 0 or m.end() == len(line))
            and not _NOT_A_TITLE.search(line[: m.start()] + line[m.end() :])
        ):
            beside.add(i)  # the page's title printed beside the date
    if not whole and not beside:
        return set()
    for i in beside:
        lines[i] = _without_print_date(lines[i])
    return address | whole


def _without_print_date(line: str) -> str:
    """A browser's header line that prints the page's title beside the date: the title alone."""
    return _PRINT_DATE.sub("", line, count=1).strip()


_DIGITS = re.compile(r"\d+")
_FURNITURE_PUNCT = re.compile(r"[，。；：、,;:！？!?]")
"""Sentence punctuation: a repeated line holding it is text, not a running header. Brackets and
title marks are allowed, as journal and gazette headers carry them (《科技论坛》2021年第3期,
政策汇编（内部资料）)."""


def _ascii_parens(match: re.Match[str]) -> str:
    inner = match.group(1)
    if _HAS_IDEO.search(inner):
        return f"（{inner}）"
    return match.group(0)


_SPACES_TOUCHING_CJK = re.compile(rf" (?:(?<={_CJK_CLASS} ) *(?=\S)|(?<=\S ) *(?={_CJK_CLASS}))")
"""A whole run of spaces between two non-space characters, one of them CJK. The look-behinds
sit after the first space so the engine jumps from space to space (see the note above)."""


def _drop_spaces_near_cjk(s: str) -> str:
    """Remove a run of spaces that touches a CJK character on one side and a
    non-space on the other ("上 海 市", "截至 2021 年"); runs at line edges stay."""
    return _SPACES_TOUCHING_CJK.sub("", s) if " " in s else s


_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
"""A run of two or more spaces inside a line (U+3000 is a space by now): a column gap when the line is a table row."""
_ROW_PUNCT = re.compile(r"[，。；！？]")
_MD_ALIGN_CHARS = frozenset(" \t|:-")
"""The characters of a Markdown table's alignment row (|---|:---:|): a set test, as a regex over one backtracks."""
_SINGLE_IDEO = re.compile(f"^[{_IDEO}]$")


def _space_cells(line: str) -> str | None:
    """A line laid out with runs of spaces (名称  依托高校  所在地) as tab-separated cells, or None when it
    does not read as a table row.

    Why: without it the later removal of spaces near CJK glues the cells into one long name
    (东岭大学科技园东岭大学). A line with sentence punctuation is prose, and a line with a one-character
    CJK piece is letter-spacing (关  于  印  发) or a padded personal name (王  芳): both keep the old path."""
    body = line.lstrip(" ")
    cells = _CELL_GAP.split(body)
    if (
        len(cells) < 2
        or _ROW_PUNCT.search(body)
        or not _HAS_IDEO.search(body)
        or any(_SINGLE_IDEO.match(c) for c in cells)
    ):
        return None
    return line[: len(line) - len(body)] + "\t".join(cells)


def _pipe_cells(line: str) -> str | None:
    """A row written with ``|`` between CJK cells (Markdown or text copied from a web table) → tab-separated
    cells; the ``|---|`` alignment row of a Markdown table → None (dropped). Other lines come back unchanged."""
    if "-" in line and set(line) <= _MD_ALIGN_CHARS:
        return None if "|" in line else line
    body = line.strip(" ")
    cells = [c.strip(" ") for c in body.strip("|").split("|")]
    if len(cells) < 2 or not _HAS_IDEO.search(body) or not all(cells):
        return line
    return line[: len(line) - len(line.lstrip(" "))] + "\t".join(cells)


def _keep_table_cells(s: str) -> str:
    """Turn column gaps (two or more spaces, or ``|``) of table rows into tabs before spaces near CJK are
    removed; only lines holding such a gap are visited.

    Why a space-laid row needs a neighbouring row laid out the same way: a justified PDF line can hold a
    wide gap in mid-sentence (加快建设  东岭科技园 | 的步伐), and a tab there would stop the wrapped line
    from joining the next; a table has a head and at least one row."""
    if "  " not in s and "|" not in s:
        return s
    lines = s.split("\n")
    spaced: dict[int, str] = {}
    for i, line in enumerate(lines):
        if "|" in line:
            piped = _pipe_cells(line)
            lines[i] = "\x00" if piped is None else piped
        if "  " in lines[i].strip(" "):
            row = _space_cells(lines[i])
            if row is not None:
                spaced[i] = row
    for i, row in spaced.items():
        if i - 1 in spaced or i + 1 in spaced:
            lines[i] = row
    return "\n".join(ln for ln in lines if ln != "\x00")


_ROW_NUMBER = re.compile(r"^(\d{1,3})[.、]?$")
_CELL_PUNCT = re.compile(r"[。；！？]")
_HEAD_FIRST = ("序号", "编号", "序")


def _row_number(line: str) -> int | None:
    """The row number a line of a one-cell-a-line table opens with (1, 2., 3、), or None."""
    m = _ROW_NUMBER.match(line) if line[:1].isdecimal() else None
    return int(m.group(1)) if m else None


def _is_cell(line: str) -> bool:
    """A line that can be one cell of such a table: no row number, short, and no sentence punctuation."""
    return _row_number(line) is None and len(line) <= 60 and not _CELL_PUNCT.search(line)


def _row_span(stripped: list[str], nb: list[int], p: int) -> tuple[int, int] | None:
    """(cells per row, rows) of a table written one cell a line that starts with the row number at ``nb[p]``."""
    k = next((q - p - 1 for q in range(p + 2, min(p + 10, len(nb))) if _row_number(stripped[nb[q]]) == 2), None)
    if k is None:
        return None
    rows = 0
    while p + (rows + 1) * (k + 1) <= len(nb):
        at = p + rows * (k + 1)
        if _row_number(stripped[nb[at]]) != rows + 1 or not all(
            _is_cell(stripped[nb[c]]) for c in range(at + 1, at + k + 1)
        ):
            break
        rows += 1
    return (k, rows) if rows >= 2 else None


def _numbered_rows(lines: list[str]) -> list[str]:
    """A table copied from a web page one cell a line (序号 / 名称 / 依托单位 / 1 / 东岭… / 南湖… / 2 / …) → one
    tab-separated line a row.

    Why: read as wrapped text, its row numbers look like page numbers and are dropped, and the cells, of
    about one width, look like a column's lines and are glued into one name (东岭临床医学研究中心南湖医院).
    The row numbers 1, 2, 3 … recurring every k + 1 lines give the row length back. A footnote a reader flagged
    after the cell citing it (:data:`NOTE_FLAG`) is no cell: it is passed over, and stays after its row."""
    stripped = [ln.strip() for ln in lines]
    nb = [i for i, st in enumerate(stripped) if st and st[0] != NOTE_FLAG]
    joined: dict[int, str] = {}
    dropped: set[int] = set()
    p = 0
    while p < len(nb):
        span = _row_span(stripped, nb, p) if _row_number(stripped[nb[p]]) == 1 else None
        if span is None:
            p += 1
            continue
        k, rows = span
        head = p - k - 1
        if (
            head >= 0
            and stripped[nb[head]].startswith(_HEAD_FIRST)
            and all(_is_cell(stripped[nb[c]]) for c in range(head, p))
        ):
            joined[nb[head]] = "\t".join(stripped[nb[c]] for c in range(head, p))
            dropped.update(nb[c] for c in range(head + 1, p))
        for r in range(rows):
            at = p + r * (k + 1)
            joined[nb[at]] = "\t".join(stripped[nb[c]] for c in range(at, at + k + 1))
            dropped.update(nb[c] for c in range(at + 1, at + k + 1))
        p += rows * (k + 1)
    if not joined:
        return lines
    return [joined.get(i, ln) for i, ln in enumerate(lines) if i not in dropped]


def _fix_characters_and_spacing(s: str) -> str:
    """All repairs that do not need to know about lines."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CHAR_RUNS.sub(_translate_runs, s)
    if "**" in s or "~~" in s:
        s = _MD_EMPHASIS.sub("", s)
    if "#" in s:
        s = _MD_HEADING.sub(_HEADING_FLAG, s)
    if "(" in s:
        s = _ASCII_PARENS.sub(_ascii_parens, s)
    s = _ASCII_PUNCT_AFTER_CJK.sub(lambda m: _PUNCT_MAP[m.group(0)], s)
    s = _PERIOD_AFTER_CJK.sub("。", s)
    s = _keep_table_cells(s)
    s = _drop_spaces_near_cjk(s)
    if _SPACED_DIGITS_HINT.search(s):
        s = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), s)
    if _SPACED_DIGIT_PAIR_HINT.search(s):
        s = _SPACED_DIGITS_IN_CJK.sub(lambda m: m.group(0).replace(" ", ""), s)
    s = _MULTI_SPACE.sub(" ", s)
    if " \n" in s or s.endswith(" "):  # the only places " +$" (multiline) can match
        s = _TRAILING_SPACE.sub("", s)
    return s


# ---------------------------------------------------------------------------
# Page furniture: running headers/footers and page numbers
# ---------------------------------------------------------------------------


def _furniture_key(line: str) -> str:
    """Lines that differ only in digits (``报告 3`` / ``报告 4``) count as the same line."""
    key = line.replace(" ", "")
    return _DIGITS.sub("#", key) if _DIGITS.search(key) else key


def is_page_number(line: str) -> bool:
    """A line that is only a page number (- 3 -, 第3页, 3 / 10, a bare 3), page furniture wherever it stands."""
    s = line.strip()
    return bool(_PAGE_NUMBER.match(s) or _BARE_NUMBER.match(s))


def strip_page_furniture(pages: list[str], *, edge_lines: int = 3) -> list[str]:
    """Remove running headers/footers and page numbers from per-page text.

    A header or footer is a line within ``edge_lines`` of a page's top (bottom)
    whose digit-masked form recurs at the top (bottom) of at least half the pages
    (and at least two; three, at the top, when it holds sentence punctuation); page numbers are removed
    from the edges of every page.  Why edges
    only: body lines can legitimately repeat, page furniture never sits mid-page.
    """
    if not pages:
        return pages
    split_pages = [p.split("\n") for p in pages]
    edges: list[list[int]] = []
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in split_pages:
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge = sorted(set(idx[:edge_lines] + idx[-edge_lines:]))
        edges.append(edge)
        tops.update({_furniture_key(lines[i].strip()) for i in idx[:edge_lines]})
        bottoms.update({_furniture_key(lines[i].strip()) for i in idx[-edge_lines:]})
    threshold = max(2, (len(pages) + 1) // 2)
    # a header recurs at the top of pages, a footer at the bottom: a letterhead on page 1 and the same body
    # signing at the end of page 2 are the letter's own lines; a line with a sentence's punctuation is a header
    # only at the top of three pages or more (内部资料，注意保存), never a footer: （责任单位：X） ending pages is
    # text, and keeping a punctuated footer costs a line of noise where dropping a duty line loses links
    repeated = {
        k
        for counts in (tops, bottoms)
        for k, c in counts.items()
        if c >= threshold and len(pages) >= 2 and (not _FURNITURE_PUNCT.search(k) or (c >= 3 and counts is tops))
    }
    out: list[str] = []
    single_spaced = _single_spaced(split_pages)
    for lines, edge in zip(split_pages, edges):
        drop = {i for i in edge if _furniture_key(lines[i].strip()) in repeated or is_page_number(lines[i])}
        drop |= _browser_stamps(lines)
        kept = [ln for i, ln in enumerate(lines) if i not in drop]
        if not single_spaced:
            out.append("\n".join(kept))
            continue
        # On single-spaced pages, blank lines at a page's top or bottom (what set the footer off,
        # the page's last newline) say nothing about paragraphs: left in, the pages' join reads as
        # a paragraph break and cuts the sentence running over the page, and a name with it.
        while kept and not kept[-1].strip():
            kept.pop()
        start = 0
        while start < len(kept) and not kept[start].strip():
            start += 1
        out.append("\n".join(kept[start:]))
    return out


def _single_spaced(split_pages: list[list[str]]) -> bool:
    """Do most text lines follow another text line directly (no blank line between)?"""
    adjacent = lines = 0
    for page in split_pages:
        prev_text = False
        for ln in page:
            text = bool(ln.strip())
            lines += text
            adjacent += text and prev_text
            prev_text = text
    return adjacent >= 0.5 * lines


def _strip_unpaged_furniture(lines: list[str]) -> list[str]:
    """For text that lost its page breaks (a PDF saved as .txt): drop short
    punctuation-free lines repeated three or more times (running headers) when the text
    shows pages (page numbers, or lines wrapped at a column), decorated page numbers,
    and bare numbers that form an increasing page sequence."""
    stripped = [ln.strip() for ln in lines]
    keys = [(_furniture_key(st) if st else "") for st in stripped]
    counts = Counter(k for k in keys if k)
    shaped = {
        k: c
        for k, c in counts.items()
        if c >= 2 and 4 <= len(k) <= 40 and k.strip("#") and not _FURNITURE_PUNCT.search(k) and not _MARKER.match(k)
    }
    drop: set[int] = set()
    # both number patterns need a digit (or one of a few marks) first: test that before matching
    numbers = [(i, int(st)) for i, st in enumerate(stripped) if st[:1].isdecimal() and _BARE_NUMBER.match(st)]
    for j, (i, v) in enumerate(numbers):
        prev_ok = j > 0 and 0 < v - numbers[j - 1][1] <= 3
        next_ok = j + 1 < len(numbers) and 0 < numbers[j + 1][1] - v <= 3
        if prev_ok or next_ok:
            drop.add(i)
    for i, st in enumerate(stripped):
        if st and (st[0] in _PAGE_NUMBER_FIRST or st[0].isdecimal()) and _PAGE_NUMBER.match(st):
            drop.add(i)
    repeated = {k for k, c in shaped.items() if c >= 3}
    if repeated and (drop or _interrupts_wrapped_text(lines, stripped, keys, repeated)):
        # a line repeated three times is a running header only in text laid out in pages: with page numbers,
        # or wrapped at a page's column; in text saved a paragraph a line it is the text's own (责任单位, the
        # same body under several measures, a firm in several rows of a table)
        drop.update(i for i, k in enumerate(keys) if k in repeated)
    else:
        repeated = set()
    if len(shaped) > len(repeated):
        # A line seen only twice is a running header too when one of its copies sits next to a
        # page number (a two-page document: the header opens page 1 and follows the 1st page's number).
        beside = _beside_page_numbers(stripped, {i for i in drop if keys[i] not in repeated})
        twice = {keys[i] for i in beside if keys[i] in shaped}
        drop.update(i for i, k in enumerate(keys) if k in twice)
    if not drop:
        return lines
    if _single_spaced([stripped]):
        drop = _with_blanks_around(drop, stripped)
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _interrupts_wrapped_text(lines: list[str], stripped: list[str], keys: list[str], repeated: set[str]) -> bool:
    """Is the text wrapped at a page's column, with a repeated line cutting a sentence (a running header between
    two pages: the line before it, a footnote aside, stops mid-sentence and is no heading)? Without page numbers
    that is what shows pages: a line repeated under headings (（一）…, a measure / 某委员会 under each) is text."""
    if _wrap_width(_prepare_lines(lines)) is None:
        return False
    for i, k in enumerate(keys):
        if k not in repeated:
            continue
        j = i - 1
        while j >= 0 and (not stripped[j] or _FOOTNOTE.match(stripped[j]) or keys[j] in repeated):
            j -= 1
        if j >= 0 and not _ends_sentence(stripped[j]) and not _MARKER.match(stripped[j]):
            return True
    return False


def _with_blanks_around(drop: set[int], stripped: list[str]) -> set[int]:
    """``drop`` plus the blank lines on either side of each dropped line.

    Why: a footer is often set off by blank lines (…临床创新 | blank | — 3 — | blank | 转化研究院…);
    in single-spaced text they would read as a paragraph break and cut the sentence, and a name,
    at every page. (In double-spaced text blank lines are mere spacing and are left alone.)
    """
    out = set(drop)
    for i in drop:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(stripped) and not stripped[j]:
                out.add(j)
                j += step
    return out


def _beside_page_numbers(stripped: list[str], numbers: set[int]) -> set[int]:
    """Indices of the nearest non-blank line before and after each page-number line."""
    out: set[int] = set()
    for i in numbers:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(stripped) and (not stripped[j] or j in numbers):
                j += step
            if 0 <= j < len(stripped):
                out.add(j)
    return out


# ---------------------------------------------------------------------------
# Paragraph reconstruction
# ---------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    indent: bool  # began with two or more spaces: a new paragraph in most layouts
    starts_block: bool  # heading / list marker / markdown heading: never glued to the previous line
    hard_end: bool  # markdown heading: never glued to the next line
    blank_before: bool
    width: float = 0.0  # display width, computed once (it is consulted several times per line)
    notes: tuple[str, ...] = ()  # footnotes a reader flagged right after this line (NOTE_FLAG)


def _width(s: str) -> float:
    """Display width: CJK characters are full-width, ASCII half."""
    ascii_count = len(s.encode("ascii", "ignore"))
    return len(s) - 0.5 * ascii_count


def _wrap_width(lines: list[_Line]) -> float | None:
    """The column width a hard-wrapped document was wrapped at, or None if its lines
    are whole paragraphs.  Why a mode: wrapped text has most lines within a couple of
    characters of one width; free text has no such peak."""
    # table rows (tabs) are never wrapped to the column: they would hide its peak
    widths = [round(ln.width) for ln in lines if ln.width >= 6 and "\t" not in ln.text]
    if len(widths) < 5:
        return None
    hist = Counter(widths)
    best_w, best_mass = 0, 0
    get = hist.get
    for w in hist:
        mass = get(w - 2, 0) + get(w - 1, 0) + get(w, 0) + get(w + 1, 0)
        if mass > best_mass or (mass == best_mass and w > best_w):
            best_w, best_mass = w, mass
    longer = sum(1 for w in widths if w > best_w + 3)
    if best_w >= 12 and best_mass >= max(3, 0.3 * len(widths)) and longer <= 0.15 * len(widths):
        return float(best_w)
    return None


def _ends_sentence(s: str) -> bool:
    i = len(s) - 1
    while i > 0 and s[i] in _CLOSERS:
        i -= 1
    return s[i] in _FINAL or (s[i] in "攝摄" and _PHOTO_CREDIT.search(s) is not None)


def _is_heading(line: _Line, column: float | None) -> bool:
    """A marker-led line without sentence punctuation that does not reach the column
    edge (a marker-led line that fills the column is more likely a wrapped sentence)."""
    width = line.width
    limit = column - 3 if column else 40  # 3: room for a first-line indent
    return line.starts_block and width < limit and not _SENTENCE_PUNCT.search(line.text)


_ANY_BRACKET = re.compile("[" + re.escape(_OPENERS + _CLOSINGS) + "]")
_OPENER_SET = frozenset(_OPENERS)


def _bracket_balance(s: str) -> int:
    """Unclosed opening brackets/quotes in ``s`` (negative if more close than open)."""
    found = _ANY_BRACKET.findall(s)
    if not found:
        return 0
    # brackets are few: count the matched ones instead of scanning the line once per bracket kind
    opening = sum(map(_OPENER_SET.__contains__, found))
    return opening - (len(found) - opening)


def _row_with_leading_cells(raw: str, stripped: str) -> str:
    """A table row with its empty leading cells (tabs before the first text) kept.

    Why: a row under a cell merged down from the row above (类别 spanning three rows) starts with an empty cell;
    stripped of its tab, every cell moved one column left and the 负责部门 column ended the table there."""
    lead = raw.lstrip(" ")
    if not lead.startswith("\t"):
        return stripped
    tabs = len(lead) - len(lead.lstrip("\t"))
    return "\t" * tabs + stripped


def _prepare_lines(raw_lines: list[str]) -> list[_Line]:
    """The text lines, each with what the line layout says of it (indent, a marker, a blank line before it).

    A footnote a reader flagged (:data:`NOTE_FLAG`) is no line of its own here but rides on the line before it,
    and the blank line that set it off goes with it: every rule below (the wrap column, whether blank lines part
    paragraphs, whether the next line carries the sentence on) then sees the text as if the note were not there,
    and :func:`_join_paragraphs` writes the note after the paragraph."""
    out: list[_Line] = []
    blank = False
    for raw in raw_lines:
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        if stripped[0] == NOTE_FLAG and out:
            note = stripped[1:].strip()
            if note:
                out[-1].notes += (note,)
            blank = False
            continue
        if stripped[0] == NOTE_FLAG:  # a note before any text: a paragraph of its own
            stripped = stripped[1:].strip()
            if not stripped:
                continue
            out.append(_Line(stripped, False, True, True, blank, _width(stripped)))
            blank = False
            continue
        hard_end = False
        starts_block = False
        if stripped[0] == _HEADING_FLAG:
            stripped = stripped[1:].strip()
            hard_end = starts_block = True
        elif _MD_RULE.fullmatch(stripped):
            if out:
                out[-1].hard_end = True
            blank = True
            continue
        if not stripped:
            continue
        if _MARKER.match(stripped):
            starts_block = True
        if "\t" in stripped:
            hard_end = starts_block = True  # a table row is a line of its own
            stripped = _row_with_leading_cells(raw, stripped)
        out.append(_Line(stripped, raw.startswith("  "), starts_block, hard_end, blank, _width(stripped)))
        blank = False
    return out


def _join_paragraphs(lines: list[_Line], wrapped_format: bool) -> list[str]:
    """Glue lines broken inside a sentence back together; keep real paragraph breaks."""
    if not wrapped_format:
        return [text for ln in lines for text in (ln.text, *ln.notes)]
    width = _wrap_width(lines)
    adjacent = sum(1 for ln in lines[1:] if not ln.blank_before)
    blank_meaningful = adjacent >= 0.2 * len(lines)
    full = (width - max(3.0, 0.2 * width)) if width else 30.0

    paragraphs: list[str] = []
    buf: list[str] = []
    balance = 0
    buf_len = 0
    prev: _Line | None = None
    deferred: list[str] = []  # footnotes to write after the paragraph in progress
    interrupted = False  # one of them was a line of its own that cut the paragraph (see _interrupts)
    cell_runs = _in_cell_runs(lines)
    for k, ln in enumerate(lines):
        if (
            prev is not None
            and ln.text[0] in _FOOTNOTE_FIRST
            and _interrupts(prev, ln, lines[k + 1 : k + 4], column=width)
        ):
            # a page-bottom footnote inside a sentence: keep it, but after the paragraph
            deferred.append(ln.text)
            deferred.extend(ln.notes)
            interrupted = True
            continue
        if interrupted and ln.blank_before and not _FOOTNOTE.match(ln.text):
            ln = replace(ln, blank_before=False)  # that blank line belonged to the footnote block
        if (
            prev is not None
            and _continues(
                prev, ln, balance, buf_len, full, width, blank_meaningful, k in cell_runs and k - 1 in cell_runs
            )
            and not (k == 1 and _headline_over_paragraph(prev, ln, width))
        ):
            last, first = buf[-1][-1], ln.text[0]
            if last.isascii() and last.isalpha() and first.isascii() and first.isalpha():
                buf.append(" ")
            buf.append(ln.text)
        else:
            if buf:
                paragraphs.append("".join(buf))
            paragraphs.extend(deferred)
            deferred = []
            interrupted = False
            buf = [ln.text]
            balance = 0
            buf_len = 0
        deferred.extend(ln.notes)
        balance += _bracket_balance(ln.text)
        buf_len += len(ln.text)
        prev = ln
    if buf:
        paragraphs.append("".join(buf))
    paragraphs.extend(deferred)
    return paragraphs


def _headline_over_paragraph(first: _Line, nxt: _Line, column: float | None) -> bool:
    """Is ``first``, a document's first line, a headline set above its first paragraph (a news release's title,
    其后一段正文) rather than the first line of a wrapped paragraph? Without a wrap column, a line that ends in no
    mark that would carry it on and is followed by a line wider than any column and wider than itself was not
    broken by wrapping: a wrapped paragraph's lines all fill the column, the last one excepted."""
    return (
        column is None
        and nxt.width > _WIDEST_UNSEEN_COLUMN
        and nxt.width > first.width
        and first.text[-1] not in _SOFT
        and _bracket_balance(first.text) <= 0
    )


_FOOTNOTE = re.compile(rf"^(?:{NOTE_FLAG}|[\u2460-\u2473]|[\[［]\d{{1,3}}[\]］])")
"""Footnote markers at the start of a line: ①…⑳, [1], ［1］, or a reader's :data:`NOTE_FLAG`."""
_FOOTNOTE_FIRST = frozenset("".join(chr(c) for c in range(0x2460, 0x2474)) + "[［")


def _interrupts(prev: _Line, ln: _Line, following: list[_Line], column: float | None) -> bool:
    """Is ``ln`` a footnote the page layout dropped into the middle of a sentence?

    PDF text puts a page's footnotes (and its running header, removed earlier) between
    the last line of one page and the first line of the next, so a sentence — even a
    word (认 | 定) — is split around them. A footnote line counts as an interruption
    only when the line before it stops mid-sentence and, after any further footnote
    lines, the next line reads on (no marker, no indent); a ①-list after a colon or a
    full stop is left alone.
    """
    if (
        not _FOOTNOTE.match(ln.text)
        or prev.hard_end
        or _ends_sentence(prev.text)
        or _is_heading(prev, column)
        or _FOOTNOTE.match(prev.text)
    ):
        return False
    for nxt in following:
        if _FOOTNOTE.match(nxt.text):
            continue  # several footnotes at the foot of the same page
        return not (nxt.indent or nxt.starts_block or nxt.hard_end)
    return False


_DOC_NUMBER_LINE = re.compile(
    r"^\s*[（(]?[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号"
)
_TITLE_END_LINE = re.compile(r"(?:的通知|的意见|的答复|的决定|的批复|的复函|的报告|的函)[》»]?\s*$")


_NO_LINE_START = frozenset("，。、；：！？》）」』】〕”’")
"""Marks Chinese typesetting never puts at the start of a line (the 避头 rule): a line that
opens with one was broken by the extraction, inside a sentence or a 《title》 whose own words
end like a document's title (…工作的通知 | 》，对…)."""

_WIDEST_UNSEEN_COLUMN = 60.0
"""Widest line (display width) still read as a wrapped line when no wrap column was found.

Why: a PDF column holds at most about fifty characters; a longer line is a whole paragraph
(text saved one paragraph a line, with or without blank lines between). Such a line continues
only when it stops mid-phrase (a page break); "filling the column" says nothing, and gluing
on that ground merges a clause ending in （责任单位：…） or a title line into the following
paragraph. The same holds for a line half as wide again as a column that was found."""


_ANY_PUNCT = re.compile(r"[，。、；：！？,.;:!?（）()《》“”\"\d]")


_CELL_RUN = 4
"""Lines without a mark or a digit in a row, at least: a table copied one cell a line (two columns, two rows)."""


def _bare(text: str) -> bool:
    return not _ANY_PUNCT.search(text)


def _in_cell_runs(lines: list[_Line]) -> set[int]:
    """Indexes of the lines inside a run of at least :data:`_CELL_RUN` lines that hold no mark and no digit.

    Why: cells of a table copied one a line (东岭临床医学研究中心 | 南湖医院 | …) are of about one width, so the
    wrap column is found among them and they were glued into one name. A sentence wrapped at the column carries
    a comma or a mark within three lines, so two or three bare lines (…建设东岭市临床医学研 | 究中心推动…, a
    title broken over three lines) still join."""
    out: set[int] = set()
    start = 0
    for k in range(len(lines) + 1):
        if k < len(lines) and _bare(lines[k].text):
            continue
        if k - start >= _CELL_RUN:
            out.update(range(start, k))
        start = k + 1
    return out


def _bare_pair(first: str, second: str) -> bool:
    """Two cells of a run of bare lines: neither holds a mark or a digit, and the second does not end a title
    (…的通知 still joins its first line)."""
    return _bare(first) and _bare(second) and not _TITLE_END_LINE.search(second)


def _continues(
    prev: _Line,
    nxt: _Line,
    balance: int,
    buf_len: int,
    full: float,
    column: float | None,
    blank_meaningful: bool,
    in_cell_run: bool = False,
) -> bool:
    """Decide whether ``nxt`` continues the paragraph that ends with ``prev`` (``in_cell_run``: both lines lie in
    a run of lines without marks, see :func:`_in_cell_runs`)."""
    if nxt.indent or nxt.starts_block or prev.hard_end:
        return False
    if nxt.text[0] in _NO_LINE_START:
        return True  # 》， or 。 never opens a line of its own: the layout broke before it
    open_bracket = balance > 0 and buf_len < 400
    if _DOC_NUMBER_LINE.match(nxt.text) or (
        not open_bracket and len(prev.text) <= 80 and _TITLE_END_LINE.search(prev.text)
    ):
        return False  # a 文号 line, or the line after a document's title, starts a header field of its own
    text = prev.text
    if in_cell_run and buf_len == len(text) and _bare_pair(text, nxt.text):
        return False
    if _ends_sentence(text):
        return open_bracket and text[-1] in "：:"
    if _is_heading(prev, column):
        # Only a short unpunctuated tail (a heading wrapped onto a second line) joins it.
        return column is not None and nxt.width < full and not _ends_sentence(nxt.text)
    if text[-1] in _SOFT or open_bracket:
        return True
    if text[-1] in _CARRY_ON and not nxt.blank_before and _carries_on(prev, nxt):
        return True
    if blank_meaningful and nxt.blank_before:
        return False
    if prev.width < full:
        return False
    if prev.width <= (column * 1.5 if column else _WIDEST_UNSEEN_COLUMN):
        return True
    # Wider than any column: a whole paragraph, unless it stops mid-phrase (a page break inside
    # the paragraph, 产业的快 | 速发展). A closing bracket or a title's 的通知 ends it.
    return text[-1] not in _CLOSERS and not _TITLE_END_LINE.search(text)


# ---------------------------------------------------------------------------
# Traditional → Simplified, one character for one character
# ---------------------------------------------------------------------------


def _opencc_dict(name: str) -> dict[str, str]:
    import opencc  # the reimplemented package ships its dictionaries as text files

    path = Path(opencc.__file__).parent / "dictionary" / name
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            if key and values:
                out[key] = values.split(" ")[0]
    return out


@dataclass
class _Stage:
    table: dict[int, str]
    phrases: dict[str, str]
    pattern: re.Pattern[str] | None
    runs: re.Pattern[str] | None = None
    """For a small table: runs of the characters it changes. Why: ``str.translate`` with a dictionary costs a
    lookup per character of the text, and a stage of a few dozen variants (Hong Kong's) changes few of them;
    translating only those runs gives the same text."""

    def apply(self, s: str) -> str:
        if self.runs is not None:
            table = self.table
            converted = self.runs.sub(lambda m: m.group().translate(table), s)
        else:
            converted = s.translate(self.table)
        if self.pattern is None:
            return converted
        # Phrase exceptions (乾隆 keeps 乾): re-convert those spans from the source.
        parts: list[str] = []
        pos = 0
        for m in self.pattern.finditer(s):
            parts.append(converted[pos : m.start()])
            parts.append(self.phrases[m.group(0)])
            pos = m.end()
        if not parts:
            return converted
        parts.append(converted[pos:])
        return "".join(parts)


def _make_stage(chars: dict[str, str], phrases: dict[str, str]) -> _Stage:
    table = {ord(k): v for k, v in chars.items() if len(k) == 1 and len(v) == 1 and k != v}
    exceptions = {k: v for k, v in phrases.items() if len(k) == len(v) and len(k) > 1 and k.translate(table) != v}
    pattern = None
    if exceptions:
        alternatives = sorted(exceptions, key=lambda k: (-len(k), k))
        pattern = re.compile("|".join(map(re.escape, alternatives)))
    runs = None
    if 0 < len(table) <= _RUNS_TABLE_MAX:
        runs = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]+")
    return _Stage(table, exceptions, pattern, runs)


_RUNS_TABLE_MAX = 256
"""Tables up to this size are applied run by run (:attr:`_Stage.runs`); measured on the Hong Kong stage (64
characters, a tenth of the time) and the Traditional one (some 4,000 characters, slower run by run)."""


_TS_CHARACTERS_EXTRA = {
    "擡": "抬",  # HKVariantsRev turns Hong Kong's 抬 into 擡, which TSCharacters lacks: 抬头 came out 擡头
    "暱": "昵",  # 暱稱 (Traditional of 昵称) had no Simplified entry and stayed 暱
}
"""Character rows OpenCC's Traditional→Simplified table is missing.  Why: without them a
Simplified text written out in Traditional (s2hk/s2t) does not come back to itself, so a
name or cue with 抬 or 昵 is found in one script only."""

_TS_PHRASES_EXTRA = {
    "批覆": "批复",
    "覆函": "复函",
    "覆核": "复核",
    "覆審": "复审",
    "覆議": "复议",
    "覆查": "复查",
    "覆檢": "复检",
    "覆診": "复诊",
}
"""Traditional writes 覆 for the 复 of "reply / review" (批覆, 覆函, 覆核), and OpenCC
converts 答覆 and 回覆 but keeps these, since 覆 is also a Simplified character (覆盖).
Why: titles and cues are matched on Simplified text (……的批复, 复函), so a Hong Kong
批覆 went unrecognised where the mainland 批复 was read."""


@lru_cache(maxsize=1)
def _t2s_stages() -> tuple[_Stage, _Stage]:
    """OpenCC's hk2s chain (HK variants, then Traditional→Simplified) rebuilt as two
    translate tables plus same-length phrase exceptions.  Why not ``OpenCC.convert``:
    it runs at ~0.4 MB/s in pure Python and does not promise equal lengths; every
    mapping used here is one character to one character, so alignment is guaranteed."""
    hk = _make_stage(_opencc_dict("HKVariantsRev.txt"), _opencc_dict("HKVariantsRevPhrases.txt"))
    ts = _make_stage(
        _opencc_dict("TSCharacters.txt") | _TS_CHARACTERS_EXTRA,
        _opencc_dict("TSPhrases.txt") | _TS_PHRASES_EXTRA,
    )
    return hk, ts


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters that change under the composed character mapping.  Why composed:
    the HK stage maps some Simplified-looking forms (户) to Traditional ones (戶)
    that the second stage maps straight back; those are not evidence of Traditional."""
    hk, ts = _t2s_stages()
    candidates = {chr(c) for c in hk.table} | {chr(c) for c in ts.table}
    return frozenset(c for c in candidates if c.translate(hk.table).translate(ts.table) != c)


@lru_cache(maxsize=1)
def _traditional_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """A class of the Basic Multilingual Plane characters of :func:`_traditional_chars`,
    and the few beyond it as a set.

    Why split: a class holding even one character beyond U+FFFF is compiled to a list of
    ranges tried one by one (~190 ns a character); a class within the BMP becomes a
    lookup table, so ``findall`` counts the Traditional characters of a document in C
    about ten times faster than intersecting the text with a set.
    """
    chars = _traditional_chars()
    bmp = sorted(c for c in chars if ord(c) <= 0xFFFF)
    return re.compile("[" + "".join(re.escape(c) for c in bmp) + "]"), frozenset(c for c in chars if ord(c) > 0xFFFF)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


_SIMPLIFIED_KEPT = frozenset("昇陞甦蒐")
"""Characters outside GB 2312 that convert under OpenCC yet are standard Simplified
characters again (通用规范汉字表 keeps them for names: 春昇杯).  Why: a Simplified text
that writes them means them; they are not stray Traditional characters."""


@lru_cache(maxsize=1)
def _stray_pattern() -> re.Pattern[str]:
    """Traditional or Hong Kong variant characters that a Simplified text never needs.

    A character is stray when the conversion changes it and it is not in GB 2312 (the
    Simplified character set every mainland document is written in), less
    :data:`_SIMPLIFIED_KEPT`.  Why GB 2312: 乾, 於, 後 and 徵 are in it and are also
    ordinary Simplified characters (乾隆, 於 as a surname), whereas 衞, 粵 or 買 in a
    Simplified document are Hong Kong habits or text pasted from a Traditional source.
    """

    def in_gb2312(c: str) -> bool:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    chars = sorted(
        c for c in _traditional_chars() if ord(c) <= 0xFFFF and c not in _SIMPLIFIED_KEPT and not in_gb2312(c)
    )  # within the BMP only, so the class is a lookup table (see _traditional_pattern)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]+")


def _simplify_strays(s: str) -> str:
    """Convert the stray Traditional characters of a Simplified text, one for one.

    Why: a Simplified document that writes 食物及衞生局 or 粵港澳 (Hong Kong spellings,
    or a plain-OpenCC t2s conversion that keeps HK variants) must give the graph the same
    names as one that writes 食物及卫生局; the Traditional detector rightly calls such a
    document Simplified, so the characters would otherwise reach the tables unconverted.
    """
    hk, ts = _t2s_stages()
    return _stray_pattern().sub(lambda m: m.group(0).translate(hk.table).translate(ts.table), s)


def to_simplified(s: str) -> str:
    """Traditional (including Hong Kong variants) → Simplified, length-preserving."""
    hk, ts = _t2s_stages()
    out = ts.apply(hk.apply(s))
    if len(out) != len(s):  # cannot happen with 1:1 tables; guard the alignment promise
        raise AssertionError("Traditional→Simplified conversion changed the text length")
    return out


def is_traditional(s: str, *, sample: int = 20000, threshold: float = 0.05) -> bool:
    """True when at least ``threshold`` of the ideographs (in the first ``sample``
    characters) exist only in Traditional script.  Simplified text scores ≈0 and
    Traditional text 0.2–0.3, so the cut is far from both."""
    head = s[:sample]
    bmp, astral = _traditional_pattern()
    traditional = len(bmp.findall(head))
    if _ASTRAL.search(head):  # rare: characters beyond the BMP, counted one by one
        traditional += sum(head.count(c) for c in astral.intersection(head))
    if not traditional:
        return False  # no Traditional-only character at all: nothing to weigh
    ideographs = sum(map(len, _IDEO_RUNS.findall(head)))
    if ideographs == 0:
        return False
    return traditional >= threshold * ideographs


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


MAX_SENTENCE_CHARS = 4000
"""Longest run without a sentence break (。！？；;!? or a line break) that extraction is given.

Why: extraction works sentence by sentence and its cost grows faster than linearly in a
sentence's length, so one 20 MB line without punctuation took minutes (800k characters:
180 s). Real sentences are far shorter; a longer run is broken (at the last comma, 、 or
space before the limit when there is one) by a line break, which keeps the work linear
in the text's length. The break is inserted into the original-script text before the
Simplified twin is derived, so both stay character-aligned."""
_LONG_RUN = re.compile(rf"(?<![^。！？；;!?\n])[^。！？；;!?\n]{{{MAX_SENTENCE_CHARS + 1},}}")
# (the look-behind tries a match only where a run starts, so the scan is linear)
_SOFT_BREAK = re.compile(r"[，、,： ]")


def _split_run(match: re.Match[str]) -> str:
    run = match.group()
    pieces: list[str] = []
    start = 0
    while len(run) - start > MAX_SENTENCE_CHARS:
        end = start + MAX_SENTENCE_CHARS
        window = run[start + MAX_SENTENCE_CHARS * 3 // 4 : end]
        soft = None
        for soft in _SOFT_BREAK.finditer(window):  # noqa: B007  (keeps the last match)
            pass
        if soft is not None:
            end = start + MAX_SENTENCE_CHARS * 3 // 4 + soft.end()
        pieces.append(run[start:end])
        start = end
    pieces.append(run[start:])
    return "\n".join(pieces)


def _bound_sentences(text: str) -> str:
    """Break every run longer than :data:`MAX_SENTENCE_CHARS` without a sentence break."""
    return _LONG_RUN.sub(_split_run, text)


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
"""Hong Kong and Taiwan quote with corner brackets where Simplified text writes “” and ‘’.
Why in the Simplified text (the original keeps them): every cue, name pattern and table
is written for one set of quotes, so 「新优药械」产品目录 and “新优药械”产品目录 must reach
extraction as the same string (one character for one, so offsets stay aligned)."""


def normalize_text(raw: str, *, source_format: str = "txt") -> NormalizedText:
    """Normalise decoded text from any reader (see module docstring for the why)."""
    traditional = is_traditional(raw)
    s = _fix_characters_and_spacing(raw)
    wrapped_format = source_format in _WRAPPED_FORMATS
    if "\n1" in s:  # a row number opens a line: perhaps a table written one cell a line
        s = "\n".join(_numbered_rows(s.split("\n")))
    if "\f" in s:
        s = "\n".join(strip_page_furniture(s.split("\f")))
        raw_lines = s.split("\n")
    else:
        raw_lines = s.split("\n")
        if wrapped_format:
            raw_lines = _strip_unpaged_furniture(raw_lines)
    lines = _prepare_lines(raw_lines)
    original = "\n".join(_join_paragraphs(lines, wrapped_format))
    if "(" in original:  # pairs split across lines can only be matched after joining
        original = _ASCII_PARENS.sub(_ascii_parens, original)
    if len(original) > MAX_SENTENCE_CHARS:
        original = _bound_sentences(original)
    text = to_simplified(original) if traditional else _simplify_strays(original)
    if "「" in text or "」" in text or "『" in text or "』" in text:
        text = text.translate(_CORNER_QUOTES)
    return NormalizedText(text=text, original=original, script="traditional" if traditional else "simplified")
