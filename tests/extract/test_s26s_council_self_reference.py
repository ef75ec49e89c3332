"""本会 in a Legislative Council question is the Council itself (s26s)."""

from __future__ import annotations

from tests.extract.helpers import build, names

_QUESTION = (
    "东岭议员：主席，有业界人士向本人反映，南湖创新中心的租金过高。就此，政府可否告知本會：\n"
    "（一）当局会否检讨有关安排；\n"
)


def test_council_unnamed_is_left_out() -> None:
    g = build(_QUESTION)
    assert all("本會" not in e.aliases and e.name != "本会" for e in g.entities)


def test_council_named_in_answer_is_the_same_body() -> None:
    text = _QUESTION + "创新科技局局长：主席，有关修订须经立法会审议，我们会适时向立法会提交建议。\n"
    g = build(text)
    by = names(g)
    assert by.get("本會") is not None and by["本會"] is by.get("立法会")


def test_accounting_year_and_meeting_are_no_council() -> None:
    text = "东岭议员：主席，政府可否告知本會：\n本會計年度南湖基金的拨款为多少；本會議期内立法会会否审议有关详情。\n"
    g = build(text)
    assert sum("本會" in e.aliases or e.name == "本会" for e in g.entities) == 1
    assert all("本會計" not in a and "本會議" not in a for e in g.entities for a in e.aliases)


def test_association_notice_without_the_formula_keeps_its_own_words() -> None:
    g = build("南湖软件行业协会关于举办年会的通知\n本会定于下月举办年会，请各会员单位参加。\n")
    assert all(e.name != "立法会" for e in g.entities)
