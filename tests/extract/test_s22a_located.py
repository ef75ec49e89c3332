"""LOCATED_IN from a body's start on its site (sentences written for these tests, with invented bodies).

News and replies mark where a lab, hospital campus or firm starts out by its plaque (挂牌, 挂牌运行), its
ground-breaking (开工建设, 动工建设) or its first running (试运行, 正式运营) in the place named after 在/于, as they
do by 揭牌 and 启用; a place that is only the subject of such a verb says nothing of the body named before it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation, names

SITED = [
    ("东岭脑科学实验室昨日在光明科学城挂牌运行，首批引进五个团队。", "东岭脑科学实验室", "光明科学城"),
    ("南湖大学附属医院新院区已于去年在黄埔区开工建设，预计2027年启用。", "南湖大学附属医院", "黄埔区"),
    ("東嶺基因科技有限公司的新廠房已在元朗工業邨動工建設。", "东岭基因科技有限公司", "元朗工业邨"),
    ("北辰医药有限公司在苏州工业园区正式运营的生产线年产能达百万支。", "北辰医药有限公司", "苏州工业园区"),
    ("南湖合成生物研究院于上月在张江科学城挂牌。", "南湖合成生物研究院", "张江科学城"),
]


@pytest.mark.parametrize("text,head,tail", SITED)
def test_body_started_on_site_is_located(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert has_relation(g, head, "LOCATED_IN", tail), [(x.name, x.type) for x in g.entities]


NOT_SITED = [
    ("东岭脑科学实验室表示，光明科学城挂牌运行的孵化器已满员。", "东岭脑科学实验室", "光明科学城"),
    ("北辰医药有限公司称，苏州工业园区正式运营的物流中心降低了成本。", "北辰医药有限公司", "苏州工业园区"),
]


@pytest.mark.parametrize("text,head,tail", NOT_SITED)
def test_place_as_subject_is_not_a_site(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert not has_relation(g, head, "LOCATED_IN", tail)


TRIAL_INSTITUTES = [
    ("位於北辰科技園的東嶺國際臨床試驗所將於明年投入運作。", "东岭国际临床试验所", "北辰科技园"),
    ("南湖药物临床试验所坐落于张江科学城，承接早期临床研究。", "南湖药物临床试验所", "张江科学城"),
]


@pytest.mark.parametrize("text,name,place", TRIAL_INSTITUTES)
def test_trial_institute_is_a_research_body(text: str, name: str, place: str) -> None:
    g = build(text)
    e = names(g).get(name)
    assert e is not None and e.type == "ResearchInstitute", [(x.name, x.type) for x in g.entities]
    assert has_relation(g, name, "LOCATED_IN", place)


def test_bare_trial_institute_is_a_common_noun() -> None:
    g = build("临床试验所的医生表示，明年将增加病床。")
    assert "临床试验所" not in names(g)


def test_maternal_child_hospital_is_a_hospital() -> None:
    g = build("東嶺市婦幼保健院位於南湖區，設有產科病床三百張。")
    e = names(g).get("东岭市妇幼保健院")
    assert e is not None and e.type == "Hospital", [(x.name, x.type) for x in g.entities]
    assert has_relation(g, "东岭市妇幼保健院", "LOCATED_IN", "南湖区")


def test_bare_maternal_child_hospital_is_a_kind() -> None:
    g = build("县级妇幼保健院和妇幼保健院均应配备儿科医生。")
    assert not any(x.type == "Hospital" for x in g.entities), [(x.name, x.type) for x in g.entities]
