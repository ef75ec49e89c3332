"""A zone or firm named after by some of its name's characters kept in order (高新区 for 高新技术产业开发区, a firm's
brand shortened) is one entity with its full name (resolve._merge_ordered_short_forms). Sentences are invented for
this file."""

from __future__ import annotations

from .helpers import build


def _entities(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in build(text).entities}


def test_zone_kind_short_form_and_its_bare_form() -> None:
    ents = _entities(
        "乙方由西岭松涛高新技术产业开发区出资建设。签约仪式在西岭松涛高新区举行。松涛高新区今年引进药企十家。"
    )
    assert "西岭松涛高新区" not in ents
    assert "西岭松涛高新区" in ents["西岭松涛高新技术产业开发区"]


def test_firm_short_form_without_trade_word() -> None:
    ents = _entities("青湾生物医药产业集团有限公司今年新建工厂两座。青湾生物医药集团表示将继续加大研发投入。")
    assert "青湾生物医药集团" not in ents
    assert "青湾生物医药集团" in ents["青湾生物医药产业集团有限公司"]


def test_whole_kind_after_dropped_words_is_another_zone() -> None:
    ents = _entities("园区包括青湾现代医药高新技术产业园区和青湾高新技术产业园区两处。")
    assert "青湾高新技术产业园区" in ents
    assert "青湾现代医药高新技术产业园区" in ents
