"""Officials in news of visits and meetings: civil-service ranks as titles, visiting verbs after a name, and the
border inspection stations as agencies."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names


def _people(text: str) -> set[str]:
    """The names of the people the pipeline finds in ``text``."""
    return {e.name for e in build(text).entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("东岭市人民政府口岸办公室二级巡视员周立新出席座谈会。", "周立新"),
        ("东岭市科技局一级调研员王建国介绍了有关情况。", "王建国"),
    ],
)
def test_a_civil_service_rank_is_a_title_before_a_name(text: str, person: str) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("廣東省衞健委副主任鄧林峰到東嶺醫院調研跨境醫療措施。", "邓林峰"),
        ("北川省科技厅副厅长陈志远赴深圳考察生物医药企业。", "陈志远"),
    ],
)
def test_a_visiting_verb_ends_the_name_before_it(text: str, person: str) -> None:
    assert person in _people(text)


def test_border_inspection_stations_are_agencies() -> None:
    g = build("深圳海关和深圳出入境边防检查总站代表参加会谈。")
    found = names(g)
    assert "深圳出入境边防检查总站" in found
    assert found["深圳出入境边防检查总站"].type == "Agency"
