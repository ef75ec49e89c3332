"""A document's own policy and the policies it cites (session s28h).

- a journal named by its editorial board (《某某》编委会) is no policy either;
- 规划建设 after a quoted site is a verb: the quote names the site, not a plan;
- a yearly 工作要点 published under its own name is a policy document, and the name its own policy;
- a notice 关于印发P的通知 with P's title set under it carries P as a policy of its own;
- bodies written right before a cited title (某厅等九部门《Y》) are its issuers.
"""

from __future__ import annotations

from policykg.extract.metadata import parse_metadata
from policykg.loaders.normalize import normalize_text
from tests.extract.helpers import build, has_relation, names


def _types(text: str) -> dict[str, str]:
    return {n: e.type for n, e in names(build(text)).items()}  # type: ignore[attr-defined]


def test_journal_board_is_no_policy() -> None:
    text = "2021年，《南湖药学评论》编委会与东岭药理学会共同发起成立东岭医药创新联盟。"
    assert _types(text).get("南湖药学评论") != "Policy"


def test_quoted_site_planned_and_built_is_no_plan() -> None:
    text = "我区将推动东岭大学医学院“东岭市细胞治疗研究基地”规划建设，打造创新高地。"
    found = _types(text)
    assert "东岭市细胞治疗研究基地规划" not in found


def test_work_points_under_their_own_name_are_the_documents_policy() -> None:
    text = (
        "2025年全市科技创新工作要点\n"
        "索引号 : 0001/2025-00001 文       号 : 无\n"
        "主题分类: 科技 发文单位: 南湖市科学技术局\n"
        "名       称: 2025年全市科技创新工作要点 发布日期: 2025年02月10日\n"
        "2025年，全市科技系统要坚持创新驱动，做好以下工作。\n"
        "一、加快科技成果转化。支持企业建设中试平台。\n"
    )
    meta = parse_metadata(normalize_text(text).text, "doc.txt")
    assert meta.doc_type == "policy"
    found = names(build(text))
    assert found["2025年全市科技创新工作要点"].type == "Policy"  # type: ignore[attr-defined]


def test_handed_on_plan_under_the_notice_title_is_a_policy() -> None:
    text = (
        "关于印发南湖州推进县域医疗卫生共同体建设实施方案的通知\n"
        "南湖州推进县域医疗卫生\n"
        "共同体建设实施方案\n"
        "为认真贯彻落实好省卫健委等六部门《关于印发东岭省推进县域医疗卫生共同体建设实施方案的通知》精神，"
        "结合我州实际，制定本实施方案。\n"
        "一、总体目标\n"
        "到2026年底，所有县基本建成县域医共体。\n"
    )
    g = build(text)
    plan = "南湖州推进县域医疗卫生共同体建设实施方案"
    cited = "关于印发东岭省推进县域医疗卫生共同体建设实施方案的通知"
    assert names(g).get(plan) is not None
    assert has_relation(g, "省卫健委", "ISSUED", cited)


def test_body_before_a_cited_title_issues_it_but_not_an_addressee() -> None:
    g = build("按照北辰省人民政府办公厅《关于推进北辰新区建设的意见》要求，各单位要抓好落实。")
    assert has_relation(g, "北辰省人民政府办公厅", "ISSUED", "关于推进北辰新区建设的意见")
    g = build("我局已向北辰市人民政府报送《关于北辰医院迁建的请示》，正在等待批复。")
    assert not has_relation(g, "北辰市人民政府", "ISSUED", "关于北辰医院迁建的请示")
