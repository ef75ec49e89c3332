"""A notice's own head and the links that hang on it (s27c): a portal's table cells are no title, a title run into
the page is cut at 的通知, a signature relative to the city takes the city the text names, one policy written with
and without 的 is one entity, and a pair inside 在…的支持下 backs the subject's act without acting together."""

from __future__ import annotations

from tests.extract.helpers import build


def _pairs(text: str) -> set[tuple[str, str, str]]:
    g = build(text)
    ents = {e.id: e.name for e in g.entities}
    return {(ents[r.head], r.type, ents[r.tail]) for r in g.relations}


_PORTAL_NOTICE = (
    "索引号： | DL0001-02/2023-00017 | 公开方式： | 主动公开 |\n"
    "文号： | 东科发〔2023〕7号 | 成文日期： | 2023-04-11 |\n"
    "发布单位： | 市科技局 |\n"
    "东岭市科学技术局关于印发《东岭市海洋科技发展规划》的通知|各县人民政府，市直各单位：现将《东岭市海洋科技发展规划》"
    "印发，望各单位遵照执行。\n"
    "东岭市海洋科技发展规划\n"
    "为推动海洋科技进步，根据《南湖省海洋经济促进纲要》和《东岭市国土空间总体规划》，特编制本规划。\n"
)


def test_portal_cell_is_no_policy() -> None:
    names = {e.name for e in build(_PORTAL_NOTICE).entities}
    assert not any(n.startswith(("发布单位", "文号")) for n in names)


def test_portal_notice_cites_from_the_plan_it_issues() -> None:
    pairs = _pairs(_PORTAL_NOTICE)
    assert ("东岭市海洋科技发展规划", "REFERS_TO", "南湖省海洋经济促进纲要") in pairs
    assert ("东岭市海洋科技发展规划", "REFERS_TO", "东岭市国土空间总体规划") in pairs


_RUN_ON_TITLE = (
    "东岭市发展和改革委员会关于发布《东岭市康养产业集群行动计划》的通知 发布日期：2022-03-02 浏览次数：120 各有关单位："
    "为贯彻落实《南湖省康养产业发展纲要》等文件精神，推动康养产业升级，特制定本行动计划。\n"
    "一、发展现状。全市康养企业数量稳步增长。\n"
)


def test_title_run_into_the_page_is_cut_at_the_notice() -> None:
    assert build(_RUN_ON_TITLE).document.title == "东岭市发展和改革委员会关于发布《东岭市康养产业集群行动计划》的通知"
    pairs = _pairs(_RUN_ON_TITLE)
    assert ("东岭市康养产业集群行动计划", "REFERS_TO", "南湖省康养产业发展纲要") in pairs


_RELATIVE_SIGNATURE = (
    "佛山市人民政府办公厅文件佛府办(2021)3号\n"
    "关于印发佛山市中药产业提升方案的通知\n"
    "各区人民政府，市政府各部门：\n"
    "《佛山市中药产业提升方案》经市政府同意，现予印发，望遵照落实。实施中遇到的问题，请径向市发展改革局反映。\n"
    "市政府办公厅\n"
    "2021年3月5日\n"
)


def test_relative_signature_stays_in_the_documents_city() -> None:
    names = {e.name for e in build(_RELATIVE_SIGNATURE).entities}
    assert not any(n.startswith("上海") for n in names)


def test_pair_backing_an_act_does_not_cooperate() -> None:
    pairs = _pairs("北辰研究院在东岭市科学技术局和西山市财政局的支持下开展了一系列研究。")
    assert ("东岭市科学技术局", "SUPPORTS", "北辰研究院") in pairs
    assert ("西山市财政局", "SUPPORTS", "北辰研究院") in pairs
    assert not any(t == "COOPERATES_WITH" for _, t, _ in pairs)


def test_pair_acting_together_still_cooperates() -> None:
    pairs = _pairs("东岭市科学技术局和西山市财政局联合开展了一次专项检查。")
    assert ("东岭市科学技术局", "COOPERATES_WITH", "西山市财政局") in pairs or (
        "西山市财政局",
        "COOPERATES_WITH",
        "东岭市科学技术局",
    ) in pairs
