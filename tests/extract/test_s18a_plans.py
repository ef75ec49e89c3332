"""Regional development plan outlines (规划纲要 chapters, Traditional and Simplified): the constructions plans
use to place, found, join and build on named bodies. The fixtures are invented excerpts in the style of such
outlines (第X章 / 第X節 headings, numbered paragraphs)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

OUTLINE_TRAD = """第四章　打造灣區科技樞紐

第一節　完善跨境創新協作機制

一、加強科技創新合作。推進香港科技大學與廣州市人民政府合作共建香港科技大學（廣州）。鼓勵香港大學、香港中文大學、澳門大學等高校與中山大學合作開展基礎研究。

二、打造高水平科技創新載體。以香港科學園為依託，建設粵港澳大灣區國際創新平台。支持深圳加快建設光明科學城。

三、在珠海橫琴設立國家中醫藥科技創新中心分中心。發揮澳門特別行政區政府作用，支持澳門大學發展。
"""

OUTLINE_SIMP = """第五章 建设现代产业体系

第一节 加快发展先进制造业

（一）支持东莞建设松山湖材料实验室，推动松山湖高新技术产业开发区与香港城市大学合作共建东莞研究院。依托中国散裂中子源，建设大湾区先进光源研究中心。

（二）在深圳前海设立南湖大学前海研究院。以澳门大学为依托建设的中药质量研究国家重点实验室（澳门大学）已投入运行。
"""


def test_campus_named_by_city_in_brackets_is_its_own_university():
    g = build(OUTLINE_TRAD, "outline_trad.txt")
    by = names(g)
    assert by["香港科技大学（广州）"].type == "University"
    assert has_relation(g, "香港科技大学", "FOUNDED", "香港科技大学（广州）")
    assert has_relation(g, "广州市人民政府", "FOUNDED", "香港科技大学（广州）")
    assert has_relation(g, "香港科技大学", "COOPERATES_WITH", "广州市人民政府")
    assert not has_relation(g, "广州市人民政府", "FOUNDED", "香港科技大学")


def test_yi_x_wei_yituo_builds_on_x():
    g = build(OUTLINE_TRAD, "outline_trad.txt")
    assert has_relation(g, "粤港澳大湾区国际创新平台", "RELIES_ON", "香港科学园")
    g = build(OUTLINE_SIMP, "outline_simp.txt")
    assert has_relation(g, "中药质量研究国家重点实验室（澳门大学）", "RELIES_ON", "澳门大学")


def test_yi_x_wei_hexin_is_not_a_base():
    g = build("以南湖生命科学园为核心，建设佛山生物医药中试平台。", "plan.txt")
    assert not has_relation(g, "佛山生物医药中试平台", "RELIES_ON", "南湖生命科学园")


def test_place_after_its_city_is_where_not_who():
    g = build(OUTLINE_TRAD, "outline_trad.txt")
    by = names(g)
    centre = next(n for n in by if n.startswith("国家中医药科技创新中心"))
    assert has_relation(g, centre, "LOCATED_IN", "横琴粤澳深度合作区")
    assert not has_relation(g, "横琴粤澳深度合作区", "FOUNDED", centre)
    assert not has_relation(g, "珠海", "FOUNDED", centre)
    g = build(OUTLINE_SIMP, "outline_simp.txt")
    assert has_relation(g, "南湖大学前海研究院", "LOCATED_IN", "前海")
    assert not has_relation(g, "前海", "FOUNDED", "南湖大学前海研究院")
    assert not has_relation(g, "深圳", "FOUNDED", "南湖大学前海研究院")


def test_macao_government_is_an_agency():
    g = build(OUTLINE_TRAD, "outline_trad.txt")
    assert names(g)["澳门特别行政区政府"].type == "Agency"


def test_big_science_facility_and_national_key_lab_names():
    g = build(OUTLINE_SIMP, "outline_simp.txt")
    by = names(g)
    assert by["中国散裂中子源"].type == "Platform"
    assert has_relation(g, "大湾区先进光源研究中心", "RELIES_ON", "中国散裂中子源")
    assert by["中药质量研究国家重点实验室（澳门大学）"].type == "Lab"
    g = build("经国家科技部批准的南湖病毒学国家重点实验室去年通过评估。发挥好上海光源等设施作用。", "plan.txt")
    by = names(g)
    assert by["南湖病毒学国家重点实验室"].type == "Lab"
    assert by["上海光源"].type == "Platform"
    assert "激光光源" not in names(build("鼓励企业采用激光光源改造生产线。", "plan.txt"))
    assert "省部共建国家重点实验室" not in names(build("支持建设省部共建国家重点实验室。", "plan.txt"))


def test_plan_outline_keeps_existing_constructions():
    g = build(OUTLINE_SIMP, "outline_simp.txt")
    assert has_relation(g, "松山湖材料实验室", "LOCATED_IN", "东莞")
    assert has_relation(g, "松山湖高新技术产业开发区", "COOPERATES_WITH", "香港城市大学")
    assert has_relation(g, "香港城市大学", "FOUNDED", "东莞研究院")
    g = build(OUTLINE_TRAD, "outline_trad.txt")
    assert has_relation(g, "香港大学", "COOPERATES_WITH", "中山大学")
    assert has_relation(g, "澳门大学", "COOPERATES_WITH", "中山大学")


def test_places_before_a_kind_do_not_cooperate():
    g = build("支持香港、澳門高校與內地科研機構聯合共建實驗室。鼓勵廣州、深圳企業與香港高校合作。", "plan.txt")
    assert not has_relation(g, "香港", "COOPERATES_WITH", "澳门")
    assert not has_relation(g, "广州", "COOPERATES_WITH", "深圳")
    g = build("鼓勵廣州、深圳與香港合作。", "plan.txt")
    assert has_relation(g, "广州", "COOPERATES_WITH", "香港")


def test_layout_built_around_a_park_places_it():
    text = "在空間佈局上，佛山正建設以南湖生命科學園為核心、多園區協同的產業格局。"
    g = build(text, "plan.txt")
    assert has_relation(g, "南湖生命科学园", "LOCATED_IN", "佛山")
    g = build("广东建设以广州、深圳为核心的创新走廊。", "plan.txt")
    assert not has_relation(g, "广州", "LOCATED_IN", "广东")


def test_place_before_a_kind_is_not_the_subject():
    g = build("鼓勵內地企業聯合香港高校在香港設立研發中心。", "plan.txt")
    assert not has_relation(g, "中国内地", "COOPERATES_WITH", "香港")
    g = build("美国的多所高校之间联合设立了北辰合成生物学研究中心。", "report.txt")
    assert not has_relation(g, "美国", "FOUNDED", "北辰合成生物学研究中心")
    g = build("深圳市联合香港大学设立南湖联合研究院。", "plan.txt")
    assert has_relation(g, "深圳", "COOPERATES_WITH", "香港大学")
    assert has_relation(g, "香港大学", "FOUNDED", "南湖联合研究院")


def test_city_before_a_known_park_is_not_a_river():
    g = build("支持深圳河套與香港科學園合作。", "plan.txt")
    assert names(g)["深圳"].type == "Region"
    assert has_relation(g, "河套", "LOCATED_IN", "深圳")
    assert "苏州" not in names(build("提升改造苏州河沿岸景观。", "plan.txt"))


def test_province_before_listed_cities_only_places_them():
    text = "粵港澳大灣區包括香港特別行政區、澳門特別行政區和廣東省廣州市、深圳市、珠海市。"
    g = build(text, "plan.txt")
    for city in ("香港", "澳门", "广州", "深圳", "珠海"):
        assert has_relation(g, city, "PART_OF", "粤港澳大湾区")
    assert not has_relation(g, "广东", "PART_OF", "粤港澳大湾区")
    g = build("国家发改委及粤港澳四方日前共同签订了合作协议。", "report.txt")
    assert has_relation(g, "广东", "COOPERATES_WITH", "香港")


def test_bare_national_designations_are_kinds():
    g = build("推進國家工程研究中心、國家技術創新中心在香港設立分中心。", "plan.txt")
    by = names(g)
    assert "国家工程研究中心" not in by and "国家技术创新中心" not in by
    g = build("建设粤港澳大湾区国家技术创新中心。", "plan.txt")
    assert "粤港澳大湾区国家技术创新中心" in names(g)


def test_places_working_with_a_kind_do_not_work_with_each_other():
    g = build("加強香港、澳門與內地科研機構的合作。", "plan.txt")
    assert not has_relation(g, "香港", "COOPERATES_WITH", "澳门")
    g = build("南湖大学和北辰大学正与南湖医药有限公司探讨合作。", "news.txt")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "北辰大学")


def test_partner_after_an_adverb_and_yu_keeps_its_name():
    for text in ("北辰大学已与南湖医药有限公司合作。", "南湖大学和北辰大学一直与南湖医药有限公司探讨合作。"):
        g = build(text, "news.txt")
        assert names(g)["南湖医药有限公司"].type == "Company"
        assert has_relation(g, "北辰大学", "COOPERATES_WITH", "南湖医药有限公司")


def test_places_building_together_do_not_place_what_they_build():
    g = build("支持香港與深圳合作建設河套地區。", "plan.txt")
    assert has_relation(g, "香港", "COOPERATES_WITH", "深圳")
    assert not has_relation(g, "河套", "LOCATED_IN", "香港")
    g = build("支持东莞建设松山湖材料实验室。", "plan.txt")
    assert has_relation(g, "松山湖材料实验室", "LOCATED_IN", "东莞")
