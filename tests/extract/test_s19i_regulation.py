"""A State Council regulation (条例): decree header, articles naming departments, a repeal clause.

The fixture is invented (a regulation on clinical-trial service agencies); it checks that the genre's
recurring shapes come out as the guidelines ask: the council issues the regulation it promulgates, the
regulation cites the laws it is made under, departments acting 会同 cooperate, an older rule's issuer
issued it, and a department described only by its function under the State Council stays one Agency.
"""

from __future__ import annotations

from .helpers import build, has_relation, names

REGULATION = """中华人民共和国国务院令
第九百一十号

《临床试验服务机构管理条例》已经2026年2月3日国务院第八十八次常务会议通过，现予公布，自2026年5月1日起施行。

总理　周启航
2026年2月20日

临床试验服务机构管理条例

第一章　总　则

第一条　为了规范临床试验服务活动，依据《中华人民共和国药品管理法》和《中华人民共和国执业医师法》，制定本条例。

第二条　国务院药品监督管理部门负责全国临床试验服务机构的监督管理。

第三条　中国临床试验服务协会依照章程对会员实行自律管理。

第四条　国务院药品监督管理部门会同国务院卫生健康主管部门建立临床试验服务机构信用记录。

第五条　本条例自2026年5月1日起施行。2001年6月8日国家药品监督管理局发布的《临床试验服务暂行规定》同时废止。
"""


def test_the_council_issues_the_regulation_it_promulgates() -> None:
    g = build(REGULATION)
    assert has_relation(g, "国务院", "ISSUED", "临床试验服务机构管理条例")


def test_the_regulation_refers_to_the_laws_it_is_made_under() -> None:
    g = build(REGULATION)
    assert has_relation(g, "临床试验服务机构管理条例", "REFERS_TO", "中华人民共和国药品管理法")
    assert has_relation(g, "临床试验服务机构管理条例", "REFERS_TO", "中华人民共和国执业医师法")


def test_departments_named_by_function_cooperate_when_one_acts_with_the_other() -> None:
    g = build(REGULATION)
    assert names(g)["国务院药品监督管理部门"].type == "Agency"
    assert has_relation(g, "国务院药品监督管理部门", "COOPERATES_WITH", "国务院卫生健康主管部门")


def test_the_repealed_rule_is_issued_by_its_old_agency() -> None:
    g = build(REGULATION)
    assert has_relation(g, "国家药品监督管理局", "ISSUED", "临床试验服务暂行规定")


def test_the_signing_premier_and_the_self_regulating_association_are_found() -> None:
    found = names(build(REGULATION))
    assert found["周启航"].type == "Person"
    assert found["中国临床试验服务协会"].type == "Association"


def test_a_centre_named_after_a_ministry_is_that_ministrys_own_unit() -> None:
    found = names(build("第九条　科学技术部火炬高技术产业开发中心负责技术合同登记的业务指导。"))
    assert found["科学技术部火炬高技术产业开发中心"].type == "Agency"
    found = names(build("申请材料由国家知识产权局专利局审查协作中心初审。"))
    assert found["国家知识产权局专利局审查协作中心"].type == "Agency"


def test_a_centre_of_ordinary_words_alone_stays_a_kind() -> None:
    found = names(build("各地可以设立产业开发中心，承担技术服务。"))
    assert "产业开发中心" not in found
