"""Place forms: autonomous prefectures as X州, county-level cities, a county's bare short form after its full name,
and the regions of plans named by a city and a head (都市圈, 城市群)."""

from tests.extract.helpers import build, names


def _regions(text: str) -> dict[str, list[str]]:
    """Region name → its aliases, for one invented text."""
    return {e.name: e.aliases for e in build(text).entities if e.type == "Region"}


def test_autonomous_prefecture_is_named_with_zhou() -> None:
    regions = _regions("果洛州将推进东岭医共体建设，果洛藏族自治州各县参加。")
    assert "果洛州" in regions
    assert "果洛藏族自治州" in regions["果洛州"]


def test_zhou_short_form_is_not_the_province_of_the_same_name() -> None:
    regions = _regions("东岭医院与海南州卫生健康系统签约，海南州各县医院参加。")
    assert "海南州" in regions
    assert "海南" not in regions


def test_county_level_city_in_full_is_a_place() -> None:
    g = build("推动瑞安市与南湖大学深化合作，共建东岭研究院。")
    assert "瑞安市" in names(g) and names(g)["瑞安市"].type == "Region"


def test_county_short_form_joins_the_full_name() -> None:
    regions = _regions("桐庐县发展中医药产业。调研组赴桐庐调研，桐庐是中药材种植大县。")
    assert "桐庐县" in regions
    assert "桐庐" in regions["桐庐县"]


def test_county_short_form_alone_is_not_taken() -> None:
    assert "桐庐" not in names(build("调研组赴桐庐调研，了解中药材种植情况。"))


def test_plan_region_named_by_a_city() -> None:
    regions = _regions("东岭市将深度融入杭州都市圈，共建南湖创新走廊。")
    assert "杭州都市圈" in regions
    assert "杭州" not in regions


def test_plan_region_of_a_named_region_is_that_region() -> None:
    regions = _regions("东岭公司将布局粤港澳大湾区城市群，服务湾区企业。")
    assert "粤港澳大湾区城市群" not in regions


def test_university_short_form_after_zai_is_not_the_province() -> None:
    g = build("东岭科技与南湖研究院的签约仪式在浙大举行。")
    by = names(g)
    assert by["浙大"].type == "University"
    assert "浙江" not in {e.name for e in g.entities if e.type == "Region"}


def test_local_edition_of_a_national_strategy_is_not_the_place() -> None:
    regions = _regions("东岭医院将为“健康青海·南湖同行”建设提供保障，同时推进数字福建建设。")
    assert "青海" not in regions
    assert "福建" not in regions


def test_place_named_outside_a_strategy_stays() -> None:
    assert "青海" in _regions("东岭公司在青海建设中药材基地。")
