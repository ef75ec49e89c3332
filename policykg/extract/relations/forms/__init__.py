"""The forms in which a rule's trigger states a relation (active, inverse, passive, with, at, settles, hosts,
under, mutual, duty, cites, composed, apposition, chosen; see :mod:`policykg.extract.relations.engine`): one
function per form, so that each form's exceptions stay together, and the helpers only they use. A form reads
the groups of :mod:`policykg.extract.relations.groups` and asks :mod:`policykg.extract.relations.subjects` who
acts.

The package keeps forms by family: ``shared`` (what every form reads), ``acts`` (one side acts on the
other), ``places`` (a body placed), ``partners`` (bodies acting together) and ``rounds`` (financing);
:func:`apply_rule` dispatches a rule to its form.
"""

from __future__ import annotations

from collections.abc import Callable

from policykg.extract.relations.forms.acts import (
    PILOT,
    _active,
    _apposition,
    _chosen,
    _cited_titles,
    _drafted_after,
    _inverse,
    _marked,
    _passive,
    _serves_a_body,
)
from policykg.extract.relations.forms.partners import _mutual, _with
from policykg.extract.relations.forms.places import _OPENING_QUOTES, _at, _hosts, _names_after, _settles, _under
from policykg.extract.relations.forms.rounds import _round, round_investors
from policykg.extract.relations.forms.shared import (
    _APPROVING,
    _BACKING,
    _GENERIC_SUBJECT,
    _LIST_NOUN,
    _LISTING,
    _OCCASION_NOUNS,
    _THANKED,
    _asks_for,
    _denied,
    built_with_funds,
)
from policykg.extract.relations.groups import M, group_after
from policykg.extract.relations.rules import POLICY_VIRTUAL, Pair, Rule, fits, rule_pairs
from policykg.extract.relations.subjects import subject_before


def apply_rule(
    r: Rule, s: str, ms: list[M], groups: list[list[M]], ts: int, te: int, has_policy: bool, genre: str = ""
) -> list[Pair]:
    """The (head, tail) pairs rule ``r`` reads at the trigger ts..te of ``s``: the checks every form of SUPPORTS
    shares, then the form's own reading (one function per form, so each form's exceptions stay together)."""
    form = r.form
    if r.relation == "SUPPORTS" and form in ("active", "with") and _asks_for(s, ts):
        return []  # X向Y寻求批准拨款, X申请资助: the subject asks for the support, it does not give it
    if r.relation == "SUPPORTS" and _denied(s, ts):
        return []  # X未批准Y的申请, Y未获X资助: the support is refused or absent
    if r.relation == "FOUNDED" and s.endswith(_APPROVING + _BACKING, 0, ts):
        return []  # X批准设立Y, 经X批复同意组建的Y: X approves the founding (SUPPORTS), the founder is someone else
    if r.relation == "SUPPORTS" and s.startswith("的", ts) and _THANKED.match(s, te):
        return []  # Y对X的支持表示感谢: the one before 对 thanks for the support; it does not give it
    if r.relation == "SUPPORTS" and s.startswith(_LISTING, ts) and not _LIST_NOUN.match(s, te):
        return []  # X将Y纳入监管: only a place on a list (名单, 名录, 目录, 清单) designates and backs Y
    if form == "active":
        return _active(r, s, ms, groups, ts, te)
    if form in _GROUP_FORMS:
        return _GROUP_FORMS[form](r, s, groups, ts, te)
    if form == "settles":
        if r.bare_object and (_names_after(s, ms, te) or s.startswith(_OPENING_QUOTES, te)):
            return []  # (a quoted name right after the verb is its object, found as an entity or not)
        if r.bare_object and s.startswith(_OCCASION_NOUNS, te):
            return []  # X在Y举行成立大会: the founding verb names the occasion held there, no site of X's own
        return _settles(r, s, groups, ts, te)
    if form == "composed":
        hit = _marked(r, s, groups, ts, ("由",), 4)  # 由A、B组成X: the members follow 由, the whole follows the verb
        if hit is None:
            return []
        heads, split, _ = hit
        return rule_pairs(r, heads, group_after(s, split, te, r.tail_gap), s)
    if form == "duty":
        if not has_policy:
            return []
        if s[ts:te] in ("请", "由"):
            heads = group_after(s, groups, te, 2)
        else:
            heads = subject_before(s, groups, ts, r.head_gap)
        if r.follow and heads and not any(w in s[heads[-1].end : heads[-1].end + 8] for w in r.follow):
            return []
        if heads and (
            (s[ts:te] == "由" and _serves_a_body(s, groups, heads[-1].end))
            or (s[ts:te] == "承担" and group_after(s, groups, te, 0))
            or s.endswith("承担", 0, heads[0].start)
        ):
            return []  # 由X承担Y日常工作并负责…: X does the work of the office Y (relies.secretariat); Y is its object
        if heads and "的" in s[heads[-1].end : ts] and s[ts:te] not in ("请", "由"):
            return []  # X的重要职责…, X的有关同志负责…: the agency qualifies the subject, it is not the subject
        if heads and _GENERIC_SUBJECT.search(s[heads[-1].end : ts]):
            return []  # 国务院各有关部门要…: the subject is the departments, the name only qualifies them
            # (A、B等有关部门要… and A和相关部门要… keep A: a connector joins it to the subject)
        return [(m.eid, POLICY_VIRTUAL) for m in heads if fits(r, m.type, "Policy")]
    if form == "cites":
        tails = _cited_titles(s, ms, te, r.tail_gap) or group_after(s, groups, te, r.tail_gap)
        drafted = _drafted_after(s, groups, tails[-1].end if tails else te) if r.drafted else None
        if drafted is not None:
            # 根据《X》，本市制定了《Y》: Y cites X, whatever document says so
            return [(drafted.eid, m.eid) for m in tails if m.eid != drafted.eid and fits(r, drafted.type, m.type)]
        if not has_policy or (r.genres and genre not in r.genres):
            return []
        return [(POLICY_VIRTUAL, m.eid) for m in tails if fits(r, "Policy", m.type)]
    return []


_GROUP_FORMS: dict[str, Callable[[Rule, str, list[list[M]], int, int], list[Pair]]] = {
    "inverse": _inverse,
    "passive": _passive,
    "with": _with,
    "at": _at,
    "hosts": _hosts,
    "under": _under,
    "apposition": _apposition,
    "mutual": _mutual,
    "chosen": _chosen,
    "round": _round,
}
"""The forms read from the sentence's groups alone: one function each, all called alike by :func:`apply_rule`."""


__all__ = [
    "PILOT",
    "apply_rule",
    "built_with_funds",
    "round_investors",
]
