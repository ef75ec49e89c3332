"""Name finding clause by clause, remembering the answer for lines and clauses seen before.

Why: policy documents repeat whole lines (salutations, closing formulas, lists of
responsible agencies, paragraphs reused across replies) and, more often still, whole
sentences and clauses inside lines that differ elsewhere; finding names is the most
expensive stage. Almost every rule of :mod:`policykg.extract.names` stops at a line
break and at a stop (。；，): names, titles, policy phrases and clauses never hold one.
So each line is cut after its stops into units, the names a unit holds are a function
of the unit alone, and :func:`find_candidates` here returns exactly what
:func:`policykg.extract.names.find_candidates` returns while computing each distinct
unit once per process. A line seen before without whole-text candidates is answered
whole, in one lookup.

Exactly, not approximately: the few rules that look past a unit are handled explicitly.

* Products, Latin names, 企业如… company lists and addressed persons look further (a
  product cue 30 characters away, a Latin name across a line wrap, a company cue 40
  characters back, the document's addressees), so they are always run over the whole
  text and merged into their unit. A stop inside one of them is not cut at.
* Each unit is run with the character before it (the line break or the stop) and a line
  break after it, so rules that peek one character outside see what they would see; a
  line opening with a quotation mark also gets the six characters before it (the quote
  rule reads them). The context is part of the memo key.
* Quotations and 《titles》 may hold a stop (the match is then rejected, but it consumes
  its span): stops that such a match could hold are not cut at (:func:`_unsplittable`).
* A category list (A、B等…企业) reads up to eight characters past its 等, across a line
  break: units are laid apart by a stop in a finder run (:data:`_PIECE_GAP`), and a text
  where a list may really reach the next line takes the reference path.
* A name grown leftwards inside brackets past its unit's start (the one growth that does
  not stop at a line break or stop), a contact label at a line end (联系人：⏎张三) or a
  whole-text candidate spanning a line break send the document through the reference
  path, :func:`policykg.extract.names.find_candidates`.

Overlap resolution (longest first) never crosses a unit, so resolving per unit is the
same as resolving the whole text. The steps that follow (list members, short company
names) run on the whole text as before. ``tests/test_extraction.py`` checks the two
paths against each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from policykg.extract import lexicon
from policykg.extract.names import Candidate, with_list_names
from policykg.extract.names import (
    find_candidates as find_candidates_whole,
)
from policykg.extract.names.finder import _Finder, _select

_Row = tuple  # (start, end, text, type, rule, confidence, entry), start/end relative to the line
_CACHE: dict[tuple[str, bool, str, bool], tuple] = {}
"""(context, context starts the text, unit, last unit) → (rows before products, policy rows,
category-list rows, selected rows)."""
_CACHE_MAX = 50_000
"""Lines kept before the memo is emptied: bounds a long build's memory, costs nothing in correctness."""
_LINE_CACHE: dict[tuple[str, bool, str, bool], tuple] = {}
"""(context, context starts the text, line, last line) → the line's selected rows, for lines
without whole-text candidates: a line seen before costs one lookup instead of one per unit."""
_CACHE_LEXICON: list[object] = [None]
"""The lexicon the memo was filled with; another one (``lexicon.exclude_entries``) empties it."""

_NOTHING: tuple = ((), (), (), ())
_QUOTE_OPENERS = '“"「『'
_CONTACT_AT_LINE_END = re.compile(r"(?:联系人|联系人姓名|经办人|签发人)[：:]\s*\n")
_CATEGORY_LIST_ACROSS_LINES = re.compile(
    "等(?=[^。；，、\n]{0,7}\n[^。；，、]{0,7}(?:企业|公司|药企|医疗机构|医院|高校|大学))"
)
"""A 等 whose category word (names._ENUM_LIST: at most eight characters on) may sit on the next
line: the one way a category list reaches past a line, so such a text takes the reference path."""
_STOPS = "。；，"
"""Where a line is cut into memo units (see the module docstring for why this is safe)."""
_STOP_RE = re.compile(f"[{_STOPS}]")
_PIECE_RE = re.compile(f"[^{_STOPS}\n]*[{_STOPS}]|[^{_STOPS}\n]+|\n")
"""A text as consecutive pieces: up to and including a stop, the rest of a line, a line break."""
_QUOTE_WITH_STOP = re.compile(f'[“"「『][^“”"「」『』\n{_STOPS}]{{0,30}}[{_STOPS}]')
_QUOTE_SPAN = 32
"""An opening quotation mark followed by a stop that a quotation match (at most 32 characters,
see ``names._QUOTED``) could hold."""
_TITLE_WITH_STOP = re.compile(f"《[^《》\n{_STOPS}]{{0,80}}[{_STOPS}]")
_TITLE_SPAN = 82
"""The same for a 《title》 match (at most 82 characters, see ``names._BOOK_TITLE_RE``)."""
_PIECE_GAP = "。"
"""Laid between one unit's line break and the next unit's context in a finder run. Only a
category list (A、B等⏎企业) reads past a line break into the next line, and a stop ends it: so
no list runs from one unit into an unrelated one laid after it. (Texts where one really
runs into the next line take the reference path: :data:`_CATEGORY_LIST_ACROSS_LINES`.)"""
_QUOTE_CONTEXT = 6
"""Characters before a quotation mark that :meth:`_Finder.quoted` reads."""


def _rows(cands: list[Candidate], shift: int) -> tuple[_Row, ...]:
    return tuple((c.start - shift, c.end - shift, c.text, c.type, c.rule, c.confidence, c.entry) for c in cands)


class _LineFinder(_Finder):
    """A finder over units laid end to end (each with the characters before it that rules
    may read) that notices when a name grown leftwards leaves its unit: then that unit's
    names depend on text the memo key does not hold."""

    def __init__(self, text: str, line_starts: list[int], line_ends: list[int]):
        super().__init__(text)
        self.line_starts = line_starts
        self.line_ends = line_ends
        self.crossed = False

    def left_boundary(self, suffix_start: int, end: int) -> int:
        i = _Finder.left_boundary(self, suffix_start, end)
        k = bisect_right(self.line_starts, suffix_start) - 1
        # a head inside a context (text before a line, not memoised with it) does not count
        if k >= 0 and suffix_start < self.line_ends[k] and i < self.line_starts[k]:
            self.crossed = True  # only inside brackets does growth pass a line break
        return i

    def line_rules(self) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
        """(the rules before products, policy phrases, category lists), in the reference order."""
        head = self.lexicon_hits()
        head += self.book_titles()
        head += self.quoted()
        head += self.suffix_names()
        head += self.bracketed_hosts(head)
        head += self.short_forms()
        head += self.foreign_ministries()
        head += self.level_bodies()
        head += self.youth_leagues()
        head += self.titled_persons()
        return head, self.policy_phrases(), self.category_lists()


def _fill(pieces: list[tuple[tuple, str, str, bool]]) -> bool:
    """Find the names of units not yet memoised in one finder run over all of them, and
    memoise them; False (nothing memoised) when a name grew out of its unit.

    ``pieces`` are (memo key, context, unit, last) in the order to lay them out: the
    unit that opens its document first (nothing may precede it) and the document's last
    unit last (nothing may follow it). Why one run: a finder has a fixed cost per text
    (a dozen regular-expression passes, an automaton pass) that per-unit runs would pay
    once per unit.
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for _, context, line, last in pieces:
        lead = _PIECE_GAP if pos else ""
        starts.append(pos + len(lead) + len(context))
        ends.append(pos + len(lead) + len(context) + len(line))
        piece = lead + context + line + ("" if last else "\n")
        parts.append(piece)
        pos += len(piece)
    f = _LineFinder("".join(parts), starts, ends)
    head, policy, lists = f.line_rules()
    if f.crossed:
        return False
    per_line: dict[int, tuple[list[Candidate], list[Candidate], list[Candidate]]] = {}
    for group, slot in ((head, 0), (policy, 1), (lists, 2)):
        for c in group:
            k = bisect_right(starts, c.start) - 1
            if k < 0:
                continue  # in the context before the first line
            line_end = ends[k]
            if c.start > line_end:
                continue  # in the context before the next line: that line's own run finds it
            if c.end > line_end:
                return False
            found = per_line.get(k)
            if found is None:
                found = per_line[k] = ([], [], [])
            found[slot].append(c)
    for k, (key, _, _, _) in enumerate(pieces):
        found = per_line.get(k)
        if found is None:
            _CACHE[key] = _NOTHING  # most units name nothing
            continue
        h, p, e = found
        shift = starts[k]
        every = h + p + e
        _CACHE[key] = (
            _rows(h, shift),
            _rows(p, shift),
            _rows(e, shift),
            _rows(_select(every) if len(every) > 1 else every, shift),
        )
    return True


def _unsplittable(text: str, extras: list[Candidate]) -> set[int]:
    """Positions of sentence stops that must not end a unit, or a superset of them.

    A stop must stay inside its unit when a whole-text candidate holds it, or when a
    quotation or a 《title》 match holds it (the two line rules whose patterns admit a
    stop: a match holding one is rejected, but it still consumes its span and so decides
    where the next match may start). Rather than running those two patterns over the
    whole text, every stop up to a match's maximal length after an opening mark that a
    stop follows (with no closing mark or line break before it) is kept; every real match
    holding a stop starts at such a mark, so keeping more stops than needed only makes
    units longer, never different.
    """
    out: set[int] = set()
    windows = [(c.start, c.end) for c in extras]
    windows += [(m.start(), m.start() + _QUOTE_SPAN) for m in _QUOTE_WITH_STOP.finditer(text)]
    if "《" in text:
        windows += [(m.start(), m.start() + _TITLE_SPAN) for m in _TITLE_WITH_STOP.finditer(text)]
    for s, e in windows:
        out.update(m.start() for m in _STOP_RE.finditer(text, s, e))
    return out


def _line_units(line: str, pos: int, blocked: set[int]) -> list[tuple[int, str]]:
    """(offset, unit) for the units of ``line`` (at ``pos`` in the text): the line cut after
    every sentence stop that is not ``blocked``."""
    pieces = _PIECE_RE.findall(line)
    out: list[tuple[int, str]] = []
    if not blocked:
        for piece in pieces:
            out.append((pos, piece))
            pos += len(piece)
        return out
    base = pos
    start = pos
    for piece in pieces:
        pos += len(piece)
        if pos - 1 not in blocked:  # (only stops are ever blocked)
            out.append((start, line[start - base : pos - base]))
            start = pos
    if start < pos:
        out.append((start, line[start - base :]))
    return out


def find_candidates(text: str, addressees: list[str] | None = None) -> list[Candidate]:
    """Same result as :func:`policykg.extract.names.find_candidates`, computed per distinct unit."""
    lex = lexicon.load()
    if _CACHE_LEXICON[0] is not lex or len(_CACHE) > _CACHE_MAX or len(_LINE_CACHE) > _CACHE_MAX:
        _CACHE.clear()  # (cleared only here: a document's units stay memoised until it is done)
        _LINE_CACHE.clear()
        _CACHE_LEXICON[0] = lex
    if "\n" not in text or _CONTACT_AT_LINE_END.search(text) or _CATEGORY_LIST_ACROSS_LINES.search(text):
        return find_candidates_whole(text, addressees)
    whole = _Finder(text)
    # the rules that read beyond a line, over the whole text, in the reference order
    addressed = whole.addressee_persons(addressees or [])
    products = whole.products()
    latin = whole.latin_names()
    companies = whole.company_lists()
    for group in (addressed, products, latin, companies):
        for c in group:
            if text.find("\n", c.start, c.end) >= 0:
                return find_candidates_whole(text, addressees)
    groups = (addressed, products, latin, companies)
    extras = sorted((c.start, order, i) for order, group in enumerate(groups) for i, c in enumerate(group))
    extra_starts = [e[0] for e in extras]

    # Every line is looked up whole first (most lines recur as they are); a line not seen
    # before, or holding a whole-text candidate, is looked up unit by unit. The memo key of
    # a line or unit: the character before it (the line break or the sentence stop), or
    # for a line opening with a quote the six characters the quote rule reads (产品“X”).
    blocked = _unsplittable(text, [c for group in groups for c in group])
    size = len(text)
    plan: list[tuple] = []
    first: list[tuple[tuple, str, str, bool]] = []
    middle: list[tuple[tuple, str, str, bool]] = []
    final: list[tuple[tuple, str, str, bool]] = []
    alone: list[tuple[tuple, str, str, bool]] = []
    planned: set[tuple] = set()
    cache = _CACHE
    line_cache = _LINE_CACHE
    j = 0  # the next whole-text candidate (lines and candidates both in text order)
    n_extras = len(extras)
    pos = 0
    for line in text.split("\n"):
        if not line:
            pos += 1
            continue
        end = pos + len(line)
        if line[0] in _QUOTE_OPENERS:
            context = text[max(0, pos - _QUOTE_CONTEXT) : pos]
            at_start = pos <= _QUOTE_CONTEXT
        else:
            context = text[pos - 1 : pos] if pos else ""
            at_start = pos <= 1
        last = end == size
        has_extra = j < n_extras and extra_starts[j] < end
        while j < n_extras and extra_starts[j] < end:
            j += 1
        line_key = None if has_extra else (context, at_start, line, last)
        if line_key is not None:
            rows = line_cache.get(line_key)
            if rows is not None:
                plan.append((pos, rows, None, None))
                pos = end + 1
                continue
        units: list[tuple[int, int, tuple]] = []
        for offset, unit in _line_units(line, pos, blocked):
            if offset != pos:
                context = text[offset - 1 : offset]
                at_start = offset <= 1
            u_end = offset + len(unit)
            key = (context, at_start, unit, u_end == size)
            units.append((offset, u_end, key))
            if key in cache or key in planned:
                continue
            planned.add(key)
            piece = (key, context, unit, key[3])
            if at_start and (key[3] or first):
                alone.append(piece)  # must both open and end a run, or a second text-start unit
            elif at_start:
                first.append(piece)
            elif key[3]:
                final.append(piece)
            else:
                middle.append(piece)
        plan.append((pos, None, units, line_key))
        pos = end + 1
    # nothing may precede a unit that opens the text, nothing follow the last one
    for run in [first + middle + final] + [[p] for p in alone]:
        if run and not _fill(run):
            return find_candidates_whole(text, addressees)

    chosen: list[Candidate] = []
    extend = chosen.extend
    for pos, rows, units, line_key in plan:
        if rows is None and line_key is not None:
            # a line met for the first time, without whole-text candidates: its units' names
            # laid end to end are the line's names (no name crosses a unit); remember them
            laid: list = []
            for offset, _, key in units:
                selected = cache[key][3]
                if selected:
                    d = offset - pos
                    laid += (
                        [(s + d, e + d, t, ty, rule, conf, entry) for s, e, t, ty, rule, conf, entry in selected]
                        if d
                        else selected
                    )
            rows = line_cache[line_key] = tuple(laid)
        if rows is not None:
            if rows:
                extend(
                    [Candidate(s + pos, e + pos, t, ty, rule, conf, entry) for s, e, t, ty, rule, conf, entry in rows]
                )
            continue
        for offset, u_end, key in units:
            head, policy, lists, selected = cache[key]
            lo = bisect_left(extra_starts, offset)
            hi = bisect_left(extra_starts, u_end)  # (no whole-text candidate holds a unit's end)
            if lo == hi:
                extend(
                    [
                        Candidate(s + offset, e + offset, t, ty, rule, conf, entry)
                        for s, e, t, ty, rule, conf, entry in selected
                    ]
                )
                continue
            # this unit also holds whole-text candidates: resolve overlaps with them, in the reference order
            picked = sorted((order, i) for _, order, i in extras[lo:hi])  # each group in its own order
            mine: list[list[Candidate]] = [[], [], [], []]
            for order, i in picked:
                mine[order].append(groups[order][i])
            raw = [
                Candidate(s + offset, e + offset, t, ty, rule, conf, entry) for s, e, t, ty, rule, conf, entry in head
            ]
            raw += mine[0] + mine[1] + mine[2]
            raw += [
                Candidate(s + offset, e + offset, t, ty, rule, conf, entry) for s, e, t, ty, rule, conf, entry in policy
            ]
            raw += [
                Candidate(s + offset, e + offset, t, ty, rule, conf, entry) for s, e, t, ty, rule, conf, entry in lists
            ]
            raw += mine[3]
            extend(_select(raw))
    return with_list_names(text, chosen)
