"""Issuers and cited documents stated in ways the earlier ISSUED / REFERS_TO readings missed (helper s20c).

Every text here is invented for the test: a notice whose title carries out a law, a policy asking for another
document's revision, places listed by their one-character names as co-issuers, and a report whose later clause
opens with a dated 于 or 此后 and keeps the subject of the clause before.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

IMPLEMENTING_NOTICE = """东岭省人民政府办公厅关于做好科研经费管理工作的通知

各市人民政府：

各单位要认真执行《东岭省人民政府关于印发实施〈东岭省促进科技成果转化条例〉若干规定的通知》，简化审批程序。
"""

REVISION_ASKED = """东岭省人民政府办公厅关于做好科研经费管理工作的通知

各市人民政府：

省财政厅牵头，年底前对《东岭省公共资产处置办法》提出修订意见，压减评估时限。
"""

AID_FOR_UNLISTED = """南湖市人民政府关于促进创新药发展的若干措施

各区人民政府：

对尚未纳入南湖市医保药品目录的新药，给予一次性奖励。
"""


def test_a_title_that_carries_out_a_law_refers_to_the_law():
    g = build(IMPLEMENTING_NOTICE, "implementing-notice.txt")
    assert has_relation(
        g,
        "东岭省人民政府关于印发实施〈东岭省促进科技成果转化条例〉若干规定的通知",
        "REFERS_TO",
        "东岭省促进科技成果转化条例",
    )


def test_a_report_citing_an_opinion_that_carries_out_a_law_links_the_two():
    g = build("东岭省人民政府于2019年出台《关于贯彻实施〈东岭省中医药条例〉的意见》，细化了审批要求。", "report.txt")
    assert has_relation(g, "关于贯彻实施〈东岭省中医药条例〉的意见", "REFERS_TO", "东岭省中医药条例")
    assert has_relation(g, "东岭省人民政府", "ISSUED", "关于贯彻实施〈东岭省中医药条例〉的意见")


def test_a_policy_asking_for_a_revision_refers_to_the_document_revised():
    g = build(REVISION_ASKED, "revision-notice.txt")
    assert has_relation(g, "东岭省人民政府办公厅关于做好科研经费管理工作的通知", "REFERS_TO", "东岭省公共资产处置办法")


def test_about_before_a_clause_is_not_a_citation():
    g = build(AID_FOR_UNLISTED, "measures.txt")
    assert "南湖市人民政府关于促进创新药发展的若干措施" in names(g)  # the document itself is there to cite anything
    assert not any(r.type == "REFERS_TO" for r in g.relations)


def test_places_listed_by_one_character_names_issue_the_plan_they_draft():
    g = build("《协议》提出，国家发展和改革委员会、粤、港、澳四方共同编制《南湖湾区城市群发展规划》。", "report.txt")
    for place in ("广东", "香港", "澳门"):
        assert has_relation(g, place, "ISSUED", "南湖湾区城市群发展规划"), place


def test_a_dated_clause_after_an_apposition_keeps_the_subject():
    g = build("东岭大学作为首批试点高校，于2016年发布了《东岭大学科技成果转化管理办法》。", "report.txt")
    assert has_relation(g, "东岭大学", "ISSUED", "东岭大学科技成果转化管理办法")


def test_a_later_clause_opened_by_since_then_keeps_the_subject():
    g = build("1980年，芬兰颁布《芬兰专利法》，此后又颁布了《芬兰技术创新法》。", "report.txt")
    assert has_relation(g, "芬兰", "ISSUED", "芬兰技术创新法")


def test_a_government_devising_a_scheme_issues_it():
    g = build("規劃署在策劃「南湖新市鎮發展計劃」時，已預留土地興建醫院。", "legco-trad.txt")
    assert has_relation(g, "规划署", "ISSUED", "南湖新市镇发展计划")


def test_devising_an_event_is_not_issuing_it():
    g = build("东岭市科学技术局策划了“东岭国际医学创新论坛”，邀请多国专家出席。", "news.txt")
    assert not any(r.type == "ISSUED" for r in g.relations)


LEGCO_REPLY = "李大文議員：主席，香港特區政府可否告知本會：\n教育局局長：主席，{}"


def test_a_clause_that_only_sets_money_aside_carries_its_subject_to_the_scheme():
    g = build(LEGCO_REPLY.format("政府已預留100億元，推行「南湖專業課程資助計劃」。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖专业课程资助计划")


def test_an_announcement_of_a_scheme_from_a_starting_year_is_the_announcers():
    g = build(LEGCO_REPLY.format("政府宣布，由2019/20學年起推出「南湖研究生獎學金計劃」。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖研究生奖学金计划")
    g = build("东岭市科学技术局宣布，自2024年起实施“东岭科技人才计划”。", "news.txt")
    assert has_relation(g, "东岭市科学技术局", "ISSUED", "东岭科技人才计划")


def test_an_agent_after_you_is_not_a_starting_date():
    g = build("东岭市科学技术局表示，由南湖大学发起成立东岭生物医药创新联盟。", "news.txt")
    assert not has_relation(g, "东岭市科学技术局", "FOUNDED", "东岭生物医药创新联盟")


def test_a_run_of_like_acts_keeps_the_subject_written_once():
    g = build(
        "2015年以来，东岭省科学技术厅相继修订《东岭省技术市场管理办法》，出台《东岭省技术转移机构评价规范》，"
        "印发《东岭省技术转移行动方案》。",
        "report.txt",
    )
    for title in ("东岭省技术市场管理办法", "东岭省技术转移机构评价规范", "东岭省技术转移行动方案"):
        assert has_relation(g, "东岭省科学技术厅", "ISSUED", title), title
    # two acts on two documents: the revised one is not cited by the one issued after it
    assert not has_relation(g, "东岭省技术转移机构评价规范", "REFERS_TO", "东岭省技术市场管理办法")


def test_like_acts_joined_by_a_list_mark_keep_the_subject():
    g = build("欧盟委员会先后启动了“南湖合成生物学计划”、制定了《欧洲生物经济战略》。", "report.txt")
    assert has_relation(g, "欧盟委员会", "ISSUED", "欧洲生物经济战略")


def test_a_clause_of_another_kind_hands_nothing_over_a_bare_comma():
    g = build("东岭市科学技术局表示，出台《东岭市科技金融十条》是企业的共同呼声。", "news.txt")
    assert not has_relation(g, "东岭市科学技术局", "ISSUED", "东岭市科技金融十条")


def test_a_council_named_after_its_country_passes_the_policy_not_the_country():
    g = build("2016年，芬兰科学技术政策会议通过《国立研究机构改革基本方针》，合并了多家机构。", "report.txt")
    assert not has_relation(g, "芬兰", "ISSUED", "国立研究机构改革基本方针")
    g = build("2016年，芬兰通过《国立研究机构改革基本方针》，合并了多家机构。", "report.txt")
    assert has_relation(g, "芬兰", "ISSUED", "国立研究机构改革基本方针")


def test_an_announcement_made_in_ones_own_address_issues_the_address():
    g = build(LEGCO_REPLY.format("行政長官在2017年《施政報告》宣布設立「南湖研究基金」。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区行政长官", "ISSUED", "施政报告")


CAPTIONED = """# 南湖創新基金成效如何

香港政府近年積極推動創新科技發展，在香港投入大量資源，香港的科研實力有所提升。

### 南湖創新基金

南湖科技局局長前日會見傳媒，介紹新一年度的研發資助。李大文攝

2003年，政府一次過撥出30億元，成立了南湖創新基金，扶持本地研發。
"""


def test_a_photo_credit_closes_its_caption_line():
    from policykg.loaders.normalize import normalize_text

    text = normalize_text(CAPTIONED).text
    assert "李大文摄\n" in text
    g = build(CAPTIONED, "hk_opinion_fund.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖创新基金")


def test_a_scheme_launched_under_a_fund_is_the_governments_not_the_funds():
    g = build(LEGCO_REPLY.format("政府在「南湖研究基金」下推出「南湖青年學者計劃」。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖青年学者计划")


def test_the_government_after_a_frame_or_a_copula_is_the_regions_government():
    g = build(LEGCO_REPLY.format("在政府推出「南湖青年學者計劃」後，申請人數大增。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖青年学者计划")
    g = build(LEGCO_REPLY.format("「南湖青年學者計劃」是政府在2018年推出的。"), "hk_legco_reply.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "南湖青年学者计划")
