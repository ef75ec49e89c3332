"""A Latin name ending in the word an investment house's name ends in (Capital, Partners, Ventures) is a firm, as
is a Latin name right after an investing verb (领投了Acme) or the kind of firm it is (投资机构Acme)."""

from __future__ import annotations

from tests.extract.helpers import build


def _companies(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Company"}


def test_latin_house_names_are_firms() -> None:
    got = _companies("融资简报\n南湖生物近日宣布，Northwind Capital和Bluefield Partners参与了公司的新一轮投资。")
    assert {"Northwind Capital", "Bluefield Partners"} <= got


def test_latin_name_after_an_investing_verb_is_a_firm() -> None:
    got = _companies("融资简报\n东岭医疗投资机构Orvella此前曾注资南湖生物。")
    assert "Orvella" in got


def test_latin_investments_house_alone_is_a_firm() -> None:
    got = _companies("融资简报\n南湖生物近日宣布，Redwood Investments参与了公司的新一轮投资。")
    assert "Redwood Investments" in got
