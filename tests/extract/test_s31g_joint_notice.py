"""Joint notices (s31g): agencies written one after another before 关于印发 each issued the notice, which the
text names in its title line, and the policy it hands on. A notice with one issuer stays the cover of its policy."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

JOINT_BARE = """索引号：001/2023-01 公开方式：主动公开
宁波市人民政府 江苏省发展和改革委员会江苏省科学技术厅关于印发南湖湾科创廊道建设纲要的通知
各县（市、区）人民政府，市政府直属各单位：
《南湖湾科创廊道建设纲要》业经省政府同意，今印发给你们，望抓好落实。
"""

JOINT_MARKED = (
    "合肥市卫生健康委员会合肥市科技创新委员会合肥市工业和信息化局"
    "关于发布《合肥市康养产业培育行动方案（2024-2026年）》的通知\n"
)
JOINT_MARKED += """各区人民政府，市直各单位：
现将《合肥市康养产业培育行动方案（2024-2026年）》印发给你们，请认真组织实施。
"""

SINGLE = """兰州市科学技术局关于印发《兰州市孵化载体认定细则》的通知
各有关单位：
现将《兰州市孵化载体认定细则》印发给你们，请遵照执行。
"""

NOTICE = "宁波市人民政府江苏省发展和改革委员会江苏省科学技术厅关于印发南湖湾科创廊道建设纲要的通知"
ISSUERS = ("宁波市人民政府", "江苏省发展和改革委员会", "江苏省科学技术厅")


def test_each_joint_issuer_issued_the_notice_and_its_policy() -> None:
    g = build(JOINT_BARE)
    notice = next(e for e in g.entities if e.type == "Policy" and e.name == NOTICE)
    assert "关于印发南湖湾科创廊道建设纲要的通知" in notice.aliases
    for who in ISSUERS:
        assert has_relation(g, who, "ISSUED", NOTICE)
        assert has_relation(g, who, "ISSUED", "南湖湾科创廊道建设纲要")


def test_joint_issuers_of_a_marked_title_issue_the_notice() -> None:
    g = build(JOINT_MARKED)
    notice = next(e.name for e in g.entities if e.type == "Policy" and e.name.endswith("的通知"))
    for who in ("合肥市卫生健康委员会", "合肥市科技创新委员会", "合肥市工业和信息化局"):
        assert has_relation(g, who, "ISSUED", notice)
        assert has_relation(g, who, "ISSUED", "合肥市康养产业培育行动方案（2024-2026年）")


def test_one_issuer_keeps_the_notice_as_the_cover_of_its_policy() -> None:
    g = build(SINGLE)
    assert not [n for n in names(g) if n.endswith("的通知")]
    assert has_relation(g, "兰州市科学技术局", "ISSUED", "兰州市孵化载体认定细则")
