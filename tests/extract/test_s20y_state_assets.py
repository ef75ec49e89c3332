"""The 有 of 国有 (state-owned) does not cut a local state-assets commission's name."""

from tests.extract.helpers import build, names


def test_city_state_assets_commission_kept_whole() -> None:
    g = build("东岭市国有资产监督管理委员会会同市财政局制定考核办法。")
    found = names(g)
    assert "东岭市国有资产监督管理委员会" in found
    assert found["东岭市国有资产监督管理委员会"].type == "Agency"
    assert "资产监督管理委员会" not in found


def test_commission_under_city_government_kept_whole() -> None:
    g = build("西岭市人民政府国有资产监督管理委员会负责监管市属企业。")
    assert "西岭市人民政府国有资产监督管理委员会" in names(g)


def test_verb_you_still_stops_the_scan() -> None:
    """有 as the verb "has" still ends the stretch before a name: the country is not glued to the park."""
    g = build("目前全国有东岭生物医药产业园等三个园区。")
    found = names(g)
    assert "东岭生物医药产业园" in found
    assert not any(n.startswith(("全国", "国有")) for n in found)
