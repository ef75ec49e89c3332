"""LOCATED_IN from "PLACE的Y" only when the place is a site (sentences written for these tests, invented bodies).

A city, a district or a park before 的 places the body named after it (南湖区的东岭医院). A country, a province or a
wider area before 的 or 内的 says whose body it is: reports comparing countries name foreign firms this way, and
provincial notices scope their measures to the province's own universities and firms."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

SITED = [
    ("深圳的东岭基因科技有限公司去年营收翻番。", "东岭基因科技有限公司", "深圳"),
    ("光明科学城的东岭脑科学实验室新增五个团队。", "东岭脑科学实验室", "光明科学城"),
    ("苏州工业园区内的北辰医药有限公司扩建了厂房。", "北辰医药有限公司", "苏州工业园区"),
]


@pytest.mark.parametrize("text,head,tail", SITED)
def test_city_or_park_before_de_places_the_body(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert has_relation(g, head, "LOCATED_IN", tail), [(x.name, x.type) for x in g.entities]


SCOPED = [
    ("美国的北辰生物技术有限公司在该领域申请了大量专利。", "北辰生物技术有限公司", "美国"),
    ("支持广东省的东岭大学与企业联合开展攻关。", "东岭大学", "广东"),
    ("鼓励江苏省内的南湖医药有限公司参与集中采购。", "南湖医药有限公司", "江苏"),
]


@pytest.mark.parametrize("text,head,tail", SCOPED)
def test_country_or_province_before_de_is_no_site(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert not has_relation(g, head, "LOCATED_IN", tail)
