"""The header layer of mainland notices: who issued them, their title and their city (session s27a).

Invented notices in the layouts portals and red headers give them: a relative signature (市政府办公厅) in another city
than the lexicon's first row, joint issuers whose spaces are gone, a portal table above the title, a general office
set above the government that signs, a title broken after a word that may end one.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

RELATIVE_SIGNATURE = """深圳市人民政府办公厅文件深府办〔2021〕7号
深圳市人民政府办公厅关于印发南湖片区康养产业扶持办法的通知
各区人民政府，市政府直属各单位：
《南湖片区康养产业扶持办法》经市政府研究同意，现予印发，望遵照执行。执行中遇到的问题，请向市发展改革委反映。
市政府办公厅
2021年3月2日
"""


def test_relative_signature_resolves_in_the_notices_own_city() -> None:
    g = build(RELATIVE_SIGNATURE)
    assert g.document.region == "深圳"
    assert g.document.issuer == "深圳市人民政府办公厅"
    assert g.document.doc_number == "深府办〔2021〕7号"
    assert not [e.name for e in g.entities if e.name.startswith("上海")]


def test_relative_form_names_no_other_citys_row() -> None:
    from policykg.extract import lexicon

    assert lexicon.agency_by_surface("市政府办公厅", "淄博") is None
    assert lexicon.agency_by_surface("市政府办公厅", "深圳").name == "深圳市人民政府办公厅"


JOINT_ISSUERS = """东岭市发展和改革局东岭市科学技术局关于印发《东岭市科技园区建设规划》的通知
各镇人民政府，市政府直属各单位：
现将《东岭市科技园区建设规划》印发给你们，请结合实际，认真组织实施。
东岭市发展和改革局东岭市科学技术局
2022年6月7日
"""


def test_joint_issuers_written_together_are_two_bodies_each_issuing() -> None:
    g = build(JOINT_ISSUERS)
    by = names(g)
    assert "东岭市发展和改革局" in by and "东岭市科学技术局" in by
    assert "东岭市发展和改革局东岭市科学技术局" not in by
    assert has_relation(g, "东岭市发展和改革局", "ISSUED", "东岭市科技园区建设规划")
    assert has_relation(g, "东岭市科学技术局", "ISSUED", "东岭市科技园区建设规划")
    assert g.document.issuer == "东岭市发展和改革局"


def test_split_of_joint_issuers_keeps_a_place_without_level_inside_one_name() -> None:
    from policykg.extract.names import split_joint_issuers

    assert split_joint_issuers("南湖市卫生健康委员会南湖市市场监督管理局") == [
        "南湖市卫生健康委员会",
        "南湖市市场监督管理局",
    ]
    assert split_joint_issuers("海关总署广东分署") == ["海关总署广东分署"]


PORTAL_TABLE = """索引号：\tDL-2022-0042\t公开方式：\t主动公开
文号：\t东发改〔2022〕5号\t成文日期：\t2022-05-01
发布单位：\t市科技局
东岭市发展和改革局东岭市科学技术局关于印发《东岭市医药创新扶持办法》的通知|各镇人民政府：现将《东岭市医药创新扶持办法》印发给你们，请认真实施。
"""


def test_portal_cells_are_neither_title_nor_names() -> None:
    g = build(PORTAL_TABLE)
    assert g.document.title == "东岭市发展和改革局东岭市科学技术局关于印发《东岭市医药创新扶持办法》的通知"
    assert g.document.issuer == "东岭市发展和改革局"
    assert not [e.name for e in g.entities if "发布单位" in e.name]


PUBLISHER_ABOVE = """南湖市人民政府办公室
南湖市人民政府
关于印发南湖市数字健康发展规划的通知
南政字〔2023〕9号
各区县人民政府，市政府各部门：
现将《南湖市数字健康发展规划》印发给你们，请认真组织实施。
南湖市人民政府
2023年5月6日
"""


def test_general_office_above_its_government_is_no_part_of_the_title() -> None:
    g = build(PUBLISHER_ABOVE)
    assert g.document.title == "南湖市人民政府关于印发南湖市数字健康发展规划的通知"
    assert g.document.issuer == "南湖市人民政府"


BROKEN_TITLE = """西山市人民政府办公厅文件
西府办〔2020〕3号
西山市人民政府办公厅关于印发西山市促进康养产业发展指导意见
及配套措施的通知
各区人民政府：
《西山市促进康养产业发展指导意见》已经市政府同意，现印发给你们。
"""


def test_title_broken_after_a_word_that_may_end_one_goes_on() -> None:
    g = build(BROKEN_TITLE)
    assert g.document.title == "西山市人民政府办公厅关于印发西山市促进康养产业发展指导意见及配套措施的通知"


SEVERAL_TRANSMITTED = """北岸市人民政府办公厅关于印发北岸市康养产业集聚指导意见及配套文件的通知
北府办〔2021〕4号
各区人民政府，市直各单位：
《北岸市促进康养产业集聚的指导意见》及《北岸市康养产业园区建设方案》《北岸市康养人才引进计划》经市政府研究同意，现印发给你们，请抓好落实。
北岸市人民政府办公厅
2021年2月8日
"""


def test_every_policy_of_a_transmittal_sentence_is_issued_by_the_notices_issuer() -> None:
    g = build(SEVERAL_TRANSMITTED)
    for title in ("北岸市促进康养产业集聚的指导意见", "北岸市康养产业园区建设方案", "北岸市康养人才引进计划"):
        assert has_relation(g, "北岸市人民政府办公厅", "ISSUED", title), title


def test_a_policy_cited_before_the_transmittal_is_not_handed_on() -> None:
    text = SEVERAL_TRANSMITTED.replace(
        "《北岸市促进康养产业集聚的指导意见》及《北岸市康养产业园区建设方案》《北岸市康养人才引进计划》经市政府研究同意，",
        "为落实《南湖省康养产业规划》，《北岸市康养产业园区建设方案》和《北岸市康养人才引进计划》经市政府研究同意，",
    )
    g = build(text)
    assert has_relation(g, "北岸市人民政府办公厅", "ISSUED", "北岸市康养产业园区建设方案")
    assert has_relation(g, "北岸市人民政府办公厅", "ISSUED", "北岸市康养人才引进计划")
    assert not has_relation(g, "北岸市人民政府办公厅", "ISSUED", "南湖省康养产业规划")


def test_a_notice_handing_on_its_policies_is_their_cover_not_one_more_issued_policy() -> None:
    g = build(SEVERAL_TRANSMITTED)
    notice = "北岸市人民政府办公厅关于印发北岸市康养产业集聚指导意见及配套文件的通知"
    assert not has_relation(g, "北岸市人民政府办公厅", "ISSUED", notice)


ISSUERS_UNDER_TITLE = """关于加快南湖医药产业园区建设的意见（2019年）国家发展改革委科技部

印发《关于加快南湖医药产业园区建设的意见》

近日，国家发展改革委、科技部印发了《关于加快南湖医药产业园区建设的意见》，要求各地认真贯彻落实。
一、总体要求
园区建设坚持创新引领，到2025年形成一批特色产业集群。
"""


def test_issuers_printed_under_the_title_are_its_issuers_not_part_of_its_name() -> None:
    g = build(ISSUERS_UNDER_TITLE)
    assert g.document.title == "关于加快南湖医药产业园区建设的意见"
    assert g.document.issuer == "国家发展和改革委员会"
    assert not [e.name for e in g.entities if e.type == "Policy" and e.name.endswith("科技部")]


def test_a_title_named_without_its_de_in_the_notice_is_the_same_policy() -> None:
    text = (
        "西山市人民政府办公厅关于印发西山市促进康养产业集聚发展指导意见的通知\n"
        "西府办〔2020〕3号\n各区人民政府：\n"
        "《西山市促进康养产业集聚发展的指导意见》经市政府研究同意，现印发给你们。\n"
    )
    g = build(text)
    policies = [e.name for e in g.entities if e.type == "Policy" and "康养产业集聚" in e.name and "通知" not in e.name]
    assert policies == ["西山市促进康养产业集聚发展的指导意见"]


def test_a_quoted_short_title_after_its_city_is_the_citys_plan() -> None:
    text = (
        "南京市人民政府关于印发南京市“十五五”康养产业规划的通知\n宁政发〔2026〕8号\n各区人民政府：\n"
        "现将《南京市“十五五”康养产业规划》印发给你们，请认真组织实施。\n"
    )
    g = build(text)
    policies = {e.name for e in g.entities if e.type == "Policy" and "十五五" in e.name and "通知" not in e.name}
    assert policies == {"南京市“十五五”康养产业规划"}


def test_a_notice_run_into_one_line_is_titled_up_to_its_notice_word() -> None:
    text = (
        "南湖市发展和改革委员会南湖市科技创新委员会南湖市卫生健康委员会关于发布《南湖市康养产业集群行动计划》的通知"
        "发布日期：2024-03-01各有关单位：为贯彻落实《东岭省康养产业规划》，现将《南湖市康养产业集群行动计划》发布。\n"
    )
    g = build(text)
    assert g.document.title.endswith("关于发布《南湖市康养产业集群行动计划》的通知")
    assert g.document.doc_type == "policy"
    assert g.document.issuer == "南湖市发展和改革委员会"
