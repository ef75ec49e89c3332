"""Names that open with another known name (issue #10, helper s22j): the outer name is found whole and the inner
one stays a name where the text names it alone; a city-prefixed name and its bare form are one thing."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in build(text).entities}


def test_branch_of_a_known_park_keeps_the_park_name() -> None:
    assert ("香港科学园东岭分园", "Park") in _typed("香港科学园东岭分园昨日开幕，首批企业入驻。")


def test_cluster_of_campuses_is_a_park_not_a_university() -> None:
    got = _typed("东岭大学城汇聚了多所高校的研究生院。")
    assert ("东岭大学城", "Park") in got
    assert ("东岭大学", "University") not in got


def test_school_named_by_a_quarter_of_the_country_is_kept() -> None:
    got = _typed("南方医科大学附属南湖医院与南方医科大学签署合作协议。")
    assert ("南方医科大学", "University") in got
    assert ("首都医科大学", "University") in _typed("首都医科大学将牵头组建联合研究中心。")


def test_school_and_its_own_hospital_in_one_list_stay_two() -> None:
    got = _typed("由广州医科大学和广州医科大学附属南湖医院共同承担该课题。")
    assert ("广州医科大学", "University") in got
    assert ("广州医科大学附属南湖医院", "Hospital") in got


def test_unit_named_after_a_short_form_of_its_school() -> None:
    assert ("城大专上学院", "University") in _typed("城大專上學院的學生可申請資助。")


def test_department_of_a_zone_is_one_agency() -> None:
    got = _typed("广州开发区投资促进局与东岭生物医药产业园签约。")
    assert ("广州开发区投资促进局", "Agency") in got
    assert ("横琴粤澳深度合作区经济发展局", "Agency") in _typed("横琴粤澳深度合作区经济发展局负责审批。")


def test_higher_studies_institute_is_not_cut_at_deng() -> None:
    assert ("复旦大学东岭高等研究院", "ResearchInstitute") in _typed("复旦大学东岭高等研究院于去年成立。")


def test_city_prefixed_park_merges_with_its_bare_form_after_it() -> None:
    g = build("我局与宿迁南湖化工科技产业园进行了会商。下一步将依托南湖化工科技产业园发展医药产业。")
    by = names(g)
    assert by["宿迁南湖化工科技产业园"] is by["南湖化工科技产业园"]


def test_bare_form_before_another_citys_park_is_not_merged() -> None:
    g = build("南湖化工科技产业园成立于2010年。另据报道，徐州南湖化工科技产业园也在扩建。")
    by = names(g)
    assert by["南湖化工科技产业园"] is not by["徐州南湖化工科技产业园"]
