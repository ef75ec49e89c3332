"""Extraction on small invented documents that pin the hard cases, plus a seed-level regression floor."""

from __future__ import annotations

import pytest
from extract.helpers import build

from policykg.graph.algorithms.merge import merge_graphs
from policykg.loaders.pipeline import load_document
from policykg.model import DocumentGraph

SH_HEADER = "上海市科学技术委员会\n沪科提复〔2023〕7号\n对市政协某次会议第0001号提案的答复\n李明委员：\n"
SZ_HEADER = "深圳市科技创新委员会\n深科提复〔2023〕3号\n对市政协某次会议第0002号提案的答复\n王强委员：\n"


def by_name(g: DocumentGraph) -> dict:
    """Entities by canonical name and by every alias (agencies resolve to their official names)."""
    out = {e.name: e for e in g.entities}
    for e in g.entities:
        for a in e.aliases:
            out.setdefault(a, e)
    return out


def rels(g: DocumentGraph) -> set[tuple[str, str, str]]:
    """(head, type, tail) for every relation, with each end written by its name or any alias."""
    forms = {e.id: [e.name] + list(e.aliases) for e in g.entities}
    return {(h, r.type, t) for r in g.relations for h in forms[r.head] for t in forms[r.tail]}


# ------------------------------------------------------------------ entities


def test_parenthesised_company_name_with_short_alias():
    g = build(
        SH_HEADER + "由香港明德集团在沪投资设立的明德生物科技（上海）有限公司（明德生物）入选首批名单。"
        "明德生物研发的安立替尼片已经获批上市。"
    )
    ents = by_name(g)
    assert "明德生物科技（上海）有限公司" in ents
    assert "明德生物" in ents["明德生物科技（上海）有限公司"].aliases
    assert "明德生物" not in {e.name for e in g.entities}  # the short form is an alias, not a second company
    r = rels(g)
    assert ("香港明德集团", "FOUNDED", "明德生物科技（上海）有限公司") in r
    assert ("明德生物科技（上海）有限公司", "LOCATED_IN", "上海") in r
    assert ("明德生物科技（上海）有限公司", "DEVELOPED", "安立替尼片") in r


def test_names_broken_by_pdf_line_wraps_are_whole_after_normalising():
    body = (
        "近年来两地交流不断深化并取得积极成效。2022年，深圳市政府与香港科技大学签署了合作备忘录，双方将一同推进医学研究，"
        "并在河套地区建设联合研究平台，为青年科研人员提供更多的机会和更好的条件，推动成果转化和产业发展。"
    )
    # hard-wrapped every 18 characters with blank lines between, as PDF extractions are (breaks inside names)
    raw = "\n\n".join(body[i : i + 18] for i in range(0, len(body), 18)) + "\n"
    assert "香港科技大" in raw and "香港科技大学" not in raw
    g = build(raw)
    ents = by_name(g)
    assert "深圳市人民政府" in ents and "深圳市政府" in ents["深圳市人民政府"].aliases
    assert "香港科技大学" in ents
    assert ("香港科技大学", "COOPERATES_WITH", "深圳市人民政府") in rels(g) or (
        "深圳市人民政府",
        "COOPERATES_WITH",
        "香港科技大学",
    ) in rels(g)


def test_a_sentence_broken_after_a_conjunction_keeps_its_links():
    # a paragraph a line, as text copied from a page is, with one sentence broken after 与 (no column to wrap at)
    g = build(SZ_HEADER + "青禾市人民政府与\n东岭大学签署战略合作协议，共建临床研究平台。\n三、下一步工作\n")
    pairs = {(h, t) for h, kind, t in rels(g) if kind == "COOPERATES_WITH"}
    assert ("青禾市人民政府", "东岭大学") in pairs or ("东岭大学", "青禾市人民政府") in pairs


def test_english_and_mixed_names():
    g = build("牛津大学在深圳设立了研究平台 Oxford Health Hub，面向全球招募团队。")
    ents = by_name(g)
    assert ents["Oxford Health Hub"].type == "Platform"
    r = rels(g)
    assert ("牛津大学", "FOUNDED", "Oxford Health Hub") in r
    assert ("Oxford Health Hub", "LOCATED_IN", "深圳") in r


def test_quoted_programme_issued_by_resolved_agency():
    g = build(SH_HEADER + "2019年，市科委设立了“星火青年科学家计划”，资助青年人才。")
    ents = by_name(g)
    assert ents["星火青年科学家计划"].type == "Program"
    assert "市科委" in ents["上海市科学技术委员会"].aliases
    assert ("上海市科学技术委员会", "ISSUED", "星火青年科学家计划") in rels(g)


def test_cas_institute_abbreviation_and_cooperation():
    g = build("中科院上海药物所与复旦大学开展了多年的合作。")
    ents = by_name(g)
    assert "中科院上海药物所" in ents["中国科学院上海药物研究所"].aliases
    r = rels(g)
    assert ("中国科学院上海药物研究所", "COOPERATES_WITH", "复旦大学") in r or (
        "复旦大学",
        "COOPERATES_WITH",
        "中国科学院上海药物研究所",
    ) in r


def test_coordination_gives_each_member():
    g = build("本市支持瑞金仁心医院、金山德馨医院和闵行博爱医院建设研究型病房。")
    ents = by_name(g)
    assert {"瑞金仁心医院", "金山德馨医院", "闵行博爱医院"} <= set(ents)
    assert all(ents[n].type == "Hospital" for n in ("瑞金仁心医院", "金山德馨医院", "闵行博爱医院"))


def test_shared_suffix_coordination_names_two_centres():
    g = build(
        "国家药监局药品审评检查华南分中心开展审评。推进国家药监局药品、医疗器械审评检查华南分中心建设，提升服务能力。"
    )
    ents = by_name(g)
    assert "国家药监局药品审评检查华南分中心" in ents
    assert "国家药监局医疗器械审评检查华南分中心" in ents
    r = rels(g)
    assert ("国家药监局医疗器械审评检查华南分中心", "PART_OF", "国家药品监督管理局") in r
    assert "国家药监局" in ents["国家药品监督管理局"].aliases


def test_relative_agency_names_follow_the_issuer_city():
    sh = build(SH_HEADER + "我委会同市卫生健康委推进工作，本市将继续支持市政府部署。", "sh.txt")
    sz = build(SZ_HEADER + "我委会同市卫生健康委推进工作，本市将继续落实市政府部署。", "sz.txt")
    sh_e, sz_e = by_name(sh), by_name(sz)
    assert sh.document.region == "上海" and sz.document.region == "深圳"
    assert "市卫生健康委" in sh_e["上海市卫生健康委员会"].aliases
    assert "市卫生健康委" in sz_e["深圳市卫生健康委员会"].aliases
    assert "我委" in sh_e["上海市科学技术委员会"].aliases
    assert "我委" in sz_e["深圳市科技创新委员会"].aliases
    assert "本市" in sh_e["上海"].aliases and "本市" in sz_e["深圳"].aliases
    assert "上海市人民政府" in sh_e and "深圳市人民政府" in sz_e
    assert ("上海市卫生健康委员会", "COOPERATES_WITH", "上海市科学技术委员会") in rels(sh) or (
        "上海市科学技术委员会",
        "COOPERATES_WITH",
        "上海市卫生健康委员会",
    ) in rels(sh)


def test_traditional_document_gets_simplified_names_and_traditional_aliases():
    g = build("創新科技署與香港科技大學簽署合作協議，共同推動生物醫藥研究。")
    ents = by_name(g)
    assert "香港科技大学" in ents
    assert "香港科技大學" in ents["香港科技大学"].aliases
    assert "创新科技署" in ents and "創新科技署" in ents["创新科技署"].aliases
    for e in g.entities:
        for a in e.aliases:
            assert a in g.document.original_text


def test_a_traditional_documents_evidence_and_title_are_as_written():
    g = build("立法會五題：推動醫療創新\n創新科技署與香港科技大學簽署合作協議，共同推動生物醫藥研究。\n")
    assert g.document.title == "立法會五題：推動醫療創新"
    assert g.relations and all(r.evidence.text in g.document.original_text for r in g.relations)
    assert any("香港科技大學" in r.evidence.text for r in g.relations)


def test_same_entity_in_two_documents_has_one_id():
    a = build("复旦大学与香港大学签署合作协议。", "a.txt")
    b = build("香港大学和浙江大学开展联合研究。", "b.txt")
    ida = by_name(a)["香港大学"].id
    idb = by_name(b)["香港大学"].id
    assert ida == idb
    snap = merge_graphs([a, b])
    rec = snap.entity_by_id()[ida]
    assert rec.docs == ["a.txt", "b.txt"]


def test_generic_mentions_are_not_entities():
    g = build("支持医疗机构、高校和企业开展合作，鼓励龙头企业建设开放式创新平台，推动科研院所与上市公司对接。")
    names = set(by_name(g))
    for generic in ("医疗机构", "高校", "企业", "龙头企业", "开放式创新平台", "科研院所", "上市公司"):
        assert generic not in names


# ------------------------------------------------------------------ relations, one trigger each


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SH_HEADER + "2021年，市科委印发《上海市科技创新券管理实施办法》。",
            ("上海市科学技术委员会", "ISSUED", "上海市科技创新券管理实施办法"),
        ),
        ("复旦大学与香港大学签署合作协议。", ("复旦大学", "COOPERATES_WITH", "香港大学")),
        ("浦江生物集团成立启明创新中心和星河孵化器，服务初创团队。", ("浦江生物集团", "FOUNDED", "星河孵化器")),
        ("深圳星光医院是由深圳市政府全额投资的公立医院。", ("深圳市人民政府", "INVESTED_IN", "深圳星光医院")),
        ("远航药业有限公司研发的安立替尼片获批上市。", ("远航药业有限公司", "DEVELOPED", "安立替尼片")),
        ("明德生物科技有限公司落户临港，建设研发基地。", ("明德生物科技有限公司", "LOCATED_IN", "临港新片区")),
        (SH_HEADER + "市科委支持华东理工大学建设联合研究平台。", ("上海市科学技术委员会", "SUPPORTS", "华东理工大学")),
        (
            SH_HEADER + "市卫生健康委举办首届“杏林杯”医学创新大赛。",
            ("上海市卫生健康委员会", "ORGANIZES", "杏林杯医学创新大赛"),
        ),
        ("依托复旦大学，本市于2020年成立了“脑科学转化平台”。", ("脑科学转化平台", "RELIES_ON", "复旦大学")),
        ("华南检测中心加入亚洲临床试验联盟。", ("华南检测中心", "MEMBER_OF", "亚洲临床试验联盟")),
        (
            "根据《中华人民共和国药品管理法》，本市制定了《上海市药品监督实施细则》。",
            ("上海市药品监督实施细则", "REFERS_TO", "中华人民共和国药品管理法"),
        ),
        (SH_HEADER + "市科委设立了“创新行动计划”之“国际合作项目”。", ("国际合作项目", "PART_OF", "创新行动计划")),
    ],
)
def test_trigger_gives_relation_with_direction(text, expected):
    r = rels(build(text))
    assert expected in r
    if expected[1] != "COOPERATES_WITH":
        assert (expected[2], expected[1], expected[0]) not in r


def test_responsible_units_point_at_the_documents_own_policy():
    text = (
        "上海市人民政府办公厅文件\n沪府办规〔2023〕5号\n上海市人民政府办公厅关于印发\n《上海市促进合成生物产业发展的若干措施》的通知\n"
        "各区人民政府：\n现将《上海市促进合成生物产业发展的若干措施》印发给你们，请认真执行。\n"
        "一、支持建设中试平台。对符合条件的项目给予补助。（责任单位：市科委、市经济信息化委、市财政局）\n"
        "本措施自2023年5月1日起施行。\n"
    )
    g = build(text)
    assert g.document.doc_type == "policy"
    r = rels(g)
    policy = "上海市促进合成生物产业发展的若干措施"
    for agency in ("上海市经济和信息化委员会", "上海市科学技术委员会", "上海市财政局"):
        assert (agency, "RESPONSIBLE_FOR", policy) in r
    assert ("上海市人民政府办公厅", "ISSUED", policy) in r
    assert "本措施" in by_name(g)[policy].aliases


def test_no_relation_without_a_trigger():
    g = build("复旦大学、香港大学、浙江大学都在名单上。")
    assert not g.relations


def test_evidence_is_an_exact_substring_of_the_text():
    g = build(SH_HEADER + "市科委会同市卫生健康委举办了“浦江医学论坛”，复旦大学与香港大学签署合作协议。")
    assert g.relations
    for r in g.relations:
        ev = r.evidence
        assert g.document.text[ev.start : ev.end] == ev.text
        assert len(ev.text) <= 160


# ------------------------------------------------------------------ the seeds, scored


def test_hong_kong_reply_quotes_abbreviations_and_co_organisers():
    text = (
        "立法會五題：推動醫療創新\n以下是今日在立法會會議上何家明議員的提問和醫務衞生局局長的答覆：\n答覆：\n主席：\n"
        "　　政府計劃籌建「香港創新藥物評審中心」（藥審中心）。藥審中心將與國家藥品監督管理局加強合作。"
        "香港科技園公司與數碼港合辦「亞洲醫療科技峰會」，支援本港初創企業。\n"
    )
    g = build(text, "hk.txt")
    ents = by_name(g)
    assert g.document.script == "traditional" and g.document.region == "香港"
    centre = ents["香港创新药物评审中心"]
    assert "藥審中心" in centre.aliases and "香港創新藥物評審中心" in centre.aliases
    assert "本港" in ents["香港"].aliases
    r = rels(g)
    assert ("香港科技园公司", "ORGANIZES", "亚洲医疗科技峰会") in r
    assert ("數碼港", "ORGANIZES", "亚洲医疗科技峰会") in r  # 数码港 resolves to its company (HK table)
    assert ("国家药品监督管理局", "COOPERATES_WITH", "香港创新药物评审中心") in r or (
        "香港创新药物评审中心",
        "COOPERATES_WITH",
        "国家药品监督管理局",
    ) in r
    assert by_name(g)["医务卫生局"].type == "Agency"


def test_bibliography_of_a_report_is_not_mined():
    body = (
        "。".join(["深圳湾实验室与香港大学开展合作研究"] * 40)
        + "。\n参考文献\n[1] 王某. 大湾区生物医药研究[J]. 华南创新论坛, 2020.\n"
    )
    g = build(body, "report.txt")
    names = set(by_name(g))
    assert "深圳湾实验室" in names
    assert not any("论坛" in n for n in names)


# ------------------------------------------------------------------ held-out genres (invented documents)

HK_LEGCO_REPLY = (
    "立法會十三題：推動生物醫藥科研發展\n"
    "以下是今日（十一月八日）在立法會會議上周明德議員的提問和創新科技及工業局局長的書面答覆：\n"
    "問題：\n政府會否告知本會，當局推動生物醫藥研發的最新進展？\n答覆：\n主席：\n"
    "一、創新科技署透過「創新及科技基金」資助大學及科研機構進行研發。"
    "截至今年九月，基金已資助香港中文大學及香港理工大學共四十個生物醫藥項目。\n"
    "二、香港科技園公司與醫院管理局合作，在香港科學園設立臨床創新中心，推動醫療科技轉化。\n"
    "三、衞生署會同醫院管理局舉辦「智慧醫療研討會」，邀請業界參與。\n"
)


def test_hong_kong_legco_reply_in_traditional_script():
    g = build(HK_LEGCO_REPLY, "hk_reply.txt")
    d = g.document
    assert (d.region, d.doc_type, d.script) == ("香港", "reply", "traditional")
    assert d.issuer == "创新科技及工业局" and d.addressees == ["周明德"]
    ents = by_name(g)
    assert ents["创新科技署"].type == "Agency" and "創新科技署" in ents["创新科技署"].aliases
    assert "衞生署" in ents["卫生署"].aliases and ents["医院管理局"].type == "Agency"
    assert ents["创新及科技基金"].type == "Program"  # 「」-quoted fund name
    assert ents["智慧医疗研讨会"].type == "Event"
    assert ents["香港中文大学"].type == ents["香港理工大学"].type == "University"
    assert ents["香港科技园公司"].type == "Company"
    assert not [n for n in ents if "四十" in n or n.endswith("项目")]  # a counted phrase is not a name
    r = rels(g)
    assert ("卫生署", "ORGANIZES", "智慧医疗研讨会") in r and ("医院管理局", "ORGANIZES", "智慧医疗研讨会") in r
    assert {
        ("香港科技园公司", "COOPERATES_WITH", "医院管理局"),
        ("医院管理局", "COOPERATES_WITH", "香港科技园公司"),
    } & r


REPORT_BODY = (
    "本研究发现，上海市经济和信息化委员会联合上海市卫生健康委员会发布了《上海市促进细胞治疗科技创新与产业发展行动方案》，"
    "支持复旦大学附属中山医院建设细胞治疗临床研究中心。同时，上海交通大学与中国科学院上海药物研究所共建联合实验室，"
    "由复星医药投资设立的青禾细胞科技（上海）有限公司落户张江科学城，研发了多款细胞治疗产品。"
)


def _pdf_report_pages(body: str, header: str, width: int = 22, per_page: int = 3) -> str:
    """Hard line breaks every ``width`` characters, a running header and a page number on every page."""
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    out: list[str] = []
    for k in range(0, len(lines), per_page):
        out += [header] + lines[k : k + per_page] + [f"- {k // per_page + 1} -"]
    return "\n".join(out)


def test_pdf_converted_report_with_running_header_and_hard_breaks():
    raw = _pdf_report_pages(REPORT_BODY, "青禾生物医药产业研究报告")
    assert "上海交通大学" not in raw.replace("\n", "") or "交通大" in raw  # names really are cut by the layout
    g = build(raw, "report.txt")
    assert REPORT_BODY in g.document.text  # header, page numbers and line breaks gone
    ents = by_name(g)
    assert not [n for n in ents if "报告" in n]
    assert ents["上海交通大学"].type == "University"
    assert ents["中国科学院上海药物研究所"].type == "ResearchInstitute"
    assert ents["青禾细胞科技（上海）有限公司"].type == "Company"
    assert ents["上海市促进细胞治疗科技创新与产业发展行动方案"].type == "Policy"
    r = rels(g)
    policy = "上海市促进细胞治疗科技创新与产业发展行动方案"
    assert ("上海市经济和信息化委员会", "ISSUED", policy) in r and ("上海市卫生健康委员会", "ISSUED", policy) in r
    assert {
        ("上海交通大学", "COOPERATES_WITH", "中国科学院上海药物研究所"),
        ("中国科学院上海药物研究所", "COOPERATES_WITH", "上海交通大学"),
    } & r
    assert ("复星医药", "FOUNDED", "青禾细胞科技（上海）有限公司") in r
    assert ("青禾细胞科技（上海）有限公司", "LOCATED_IN", "张江科学城") in r


def test_pdf_report_footnote_inside_a_sentence_does_not_split_a_relation():
    body = (
        "青禾研究院在二〇二二年度生物医药产业报告中指出，近年来临床研究体系建设持续加快，上海市科学技术委员会于二〇二一年"
        "认定复旦大学附属华山医院为市级临床研究示范中心，并支持其开展多中心临床试验，推动研究型病房建设和临床研究人才培养，"
        "示范中心在新药早期临床试验和医疗器械注册检验等方面发挥了带动作用，服务能力逐年提升。"
    )
    cut = body.index("认定") + 1  # the page ends between 认 and 定
    width = 20
    first = [body[max(0, i - width) : i] for i in range(cut, 0, -width)][::-1]  # a full line ends the page
    rest = [body[i : i + width] for i in range(cut, len(body), width)]
    raw = "\n".join(first + ["", "①  示范中心名单见市科委官方网站。", ""] + rest) + "\n"
    assert "认定" not in raw
    g = build(raw, "report2.txt")
    assert body in g.document.text
    assert "①示范中心名单见市科委官方网站。" in g.document.text.split("\n")
    assert ("上海市科学技术委员会", "SUPPORTS", "复旦大学附属华山医院") in rels(g)


# ------------------------------------------------------------------ names the lexicon does not know (general rules)

GREEN_HEADER = "上海市绿化和市容管理局\n沪绿容提复〔2023〕5号\n对市政协某次会议第0003号提案的答复\n赵敏委员：\n"


def test_unknown_agency_short_forms_are_found_and_join_the_full_name():
    g = build(
        GREEN_HEADER + "2021年，市绿化市容局联合市水务局、市爱卫办制定了《林荫道建设导则》。"
        "（责任单位：市绿化市容局、市水务局、市财政局）"
    )
    ents = by_name(g)
    full = ents["上海市绿化和市容管理局"]
    assert "市绿化市容局" in full.aliases  # short form resolved to the issuer's full name
    for short in ("上海市水务局", "上海市爱卫办", "上海市财政局"):  # 财政局 is a bureau although it ends in 政局
        assert ents[short].type == "Agency"
    assert "市政协" in {a for e in g.entities for a in [e.name] + e.aliases}
    r = rels(g)
    assert ("上海市水务局", "COOPERATES_WITH", "上海市绿化和市容管理局") in r or (
        "上海市绿化和市容管理局",
        "COOPERATES_WITH",
        "上海市水务局",
    ) in r
    assert not [n for n in ents if "联合" in n]  # 联合 ends the name before it


def test_short_form_rule_leaves_verbs_and_ordinary_words_alone():
    g = build("本届大会在上海举办，市场局面稳定，全市布局合理，区里办事方便。")
    assert not [e.name for e in g.entities if e.type == "Agency"]


def test_agency_name_is_cut_at_its_jurisdiction_and_lists_type_their_members():
    g = build(
        "这项改革涉及国家文物局、民政部、交通运输部、国家体育总局等多个部门。根据国家文物局和文旅部联合发布的《文物保护指引》推进。"
    )
    ents = by_name(g)
    for name in ("国家文物局", "民政部", "交通运输部", "国家体育总局", "文旅部"):
        assert ents[name].type == "Agency", name
    assert not [n for n in ents if n.startswith("涉及")]
    r = rels(g)
    assert ("文旅部", "ISSUED", "文物保护指引") in r


def test_agent_of_an_official_act_is_an_agency():
    g = build("该市拥有经民政部批准的青禾医学促进会，并设有被应急管理部认定的青禾安全研究院。")
    ents = by_name(g)
    assert ents["民政部"].type == "Agency" and ents["应急管理部"].type == "Agency"
    assert ("民政部", "SUPPORTS", "青禾医学促进会") in rels(g)


def test_place_list_members_and_leading_items_take_the_list_type():
    g = build(SH_HEADER + "市商务委会同周浦、航头、奉贤、金山等园区开展招商活动。")
    ents = by_name(g)
    assert ents["周浦"].type in ("Park", "Region") and ents["奉贤"].type in ("Park", "Region")
    # 航头 is also an ordinary word in the dictionary; a list item that is an ordinary word is not taken


def test_academy_institute_short_forms_and_exchange_and_expo_abbreviations():
    g = build("中科院昆明动物所与复旦大学开展合作。北交所于2021年推出新规则，多家企业参加服贸会。")
    ents = by_name(g)
    assert ents["中科院昆明动物所"].type == "ResearchInstitute"
    assert "中国科学院" not in ents  # the academy inside the institute's short form is not a mention
    assert ents["北交所"].type == "Platform" and ents["服贸会"].type == "Event"
    r = rels(g)
    assert ("中科院昆明动物所", "COOPERATES_WITH", "复旦大学") in r or (
        "复旦大学",
        "COOPERATES_WITH",
        "中科院昆明动物所",
    ) in r


def test_short_company_names_open_a_clause_with_a_company_act():
    g = build("国家基因库贡献了大量数据；华辰生物建立了大型细胞库，远川医药宣布完成融资。合成生物建立了新的范式。")
    ents = by_name(g)
    assert ents["华辰生物"].type == "Company" and ents["远川医药"].type == "Company"
    assert "合成生物" not in ents


def test_holding_company_first_in_an_enumeration():
    g = build("同时，鼓励华润控股、远东医药等沪上企业赴港上市。")
    ents = by_name(g)
    assert ents["华润控股"].type == "Company" and ents["远东医药"].type == "Company"


def test_city_variants_of_different_cities_stay_apart():
    g = build("北京大学深圳医院与香港大学深圳医院开展合作，香港大学深圳医院由深圳市政府全额投资。深圳政府积极支持。")
    ents = by_name(g)
    assert "北京大学深圳医院" in ents and "香港大学深圳医院" in ents
    assert (
        "深圳政府" in ents["深圳市人民政府"].aliases
        or "深圳政府" in ents.get("深圳市政府", ents["深圳市人民政府"]).aliases
    )


def test_unknown_parent_agency_of_shared_suffix_sub_centres():
    g = build("加快国家林草局种苗、花卉审评检查华东分中心建设，推进相关工作。")
    ents = by_name(g)
    b = "国家林草局花卉审评检查华东分中心"  # the second half gets the shared prefix
    assert b in ents and "花卉审评检查华东分中心" not in ents
    assert (b, "PART_OF", "国家林草局") in rels(g)  # the parent is an agency the rules found


def test_passive_marker_inside_a_name_is_not_a_passive():
    g = build(SH_HEADER.replace("对市政协", "对") + "（责任单位：市经济信息化委、上海医创办、市财政局）")
    assert not [r for r in g.relations if r.type == "FOUNDED"]
    assert by_name(g)["上海医创办"].type == "Agency"  # 创办 inside a name is not the verb


def _cands(cs) -> list[tuple]:
    return [(c.start, c.end, c.text, c.type, c.rule, c.confidence, c.entry) for c in cs]


LINE_HAZARDS = [
    "研发新药产品\n“康瑞宁”已获批上市。",  # the quote rule reads the product cue on the line before
    "上海市科学技术委员会（市科委\n）联合上海交通大学医学院附属瑞金医院成立研究中心。",  # bracket across lines
    "联系人：\n王伟明，电话见下。",  # contact label at a line end
    "the MIT Innovation\nNode and 深圳湾实验室合作。",  # a Latin name wrapped across lines
    "、市财政局、相关区政府)\n（责任单位：市科委、市卫生健康委）",
    "支持复旦大学（附\n属华山医院）临床研究中心建设。",  # a name grown leftwards inside brackets
    # the memo also cuts lines after 。；，: what may reach across such a stop
    "支持复旦大学（附，属华山医院）临床研究中心建设。",  # bracket growth across a comma
    "他说“平台已建成。明年扩建”研究院。",  # a (rejected) quotation holding a stop
    "依据《关于推进研究；平台建设的意见》开展工作。",  # a title holding a stop
    "华康、瑞泰等\n企业在临港落户。",  # a category list whose category word is on the next line
    "华康、瑞泰等企业，明达、启航等\n公司，",
    "研发新药产品，“康瑞宁”已获批上市。",  # the quote rule reads the cue before the comma
]


def test_line_memo_finds_exactly_what_the_whole_text_finder_finds(seeds_dir):
    """The per-line memo (used by the pipeline) must equal the whole-text reference on
    real documents, on documents whose lines are shuffled and spliced, and on the cases
    where a rule reads past a line break; twice, so the second pass runs from the memo."""
    import random

    from policykg.extract import line_memo, names
    from policykg.loaders.normalize import normalize_text
    from policykg.loaders.readers import read_source

    texts = [normalize_text(read_source(p).text).text for p in sorted(seeds_dir.glob("*.txt"))]
    rng = random.Random(7)
    variants = list(texts) + LINE_HAZARDS
    for t in texts:
        lines = t.split("\n")
        rng.shuffle(lines)
        variants.append("\n".join(lines[: len(lines) // 2] + LINE_HAZARDS + lines[len(lines) // 2 :]))
    # the bracketed line's neighbour memoised by an earlier document: the one-run batch of
    # the later document then holds the line without it, and must notice the growth
    variants += ["开头。\n支持复旦大学（附\n结尾。", "开头。\n支持复旦大学（附\n属华山医院）临床研究中心建设。\n结尾。"]
    # a unit ending in 等 laid, in one finder run, before a unit opening with a category word
    # (the line between them memoised by the document before): no list may join the two
    variants += ["开头。\n园区内的研发活动十分活跃\n结尾。", "华康、瑞泰等\n园区内的研发活动十分活跃\n企业在临港落户。"]
    line_memo._CACHE.clear()
    for _ in range(2):
        for t in variants:
            for addressees in ([], ["王伟明"]):
                assert _cands(line_memo.find_candidates(t, addressees)) == _cands(names.find_candidates(t, addressees))


def test_a_document_built_twice_gives_the_same_graph(seeds_dir):
    """Memos filled by the first build (lines, sentence rules) must not change the second."""
    path = sorted(seeds_dir.glob("*.txt"))[0]
    first = load_document(path, "a.txt")
    second = load_document(path, "a.txt")
    assert first == second


def test_a_traditional_duty_lists_evidence_is_as_written():
    g = build(
        "翠灣市人民政府辦公廳關於印發若干措施的通知\n（一）支持醫療器械創新平台建設。\n"
        "（責任單位：翠灣市科學技術局）\n（二）加快審評審批。\n（責任單位：翠灣市藥品監督管理局）\n"
    )
    duty = [r.evidence.text for r in g.relations if r.type == "RESPONSIBLE_FOR"]
    assert duty and all("責任單位" in ev for ev in duty)
