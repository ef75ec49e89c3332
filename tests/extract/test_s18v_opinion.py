"""A State Council General Office opinion on a health-system reform (issue #10): sentences in our own words."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_expert_committee_named_after_a_ministry_is_its_body() -> None:
    g = build("国家药监局与国家卫生健康委医学伦理专家委员会建立沟通机制。")
    by = names(g)
    assert by["国家卫生健康委医学伦理专家委员会"].type == "Agency"
    assert has_relation(g, "国家卫生健康委医学伦理专家委员会", "PART_OF", "国家卫生健康委")
    assert has_relation(g, "国家药监局", "COOPERATES_WITH", "国家卫生健康委医学伦理专家委员会")


def test_expert_committee_without_a_ministry_stays_a_society() -> None:
    g = build("东岭罕见病防治专家委员会发布了诊疗共识。")
    assert names(g)["东岭罕见病防治专家委员会"].type == "Association"


def test_direct_controlled_municipality_government_on_addressee_line_is_no_city() -> None:
    text = (
        "国务院办公厅关于改善东岭医院服务的意见\n"
        "各直辖市人民政府、各有关部门：\n"
        "支持北京大学、北京协和医院在北京开展试点。\n"
    )
    assert not any(e.name.endswith("市人民政府") for e in build(text).entities)


def test_government_of_whichever_province_is_a_kind() -> None:
    g = build("项目所在省份人民政府要提供用地保障。")
    assert not any("人民政府" in e.name for e in g.entities)


def test_ministry_acting_through_a_hospital_does_not_rely_on_it() -> None:
    g = build("国家中医药局依托东岭中医院建设中西医结合临床研究基地。")
    assert has_relation(g, "中西医结合临床研究基地", "RELIES_ON", "东岭中医院")
    assert not has_relation(g, "国家中医药局", "RELIES_ON", "东岭中医院")


def test_programme_after_tongguo_is_a_means_not_an_adoption() -> None:
    g = build("东岭省科学技术厅通过国家重点研发计划资助罕见病多中心研究。")
    assert not has_relation(g, "东岭省科学技术厅", "ISSUED", "国家重点研发计划")


def test_council_adopting_a_document_issues_it() -> None:
    g = build("东岭省人民代表大会常务委员会上月表决通过《东岭省医疗机构临床研究促进条例》。")
    assert has_relation(g, "东岭省人民代表大会常务委员会", "ISSUED", "东岭省医疗机构临床研究促进条例")
