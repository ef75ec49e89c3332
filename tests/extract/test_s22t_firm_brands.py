"""Well-known firms named by their brand alone (华为, 百度, 英伟达) are partners in cooperation news.

News and reports name large firms by the brand, with no 公司 or legal form after it, so the name finder has no
head word to stop at; the known table lists them. Sentences are invented (东岭/南湖 are made-up bodies)."""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_a_brand_alone_is_a_company_and_a_partner():
    g = build("近日，华为与南湖大学签署战略合作协议，双方将共建人工智能联合实验室。", "news.txt")
    n = names(g)
    assert n["华为"].type == "Company"
    assert has_relation(g, "华为", "COOPERATES_WITH", "南湖大学")


def test_brands_listed_after_the_partner_marker():
    g = build("东岭市人民政府与百度、英伟达分别签署合作协议，推进智能算力中心建设。", "report.txt")
    n = names(g)
    assert n["百度"].type == "Company" and n["英伟达"].type == "Company"
    assert has_relation(g, "东岭市人民政府", "COOPERATES_WITH", "英伟达")


def test_brand_in_traditional_news():
    g = build("南湖大學與微軟簽署合作備忘錄，共同培養人工智能人才。", "news-trad.txt")
    assert names(g)["微软"].type == "Company"


def test_a_brand_product_stays_a_product():
    n = names(build("该公司生产的云南白药胶囊获批上市。", "news.txt"))
    assert n["云南白药胶囊"].type == "Product"
