"""Institutes and labs named by a group's head institute, an industry institute's short form, the renamed state key
labs, and goal phrases and clauses that are no institute (issue #10, s26j)."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in build(text).entities}


def test_head_institute_of_a_sector_is_an_institute() -> None:
    got = _typed("东岭医药工业研究总院今年承担了三项重点课题。")
    assert got.get("东岭医药工业研究总院") == "ResearchInstitute"


def test_group_rd_head_institute_in_traditional_text() -> None:
    got = _typed("南湖集團生命健康研發總院將於明年啟用。")
    assert got.get("南湖集团生命健康研发总院") == "ResearchInstitute"


def test_university_industry_institute_short_form_is_its_part() -> None:
    g = build("上海交通大学与东岭集团签约，上海交大产研院院长刘明出席。")
    assert names(g).get("上海交大产研院") is not None
    assert has_relation(g, "上海交大产研院", "PART_OF", "上海交通大学")


def test_renamed_state_key_lab_keeps_its_field() -> None:
    got = _typed("东岭大学拥有海洋药物全国重点实验室。")
    assert got.get("海洋药物全国重点实验室") == "Lab"


def test_lab_after_a_signing_joined_by_ji_starts_after_it() -> None:
    got = _typed("东岭大学与南湖医药战略合作签约暨创新免疫治疗全国重点实验室揭牌仪式在北辰举行。")
    assert got.get("创新免疫治疗全国重点实验室") == "Lab"
    assert not any("签约" in n for n in got)


def test_lab_after_a_ceremony_joined_by_ji() -> None:
    got = _typed("北辰市今天举行东岭创新园开园典礼暨南湖海洋联合实验室揭牌活动。")
    assert got.get("南湖海洋联合实验室") == "Lab"
    assert not any("典礼" in n for n in got)


def test_two_events_joined_by_ji_stay_two_events() -> None:
    got = _typed("东岭论坛暨南湖大会在北辰举行。")
    assert got.get("东岭论坛") == "Event" and got.get("南湖大会") == "Event"


def test_influence_goal_is_no_institute() -> None:
    got = _typed("加快推动北辰市成为具有全球影响力科技创新中心的关键任务。")
    assert not any("影响力" in n for n in got)
    got = _typed("打造具有国际竞争力创新中心。")
    assert not any("竞争力" in n for n in got)


def test_named_centre_keeps_a_field_word() -> None:
    got = _typed("东岭大学全球影响力研究中心今年成立。")
    assert got.get("东岭大学全球影响力研究中心") == "ResearchInstitute"


def test_place_acting_as_a_goal_centre_is_no_institute() -> None:
    got = _typed("中央支持我们在香港做国际科技创新中心推出的措施已落实。")
    assert not any(n.endswith("科技创新中心") for n in got)


def test_national_research_platform_is_a_kind() -> None:
    for text in ("支持建设国家科研平台。", "依托国家科研中心开展联合攻关。"):
        got = _typed(text)
        assert not any("科研" in n for n in got), got


def test_field_named_institute_listed_beside_a_named_one() -> None:
    got = _typed("去年，东岭海洋药物研究院、智能医学研究院等一批研究机构相继落户北辰。")
    assert got.get("东岭海洋药物研究院") == "ResearchInstitute"
    assert got.get("智能医学研究院") == "ResearchInstitute"


def test_kinds_listed_together_stay_kinds() -> None:
    got = _typed("支持企业建设重点实验室、工程研究院等创新平台。")
    assert not any(n.endswith(("实验室", "研究院")) for n in got)
