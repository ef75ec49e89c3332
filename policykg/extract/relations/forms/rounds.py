"""The financing-round form: who raised a round and who invested in it (由A领投，B、C跟投)."""

from __future__ import annotations

import re

from policykg.extract.names import ROUND_WORDS, alternation
from policykg.extract.relations.groups import (
    CLAUSE_BREAK,
    SENTENCE_BREAK,
    M,
    group_before,
    index_before,
)
from policykg.extract.relations.rules import Pair, Rule, rule_pairs

_ROUND_RAISED = re.compile(r"(?:完成|获得|获|斩获)了?[^，,。；;！？：:]{0,24}?融资|的[^，,。；;！？：:的]{0,8}?融资")
"""What names a financing round and the firm that raised it: X完成2亿元B轮融资, X获得新一轮战略融资, X的C轮融资 (the
firm is the group right before the verb or flush before 的). 的 only right before the round it owns (X的新一轮
融资): in 位于Y的平台X完成融资 the 的 after the place opens the firm's description, not its round."""

_ROUND_REACH = 80
"""How far before its investors a round may be named (X完成B轮融资，本轮融资由A领投，B、C跟投)."""

_INVESTORS_CLOSE = re.compile(
    r"\s*(?:[（(][^（）()，,。]{0,40}[）)])?\s*(?:等)?"
    rf"(?:[\u4e00-\u9fff]{{0,10}}?(?:{alternation(ROUND_WORDS['shareholder'] + ('机构',) + ROUND_WORDS['investor'])}))?"
    rf"\s*(?:{alternation(ROUND_WORDS['adverb'] + ('都', '还', '继续', '再次'))})*\s*"
)
"""What may stand between the last investor named and the verb after the list (A、B等老股东跟投, A和B联合领投,
A、B等机构领投的N融资, A（简称）领投): a gloss, 等 and the kind of investor, adverbs of sharing or repetition."""

_INVESTORS_JOIN = re.compile(
    r"(?:[（(][^（）()，,。]{0,40}[）)])?\s*(?:等)?\s*[，,]?\s*(?:、|和|及|以及|与|/)\s*"
    rf"(?:{alternation(ROUND_WORDS['old-shareholder'] + ROUND_WORDS['shareholder'])}|[\u4e00-\u9fff]{{0,12}}?机构)?\s*"
)
"""What joins two runs of one investors' list across a word a plain list does not pass (A、B以及老股东C和D跟投,
A、B等，以及现有股东C, A和B以及中国私募股权管理机构C共同领投)."""

_JOINED_AFTER = re.compile(r"\s*(?:其中|本轮|了本轮|投资|认购)?\s*(?:[，,。；;！？]|$)")
"""What closes a clause whose last verb is 参与 (A、B参与, A都参与其中): the investors take part in the round."""

_LIST_OPENERS = ("投资方为", "投资方包括", "投资方有", "投资者包括", "投资人包括") + ROUND_WORDS["role"]
"""Triggers after which the investors are listed (X完成融资，投资方为A、B; 引入战略投资者A; 获得基石投资者A、B认购)."""

_RECEIVED = re.compile(r"(?:获得|获|引入|引进)了?$")
"""A receiving verb right before a list opener (X获得基石投资者A认购): the subject before it is the investee."""


def _run_end(s: str, group: list[M]) -> int:
    """Where a run of investors ends: past the closing bracket when its last member is the bracketed gloss of the one
    before (瓴岳资本（Lingyue Capital）领投, see ``find_groups``)."""
    end = group[-1].end
    if len(group) >= 2 and s[group[-2].end : group[-2].end + 1] in ("（", "(") and s[end : end + 1] in ("）", ")"):
        return end + 1
    return end


def _investors_before(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """The investors listed before the verb at ``ts`` (由A、B领投, A、B以及老股东C和D跟投), run by run."""
    k = index_before(groups, ts)
    if k is None or not _INVESTORS_CLOSE.fullmatch(s, _run_end(s, groups[k]), ts):
        return []
    out = list(groups[k])
    while k > 0 and _INVESTORS_JOIN.fullmatch(s, _run_end(s, groups[k - 1]), groups[k][0].start):
        k -= 1
        out = groups[k] + out
    return out


def _investors_after(s: str, groups: list[list[M]], te: int) -> list[M]:
    """The investors listed after an opener (投资方为A（领投）、B、C; 获得基石投资者A、B与C认购): every name up to the
    end of the clause, since the opener makes the rest of the clause its list (names the finder missed between
    them do not end it)."""
    end = CLAUSE_BREAK.search(s, te)
    stop = end.start() if end else len(s)
    return [m for g in groups if te <= g[0].start and g[-1].end <= stop for m in g]


def _round_raiser(s: str, groups: list[list[M]], pos: int) -> list[M]:
    """The firm whose financing round is named last before ``pos`` in the sentence, within reach."""
    hit = None
    for m in _ROUND_RAISED.finditer(s, max(0, pos - _ROUND_REACH), pos):
        hit = m
    if hit is None or SENTENCE_BREAK.search(s, hit.end(), pos):
        return []
    if s.startswith("的", hit.start()):
        return group_before(s, groups, hit.start(), 0)[-1:]  # X的C轮融资由A领投: the owner of the round
    k = index_before(groups, hit.start())
    if k is None or not _RAISER_GAP.fullmatch(s, groups[k][-1].end, hit.start()):
        return []  # 平台“Y”完成融资: a quoted name the finder missed raised it, not the kind before it
    return groups[k][-1:]


_RAISER_GAP = re.compile(
    r"(?:[（(][^（）()，,。]{0,40}[）)])?[”\"」』]?\s*(?:[A-Za-z][A-Za-z0-9 .&'-]{0,30})?\s*"
    r"(?:[（(][^（）()，,。]{0,20}[）)])?\s*"
    r"(?:于|在)?(?:近日|日前|今日|昨日|今天|昨天|近期|日内|正式|已经|已|成功|顺利|宣布|再次|又|也|还|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)*\s*"
)
"""What may stand between the firm and the verb naming its round: a gloss or a short form in brackets, a ticker or an
English name, a date and adverbs (X（下称“Y”）宣布完成, X于近日完成, X Asymchem(002821.SZ)完成)."""


def _round(r: Rule, s: str, groups: list[list[M]], ts: int, te: int) -> list[Pair]:
    """X完成B轮融资，本轮融资由A领投，B、C跟投 / X的C轮融资由A领投 / X完成融资，投资方为A、B / X获得基石投资者A、B认购:
    the investors named in a financing round and the firm that raised it. Why: deal news names the round once and
    then lists who led and who followed, each list with its own verb (领投, 跟投, 参投, 参与) and often no subject
    of its own (本轮由…); the firm is the subject of the clause that names the round."""
    word = s[ts:te]
    if word.endswith(_LIST_OPENERS):
        heads = _investors_after(s, groups, te)
        received = _RECEIVED.search(s, max(0, ts - 3), ts)
        tails = group_before(s, groups, received.start(), 12)[-1:] if received else []
    else:
        if word == "参与" and not _JOINED_AFTER.match(s, te):
            return []  # A参与建设Y: 参与 as a round verb closes its clause (A、B参与, A都参与其中)
        heads = _investors_before(s, groups, ts)
        tails = []
    if not heads:
        return []
    if not tails:
        tails = _round_raiser(s, groups, heads[0].start)
    tails = [m for m in tails if all(m.eid != h.eid for h in heads)]
    return rule_pairs(r, heads, tails, s)


def round_investors(s: str, groups: list[list[M]], ts: int) -> list[M]:
    """The co-investors before a round verb (A和B共同领投): for ``together``, who lead a round jointly."""
    return _investors_before(s, groups, ts) if _round_raiser(s, groups, ts) else []
