"""Two bodies read as one: a notice passing on another body's paper (X转发Y, X批转Y), a Party committee and a
government side by side (区委区政府); and places inside an address or a branch name (河南中路, 广东分署).

Why: 转发 and 批转 are the verbs of a government or its office forwarding a department's opinion; the name
finder read the whole run from the government to the department's head word as one agency, and the title
rule took the same run as the notice's issuer.
"""

from __future__ import annotations

from tests.extract.helpers import build


def _agencies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Agency"}


def test_forwarding_in_a_sentence_names_both_bodies() -> None:
    found = _agencies("各地要认真落实东岭省人民政府办公厅转发省科技厅等部门的意见。")
    assert not any("转发" in n for n in found)
    assert any(n.endswith("东岭省人民政府办公厅") for n in found)


def test_approved_forwarding_title_is_issued_by_the_government() -> None:
    g = build("南湖市人民政府批转市财政局关于改进专项资金管理意见的通知\n\n各区人民政府：\n现将意见转发给你们。\n")
    ents = {e.id: e for e in g.entities}
    assert not any("批转" in e.name for e in g.entities if e.type == "Agency")
    issuers = {ents[r.head].name for r in g.relations if r.type == "ISSUED"}
    assert any(n.endswith("南湖市人民政府") for n in issuers)


def test_committee_and_government_side_by_side_are_two_bodies() -> None:
    for text in ("南湖区委区政府出台了一系列扶持政策。", "省委省政府作出重大部署。"):
        assert not any(n.endswith(("委区政府", "委省政府")) for n in _agencies(text))
    assert "南湖区委" in _agencies("南湖区委区政府出台了一系列扶持政策。")


def test_joint_title_without_a_space_names_committee_and_government() -> None:
    g = build("中共东岭市委东岭市人民政府关于加快科技创新的决定\n\n为加快科技创新，作出如下决定。\n")
    ents = {e.id: e for e in g.entities}
    found = {e.name for e in g.entities if e.type == "Agency"}
    assert "中共东岭市委东岭市人民政府" not in found
    issuers = {ents[r.head].name for r in g.relations if r.type == "ISSUED"}
    assert "中共东岭市委" in issuers and "东岭市人民政府" in issuers


def test_road_named_after_a_province_is_an_address() -> None:
    g = build("项目位于东岭区河南中路88号。")
    assert "河南" not in {e.name for e in g.entities if e.type == "Region"}


def test_place_before_a_branch_head_is_no_region_mention() -> None:
    g = build("东岭海关与海关总署广东分署签署合作协议。")
    assert "广东" not in {e.name for e in g.entities if e.type == "Region"}


def test_committee_government_pair_in_a_list_keeps_the_next_government_whole() -> None:
    text = "东岭城市发展新闻\n\n东岭市南湖区委区政府、北岭区政府相继出台配套措施。\n"
    found = _agencies(text)
    assert not any("委" in n and "北岭区政府" in n for n in found)
