"""A base, institute or lab named again from the place inside its full name (its parent's words dropped) is the
same entity as the full name; a short tail after a city (深圳医院) is not taken for another body's short form."""

from __future__ import annotations

from tests.extract.helpers import build


def _names(text: str) -> set[str]:
    """Every entity name the pipeline finds in ``text``."""
    return {e.name for e in build(text).entities}


def test_base_named_from_its_district_is_the_full_base() -> None:
    found = _names(
        "東嶺科技園公司計劃於廣州南沙建立東嶺科技園廣州南沙創業孵化基地。"
        "南沙創業孵化基地預料於明年落成，將服務青年創業者。"
    )
    assert "东岭科技园广州南沙创业孵化基地" in found
    assert "南沙创业孵化基地" not in found


def test_institute_named_from_its_city_is_the_full_institute() -> None:
    found = _names("南湖大学与苏州市政府共建南湖大学苏州先进材料研究院。苏州先进材料研究院已引进团队二十个。")
    assert "南湖大学苏州先进材料研究院" in found
    assert "苏州先进材料研究院" not in found


def test_two_character_tail_after_a_city_stays_apart() -> None:
    found = _names("南湖大学深圳医院与深圳医院签署合作协议。")
    assert "南湖大学深圳医院" in found
