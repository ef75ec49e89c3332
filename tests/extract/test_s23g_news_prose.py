"""News prose around names (session s23, helper g): verbs of meeting and thanking before a body, two offices
joined by 暨, a list of officials with their names, a city before its district, a count after a list of
events, an event's edition, a dateline with a year or after a photo credit. Sentences invented for this file."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names


def _found(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("校长在致辞中感谢南湖大学的长期支持。", "南湖大学"),
        ("他在讲话中祝贺东岭医科大学取得突破。", "东岭医科大学"),
        ("市长会见了东岭药业集团有限公司董事长一行。", "东岭药业集团有限公司"),
    ],
)
def test_verb_of_news_prose_is_no_part_of_the_name(text: str, name: str) -> None:
    found = _found(text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


def test_two_offices_joined_by_ji() -> None:
    found = _found("南湖大学副校长（医学）暨东岭医学院院长王某出席。")
    assert found.get("东岭医学院") == "University"
    assert not any("暨" in n for n in found)


def test_officials_listed_with_names_share_no_tail() -> None:
    found = _found("中共东岭市南湖区委书记张某、南湖区人民政府区长王某出席。")
    assert "南湖区人民政府" in found
    assert not any(n.endswith("区委南湖区人民政府") for n in found)


def test_title_before_title_is_no_person() -> None:
    found = _found("张某院士获聘成为南湖生物医药产业发展咨询委员会顾问专家。")
    assert "顾问" not in found


def test_city_before_a_known_district_is_two_places() -> None:
    found = _found("上海市浦东新区副区长吴某出席。")
    assert found.get("浦东新区") == "Region"
    assert "上海市浦东新区" not in found


def test_count_after_a_list_of_events() -> None:
    found = _found("大会设有南湖医药创新论坛、东岭器械投资论坛两场专业论坛。")
    assert found.get("东岭器械投资论坛") == "Event"
    assert not any("两场" in n for n in found)


def test_event_with_its_edition_is_one_event() -> None:
    g = build("首届东岭国际医疗器械博览会在南湖开幕。东岭国际医疗器械博览会吸引百家企业参展。")
    events = [e for e in g.entities if e.type == "Event"]
    assert len(events) == 1
    assert "首届东岭国际医疗器械博览会" in names(g)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("南湖新闻网2024年5月6日讯 东岭市举行生物医药大会。", "南湖新闻网"),
        ("各校签署协议（东岭社 王某摄） 东岭社香港9月10日电 南湖大学宣布成立新中心。", "东岭社"),
    ],
)
def test_dateline_names_the_outlet(text: str, outlet: str) -> None:
    assert _found(text).get(outlet) == "Company"


def test_reception_office_keeps_its_name() -> None:
    g = build("东岭市人民政府接待办公室主任王明出席了签约仪式。", "news.txt")
    assert "东岭市人民政府接待办公室" in {e.name for e in g.entities}
