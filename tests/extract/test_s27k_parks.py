"""Parks and platforms (s27k): a zone's name after a verb of promoting it, themed towns (小镇), an event's venue
in a park, quoted centres, and 平台思维-like phrases that name no body."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_zone_after_a_verb_of_promoting_it_starts_after_the_verb() -> None:
    ents = _entities("东岭集团代表团赴欧洲推介南湖科学城的营商环境。")
    assert ents.get("南湖科学城") == "Park"
    assert not any(n.endswith("推介南湖科学城") for n in ents)


def test_zone_promoted_abroad_starts_after_the_verb() -> None:
    ents = _entities("东岭集团在海外推广南湖科学城。")
    assert ents.get("南湖科学城") == "Park"
    assert "海外推广南湖科学城" not in ents


def test_themed_towns_are_parks_but_the_scheme_word_is_a_kind() -> None:
    ents = _entities("以东岭小镇、南湖小镇等为引领，推进信息经济特色小镇建设。")
    assert ents.get("东岭小镇") == "Park"
    assert ents.get("南湖小镇") == "Park"
    assert not any(n.endswith("特色小镇") for n in ents)


def test_event_venue_in_a_park_is_the_events() -> None:
    ents = _entities("东岭国际创业周园区分会场于昨日开幕。")
    assert "东岭国际创业周园区" not in ents
    assert ents.get("东岭国际创业周园区分会场") == "Event"


def test_quoted_centre_with_a_name_of_its_own() -> None:
    ents = _entities("东岭生产力局今日宣布「海洋健康未来科技中心」正式开幕。")
    assert ents.get("海洋健康未来科技中心") == "Platform"


def test_quoted_short_goal_centre_is_no_name() -> None:
    ents = _entities("南湖市提出建设“科创中心”的目标。")
    assert "科创中心" not in ents


def test_platform_thinking_names_no_platform() -> None:
    ents = _entities("全县上下坚持平台思维和生态思维，推动产业集群发展。")
    assert not any(n.endswith("平台") for n in ents)


def test_israel_short_form_stays_in_a_joint_sites_name() -> None:
    ents = _entities("东岭集团将建设中美以联合医疗器械孵化器。")
    assert ents.get("中美以联合医疗器械孵化器") == "Platform"
    assert "医疗器械孵化器" not in ents


def test_joint_centre_with_israel_keeps_its_partners() -> None:
    ents = _entities("南湖大学与以色列某理工学院共建中以联合创新中心。")
    assert "中以联合创新中心" in ents


def test_preposition_yi_after_qizhong_still_stops() -> None:
    ents = _entities("入驻企业中，其中以生物医药企业为主。")
    assert not any(n.startswith("中以") for n in ents)


def test_bare_park_head_after_a_verb_of_widening_is_no_name() -> None:
    ents = _entities("东岭公司吸纳初创企业，拓宽园区医疗器械生态圈。")
    assert not any(n.endswith("园区") for n in ents)
