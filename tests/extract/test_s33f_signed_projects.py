"""A list of projects signed at an event (集中签约A、B等12个产业项目; A、B、C等8个重点项目集中签约) names each project:
an item with a head word keeps its head's type (…产业园: a park, …一体化中心: a platform), one without is a
programme. Fields (生物医药、高端装备等项目), firms' trade names and lists with no signing are left as they were.
Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build


def _types(text: str, file: str = "news.txt") -> dict[str, str]:
    return {e.name: e.type for e in build(text, file).entities}


def test_signed_after_the_list_news() -> None:
    got = _types("会上，康华智慧康养综合体、瑞丰细胞治疗产业园、泽远精准诊疗一体化中心等6个重点项目集中签约。")
    assert got.get("康华智慧康养综合体") == "Program"
    assert got.get("瑞丰细胞治疗产业园") == "Park"
    assert got.get("泽远精准诊疗一体化中心") == "Platform"


def test_signed_before_the_list_forum() -> None:
    got = _types("开幕式上集中签约安澜医疗手术导航产业化等10个产业项目。", "forum.txt")
    assert got.get("安澜医疗手术导航产业化") == "Program"


def test_a_batch_to_be_signed_deal_news() -> None:
    got = _types("会上，南湖湾悦享康养项目、华昕跨境电商、泽远物流华南总部等一批重点项目将集中签约。", "deal.txt")
    assert got.get("华昕跨境电商") == "Program"
    assert got.get("泽远物流华南总部") == "Program"


def test_fields_are_not_projects() -> None:
    got = _types("会上签约了生物医药、高端装备等项目。")
    assert "生物医药" not in got and "高端装备" not in got


def test_firms_stay_firms() -> None:
    got = _types("园区先后签约落户康瑞药业、华昕制药、泽润医疗等项目。")
    assert got.get("康瑞药业") == "Company"
    assert got.get("泽润医疗") == "Company"


def test_no_signing_no_projects() -> None:
    got = _types("南湖市推进南湖湾悦享康养、华昕跨境电商等重大项目建设。", "report.txt")
    assert "华昕跨境电商" not in got
