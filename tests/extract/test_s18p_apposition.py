"""Relations stated with no verb between the two names: a role phrase set beside a name (X（Y的全资附属公司）,
Y的教学医院，X, X，即Y的直属单位) and anaphors pointing back to a body named just before (该公司, 该校, 其母公司).

All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

POSITIVE = [
    # Hong Kong news, Traditional: a subsidiary named with its parent in brackets
    (
        "康源基因檢測（香港）有限公司（康源基因科技有限公司的全資附屬公司）下月在沙田開設化驗所。",
        "康源基因检测（香港）有限公司",
        "PART_OF",
        "康源基因科技有限公司",
    ),
    # Hong Kong news: a hospital after the descriptions that make it a school's teaching hospital
    (
        "新界東的主要醫院、南湖大學醫學院的教學醫院，威爾斯親王醫院，去年求診人次上升。",
        "威尔斯亲王医院",
        "PART_OF",
        "南湖大学医学院",
    ),
    # mainland reply: 即 after a comma
    (
        "温州市药品检验所，即温州市市场监督管理局的直属单位，承担抽检任务。",
        "温州市药品检验所",
        "PART_OF",
        "温州市市场监督管理局",
    ),
    # report: a hospital with its university in brackets
    ("温州康宁医院（温州医科大学的附属医院）牵头开展了多中心试验。", "温州康宁医院", "PART_OF", "温州医科大学"),
    # mainland news: 该公司 in the next sentence
    (
        "温州瑞祥生物科技有限公司成立于2015年。该公司与温州医科大学合作建设抗体平台。",
        "温州瑞祥生物科技有限公司",
        "COOPERATES_WITH",
        "温州医科大学",
    ),
    # Hong Kong news, Traditional: 該校
    (
        "南湖大學於1985年創校。該校與香港科技大學簽署合作協議，共同培養研究生。",
        "南湖大学",
        "COOPERATES_WITH",
        "香港科技大学",
    ),
    # company news: 其母公司 in the same sentence
    (
        "温州瑞祥生物科技有限公司去年营收增长三成，其母公司浙江康华医药集团有限公司已在香港上市。",
        "温州瑞祥生物科技有限公司",
        "PART_OF",
        "浙江康华医药集团有限公司",
    ),
]

NEGATIVE = [
    # a predicate, not an apposition: the name after the comma opens a new clause
    (
        "威爾斯親王醫院是南湖大學醫學院的教學醫院，伊利沙伯醫院則屬九龍中聯網。",
        "伊利沙伯医院",
        "PART_OF",
        "南湖大学医学院",
    ),
    # the role phrase qualifies a further noun inside the brackets
    (
        "温州瑞祥生物科技有限公司（浙江康华医药集团有限公司的子公司员工持股）今年上市。",
        "温州瑞祥生物科技有限公司",
        "PART_OF",
        "浙江康华医药集团有限公司",
    ),
    # two firms before 该公司: which one is meant is not said
    (
        "温州瑞祥生物科技有限公司与浙江康华医药集团有限公司签约。该公司与温州医科大学合作建设抗体平台。",
        "温州瑞祥生物科技有限公司",
        "COOPERATES_WITH",
        "温州医科大学",
    ),
    # a paragraph break: 该公司 does not reach back over it
    (
        "温州瑞祥生物科技有限公司成立于2015年。\n\n该公司与温州医科大学合作建设抗体平台。",
        "温州瑞祥生物科技有限公司",
        "COOPERATES_WITH",
        "温州医科大学",
    ),
    # 该校 does not stand for a firm
    (
        "温州瑞祥生物科技有限公司成立于2015年。该校与香港科技大学签署合作协议。",
        "温州瑞祥生物科技有限公司",
        "COOPERATES_WITH",
        "香港科技大学",
    ),
]


@pytest.mark.parametrize(("text", "head", "rel", "tail"), POSITIVE)
def test_apposition_and_anaphora_state_the_relation(text: str, head: str, rel: str, tail: str) -> None:
    assert has_relation(build(text), head, rel, tail)


@pytest.mark.parametrize(("text", "head", "rel", "tail"), NEGATIVE)
def test_no_relation_without_a_clear_apposition_or_antecedent(text: str, head: str, rel: str, tail: str) -> None:
    assert not has_relation(build(text), head, rel, tail)


def test_the_name_before_a_bracketed_aside_is_the_subject() -> None:
    """X（Y的全资附属公司）将在大埔设立…: X sets up the lab; Y only describes X."""
    g = build("康源基因检测（香港）有限公司（康源基因科技有限公司的全资附属公司）将在大埔设立实验室。")
    assert has_relation(g, "康源基因检测（香港）有限公司", "LOCATED_IN", "大埔区")
    assert not has_relation(g, "康源基因科技有限公司", "LOCATED_IN", "大埔区")


def test_a_park_listed_in_brackets_after_a_place_lies_in_it() -> None:
    g = build("大埔區(當中包括香港科學園及白石角一帶)的公共交通需求持續上升。")
    assert has_relation(g, "香港科学园", "LOCATED_IN", "大埔区")


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (
            "康源基因科技有限公司的全资子公司温州康源检测有限公司负责样本检测。",
            "温州康源检测有限公司",
            "康源基因科技有限公司",
        ),
        ("南湖大學醫學院的教學醫院北辰醫院去年增設日間病房。", "北辰医院", "南湖大学医学院"),
        ("温州市市场监督管理局的直属单位温州市药品检验所承担抽检任务。", "温州市药品检验所", "温州市市场监督管理局"),
    ],
)
def test_a_role_word_between_two_names_is_no_part_of_the_second(text: str, head: str, tail: str) -> None:
    """Y的全资子公司X: X's name starts after the role word, and X is part of Y."""
    g = build(text)
    assert head in {e.name for e in g.entities}
    assert has_relation(g, head, "PART_OF", tail)


@pytest.mark.parametrize(
    ("text", "head", "rel", "tail"),
    [
        # company news: the role phrase between commas after the name, a kind word after 旗下的
        (
            "温州瑞祥药业有限公司，浙江康华控股集团有限公司旗下的创新药企业，今年在香港上市。",
            "温州瑞祥药业有限公司",
            "PART_OF",
            "浙江康华控股集团有限公司",
        ),
        # Hong Kong reply, Traditional: the school after the hospital, between commas
        ("北辰醫院，南湖大學醫學院的教學醫院，去年增設日間病房。", "北辰医院", "PART_OF", "南湖大学医学院"),
        # report: a member named with its alliance in brackets
        ("温州康宁医院（浙南临床研究联盟的成员单位）承担了二期试验。", "温州康宁医院", "MEMBER_OF", "浙南临床研究联盟"),
    ],
)
def test_role_phrase_between_commas_or_in_brackets(text: str, head: str, rel: str, tail: str) -> None:
    assert has_relation(build(text), head, rel, tail)


def test_a_role_phrase_qualifying_a_noun_in_brackets_states_nothing() -> None:
    g = build("温州瑞祥药业有限公司（浙江康华控股集团有限公司旗下的员工持股平台）今年在香港上市。")
    assert not has_relation(g, "温州瑞祥药业有限公司", "PART_OF", "浙江康华控股集团有限公司")


def test_the_latter_of_two_bodies() -> None:
    """Hong Kong replies: A可向B提交申请，由後者…: 後者 is B."""
    g = build("南湖大學可向溫州市科學技術局提交申請，由後者資助溫州瑞祥藥業有限公司。")
    assert has_relation(g, "温州市科学技术局", "SUPPORTS", "温州瑞祥药业有限公司")
    assert not has_relation(g, "南湖大学", "SUPPORTS", "温州瑞祥药业有限公司")


def test_the_latter_with_three_bodies_before_it_stands_for_none() -> None:
    g = build("南湖大學、北辰醫學科技有限公司與溫州醫科大學簽約，後者將資助溫州瑞祥藥業有限公司。")
    assert not any(r.type == "SUPPORTS" for r in g.relations)
