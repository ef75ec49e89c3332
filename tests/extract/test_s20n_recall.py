"""Entity recall on unseen documents (issue #10, session s20, helper n): name shapes common across genres.

Invented sentences check that an innovation port is a zone, that a rule named before the body that makes it
(某某管理规定由某局制定) is a policy that body issued, that a scheme bearing the name of the park or company that
runs it is a programme, and that a married woman's name after a title keeps both surnames.
"""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_an_innovation_port_named_by_its_place_is_a_zone() -> None:
    g = build("南湖生物安全创新港开工建设，东岭区将同步建设国际创新港。")
    found = names(g)
    assert found["南湖生物安全创新港"].type == "Park"
    assert "国际创新港" not in found


def test_a_rule_named_before_its_maker_is_a_policy_the_maker_issued() -> None:
    g = build("鼓励社会力量投资设立检测机构。医疗检测服务机构管理规定由东岭市卫生健康委员会制定。")
    assert names(g)["医疗检测服务机构管理规定"].type == "Policy"
    assert has_relation(g, "东岭市卫生健康委员会", "ISSUED", "医疗检测服务机构管理规定")


def test_a_rule_of_no_name_before_its_maker_is_not_a_policy() -> None:
    g = build("具体管理办法由东岭市卫生健康委员会另行制定。相关实施细则由东岭市科学技术局制定。")
    assert not any(e.type == "Policy" for e in g.entities)


def test_a_scheme_named_after_the_company_that_runs_it() -> None:
    g = build("数码港培育计划已培育多家初创企业，数码港计划于明年扩建。")
    found = names(g)
    assert found["数码港培育计划"].type == "Program"
    assert not any(n.startswith("数码港计划") for n in found)


def test_a_married_name_after_a_title_keeps_both_surnames() -> None:
    g = build("南湖特区行政长官何邓月娟表示，政府会继续支持东岭大学。局长王李明表示同意。")
    found = names(g)
    assert found["何邓月娟"].type == "Person"
    assert found["王李明"].type == "Person"
