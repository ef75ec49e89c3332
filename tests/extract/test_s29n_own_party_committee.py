"""Place-relative bodies in a local document that never writes its place (session s29n).

In a local reply or a district's measures, 市委 is the Party committee of the place the document is from, named beside
that place's government (市委、市政府印发…, 经市委同意): one body, as 市政府 is; so is 市政协, whose members' proposals
the reply answers. In news they stay any city's.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def _agencies(text: str) -> set[str]:
    return {n for n, e in names(build(text)).items() if e.type == "Agency"}  # type: ignore[attr-defined]


def test_party_committee_in_a_local_reply_without_a_city_issues_with_the_government() -> None:
    text = (
        "对市政协五届二次会议第31号提案的答复\n"
        "王某某委员：\n"
        "您提出的关于发展中医药康养产业的提案收悉，现答复如下。\n"
        "市委、市政府已印发《东岭市中医药康养产业发展实施方案》，明确了发展目标。\n"
    )
    g = build(text)
    assert "市委" in _agencies(text)
    assert has_relation(g, "市委", "ISSUED", "东岭市中医药康养产业发展实施方案")
    assert has_relation(g, "市政府", "ISSUED", "东岭市中医药康养产业发展实施方案")


def test_party_committee_in_local_measures_without_a_city_is_one_body() -> None:
    text = (
        "关于支持南湖医药园区发展的若干措施\n"
        "为落实市委关于生物医药产业的部署，经市政府同意，制定本措施。\n"
        "一、对新落户南湖医药园区的企业给予租金补贴。\n"
    )
    assert "市委" in _agencies(text)


def test_party_committee_in_news_stays_a_kind() -> None:
    news = "东岭新闻网讯 昨日，南湖医药园区举行签约仪式，市委有关负责人出席活动。"
    assert "市委" not in _agencies(news)


def test_cppcc_in_a_local_reply_without_a_city_is_one_body() -> None:
    text = (
        "市政协六届一次会议208号提案答复意见\n"
        "赵某某委员：\n"
        "您提出的关于支持南湖医药园区发展的提案收悉，现答复如下。\n"
        "市政府已设立生物医药产业专项资金，支持园区企业开展研发。\n"
    )
    assert "市政协" in _agencies(text)
