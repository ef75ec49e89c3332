"""A clause opening with a place verb after a bare comma (X成立于2015年，位于Y; X是…载体，首期占地50亩，坐落于Y)
says where the topic of the chain lies: 位于/坐落/地处 take no agent, so the body the description is about is their
subject. A relative clause (其中，位于Y的Z…) is about Z, and a clause after a verb of saying (X表示，…) has a topic
of its own. Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_profile_chain_news() -> None:
    g = build("北辰基因科技有限公司成立于2016年，位于佛山高新区，主营基因测序。", "news.txt")
    assert has_relation(g, "北辰基因科技有限公司", "LOCATED_IN", "佛山高新区")


def test_profile_chain_across_clauses_report() -> None:
    g = build(
        "东岭医疗器械产业园是南湖区政府牵头建设的专业园区，一期占地约三百亩，坐落于东莞市松山湖，交通便利。",
        "report.txt",
    )
    assert has_relation(g, "东岭医疗器械产业园", "LOCATED_IN", "东莞")


def test_noun_phrase_topic_news() -> None:
    g = build("昨日揭牌的南湖协同创新中心，地处禅城区季华路，建筑面积五万平方米。", "news.txt")
    assert has_relation(g, "南湖协同创新中心", "LOCATED_IN", "禅城区")


def test_relative_clause_is_not_carried() -> None:
    g = build("北辰基因科技有限公司宣布完成融资，其中，位于佛山的研发中心将扩建。", "news.txt")
    assert not has_relation(g, "北辰基因科技有限公司", "LOCATED_IN", "佛山")


def test_speaker_is_not_carried() -> None:
    g = build("北辰基因科技有限公司负责人介绍，位于禅城区，交通十分便利。", "news.txt")
    assert not has_relation(g, "北辰基因科技有限公司", "LOCATED_IN", "禅城区")
