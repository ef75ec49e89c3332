"""“X”项目 / “X”专项: the head after a quoted name is the kind of programme; the programme is X as quoted.

Reports and news write a project or a national special programme by its quoted name and the word for its kind
(承担“…研究”项目, 获批国家“…”专项). The quoted name alone is the programme; a quote that is no name of its own (a
slogan counting sites, a three-character catch phrase) makes none. Sentences are invented for this file.
"""

from __future__ import annotations

from .helpers import build, names


def _programmes(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Program"}


def test_quoted_research_title_before_project_is_the_programme() -> None:
    progs = _programmes("南湖中医药大学承担的“东岭山区药用植物资源保护与利用研究”项目工作推进会近日召开。")
    assert "东岭山区药用植物资源保护与利用研究" in progs
    assert not any(p.endswith("项目") for p in progs)
    assert "项目工作推进会" not in names(
        build("南湖中医药大学承担的“东岭山区药用植物资源保护与利用研究”项目工作推进会近日召开。")
    )


def test_quoted_name_before_special_programme_is_the_programme() -> None:
    progs = _programmes("该园区企业累计获批国家“高端医学影像装备攻关”专项12项。")
    assert "高端医学影像装备攻关" in progs
    assert "高端医学影像装备攻关专项" not in progs


def test_quoted_engineering_name_before_a_longer_project_kind_keeps_its_own_head() -> None:
    progs = _programmes("该校团队很早加入“北辰深海探测工程”海洋科技项目的研制队伍。")
    assert "北辰深海探测工程" in progs
    assert "北辰深海探测工程海洋科技项目" not in progs


def test_counted_slogan_or_catch_phrase_before_project_names_none() -> None:
    assert not _programmes("依托“一核两翼、三园四区”重大项目建设，加强院企合作。")
    assert not _programmes("公司布局一系列“全球优”项目，加速创新。")


def test_other_heads_after_a_quote_keep_the_whole_name() -> None:
    assert "东岭启航计划" in _programmes("东岭科技园推出“东岭启航”计划，资助初创企业。")
