"""SUPPORTS: funding, recognition and approval in several genres (sentences written for these tests).

Covers the backer named in 在X的…支持下 with the subject before 在, coordinated frames (指导和支持), negated
support (未批准, 未获…资助), the copula frame A同为X资助院校, the 为 copula not read as the preposition, money
put into a fund (SUPPORTS, not INVESTED_IN: a programme is no investee), the 增拨/拨付 passives, what the funds
set up (X资助A组建Z, Y获X拨款，用作开设Z) and counted kinds followed by their members (资助八所大学，包括A和B)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

POSITIVE = [
    ("东岭医院在国家卫生健康委员会的支持下建成了区域医疗中心。", "国家卫生健康委员会", "东岭医院"),
    ("南湖大學在創新及科技基金的資助下成立了材料研究所。", "创新及科技基金", "南湖大学"),
    ("东岭医院在国家卫生健康委员会的指导和支持下完成了改造。", "国家卫生健康委员会", "东岭医院"),
    ("在東嶺市科學技術局的關心和支持下，南湖醫藥有限公司建成了中試基地。", "东岭市科学技术局", "南湖医药有限公司"),
    ("香港科技大學與香港大學同為教資會資助院校。", "大学教育资助委员会", "香港科技大学"),
    ("香港科技大學與香港大學同為教資會資助院校。", "大学教育资助委员会", "香港大学"),
    ("香港科技大學是教資會資助的大學之一。", "大学教育资助委员会", "香港科技大学"),
    ("香港特區政府為創新及科技基金再注資50億元。", "香港特别行政区政府", "创新及科技基金"),
    ("香港中文大學醫學院今年獲大學教育資助委員會增撥一百個學額。", "大学教育资助委员会", "香港中文大学医学院"),
    ("南湖大学获东岭市财政局拨付专项经费2000万元。", "东岭市财政局", "南湖大学"),
    ("東嶺市政府不斷支持南湖大學開展研究。", "东岭市政府", "南湖大学"),
    # what the money sets up (two genres: a Hong Kong answer, a report)
    ("東嶺大學獲創新科技署撥款150萬元，用於建設一個名為「東嶺醫療數據平台」的系統。", "创新科技署", "东岭医疗数据平台"),
    (
        "浙江省自然科学基金委员会投入500万元资助南湖大学、东岭大学等共同组建“合成生物学创新研究中心”。",
        "浙江省自然科学基金委员会",
        "合成生物学创新研究中心",
    ),
    ("佛山市科学技术局资助南湖大学建设南湖抗体中试平台。", "佛山市科学技术局", "南湖抗体中试平台"),
    # 支援, the Hong Kong word for support, in each frame
    ("創新科技署一直支援東嶺科技有限公司推動研發。", "创新科技署", "东岭科技有限公司"),
    ("東嶺科技有限公司獲創新科技署支援，推出培育計劃。", "创新科技署", "东岭科技有限公司"),
    ("創新科技署為香港生產力促進局提供支援。", "创新科技署", "香港生产力促进局"),
    ("在創新科技署的支援下，香港生產力促進局推出了新服務。", "创新科技署", "香港生产力促进局"),
    # a counted kind, then the members named
    ("国家药品监督管理局批准的第一批试点医院包括东岭医院。", "国家药品监督管理局", "东岭医院"),
    ("教資會資助的大學包括東嶺大學和南湖大學。", "大学教育资助委员会", "南湖大学"),
    ("教資會向兩所醫學院（即東嶺大學醫學院和南湖大學醫學院）提供撥款。", "大学教育资助委员会", "南湖大学医学院"),
    ("大學教育資助委員會資助八所大學，包括香港大學和香港中文大學。", "大学教育资助委员会", "香港中文大学"),
    (
        "浙江省科学技术厅去年认定了三家企业（即南湖医药有限公司、东岭基因科技有限公司和康瑞生物科技有限公司）。",
        "浙江省科学技术厅",
        "东岭基因科技有限公司",
    ),
    # listing, sponsorship, donations, earmarked money, support as a noun (the s22 additions)
    ("东岭省科学技术厅将南湖高新区列入省级高新区培育名单。", "东岭省科学技术厅", "南湖高新区"),
    (
        "北辰生物科技有限公司被东岭省工业和信息化厅列入专精特新企业名单。",
        "东岭省工业和信息化厅",
        "北辰生物科技有限公司",
    ),
    ("东岭省人民政府批复同意南湖高新区建设合成生物产业园。", "东岭省人民政府", "南湖高新区"),
    ("北辰慈善基金會贊助南湖大學舉辦創新比賽。", "北辰慈善基金会", "南湖大学"),
    ("北辰慈善基金会向南湖大学捐资3亿元。", "北辰慈善基金会", "南湖大学"),
    ("創新及科技局已預留二十億元，供南湖科技園有限公司興建數據中心。", "创新及科技局", "南湖科技园有限公司"),
    ("南湖合成生物研究所的经费主要来自东岭省人民政府。", "东岭省人民政府", "南湖合成生物研究所"),
    ("近年来，东岭省人民政府对南湖合成生物研究所的资助逐年增加。", "东岭省人民政府", "南湖合成生物研究所"),
]

NEGATIVE = [
    ("东岭市科学技术局未批准南湖医药有限公司的申请。", "东岭市科学技术局", "南湖医药有限公司"),
    ("南湖大学未获国家自然科学基金委员会资助。", "国家自然科学基金委员会", "南湖大学"),
    ("浙江省科学技术厅不予资助南湖大学的项目。", "浙江省科学技术厅", "南湖大学"),
    ("支持东岭医院在国家卫生健康委员会的会议上发言。", "国家卫生健康委员会", "东岭医院"),
    # the platform is built later by someone else, in a clause of its own
    ("佛山市科学技术局资助南湖大学，南湖大学另行建设南湖抗体中试平台。", "佛山市科学技术局", "南湖抗体中试平台"),
    ("东岭省药品监督管理局将北辰生物科技有限公司纳入重点监管。", "东岭省药品监督管理局", "北辰生物科技有限公司"),
    ("南湖大学对东岭市科学技术局的支持表示衷心感谢。", "南湖大学", "东岭市科学技术局"),
    ("南湖科技园有限公司支持初创企业进驻东岭科学园。", "南湖科技园有限公司", "东岭科学园"),
    ("南湖合成生物研究所的经费主要来自企业委托，东岭省人民政府不再拨款。", "东岭省人民政府", "南湖合成生物研究所"),
]


@pytest.mark.parametrize(("text", "head", "tail"), POSITIVE)
def test_support_is_found(text: str, head: str, tail: str) -> None:
    assert has_relation(build(text), head, "SUPPORTS", tail)


@pytest.mark.parametrize(("text", "head", "tail"), NEGATIVE)
def test_no_support_is_read(text: str, head: str, tail: str) -> None:
    assert not has_relation(build(text), head, "SUPPORTS", tail)


def test_copula_is_not_the_preposition() -> None:
    """同为X资助院校: the universities are funded, they do not fund the council."""
    g = build("香港科技大學與香港大學同為教資會資助院校。")
    assert not has_relation(g, "香港科技大学", "SUPPORTS", "大学教育资助委员会")


def test_money_into_a_fund_is_support_not_investment() -> None:
    g = build("香港特區政府為創新及科技基金再注資50億元。")
    assert not has_relation(g, "香港特别行政区政府", "INVESTED_IN", "创新及科技基金")


def test_investment_in_a_firm_stays_investment() -> None:
    g = build("南湖慈善基金会向浙江生物制药有限公司注资一亿元。")
    assert has_relation(g, "南湖慈善基金会", "INVESTED_IN", "浙江生物制药有限公司")
    assert not has_relation(g, "南湖慈善基金会", "SUPPORTS", "浙江生物制药有限公司")
