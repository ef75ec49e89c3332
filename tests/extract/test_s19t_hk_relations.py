"""Hong Kong relation phrasing in Traditional Chinese: co-organisers joined by 及/和 before 合辦, grants told by
取得X撥款 and X批出N元予Y, and a clause opening with a time and 並 before 與X合作. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import build, has_relation

CO_ORGANISERS = [
    ("香港科技園公司及香港生產力促進局合辦的「智慧製造博覽會」本月舉行。", "香港科技园公司", "香港生产力促进局"),
    ("香港浸會大學及香港城市大學合辦「中醫藥創新峰會」，吸引業界參與。", "香港浸会大学", "香港城市大学"),
    ("職業訓練局及香港理工大學合辦的暑期工作坊已於上月完結。", "职业训练局", "香港理工大学"),
    ("創新科技署和香港生產力促進局聯合主辦的研討會將於下月舉行。", "创新科技署", "香港生产力促进局"),
]


@pytest.mark.parametrize(("text", "a", "b"), CO_ORGANISERS)
def test_co_organisers_joined_by_ji_cooperate(text: str, a: str, b: str) -> None:
    assert has_relation(build(text), a, "COOPERATES_WITH", b)


def test_co_organisers_both_organise_the_named_event() -> None:
    g = build("香港科技園公司及香港生產力促進局合辦的「智慧製造博覽會」於本月在沙田舉行。")
    assert has_relation(g, "香港科技园公司", "ORGANIZES", "智慧制造博览会")
    assert has_relation(g, "香港生产力促进局", "ORGANIZES", "智慧制造博览会")


def test_separate_organisers_do_not_cooperate() -> None:
    g = build("香港大學及香港中文大學各自舉辦「開放日」，介紹本科課程。")
    assert not has_relation(g, "香港大学", "COOPERATES_WITH", "香港中文大学")


GRANTS = [
    ("香港應用科技研究院取得創新及科技基金撥款，開發新一代電池技術。", "创新及科技基金", "香港应用科技研究院"),
    ("香港中文大學已取得研究資助局撥款，展開腦科學研究。", "研究资助局", "香港中文大学"),
    ("香港城市大學獲創新科技署批出撥款，研發智能輪椅。", "创新科技署", "香港城市大学"),
    ("創新科技署批出五百萬元予香港城市大學，支持其開展海洋研究。", "创新科技署", "香港城市大学"),
    ("研究資助局去年撥出三千萬元予香港大學，資助傳染病研究。", "研究资助局", "香港大学"),
]


@pytest.mark.parametrize(("text", "giver", "grantee"), GRANTS)
def test_hk_grant_phrasing_supports(text: str, giver: str, grantee: str) -> None:
    assert has_relation(build(text), giver, "SUPPORTS", grantee)


def test_pending_grant_application_is_no_support() -> None:
    g = build("香港大學表示，研究資助局的撥款申請仍在審批中。")
    assert not has_relation(g, "研究资助局", "SUPPORTS", "香港大学")


def test_money_returned_is_no_support() -> None:
    g = build("香港大學須把五十萬元予以退還創新科技署。")
    assert not has_relation(g, "香港大学", "SUPPORTS", "创新科技署")


CARRIED = [
    "香港科技園公司設有多個實驗室，二○二三年並與香港大學合作推出培訓課程。",
    "香港科技園公司設有多個實驗室，於二○二三年並與香港大學合作推出培訓課程。",
    "香港科技園公司設有多個實驗室，近年並與香港大學合作推出培訓課程。",
    "香港科技園公司設有多個實驗室，去年三月並與香港大學簽署合作備忘錄。",
    "香港科技園公司早前成立創業基金，今年初並與香港大學合作舉辦展覽。",
]


@pytest.mark.parametrize("text", CARRIED)
def test_time_then_bing_keeps_the_subject(text: str) -> None:
    assert has_relation(build(text), "香港科技园公司", "COOPERATES_WITH", "香港大学")


def test_clause_with_its_own_subject_does_not_carry() -> None:
    g = build("香港科技園公司設有多個實驗室，香港中文大學去年並與香港大學合作推出課程。")
    assert has_relation(g, "香港中文大学", "COOPERATES_WITH", "香港大学")
    assert not has_relation(g, "香港科技园公司", "COOPERATES_WITH", "香港大学")
