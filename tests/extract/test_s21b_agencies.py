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


def test_party_committee_departments_are_bodies() -> None:
    """省委组织部, 市委编办: a committee's department by its standard head, opened by the level it serves."""
    g = build("东岭省科学技术厅关于人才工作的通知\n\n省委组织部、省委编办会同省人社厅完善人才评价机制。\n")
    found = names(g)
    for body in ("省委组织部", "省委编办", "省人社厅"):
        assert body in found and found[body].type == "Agency", body


def test_city_committee_department_with_its_city() -> None:
    g = build("东岭市委宣传部与南湖大学共建传播研究中心。")
    assert names(g)["东岭市委宣传部"].type == "Agency"


def test_a_bare_department_word_is_no_body() -> None:
    """组织部署, 宣传部署: the head's characters inside ordinary words name nothing, and 组织部 with no level before
    it is no one body."""
    g = build("东岭市加强宣传部署和组织部署，各组织部门积极参与。")
    assert not any(e.name.endswith(("组织部", "宣传部")) for e in g.entities)


def test_ministries_merged_away_keep_their_own_names() -> None:
    """卫生部, 国家质检总局, 国务院医改办: bodies of older notices are those bodies, each one entity."""
    g = build("卫生部会同国家质检总局、国务院医改办制定东岭试点方案。")
    found = names(g)
    assert found["卫生部"].name == "中华人民共和国卫生部"
    assert found["国家质检总局"].name == "国家质量监督检验检疫总局"
    assert found["国务院医改办"].name == "国务院深化医药卫生体制改革领导小组办公室"


def test_foreign_minister_is_not_the_chinese_ministry() -> None:
    """With 农业部 and 教育部 in the table, 某国农业部长 still names that country's minister, no ministry."""
    g = build("加拿大农业部长与东岭农场主会面，美国教育部长亦有出席。")
    assert not any(e.name.endswith(("农业部", "教育部")) for e in g.entities)
