"""False names on unseen text: a short form in brackets inside a longer name, a host's verb of welcome before a
visiting body, a zone followed by a kind of platform, and the Lok Ma Chau Loop by its Hong Kong name."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_bracketed_short_form_leaves_the_name() -> None:
    got = {e.name for e in build("东岭大学（东大）医学院与南湖医院签署合作协议。").entities}
    assert "东岭大学医学院" in got
    assert not any("（" in n for n in got)


def test_bracket_that_is_no_short_form_is_kept() -> None:
    got = _names("东岭生物（华东）有限公司落户南湖高新区。")
    assert "东岭生物（华东）有限公司" in got


def test_welcome_verb_ends_the_host() -> None:
    got = _names("东岭科技园公司欢迎南湖医药创新促进会代表团到访。")
    assert "东岭科技园公司" in got
    assert "南湖医药创新促进会" in got


def test_receiving_verb_ends_the_host() -> None:
    got = _names("东岭集团热烈欢迎南湖市医药行业协会考察团。")
    assert "东岭集团" in got
    assert not any("欢迎" in n for n in got)


def test_zone_then_kind_of_platform_names_the_zone() -> None:
    got = _names("支持东岭经济技术开发区创新创业平台建设。")
    assert "东岭经济技术开发区" in got
    assert not any(n.endswith("平台") for n in got)


def test_named_platform_of_a_zone_is_kept() -> None:
    got = _names("东岭高新区生物医药公共服务平台正式上线。")
    assert "东岭高新区生物医药公共服务平台" in got


def test_loop_by_its_hong_kong_name() -> None:
    g = build("港深創新及科技園位於落馬洲河套地區。")
    assert "落馬洲河套地區" in names(g)
