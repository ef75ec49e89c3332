"""Entity precision on unseen documents: one body written with and without its owner's name (issue #10, s29j).

Every sentence here is invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_alliance_named_without_its_zone_is_the_same_alliance() -> None:
    # a headline names the alliance without the zone that runs it; the text names it in full after the zone
    g = build(
        "东岭高新区召开医药研发服务联盟年会\n"
        "3月5日，东岭高新区医药研发服务联盟年会在东岭高新区举行。"
        "东岭高新区医药研发服务联盟由区内四十家企业组成。"
    )
    found = names(g)
    assert found["医药研发服务联盟年会"] is found["东岭高新区医药研发服务联盟年会"]
    assert [e.name for e in g.entities if e.name.endswith("医药研发服务联盟")] == ["东岭高新区医药研发服务联盟"]


def test_institute_named_without_its_university_is_the_same_institute() -> None:
    # 南大 is the university's short form, written on its own; the institute is named with and without it
    g = build(
        "南湖大学（南大）今日宣布，南大陈氏基因科学研究所将扩建实验室。"
        "陈氏基因科学研究所成立于2001年，多年来培养了大批科研人员。"
    )
    found = names(g)
    assert found["陈氏基因科学研究所"] is found["南大陈氏基因科学研究所"]


def test_a_kind_after_a_zone_is_not_merged_into_the_zone_body() -> None:
    # 创新发展大会 alone is a kind of meeting; it is no short form of the zone's named meeting
    g = build("东岭高新区创新发展大会昨日举行。会上，北辰市也宣布将召开创新发展大会。")
    found = names(g)
    assert "创新发展大会" not in found or found["创新发展大会"] is not found.get("东岭高新区创新发展大会")


def test_panel_named_again_by_its_last_words_is_the_same_panel() -> None:
    # a news item names the council's panel in full, then as 事务委员会 (the panel) further down
    g = build(
        "东岭议会交通及运输事务委员会昨日到访南湖科技园。委员听取了园区简介。事务委员会主席表示，会继续关注园区发展。"
    )
    panels = [e.name for e in g.entities if e.name.endswith("事务委员会")]
    assert panels == ["东岭议会交通及运输事务委员会"], panels
