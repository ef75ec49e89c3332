"""Firms named without a legal form (s26a): a known group's brand + a line of business, short trade names listed
with universities and hospitals, a trade name that leads a consortium, and partners listed in an aside."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def _pairs(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


def test_known_brand_and_trade_is_the_groups_arm() -> None:
    ents = _entities("飞利浦医疗宣布与东岭市人民医院合作。")
    assert ents.get("飞利浦医疗") == "Company"
    assert "飞利浦" not in ents


def test_brand_before_a_longer_trade_noun_stays_the_group() -> None:
    ents = _entities("飞利浦医疗器械在东岭市生产。")
    assert ents.get("飞利浦") == "Company"
    assert "飞利浦医疗" not in ents


def test_brand_before_the_arms_own_line_of_business_stays_the_group() -> None:
    ents = _entities("飞利浦医疗业务在南湖区扩张。")
    assert "飞利浦医疗" not in ents


def test_fosun_alone_names_the_group() -> None:
    assert "复星国际" in _entities("复星今年在东岭市投资建设产业园。")


def test_trade_names_listed_after_universities_are_firms() -> None:
    ents = _entities("联盟由东岭大学牵头，联合南湖大学、北辰科技、岚峰、嘉禾生物、丰泽创投等单位组建。")
    for name in ("北辰科技", "嘉禾生物", "丰泽创投", "岚峰"):
        assert ents.get(name) == "Company", name
    assert ents.get("南湖大学") == "University"


def test_ordinary_trades_in_a_list_are_no_firms() -> None:
    ents = _entities("会同东岭大学、南湖大学和精准医疗等方面力量。")
    assert "精准医疗" not in ents


def test_last_trade_name_after_ji_before_the_verb() -> None:
    pairs = _pairs("东岭科技园公司与南湖大学及岚峰电子签署合作备忘录。")
    assert ("东岭科技园公司", "COOPERATES_WITH", "岚峰电子") in pairs


def test_trade_name_that_leads_a_consortium() -> None:
    assert _entities("创新联合体由上市公司岚峰医疗牵头组建。").get("岚峰医疗") == "Company"


def test_partners_spelled_out_in_an_aside_do_not_sign_with_one_another() -> None:
    pairs = _pairs("东岭科技园公司今日与多家机构，包括东岭大学、南湖大学及岚峰电子分别签署合作备忘录。")
    assert ("东岭大学", "COOPERATES_WITH", "南湖大学") not in pairs
    assert ("东岭大学", "COOPERATES_WITH", "岚峰电子") not in pairs


def test_known_names_of_a_glossed_short_form_join_the_full_name() -> None:
    g = build("东岭大学与中国医药集团总公司（国药集团）签署协议。东岭大学与中国医药集团合作多年。")
    firms = [e for e in g.entities if e.type == "Company"]
    assert len(firms) == 1
    assert firms[0].name == "中国医药集团总公司"


def test_a_verb_before_a_trade_opens_no_firm() -> None:
    ents = _entities("要推动区域协调发展、促进民族医药开发利用。东岭医药宣布收购南湖制药有限公司。")
    assert not any(n.startswith("促进") for n in ents)
    assert ents.get("东岭医药") == "Company"


def test_two_subjects_joined_before_an_adverb_of_each_are_not_one_firm() -> None:
    ents = _entities("总部在南湖区的岚峰泰和嘉禾药业都在东岭建了生产基地。")
    assert not any("和嘉禾" in n for n in ents)
    assert ents.get("嘉禾药业") == "Company"
