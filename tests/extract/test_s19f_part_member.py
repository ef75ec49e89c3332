"""PART_OF and MEMBER_OF on short invented documents of several genres (Simplified and Traditional).

Units a body sets up (下设A、B和C) are each a part of it, whatever words name them; a member list (成员单位包括)
makes members, not parts; the units under an authority (轄下) and a group's firms (旗下) are parts."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_units_set_up_joined_by_he_are_each_a_part() -> None:
    g = build("佛山市药品采购办公室下设综合组、评审组和谈判小组，分别负责日常事务、专家评审和价格谈判。")
    for unit in ("综合组", "评审组", "谈判小组"):
        assert has_relation(g, unit, "PART_OF", "佛山市药品采购办公室"), unit
    assert not any("和" in n for n in names(g)), "the list is three units, not one name sharing 小组"


def test_unit_named_by_common_words_is_kept_when_set_up() -> None:
    g = build("为做好试点工作，佛山市药品采购办公室下设综合组、质量评审组、集中采购小组，各组分工负责。")
    assert has_relation(g, "集中采购小组", "PART_OF", "佛山市药品采购办公室")
    assert has_relation(g, "质量评审组", "PART_OF", "佛山市药品采购办公室")


def test_units_set_up_traditional() -> None:
    g = build("南湖議價辦公室下設綜合組、評審組及談判小組，各組由專人負責。")
    for unit in ("综合组", "评审组", "谈判小组"):
        assert has_relation(g, unit, "PART_OF", "南湖议价办公室"), unit


def test_member_list_makes_members_not_parts() -> None:
    g = build("浙江省生物医药产业联盟成员单位包括南湖大学、佛山理工大学和浙江生物制药有限公司。")
    for m in ("南湖大学", "佛山理工大学", "浙江生物制药有限公司"):
        assert has_relation(g, m, "MEMBER_OF", "浙江省生物医药产业联盟"), m
        assert not has_relation(g, m, "PART_OF", "浙江省生物医药产业联盟"), m


def test_member_list_traditional_news() -> None:
    g = build("據悉，粵港澳臨床研究聯盟會員包括北辰醫院及南湖大學，兩者均會派員出席年會。")
    assert has_relation(g, "北辰医院", "MEMBER_OF", "粤港澳临床研究联盟")
    assert not has_relation(g, "北辰医院", "PART_OF", "粤港澳临床研究联盟")


def test_plain_includes_still_makes_parts() -> None:
    g = build("京津冀包括北京、天津和河北三地，区域协同发展成效明显。")
    assert has_relation(g, "天津", "PART_OF", "京津冀")


def test_committees_under_an_authority_traditional_reply() -> None:
    g = build("南湖醫院管理局轄下的臨床倫理委員會每年檢討指引，南湖醫院管理局轄下的藥物審議委員會亦會定期開會。")
    assert has_relation(g, "临床伦理委员会", "PART_OF", "南湖医院管理局")
    assert has_relation(g, "药物审议委员会", "PART_OF", "南湖医院管理局")


def test_group_firm_news() -> None:
    g = build("嘉越控股集团旗下的青禾生物科技有限公司昨日宣布在苏州投产新工厂。")
    assert has_relation(g, "青禾生物科技有限公司", "PART_OF", "嘉越控股集团")


def test_colon_list_after_a_count_makes_parts() -> None:
    g = build("南湖大学下设三个研究院：南湖生物医学研究院、南湖材料研究院和南湖人工智能研究院。")
    for unit in ("南湖生物医学研究院", "南湖材料研究院", "南湖人工智能研究院"):
        assert has_relation(g, unit, "PART_OF", "南湖大学"), unit


def test_colon_list_of_members_traditional() -> None:
    g = build("浙江合成生物創新聯盟的成員包括：南湖大學、北辰醫學科技有限公司及佛山理工大學。")
    for m in ("南湖大学", "北辰医学科技有限公司", "佛山理工大学"):
        assert has_relation(g, m, "MEMBER_OF", "浙江合成生物创新联盟"), m


def test_colon_opening_measures_names_no_part() -> None:
    g = build("南湖大学的改革措施包括：支持北辰医院建设临床研究中心，完善评价办法。")
    assert not has_relation(g, "北辰医院", "PART_OF", "南湖大学")


def test_colon_then_a_name_opening_a_clause_is_no_list() -> None:
    g = build("浙江合成生物创新联盟的重点任务包括：南湖大学牵头建设菌种资源库。")
    assert not has_relation(g, "南湖大学", "PART_OF", "浙江合成生物创新联盟")
    assert not has_relation(g, "南湖大学", "MEMBER_OF", "浙江合成生物创新联盟")


def test_count_after_quoted_schemes_is_no_part_of_the_last_name() -> None:
    g = build("創新科技署推出「企業支援計劃」及「大學科技初創企業資助計劃」兩項計劃，支持本地初創企業。")
    assert "大学科技初创企业资助计划" in names(g)
    assert not any(n.endswith("两项计划") for n in names(g))


def test_alliance_made_of_members_traditional_news() -> None:
    g = build("據了解，嶺南醫學創新聯盟由南湖醫院、北辰醫院及佛山康寧醫院共同組成，每年輪流主辦年會。")
    for m in ("南湖医院", "北辰医院", "佛山康宁医院"):
        assert has_relation(g, m, "MEMBER_OF", "岭南医学创新联盟"), m
        assert not has_relation(g, m, "PART_OF", "岭南医学创新联盟"), m


def test_working_group_made_of_agencies_policy() -> None:
    g = build("佛山市药品集中采购工作小组由佛山市医疗保障局、佛山市卫生健康局和佛山市市场监督管理局组成。")
    assert has_relation(g, "佛山市卫生健康局", "MEMBER_OF", "佛山市药品集中采购工作小组")


def test_both_members_written_with_tongwei() -> None:
    g = build("南湖大學與北辰大學同為粵港澳高校聯盟成員，兩校去年合辦暑期課程。")
    assert has_relation(g, "南湖大学", "MEMBER_OF", "粤港澳高校联盟")
    assert has_relation(g, "北辰大学", "MEMBER_OF", "粤港澳高校联盟")


def test_junwei_for_members_is_no_membership() -> None:
    g = build("南湖大学和北辰大学均为粤港澳高校联盟成员企业提供检测服务。")
    assert not has_relation(g, "南湖大学", "MEMBER_OF", "粤港澳高校联盟")


def test_unit_named_after_a_bracketed_campus_is_no_part_of_the_home_university() -> None:
    g = build("北辰大學（深圳）醫院與北辰大學合作培養醫生，雙方將共建臨床研究平台。")
    assert not has_relation(g, "北辰大学（深圳）医院", "PART_OF", "北辰大学")


def test_plan_including_a_park_has_no_park_for_a_part() -> None:
    g = build("北辰灣發展計劃（包括南湖科學園）預計於2030年完成。")
    assert not has_relation(g, "南湖科学园", "PART_OF", "北辰湾发展计划")


def test_plan_including_schemes_has_them_for_parts() -> None:
    g = build("“南湖人才计划”包括“青年学者项目”和“海外专家项目”，每年评审一次。")
    assert has_relation(g, "青年学者项目", "PART_OF", "南湖人才计划")


def test_member_bodies_listed_after_a_colon_plan() -> None:
    g = build("附件：惠州市数字医疗发展领导小组成员单位：惠州市发展和改革局、惠州市科学技术局、惠州市财政局。")
    for m in ("惠州市发展和改革局", "惠州市科学技术局", "惠州市财政局"):
        assert has_relation(g, m, "MEMBER_OF", "惠州市数字医疗发展领导小组"), m


def test_owner_de_governs_its_list_of_units_report() -> None:
    g = build("南湖大学的佛山再生医学研究中心和北辰生物材料研究中心去年共发表论文两百余篇。")
    assert has_relation(g, "佛山再生医学研究中心", "PART_OF", "南湖大学")
    assert has_relation(g, "北辰生物材料研究中心", "PART_OF", "南湖大学")


def test_owner_de_list_stops_at_another_kind_legco_trad() -> None:
    g = build("醫院管理局的藥物審議委員會、臨床倫理委員會及北辰醫院均有參與是次檢討。")
    assert has_relation(g, "临床伦理委员会", "PART_OF", "医院管理局")
    assert not has_relation(g, "北辰医院", "PART_OF", "医院管理局")


def test_owner_de_unit_then_partner_news() -> None:
    g = build("南湖大学的佛山再生医学研究中心与北辰医院签署合作协议。")
    assert not has_relation(g, "北辰医院", "PART_OF", "南湖大学")


def test_group_set_up_then_its_member_bodies_plan() -> None:
    g = build("成立惠州市生物医药产业发展领导小组，成员单位包括惠州市发展和改革局、惠州市科学技术局和惠州市财政局。")
    for m in ("惠州市发展和改革局", "惠州市科学技术局", "惠州市财政局"):
        assert has_relation(g, m, "MEMBER_OF", "惠州市生物医药产业发展领导小组"), m


def test_body_set_up_then_its_units_plan() -> None:
    g = build("惠州市组建惠州市医疗保障服务中心，下设惠州市医保结算科和惠州市医保稽核科。")
    assert has_relation(g, "惠州市医保稽核科", "PART_OF", "惠州市医疗保障服务中心")


def test_group_set_up_then_including_clause_is_no_list() -> None:
    g = build("我市成立惠州市生物医药产业发展领导小组，包括惠州市科学技术局在内的多个部门负责落实。")
    assert not has_relation(g, "惠州市科学技术局", "PART_OF", "惠州市生物医药产业发展领导小组")
    assert not has_relation(g, "惠州市科学技术局", "MEMBER_OF", "惠州市生物医药产业发展领导小组")


def test_bodies_taking_part_in_a_scheme_legco_trad() -> None:
    g = build("「社區藥物支援計劃」的參與機構包括南湖醫院及北辰醫院，首年預計惠及五千名病人。")
    for m in ("南湖医院", "北辰医院"):
        assert has_relation(g, m, "MEMBER_OF", "社区药物支援计划"), m
        assert not has_relation(g, m, "PART_OF", "社区药物支援计划"), m


def test_partners_listed_after_includes_are_no_parts_news() -> None:
    g = build("北辰醫學科技有限公司的合作夥伴包括：南湖醫院、佛山康寧醫院及南湖大學。")
    for m in ("南湖医院", "佛山康宁医院", "南湖大学"):
        assert not has_relation(g, m, "PART_OF", "北辰医学科技有限公司"), m
