"""Session s20f: cooperation, support and development read through the whole pipeline on invented sentences.

What is pinned: a bare list joined by 、 before 合作 cooperates (and partners after 与 are not each other's), the
verbs of policy prose before 与 (加强与Y的合作) leave the partner a name of its own, V出 (研制出, 开发出) is no
part of the product's name, 等 closing a list before X资助院校 makes X the funder of the list, and the foreign
funders' table merges the two Chinese names of one body.
"""

from __future__ import annotations

from .helpers import build, has_relation, names


def _names(text: str) -> set[str]:
    return {e.name for e in build(text).entities}


def test_a_bare_list_before_hezuo_works_together():
    g = build("南湖大学、佛山理工大学、东岭医科大学等合作建设了合成生物学公共平台。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")
    assert has_relation(g, "佛山理工大学", "COOPERATES_WITH", "东岭医科大学")


def test_partners_after_yu_are_not_each_others_partners():
    g = build("东岭市人民政府支持南湖大学与佛山理工大学、东岭医科大学深化合作。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "东岭医科大学")
    assert not has_relation(g, "佛山理工大学", "COOPERATES_WITH", "东岭医科大学")


def test_hezuo_heading_a_noun_names_a_kind_and_a_partner_between_keeps_the_list_apart():
    g = build("南湖大学、佛山理工大学合作平台尚在筹建。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")
    g = build("南湖大学、佛山理工大学与本地企业合作培养研究生。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")


def test_yitong_and_partnership_words_after_the_partner():
    g = build("北辰醫學科技有限公司與香港大學一同研發快速檢測技術。")
    assert has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "香港大学")
    g = build("南湖大学与康瑞生物科技有限公司于2021年结成战略伙伴关系。")
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")


def test_a_policy_verb_before_yu_leaves_the_partner_its_own_name():
    text = "佛山理工大学将深化与南湖医药有限公司的合作。"
    assert {"佛山理工大学", "南湖医药有限公司"} <= _names(text)
    assert has_relation(build(text), "佛山理工大学", "COOPERATES_WITH", "南湖医药有限公司")
    text = "南湖大学加强与康瑞生物科技有限公司的合作。"
    assert {"南湖大学", "康瑞生物科技有限公司"} <= _names(text)


def test_the_chu_of_a_verb_of_making_is_no_part_of_the_product():
    g = build("康瑞生物科技有限公司成功研制出瑞康单抗注射液。")
    assert "瑞康单抗注射液" in names(g)
    assert not any(n.startswith("出") for n in names(g))
    assert has_relation(g, "康瑞生物科技有限公司", "DEVELOPED", "瑞康单抗注射液")
    g = build("康瑞生物科技有限公司研发出瑞康替尼片。")
    assert has_relation(g, "康瑞生物科技有限公司", "DEVELOPED", "瑞康替尼片")


def test_a_list_closed_by_deng_before_a_funded_kind_is_funded():
    g = build("香港大學、香港中文大學等教資會資助院校將增加醫科學額。")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "香港大学")
    assert has_relation(g, "大学教育资助委员会", "SUPPORTS", "香港中文大学")


def test_two_chinese_names_of_one_foreign_funder_are_one_body():
    g = build(
        "多所高校凭借美国国家科学基金会（NSF）的拨款建起了实验平台。"
        "2016年，美国国家自然科学基金会又资助南湖大学开展酶工程研究。"
    )
    nsf = [e for e in g.entities if "科学基金会" in e.name]
    assert len(nsf) == 1 and nsf[0].type == "Agency"
    assert has_relation(g, "美国国家科学基金会", "SUPPORTS", "南湖大学")


def test_the_short_name_of_the_university_of_california_is_the_university():
    g = build("加利福尼亚大学的专利数量居首，加州大学与哈佛大学合作申请了多项专利。")
    uc = [e for e in g.entities if e.name == "加利福尼亚大学"]
    assert len(uc) == 1 and "加州大学" in uc[0].aliases
    assert has_relation(g, "加利福尼亚大学", "COOPERATES_WITH", "哈佛大学")


def test_two_subjects_each_doing_a_plain_act_do_not_cooperate():
    g = build("南湖大学和康瑞生物科技有限公司同年也启动了酶工程项目。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "康瑞生物科技有限公司")
    g = build("南湖大学和佛山理工大学均开展了基因组研究。")
    assert not has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")
    g = build("南湖大学和佛山理工大学也开展了合作。")  # a joint word states the shared act
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")
    g = build("南湖大学与佛山理工大学也开展了基因组研究。")  # 与 names a partner whatever the adverb
    assert has_relation(g, "南湖大学", "COOPERATES_WITH", "佛山理工大学")


def test_a_former_name_in_brackets_after_the_owner_leaves_the_product_the_approved_thing():
    g = build("国家药品监督管理局批准康瑞生物科技有限公司（原南湖药业有限公司）的瑞康替尼片上市。")
    assert has_relation(g, "国家药品监督管理局", "SUPPORTS", "瑞康替尼片")
    assert not has_relation(g, "国家药品监督管理局", "SUPPORTS", "康瑞生物科技有限公司")


def test_recognition_in_the_passive_and_in_the_disposal_frame():
    g = build("南湖医院被东岭省卫生健康委员会确定为区域医疗中心。")
    assert has_relation(g, "东岭省卫生健康委员会", "SUPPORTS", "南湖医院")
    g = build("康瑞生物科技有限公司获东岭市科学技术局授予“瞪羚企业”称号。")
    assert has_relation(g, "东岭市科学技术局", "SUPPORTS", "康瑞生物科技有限公司")
    g = build("东岭省卫生健康委员会将南湖医院确定为区域医疗中心。")
    assert has_relation(g, "东岭省卫生健康委员会", "SUPPORTS", "南湖医院")
    g = build("南湖医院被市民评为最受欢迎医院，东岭省卫生健康委员会表示祝贺。")
    assert not has_relation(g, "东岭省卫生健康委员会", "SUPPORTS", "南湖医院")


def test_a_drug_named_after_a_partner_and_a_verb_of_making_keeps_its_own_name():
    g = build("康瑞生物科技有限公司与南湖大学合作研发瑞康替尼片。")
    assert {"南湖大学", "瑞康替尼片"} <= set(names(g))
    assert has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "南湖大学")
    assert has_relation(g, "南湖大学", "DEVELOPED", "瑞康替尼片")


def test_support_takes_the_subject_over_a_comma_after_adverbs_or_a_committed_sum():
    g = build("东岭市科学技术局设立专项资金，支持南湖大学建设实验室。")
    assert has_relation(g, "东岭市科学技术局", "SUPPORTS", "南湖大学")
    g = build("东岭市科学技术局昨日召开会议，支持南湖大学建设实验室的提案获得通过。")
    assert not has_relation(g, "东岭市科学技术局", "SUPPORTS", "南湖大学")


def test_an_agencys_earmarked_funds_leave_the_agency_the_funder():
    g = build("南湖大学获东岭市科学技术局专项资金支持。")
    assert "东岭市科学技术局" in names(g) and "东岭市科学技术局专项" not in names(g)
    assert has_relation(g, "东岭市科学技术局", "SUPPORTS", "南湖大学")


def test_a_relative_clause_with_a_partner_qualifies_the_body_after_de():
    g = build("其中，长期与南湖大学合作的康瑞生物科技有限公司获得了资助。")
    assert has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "南湖大学")
    g = build("与南湖大学合作的项目中，康瑞生物科技有限公司承担了两项。")
    assert not has_relation(g, "康瑞生物科技有限公司", "COOPERATES_WITH", "南湖大学")


def test_the_bodies_listed_as_partners_after_a_relative_clause_are_partners_not_parts():
    g = build("与南湖大学合作的企业包括康瑞生物科技有限公司和北辰医学科技有限公司。")
    assert has_relation(g, "北辰医学科技有限公司", "COOPERATES_WITH", "南湖大学")
    assert not has_relation(g, "康瑞生物科技有限公司", "PART_OF", "南湖大学")
