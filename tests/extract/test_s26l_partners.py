"""Partners named side by side (helper s26l): a firm's short trade name before 与/和/及 ends there, so the body
named after the conjunction is a name of its own and the two can be linked."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_trade_name_before_yu_is_a_partner_not_part_of_a_hospital() -> None:
    g = build("瑞达基因与东山医院共建联合实验室。")
    by = names(g)
    assert "瑞达基因与东山医院" not in by
    assert by["东山医院"].type == "Hospital"
    assert by["瑞达基因"].type == "Company"
    assert has_relation(g, "瑞达基因", "COOPERATES_WITH", "东山医院")


def test_trade_name_before_he_leaves_the_university_whole() -> None:
    g = build("瑞达生物和南湖大学共同承担了抗体药物研发项目。")
    by = names(g)
    assert "瑞达生物和南湖大学" not in by
    assert by["南湖大学"].type == "University"


def test_trade_name_before_ji_leaves_the_hospital_whole() -> None:
    g = build("今年，瑞达医药及东山医院联合开展临床试验。")
    by = names(g)
    assert "瑞达医药及东山医院" not in by
    assert by["东山医院"].type == "Hospital"


def test_a_school_named_with_yu_keeps_it() -> None:
    g = build("南湖大学生物与医药学院与康瑞医疗签署合作协议。")
    assert "南湖大学生物与医药学院" in names(g)
    assert has_relation(g, "南湖大学生物与医药学院", "COOPERATES_WITH", "康瑞医疗")


def test_a_field_before_he_is_no_trade_name() -> None:
    g = build("会议期间还举办了东岭中医药和天然药物研讨会。")
    assert "东岭中医药和天然药物研讨会" in names(g)


def test_trade_name_bringing_in_a_partner_is_a_firm() -> None:
    g = build("瑞达生物联合东山医院开展临床试验。")
    by = names(g)
    assert "瑞达生物联合东山医院" not in by
    assert by["瑞达生物"].type == "Company"
    assert has_relation(g, "瑞达生物", "COOPERATES_WITH", "东山医院")


def test_trade_names_as_partners_after_yu_and_lianhe() -> None:
    g = build("南湖大学与瑞达基因合作开发诊断试剂。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "瑞达基因")
    g = build("南湖大学联合瑞达基因、康达医药共同组建创新联合体。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "瑞达基因")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康达医药")


def test_trade_names_listed_before_a_joint_act() -> None:
    g = build("瑞达生物、康达医药和南湖大学共同发起成立产业联盟。")
    assert has_relation(g, "瑞达生物", "COOPERATES_WITH", "康达医药")
    assert has_relation(g, "康达医药", "COOPERATES_WITH", "南湖大学")


def test_a_field_before_a_joint_act_is_no_firm() -> None:
    g = build("东岭与南湖两地生物医药合作日益密切。")
    assert not any(e.type == "Company" for e in g.entities)


def test_a_city_broadcaster_is_no_place_partner() -> None:
    g = build("香港科技園公司與廣州電視台合作製作創科節目。")
    assert "广州" in names(g)
    assert not has_relation(g, "香港科技园公司", "COOPERATES_WITH", "广州")
    g = build("南湖大学与广州国际机场签署合作协议。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "广州")


def test_latin_name_before_yu_is_a_party_of_its_own() -> None:
    g = build("Acme与东山医院签署合作协议。")
    by = names(g)
    assert "Acme与东山医院" not in by
    assert by["东山医院"].type == "Hospital"
    assert has_relation(g, "Acme", "COOPERATES_WITH", "东山医院")


def test_an_acronym_before_yu_stays_in_the_name() -> None:
    assert "AI与大数据研究院" in names(build("AI与大数据研究院今日成立。"))
