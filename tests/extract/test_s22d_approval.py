"""Approving a founding is support, not founding (sentences written for these tests, invented bodies).

GUIDELINES: FOUNDED links the one that sets a body up; SUPPORTS covers recognition and approval. A verb of
approval right before the founding verb (批准设立, 批复同意组建, 经X批准设立的Y) names the approver, so only SUPPORTS
is read; a plain founding verb (X设立Y) still founds."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

APPROVED = [
    ("东岭省人民政府批准设立南湖高新技术产业开发区。", "东岭省人民政府", "南湖高新技术产业开发区"),
    ("南湖生物医药产业园是经东岭省人民政府批准设立的省级园区。", "东岭省人民政府", "南湖生物医药产业园"),
    ("東嶺省人民政府批復同意設立南湖生物醫藥產業園。", "东岭省人民政府", "南湖生物医药产业园"),
]


@pytest.mark.parametrize(("text", "head", "tail"), APPROVED)
def test_approver_supports_and_does_not_found(text: str, head: str, tail: str) -> None:
    g = build(text)
    assert has_relation(g, head, "SUPPORTS", tail)
    assert not has_relation(g, head, "FOUNDED", tail)


def test_plain_founding_verb_still_founds() -> None:
    g = build("佛山市人民政府于2015年设立佛山市医疗器械检验中心，负责检测工作。")
    assert has_relation(g, "佛山市人民政府", "FOUNDED", "佛山市医疗器械检验中心")
