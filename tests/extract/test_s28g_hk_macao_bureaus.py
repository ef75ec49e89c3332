"""Hong Kong and Macao bureaus and officials (s28g): a Hong Kong bureau of three characters (发展局) written inside
another bureau's name (经济发展局) is not that bureau, while the bureau after the government that owns it still
is; and the deputy form of a Party secretary's title (党组副书记) is one title, not a name and a title."""

from __future__ import annotations

from tests.extract.helpers import build


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in build(text).entities}


def test_field_word_before_hong_kong_bureau_is_another_bureau() -> None:
    got = _names("考察团抵达合作区，获经济发展局科技处处长接待。")
    assert ("发展局", "Agency") not in got


def test_bureau_after_its_government_is_the_hong_kong_bureau() -> None:
    got = _names("特区政府发展局今日公布北岭新发展区的规划。")
    assert ("发展局", "Agency") in got


def test_deputy_party_secretary_is_one_title() -> None:
    got = _names("北岭市委常委、市政府副市长、党组副书记陈立群出席交流会。")
    assert ("陈立群", "Person") in got
    assert not any(t == "Person" and n.startswith("党") for n, t in got)


def test_bay_after_a_place_word_stays_in_the_zone_committee_name() -> None:
    got = _names("双方在东莞滨海湾新区管理委员会举办了北岭创科交流会。")
    assert ("东莞滨海湾新区管理委员会", "Agency") in got
    assert ("新区管理委员会", "Agency") not in got


def test_term_of_a_government_is_no_part_of_its_name() -> None:
    g = build("香港特區政府今日公布措施。學者認為現屆特區政府積極進取，並指特區政府應加快步伐。")
    governments = [e.name for e in g.entities if e.type == "Agency" and e.name.endswith("政府")]
    assert governments == ["香港特别行政区政府"]


def test_soon_before_a_verb_opens_no_zone_name() -> None:
    got = _names("施政報告亦提出短期內公佈北岭都會區行動綱領，推動創科發展。")
    assert ("北岭都会区", "Park") in got
    assert not any(n.startswith("短期") for n, _ in got)


def test_city_before_a_glossed_short_form_is_the_glossed_body() -> None:
    g = build(
        "北岭数码中心与深圳南湖管理局再签合作备忘录\n"
        "北岭数码中心今日与深圳市南湖现代服务业合作区管理局（“南湖管理局”）签署合作备忘录。"
    )
    bureaus = [e for e in g.entities if e.type == "Agency" and e.name.endswith("管理局")]
    assert [e.name for e in bureaus] == ["深圳市南湖现代服务业合作区管理局"]
    assert "深圳南湖管理局" in bureaus[0].aliases


def test_body_asked_about_a_programme_ends_before_the_verb() -> None:
    g = build("本報多次向創新科技署查詢InnoHK創新平台的進度，署方未有回應。")
    got = {(e.name, e.type) for e in g.entities}
    assert ("创新科技署", "Agency") in got
    assert ("InnoHK创新香港研发平台", "Program") in got
    assert not any("查询" in n for n, _ in got)
