"""Boards of the stock exchanges as platforms (session s23, helper w): the guidelines count exchanges and their
boards as platforms, and financing measures name the boards on their own (上市 on 科创板 or 创业板, 北交所).

Every sentence is written for this file (invented firms, real boards and places).
"""

from __future__ import annotations

import pytest

from .helpers import build, names

BOARDS = [
    # a city's financing measure
    ("对在科创板首发上市的东岭市企业，市财政给予一次性奖励。", "科创板"),
    # a reply to a deputy's proposal
    ("我们将推动南湖生物等企业到创业板上市。", "创业板"),
    # a news item, by the exchange's short form
    ("北辰科技有限公司今年在北交所成功上市。", "北京证券交易所"),
    # the board named with its exchange
    ("东岭药业已向上交所科创板提交上市申请。", "科创板"),
]


@pytest.mark.parametrize("text, board", BOARDS)
def test_a_board_is_a_platform(text: str, board: str) -> None:
    found = names(build(text))
    assert board in found
    assert found[board].type == "Platform"


def test_the_main_board_alone_is_no_name() -> None:
    assert "主板" not in names(build("支持东岭市企业在主板上市融资。"))
