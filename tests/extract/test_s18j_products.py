"""Drug, vaccine, test-kit and device names (Product) and who developed them (issue #10 point 5).

Sentences are written for these tests: a mainland company's news, a Hong Kong report in Traditional
characters and a reply on drug approval."""

from __future__ import annotations

from .helpers import build, has_relation, names

NEWS = (
    "南湖生物医药有限公司今日宣布，其自主研发的1类创新药瑞沃替尼片获得国家药品监督管理局批准上市。"
    "由苏州康源生物科技有限公司研制的格美沙星注射液也于本月获批。"
    "与仿制药和生物类似药相比，这些创新药拥有自主知识产权，他汀类药物和PD-1抑制剂的竞争则日趋激烈。"
)
HK = (
    "香港科學園內的初創企業康晴醫療科技有限公司研發的新型冠狀病毒抗原快速檢測試劑盒，已取得國家藥品監督管理局的註冊證。"
    "醫院管理局表示，會繼續採購新冠疫苗及流感疫苗。"
)
REPLY = (
    "关于加快创新药审评审批的建议的答复\n王伟代表：\n您提出的建议收悉。我局已将南湖医药有限公司的奥格列净片和"
    "康瑞生物科技有限公司的帕瑞珠单抗注射液纳入优先审评程序，两个品种均已获批上市。"
    "浙江华康药业股份有限公司生产的阿托伐他汀钙片通过了一致性评价。"
)


def test_drug_stems_name_drugs_with_their_forms():
    n = names(build(REPLY, "reply.txt"))
    for drug in ("奥格列净片", "帕瑞珠单抗注射液", "阿托伐他汀钙片"):
        assert drug in n and n[drug].type == "Product"
    g = build(NEWS, "news.txt")
    assert "瑞沃替尼片" in names(g)  # not 创新药瑞沃替尼片: the class word ends before the name
    assert "格美沙星注射液" in names(g)


def test_drug_classes_are_not_products():
    n = names(build(NEWS, "news.txt"))
    for generic in ("仿制药", "生物类似药", "他汀类药物", "他汀", "PD-1抑制剂", "创新药"):
        assert generic not in n


def test_kit_with_its_developer_is_a_product_but_generic_vaccines_are_not():
    g = build(HK, "hk.txt")
    n = names(g)
    assert n["新型冠状病毒抗原快速检测试剂盒"].type == "Product"
    assert has_relation(g, "康晴医疗科技有限公司", "DEVELOPED", "新型冠状病毒抗原快速检测试剂盒")
    assert not any(k.endswith("疫苗") for k in n)


def test_each_owner_keeps_its_own_drug():
    g = build(REPLY, "reply.txt")
    assert has_relation(g, "南湖医药有限公司", "DEVELOPED", "奥格列净片")
    assert has_relation(g, "康瑞生物科技有限公司", "DEVELOPED", "帕瑞珠单抗注射液")
    assert not has_relation(g, "南湖医药有限公司", "DEVELOPED", "帕瑞珠单抗注射液")
    assert has_relation(g, "浙江华康药业股份有限公司", "DEVELOPED", "阿托伐他汀钙片")


def test_its_refers_back_to_the_company():
    g = build(NEWS, "news.txt")
    assert has_relation(g, "南湖生物医药有限公司", "DEVELOPED", "瑞沃替尼片")
    assert has_relation(g, "苏州康源生物科技有限公司", "DEVELOPED", "格美沙星注射液")


def test_a_stem_before_a_place_word_is_not_a_drug():
    n = names(build("广西西林县的药品生产企业获批扩大产能。", "place.txt"))
    assert not any(k.endswith("西林") for k in n)


def test_a_generic_developer_does_not_make_a_kit_a_named_product():
    n = names(build("支持企业研发的新冠病毒检测试剂盒加快获批上市。", "plan.txt"))
    assert not any(k.endswith("试剂盒") for k in n)
    n = names(build("鼓励医疗机构使用国产药物洗脱支架，推动创新医疗器械研发生产。", "plan.txt"))
    assert not any(k.endswith("支架") for k in n)


def test_vaccine_names_keep_their_valency_and_developer():
    g = build("华西生物科技有限公司自主研发的14价肺炎球菌结合疫苗获批开展临床试验。", "news.txt")
    assert has_relation(g, "华西生物科技有限公司", "DEVELOPED", "14价肺炎球菌结合疫苗")


def test_a_drug_name_does_not_swallow_the_agency_and_verb_before_it():
    g = build("衞生署已批准上市，並會向醫院管理局供應莫納皮拉韋膠囊，用於治療輕症患者。", "legco.txt")
    n = names(g)
    assert n["莫纳皮拉韦胶囊"].type == "Product"
    assert n["医院管理局"].type == "Agency"


def test_quoted_brand_before_a_device_kind():
    g = build("南湖生物科技有限公司推出的“晴光”心脏支架获得医疗器械注册证。", "news.txt")
    assert names(g)["晴光心脏支架"].type == "Product"
    assert has_relation(g, "南湖生物科技有限公司", "DEVELOPED", "晴光心脏支架")
    n = names(build("市政府推出的“一网通办”系统已覆盖全部街道。", "news.txt"))
    assert not any(e.type == "Product" for e in n.values())


def test_procurement_lists_name_drugs_by_form_and_the_cef_prefix():
    n = names(build("集中采购品种包括阿莫西林胶囊、头孢呋辛酯片、注射用头孢曲松钠和左氧氟沙星片。", "plan.txt"))
    for drug in ("阿莫西林胶囊", "头孢呋辛酯片", "注射用头孢曲松钠", "左氧氟沙星片"):
        assert n[drug].type == "Product"
    n = names(build("该公司的头孢类抗生素和头孢菌素原料药销量上升。", "news.txt"))
    assert not any(k.startswith("头孢") for k in n)


def test_a_kind_word_between_owner_and_drug():
    g = build("國家藥品監督管理局批准了康瑞生物科技有限公司的1類創新藥瑞康替尼片上市。", "news.txt")
    assert has_relation(g, "康瑞生物科技有限公司", "DEVELOPED", "瑞康替尼片")
    assert has_relation(g, "国家药品监督管理局", "SUPPORTS", "瑞康替尼片")
    assert not has_relation(g, "国家药品监督管理局", "SUPPORTS", "康瑞生物科技有限公司")


def test_trade_name_in_brackets_is_an_alias_and_a_class_before_the_drug_is_cut():
    g = build("南湖医药有限公司的PD-1单抗瑞康利单抗（商品名：瑞康舒）获批上市，瑞康舒将于年内供货。", "news.txt")
    n = names(g)
    assert n["瑞康利单抗"].type == "Product"
    assert n["瑞康舒"] is n["瑞康利单抗"]
    assert "单抗瑞康利单抗" not in n


def test_antibody_kinds_are_classes():
    n = names(build("支持企业研发全人源单抗、新冠中和单抗和双特异性单抗等生物药。", "plan.txt"))
    assert not any(e.type == "Product" for e in n.values())


def test_a_syllable_that_is_also_a_verb_stays_in_the_name():
    n = names(build("佛山康源药业有限公司的安立替尼胶囊去年获批上市。", "news.txt"))
    assert n["安立替尼胶囊"].type == "Product"


def test_class_words_end_before_a_name_but_yao_inside_a_name_stays():
    n = names(build("公司的靶向药物奥希替尼片获批上市，云南白药胶囊也是该公司生产的产品。", "news.txt"))
    assert n["奥希替尼片"].type == "Product"
    assert n["云南白药胶囊"].type == "Product"
