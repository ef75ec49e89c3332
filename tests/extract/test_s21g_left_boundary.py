"""Where a name starts: the clause before it (a verb, a pronoun and 与, a header label, a second office) is no
part of it. Invented sentences, run through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_words_before_a_level_are_the_clause_not_the_agency() -> None:
    found = _names("东岭市科学技术局关于某某建议的答复\n经综合市财政局、市教育局等单位意见，现答复如下。")
    assert "综合市财政局" not in found
    assert any(n.endswith("财政局") and not n.startswith("综合") for n in found)


def test_agent_marker_before_the_city_government() -> None:
    found = _names("东岭市人民政府办公室关于印发某某方案的通知\n经市人民政府批准，本方案自发布之日起施行。")
    assert "经市人民政府" not in found


def test_pronoun_and_conjunction_open_the_partner() -> None:
    found = _names("我委与南湖生物医药产业园签订了合作协议。")
    assert "南湖生物医药产业园" in found
    assert not any(n.startswith("我委") for n in found)


def test_verb_joined_to_a_field_stays_in_the_committee() -> None:
    found = _names("政府将设立跨部门的教育及培训督导委员会，由政务司司长领导。")
    assert "教育及培训督导委员会" in found
    assert "及培训督导委员会" not in found


def test_registered_firm_does_not_swallow_the_other_party() -> None:
    found = _names("根据协议，东岭投与南湖大学创新投资有限公司将共同设立产业基金。")
    assert "南湖大学创新投资有限公司" in found
    assert not any("与" in n for n in found)


def test_second_office_after_jian_is_its_own_body() -> None:
    found = _names("出席活动的有东岭市政协副主席、南湖区区委书记兼前海管理局局长王某。")
    assert "前海管理局" in found
    assert not any("书记兼" in n for n in found)


def test_an_act_before_a_zone_is_the_clause() -> None:
    found = _names("省科技厅高度重视惠州高新区的发展，多次到惠州调研考察国家高新区申报工作。")
    assert "惠州高新区" in found
    assert not any(n.endswith("高新区") and ("重视" in n or "调研" in n) for n in found)


def test_a_verb_before_a_known_park_is_dropped() -> None:
    found = _names("政府将继续落实发展港深创新及科技园的各项工作。")
    assert "港深创新及科技园" in found
    assert "发展港深创新及科技园" not in found


def test_names_with_a_place_inside_stay_whole() -> None:
    found = _names("北京大学深圳研究生院与某某技术有限公司合作；上海交通大学医学院附属瑞金医院开展临床试验。")
    assert "北京大学深圳研究生院" in found
    assert "上海交通大学医学院附属瑞金医院" in found


def test_jian_between_offices_anywhere_in_the_scan() -> None:
    found = _names("东岭集团首席执行官兼南湖研究院院长李某出席了签约仪式。")
    assert "南湖研究院" in found
    assert not any("兼" in n for n in found)


def test_a_party_or_league_before_the_level_stays_in_the_name() -> None:
    found = _names("东岭市人民政府关于某事的通知\n会议邀请了民盟市委和市妇联共同参加。")
    assert "民盟市委" in found


def test_a_tier_of_cities_is_not_cut_to_one_city() -> None:
    found = _names("东岭省人民政府关于某事的通知\n副省级市人民政府要切实负起责任，抓好落实。")
    assert "副省级市人民政府" in found
    assert "市人民政府" not in found


def test_a_verb_before_a_conjunction_and_a_partner_is_not_kept() -> None:
    found = _names("政策引导和东岭大学合作的企业加大研发投入。")
    assert not any(n.startswith("引导") for n in found)
