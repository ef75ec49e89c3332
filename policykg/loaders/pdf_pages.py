"""PDF pages → text, a string a page, in reading order.

pdfminer.six lays each page out (characters → lines → boxes of lines, boxes in reading order) and its text writer
writes the boxes one after the other. This module writes them as that writer does, with two repairs where its
order garbles what a person reads:

* **Footnotes at a page's foot.** Written where they stand, between a page's last line and the next page's
  first, they cut a paragraph running over the page, and a name split by the break with it (青禾生物 | 1 青禾市科技局…
  | 科技有限公司). A footnote is told by its type, smaller than the page's body text, below all of that text and
  opening with a note's mark (1, ①, [1], *). Its lines are flagged (:data:`~policykg.loaders.normalize.NOTE_FLAG`)
  so the normaliser writes the note after the paragraph in progress, the way the Word reader writes a Word
  footnote. When the page also shows where the note is cited (the same mark set smaller and raised in a line
  above), the note is written after that line, so after the paragraph that cites it, and the mark leaves the
  sentence (青禾市科技局¹支持 is read 青禾市科技局支持). A digit of the text (2025年, 第1条, 5G, 1家) is
  set like the text around it and stays.
* **Text in columns.** When the lines of two columns stand on the same baselines and more than half a line apart
  in height, pdfminer makes a box of each line and reads each row across the columns, one line of each paragraph
  in turn. A page part whose boxes stand apart on either side of a gap, as columns of wrapped text (each column
  at least eight characters wide, three lines or more, most of them filling it, with a sentence's punctuation:
  a column of names or addresses has none) with no rule between its lines (a table's), is read column after
  column, each from the top. A table drawn without rules whose two columns both hold wrapped sentences looks
  just the same, and is read so too.

Any other page is written exactly as pdfminer's ``extract_text`` writes it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from statistics import median
from typing import BinaryIO

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTComponent,
    LTContainer,
    LTItem,
    LTText,
    LTTextBox,
    LTTextLine,
    LTTextLineHorizontal,
)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import apply_matrix_pt

from policykg.loaders.normalize import NOTE_FLAG, is_page_number

__all__ = ["page_texts"]

_NOTE_TYPE = 0.9
"""A footnote's type is at most this share of the page's body type (Word sets 9 pt notes under 10.5 pt text, an
official document 14 pt notes under 16 pt); a superscript mark is set smaller still."""
_RAISED = 0.15
"""A superscript's foot stands at least this share of its line's type above the foot of the line's other
characters (a font's own descent moves a character less than a tenth of its size)."""
_NOTE_MARK = re.compile(r"\s*(?:([\u2460-\u2473])|[\[［(（](\d{1,3})[\]］)）]|(\d{1,3})(?=\s)|([*※†‡]+))")
"""The mark a footnote opens with: ①…⑳, [1] or (1), a number and a space, *, ※, †."""
_MARK_KEY = re.compile(r"[\[［(（]?(\d{1,3}|[\u2460-\u2473]|[*※†‡]+)[\]］)）]?")
"""A mark as cited in the text (set raised: 1, ①, [1], *), the number or symbol inside it."""

_WRAP_SLACK = 4
"""Characters short of the text's right edge a note's line may stop and still wrap onto the next (a line of Latin
words stops short by a word)."""

_MID_SENTENCE = re.compile(r"[，、；：,;:]\s*$")
"""How a note's line broken by hand in the middle of its sentence ends."""

_RULES_PER_PAGE = 5000
"""More horizontal strokes than this on a page is a drawing (a map, a chart), not a table's rules: no column is
looked for on it, and its strokes are not kept."""
_COLUMN_WIDTH = 8
"""A column of text is at least this many characters wide (a table's short cells are narrower)."""
_COLUMN_LINES = 3
"""A column of text holds at least this many lines."""
_SENTENCE_PUNCT = re.compile(r"[，。；：！？,.;:!?]")
"""What running text holds at least every third line of a column (a list's 、 between names is none of it)."""
_INDENT = 2.5
"""Characters a paragraph's first line may be indented by and still start at its column's left edge."""


class _PageDevice(PDFPageAggregator):
    """pdfminer's page layout, keeping of what the page draws only its horizontal strokes, as (x0, x1, y): a
    table's rules between rows tell it from text set in columns. Why not pdfminer's own line objects: they would
    keep every stroke of a drawing (a planning document's map holds hundreds of thousands), where the text writer
    keeps none; ``rules`` is None on a page that draws more than :data:`_RULES_PER_PAGE`."""

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.rules: list[tuple[float, float, float]] | None = []

    def begin_page(self, page, ctm) -> None:
        super().begin_page(page, ctm)
        self.rules = []

    def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
        start = end = None
        for segment in path:
            op = segment[0]
            point = apply_matrix_pt(self.ctm, segment[-2:]) if op != "h" else start
            if op in "lh" and end is not None and point is not None:
                self._stroke(end, point)
            if op == "m":
                start = point
            end = point

    def _stroke(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        if self.rules is None or abs(a[1] - b[1]) > 1 or abs(a[0] - b[0]) < 1:
            return
        self.rules.append((min(a[0], b[0]), max(a[0], b[0]), a[1]))
        if len(self.rules) > _RULES_PER_PAGE:
            self.rules = None


def page_texts(data: BinaryIO, max_pages: int) -> Iterator[str]:
    """Each page's text, as pdfminer's ``extract_text`` writes it (with its default layout parameters) between two
    form feeds, with the repairs the module's docstring lists."""
    laparams = LAParams()
    rsrcmgr = PDFResourceManager(caching=True)
    device = _PageDevice(rsrcmgr, laparams)
    interpreter = PDFPageInterpreter(rsrcmgr, device)
    for page in PDFPage.get_pages(data, maxpages=max_pages, caching=True):
        interpreter.process_page(page)
        yield _page_text(list(device.get_result()), device.rules)


def _page_text(items: list[LTItem], rules: list[tuple[float, float, float]] | None) -> str:
    """One page's text: its columns in reading order, its footnotes flagged; the page's body type (the size most
    of its characters are set in) is the measure of both repairs (a note is smaller, a column so many wide)."""
    lines = [ln for item in items if isinstance(item, LTTextBox) for ln in item if isinstance(ln, LTTextLineHorizontal)]
    sizes = {ln: _sizes(ln) for ln in lines}
    body = sum(sizes.values(), Counter()).most_common(1)
    if not body:
        return _written(items, {})
    em = body[0][0]
    if rules is not None:
        items = _in_columns(items, lines, rules, em, sizes)
    return _written(items, _footnotes(lines, {ln: _size(s) for ln, s in sizes.items()}, em))


def _written(items: list[LTItem], instead: dict[LTTextLine, str]) -> str:
    """The page's items as pdfminer's text writer (``TextConverter.receive_layout``) writes them: each character,
    a line break after each box; a line in ``instead`` is written as it says, and a box left with nothing to write
    is not written at all (not even its line break)."""
    out: list[str] = []

    def write(item: LTItem) -> None:
        if instead and isinstance(item, LTTextBox):
            text = "".join(instead.get(ln, ln.get_text()) if isinstance(ln, LTText) else "" for ln in item)
            if text:
                out.append(text + "\n")
            return
        if isinstance(item, LTContainer):
            for child in item:
                write(child)
        elif isinstance(item, LTText):
            out.append(item.get_text())
        if isinstance(item, LTTextBox):
            out.append("\n")

    for item in items:
        write(item)
    return "".join(out)


def _sizes(line: LTTextLine) -> Counter[float]:
    """How many of the line's characters are set in each size (to a tenth of a point)."""
    exact = Counter(c.size for c in line if isinstance(c, LTChar))  # rounded once a size, not once a character
    sizes: Counter[float] = Counter()
    for size, n in exact.items():
        sizes[round(size, 1)] += n
    return sizes


def _size(sizes: Counter[float]) -> float:
    """A line's type: the size most of its characters are set in."""
    common = sizes.most_common(1)
    return common[0][0] if common else 0.0


# ---------------------------------------------------------------------------
# Footnotes
# ---------------------------------------------------------------------------


def _footnotes(
    lines: list[LTTextLineHorizontal], sizes: dict[LTTextLineHorizontal, float], em: float
) -> dict[LTTextLine, str]:
    """What to write instead of the lines of the page's footnotes and of the lines citing them (see the module's
    docstring); empty when the page has no footnote. A note is written once, flagged and on one line: after the
    first line citing it, else where it stands."""
    notes = _notes_at_foot(lines, sizes, em)
    if not notes:
        return {}
    by_mark: dict[str, list[LTTextLineHorizontal]] = {}
    for mark, note in notes:
        by_mark.setdefault(mark, note)
    in_notes = {ln for _, note in notes for ln in note}
    instead: dict[LTTextLine, str] = {ln: "" for ln in in_notes}
    placed: set[LTTextLineHorizontal] = set()  # the notes written after a line citing them, by their first line
    for ln in lines:
        if ln in in_notes:
            continue
        cited = _citations(ln, sizes[ln], by_mark)
        if not cited:
            continue
        marks = {c for run, _ in cited for c in run}
        text = "".join(c.get_text() for c in ln if c not in marks)
        for _, note in cited:
            if note[0] not in placed:
                placed.add(note[0])
                text += NOTE_FLAG + _note_text(note) + "\n"
        instead[ln] = text
    for _, note in notes:
        if note[0] not in placed:
            instead[note[0]] = NOTE_FLAG + _note_text(note) + "\n"
    return instead


def _notes_at_foot(
    lines: list[LTTextLineHorizontal], sizes: dict[LTTextLineHorizontal, float], em: float
) -> list[tuple[str, list[LTTextLineHorizontal]]]:
    """The page's footnotes, top to bottom, each as its mark and its lines: below every line of the page's body
    type (a page number aside), set smaller, each line alone on its row (a table in small type at a page's foot
    has cells side by side: its 序号 cell 1 opens no note), a note opening with its mark and running on over the
    lines right under it (see :func:`_runs_on`). A small line above the first mark, or apart from the note above it
    (a footer under a short note), is no note's."""
    small = em * _NOTE_TYPE
    if not any(0 < sizes[ln] <= small for ln in lines):
        return []
    text_lines = [ln for ln in lines if not is_page_number(ln.get_text())]
    body = [ln for ln in text_lines if sizes[ln] > small]
    if not body:
        return []
    floor = min(ln.y0 for ln in body)
    foot = sorted((ln for ln in text_lines if ln.y1 <= floor and 0 < sizes[ln] <= small), key=lambda ln: -ln.y1)
    beside = {ln for a, b in zip(foot, foot[1:]) if _same_row(a, b) for ln in (a, b)}
    notes: list[tuple[str, list[LTTextLineHorizontal]]] = []
    last: LTTextLineHorizontal | None = None
    for ln in foot:
        if ln in beside:
            last = None
            continue
        mark = _note_mark(ln, sizes[ln])
        if mark is not None:
            notes.append((mark, [ln]))
            last = ln
        elif last is not None and _runs_on(last, ln, sizes[last], body):
            notes[-1][1].append(ln)
            last = ln
        else:
            last = None  # apart from the note above: no later line carries that note on
    return notes


def _runs_on(
    line: LTTextLineHorizontal, below: LTTextLineHorizontal, size: float, body: list[LTTextLineHorizontal]
) -> bool:
    """Does a note's ``line`` run on over the small line ``below``, less than a line under it: does ``line`` wrap,
    reaching the right edge most lines of body text above it reach, within a few of its characters or the first
    word of ``below`` (a web address), or, at the note's own spacing (less than half a line between them), stop
    in the middle of its sentence (a line broken by hand after a comma)? A footer set under a short note, however
    tight, stays apart."""
    gap = line.y0 - below.y1
    if gap > line.height:
        return False
    if gap <= line.height / 2 and _MID_SENTENCE.search(line.get_text()):
        return True
    edges = [b.x1 for b in body if b.x0 < line.x1 and line.x0 < b.x1]
    return not edges or line.x1 + max(_first_word(below), _WRAP_SLACK * size) >= median(edges)


def _first_word(line: LTTextLineHorizontal) -> float:
    """How wide the line's first word is: its first run of Latin letters, digits and signs (a web address), else its
    first character."""
    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return 0.0
    end = chars[0]
    for c in chars:
        if not (c.get_text().isascii() and c.get_text().strip()):
            break
        end = c
    return end.x1 - chars[0].x0


def _note_mark(line: LTTextLineHorizontal, size: float) -> str | None:
    """The mark a footnote's first line opens with (its number or symbol), written out or set raised, and text
    after it (a number alone on a line is no note)."""
    text = line.get_text()
    m = _NOTE_MARK.match(text)
    if m is not None:
        return next(g for g in m.groups() if g) if text[m.end() :].strip() else None
    runs = _raised_runs(line, size)
    first = next((c for c in line if isinstance(c, LTChar)), None)
    if runs and runs[0][0] is first:
        return _mark_key(runs[0])
    return None


def _note_text(note: list[LTTextLineHorizontal]) -> str:
    """A note's lines as one line (a space between two Latin words broken over two lines)."""
    text = ""
    for ln in note:
        part = ln.get_text().strip()
        if text and part and text[-1].isascii() and text[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            text += " "
        text += part
    return text


def _citations(
    line: LTTextLineHorizontal, size: float, by_mark: dict[str, list[LTTextLineHorizontal]]
) -> list[tuple[list[LTChar], list[LTTextLineHorizontal]]]:
    """The marks in ``line`` citing one of the page's notes, each with its note: set raised and smaller, reading as
    a note's mark. A raised number right after a Latin letter or a digit is a power (m², 10⁶), not a citation."""
    out = []
    children = list(line)
    for run in _raised_runs(line, size):
        note = by_mark.get(_mark_key(run))
        i = children.index(run[0])
        before = children[i - 1].get_text() if i else ""
        if note is not None and not (before.isascii() and before.isalnum()):
            out.append((run, note))
    return out


def _raised_runs(line: LTTextLineHorizontal, size: float) -> list[list[LTChar]]:
    """Runs of characters set smaller than ``line``'s type and raised above the foot of its other characters."""
    small = size * _NOTE_TYPE
    feet = [c.y0 for c in line if isinstance(c, LTChar) and c.size > small]
    if not feet:
        return []
    foot = median(feet)
    runs: list[list[LTChar]] = []
    run: list[LTChar] = []
    for c in line:
        if isinstance(c, LTChar) and c.size <= small and c.y0 - foot >= _RAISED * size and c.get_text().strip():
            run.append(c)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _mark_key(run: list[LTChar]) -> str:
    """A raised mark as a note's mark reads: the number or symbol inside its brackets ([1] cites note 1)."""
    text = "".join(c.get_text() for c in run).strip()
    m = _MARK_KEY.fullmatch(text)
    return m.group(1) if m else text


# ---------------------------------------------------------------------------
# Columns
# ---------------------------------------------------------------------------


def _in_columns(
    items: list[LTItem],
    lines: list[LTTextLineHorizontal],
    rules: list[tuple[float, float, float]],
    em: float,
    line_sizes: dict[LTTextLineHorizontal, Counter[float]],
) -> list[LTItem]:
    """The page's items with each part set in columns read column after column, from the top of each: its boxes
    take, together and in that order, the place of the first of them."""
    gutters = _gutters(lines)
    if not gutters:
        return items
    boxes = [item for item in items if isinstance(item, LTTextBox)]
    boxes = [b for b in boxes if not _page_number(b, boxes)]
    sizes = {  # a box's type, the size most of its characters are set in
        box: _size(sum((line_sizes[ln] for ln in box if isinstance(ln, LTTextLineHorizontal)), Counter()))
        for box in boxes
    }
    regions: list[list[list[LTTextBox]]] = []
    taken: set[LTTextBox] = set()
    # a gutter is tried once for each set of boxes crossing it (all its parts depend on), the fewest first: a line of
    # a column running past its edge (a raised mark, a comma hung in the margin) crosses the gap beside a short line
    # and cuts the column there, where the gutter it does not cross takes the whole column
    crossing = {gutter: frozenset(b for b in boxes if b.x0 < gutter < b.x1) for gutter in gutters}
    tried: set[frozenset[LTTextBox]] = set()
    for gutter in sorted(gutters, key=lambda g: len(crossing[g])):
        if crossing[gutter] in tried:
            continue
        tried.add(crossing[gutter])
        for columns in _column_regions(boxes, gutter, rules, em, sizes):
            members = {b for col in columns for b in col}
            if not members & taken:
                regions.append(columns)
                taken |= members
    if not regions:
        return items
    region_of = {b: i for i, columns in enumerate(regions) for col in columns for b in col}
    out: list[LTItem] = []
    written: set[int] = set()
    for item in items:
        i = region_of.get(item) if isinstance(item, LTTextBox) else None
        if i is None:
            out.append(item)
        elif i not in written:
            written.add(i)
            out.extend(b for col in regions[i] for b in col)
    return out


def _page_number(box: LTTextBox, boxes: list[LTTextBox]) -> bool:
    """Is ``box`` the page's number, no column's line (centred under two columns, it stands in the gap between
    them): a number alone on the page's last (or first) row, under (over) all the page's other text but what
    stands beside it (a footer on its row)? A number beside other text with a number over it (under it) is a
    table's 序号 cell, whose narrow column tells the table from text in columns."""
    if not is_page_number(box.get_text()):
        return False
    others = [b for b in boxes if b is not box]
    for under in (True, False):
        beyond = [b for b in others if not (box.y1 <= b.y0 if under else box.y0 >= b.y1)]
        if all(_same_row(box, b) for b in beyond) and not (
            beyond
            and any(
                b.is_hoverlap(box) and is_page_number(b.get_text()) and (b.y0 >= box.y1 if under else b.y1 <= box.y0)
                for b in others
            )
        ):
            return True
    return False


def _gutters(lines: list[LTTextLineHorizontal]) -> list[float]:
    """Where a column may end: the middle of the gap between two lines standing side by side on one row."""
    rows = sorted(lines, key=lambda ln: -ln.y1)
    found: set[float] = set()
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if b.y1 <= a.y0:
                break  # b and every line after it stand below a
            if _same_row(a, b) and not a.is_hoverlap(b):
                left, right = (a, b) if a.x1 <= b.x0 else (b, a)
                found.add(round((left.x1 + right.x0) / 2))
    return sorted(found)


def _same_row(a: LTComponent, b: LTComponent) -> bool:
    """Do two lines (or boxes) stand on one row (over half the smaller one's height side by side)?"""
    overlap = a.voverlap(b)
    return overlap > 0 and overlap >= 0.5 * min(a.height, b.height)


def _column_regions(
    boxes: list[LTTextBox],
    gutter: float,
    rules: list[tuple[float, float, float]],
    em: float,
    sizes: dict[LTTextBox, float],
) -> Iterator[list[list[LTTextBox]]]:
    """Each page part split by ``gutter`` into columns of text, as its columns (left to right, each top to
    bottom). A part is a run of boxes, top to bottom, none of which crosses the gutter (a title or a paragraph
    across the page ends it); what stands in it above the top of its lowest-starting column (a heading over one
    column, a print date) is read before the columns, and what stands under them apart (:func:`_without_foot`)
    after them, where pdfminer put it; what stands over them apart (:func:`_heads`) is read first."""
    run: list[LTTextBox] = []
    for box in [*sorted(boxes, key=lambda b: -b.y1), None]:
        if box is not None and not box.x0 < gutter < box.x1:
            run.append(box)
            continue
        if run:
            start = min(max(b.y1 for b in col) for col in _split(run))
            columns = _split([b for b in run if b.y0 < start])
            if len(columns) > 1 and all(_long_and_wide(col, em) for col in columns):  # else no trimming helps
                heads, columns = _heads(_without_foot(columns, em, sizes), em, sizes)
                if all(_text_column(col, em) for col in columns) and not _ruled(columns, rules, em):
                    yield [heads, *columns] if heads else columns
        run = []


def _split(boxes: list[LTTextBox]) -> list[list[LTTextBox]]:
    """Boxes grouped by the gaps between them across the page: columns, left to right, each top to bottom."""
    columns: list[list[LTTextBox]] = []
    right = float("-inf")
    for box in sorted(boxes, key=lambda b: b.x0):
        if box.x0 >= right:
            columns.append([])
        columns[-1].append(box)
        right = max(right, box.x1)
    return [sorted(col, key=lambda b: -b.y1) for col in columns]


class _Column:
    """What a column's lines say of it: its right edge, its type, how far apart its lines stand."""

    def __init__(self, boxes: list[LTTextBox], sizes: dict[LTTextBox, float]) -> None:
        lines = [ln for box in boxes for ln in box]
        self.usual = median([a.y0 - b.y1 for a, b in zip(lines, lines[1:])] or [0.0])
        self.right = max(ln.x1 for ln in lines)
        self.sizes = sizes
        self.size = _size(Counter(sizes[box] for box in boxes for _ in box))  # a line a vote

    def apart(self, upper: LTTextBox, lower: LTTextBox, em: float) -> bool:
        """Do two boxes of the column, one over the other, part there: stand more than half a line further apart
        than its lines do, or is one of them set in another type? (Whether a box stops short of the column's right
        edge is :meth:`short`'s question, which callers ask besides.)"""
        if upper.y0 - lower.y1 > self.usual + em / 2:
            return True
        return self.other_type(upper) or self.other_type(lower)

    def short(self, box: LTTextBox, em: float) -> bool:
        """Does ``box`` stop short of the column's right edge, or is it set in another type?"""
        return box.x1 < self.right - em or self.other_type(box)

    def other_type(self, box: LTTextBox) -> bool:
        """Is ``box`` set in another type than the column's?"""
        return abs(self.sizes[box] - self.size) > (1 - _NOTE_TYPE) * self.size


def _without_foot(columns: list[list[LTTextBox]], em: float, sizes: dict[LTTextBox, float]) -> list[list[LTTextBox]]:
    """The columns without what stands under them: in a column, from the first box under the foot of every other
    column that stands apart from the box above it or is set in another type, and stops short of the column's
    right edge or is set in another type (the next part's heading, a source line or a note in small type, a footer
    at the page's foot, set left under the columns), when nothing under it fills the column in its type. The rest of
    a longer column, running on in its type at its spacing, stays, and so does a heading in it followed by the
    column's text (the left column of an article's last page, running on under a heading below the right one).
    A footer row under every column (青禾市科学技术局编印 under the left one, the date under the right one, in
    small type) is the foot of none: the foot of another column is taken over its boxes in another type beside the
    column's own tail."""
    if len(columns) < 2:
        return columns
    infos = [_Column(column, sizes) for column in columns]
    tails = [  # where each column's tail may begin: boxes apart from the box above, and all short from there on
        next(
            (
                k
                for k in range(1, len(column))
                if info.apart(column[k - 1], column[k], em) and all(info.short(box, em) for box in column[k:])
            ),
            len(column),
        )
        for column, info in zip(columns, infos)
    ]
    out = []
    for i, column in enumerate(columns):
        info = infos[i]
        own = column[tails[i] :]
        floor = min(
            b.y0
            for j, other in enumerate(columns)
            if j != i
            for n, b in enumerate(other)
            if not (n >= tails[j] and infos[j].other_type(b) and any(_same_row(b, mine) for mine in own))
        )
        end = next(
            (
                k
                for k in range(1, len(column))
                if column[k].y1 < floor
                and info.apart(column[k - 1], column[k], em)
                and all(info.short(box, em) for box in column[k:])
            ),
            len(column),
        )
        out.append(column[:end])
    return out


def _heads(
    columns: list[list[LTTextBox]], em: float, sizes: dict[LTTextBox, float]
) -> tuple[list[LTTextBox], list[list[LTTextBox]]]:
    """What stands over the columns, and the columns without it: at a column's top, the boxes short of its right
    edge standing apart from the box under them or set in another type (a newsletter's header, its issuer over
    the left column and its issue over the right one; a heading) that stand above the text of every other column,
    top to bottom. A heading beside the first line of the next column is that column's own, and stays."""
    if len(columns) < 2:
        return [], columns
    infos = [_Column(column, sizes) for column in columns]
    lead = []  # how many boxes at each column's top may be over the columns
    for column, info in zip(columns, infos):
        k = 0
        while k + 1 < len(column) and info.short(column[k], em) and info.apart(column[k], column[k + 1], em):
            k += 1
        lead.append(k)
    tops = [column[k].y1 for column, k in zip(columns, lead)]  # the top of each column's text
    heads: list[LTTextBox] = []
    out = []
    for i, (column, k) in enumerate(zip(columns, lead)):
        over = 0
        while over < k and all(column[over].y0 >= top for j, top in enumerate(tops) if j != i):
            over += 1
        heads += column[:over]
        out.append(column[over:])
    return sorted(heads, key=lambda b: (-b.y1, b.x0)), out


def _long_and_wide(column: list[LTTextBox], em: float) -> bool:
    """Is a column wide and long enough to be one of text (:func:`_text_column`)?"""
    lines = [ln for box in column for ln in box]
    return len(lines) >= _COLUMN_LINES and max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines) >= _COLUMN_WIDTH * em


def _text_column(column: list[LTTextBox], em: float) -> bool:
    """Wrapped text: eight characters wide or more, three lines or more, most of them (two at least) running
    from the column's left edge (an indent aside) to its right edge, and a sentence's punctuation at least every
    third line. A table's cells are short or ragged; a column of names, addresses or units (青禾市科技局、青禾市
    财政局), of one length as they may be, holds no sentence's punctuation."""
    lines = [ln for box in column for ln in box]
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    if right - left < _COLUMN_WIDTH * em or len(lines) < _COLUMN_LINES:
        return False
    if 3 * len(_SENTENCE_PUNCT.findall("".join(ln.get_text() for ln in lines))) < len(lines):
        return False
    full = sum(1 for ln in lines if ln.x0 <= left + _INDENT * em and ln.x1 >= right - em)
    return full >= 2 and 2 * full >= len(lines)


def _ruled(columns: list[list[LTTextBox]], rules: list[tuple[float, float, float]], em: float) -> bool:
    """Is a rule drawn between the part's lines (a table's row)? An underline or a strike-through stands within
    its line's height; a rule above or below the part (a newsletter's frame) stands outside it."""
    lines = [ln for col in columns for box in col for ln in box]
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    bottom, top = min(ln.y0 for ln in lines), max(ln.y1 for ln in lines)
    for x0, x1, y in rules:
        if x1 - x0 < em or x1 <= left or x0 >= right or not bottom + em / 2 < y < top - em / 2:
            continue
        if not any(ln.y0 <= y <= ln.y1 and ln.x0 < x1 and x0 < ln.x1 for ln in lines):
            return True
    return False
