"""Regional plan outlines, chapters on the industrial system and on infrastructure links (issue #10).

The zones such plans name for two places working together (X产业合作园, X特别合作区, X合作特别试验区)
are parks; 临港 before a trade (临港产业, 临港经济) is the adjective "by the port", not the Shanghai zone.
All sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

PLAN_A = """闽江口城市群协同发展规划纲要

第四章 构建现代产业体系
以福州、宁德为龙头，带动莆田、南平等城市分工协作，打造沿海临港产业带。
支持宁德市发展锂电新能源产业集群。推进福建省与江西省共建闽赣合作特别试验区。
鼓励南平市与上饶市合作建设南饶产业合作园，承接东部产业转移。
"""

PLAN_B = """东岭都市圈发展规划

第三章 加强区域产业协作
支持东岭市与西岭市共建东西特别合作区，探索飞地经济模式。
推动北岭市与南岭市合作建设两岭产业合作园，发展临港经济和临港工业。
"""


def test_joint_special_zones_are_parks() -> None:
    """特别 in 特别试验区 / 特别合作区 is part of the zone's name, not the adverb; both builders found it."""
    a, b = build(PLAN_A), build(PLAN_B)
    na, nb = names(a), names(b)
    assert na["闽赣合作特别试验区"].type == "Park"
    assert nb["东西特别合作区"].type == "Park"
    assert has_relation(a, "福建省", "COOPERATES_WITH", "江西省")
    assert has_relation(a, "福建省", "FOUNDED", "闽赣合作特别试验区")


def test_joint_industrial_parks_are_parks() -> None:
    """X产业合作园 built by two cities is a named park; a bare 产业合作园 names none."""
    a, b = build(PLAN_A), build(PLAN_B)
    assert names(a)["南饶产业合作园"].type == "Park"
    assert names(b)["两岭产业合作园"].type == "Park"
    assert has_relation(a, "南平市", "FOUNDED", "南饶产业合作园")
    bare = build("鼓励各市合作建设产业合作园。")
    assert "产业合作园" not in names(bare)


def test_cooperation_inside_a_zone_head_is_not_cut() -> None:
    """合作 of 合作区 belongs to the head word: X合作区 is kept whole."""
    g = build("推进南岭合作区建设，完善跨区协调机制。")
    assert names(g)["南岭合作区"].type == "Park"


def test_lingang_outside_shanghai_is_an_adjective() -> None:
    """临港产业 / 临港经济 are port-side trades, not Shanghai's 临港新片区; 临港 on its own still is the zone."""
    for g in (build(PLAN_A), build(PLAN_B)):
        assert "临港新片区" not in {e.name for e in g.entities}
    sh = build("上海市人民政府关于推进张江、临港联动发展的意见\n加快临港建设，支持张江科学城发展。")
    assert "临港新片区" in {e.name for e in sh.entities}


def test_ascii_hyphen_between_places_joins_a_name() -> None:
    """中国-东盟 written with an ASCII hyphen joins two places inside one name, as the long dash does."""
    g = build("支持中国-东盟信息港股份有限公司在南宁建设数字服务平台。")
    assert names(g)["中国-东盟信息港股份有限公司"].type == "Company"
    h = build("推动广州-深圳联合研究院开展联合攻关。")
    assert names(h)["广州-深圳联合研究院"].type == "ResearchInstitute"


def test_ascii_hyphen_between_words_ends_a_name() -> None:
    """按照“投入-产出”评价科研机构: a hyphen between ordinary words is punctuation, not part of a name."""
    g = build("东岭市科学技术局按照效益-成本原则评估东岭智能制造研究院的工作。")
    assert "东岭智能制造研究院" in names(g)
    assert not [e for e in g.entities if "-" in e.name]
