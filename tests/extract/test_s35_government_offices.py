"""A government's own office named by a national office's short form is the government's, not the nation's."""

from __future__ import annotations

from .helpers import build, names


def test_a_city_governments_office_in_a_duty_list_is_the_citys():
    g = build(
        "青禾市人民政府办公厅关于印发若干措施的通知\n"
        "（七）支持企业赴港澳交流合作。（责任单位：市商务委、市政府港澳办）\n"
    )
    found = names(g)
    assert "国务院港澳事务办公室" not in found  # the State Council's office is not named
    assert any(n.endswith("政府港澳办") for n in found)
    duty = {g_e.name for g_e in g.entities for r in g.relations if r.type == "RESPONSIBLE_FOR" and r.head == g_e.id}
    assert not any(n in ("青禾市人民政府", "国务院港澳事务办公室") for n in duty)


def test_the_short_form_alone_is_still_the_state_councils_office():
    g = build("国务院港澳办与青禾市人民政府签署合作协议。")
    assert "国务院港澳事务办公室" in names(g)
