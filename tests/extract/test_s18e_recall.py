"""Core names the finder used to miss (issue #10, entity recall), in invented sentences.

Each class was seen in at least two seed or dev2-tune documents; the sentences here are new.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import build


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


# --- a programme head (计划/专项/工程/项目) that is the subject of the next predicate is a noun, not a verb


@pytest.mark.parametrize(
    "text,name",
    [
        ("据通报，珊瑚礁修复计划顺利完成首期投放。", "珊瑚礁修复计划"),
        ("去年以来，青年学者引育专项加快实施，成效明显。", "青年学者引育专项"),
        ("上世纪启动的人类微生物组计划产生了大量公开数据。", "人类微生物组计划"),
    ],
)
def test_programme_before_its_predicate(text: str, name: str) -> None:
    assert _names(text).get(name) == "Program"


def test_plan_as_a_verb_is_no_programme() -> None:
    # 计划加快 here means "plans to speed up": the government is the subject, nothing is a programme
    assert not any(t == "Program" for t in _names("区政府计划加快建设一座新图书馆。").values())


# --- 升级 / 转型 / 模式 / 人类 end in 级/型/式/类 but do not sort a head into a kind


@pytest.mark.parametrize(
    "text,name",
    [
        ("今年启动了港口设备升级工程，覆盖三个码头。", "港口设备升级工程"),
        ("该市将实施城乡供水转型工程，改善水质。", "城乡供水转型工程"),
    ],
)
def test_words_ending_like_kind_markers(text: str, name: str) -> None:
    assert _names(text).get(name) == "Program"


def test_real_kind_markers_still_make_a_kind() -> None:
    got = _names("鼓励建设一批新型研究平台和研究型大学。")
    assert "新型研究平台" not in got and "研究型大学" not in got


# --- a 中心 named by the service it runs (交易/登记/交换/贸易/数据中心) is a facility even without a place first


@pytest.mark.parametrize(
    "text,name",
    [
        ("南湖产权交易中心今年完成挂牌项目三百宗。", "南湖产权交易中心"),
        ("依托滨江云数据中心，建设算力网络。", "滨江云数据中心"),
        ("全国性碳排放权登记中心已投入使用。", "全国性碳排放权登记中心"),
    ],
)
def test_service_centres(text: str, name: str) -> None:
    assert _names(text).get(name) == "Platform"


def test_a_kind_of_data_centre_is_no_name() -> None:
    assert _names("推动行业数据中心建设，优化布局。") == {}


# --- a list item of ordinary words (远景制药) listed with a known firm is a firm too; lists of trades stay out


def test_item_listed_beside_a_known_firm() -> None:
    got = _names("支持和黄医药、远景制药等企业在港上市。")
    assert got.get("远景制药") == "Company"
    assert _names("推动上海医药集团、光明生物等企业扩大投资。").get("光明生物") == "Company"


def test_item_listed_between_headed_firm_names() -> None:
    got = _names("推动南湖大药厂、远景制药、东岭生物科技有限公司扩大产能。")
    assert got.get("远景制药") == "Company"


def test_list_of_trades_is_no_firm() -> None:
    assert _names("鼓励化工、家具等行业转型。") == {}


# --- a transliterated firm's syllable that jieba reads as a function word (莫, 根) stays in the name


def test_transliterated_firm_keeps_its_first_syllable() -> None:
    got = _names("去年，莫德纳公司在本市设立研发中心。")
    assert got.get("莫德纳公司") == "Company" and "德纳公司" not in got


def test_transliterated_firm_after_its_country() -> None:
    got = _names("美国马克西根公司与南湖大学签署合作协议。")
    assert got.get("马克西根公司") == "Company" and got.get("美国") == "Region"


def test_preposition_before_a_place_is_still_cut() -> None:
    got = _names("该公司于深圳设立研发中心。")
    assert not any(n.startswith("于") for n in got)


# --- big-science facilities are named by what they are: a light source, a beamline station, a neutron source


@pytest.mark.parametrize(
    "text,name",
    [
        ("南湖光源已向全国用户开放机时。", "南湖光源"),
        ("新建的蛋白结构线站投入运行。", "蛋白结构线站"),
        ("加快建设东岭散裂中子源。", "东岭散裂中子源"),
    ],
)
def test_science_facilities(text: str, name: str) -> None:
    assert _names(text).get(name) == "Platform"


def test_light_as_a_word_is_no_facility() -> None:
    assert _names("提高光源利用效率。") == {}


# --- 小组 is a body's head (as 工作小组, 专责小组 were): a department's unit; a research team is not a body


def test_unit_of_a_department() -> None:
    got = _names("杭州市商务局的数据经济小组负责联络初创企业。")
    assert got.get("数据经济小组") == "Agency"


def test_research_team_is_no_body() -> None:
    got = _names("东岭大学张明教授研究小组在期刊发表论文。")
    assert not any(n.endswith("小组") for n in got)
