"""A firm that deal news names by a coined short name, found by its place in a deal sentence (the subject of
完成…融资, an item of 投资方为A、B), is the same firm where the name stands again later (issue #10). Sentences are
invented for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_a_round_raiser_named_again_is_the_investee_of_a_later_round() -> None:
    g = build(
        "细胞治疗药物开发公司澜亭开曼宣布完成C轮融资，金额约5亿元。澜亭开曼专注实体瘤治疗。"
        "澜亭开曼的C轮融资由北辰资本领投，西山资本跟投。"
    )
    assert has_relation(g, "北辰资本", "INVESTED_IN", "澜亭开曼")
    assert has_relation(g, "西山资本", "INVESTED_IN", "澜亭开曼")


def test_an_investor_listed_once_is_the_same_firm_later() -> None:
    g = build(
        "北辰医药股份有限公司完成融资，投资方为南湖资本（领投）、澜星汇智、东岭创投。"
        "此前，澜星汇智已投资西山基因科技有限公司。"
    )
    assert has_relation(g, "澜星汇智", "INVESTED_IN", "西山基因科技有限公司")
