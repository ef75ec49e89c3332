"""Entity recall: names the generic-phrase filter dropped although their words single one thing out.

Sentences are invented for these tests, in the style of municipal work reports and action plans.
"""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_pilot_named_by_its_subject_is_kept_despite_a_kind_word() -> None:
    # 综合 is a kind word (综合改革试点 alone is a kind of pilot), but three words of subject matter before it
    # make the pilot one programme of the city
    g = build("去年，本市深入推进青年医师培养模式综合改革试点，各区同步落实相关配套措施。")
    assert "青年医师培养模式综合改革试点" in names(g)


def test_two_pilots_in_one_report() -> None:
    g = build(
        "江城市人民政府工作报告\n"
        "过去一年，江城市稳步开展农村宅基地管理制度综合改革试点，职业教育产教融合综合改革试点取得阶段成效。"
    )
    by = names(g)
    assert "农村宅基地管理制度综合改革试点" in by
    assert "职业教育产教融合综合改革试点" in by


def test_bare_kind_of_pilot_stays_out() -> None:
    # nothing but a kind word and an activity before the head: any city's pilot, not one programme
    g = build("各区要积极争取国家综合改革试点，总结推广成熟经验。")
    assert not any(n.endswith("综合改革试点") for n in names(g))


def test_facility_with_kind_word_still_needs_a_proper_word() -> None:
    # the exemption is for programmes: a platform described by a sector and a kind word is still a kind
    g = build("鼓励龙头企业建设重点行业数据共享服务平台，带动上下游企业协同发展。")
    assert "重点行业数据共享服务平台" not in names(g)


def test_news_outlet_named_by_its_reporter() -> None:
    # a news site's name has no head word; the reporter cue names it, and its other mentions follow
    g = build(
        "私家医院收费调查\n"
        "晨光传讯翻查多间医院的收费表。五十八岁的陈太向晨光传讯记者表示，她去年做手术花了十多万元。\n"
        "晨光传讯其后去信医院查询，至截稿时未获回复。"
    )
    assert names(g)["晨光传讯"].type == "Company"


def test_news_outlet_named_by_its_subscription_footer() -> None:
    g = build("区议会讨论交通安排。\n如欲支持独立报道，请加入成为晨光传讯的月费订户。")
    assert "晨光传讯" in names(g)


def test_own_paper_and_bare_reporter_name_no_outlet() -> None:
    g = build("一名街坊向本报记者表示，附近的诊所经常人满。另一位家长向记者说，轮候时间太长。")
    assert not any(n.endswith(("本报", "记者")) for n in names(g))
