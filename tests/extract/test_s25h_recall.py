"""Entity recall in mainland news, replies and plans (helper s25h): a province's or city's standard body named
by its level alone (省科学院, 市疾控中心), the founders a joint founding lists after 由, two events held as one
(甲论坛暨乙峰会) and a quoted zone's name before a facility's head."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _type(g: object, name: str) -> str | None:
    """The type of the entity named ``name`` (None when the graph has no such name)."""
    e = names(g).get(name)  # type: ignore[arg-type]
    return getattr(e, "type", None)


def test_level_bodies_in_a_reply() -> None:
    g = build("经综合省发展改革委、省农科院、省医学科学院等单位意见，现答复如下。")
    assert _type(g, "省农科院") == "ResearchInstitute"
    assert _type(g, "省医学科学院") == "ResearchInstitute"


def test_city_disease_control_centre() -> None:
    g = build("市疾控中心发布健康提示，提醒市民接种疫苗。")
    assert _type(g, "市疾控中心") == "Agency"


def test_each_province_academy_is_no_body() -> None:
    g = build("东岭大学与各省科学院开展合作。")
    assert "省科学院" not in names(g)


def test_fund_founders_without_heads() -> None:
    g = build("该基金由东岭资本、南湖金控和岚峰创投共同发起设立，首期规模10亿元。")
    for firm in ("东岭资本", "南湖金控", "岚峰创投"):
        assert _type(g, firm) == "Company"


def test_money_kinds_are_no_founders() -> None:
    g = build("引导基金由市财政和社会资本共同出资设立。")
    assert "社会资本" not in names(g)
    assert "市财政" not in names(g)


def test_two_events_held_as_one() -> None:
    g = build("十二届东岭生物医药论坛暨第三届南湖健康产业峰会在南湖开幕。")
    assert _type(g, "东岭生物医药论坛") == "Event"
    assert _type(g, "南湖健康产业峰会") == "Event"


def test_quoted_zone_before_a_facility() -> None:
    g = build("开工项目包括“东岭·南湖中医药创新发展示范区”孵化育成中心项目。")
    assert _type(g, "东岭·南湖中医药创新发展示范区") == "Park"
