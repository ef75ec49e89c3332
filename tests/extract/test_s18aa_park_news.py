"""Park investment news (signing ceremonies in a high-tech zone): firms named after a kind of firm, firms
later called by their stem. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_kind_of_firm_before_the_name_is_not_part_of_it() -> None:
    g = build("区政府与上市公司青松医药集团股份有限公司签署协议。市里还引进了龙头企业远帆材料集团有限公司。")
    by = names(g)
    assert "青松医药集团股份有限公司" in by
    assert "远帆材料集团有限公司" in by
    assert not any(n.startswith(("公司", "上市", "龙头")) for n in by)


def test_bare_group_name_and_its_stem_are_the_registered_firm() -> None:
    g = build("管委会与北辰制药集团股份有限公司签约。北辰制药集团总裁李明说，北辰制药将在新区建厂。")
    by = names(g)
    firm = by["北辰制药集团股份有限公司"]
    assert by.get("北辰制药集团") is firm
    assert by.get("北辰制药") is firm


def test_biotech_firm_is_called_by_the_stem_before_its_trade_word() -> None:
    g = build("去年，云杉生物技术有限公司在高新区成立。云杉生物表示，将扩大研发团队。")
    by = names(g)
    assert by.get("云杉生物") is by["云杉生物技术有限公司"]
