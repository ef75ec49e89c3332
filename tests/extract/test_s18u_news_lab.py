"""Hong Kong news about a mainland group opening a laboratory (issue #10): invented sentences in own words."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_partner_before_joint_development_verb_is_a_name() -> None:
    # 合作開發 is one dictionary word: the university before it is a name of its own, not half a platform's
    g = build("該公司又與香港理工大學合作開發新型篩查平台。")
    assert "香港理工大学" in names(g)
    assert not any("合作开发" in e.name for e in g.entities)


def test_attention_verb_ends_no_lab_name() -> None:
    g = build("有議員關注實驗室的數據保障。")
    assert not any(e.type == "Lab" for e in g.entities)


def test_group_stem_is_the_group_and_seated_stem_the_subsidiary() -> None:
    g = build(
        "康澤醫療集團昨日宣布，旗下康澤醫療（香港）有限公司在大埔開設化驗所。"
        "康澤醫療（香港）將與廣華醫院合作。康澤醫療在杭州亦有實驗室。"
    )
    by = names(g)
    assert by["康澤醫療"].name == "康泽医疗集团"
    assert by["康澤醫療（香港）"].name == "康泽医疗（香港）有限公司"


def test_bare_group_at_clause_start_points_back() -> None:
    g = build("康澤醫療集團主席在儀式上表示，集團已與香港浸會大學簽署合作協議。")
    assert has_relation(g, "康泽医疗集团", "COOPERATES_WITH", "香港浸会大学")


def test_bare_group_inside_a_phrase_points_nowhere() -> None:
    g = build("康澤醫療集團表示，本港企業集團與香港浸會大學合作。")
    assert not has_relation(g, "康泽医疗集团", "COOPERATES_WITH", "香港浸会大学")


def test_rnd_office_is_no_agency() -> None:
    g = build("該集團亦在香港科學園設立研發辦公室。")
    assert not any(e.type == "Agency" for e in g.entities)


def test_lab_brand_short_form_is_the_lab() -> None:
    g = build("康澤醫療集團的「康澤香港分子診斷實驗室」昨日啟用。行政總裁表示，康澤實驗室每日可處理五萬份樣本。")
    assert names(g)["康澤實驗室"].name == "康泽香港分子诊断实验室"


def test_place_and_lab_is_no_short_form() -> None:
    g = build("康澤醫療集團的「香港康澤分子診斷實驗室」昨日啟用。香港實驗室的數目亦有增加。")
    lab = names(g).get("香港實驗室")
    assert lab is None or lab.name != "香港康泽分子诊断实验室"


def test_founding_clause_after_comma_takes_the_subject() -> None:
    g = build("康澤醫療集團早前與廣華醫院合作，並在南山區設立康澤華南研究院。")
    assert has_relation(g, "康泽医疗集团", "FOUNDED", "康泽华南研究院")


def test_bare_lab_at_clause_start_points_back() -> None:
    g = build("康澤醫療集團的「康澤香港分子診斷實驗室」昨日啟用。實驗室位於沙田區，設有三個功能區。")
    assert has_relation(g, "康泽香港分子诊断实验室", "LOCATED_IN", "沙田区")


def test_second_partner_clause_with_you_keeps_the_subject() -> None:
    g = build("康澤醫療集團已與香港浸會大學簽署合作備忘錄，又與香港理工大學合作開發檢測技術。")
    assert has_relation(g, "康泽医疗集团", "COOPERATES_WITH", "香港理工大学")


def test_owner_before_quoted_programme_is_not_the_object() -> None:
    g = build("康澤醫療集團曾參與醫院管理局的「長者篩查先導計劃」。")
    assert has_relation(g, "康泽医疗集团", "MEMBER_OF", "长者筛查先导计划")
    assert not has_relation(g, "康泽医疗集团", "MEMBER_OF", "医院管理局")


def test_place_clause_after_comma_settles_the_subject_not_the_funder() -> None:
    g = build("康澤醫療集團亦獲創新及科技基金資助，在香港科學園設立研發辦公室。")
    assert has_relation(g, "康泽医疗集团", "LOCATED_IN", "香港科学园")
