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


def test_a_signing_elsewhere_does_not_open_a_list() -> None:
    got = _types("南湖市推进南湖湾悦享康养、华昕跨境电商等重大项目建设。东岭市与南湖市签署了合作协议。", "report.txt")
    assert "华昕跨境电商" not in got


def test_a_second_list_of_the_clause_is_not_signed() -> None:
    got = _types(
        "集中签约了康华智慧康养综合体、瑞丰细胞治疗基地等项目并考察了泽远智能制造基地、华昕新材料园等5个项目。"
    )
    assert got.get("瑞丰细胞治疗基地") == "Program"
    assert not any("考察" in name or "并" in name for name in got)


def test_only_openers_between_the_verb_and_the_list() -> None:
    for text in (
        "签约仪式上参观了康华智慧康养综合体、泽远跨境电商等6个项目。",
        "签约后双方将共同推进康华智慧康养综合体、泽远跨境电商等6个项目。",
        "今年以来，南湖区新签约项目包括康华智慧康养综合体、泽远跨境电商等6个项目。",
    ):
        got = _types(text)
        assert "泽远跨境电商" not in got, text
        assert not any(name.endswith("康华智慧康养综合体") for name in got), text


def test_fields_of_any_length_are_not_projects() -> None:
    got = _types("会上签约了生物医药研发、高端装备制造、新材料应用等项目。")
    assert not {"生物医药研发", "高端装备制造", "新材料应用"} & set(got)


def test_people_and_bodies_in_a_role_are_not_projects() -> None:
    assert _types("现场签约了欧阳明华、司马光明等项目负责人。").get("司马光明") != "Program"
    assert _types("与南湖城建、东岭建工等项目施工单位集中签约。").get("东岭建工") != "Program"


def test_signed_documents_are_not_projects() -> None:
    got = _types("会上签署了南湖湾康养合作协议、泽远跨境电商投资协议等5个项目。")
    assert "南湖湾康养合作协议" not in got and "泽远跨境电商投资协议" not in got


def test_a_known_name_inside_an_item_leaves_the_list_alone() -> None:
    got = _types("会上集中签约了药明康德华东研发总部、泽远跨境电商等8个项目。")
    assert got.get("药明康德") == "Company"
    assert "药明康德华东研发总部" not in got and "泽远跨境电商" not in got


def test_a_list_starting_beyond_sight_is_left_alone() -> None:
    items = "、".join(f"{a}{b}智慧康养综合体建设工程" for a, b in zip("康瑞泽华安丰", "华丰远昕澜泰"))
    got = _types(f"今年{items}、{items}等12个重点项目集中签约。")
    assert not any(name.startswith(("慧", "养", "合", "设", "程")) for name in got)
