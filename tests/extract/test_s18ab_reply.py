"""A city science bureau's reply to a people's congress deputy (对市人大代表建议的答复), outside Shanghai: the
salutation 尊敬的X代表：, the deputy's proposal named in 《》, a document drafted 根据《another》, and the 抄送
line of offices. The fixture is an invented reply in the style of such letters."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

REPLY = """东岭市科学技术局

东科函〔2023〕57号

关于市五届人大三次会议第0211号建议的答复

尊敬的周立新代表：

您提出的《关于推动东岭与香港医疗科技合作的建议》收悉，现答复如下。

我局根据《东岭市科技创新促进条例》制定了《东岭市医疗器械产业创新若干措施》，对研发企业给予资助。

东岭市科学技术局

2023年5月20日

抄送：市人大常委会选举任免代表工作委员会，市政府督查室。
"""


def test_salutation_with_respect_names_the_deputy():
    g = build(REPLY)
    assert "周立新" in names(g)
    assert g.document.addressees == ["周立新"]


def test_greeting_to_deputies_as_a_kind_names_no_one():
    g = build("东岭市科学技术局\n\n东科函〔2023〕58号\n\n尊敬的市人大代表：\n\n感谢各位对科技工作的关心。\n")
    assert g.document.addressees == []


def test_deputys_proposal_in_title_marks_is_not_a_policy():
    g = build(REPLY)
    assert "关于推动东岭与香港医疗科技合作的建议" not in names(g)


def test_party_recommendation_in_title_marks_stays_a_policy():
    g = build("东岭市委审议了《东岭市委关于制定东岭市第十五个五年规划的建议》。")
    assert "东岭市委关于制定东岭市第十五个五年规划的建议" in names(g)


def test_drafter_is_the_body_before_the_document_it_goes_by():
    g = build(REPLY)
    assert has_relation(g, "东岭市科学技术局", "ISSUED", "东岭市医疗器械产业创新若干措施")
    assert has_relation(g, "东岭市医疗器械产业创新若干措施", "REFERS_TO", "东岭市科技创新促进条例")
    assert not has_relation(g, "东岭市科技创新促进条例", "ISSUED", "东岭市医疗器械产业创新若干措施")


def test_issuer_named_inside_a_cited_notice_title_still_issues():
    g = build("各单位要按照《东岭市人民政府办公厅印发〈东岭市科研经费管理办法〉的通知》执行。")
    assert has_relation(g, "东岭市人民政府办公厅", "ISSUED", "东岭市科研经费管理办法")


def test_each_office_on_the_copy_line_is_one_agency():
    g = build(REPLY)
    by = names(g)
    assert by["市政府督查室"].type == "Agency"
    assert "市人大常委会选举任免代表工作委员会" in by
    assert "东岭市人民政府" not in by and "市政府" not in by


def test_place_before_a_kind_of_partner_is_not_the_partner_of_a_joint_act():
    g = build("北湖大学与香港高校开展联合攻关。")
    assert not has_relation(g, "北湖大学", "COOPERATES_WITH", "香港")


def test_places_acting_together_still_cooperate():
    g = build("深圳与香港联合开展科研攻关。")
    assert has_relation(g, "深圳", "COOPERATES_WITH", "香港")
