"""A think-tank report on technology transfer in universities (issue #10): a named challenge competition, a
subsidiary that a university set up, a quoted slogan describing a model, a foreign society named by common words
after its country. Sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names


def test_challenge_competition_is_an_event() -> None:
    g = build("科技部每年举办南湖创新挑战赛，吸引企业发布技术需求。")
    assert names(g)["南湖创新挑战赛"].type == "Event"


def test_bare_challenge_is_no_name() -> None:
    g = build("团队参加了挑战赛并获得二等奖。")
    assert "挑战赛" not in names(g)


def test_subsidiary_set_up_by_a_university_is_part_of_it() -> None:
    g = build("北岭大学设立的全资子公司北岭技术转化有限公司负责专利许可。")
    assert has_relation(g, "北岭技术转化有限公司", "PART_OF", "北岭大学")


def test_subsidiary_founded_by_a_group_is_part_of_it() -> None:
    g = build("据介绍，东江医药集团成立的子公司东江检测有限公司已在佛山投产。")
    assert has_relation(g, "东江检测有限公司", "PART_OF", "东江医药集团")


def test_count_of_subsidiaries_names_no_part() -> None:
    g = build("东江医药集团成立的子公司已有十家，东江检测有限公司是行业龙头。")
    assert not has_relation(g, "东江检测有限公司", "PART_OF", "东江医药集团")


def test_quoted_slogan_before_a_kind_is_no_programme() -> None:
    g = build("南湖研究院设立了“研发在楼上、孵化在楼下”的转化模式。")
    assert "研发在楼上、孵化在楼下" not in names(g)


def test_quoted_programme_before_its_stage_is_still_named() -> None:
    g = build("市科委启动了“南湖青年英才计划”的第二期申报。")
    assert names(g)["南湖青年英才计划"].type == "Program"


def test_foreign_society_named_by_common_words_keeps_its_country() -> None:
    g = build("美国大学技术经理人协会为技术经理人提供培训和认证。")
    assert "美国大学技术经理人协会" in names(g)
    assert "大学技术经理人协会" not in {e.name for e in g.entities}


def test_foreign_society_with_a_proper_name_drops_its_country() -> None:
    g = build("德国弗劳恩霍夫协会下设七十多个研究所。")
    assert "弗劳恩霍夫协会" in {e.name for e in g.entities}
