"""An agency named only at the head of a cited title (《X关于…的请示》) is an entity of its own (session s22c)."""

from __future__ import annotations

from tests.extract.helpers import build, names

REPLY = (
    "对市人大代表建议的答复\n\n李代表：\n\n"
    "您提出的建议收悉。根据《东岭区人民政府关于支持建设南湖医药产业园的请示》，我局与园区进行了会商。\n"
)


def test_local_government_opening_a_cited_title_is_an_agency() -> None:
    g = build(REPLY, "cn_gov_reply.txt")
    by = names(g)
    assert by["东岭区人民政府"].type == "Agency"
    assert by["东岭区人民政府关于支持建设南湖医药产业园的请示"].type == "Policy"


def test_known_agency_opening_a_cited_title_takes_its_table_name() -> None:
    text = (
        "东岭市卫生健康委员会2023年工作总结\n\n"
        "我委认真落实《国家药监局关于加强药品网络销售监管的公告》要求，开展专项检查。\n"
    )
    g = build(text, "cn_gov_report.txt")
    assert names(g)["国家药品监督管理局"].type == "Agency"


def test_a_university_opening_a_title_is_not_made_an_agency() -> None:
    text = "东岭市科学技术局关于调研情况的报告\n\n我局收到《南湖大学关于共建医学研究平台的报告》后，组织了专家论证。\n"
    g = build(text, "cn_gov_report.txt")
    assert not any(e.type == "Agency" and e.name == "南湖大学" for e in g.entities)
