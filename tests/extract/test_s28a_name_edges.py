"""Name edges (s28a): spans of time, grades of titles, adverb-verb openings, verbs after a whole body's name,
dashes after an occasion and counted units are no part of a name."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_span_of_time_before_a_zone_is_cut() -> None:
    found = _names("到那时，未来十年东岭高新区的产业规模将翻一番。")
    assert "东岭高新区" in found
    assert not any(n.startswith("未来") for n in found)


def test_plan_period_before_a_zone_is_cut() -> None:
    found = _names("第二章 “十四五”时期南湖高新区发展的主要任务")
    assert "南湖高新区" in found
    assert not any("时期" in n for n in found)


def test_a_zone_opened_by_the_word_future_stays_whole() -> None:
    assert "未来科技城" in _names("东岭企业落户未来科技城。")


def test_grade_of_a_title_is_no_name() -> None:
    found = _names("院长王东岭、原副院长陈南湖出席了会议。")
    assert "原副" not in found
    assert "陈南湖" in found


def test_grade_is_not_the_end_of_a_body_before_an_office() -> None:
    found = _names("东岭学会为联盟副理事长单位，联盟副理事长刘南湖教授致辞。")
    assert "联盟副" not in found


def test_adverb_and_verb_before_a_listed_firm_are_cut() -> None:
    found = _names("园区将全力扶持东岭瑞康、南湖迈尔等企业做大做强。")
    assert not any(n.startswith(("全力", "扶持")) for n in found)


def test_verb_after_a_whole_firm_name_ends_it() -> None:
    found = _names("东岭医药集团当选南湖市生物医药产业联盟理事长单位。")
    assert "南湖市生物医药产业联盟" in found
    assert not any("当选" in n for n in found)


def test_dash_after_a_signing_ceremony_opens_the_firm() -> None:
    found = _names("合作伙伴签约仪式 – 东岭医药集团正式签约加入计划。")
    assert not any("仪式" in n and "集团" in n for n in found)


def test_counted_units_of_a_school_are_no_platform() -> None:
    found = _names("区里将深度挖掘东岭大学医学院六大中心的带动作用。")
    assert not any(n.endswith("六大中心") for n in found)
    assert not any(n.startswith("深度") for n in found)


def test_bay_after_a_place_word_stays_in_the_zone_committee() -> None:
    found = _names("会议在东岭滨海湾新区管理委员会举办。")
    assert "东岭滨海湾新区管理委员会" in found
    assert "新区管理委员会" not in found


def test_bank_branch_keeps_its_place_and_head() -> None:
    found = _names("本答复征求了东岭银行南湖分行的意见。")
    assert "东岭银行南湖分行" in found


def test_branches_of_a_kind_of_bank_name_nothing() -> None:
    found = _names("各商业银行分行积极参与。")
    assert not any(n.endswith("分行") for n in found)


def test_city_in_brackets_after_a_centre_is_part_of_its_name() -> None:
    found = _names("东岭控股集团、粤港澳大湾区东岭人才创新驱动中心(香港)与东岭科技园公司共同揭牌。")
    assert any(n.startswith("粤港澳大湾区东岭人才创新驱动中心") and n.endswith(("（香港）", "(香港)")) for n in found)


def test_visit_verb_in_a_headline_opens_no_firm_name() -> None:
    found = _names("特首访东岭生物科技公司 了解检测技术")
    assert not any(n.startswith(("特首", "访")) for n in found)


def test_petition_bureau_keeps_its_word() -> None:
    assert "东岭市信访局" in _names("东岭市信访局发布通知。")


def test_east_section_of_a_device_city_is_no_district() -> None:
    found = _names("交流中心正式落位东岭国际医疗器械城东区。")
    assert "城东区" not in found


def test_district_after_its_city_stays_a_place() -> None:
    assert "城东区" in _names("西宁城东区的企业积极参与。")


def test_central_bank_branch_is_an_agency() -> None:
    g = build("本答复征求了中国人民银行东岭分行的意见。")
    by = names(g)
    branch = by.get("中国人民银行东岭分行")
    assert branch is not None and branch.type == "Agency"
