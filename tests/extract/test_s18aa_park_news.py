"""Park investment news (signing ceremonies in a high-tech zone): firms named after a kind of firm, firms
later called by their stem. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_kind_of_firm_before_the_name_is_not_part_of_it() -> None:
    g = build("区政府与上市公司青松医药集团股份有限公司签署协议。市里还引进了龙头企业远帆材料集团有限公司。")
    by = names(g)
    assert "青松医药集团股份有限公司" in by
    assert "远帆材料集团有限公司" in by
    assert not any(n.startswith(("公司", "上市", "龙头")) for n in by)


def test_bare_group_name_and_its_stem_are_the_registered_firm() -> None:
    g = build("管委会与北辰制药集团股份有限公司签约。北辰制药集团总裁李明说，北辰制药将在新区建厂。")
    by = names(g)
    firm = by["北辰制药集团股份有限公司"]
    assert by.get("北辰制药集团") is firm
    assert by.get("北辰制药") is firm


def test_biotech_firm_is_called_by_the_stem_before_its_trade_word() -> None:
    g = build("去年，云杉生物技术有限公司在高新区成立。云杉生物表示，将扩大研发团队。")
    by = names(g)
    assert by.get("云杉生物") is by["云杉生物技术有限公司"]


def test_partner_after_a_kind_of_firm_still_acts_with_the_subject() -> None:
    g = build("市投资促进局与龙头企业远帆材料集团有限公司共同设立远帆新材料产业基金。")
    assert has_relation(g, "市投资促进局", "COOPERATES_WITH", "远帆材料集团有限公司")
    assert has_relation(g, "市投资促进局", "ISSUED", "远帆新材料产业基金")


def test_bare_forum_opening_a_clause_points_back_to_the_named_forum() -> None:
    g = build("下午，西湖生命健康论坛在杭州举办。论坛由浙江省科学技术厅主办。")
    assert has_relation(g, "浙江省科学技术厅", "ORGANIZES", "西湖生命健康论坛")


def test_body_set_up_in_a_place_is_located_there() -> None:
    g = build("前年，松涛医疗科技有限公司在苏州工业园区成立，主营手术机器人。")
    assert has_relation(g, "松涛医疗科技有限公司", "LOCATED_IN", "苏州工业园区")


def test_founder_setting_up_another_body_in_a_place_is_not_located_there() -> None:
    g = build("北湖大学在苏州工业园区成立北湖转化医学研究院，专注细胞治疗。")
    assert not has_relation(g, "北湖大学", "LOCATED_IN", "苏州工业园区")


def test_recognising_a_firm_as_a_kind_supports_it() -> None:
    g = build("杭州市科学技术局将松涛医疗科技有限公司认定为高新技术企业。")
    assert has_relation(g, "杭州市科学技术局", "SUPPORTS", "松涛医疗科技有限公司")


def test_a_conference_in_a_headline_does_not_settle_in_the_park() -> None:
    g = build("佛山高新区生物医药招商签约大会举行 12个项目集中落户南湖生命科学园\n\n本报讯 昨日，签约大会在佛山举行。")
    events = {e.id for e in g.entities if e.type == "Event"}
    assert events
    assert not any(r.type == "LOCATED_IN" and r.head in events for r in g.relations)


def test_firm_stem_before_with_is_split_from_its_partner() -> None:
    g = build("去年，云杉生物技术有限公司在高新区成立。云杉生物与南方医院合作开展临床试验。")
    by = names(g)
    assert "云杉生物与南方医院" not in by
    assert has_relation(g, "云杉生物技术有限公司", "COOPERATES_WITH", "南方医院")
