"""A主办、B承办: a list pairing each body with its role in an event is not one name two bodies share."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_organiser_and_host_stay_two_bodies() -> None:
    found = names(build("大会由深圳市科技创新委员会主办、南山区人民政府承办。"))
    assert "南山区人民政府" in found
    assert "深圳市科技创新委员会南山区人民政府" not in found


def test_guide_and_organiser_stay_two_bodies() -> None:
    found = names(build("论坛由广东省科学技术厅指导、南山区人民政府主办。"))
    assert "南山区人民政府" in found
    assert "广东省科学技术厅南山区人民政府" not in found
