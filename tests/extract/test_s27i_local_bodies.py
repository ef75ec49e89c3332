"""Local bodies of cities the tables do not list: a county-level city as a document's region, and a relative
short form (市科技局, 省政府) joined to the one body of its level the document names in full."""

from __future__ import annotations

from policykg.extract.metadata import leading_place
from tests.extract.helpers import build, names

COUNTY_NOTICE = (
    "义乌市科学技术局 义乌市财政局 关于印发《义乌市科技创新券管理办法》的 通知\n"
    "各镇人民政府、街道办事处：\n"
    "《义乌市科技创新券管理办法》已经研究同意，现予下发，望遵照落实。\n"
    "市科技局负责创新券的发放和兑付，市财政局负责资金保障。\n"
)


def test_county_level_city_opens_a_name() -> None:
    assert leading_place("义乌市人民政府") == "义乌"
    assert leading_place("昆山市科学技术局") == "昆山"
    assert leading_place("东岭市科学技术局") is None  # no such city in the divisions table


def test_county_level_city_notice_joins_its_relative_forms() -> None:
    g = build(COUNTY_NOTICE)
    by = names(g)
    assert "义乌市科学技术局" in by
    assert by["市科技局"] is by["义乌市科学技术局"]
    assert by["市财政局"] is by["义乌市财政局"]


def test_relative_form_joins_the_one_body_of_its_level() -> None:
    g = build("为落实海南省人民政府的部署，全省加快建设南湖科创走廊。省政府将安排专项资金予以支持。")
    by = names(g)
    assert by["省政府"] is by["海南省人民政府"]


def test_relative_form_stays_apart_beside_two_bodies_of_its_level() -> None:
    g = build("东莞市人民政府与惠州市人民政府签署协议，共建南湖科创走廊。市政府将安排专项资金予以支持。")
    by = names(g)
    assert by.get("市政府") is not by["东莞市人民政府"]
    assert by.get("市政府") is not by["惠州市人民政府"]


def test_capital_market_is_no_self_reference_of_the_city() -> None:
    head = "宿迁市人民政府关于印发《南湖科创企业挂牌融资办法》的通知\n"
    g = build(head + "要发展多层次资本市场，支持科创企业进入资本市场融资。")
    assert not [e for e in g.entities if e.type == "Region" and e.aliases]
    g = build(head + "本市支持科创企业挂牌融资。")
    assert any(e.type == "Region" and "本市" in e.aliases for e in g.entities)


DISTRICT_NOTICE = (
    "宿迁市宿城区人民政府办公室关于印发《宿城区南湖医疗服务提升方案》的通知\n"
    "各乡镇人民政府：\n"
    "全区各部门要抓好落实，我区将安排专项资金支持南湖医院扩建。\n"
)


def test_district_notice_names_its_own_district() -> None:
    g = build(DISTRICT_NOTICE)
    by = names(g)
    assert by["全区"].name == "宿城区" and by["全区"].type == "Region"
    assert by["我区"] is by["全区"]


def test_district_words_in_a_text_of_no_district_body_name_no_district() -> None:
    g = build("南湖高新区今年新增企业三百家，全区生物医药产值增长两成，宿城区、宿豫区也在加快布局。")
    assert "全区" not in names(g)


def test_league_committee_is_its_own_body() -> None:
    g = build("东岭市科学技术局关于南湖提案的答复\n我局会同市教育局、团市委等单位逐条研究，市委、市政府高度重视。")
    by = names(g)
    assert by["团市委"].type == "Agency"
    assert by["团市委"].name == "团市委"
    assert by.get("市委") is not by["团市委"]


def test_district_short_form_joins_the_district_body_named_in_full() -> None:
    g = build(
        "上海市闵行区科学技术委员会关于印发《闵行区南湖创新券办法》的通知\n各街道办事处：\n"
        "区科委负责创新券的受理与审核。"
    )
    by = names(g)
    assert by["区科委"] is by["上海市闵行区科学技术委员会"]
