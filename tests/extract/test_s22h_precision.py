"""A member's title (市委常委) is neither a body nor a mention of its place; the standing committee (常委会) is a
body."""

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


def test_member_title_in_a_list_of_officials_is_no_agency() -> None:
    text = "成都市科学技术局消息\n省领导罗强、成都市委常委、高新区党工委书记范毅出席活动。"
    agencies = _named(text, "Agency")
    assert not any(a.endswith("常委") for a in agencies)
    assert "高新区党工委" in agencies


def test_place_inside_a_member_title_is_no_region() -> None:
    text = "东岭日化公司消息\n成都市委常委、副市长赵某出席签约仪式。"
    assert "成都" not in _named(text, "Region")


def test_standing_committee_is_a_body() -> None:
    text = "成都市科学技术局消息\n市委常委会召开会议，研究部署科技创新工作。"
    assert any(a.endswith("市委常委会") for a in _named(text, "Agency"))


def test_title_opening_a_sentence_is_no_agency() -> None:
    text = "南湖市科学技术局消息\n市委常委、常务副市长王某，市政府秘书长李某等参加会议。"
    assert not any(a.endswith("常委") for a in _named(text, "Agency"))
