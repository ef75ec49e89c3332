"""A body's act on what it names (sentences written for these tests, with invented names such as 东岭 and 南湖).

科技部命名X实验室, 省财政厅下达X资金, 卫生健康委确定X医院为…: the acting verbs of
``resources/names/acting_verbs.tsv`` end the body's name and open the next one; the central government acts
as 中央 only as the subject of an act, never inside 中央财政 or 中央企业."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, names

ACTED_ON = [
    ("科技部命名东岭生物医药实验室为省级重点实验室。", "东岭生物医药实验室", "Lab"),
    ("省财政厅下达南湖生物医药专项资金三千万元。", "南湖生物医药专项资金", "Program"),
    ("市卫生健康委确定东岭市第一人民医院为区域医疗中心。", "东岭市第一人民医院", "Hospital"),
]


@pytest.mark.parametrize("text,name,kind", ACTED_ON)
def test_acting_verb_ends_the_body_and_opens_the_next_name(text: str, name: str, kind: str) -> None:
    g = build(text)
    e = names(g).get(name)
    assert e is not None and e.type == kind, [(x.name, x.type) for x in g.entities]
    assert not any(v in x.name for x in g.entities for v in ("命名", "下达", "确定")), [x.name for x in g.entities]


@pytest.mark.parametrize("text", ["中央早已确定东岭的发展定位。", "经中央批准，南湖新区正式设立。"])
def test_central_government_acting_as_subject_is_an_agency(text: str) -> None:
    e = names(build(text)).get("中央")
    assert e is not None and e.type == "Agency"


@pytest.mark.parametrize("text", ["中央财政安排资金支持南湖新区建设。", "东岭引进三家中央企业的研发总部。"])
def test_central_as_a_modifier_is_no_body(text: str) -> None:
    assert "中央" not in names(build(text))
