"""PART_OF and LOCATED_IN: the forms that state a unit's parent or a body's site, and the lines that only
look like them. Fixtures are invented excerpts in the style of a mainland notice, a research report, a
reply letter and Hong Kong news (Traditional)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

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

《南京市促进医疗器械产业发展若干措施》经市政府同意，现予印发，请结合实际抓好落实。

国家药品监督管理局器械审评检查东岭分中心将为本市企业提供审评指导，南京市科学技术局负责组织申报。

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
    assert has_relation(g, "国家药品监督管理局器械审评检查东岭分中心", "PART_OF", "国家药品监督管理局")


# ------------------------------------------------------------------ zones and designated sites

PLAN_ZONES = """二、优化产业空间布局

推进芜湖经济技术开发区国家机器人产业示范园建设，引导整机企业向园区集聚。
"""

REPORT_ZONES = """湛江市近年来布局海洋生物医药产业，设立了东海岛海洋药物政策探索区，并规划建设南三岛深海医疗先锋区。
"""


def test_zone_before_national_designation_is_its_site():
    g = build(PLAN_ZONES, "plan_zones.txt")
    assert has_relation(g, "国家机器人产业示范园", "LOCATED_IN", "芜湖经济技术开发区")


def test_trial_and_pilot_zones_are_parks():
    g = build(REPORT_ZONES, "report_zones.txt")
    by = names(g)
    assert by["东海岛海洋药物政策探索区"].type == "Park"
    assert by["南三岛深海医疗先锋区"].type == "Park"


def test_a_place_that_is_no_zone_stays_in_the_designated_name():
    g = build("珠海正加快建设金湾国家生物产业基地，吸引企业入驻。", "news_base.txt")
    assert "金湾国家生物产业基地" in names(g)


# ------------------------------------------------------------------ words of belonging and of site

POLICY_BELONGING = """三、强化医疗资源支撑

发挥国家卫生健康委员会直属的南湖医院作用，中国医学科学院所属的滨江肿瘤医院负责牵头开展专科培训。
"""

NEWS_SITE_TRAD = """南湖腦科學實驗室地處光明科學城，上月正式啟用。另一方面，南湖生物醫藥研究院坐落沙田，將與實驗室合作。
"""


def test_directly_under_and_belonging_to_name_the_parent():
    g = build(POLICY_BELONGING, "policy_belonging.txt")
    assert has_relation(g, "南湖医院", "PART_OF", "国家卫生健康委员会")
    assert has_relation(g, "滨江肿瘤医院", "PART_OF", "中国医学科学院")
    # the academy's name followed by 所属的 is not the short form of one of its institutes
    assert "中国医学科学院所属的滨江肿瘤医院" not in names(g)


def test_di_chu_and_zuo_luo_place_the_body():
    g = build(NEWS_SITE_TRAD, "news_site.txt")
    assert has_relation(g, "南湖脑科学实验室", "LOCATED_IN", "光明科学城")
    assert has_relation(g, "南湖生物医药研究院", "LOCATED_IN", "沙田区")


# ------------------------------------------------------------------ a firm's branch

REPORT_BRANCH = """调研发现，南湖医药集团股份有限公司华南分公司去年新增两条生产线，产能提升三成。
"""

REPLY_BRANCH = """本港方面，北辰基因科技有限公司香港分公司已於科學園設立實驗室，每日可處理五萬個樣本。
"""


def test_branch_named_by_registered_firm_is_part_of_it():
    g = build(REPORT_BRANCH, "report_branch.txt")
    assert "南湖医药集团股份有限公司华南分公司" in names(g)
    assert has_relation(g, "南湖医药集团股份有限公司华南分公司", "PART_OF", "南湖医药集团股份有限公司")


def test_branch_in_traditional_reply_is_part_of_its_firm():
    g = build(REPLY_BRANCH, "reply_branch.txt")
    assert has_relation(g, "北辰基因科技有限公司香港分公司", "PART_OF", "北辰基因科技有限公司")


def test_a_branch_without_its_firm_name_gets_no_parent():
    g = build("省铁塔分公司总经理李明出席会议。", "list_branch.txt")
    assert not any(r.type == "PART_OF" for r in g.relations)


# ------------------------------------------------------------------ a university's own units

PLAN_GRADUATE_SCHOOL = """支持南湖大学与佛山市人民政府合作，在佛山设立南湖大学佛山国际研究生院。
"""

REPORT_MEDICAL_DIVISION = """南湖大学医学部所属的南湖大学第二医院牵头开展多中心研究，入组患者逾千例。
"""


def test_graduate_school_is_one_name_and_a_unit_of_its_university():
    g = build(PLAN_GRADUATE_SCHOOL, "plan_grad.txt")
    assert has_relation(g, "南湖大学佛山国际研究生院", "PART_OF", "南湖大学")
    assert has_relation(g, "南湖大学佛山国际研究生院", "LOCATED_IN", "佛山")
    assert not has_relation(g, "南湖大学", "LOCATED_IN", "佛山")


def test_hospital_belongs_to_the_medical_division_named_before_it():
    g = build(REPORT_MEDICAL_DIVISION, "report_division.txt")
    assert has_relation(g, "南湖大学第二医院", "PART_OF", "南湖大学医学部")


# ------------------------------------------------------------------ an academy setting up units


def test_academy_before_xia_she_opens_no_short_form_and_no_place_is_its_part():
    g = build("据报告介绍，中国科学院下设上海分院和广州分院，分别协调区域内的研究所。", "report_academy.txt")
    by = names(g)
    assert "中国科学院下设上海分院" not in by
    assert "中国科学院" in by
    assert not has_relation(g, "广州", "PART_OF", "中国科学院")


def test_academy_that_has_institutes_is_not_one_of_them():
    g = build("中科院设有多个研究所，覆盖生命科学各领域。", "news_academy.txt")
    assert "中科院设有多个研究所" not in names(g)
