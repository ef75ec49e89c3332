"""Layout invariance: the same document read from a PDF (hard-wrapped lines, page numbers,
running headers, letter-spaced headings), from HTML (one line a paragraph) or from DOCX
(paragraphs, blank lines between) gives the same graph.

The document below is invented; the variants are made from it the way each reader's output
looks, and the graph of every variant must equal the graph of the clean text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from policykg.loaders.normalize import normalize_text
from policykg.loaders.pipeline import build_document
from policykg.loaders.readers import SourceText
from tests.extract.helpers import build

PARAGRAPHS = [
    "江南省人民政府办公厅文件",
    "江南政办发〔2023〕17号",
    "江南省人民政府办公厅关于印发江南省生物制造产业三年行动方案的通知",
    "各市人民政府，省政府各部门：",
    "经省政府研究同意，现将《江南省生物制造产业三年行动方案》印发，请各单位对照分工抓紧推进。",
    "江南省人民政府办公厅",
    "2023年10月24日",
    "江南省生物制造产业三年行动方案",
    "为加快发展生物制造产业，培育新的经济增长点，结合本省实际，制定本方案。",
    "一、重点任务",
    "（一）建设创新平台。支持江南大学与江南省农业科学院共建生物制造联合实验室，"
    "围绕酶工程、合成生物和发酵工艺开展联合攻关，推动关键菌种和核心装备实现自主可控。"
    "（责任单位：省科技厅、省教育厅）",
    "专栏1 生物制造创新平台建设工程",
    "（二）壮大企业主体。落实《财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告》，"
    "对符合条件的生物制造企业给予研发费用加计扣除，引导龙头企业与高校、科研院所组建创新联合体。"
    "（责任单位：省发展改革委、省财政厅）",
    "专栏2 生物制造企业梯度培育工程",
    "二、保障措施",
    "省科技厅会同省财政厅建立协调推进机制，定期调度重点任务进展，确保各项措施落地见效。",
]
"""The clean document: one paragraph a line, as DOCX and HTML readers give it."""


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _wrap(paragraph: str, width: float = 35) -> list[str]:
    """Break a paragraph like a PDF column: anywhere between CJK characters, Latin words whole."""
    lines: list[str] = []
    current, used = "", 0.0
    for token in re.findall(r"[A-Za-z0-9]+|.", paragraph):
        w = sum(map(_width, token))
        if current and used + w > width:
            lines.append(current.rstrip(" "))
            current, used = "", 0.0
            if token == " ":
                continue
        current += token
        used += w
    return lines + [current] if current else lines


def _pdf(paragraphs: list[str], *, width: float = 35, page: int = 12, header: str | None = None) -> str:
    """Wrapped lines, a decorated page number every ``page`` lines, optionally a running header."""
    lines = [ln for p in paragraphs for ln in _wrap(p, width)]
    out = [header] if header else []
    for i, ln in enumerate(lines, 1):
        out.append(ln)
        if i % page == 0:
            out.append(f"— {i // page} —")
            if header:
                out.append(header)
    return "\n".join(out)


def _form_feeds(paragraphs: list[str], page: int = 14) -> str:
    """Wrapped lines cut into pages by form feeds, each page ending in its number."""
    lines = [ln for p in paragraphs for ln in _wrap(p)]
    pages = ["\n".join([*lines[i : i + page], f"- {i // page + 1} -"]) for i in range(0, len(lines), page)]
    return "\f".join(pages)


def _blank_footers(paragraphs: list[str], page: int = 12, *, feeds: bool = False) -> str:
    """Page numbers set off by blank lines, as many PDF extractors give them; with ``feeds``
    each page also ends in a newline and a form feed (pdfminer's output)."""
    lines = [ln for p in paragraphs for ln in _wrap(p)]
    pages = ["\n".join(lines[i : i + page]) + f"\n\n\n- {i // page + 1} -\n\n" for i in range(0, len(lines), page)]
    return ("\f" if feeds else "").join(pages)


def _letter_spaced(paragraphs: list[str]) -> list[str]:
    """Short unpunctuated lines (headings, dates, 文号) spaced out letter by letter."""
    return [" ".join(p) if len(p) <= 16 and not re.search("[，。；：]", p) else p for p in paragraphs]


def _graph(text: str, fmt: str):
    src = SourceText(
        path=Path("layout.txt"),
        text=text,
        encoding="utf-8",
        source_format=fmt,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    return build_document(src, "layout.txt")


def _facts(g) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    by_id = {e.id: e.name for e in g.entities}
    return (
        {(e.name, e.type) for e in g.entities},
        {(by_id[r.head], r.type, by_id[r.tail]) for r in g.relations},
    )


VARIANTS = {
    "pdf wrapped at 35": (lambda ps: _pdf(ps), "pdf"),
    "pdf wrapped at 28": (lambda ps: _pdf(ps, width=28), "pdf"),
    "pdf with running header": (lambda ps: _pdf(ps, header="江南省人民政府公报（2023年第20期）"), "pdf"),
    "pdf with letter-spaced headings": (lambda ps: _pdf(_letter_spaced(ps)), "pdf"),
    "txt wrapped, page breaks as form feeds": (lambda ps: _form_feeds(ps), "txt"),
    "pdf, page numbers between blank lines": (lambda ps: _blank_footers(ps), "pdf"),
    "pdf pages with form feeds and blank lines": (lambda ps: _blank_footers(ps, feeds=True), "pdf"),
    "html, one line a paragraph": (lambda ps: "\n".join(ps), "html"),
    "txt, one line a paragraph": (lambda ps: "\n".join(ps), "txt"),
    "docx, blank lines between paragraphs": (lambda ps: "\n\n".join(ps), "docx"),
    "txt, two blank lines between paragraphs": (lambda ps: "\n\n\n".join(ps), "txt"),
}


def test_clean_document_has_a_graph_worth_comparing():
    ents, rels = _facts(_graph("\n".join(PARAGRAPHS), "docx"))
    names = {n for n, _ in ents}
    assert "江南省人民政府办公厅" in names
    assert any(t == "ISSUED" for _, t, _ in rels)
    assert len(rels) >= 4


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_same_graph_whatever_the_layout(variant):
    make, fmt = VARIANTS[variant]
    expected = _facts(_graph("\n".join(PARAGRAPHS), "docx"))
    got = _facts(_graph(make(PARAGRAPHS), fmt))
    assert got[0] == expected[0], f"entities differ: -{expected[0] - got[0]} +{got[0] - expected[0]}"
    assert got[1] == expected[1], f"relations differ: -{expected[1] - got[1]} +{got[1] - expected[1]}"


# --- the repairs one by one -------------------------------------------------------------


def test_letter_spaced_two_digit_numbers_between_cjk_close_up():
    text = normalize_text("江 南 政 办 发 〔 2 0 2 3 〕 1 7 号\n2 0 2 3 年 1 0 月 2 4 日", source_format="pdf").text
    assert "〔2023〕17号" in text
    assert "2023年10月24日" in text


def test_digits_beside_latin_or_digits_keep_their_space():
    text = normalize_text("型号A 12与B 34两种规格", source_format="pdf").text
    assert "A 12" in text


def test_a_paragraph_line_ending_in_a_bracket_does_not_swallow_the_next_heading():
    # one paragraph a line, no blank lines (a web page saved as text): the 责任单位 bracket ends it
    body = (
        "（一）建设平台。支持高校与企业共建联合实验室，推动关键装备实现自主可控，"
        "提升产业链供应链韧性和安全水平。（责任单位：省科技厅）"
    )
    text = normalize_text(f"{body}\n专栏1 生物制造创新平台建设工程\n（二）壮大主体。", source_format="txt").text
    assert "\n专栏1生物制造创新平台建设工程\n" in text or "\n专栏1 生物制造创新平台建设工程\n" in text


def test_a_long_line_cut_mid_word_by_a_page_break_is_still_joined():
    first = (
        "近年来，本省持续完善生物制造全产业链政策支持体系，多措并举推动研发与制造协同，"
        "产业规模稳步增长，创新产品数量逐年提升。本省生物制造产业的快"
    )
    text = normalize_text(f"{first}\n\n速发展离不开高校的支撑。\n\n第二段落。", source_format="txt").text
    assert "产业的快速发展" in text


def test_a_line_opening_with_a_closing_title_mark_continues_the_title():
    text = normalize_text(
        "各单位要认真落实《关于开展生物制造中试平台建设工作的通知\n》，对符合条件的项目给予补助。",
        source_format="pdf",
    ).text
    assert "工作的通知》，对符合条件" in text


def test_running_header_with_brackets_is_dropped():
    body = [f"第{i}段正文内容，介绍生物制造产业的发展情况和下一步工作安排。" for i in range(1, 9)]
    header = "江南省人民政府公报（2023年第20期）"
    lines = [header, *body[:3], "— 1 —", header, *body[3:6], "— 2 —", header, *body[6:]]
    text = normalize_text("\n".join(lines), source_format="pdf").text
    assert "公报" not in text


def test_header_seen_twice_beside_a_page_number_is_dropped():
    header = "江南省人民政府公报（2023年第20期）"
    para = "省科技厅会同省财政厅建立协调推进机制，定期调度重点任务进展，确保各项措施落地见效，并及时总结推广经验。"
    lines = _wrap(para * 3, 30)
    text = normalize_text("\n".join([header, *lines[:4], "— 1 —", header, *lines[4:]]), source_format="pdf").text
    assert "公报" not in text
    assert text.count("\n") == 0  # one paragraph again


def test_wrapped_and_unwrapped_fixture_agree_through_the_test_helper():
    # the helper used by the other extraction tests reads text as .txt: wrapped text must not differ
    clean = build("\n".join(PARAGRAPHS))
    wrapped = build(_pdf(PARAGRAPHS))
    assert _facts(clean) == _facts(wrapped)


def test_table_rows_do_not_hide_the_wrap_column():
    # long tab-separated rows beside prose wrapped at 24: the column is found from the prose alone
    rows = [
        f"{i}\t生物制造项目{i}号\t省科技厅、省财政厅、省工业和信息化厅、省发展改革委\t全省推广实施" for i in range(1, 8)
    ]
    prose = (
        "省科技厅会同省财政厅建立协调推进机制，定期调度重点任务进展，确保各项措施落地见效并及时总结推广经验，"
        "对工作推进不力的地区予以通报，对成效明显的地区在项目安排和资金分配上给予倾斜支持，"
        "每年年底前将推进情况书面报送省政府。"
    )
    text = normalize_text("\n".join([*rows, *_wrap(prose, 24)]), source_format="pdf").text
    assert prose in text.split("\n")
