"""PART_OF and LOCATED_IN: the forms that state a unit's parent or a body's site, and the lines that only
look like them. Fixtures are invented excerpts in the style of a mainland notice, a research report, a
reply letter and Hong Kong news (Traditional)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation

# ------------------------------------------------------------------ distribution footer (版记)

REPLY_WITH_FOOTER = """关于加强区域生物医药协同发展的提案的答复

王委员：

您提出的提案收悉。杭州市经济和信息化局会同有关部门进行了认真研究，现答复如下。

一、我市已设立专项资金，支持企业开展新药研发。

感谢您对我市产业发展的关心！

杭州市经济和信息化局

2023 年 6 月 12 日

抄送：市政府办公厅督查处，市政协提案委。

杭州市经济和信息化局办公室

2023 年 6 月 12 日印发
"""

NOTICE_WITH_FOOTER = """南京市人民政府办公厅关于印发南京市促进医疗器械产业发展若干措施的通知

各区人民政府，市府各委办局：

《南京市促进医疗器械产业发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。

国家药品监督管理局医疗器械技术审评检查长三角分中心将为本市企业提供审评指导，南京市科学技术局负责组织申报。

南京市人民政府办公厅

2024年3月1日

抄送：市委各部门，市人大常委会办公厅，市政协办公厅，南京市科学技术局办公室。

南京市人民政府办公厅 2024年3月2日印发
"""


def test_printing_office_in_footer_is_not_stated_as_a_part():
    g = build(REPLY_WITH_FOOTER, "reply_footer.txt")
    assert not has_relation(g, "杭州市经济和信息化局办公室", "PART_OF", "杭州市经济和信息化局")


def test_copy_to_addressee_is_not_stated_as_a_part_but_body_units_are():
    g = build(NOTICE_WITH_FOOTER, "notice_footer.txt")
    assert not has_relation(g, "南京市科学技术局办公室", "PART_OF", "南京市科学技术局")
    # a unit named in the body keeps its parent: the footer only silences the mailing lines
    assert has_relation(g, "国家药品监督管理局医疗器械技术审评检查长三角分中心", "PART_OF", "国家药品监督管理局")
