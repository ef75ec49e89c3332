"""A two-character place read across the seam of two common words (其中|国家级, 集中|国内) is no mention of the
place; the place written on its own stays found (helper s22x)."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_china_inside_qizhong_guojiaji_is_not_a_place() -> None:
    g = build("南湖市共有产业园区十八个，其中国家级园区三个、省级园区七个。\n")
    assert "中国" not in names(g)


def test_china_inside_jizhong_guonei_is_not_a_place() -> None:
    g = build("东岭集团将集中国内研发力量，建设新的生产基地。\n")
    assert "中国" not in names(g)


def test_china_written_alone_is_still_a_place() -> None:
    g = build("东岭集团在中国境内设立三家工厂，并在北京举行发布会。\n")
    found = names(g)
    assert "中国" in found
    assert "北京" in found
