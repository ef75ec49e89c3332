"""Place-relative bureaus listed together in a local document that never writes its place (issue #10, helper s30w).

Invented texts. A local reply or measures that never name their city list the departments they work with as 市X局;
the tables know some of these forms (as one city's bureau) and not others, and a list names its departments alike:
each listed form is kept as written, the known ones as the unknown neighbours found by their head words are.
Outside a list, or in news, a known 市X局 of no stated city stays out as before."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _agencies(text: str) -> set[str]:
    return {n for n, e in names(build(text)).items() if e.type == "Agency"}  # type: ignore[attr-defined]


REPLY = (
    "对市政协四届三次会议第57号提案的答复\n"
    "陈某某委员：\n"
    "您提出的关于发展康养产业的提案收悉。我委及时与市财政局、市文旅体局等单位沟通，现答复如下。\n"
)

MEASURES = (
    "关于支持南湖医药园区发展的若干措施\n"
    "一、支持园区医院开展新药临床试验，加快审评进度。（市卫生健康委、市药监局、南湖区政府）\n"
)

NEWS = "东岭新闻网讯 昨日，南湖医药园区举行签约仪式，市财政局、市文旅体局有关负责人出席活动。"

ALONE = "对市政协四届三次会议第58号提案的答复\n陈某某委员：\n您的提案收悉。市财政局已安排专项资金支持康养产业。\n"


def test_known_bureau_listed_with_an_unknown_one_in_a_reply_is_kept() -> None:
    found = _agencies(REPLY)
    assert "市财政局" in found
    assert "市文旅体局" in found


def test_known_bureaus_listed_under_a_measure_are_kept() -> None:
    found = _agencies(MEASURES)
    assert "市卫生健康委" in found
    assert "市药监局" in found


def test_listed_bureaus_in_news_stay_out() -> None:
    assert "市财政局" not in _agencies(NEWS)


def test_known_bureau_outside_a_list_stays_out() -> None:
    assert "市财政局" not in _agencies(ALONE)
