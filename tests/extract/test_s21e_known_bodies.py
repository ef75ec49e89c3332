"""Bodies the lexicon now knows by name, and the relations that reach them: the departments of the Central
Military Commission (a ministry list naming one used to break at 中央军委), Hong Kong's five R&D centres funded
by the Innovation and Technology Fund, and the two InnoHK clusters. Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_military_commission_department_in_a_joint_list_notice() -> None:
    g = build("科技部、国家卫生健康委、中央军委后勤保障部和国家药监局联合开展了评估工作。", "notice.txt")
    assert "中央军委后勤保障部" in names(g)
    assert has_relation(g, "中央军委后勤保障部", "COOPERATES_WITH", "国家药品监督管理局")
    assert has_relation(g, "中华人民共和国科学技术部", "COOPERATES_WITH", "中央军委后勤保障部")


def test_military_commission_department_full_name_policy() -> None:
    g = build("中央军事委员会装备发展部会同国家知识产权局制定了工作方案。", "policy.txt")
    assert "中央军委装备发展部" in names(g)
    assert "中央军事委员会" not in names(g)


def test_rd_centres_funded_by_the_fund_legco_trad() -> None:
    g = build("物流及供應鏈多元技術研發中心和汽車零部件研究及發展中心均獲創新及科技基金資助。", "legco.txt")
    for centre in ("物流及供应链多元技术研发中心", "汽车科技研发中心"):
        assert names(g)[centre].type == "ResearchInstitute"
        assert has_relation(g, "创新及科技基金", "SUPPORTS", centre)


def test_innohk_cluster_named_press() -> None:
    g = build("政府早前宣布設立醫療科技創新平台，首批研發實驗室明年投入運作。", "press.txt")
    assert names(g)["医疗科技创新平台"].type == "Platform"


def test_itc_schemes_named_legco_trad() -> None:
    g = build("申請企業可透過科技券計劃及企業支援計劃取得資助，亦可參加科技企業培育計劃。", "legco.txt")
    for scheme in ("科技券计划", "企业支援计划", "科技企业培育计划"):
        assert names(g)[scheme].type == "Program"


def test_short_voucher_name_reply() -> None:
    g = build("截至去年底，科技券已資助逾五千個項目。", "reply.txt")
    assert "科技券计划" in {e.name for e in g.entities}


def test_longer_scheme_name_kept_whole_legco_trad() -> None:
    g = build("南湖生物科技有限公司已加入生物科技企業培育計劃，並獲創新及科技基金資助。", "legco.txt")
    assert "生物科技企业培育计划" in names(g)
    assert "科技企业培育计划" not in {e.name for e in g.entities}


def test_hospital_plan_and_works_department_press_trad() -> None:
    g = build("醫管局會按第二個十年醫院發展計劃推展重建工程，建築署負責設計。", "press.txt")
    assert names(g)["第二个十年医院发展计划"].type == "Program"
    assert names(g)["建筑署"].type == "Agency"
