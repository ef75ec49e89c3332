"""Header metadata: 文号, issuer, title, date forms, addressees, genre and region."""

from __future__ import annotations

import pytest

from policykg.extract.metadata import parse_date, parse_metadata
from policykg.loaders.normalize import normalize_text

REPLY = """上海市科学技术委员会
沪科提复〔2021〕15号
对市政协某届某次会议第0123号提案的答复
陈一鸣、林晓、周海涛委员：
你们提出的关于加强医学创新的提案收悉，现答复如下：
一、总体情况
本市持续推进相关工作。
上海市科学技术委员会
二〇二一年七月十九日
"""

POLICY = """上 海 市 人 民 政 府 办 公 厅 文 件
沪府办规〔２０２３〕９号
上海市人民政府办公厅关于印发
«上海市支持细胞治疗产业发展的若干措施»的通知
各区人民政府：
现将《上海市支持细胞治疗产业发展的若干措施》印发给你们，请认真执行。
２０２３年３月２日
"""


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2022年8月26日", "2022-08-26"),
        ("2022 年 8 月 6 日印发", "2022-08-06"),
        ("二〇二二年八月二十六日", "2022-08-26"),
        ("二〇二〇年十二月三十一日", "2020-12-31"),
        ("发布于2023-05-16。", "2023-05-16"),
        ("2022年13月40日", None),
        ("没有日期", None),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_reply_header():
    m = parse_metadata(normalize_text(REPLY).text, "r.txt")
    assert m.doc_number == "沪科提复〔2021〕15号"
    assert m.issuer == "上海市科学技术委员会"
    assert m.title == "对市政协某届某次会议第0123号提案的答复"
    assert m.addressees == ["陈一鸣", "林晓", "周海涛"]
    assert m.date == "2021-07-19"
    assert m.doc_type == "reply"
    assert m.region == "上海"


def test_policy_header_with_letter_spacing_and_full_width_digits():
    m = parse_metadata(normalize_text(POLICY).text, "p.txt")
    assert m.doc_number == "沪府办规〔2023〕9号"
    assert m.issuer == "上海市人民政府办公厅"
    assert m.title == "上海市人民政府办公厅关于印发《上海市支持细胞治疗产业发展的若干措施》的通知"
    assert m.date == "2023-03-02"
    assert m.doc_type == "policy"
    assert m.addressees == []


def test_representative_addressee_and_shenzhen_region_from_issuer():
    text = "深圳市科技创新委员会\n深科建复〔2022〕8号\n关于某代表建议的答复\n赵敏代表：\n您的建议收悉。\n2022年6月1日\n"
    m = parse_metadata(text, "s.txt")
    assert m.addressees == ["赵敏"]
    assert m.issuer == "深圳市科技创新委员会"
    assert m.region == "深圳"


def test_region_from_document_number_prefix_when_issuer_unknown():
    text = "某某管理办公室\n港创复〔2022〕2号\n关于合作事项的复函\n2022年2月2日\n"
    m = parse_metadata(text, "h.txt")
    assert m.doc_number == "港创复〔2022〕2号"
    assert m.region == "香港"


def test_report_without_header():
    body = "粤港澳大湾区生物医药合作研究\n" + "深圳与香港在生物医药领域各有所长。" * 300
    m = parse_metadata(body, "reports/study.txt")
    assert m.doc_number is None and m.addressees == []
    assert m.doc_type == "report"
    assert m.title == "粤港澳大湾区生物医药合作研究"
    assert m.region == "深圳"


def test_seed_headers(seeds_dir):
    """On the real documents: every reply has a 文号, an issuer, a date and addressees."""
    for p in sorted(seeds_dir.glob("*.txt")):
        m = parse_metadata(normalize_text(p.read_text(encoding="utf-8")).text, p.name)
        if m.doc_type == "reply":
            assert m.doc_number and m.issuer and m.date and m.addressees, (p.name, m)
        if m.doc_number:
            assert m.date is not None and m.region is not None


HK_REPLY = """立法會十題：支援生物醫藥初創企業
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　　以下是今日（三月五日）在立法會會議上何家明議員的提問和創新科技及工業局局長楊啟文的書面答覆：

問題：
　　政府會否加強支援本港的初創企業？

答覆：
主席：
　　政府一直支援本港初創企業發展。
完
2023年6月7日（星期三）
"""


def test_hong_kong_legco_reply_in_traditional():
    n = normalize_text(HK_REPLY)
    m = parse_metadata(n.text, "hk.txt")
    assert m.title == "立法会十题：支援生物医药初创企业"
    assert m.issuer == "创新科技及工业局"
    assert m.addressees == ["何家明"]
    assert m.doc_type == "reply"
    assert m.region == "香港"
    assert m.date == "2023-06-07"


STATE_DECREE = """中华人民共和国国务院令
第800号
《医疗器械检验机构管理条例》已经2020年3月4日国务院第90次常务会议通过，现予公布，自2020年7月1日起施行。
总理　王某某
2020年3月20日
医疗器械检验机构管理条例
第一章　总则
第一条　为了规范医疗器械检验活动，根据《中华人民共和国药品管理法》，制定本条例。
"""

MINISTRY_DECREE = """国家药品监督管理局令
第 12 号
《药品临床试验机构备案管理办法》已于2021年5月6日经国家药品监督管理局局务会议审议通过，现予发布，自2021年9月1日起施行。
局长　李某某
2021年5月20日
"""


@pytest.mark.parametrize(
    "text, issuer, number, title",
    [
        (STATE_DECREE, "中华人民共和国国务院", "中华人民共和国国务院令第800号", "医疗器械检验机构管理条例"),
        (MINISTRY_DECREE, "国家药品监督管理局", "国家药品监督管理局令第12号", "药品临床试验机构备案管理办法"),
    ],
)
def test_decree_header_names_issuer_number_and_the_regulation_it_promulgates(text, issuer, number, title):
    meta = parse_metadata(normalize_text(text).text, "decree.txt")
    assert (meta.issuer, meta.doc_number, meta.title, meta.doc_type) == (issuer, number, title, "policy")
    assert meta.date == ("2020-03-04" if "800" in number else "2021-05-06")


def test_a_line_ending_in_ling_without_a_number_is_not_a_decree():
    text = "市长令\n全市各部门要做好防汛准备。\n《某某办法》现予公布。\n"
    meta = parse_metadata(normalize_text(text).text, "memo.txt")
    assert meta.doc_number is None and meta.title != "某某办法"


def test_genre_of_a_plan_excerpt_opening_at_a_chapter_is_policy_without_a_title_of_its_own():
    meta = parse_metadata("第四章 打造科技创新高地\n第一节 推进协同创新\n支持南湖大学建设研究院。\n", "plan.txt")
    assert meta.doc_type == "policy"
    from policykg.extract.components.header import own_policy_title

    assert own_policy_title(meta) is None  # the heading names a chapter, not the plan


def test_genre_of_a_short_study_with_an_abstract_is_report():
    text = "高校技术转移机构研究\n摘要：本文考察高校技术转移机构。\n关键词：技术转移；高校\n一、引言\n成果转化加快。\n"
    assert parse_metadata(text, "r.txt").doc_type == "report"


def test_a_congress_salutation_names_no_addressee():
    meta = parse_metadata("政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n", "w.txt")
    assert meta.addressees == [] and meta.doc_type != "reply" and meta.title == "政府工作报告"


def test_a_question_read_out_by_a_member_is_a_reply():
    text = "陈家明议员：主席，政府可否告知本会：\n（一）过去三年的资助项目数目。\n教育局局长：主席，现答复如下。\n"
    assert parse_metadata(text, "q.txt").doc_type == "reply"


def test_a_title_that_is_a_policy_name_makes_a_policy_but_a_headline_about_one_does_not():
    assert parse_metadata("南湖市生物医药产业发展规划纲要\n一、总体要求\n加快发展。\n", "p.txt").doc_type == "policy"
    assert parse_metadata("南湖市发布生物医药产业发展规划\n记者从市政府获悉。\n", "n.txt").doc_type != "policy"


def test_a_title_right_above_its_number_is_the_title_not_the_first_sentence_after():
    text = (
        "东岭市卫生健康委员会关于组织申报临床研究项目的通知\n"
        "东卫〔2026〕11号\n"
        "东岭市卫生健康委员会支持东岭医院开展临床研究。\n"
    )
    meta = parse_metadata(text, "notice.txt")
    assert meta.title == "东岭市卫生健康委员会关于组织申报临床研究项目的通知"
    assert meta.doc_number == "东卫〔2026〕11号"


@pytest.mark.parametrize(
    "head, title",
    [
        ("关于支持东岭市医疗器械产业\n创新集聚发展的实施意见\n", "关于支持东岭市医疗器械产业创新集聚发展的实施意见"),
        ("东岭市关于扶持合成生物企业\n加快成长的若干措施\n", "东岭市关于扶持合成生物企业加快成长的若干措施"),
    ],
)
def test_a_title_broken_over_two_lines_without_a_number_is_joined(head, title):
    text = head + "各区人民政府，市政府各委、办、局：\n为加快产业发展，现提出以下意见。\n"
    assert parse_metadata(text, "t.txt").title == title


@pytest.mark.parametrize(
    "head",
    ["东岭市合成生物产业发展迅速\n二〇二五年度工作报告\n", "东岭市合成生物产业推进会召开\n市政府发布新一轮支持措施\n"],
)
def test_a_headline_without_guanyu_is_not_joined_to_a_subtitle(head):
    # only a line holding 关于 awaits the rest of a title; a headline and its subtitle stay apart
    assert parse_metadata(head + "今年以来，全市新增企业十二家。\n", "n.txt").title == head.split("\n")[0]


def test_a_headline_over_a_sentence_is_not_joined_to_it():
    # the next line is a sentence (it ends in 。): the title stays the headline alone
    text = "东岭市生物医药产业发展情况\n今年以来产业规模持续扩大，新增企业十家，形成完善措施。\n"
    assert parse_metadata(text, "n.txt").title == "东岭市生物医药产业发展情况"


@pytest.mark.parametrize(
    "head, title",
    [
        # a plan's name, complete in a kind of its own, over the notice that carries it out
        ("东岭市合成生物产业发展规划纲要\n东岭市人民政府办公厅关于实施规划的通知\n", "东岭市合成生物产业发展规划纲要"),
        # a red-head letterhead over the title
        ("东岭市人民政府办公厅文件\n关于印发东岭市合成生物产业发展规划的通知\n", "东岭市人民政府办公厅文件"),
    ],
)
def test_a_line_ending_in_a_kind_of_its_own_is_not_joined_to_the_next(head, title):
    text = head + "为加快产业发展，现就有关事项通知如下。\n"
    assert parse_metadata(text, "t.txt").title == title


@pytest.mark.parametrize(
    "head, title",
    [
        ("东岭市出台新政支持合成生物产业\n一图读懂《东岭市促进合成生物发展措施》\n", "东岭市出台新政支持合成生物产业"),
        ("东岭市政府常务会议召开\n审议通过关于加快合成生物产业发展的实施意见\n", "东岭市政府常务会议召开"),
    ],
)
def test_a_headline_over_a_line_reporting_on_a_policy_is_not_a_policy_title(head, title):
    # the second line names a policy inside a sentence (《…》, …关于…): a news item about it, not its title
    meta = parse_metadata(head + "会议指出，要加快产业发展。\n", "n.txt")
    assert (meta.title, meta.doc_type) == (title, "other")


def test_a_title_broken_before_its_book_title_is_joined():
    text = "东岭市人民政府关于印发\n《东岭市促进合成生物发展若干措施》的通知\n各区人民政府：\n现印发给你们。\n"
    assert parse_metadata(text, "t.txt").title == "东岭市人民政府关于印发《东岭市促进合成生物发展若干措施》的通知"


@pytest.mark.parametrize("date", ["二〇二五年三月", "2025年3月", "（2025年3月10日）"])
@pytest.mark.parametrize("headline", ["东岭市合成生物产业发展情况", "东岭市科学技术局关于合成生物产业发展情况"])
def test_a_date_line_between_a_headline_and_a_report_line_ends_the_title(headline, date):
    # a headline holding 关于 awaits the rest of its title on the lines under it, but not past a date
    text = f"{headline}\n{date}\n工作报告\n今年以来，全市新增企业十二家。\n"
    assert parse_metadata(text, "r.txt").title == headline


def test_a_traditional_title_broken_over_two_lines_is_written_as_the_document_writes_it(tmp_path):
    from policykg.loaders.pipeline import build_document
    from policykg.loaders.readers import read_source

    path = tmp_path / "意見.txt"
    path.write_text(
        "關於支持東嶺市醫療器械產業\n創新集聚發展的實施意見\n各區人民政府：\n為加快產業發展，現提出以下意見。\n"
    )
    title = build_document(read_source(path), path.name).document.title
    assert title == "關於支持東嶺市醫療器械產業創新集聚發展的實施意見"


def test_a_web_pages_title_is_the_readers_and_not_joined_to_the_lines_under_it(tmp_path):
    # the reader puts the <title>'s part over a body whose headline differs from it: the headline and its
    # subheading under it are the page's text, not more of its title
    from policykg.loaders.pipeline import build_document
    from policykg.loaders.readers import read_source

    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>东岭市合成生物产业动态_东岭市科学技术局</title></head><body>"
        "<h1>东岭市召开合成生物产业推进会</h1><p>市政府发布新一轮支持措施</p>"
        "<p>为加快东岭市合成生物产业发展，东岭市科学技术局会同有关部门开展了调研。</p></body></html>"
    )
    assert build_document(read_source(path), path.name).document.title == "东岭市合成生物产业动态"
