"""Places and bodies the annotators do not count: a place inside a longer name or title, section numbers and
officials in lists, members' titles, zones' committees named by kind, and the two forms of one government."""

from __future__ import annotations

from tests.extract.helpers import build


def _named(text: str, type_: str) -> set[str]:
    g = build(text)
    out: set[str] = set()
    for e in g.entities:
        if e.type == type_:
            out.add(e.name)
            out.update(e.aliases)
    return out


def test_place_opening_a_session_name_is_no_region() -> None:
    text = "湖南省十四届政协三次会议第58号提案办理意见\n\n您提出的建议收悉，现答复如下。"
    assert "湖南" not in _named(text, "Region")


def test_place_of_a_branch_or_headquarters_is_no_region() -> None:
    text = "东岭生物的中国总部设在上海，南湖科技园杭州分园同日开园。"
    regions = _named(text, "Region")
    assert "上海" in regions
    assert "中国" not in regions
    assert "杭州" not in regions


def test_dateline_time_zone_is_no_region() -> None:
    assert "北京" not in _named("北京时间昨晚，东岭医药公布了三期临床试验结果。", "Region")


def test_section_number_before_a_list_is_no_agency() -> None:
    text = "南京市人民政府关于印发东岭计划的通知\n\n十二、市委人才办、市人社局、市财政局负责人才政策落实。\n"
    agencies = _named(text, "Agency")
    assert "十二" not in agencies
    assert "南京市人社局" in agencies or "市人社局" in agencies


def test_official_in_a_list_is_no_agency() -> None:
    text = "成都市科学技术局消息\n四川省副省长罗强、成都市委常委、高新区党工委书记范毅出席活动。"
    g = build(text)
    agencies = {e.name for e in g.entities if e.type == "Agency"}
    assert not any(a.endswith(("罗强", "常委")) for a in agencies)
    assert "罗强" in {e.name for e in g.entities if e.type == "Person"}
    assert "成都" not in _named(text, "Region")


def test_standing_committee_is_a_body() -> None:
    text = "成都市科学技术局消息\n市委常委会召开会议，研究部署科技创新工作。"
    assert any(a.endswith("市委常委会") for a in _named(text, "Agency"))


def test_zone_committee_named_by_kind_is_no_agency() -> None:
    text = "县（市、区）人民政府、开发区管委会要建立工作专班，园区管委会负责入驻服务。"
    agencies = _named(text, "Agency")
    assert not any(a.endswith(("开发区管委会", "开发区管委", "园区管委会")) for a in agencies)


def test_two_forms_of_one_government_are_one_body() -> None:
    text = "成都市科学技术局关于东岭大会的通知\n\n大会由成都市人民政府主办，市政府副秘书长钱某主持。\n"
    g = build(text)
    governments = [e for e in g.entities if e.type == "Agency" and "政府" in e.name]
    assert len(governments) == 1
    assert governments[0].name == "成都市人民政府"
    assert "市政府" in governments[0].aliases
