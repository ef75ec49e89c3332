"""The Mainland and Hong Kong Closer Economic Partnership Arrangement is a policy the lexicon knows by its Chinese
title and by its English acronym: Hong Kong and Greater Bay Area texts mostly write CEPA alone (在CEPA框架下), which
no 《》 marks as a title. Sentences written for this file."""

from __future__ import annotations

from tests.extract.helpers import build, names

CEPA = "内地与香港关于建立更紧密经贸关系的安排"


def test_acronym_alone_legco_trad() -> None:
    g = build("在CEPA框架下，香港的南湖醫療集團已在深圳開設診所。", "legco.txt")
    assert names(g)[CEPA].type == "Policy"


def test_title_and_acronym_are_one_policy_plan() -> None:
    text = "深化《內地與香港關於建立更緊密經貿關係的安排》（CEPA）框架下的合作，CEPA的服務貿易開放亦會擴大。"
    g = build(text, "plan.txt")
    policies = [e for e in g.entities if e.type == "Policy"]
    assert [e.name for e in policies] == [CEPA]


def test_acronym_alone_news_simplified() -> None:
    g = build("东岭生物科技公司表示，将借助CEPA进入内地市场。", "news.txt")
    assert names(g)[CEPA].type == "Policy"
