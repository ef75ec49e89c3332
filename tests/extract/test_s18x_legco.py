"""A Legislative Council reply on university places and research grants (Traditional script): the schemes a
funding body runs "through" (透過A、B及C資助), a scheme something falls under (X計劃下), a fund set up with a
sum (注資…成立Y基金), and the territory's own name (本港) before a university's short form. Sentences are
invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

REPLY = """立法會九題：大學研究撥款

　　以下是今日在立法會會議上李明山議員的提問和教育局局長的答覆：

問題：

　　本港大學的研究經費來自多個渠道。就此，政府可否告知本會：

（一）香港大學（港大）及南湖大學在過去一年獲得多少研究撥款？

答覆：

主席：

（一）北湖研究局目前透過青年學人研究金、跨院校合作計劃及主題探索計劃資助本港大學的研究工作。在跨院校合作計劃下，港大及南湖大學共獲撥款約三千萬元。此外，教育部亦支持本港大學參與國家科研項目。
"""


def test_schemes_named_as_the_means_of_funding_are_programmes() -> None:
    g = build(REPLY)
    by = names(g)
    for scheme in ("青年學人研究金", "跨院校合作計劃", "主題探索計劃"):
        assert scheme in by, scheme
        assert by[scheme].type == "Program"


def test_territory_word_before_a_university_is_not_its_short_form() -> None:
    g = build(REPLY)
    # 港大 is defined in brackets, but 本港大學 is "the territory's universities": 港大 does not start inside 本港
    assert "港大" in names(g)
    assert not has_relation(g, "教育部", "SUPPORTS", "香港大學")


def test_means_needs_a_list_of_scheme_names() -> None:
    g = build("政府透過加強兩地交流推動研究合作。當局亦會透過各項計劃資助學生。")
    assert not [e for e in g.entities if e.type == "Program"]


def test_scheme_under_which_work_is_done_is_a_name() -> None:
    g = build("在南湖創科支援計劃下，北辰研究中心完成了五個項目。")
    assert "南湖創科支援計劃" in names(g)
    g = build("北辰研究局計劃下一步擴大資助。")
    assert not [e for e in g.entities if e.type == "Program"]


def test_fund_set_up_after_a_sum_is_issued_by_the_payer() -> None:
    g = build("創新科技署在2011年注資30億元，成立了北湖科研基金，資助本地學者。")
    assert has_relation(g, "創新科技署", "ISSUED", "北湖科研基金")
    g = build("北湖科研基金成立以來，創新科技署多次檢討其運作。")
    assert not has_relation(g, "創新科技署", "ISSUED", "北湖科研基金")
