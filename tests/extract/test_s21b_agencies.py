"""Government bodies by the short forms national notices use, military departments, and Hong Kong
departments whose names are too short for the head-word rule."""

from tests.extract.helpers import build, has_relation, names


def test_short_department_names_in_a_ministry_list_are_bodies() -> None:
    """A ministry list names bodies: known short forms stand beside items the lexicon does not know."""
    g = build("科技部、中央政法委、林草局、中医药局等部门按职责分工负责东岭试点工作。")
    found = names(g)
    for short in ("中央政法委", "林草局"):
        assert short in found and found[short].type == "Agency"
    assert found["中医药局"].name == "国家中医药管理局"


def test_military_commission_department_is_not_the_commission() -> None:
    g = build("中央军委后勤保障部与东岭大学签署合作协议，共建南湖医学研究中心。")
    found = names(g)
    assert "中央军委后勤保障部" in found
    assert "中央军事委员会" not in {e.name for e in g.entities}
    assert has_relation(g, "中央军委后勤保障部", "COOPERATES_WITH", "东岭大学")


def test_short_form_of_a_military_department() -> None:
    g = build("军委装备发展部会同国家知识产权局开展专利审查试点。")
    assert names(g)["军委装备发展部"].name == "中央军委装备发展部"


def test_abolished_state_council_office_keeps_its_name() -> None:
    """Documents from before 2018 cite bodies since merged away; the office is not the State Council itself."""
    g = build("国务院法制办会同东岭省人民政府起草药品注册条例。")
    assert names(g)["国务院法制办"].name == "国务院法制办公室"


def test_hong_kong_department_with_a_three_character_name() -> None:
    g = build("建築署與醫院管理局合作推展南湖醫院重建工程。")
    found = names(g)
    assert found["建筑署"].type == "Agency"
    assert has_relation(g, "建筑署", "COOPERATES_WITH", "医院管理局")
