"""A news item opens with a dateline that names its outlet (某某网2024年9月11日讯, 某某社北京3月5日电 …) and
may credit a photo to it (（某某社 王某摄）). The outlet is a Company; the dateline is never part of the first
name after it, even when the normaliser has removed the space between them. Sentences are invented (东岭/南湖
are made-up bodies; the outlets are invented too)."""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_a_dateline_with_a_year_names_its_outlet():
    n = names(build("东岭新闻网2024年9月11日讯(记者 王明)东岭医院与南湖大学签署合作协议。", "news.txt"))
    assert n["东岭新闻网"].type == "Company"
    assert "东岭医院" in n


def test_a_wire_dateline_does_not_join_the_first_name():
    g = build("南湖社北京3月5日电 东岭医院与南湖大学签署合作协议，共建临床研究中心。", "news.txt")
    n = names(g)
    assert n["南湖社"].type == "Company"
    assert "东岭医院" in n and not any(k.startswith("电") for k in n)
    assert has_relation(g, "东岭医院", "COOPERATES_WITH", "南湖大学")


def test_a_dateline_ending_in_a_message_mark():
    n = names(build("东岭广播网上海6月3日消息 南湖大学与东岭医院共建联合实验室。", "news.txt"))
    assert n["东岭广播网"].type == "Company"
    assert "南湖大学" in n and not any(k.startswith("消息") for k in n)


def test_a_bulletin_mark_does_not_join_the_first_name():
    n = names(build("南湖日报讯 东岭医院与南湖大学签署合作协议。", "news.txt"))
    assert n["南湖日报"].type == "Company"
    assert "东岭医院" in n


def test_a_dateline_after_a_photo_caption_and_the_photo_credit():
    text = "東嶺醫院與南湖大學簽署合作協議（南湖社 王明攝） 南湖社香港9月10日電（記者 王明）東嶺醫院昨日簽約。"
    n = names(build(text, "news-trad.txt"))
    assert n["南湖社"].type == "Company"


def test_a_photo_credit_alone_names_the_outlet():
    n = names(build("东岭医院与南湖大学签署合作协议（南湖社 王明摄）", "news.txt"))
    assert n["南湖社"].type == "Company"


def test_a_date_in_a_sentence_is_no_dateline():
    n = names(build("东岭市人民政府2024年9月11日印发通知，支持南湖大学建设研究中心。", "notice.txt"))
    assert "东岭市人民政府" in n
    assert all(v.type != "Company" for v in n.values())


def test_a_source_line_run_into_the_author_field():
    n = names(build("来源：南湖晚报 作者：王明\n东岭医院与南湖大学签署合作协议。", "news.txt"))
    assert n["南湖晚报"].type == "Company"


def test_a_satellite_channel_cited_as_the_source_of_a_report():
    n = names(build("据南湖卫视报道，东岭医院与南湖大学签署合作协议。", "news.txt"))
    assert n["南湖卫视"].type == "Company"


def test_figures_cited_from_a_source_name_no_outlet():
    n = names(build("东岭市生物医药产业规模持续增长。数据来源：东岭统计网 2024年", "report.txt"))
    assert "东岭统计网" not in n
