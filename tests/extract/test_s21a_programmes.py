"""Programme names without quotes (sentences written for these tests, with invented places and bodies).

Covers an earmarked fund named by its field (X专项资金) but not a level's or a body's money, a scheme that is the
subject of its clause (某某计划已…), a scheme cited after 根据/参与/受惠于, a body's or fund's own scheme after
的 (某某基金辖下的某某计划), a scheme followed by the 由 that names who runs it (and that body ISSUED it, not
FOUNDED), a pilot rolled out (推开) or whose work is pushed on (某某试点工作), a national initiative cited by its
short name, and 计划 the verb after a doer, which stays a verb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation, names

FOUND = [
    ("东岭市财政局安排新材料产业发展专项资金3000万元，支持企业技改。", "新材料产业发展专项资金"),
    ("南湖省设立海洋经济发展专项资金，每年安排5亿元。", "海洋经济发展专项资金"),
    ("强化数字经济专项资金引导作用，支持中小企业上云。", "数字经济专项资金"),
    ("東嶺中游研究計劃已接獲四十份申請。", "东岭中游研究计划"),
    ("南湖青年學者計劃亦資助博士後研究員。", "南湖青年学者计划"),
    ("根據東嶺產學合作計劃，每間公司可聘請兩名研究員。", "东岭产学合作计划"),
    ("受惠於南湖科研人才計劃的企業超過五百間。", "南湖科研人才计划"),
    ("該等項目均獲創新及科技基金轄下的東嶺伙伴研究計劃資助。", "东岭伙伴研究计划"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_programme_is_found(text: str, name: str) -> None:
    g = build(text)
    e = names(g).get(name)
    assert e is not None and e.type == "Program", [(x.name, x.type) for x in g.entities]


NOT_FOUND = [
    ("项目获东岭市科技局专项资金支持。", "东岭市科技局专项资金"),
    ("统筹用好各类专项资金，提高资金使用效率。", "各类专项资金"),
    ("省级财政专项资金重点支持产业链关键环节。", "省级财政专项资金"),
    ("，东岭生物科技计划于明年在南湖设厂。", "东岭生物科技计划"),
    ("，医院管理局计划为病人增设病床。", "医院管理局计划"),
]


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_not_a_programme(text: str, name: str) -> None:
    g = build(text)
    assert name not in names(g), [(x.name, x.type) for x in g.entities]


MORE_FOUND = [
    ("东岭市卫生健康委员会持续推进东岭家庭医生签约服务试点工作。", "东岭家庭医生签约服务试点"),
    ("南湖省药品监督管理局在全省推开医疗器械注册人制度试点。", "医疗器械注册人制度试点"),
    ("東嶺青年科研計劃由創新科技署負責推行，每年資助五十名學者。", "东岭青年科研计划"),
    ("东岭中药传承工程由东岭市卫生健康委员会组织实施。", "东岭中药传承工程"),
    ("東嶺港口集團將積極參與「一帶一路」建設。", "一带一路"),
]


@pytest.mark.parametrize("text,name", MORE_FOUND)
def test_more_programmes_found(text: str, name: str) -> None:
    g = build(text)
    e = names(g).get(name)
    assert e is not None and e.type == "Program", [(x.name, x.type) for x in g.entities]


def test_scheme_run_by_a_body_is_issued_not_founded() -> None:
    g = build("东岭海洋研究基金由东岭省科学技术厅于2015年设立，资助海洋科学研究。")
    assert has_relation(g, "东岭省科学技术厅", "ISSUED", "东岭海洋研究基金")
    assert not has_relation(g, "东岭省科学技术厅", "FOUNDED", "东岭海洋研究基金")


def test_doer_before_plan_keeps_the_verb() -> None:
    g = build("東嶺醫院管理局計劃由明年起增設病床。")
    assert not any(e.name.endswith("计划") for e in g.entities), [(x.name, x.type) for x in g.entities]
