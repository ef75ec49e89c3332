"""Plan outlines in Traditional Chinese (规划纲要 chapters as Hong Kong and Macao publish them): names that join
two places with a dash, and a Hong Kong park written with its city. Invented excerpts in the style of such
outlines."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

OUTLINE = """第二章　建設科技創新高地

第一節　搭建開放合作平台

一、支持昆明市建設中國—東盟農業技術轉移中心，推動雲南大學與澳門大學合作共建滇澳—港澳生態研究中心。

二、鼓勵香港科學園、香港數碼港與昆明高新技術產業開發區建立夥伴關係，聯合舉辦滇池—港澳青年創業大賽。
"""

DASHED_WORDS = """第三章　推動成果轉化

一、建立實驗室—病床—實驗室的轉化機制，支持雲南大學附屬醫院開展臨床研究。
"""


def test_a_dash_between_two_places_stays_inside_the_name():
    g = build(OUTLINE, "outline.txt")
    by = names(g)
    assert by["中国—东盟农业技术转移中心"].type == "Platform"
    assert has_relation(g, "中国—东盟农业技术转移中心", "LOCATED_IN", "昆明")
    assert "滇池—港澳青年创业大赛" in by  # 港澳: two one-character province names


def test_hong_kong_park_written_with_its_city_joins_the_partner_list():
    g = build(OUTLINE, "outline.txt")
    assert names(g)["数码港"].type == "Park"
    assert has_relation(g, "香港科学园", "COOPERATES_WITH", "昆明高新技术产业开发区")
    assert has_relation(g, "数码港", "COOPERATES_WITH", "昆明高新技术产业开发区")


def test_a_dash_between_ordinary_words_ends_the_name():
    g = build(DASHED_WORDS, "dashed.txt")
    assert not any("—" in e.name for e in g.entities)


def test_joint_verb_after_a_comma_takes_the_whole_partner_list():
    g = build(OUTLINE, "outline.txt")
    for body in ("香港科学园", "数码港", "昆明高新技术产业开发区"):
        assert has_relation(g, body, "ORGANIZES", "滇池—港澳青年创业大赛")


CORE_CITIES = """第四章　構建現代產業體系

一、以昆明、曲靖為核心，建設滇中新材料產業園。以玉龍、麗江為重點，打造世界級文化旅遊產業基地。

二、推動昆明保稅港區與澳門經濟局開展合作。
"""


def test_places_named_as_the_core_hold_what_is_built():
    g = build(CORE_CITIES, "core.txt")
    assert has_relation(g, "滇中新材料产业园", "LOCATED_IN", "昆明")
    assert has_relation(g, "滇中新材料产业园", "LOCATED_IN", "曲靖")


def test_an_aim_graded_world_class_is_no_name():
    g = build(CORE_CITIES, "core.txt")
    assert not any(e.name.startswith("世界级") for e in g.entities)


def test_a_bonded_port_zone_is_a_park_and_the_partner():
    g = build(CORE_CITIES, "core.txt")
    assert names(g)["昆明保税港区"].type == "Park"
    assert has_relation(g, "昆明保税港区", "COOPERATES_WITH", "澳门经济局")


def test_innovation_and_start_up_parks_are_parks():
    g = build("鼓勵港澳青年到昆明港澳青年創業園創業，推進曲靖與香港合作共建曲靖材料科技創新園。", "parks.txt")
    by = names(g)
    assert by["昆明港澳青年创业园"].type == "Park"
    assert by["曲靖材料科技创新园"].type == "Park"
    assert has_relation(g, "曲靖", "COOPERATES_WITH", "香港")
