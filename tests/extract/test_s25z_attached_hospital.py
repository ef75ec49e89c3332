"""A hospital a university names as 附属 is the university's unit even when its own name is a city's.

中山, 南通 and 佛山 are cities as well as hospital names; a university's name, a city and 医院 with nothing
between them is a hospital the city built (北京大学深圳医院), but 附属 between them states ownership."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def test_affiliated_hospital_named_like_a_city_is_part_of_its_university() -> None:
    g = build("南湖大学与东岭集团签署合作协议。\n南湖大学附属中山医院牵头建设临床研究平台。\n")
    assert has_relation(g, "南湖大学附属中山医院", "PART_OF", "南湖大学")


def test_city_hospital_run_by_a_university_is_not_its_part() -> None:
    g = build("南湖大学与东岭集团签署合作协议。\n南湖大学深圳医院牵头建设临床研究平台。\n")
    assert not has_relation(g, "南湖大学深圳医院", "PART_OF", "南湖大学")
