"""Stakes (invested.stake, 参股, 获得X融资): taking or holding a share of a body, or receiving a backer's financing,
is investing in it."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_holding_subscribing_and_taking_over_shares() -> None:
    g = build("南湖创新投资集团有限公司目前持有北辰基因科技有限公司15%股份。")
    assert has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰基因科技有限公司")
    g = build("东岭医药集团有限公司以2亿元受让北辰医疗器械有限公司30%股权。")
    assert has_relation(g, "东岭医药集团有限公司", "INVESTED_IN", "北辰医疗器械有限公司")
    g = build("东岭医药集团有限公司参股北辰医疗器械有限公司。")
    assert has_relation(g, "东岭医药集团有限公司", "INVESTED_IN", "北辰医疗器械有限公司")


def test_financing_received_from_a_backer() -> None:
    g = build("北辰基因科技有限公司获得南湖创新投资集团有限公司2亿元融资。")
    assert has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰基因科技有限公司")


def test_no_share_no_stake() -> None:
    g = build("南湖创新投资集团有限公司收购北辰基因科技有限公司的一项专利。")
    assert not has_relation(g, "南湖创新投资集团有限公司", "INVESTED_IN", "北辰基因科技有限公司")
    g = build("北辰基因科技有限公司去年获得2亿元融资，南湖大学表示祝贺。")
    assert not has_relation(g, "南湖大学", "INVESTED_IN", "北辰基因科技有限公司")
