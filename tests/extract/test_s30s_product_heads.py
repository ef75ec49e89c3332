"""Product heads read from ``resources/names/product_heads.tsv``: dosage forms of proprietary Chinese medicines
(口服液, 滴丸, 喷雾剂 …) end a product's name like 胶囊 and 颗粒 do, near a word of medicine.

Sentences are invented for these tests."""

from __future__ import annotations

from .helpers import build, has_relation, names

NEWS = (
    "东岭康泰药业有限公司今日宣布，其自主研发的清瘟解毒口服液获批上市。"
    "该公司生产的复方青榄滴丸和金银利咽喷雾剂也已进入省医保药品目录。"
)
PLAIN = "东岭市今年举办了三场口服液行业交流会，参会者讨论了包装设计。"


def test_dosage_forms_of_chinese_medicines_end_product_names():
    n = names(build(NEWS, "news.txt"))
    for product in ("清瘟解毒口服液", "复方青榄滴丸", "金银利咽喷雾剂"):
        assert product in n and n[product].type == "Product"


def test_a_form_without_a_name_before_it_is_no_product():
    n = names(build(PLAIN, "news.txt"))
    assert not [k for k, v in n.items() if v.type == "Product"]


def test_developed_rules_link_the_new_heads():
    g = build(NEWS, "news.txt")
    assert has_relation(g, "东岭康泰药业有限公司", "DEVELOPED", "清瘟解毒口服液")
