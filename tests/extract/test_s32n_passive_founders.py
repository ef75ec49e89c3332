"""Joint founders in passive frames (re-gated on dev21): 由A与B联合打造, a 由 before long registered names, and the
bare 基金 that goes on for the one fund a news item named. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_jointly_built_passive_frame_names_both_founders() -> None:
    g = build("青禾市智能装备创新中心由青禾市工业和信息化局与远帆科技有限公司联合打造，于今年投入运行。")
    assert has_relation(g, "青禾市工业和信息化局", "FOUNDED", "青禾市智能装备创新中心")
    assert has_relation(g, "远帆科技有限公司", "FOUNDED", "青禾市智能装备创新中心")


def test_agent_marker_before_long_registered_names() -> None:
    g = build(
        "澄湾生物医药协同创新平台由澄湾经济技术开发区澄湾生物医药产业技术研究院与"
        "澄湾经济技术开发区管理委员会、澄湾城市发展投资有限公司联合建设。"
    )
    assert has_relation(g, "澄湾经济技术开发区澄湾生物医药产业技术研究院", "FOUNDED", "澄湾生物医药协同创新平台")
    assert has_relation(g, "澄湾城市发展投资有限公司", "FOUNDED", "澄湾生物医药协同创新平台")


def test_bare_fund_at_clause_start_stands_for_the_named_fund() -> None:
    g = build(
        "2026年5月，星河新材料产业基金正式落地青禾区，基金由青禾发展集团有限公司、"
        "远帆资本管理有限公司共同发起设立，总规模10亿元。"
    )
    assert has_relation(g, "青禾发展集团有限公司", "FOUNDED", "星河新材料产业基金")
    assert has_relation(g, "远帆资本管理有限公司", "FOUNDED", "星河新材料产业基金")
    g2 = build("星河新材料产业基金正式落地青禾区。基金由青禾发展集团有限公司和远帆资本管理有限公司共同发起设立。")
    assert has_relation(g2, "远帆资本管理有限公司", "FOUNDED", "星河新材料产业基金")
