"""Programmes and events across genres (issue #10): edition words, schemes named after a launching verb,
what runs under a scheme, and the strand of a programme written A之B. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def _typed(text: str, file: str = "doc.txt") -> dict[str, str]:
    return {n: e.type for n, e in names(build(text, file)).items()}


def test_edition_word_before_an_event_is_not_its_name() -> None:
    g = build("江城市商务委员会成功举办第六届江城国际医疗器械博览会，吸引了三百家企业参展。")
    assert {e.name: e.type for e in g.entities}.get("江城国际医疗器械博览会") == "Event"
    # the edition is no name of its own; the form written with it stays the event's alias (s23g)
    assert "第六届江城国际医疗器械博览会" not in {e.name for e in g.entities}
    assert names(g)["第六届江城国际医疗器械博览会"].name == "江城国际医疗器械博览会"


def test_edition_with_arabic_number_in_news() -> None:
    got = _typed("第2届南湖生物医药创新论坛昨日在佛山开幕，多位院士出席。", "news.txt")
    assert got.get("南湖生物医药创新论坛") == "Event"


def test_edition_in_traditional_legco_reply() -> None:
    g = build("香港科技園公司舉辦的第八屆香港創新科技博覽會吸引了逾百家企業參展。", "legco.txt")
    assert names(g).get("香港创新科技博览会") is not None
    assert has_relation(g, "香港科技园公司", "ORGANIZES", "香港创新科技博览会")


def test_scheme_named_after_a_launching_verb_in_a_work_report() -> None:
    got = _typed("今年将持续推进东岭外资伙伴计划、跨国公司研发中心提升计划，稳住外资基本盘。", "plan.txt")
    assert got.get("东岭外资伙伴计划") == "Program"


def test_scheme_pushed_forward_in_a_traditional_reply() -> None:
    got = _typed("政府會積極推進再工業化資助計劃，協助廠商在港設立智能生產線。", "legco.txt")
    assert got.get("再工业化资助计划") == "Program"


def test_kinds_after_a_quantifier_stay_generic() -> None:
    got = _typed("鼓励企业参加各类创新创业大赛，积极申报相关项目和各种人才计划。", "plan.txt")
    assert not any(t in ("Program", "Event") for t in got.values())


def test_kind_of_competition_in_a_traditional_reply_stays_generic() -> None:
    got = _typed("政府會繼續資助初創企業參與各類國際科技比賽及各項創業大賽。", "legco.txt")
    assert not any(t == "Event" for t in got.values())


def test_planning_verb_is_not_a_scheme() -> None:
    got = _typed("市政府计划下月推出新一轮产业扶持措施。", "news.txt")
    assert not any(t == "Program" for t in got.values())


def test_what_runs_under_a_scheme_names_the_scheme() -> None:
    got = _typed("在创新及科技支援计划下，由研发中心进行的项目共有25个。", "report.txt")
    assert got.get("创新及科技支援计划") == "Program"


def test_strand_of_a_programme_is_issued_too() -> None:
    text = "2019年起，佛山市科学技术局设立了“南湖创新专项”之粤港联合研发项目，每年支持一批合作研究。"
    g = build(text, "reply.txt")
    assert has_relation(g, "佛山市科学技术局", "ISSUED", "粤港联合研发项目")
    assert has_relation(g, "佛山市科学技术局", "ISSUED", "南湖创新专项")
    assert has_relation(g, "粤港联合研发项目", "PART_OF", "南湖创新专项")


def test_strand_of_a_programme_is_joined_too() -> None:
    g = build("南湖大学去年入选“科技创新行动计划”之“长三角合作专项”。", "news.txt")
    assert has_relation(g, "南湖大学", "MEMBER_OF", "长三角合作专项")


def test_scheme_under_a_fund_in_a_traditional_reply() -> None:
    g = build("創新及科技基金下的「企業支援計劃」每年資助逾百個研發項目。", "legco.txt")
    assert has_relation(g, "企业支援计划", "PART_OF", "创新及科技基金")


def test_quoted_name_said_to_be_a_scheme_of_a_fund() -> None:
    g = build("「研究人才庫」是創新及科技基金下的一項計劃，協助企業聘請研究人員。", "legco.txt")
    assert names(g)["研究人才库"].type == "Program"
    assert has_relation(g, "研究人才库", "PART_OF", "创新及科技基金")


def test_project_of_a_national_programme_in_a_report() -> None:
    g = build("“青年科学家项目”是国家重点研发计划下的一个项目，面向35岁以下的科研人员。", "report.txt")
    assert has_relation(g, "青年科学家项目", "PART_OF", "国家重点研发计划")


def test_quota_under_a_scheme_is_no_part() -> None:
    g = build("“青年科学家计划”下的资助名额今年增至五十个，南湖大学获得三个。", "news.txt")
    assert not [r for r in g.relations if r.type == "PART_OF"]


def test_scheme_that_funds_a_firm_in_a_traditional_reply() -> None:
    g = build("佛山康瑞生物科技有限公司獲科技券計劃資助，添置了新設備。", "legco.txt")
    assert has_relation(g, "科技券计划", "SUPPORTS", "佛山康瑞生物科技有限公司")


def test_company_planning_to_fund_is_no_scheme() -> None:
    got = _typed("南湖医药有限公司计划资助学生出国交流。", "news.txt")
    assert not any(t == "Program" for t in got.values())


def test_contest_named_with_saihui_in_a_work_report() -> None:
    g = build("佛山市科学技术局去年举办佛山国际创新创业赛会，吸引了两千个团队。", "plan.txt")
    assert has_relation(g, "佛山市科学技术局", "ORGANIZES", "佛山国际创新创业赛会")


def test_large_contest_of_a_kind_stays_generic() -> None:
    got = _typed("杭州市体育局积极承办大型体育赛会。", "news.txt")
    assert not any(t == "Event" for t in got.values())


def test_short_expo_name_opened_by_its_host_and_guoji() -> None:
    g = build("澳门特区政府今年举办澳门国际车博会，展出新能源汽车。", "news.txt")
    assert names(g)["澳门国际车博会"].type == "Event"
    assert "车博会" not in names(g) or names(g)["车博会"] is names(g)["澳门国际车博会"]


def test_kind_of_meeting_after_a_list_of_forums_stays_generic() -> None:
    got = _typed("江城市将继续办好佛山生物医药创新论坛、南湖医学峰会等重要会议论坛。", "plan.txt")
    assert got.get("佛山生物医药创新论坛") == "Event"
    assert "重要会议论坛" not in got


def test_activity_before_a_scheme_head_is_a_kind_in_a_traditional_reply() -> None:
    got = _typed("政府會邀請關愛基金考慮為病人提供藥物資助試驗計劃，並會檢討有關安排。", "legco.txt")
    assert "试验计划" not in got


def test_short_named_scheme_after_an_act_stays() -> None:
    g = build("教育部2020年启动强基计划，选拔有志于基础学科的学生。", "news.txt")
    assert has_relation(g, "中华人民共和国教育部", "ISSUED", "强基计划")


def test_quoted_accelerator_the_next_clause_calls_a_scheme() -> None:
    g = build("香港科技园公司与南湖大学合办“大湾区医疗科技加速器”，该计划已培育三十家企业。", "news.txt")
    assert names(g)["大湾区医疗科技加速器"].type == "Program"
    assert has_relation(g, "南湖大学", "ORGANIZES", "大湾区医疗科技加速器")


def test_quoted_lab_without_such_a_clause_stays_a_lab() -> None:
    g = build("南湖大学成立“佛山再生医学联合实验室”，去年发表了多篇论文。", "report.txt")
    assert names(g)["佛山再生医学联合实验室"].type == "Lab"


def test_fund_set_up_by_a_government_is_issued_by_it() -> None:
    g = build("香港特區政府於1999年成立創新及科技基金，資助本地研發項目。", "legco.txt")
    assert has_relation(g, "香港特别行政区政府", "ISSUED", "创新及科技基金")
    assert not has_relation(g, "香港特别行政区政府", "FOUNDED", "创新及科技基金")


def test_special_project_written_after_its_programme_is_joined_too() -> None:
    g = build("南湖大学等8家单位入选国家重点研发计划“海洋生物资源”重点专项。", "news.txt")
    assert has_relation(g, "南湖大学", "MEMBER_OF", "海洋生物资源重点专项")


def test_year_of_a_funding_round_is_not_in_the_fund_name() -> None:
    got = _typed("南湖大学获得2023年度国家自然科学基金面上项目资助。", "news.txt")
    assert not any(n.startswith("度") for n in got)


def test_quoted_campaign_right_after_the_act_that_runs_it() -> None:
    got = _typed("佛山市将深入实施“数字医疗+”行动，推动医院数字化转型。", "plan.txt")
    assert got.get("数字医疗+行动") == "Program" or got.get("“数字医疗+”行动") == "Program"


def test_quoted_activity_without_an_act_stays_out() -> None:
    got = _typed("市民积极响应“光盘”行动，餐厅浪费明显减少。", "news.txt")
    assert not any(t == "Program" for t in got.values())


def test_asking_for_approval_is_no_support_in_a_traditional_reply() -> None:
    g = build("創新科技署向立法會財務委員會尋求批准撥款，以推行新的資助計劃。", "legco.txt")
    assert not [r for r in g.relations if r.type == "SUPPORTS"]


def test_applying_for_funding_is_no_support() -> None:
    g = build("南湖大学向佛山市科学技术局申请资助，用于建设中试平台。", "news.txt")
    assert not [r for r in g.relations if r.type == "SUPPORTS"]


def test_research_grants_council_scheme_is_a_programme() -> None:
    g = build("研究資助局去年透過優配研究金資助了逾千個項目。", "legco.txt")
    assert names(g)["优配研究金"].type == "Program"
    assert not any("项目" in n for n in names(g))
    g = build("研究資助局於2000年設立協作研究金，鼓勵院校合作。", "legco.txt")
    assert has_relation(g, "研究资助局", "ISSUED", "协作研究金")


def test_quoted_item_listed_after_a_quoted_scheme_in_a_traditional_reply() -> None:
    g = build("創新科技署在2018年推出「科技人才入境計劃」和「博士專才庫」。", "legco.txt")
    assert has_relation(g, "创新科技署", "ISSUED", "博士专才库")


def test_quoted_word_opening_a_phrase_after_a_scheme_is_no_scheme() -> None:
    got = _typed("佛山市将推进“千万工程”和“百千万”示范，带动乡村振兴。", "plan.txt")
    assert "百千万" not in got


def test_list_of_a_scheme_names_the_scheme() -> None:
    g = build("佛山康瑞生物科技有限公司入选2023年度佛山市瞪羚企业培育计划名单。", "news.txt")
    assert has_relation(g, "佛山康瑞生物科技有限公司", "MEMBER_OF", "佛山市瞪羚企业培育计划")


def test_joining_a_scheme_in_a_report() -> None:
    g = build("南湖医药有限公司于2022年入选佛山市领军企业培育计划，获得研发补贴。", "report.txt")
    assert has_relation(g, "南湖医药有限公司", "MEMBER_OF", "佛山市领军企业培育计划")


def test_angel_fund_company_keeps_its_whole_name() -> None:
    g = build("深圳市天使投资引导基金有限公司投资了南湖医药有限公司。", "news.txt")
    assert has_relation(g, "深圳市天使投资引导基金有限公司", "INVESTED_IN", "南湖医药有限公司")
