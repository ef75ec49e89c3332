"""Policies and their links (s26h): the verbs by which a policy carries out or fits itself to another document
(实施《Y》, 推动《Y》, 以《Y》为指导) cite it, and a first line that is a sentence about a policy does not make the
document a policy."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation

_NOTICE = "东岭市人民政府关于推进中医药振兴发展的意见\n各区人民政府：\n"
_OWN = "东岭市人民政府关于推进中医药振兴发展的意见"


def test_carrying_out_a_quoted_law_cites_it() -> None:
    g = build(_NOTICE + "深入实施《东岭省中医药发展条例》，加快中医药传承创新。\n")
    assert has_relation(g, _OWN, "REFERS_TO", "东岭省中医药发展条例")


def test_a_plan_taken_as_guide_cites_it() -> None:
    g = build(_NOTICE + "以《南湖省生物经济发展规划》为指导，布局一批重点园区。\n")
    assert has_relation(g, _OWN, "REFERS_TO", "南湖省生物经济发展规划")


def test_pushing_a_quoted_measure_into_effect_cites_it() -> None:
    g = build(_NOTICE + "推动《东岭市创新药首购办法》落地见效，扩大新药使用。\n")
    assert has_relation(g, _OWN, "REFERS_TO", "东岭市创新药首购办法")


def test_a_study_that_compares_before_and_after_a_law_cites_nothing() -> None:
    g = build("东岭中医药门诊数据研究\n课题组比较了实施《东岭省中医药发展条例》前后三年的门诊数据。\n")
    assert not any(r.type == "REFERS_TO" for r in g.relations)


def test_a_news_lead_about_a_policy_address_is_no_policy_document() -> None:
    g = build(
        "南湖科技园表示，欢迎行政长官今日于《施政报告》内提出多项创科措施\n"
        "南湖科技园表示，政府会继续支持园区发展，并由园区公司负责推行相关计划。\n"
    )
    assert g.document.doc_type != "policy"
    assert not any(r.type == "RESPONSIBLE_FOR" for r in g.relations)
