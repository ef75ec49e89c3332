"""Research reports on hospital technology transfer: foreign hospitals and agencies, partners after 与.

Every sentence is written for this file: invented bodies (南湖…, 北辰…) or well-known public ones.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_medical_centre_is_a_hospital() -> None:
    g = build("东湾医疗中心于2001年成立东湾创投公司，专门负责临床发明的许可。")
    by = names(g)
    assert by["东湾医疗中心"].type == "Hospital"
    assert has_relation(g, "东湾医疗中心", "FOUNDED", "东湾创投公司")


def test_generic_medical_centre_is_no_name() -> None:
    g = build("支持建设国家区域医疗中心和省级医疗中心。")
    assert not [e for e in g.entities if e.type == "Hospital"]


def test_science_city_is_a_park() -> None:
    g = build("北辰医学创新中心位于杭州未来科技城，面积约两万平方米。")
    by = names(g)
    assert by["杭州未来科技城"].type == "Park"
    assert has_relation(g, "北辰医学创新中心", "LOCATED_IN", "杭州未来科技城")


def test_country_opening_with_a_stop_word() -> None:
    g = build("以色列创新署每年资助数十家医疗器械初创企业。")
    assert names(g)["以色列创新署"].type == "Agency"


def test_place_after_preposition_yi_is_unchanged() -> None:
    g = build("以上海市科委为牵头单位，组织开展评估。")
    assert "以上海" not in names(g)


def test_foreign_research_body_with_country_prefix() -> None:
    g = build("德国弗劳恩霍夫协会下属的南湖医学工程研究所长期开展委托研发。")
    by = names(g)
    assert by["德国弗劳恩霍夫协会"].type == "ResearchInstitute"
    assert has_relation(g, "南湖医学工程研究所", "PART_OF", "德国弗劳恩霍夫协会")


def test_foreign_agency_with_generic_head() -> None:
    g = build("日本医疗研究开发机构（AMED）负责统筹分配医学研究经费。")
    assert names(g)["日本医疗研究开发机构"].type == "Agency"


def test_partner_after_anaphor_and_yu() -> None:
    g = build("南湖研究所成立于1990年。该所与北辰医院共建转化平台。")
    assert "所与北辰医院" not in names(g)
    assert has_relation(g, "南湖研究所", "COOPERATES_WITH", "北辰医院")


def test_partner_after_pronoun_qi() -> None:
    g = build("南湖大学技术许可办公室成立较早，其与东湾医疗中心分享许可收入。")
    by = names(g)
    assert "东湾医疗中心" in by
    assert not any(n.startswith("与") for n in by)


def test_partner_after_comma_and_yu() -> None:
    g = build("南湖研究所采用合同科研模式，与北辰医院共建临床转化平台。")
    assert has_relation(g, "南湖研究所", "COOPERATES_WITH", "北辰医院")
