"""Organisers of an event named in the lead and taken up again later (helper s25j).

News on a forum names it once in its lead and says who holds it paragraphs later, with 本届论坛/论坛 for it;
organiser lines chain several actors and verbs after one 由 (由A主办，B承办，C协办), and a forum held jointly with
another (A论坛暨B论坛) is held by them both.
"""

from tests.extract.helpers import build


def _rels(text: str, kind: str = "ORGANIZES") -> set[tuple[str, str]]:
    g = build(text)
    names = {e.id: e.name for e in g.entities}
    return {(names[r.head], names[r.tail]) for r in g.relations if r.type == kind}


def test_this_edition_points_back_over_paragraphs() -> None:
    text = "6月3日，第四届南湖精准医学论坛在东岭开幕。\n\n本届论坛由东岭市人民政府、南湖大学主办。\n"
    rels = _rels(text)
    assert ("东岭市人民政府", "南湖精准医学论坛") in rels
    assert ("南湖大学", "南湖精准医学论坛") in rels


def test_joint_forums_are_each_organised() -> None:
    text = "6月3日，第四届南湖精准医学论坛暨第二届东岭基因治疗论坛在东岭开幕。\n\n本届论坛由东岭市人民政府主办。\n"
    rels = _rels(text)
    assert ("东岭市人民政府", "南湖精准医学论坛") in rels
    assert ("东岭市人民政府", "东岭基因治疗论坛") in rels


def test_two_separate_forums_leave_the_anaphor_open() -> None:
    text = "南湖精准医学论坛上午开幕，东岭基因治疗论坛下午开幕。\n\n本届论坛由东岭市人民政府主办。\n"
    assert not any(h == "东岭市人民政府" for h, _ in _rels(text))


def test_chain_of_organising_verbs_after_one_marker() -> None:
    text = (
        "东岭生物医药大会由东岭市人民政府、南湖医药生物技术协会主办，东岭火炬高技术产业开发区管理委员会、"
        "东岭健康产业集团有限公司承办，南湖市医学会、东岭市人民医院协办。"
    )
    heads = {h for h, t in _rels(text) if t == "东岭生物医药大会"}
    assert heads >= {
        "东岭市人民政府",
        "东岭火炬高技术产业开发区管理委员会",
        "东岭健康产业集团有限公司",
        "南湖市医学会",
        "东岭市人民医院",
    }


def test_list_after_a_broken_chain_organises_nothing() -> None:
    text = "东岭生物医药大会由东岭市人民政府主办，参展企业包括东岭健康产业集团有限公司、南湖医药有限公司等。"
    heads = {h for h, _ in _rels(text)}
    assert "东岭健康产业集团有限公司" not in heads
