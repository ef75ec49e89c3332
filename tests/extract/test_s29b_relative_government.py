"""A city-relative government in a local document that never writes its city (session s29b).

In a district's measures or a local reply, 市政府 / 市人民政府 is the government of the city the document is from,
one body, even where the text names no city; in a national notice or in news it is any city's.
"""

from __future__ import annotations

from tests.extract.helpers import build, names


def _agencies(text: str) -> set[str]:
    return {n for n, e in names(build(text)).items() if e.type == "Agency"}  # type: ignore[attr-defined]


def test_government_in_local_measures_without_a_city_is_one_body() -> None:
    text = (
        "关于加快东岭产业园建设的实施办法\n"
        "为推动东岭产业园高质量发展，经市人民政府同意，制定本办法。\n"
        "一、支持企业入驻东岭产业园，对新入驻企业给予租金补贴。\n"
        "二、本办法由区科技局负责解释，报市政府备案。\n"
    )
    found = _agencies(text)
    assert "市人民政府" in found
    assert "市政府" in found


def test_government_in_a_local_reply_without_a_city_is_one_body() -> None:
    text = (
        "对区政协三届二次会议第15号提案的答复\n"
        "张某某委员：\n"
        "你们提出的关于扶持东岭医疗器械企业的提案已收到，现答复如下。\n"
        "市政府高度重视生物医药产业发展，已设立产业发展专项资金，支持企业开展研发。\n"
    )
    assert "市政府" in _agencies(text)


def test_government_in_a_national_notice_or_in_news_stays_a_kind() -> None:
    notice = (
        "国务院办公厅关于做好东岭试验区改革经验复制工作的通知\n"
        "国办函〔2030〕7号\n"
        "各有关单位：\n"
        "各地要在市人民政府统一领导下推进改革。\n"
    )
    assert "市人民政府" not in _agencies(notice)
    news = "东岭新闻网讯 昨日，东岭产业园举行签约仪式。市政府有关负责人出席活动。"
    assert "市政府" not in _agencies(news)
