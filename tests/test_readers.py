"""Readers: every format round-trips to normalised text, encodings are detected, bad
inputs become one-line InputErrors naming the file, and discovery is stable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docs_factory as f
import pytest
from docs_factory import SAMPLE_PARAGRAPHS, TABLE_ROWS, TRADITIONAL_PARAGRAPHS

from policykg.errors import InputError
from policykg.loaders.normalize import normalize_text, to_simplified
from policykg.loaders.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    discover,
    read_source,
)


def read_normalized(path: Path) -> tuple[str, str]:
    source = read_source(path)
    return source.encoding, normalize_text(source.text, source_format=source.source_format).text


# --- plain text encodings ------------------------------------------------------


@pytest.mark.parametrize(
    ("writer", "encoding"),
    [
        (f.write_utf8, "utf-8"),
        (f.write_gb18030, "gb18030"),
        (f.write_utf16_bom, "utf-16"),
        (lambda p, t: f.write_utf16_bom(p, t, big_endian=True), "utf-16"),
        (lambda p, t: f.write_utf8(p, t, bom=True), "utf-8-sig"),
    ],
)
def test_text_encodings_round_trip(tmp_path, writer, encoding):
    path = writer(tmp_path / "doc.txt", "\n\n".join(SAMPLE_PARAGRAPHS))
    got_encoding, text = read_normalized(path)
    assert got_encoding == encoding
    assert text.split("\n") == SAMPLE_PARAGRAPHS


def test_big5_traditional_file_is_detected_and_simplified(tmp_path):
    path = f.write_big5(tmp_path / "hk.txt", "\n".join(TRADITIONAL_PARAGRAPHS))
    source = read_source(path)
    assert source.encoding.startswith("big5")
    result = normalize_text(source.text)
    assert result.script == "traditional"
    assert result.original.split("\n") == TRADITIONAL_PARAGRAPHS
    assert result.text.split("\n") == [to_simplified(p) for p in TRADITIONAL_PARAGRAPHS]


def test_sha256_and_metadata(tmp_path):
    path = f.write_gb18030(tmp_path / "doc.txt", SAMPLE_PARAGRAPHS[0])
    source = read_source(path)
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.path == path
    assert source.source_format == "txt"


def test_all_seeds_read_as_utf8(seeds_dir: Path):
    for path in sorted(seeds_dir.glob("*.txt")):
        source = read_source(path)
        assert source.encoding == "utf-8"
        assert len(source.text) > 1000


# --- binary and structured formats ------------------------------------------------


def test_pdf_three_pages_header_footer_and_wrapped_lines(tmp_path):
    path = f.make_pdf(
        tmp_path / "report.pdf", SAMPLE_PARAGRAPHS, header="青禾发展研究报告 2023", chars_per_line=18, lines_per_page=3
    )
    source = read_source(path)
    assert source.encoding == "pdf" and source.source_format == "pdf"
    text = normalize_text(source.text, source_format="pdf").text
    assert "青禾发展研究报告" not in source.text
    assert "- 2 -" not in source.text and "- 3 -" not in source.text
    # Every paragraph was wrapped at 18 characters and split across pages; all are whole again.
    assert text.split("\n") == SAMPLE_PARAGRAPHS


def test_a_fault_in_the_pdf_layout_repairs_costs_the_repairs_not_the_document(tmp_path, monkeypatch):
    # the layout reader failing on a PDF pdfminer itself reads: the text as pdfminer writes it, and a note says so
    # (read in this process: builds read PDFs in a parsing child, which the patch would not reach)
    from policykg.loaders import pdf_pages, readers

    path = f.make_pdf(tmp_path / "report.pdf", SAMPLE_PARAGRAPHS, chars_per_line=18, lines_per_page=3)
    data = path.read_bytes()

    def broken(*args, **kwargs):
        raise ValueError("a fault in the layout reader")

    monkeypatch.setattr(pdf_pages, "page_texts", broken)
    readers._NOTES.clear()
    text = readers.read_pdf_text(str(path), data)
    assert normalize_text(text, source_format="pdf").text == "\n".join(SAMPLE_PARAGRAPHS)
    assert len(readers._NOTES) == 1 and "ValueError" in readers._NOTES[0]
    readers._NOTES.clear()


def test_docx_paragraphs_and_table_rows_in_document_order(tmp_path):
    path = f.make_docx(tmp_path / "measures.docx", SAMPLE_PARAGRAPHS, TABLE_ROWS, heading="青禾市创新措施")
    encoding, text = read_normalized(path)
    assert encoding == "docx"
    lines = text.split("\n")
    rows = ["\t".join(row) for row in TABLE_ROWS]
    assert lines[0] == "青禾市创新措施"
    start = lines.index(rows[0])
    assert lines[start : start + len(rows)] == rows  # one line a row, tabs between the cells
    assert lines.index(SAMPLE_PARAGRAPHS[0]) < start < lines.index(SAMPLE_PARAGRAPHS[-1])


@pytest.mark.parametrize("encoding", ["utf-8", "gb2312"])
def test_html_drops_junk_and_unescapes_entities(tmp_path, encoding):
    path = f.make_html(tmp_path / "notice.html", "青禾市科技局通知", SAMPLE_PARAGRAPHS, encoding=encoding)
    source = read_source(path)
    text = normalize_text(source.text, source_format="html").text
    for junk in ("不应出现的脚本文字", "脚本输出", "导航栏文字", "注释文字", "font-family", "tracker"):
        assert junk not in text
    assert "研发&转化<试点>平台" in text
    lines = text.split("\n")
    assert lines[0] == "青禾市科技局通知"
    for para in SAMPLE_PARAGRAPHS:  # source line breaks inside <p> are not paragraph breaks
        assert para in lines


def test_markdown_markup_is_stripped(tmp_path):
    path = f.write_markdown(tmp_path / "note.md", "青禾市科技局", SAMPLE_PARAGRAPHS)
    source = read_source(path)
    assert source.source_format == "md"
    assert not any(mark in source.text for mark in ("**", "# ", "---", "](", "https://"))
    lines = normalize_text(source.text, source_format="md").text.split("\n")
    assert lines[0] == "青禾市科技局"
    assert lines[1 : 1 + len(SAMPLE_PARAGRAPHS)] == SAMPLE_PARAGRAPHS
    assert lines[-1] == "详见项目主页"


# --- bad inputs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("broken.pdf", f.make_corrupt_pdf, "damaged"),
        ("broken.docx", f.make_corrupt_docx, "docx"),
        ("pdf-named.docx", f.make_corrupt_pdf, "docx"),
        ("empty.txt", f.make_empty, "empty"),
        ("blank.txt", f.make_whitespace_only, "no text"),
        ("image.txt", f.make_binary, "binary"),
        ("image.html", f.make_binary, "binary"),
        ("image.pdf", f.make_binary, "not a PDF"),
        ("scan.pdf", f.make_scanned_pdf, "OCR"),
        ("locked.pdf", lambda p: f.make_encrypted_pdf(p, SAMPLE_PARAGRAPHS), "encrypted"),
    ],
)
def test_bad_inputs_raise_input_error_naming_the_file(tmp_path, name, make, words):
    path = make(tmp_path / name)
    with pytest.raises(InputError) as info:
        read_source(path)
    message = str(info.value)
    assert name in message
    assert words.lower() in message.lower()
    assert "\n" not in message
    assert info.value.hint


def test_oversized_file_is_refused_with_hint(tmp_path):
    path = f.make_oversized(tmp_path / "huge.txt", 5000)
    with pytest.raises(InputError) as info:
        read_source(path, max_bytes=4000)
    assert "huge.txt" in str(info.value) and "--max-bytes" in str(info.value)
    assert read_source(path, max_bytes=DEFAULT_MAX_BYTES).text  # fine under the default


def test_undecodable_text_gets_encoding_hint(tmp_path):
    path = tmp_path / "mixed.txt"
    # Valid UTF-8, then bytes that are neither UTF-8 nor GB18030 nor plausible text.
    path.write_bytes("青禾市科技局".encode() + b"\x81\x20\xfe\x20" * 50 + b"\xff\xfe\xfd" * 50)
    with pytest.raises(InputError) as info:
        read_source(path)
    assert "mixed.txt" in str(info.value)
    assert "UTF-8" in str(info.value)


def test_unsupported_missing_and_folder_paths(tmp_path):
    odd = tmp_path / "sheet.xlsx"
    odd.write_bytes(b"x")
    for bad in (odd, tmp_path / "missing.txt"):
        with pytest.raises(InputError) as info:
            read_source(bad)
        assert bad.name in str(info.value)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError):
        read_source(folder)


# --- discovery -------------------------------------------------------------------


def test_discover_folders_and_files(tmp_path):
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    f.write_utf8(root / "b" / "deep" / "z.md", "正文")
    f.write_utf8(root / "a.TXT", "正文")
    f.write_utf8(root / "b" / "c.html", "<p>正文</p>")
    f.write_utf8(root / "notes.xlsx", "skip")
    f.write_utf8(root / ".hidden.txt", "skip")
    f.write_utf8(root / ".git" / "x.txt", "skip")
    f.write_utf8(root / "b" / "~$lock.docx", "skip")
    single = f.write_utf8(tmp_path / "single.txt", "正文")

    found = discover([root, single])
    assert [name for _, name in found] == ["a.TXT", "b/c.html", "b/deep/z.md", "single.txt"]
    assert all(path.is_file() for path, _ in found)
    assert found[1][0] == root / "b" / "c.html"
    assert discover([root]) == discover([root])  # stable
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}


def test_discover_rejects_explicit_unsupported_and_missing(tmp_path):
    odd = f.write_utf8(tmp_path / "table.csv", "a,b")
    with pytest.raises(InputError) as info:
        discover([odd])
    assert "table.csv" in str(info.value)
    with pytest.raises(InputError):
        discover([tmp_path / "nope"])


def test_discover_rejects_two_documents_with_one_name(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    one = f.write_utf8(tmp_path / "x" / "doc.txt", "正文")
    two = f.write_utf8(tmp_path / "y" / "doc.txt", "正文")
    with pytest.raises(InputError):
        discover([one, two])
    assert len(discover([one, one])) == 1  # the same file twice is one document


@pytest.mark.parametrize(
    "text, declared, written",
    [
        ("香港創新科技署資助香港科技園公司。醫院管理局與香港大學合作設立臨床研究平台。", "gb2312", "big5"),
        ("深圳市科技创新委员会支持南方科技大学建设实验室。", "big5", "gbk"),
        ("深圳市科技创新委员会支持南方科技大学建设实验室。", "gb2312", "gbk"),
        ("香港創新科技署資助香港科技園公司。", "big5", "big5"),
    ],
)
def test_a_page_in_one_double_byte_encoding_declared_as_the_other_is_read_right(tmp_path, text, declared, written):
    page = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(written))
    assert text in read_source(path).text


# --- saved web pages: the site's frame is no part of the document ------------------

_PORTAL_PAGE = """<html><head><meta charset="utf-8">
<title>{title}</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/a">政务公开</a> &gt; 通知公告</div>
<p>{plain}</p>
<h1>{headline}</h1>
<p>青禾科发〔2024〕7号</p>
<p>各区科技主管部门：</p>
<p>支持青禾生物科技有限公司与青禾大学共建转化平台。</p>
<p>附件：<a href="/f.pdf">申报指南</a></p>
<div class="foot"><a href="/map">网站地图</a></div>
</body></html>"""


def _portal(tmp_path: Path, *, title: str, headline: str, plain: str = "") -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(_PORTAL_PAGE.format(title=title, headline=headline, plain=plain), encoding="utf-8")
    source = read_source(path)
    return normalize_text(source.text, source_format=source.source_format).text.split("\n")


@pytest.mark.parametrize(
    "title",
    [
        "青禾市科技局关于开展2024年度平台认定工作的通知_通知公告_青禾市科技局网站",
        "青禾市科技局网站 - 青禾市科技局关于开展2024年度平台认定工作的通知",
        "青禾市科技局关于开展2024年度平台认定工作的通知｜青禾市人民政府门户网站",
    ],
    ids=["column-and-site-after", "site-before", "full-width-bar"],
)
def test_a_saved_portal_page_opens_with_its_headline_and_its_title_is_the_documents(tmp_path, title):
    from policykg.extract.metadata import parse_metadata

    headline = "青禾市科技局关于开展2024年度平台认定工作的通知"
    lines = _portal(tmp_path, title=title, headline=headline)
    assert lines[0] == headline  # the menu and the breadcrumb are gone
    assert not any("首页" in line or "门户网站" in line for line in lines)
    assert "附件：申报指南" in lines and "网站地图" in lines  # links after the headline are text of the page
    meta = parse_metadata("\n".join(lines), "page.html")
    assert meta.title == headline
    assert meta.doc_number == "青禾科发〔2024〕7号"


def test_a_sentence_above_the_headline_is_kept(tmp_path):
    lines = _portal(
        tmp_path,
        title="青禾市科技局关于开展平台认定工作的通知_青禾市科技局",
        headline="青禾市科技局关于开展平台认定工作的通知",
        plain="本通知由青禾市科技局负责解释。",
    )
    assert lines[:2] == ["本通知由青禾市科技局负责解释。", "青禾市科技局关于开展平台认定工作的通知"]


def test_a_page_without_its_headline_in_the_body_gets_its_title_without_the_sites_name(tmp_path):
    lines = _portal(
        tmp_path,
        title="青禾市生物医药产业发展行动方案（2021—2025年）_青禾市人民政府",
        headline="行动方案全文",
    )
    assert lines[0] == "青禾市生物医药产业发展行动方案（2021—2025年）"  # a dash between years is no separator
    assert not any("政务公开" in line for line in lines)  # the menu at the top of the page is still left out
    assert "行动方案全文" in lines and "附件：申报指南" in lines


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "关于开展2024年度平台认定工作的通知_通知公告_青禾市科学技术局",
            "青禾市科学技术局关于开展2024年度平台认定工作的通知",
        ),
        (
            "青禾市科学技术局关于中国—东盟合作项目申报的通知_青禾市科学技术局",
            "青禾市科学技术局关于中国—东盟合作项目申报的通知",
        ),
        ("青禾市科学技术局关于开展平台认定工作的通知-青禾市科学技术局", "青禾市科学技术局关于开展平台认定工作的通知"),
    ],
    ids=["title-leaves-out-the-issuer", "dash-inside-a-name", "site-joined-by-a-bare-hyphen"],
)
def test_the_headline_is_found_when_the_title_only_starts_or_ends_like_it(tmp_path, title, headline):
    lines = _portal(tmp_path, title=title, headline=headline)
    assert lines[0] == headline


def test_a_headline_broken_over_two_lines_is_one_line(tmp_path):
    lines = _portal(
        tmp_path,
        title="青禾市科学技术局关于开展2024年度平台认定工作的通知_青禾市科学技术局",
        headline="青禾市科学技术局关于开展2024年度<br>平台认定工作的通知",
    )
    assert lines[0] == "青禾市科学技术局关于开展2024年度平台认定工作的通知"


def test_lone_links_naming_a_body_or_a_document_are_kept_and_a_short_part_anchors_nothing(tmp_path):
    page = """<html><head>
<title>青禾市科学技术局关于开展平台认定工作的通知_科技创新_青禾市科学技术局</title></head><body>
<p><a href="/">青禾市科学技术局</a></p>
<p><a href="/">首页</a> <a href="/a">政务公开</a></p>
<table><tr><td>发文机关：</td><td><a href="/o">青禾市科学技术局</a></td></tr></table>
<h1><a href="/x">青禾市科学技术局关于开展平台认定工作的通知</a></h1>
<p>各有关单位：现将有关事项通知如下。</p>
<h2>科技创新</h2>
<p>青禾市科学技术局</p>
<p><a href="/f1">青禾生物医药产业园入园企业名单</a></p>
</body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read_source(path).text.split("\n")
    assert "首页" not in " ".join(lines)
    assert lines[0] == "发文机关：\t青禾市科学技术局"  # the logo's site name is left out with the menu; the
    # particulars' row, with its linked issuer, is kept
    assert "青禾市科学技术局关于开展平台认定工作的通知" in lines  # a headline that is a link is the headline
    assert "青禾生物医药产业园入园企业名单" in lines  # the site's name repeated below anchors nothing


def test_docx_paragraph_text_inside_insertions_controls_and_fields_is_read_and_deletions_are_not(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    para = document.add_paragraph("青禾市科技局支持")
    for xml in (
        f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>青禾大学</w:t></w:r></w:ins>',
        f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>东岭大学</w:delText></w:r></w:del>',
        f"<w:sdt {w}><w:sdtContent><w:r><w:t>和青禾医药集团有限公司</w:t></w:r></w:sdtContent></w:sdt>",
        f'<w:fldSimple {w} w:instr="DOCPROPERTY x"><w:r><w:t>建设平台</w:t></w:r></w:fldSimple>',
        f"<w:r {w}><w:t>。</w:t></w:r>",
    ):
        para._p.append(parse_xml(xml))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert read_source(path).text == "青禾市科技局支持青禾大学和青禾医药集团有限公司建设平台。"


def test_a_footnote_follows_the_paragraph_that_calls_it_and_a_broken_notes_part_keeps_the_body(tmp_path):
    path = f.make_docx_with_notes(
        tmp_path / "notes.docx",
        "青禾市科技局支持青禾大学建设转化平台。",
        footnote="资料来源：青禾市统计局。",
        endnote="青禾医药集团有限公司参与建设。",
        box="专栏",
    )
    import docx

    document = docx.Document(str(path))
    document.add_paragraph("青禾市科学技术局")
    document.add_paragraph("2024年3月1日")
    document.save(str(path))
    lines = read_source(path).text.split("\n")
    assert lines.index("资料来源：青禾市统计局。") == 2  # after its paragraph (and the paragraph's box)
    assert lines[-1] == "青禾医药集团有限公司参与建设。"  # an endnote no paragraph calls: at the end

    import zipfile

    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"\x00\x01 not xml" if item.filename == "word/footnotes.xml" else data)
    text = read_source(broken).text
    assert text.startswith("青禾市科技局支持青禾大学建设转化平台。") and "2024年3月1日" in text


def test_markdown_front_matter_goes_after_the_text_and_an_html_table_keeps_its_cells_apart(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: 笔记\nsource: 青禾市科学技术局\n---\n# 青禾生物医药平台建设情况\n\n"
        "<table><tr><td>细胞治疗中试平台</td><td>青禾医药集团有限公司</td></tr></table>\n",
        encoding="utf-8",
    )
    lines = [ln for ln in read_source(path).text.split("\n") if ln.strip()]
    assert lines[0] == "青禾生物医药平台建设情况"
    assert "细胞治疗中试平台" in lines and "青禾医药集团有限公司" in lines
    assert lines[-1] == "source: 青禾市科学技术局"


@pytest.mark.parametrize(
    ("declared", "written"),
    [("iso-8859-1", "utf-8"), ("windows-1252", "gb18030")],
)
def test_a_chinese_page_declared_latin_is_read_as_chinese(tmp_path, declared, written):
    text = "青禾市科学技术局支持青禾大学建设转化平台。"
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta charset="{declared}"></head><body><p>{text}</p></body></html>'.encode(written))
    assert text in read_source(path).text


def test_a_latin_page_declared_latin_stays_latin(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café Zürich</p></body></html>'.encode("latin-1")
    )
    assert "Café Zürich" in read_source(path).text


@pytest.mark.parametrize(("magic", "hint"), [(b"%PDF-1.7\n", ".pdf"), (b"PK\x03\x04", ".docx")])
def test_a_pdf_or_zip_saved_under_a_text_name_is_named_for_what_it_is(tmp_path, magic, hint):
    path = tmp_path / "report.txt"
    path.write_bytes(magic + bytes(range(256)))
    with pytest.raises(InputError, match=hint):
        read_source(path)


def test_a_file_of_invisible_characters_only_contains_no_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\u200b\u200c\ufeff\u2060\n\u200b", encoding="utf-8")
    with pytest.raises(InputError, match="contains no text"):
        read_source(path)


# --- tables: a data row is one line of tab-separated cells, layout stays a paragraph a line ---

_MEASURES_HEAD = ["序号", "政策措施", "负责部门"]


def _normalized_lines(path: Path) -> list[str]:
    source = read_source(path)
    return normalize_text(source.text, source_format=source.source_format).text.split("\n")


def test_docx_data_table_rows_are_lines_and_merged_cells_are_not_repeated(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("为加快海洋生物产业发展，制定以下措施。")
    table = document.add_table(rows=6, cols=3)
    for col, head in enumerate(_MEASURES_HEAD):
        table.cell(0, col).text = head
    table.cell(1, 0).merge(table.cell(1, 2)).text = "一、海洋药物"  # a section head across the table
    for row, (number, measure) in enumerate([("1", "建设共性技术平台。"), ("2", "支持企业建设中试基地。")], 2):
        table.cell(row, 0).text, table.cell(row, 1).text = number, measure
    table.cell(4, 0).text, table.cell(4, 1).text = "3", "建设海洋药物产业园。"
    departments = table.cell(2, 2)
    departments.text = "市科技创新局"
    departments.add_paragraph("市发展改革委")  # one department a paragraph
    table.cell(3, 2).merge(table.cell(4, 2)).text = "市工业和信息化局"  # one department for rows 2 and 3
    table.cell(5, 0).merge(table.cell(5, 1)).text = "配套资金"
    table.cell(5, 2).text = "市财政局"
    path = tmp_path / "measures.docx"
    document.save(str(path))
    lines = _normalized_lines(path)
    start = lines.index("序号\t政策措施\t负责部门")
    assert lines[start:] == [
        "序号\t政策措施\t负责部门",
        "一、海洋药物",
        "1\t建设共性技术平台。\t市科技创新局、市发展改革委",
        "2\t支持企业建设中试基地。\t市工业和信息化局",
        "3\t建设海洋药物产业园。",  # merged down: empty, not said twice
        "配套资金\t\t市财政局",  # merged across: once, the columns in place
    ]


_BODY = [
    "深圳市科技创新局会同有关部门组织开展海洋生物产业发展情况调研，梳理重点企业和创新平台名单。",
    "星河生物科技有限公司牵头建设海洋药物中试平台，面向全市企业提供工艺放大和质量检测服务。",
    "东岸医科大学附属医院与星河生物科技有限公司共建临床研究中心，推动创新药物开展临床试验。",
    "各区人民政府要结合本区实际制定配套措施，加大资金支持力度，及时报送工作进展情况。",
    "深圳市发展和改革委员会负责统筹协调，定期评估各项措施落实情况。",
]


def test_docx_layout_tables_stay_a_paragraph_a_line(tmp_path):
    import docx

    document = docx.Document()
    box = document.add_table(rows=1, cols=1).cell(0, 0)  # a single cell: a box around the text
    box.text = "海洋生物产业发展简报"
    box.add_paragraph("深圳市科技创新局编")
    page = document.add_table(rows=1, cols=2).rows[0].cells  # a column of links beside a column of body text
    page[0].text = "目录"
    page[1].text = _BODY[0]
    for para in _BODY[1:]:
        page[1].add_paragraph(para)
    outer = document.add_table(rows=1, cols=2).rows[0].cells  # a table inside a cell of a layout table
    outer[0].text = "附表"
    inner = outer[1].add_table(rows=2, cols=2)
    for r, row in enumerate([["企业名称", "负责部门"], ["星河生物科技有限公司", "市科技创新局"]]):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    path = tmp_path / "layout.docx"
    document.save(str(path))
    lines = [line for line in read_source(path).text.split("\n") if line.strip()]
    assert lines == [
        "海洋生物产业发展简报",
        "深圳市科技创新局编",
        "目录",
        *_BODY,
        "附表",
        "企业名称\t负责部门",  # the table inside is data, read by the same rule
        "星河生物科技有限公司\t市科技创新局",
    ]


def test_html_data_table_rows_are_lines_and_spans_are_not_repeated(tmp_path):
    path = tmp_path / "measures.html"
    path.write_text(
        "<html><body><p>为加快海洋生物产业发展，制定以下措施。</p><table>"
        "<tr><th>序号</th><th>政策措施</th><th>负责部门</th></tr>"
        "<tr><td colspan='3'>一、海洋药物</td></tr>"
        "<tr><td>1</td><td><p>建设共性技术平台。</p></td><td>市科技创新局<br>市发展改革委</td></tr>"
        "<tr><td>2</td><td>支持企业建设中试基地。</td><td rowspan='2'>市工业和信息化局</td></tr>"
        "<tr><td>3</td><td>建设海洋药物产业园。</td></tr>"
        "<tr><td colspan='2'>配套资金</td><td>市财政局</td></tr>"
        "</table><p>本措施自发布之日起施行。</p></body></html>",
        encoding="utf-8",
    )
    assert _normalized_lines(path) == [
        "为加快海洋生物产业发展，制定以下措施。",
        "序号\t政策措施\t负责部门",
        "一、海洋药物",
        "1\t建设共性技术平台。\t市科技创新局、市发展改革委",
        "2\t支持企业建设中试基地。\t市工业和信息化局",
        "3\t建设海洋药物产业园。",
        "配套资金\t\t市财政局",
        "本措施自发布之日起施行。",
    ]


def test_html_page_laid_out_in_a_table_is_not_one_giant_row(tmp_path):
    body = "".join(f"<p>{para}</p>" for para in _BODY)
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><table>"
        "<tr><td>海洋生物产业发展简报</td></tr>"  # a single cell
        f"<tr><td>目录</td><td>{body}</td></tr>"  # body text beside a column of links
        "<tr><td>附表</td><td><table><tr><td>企业名称</td><td>负责部门</td></tr>"
        "<tr><td>星河生物科技有限公司</td><td>市科技创新局</td></tr></table></td></tr>"  # a table inside
        "</table></body></html>",
        encoding="utf-8",
    )
    assert _normalized_lines(path) == [
        "海洋生物产业发展简报",
        "目录",
        *_BODY,
        "附表",
        "企业名称\t负责部门",
        "星河生物科技有限公司\t市科技创新局",
    ]


def test_markdown_pipe_table_rows_keep_their_cells_and_numbers(tmp_path):
    path = f.write_utf8(
        tmp_path / "measures.md",
        "# 海洋生物产业措施\n\n为加快海洋生物产业发展，制定以下措施。\n\n"
        "| 序号 | 政策措施 | 负责部门 |\n|---|:---|---|\n"
        "| 1 | 建设共性技术平台，给予最高800万元资助。 | 市科技创新局<br>市发展改革委 |\n"
        "| 2 | 支持**企业**建设中试基地。 | |\n"
        "| 一、海洋药物 |\n"
        "| 3 | 型号A\\|B |\n",
    )
    assert _normalized_lines(path)[:6] == [
        "海洋生物产业措施",
        "为加快海洋生物产业发展，制定以下措施。",
        "序号\t政策措施\t负责部门",
        "1\t建设共性技术平台，给予最高800万元资助。\t市科技创新局、市发展改革委",  # the row number stays
        "2\t支持企业建设中试基地。",
        "一、海洋药物",
    ]
    assert read_source(path).text.endswith("\n3\t型号A|B\n")  # an escaped bar is text of its cell


def _merged_first_column(tmp_path: Path, suffix: str) -> Path:
    """类别 merged down over two rows, in a Word table or an HTML table."""
    rows = [["类别", "序号", "负责部门"], ["平台建设", "1", "市科技创新局"], [None, "2", "市工业和信息化局"]]
    path = tmp_path / f"merged{suffix}"
    if suffix == ".html":
        cells = [
            "".join(
                f"<td rowspan='2'>{v}</td>" if (r, c) == (1, 0) else f"<td>{v}</td>" for c, v in enumerate(row) if v
            )
            for r, row in enumerate(rows)
        ]
        path.write_text("<html><body><table>" + "".join(f"<tr>{c}</tr>" for c in cells) + "</table></body></html>")
        return path
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "平台建设"
    document.save(str(path))
    return path


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_row_under_a_cell_merged_down_keeps_its_empty_first_cell(tmp_path, suffix):
    lines = _normalized_lines(_merged_first_column(tmp_path, suffix))
    assert lines[-3:] == ["类别\t序号\t负责部门", "平台建设\t1\t市科技创新局", "\t2\t市工业和信息化局"]


def test_word_list_numbers_are_written_before_their_paragraphs(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%1）"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def item(text: str, level: int) -> None:
        para = document.add_paragraph(text)
        para._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    for text, level in [("支持创新药研发。", 0), ("建设平台。", 1), ("引进团队。", 1)] + [("优化审批。", 0)] * 10:
        item(text, level)
    document.add_paragraph("责任单位：青禾市科学技术局")  # no list: no number
    document.add_paragraph("要点", style="List Number")  # the template's numbered style
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    lines = read_source(path).text.split("\n")
    assert lines[:4] == ["（一）支持创新药研发。", "1.建设平台。", "2.引进团队。", "（二）优化审批。"]
    assert lines[12] == "（十一）优化审批。" and lines[13] == "责任单位：青禾市科学技术局"
    assert lines[14] == "1.要点"


def test_a_pages_related_links_and_site_footer_are_no_part_of_the_document(tmp_path):
    page = """<html><head><title>青禾市科学技术局关于支持中试平台建设的通知_青禾市科学技术局</title></head><body>
<h1>青禾市科学技术局关于支持中试平台建设的通知</h1>
<p>青禾市科学技术局支持星河生物科技有限公司建设中试平台。</p>
<p>附件：<a href="/f.pdf">申报指南</a></p>
<div><h3>相关链接</h3><ul><li><a href="/1">东岭市卫生健康委员会关于开展试点的通知</a></li>
<li><a href="/2">云岭基因科技有限公司与南湖大学签署合作协议</a></li></ul></div>
<div class="footer"><p>网站标识码：1234567890 青ICP备12345678号 技术支持：腾云信息技术有限公司</p></div>
</body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    assert "附件：申报指南" in text  # a link inside the document's own text stays
    assert "云岭基因" not in text and "东岭市卫生健康委员会" not in text and "腾云" not in text


def test_a_short_notice_in_a_pages_layout_table_is_read_a_paragraph_a_line(tmp_path):
    page = """<html><head><title>关于支持细胞治疗发展的若干措施_门户</title></head><body><table><tr>
<td><p><a href="/">首页</a></p><p><a href="/zc">政策文件</a></p></td>
<td><h2>关于支持细胞治疗发展的若干措施</h2><p>（一）建设公共服务平台。</p><p>责任单位：青禾市科学技术局</p>
<p>（二）加快临床研究备案。</p><p>责任单位：青禾市药品监督管理局</p></td></tr></table></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read_source(path).text.split("\n")
    assert lines == [
        "关于支持细胞治疗发展的若干措施",
        "（一）建设公共服务平台。",
        "责任单位：青禾市科学技术局",
        "（二）加快临床研究备案。",
        "责任单位：青禾市药品监督管理局",
    ]


def test_review_cases_of_the_page_and_word_readers(tmp_path):
    # a sentence of the text that holds a footer's words stays
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>二、技术支持：青禾大学与东岭医药集团有限公司共建联合实验室。</p>"
        "<p>版权所有 青禾市科学技术局</p></body></html>",
        encoding="utf-8",
    )
    text = read_source(page).text
    assert "二、技术支持：青禾大学与东岭医药集团有限公司共建联合实验室。" in text and "版权所有" not in text
    # a German page declared Latin-1 stays Latin-1
    german = tmp_path / "de.html"
    body = "Die Universität München und die Technische Hochschule Zürich gründen ein Zentrum für Präzisionsmedizin."
    german.write_bytes(
        f'<html><head><meta charset="iso-8859-1"></head><body><p>{body}</p></body></html>'.encode("latin-1")
    )
    assert body in read_source(german).text
    # a Markdown file opening with a rule is no front matter
    md = tmp_path / "hr.md"
    md.write_text("---\n青禾大学与东岭医药集团有限公司签署协议。\n---\n第二节内容。\n", encoding="utf-8")
    assert read_source(md).text.strip().startswith("青禾大学与东岭医药集团有限公司签署协议。")


def test_a_paragraph_that_turns_its_styles_list_off_has_no_number(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("甲", style="List Number")
    off = document.add_paragraph("乙", style="List Number")
    off._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:numId w:val="0"/></w:numPr>'))
    document.add_paragraph("丙", style="List Number")
    path = tmp_path / "off.docx"
    document.save(str(path))
    assert read_source(path).text.split("\n") == ["1.甲", "乙", "2.丙"]


def test_data_rows_with_numbered_points_a_heading_cell_or_linked_units_stay_rows(tmp_path):
    page = """<html><body><table>
<tr><th>序号</th><th>政策措施</th><th><h3>责任单位</h3></th></tr>
<tr><td>1</td><td><p>支持平台建设：</p><p>（一）建设中试平台；</p><p>（二）建设检测平台；</p><p>（三）建设数据平台。</p></td>
<td><p><a href="/a">青禾市科学技术局</a></p><p><a href="/b">青禾市财政局</a></p></td></tr>
</table></body></html>"""
    path = tmp_path / "t.html"
    path.write_text(page, encoding="utf-8")
    lines = read_source(path).text.split("\n")
    assert lines[0] == "序号\t政策措施\t责任单位"
    assert lines[1].startswith("1\t支持平台建设：（一）建设中试平台；") and lines[1].endswith(
        "\t青禾市科学技术局、青禾市财政局"
    )


def test_footer_credits_with_semicolons_and_front_matter_with_comments(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><p>青禾市科学技术局支持青禾大学建设实验室。</p>"
        "<p>主办：青禾市科学技术局；承办：青禾市科技信息中心；技术支持：白云信息技术有限公司</p></body></html>",
        encoding="utf-8",
    )
    assert "白云信息技术有限公司" not in read_source(page).text
    md = tmp_path / "fm.md"
    md.write_text(
        "---\n# 采集信息\nsource url: http://example.org\n---\n# 青禾生物医药平台\n正文。\n", encoding="utf-8"
    )
    assert read_source(md).text.startswith("青禾生物医药平台")


def test_a_partly_damaged_notes_part_is_read_as_far_as_it_goes_and_noted(tmp_path):
    import zipfile

    path = f.make_docx_with_notes(
        tmp_path / "n.docx",
        "青禾市科技局支持青禾大学。",
        footnote="资料来源：青禾市统计局。",
        endnote="尾注。",
        box="框",
    )
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) * 2 // 3] if item.filename == "word/footnotes.xml" else data)
    source = read_source(broken)
    assert source.text.startswith("青禾市科技局支持青禾大学。")
    assert any("damaged" in note for note in source.notes)


def _written(tmp_path: Path, name: str, content: str) -> Path:
    """A file of the reader's own, ``content`` in UTF-8, to read back."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_sentences_with_footer_words_stay_and_a_notice_in_a_cell_marks_a_layout_table(tmp_path):
    page = _written(
        tmp_path,
        "p.html",
        "<html><body><p>二、协助企业办理ICP备案和公网安备登记。</p>"
        "<p>主办单位：青禾市科学技术协会；承办单位：青禾市青少年科技中心；技术支持：青禾大学。</p></body></html>",
    )
    text = read_source(page).text
    assert "ICP备案" in text and "主办单位：青禾市科学技术协会" in text
    layout = _written(
        tmp_path,
        "l.html",
        "<html><body><table><tr><td><p><a href='/1'>机构概况</a></p><p><a href='/2'>政策文件</a></p>"
        "<p><a href='/3'>办事服务</a></p></td><td><p>青禾市科学技术局关于开展申报的通知</p><p>各区科技局：</p>"
        "<p>一、支持平台建设。</p><p>（责任单位：青禾市科学技术局）</p></td></tr></table></body></html>",
    )
    # a paragraph a line (the menu at the top of the page is left out as the site's)
    lines = read_source(layout).text.split("\n")
    assert lines == [
        "青禾市科学技术局关于开展申报的通知",
        "各区科技局：",
        "一、支持平台建设。",
        "（责任单位：青禾市科学技术局）",
    ]
    md = _written(tmp_path, "h.md", "---\n# 青禾市关于建设创新高地的实施意见\n---\n正文。\n")
    assert read_source(md).text.strip().startswith("青禾市关于建设创新高地的实施意见")


def test_a_duty_cell_with_lead_and_partner_units_stays_a_data_row(tmp_path):
    page = """<html><body><table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>
<tr><td>1</td><td>建设中试平台。</td><td><p>牵头单位：青禾市科学技术局</p><p>配合单位：青禾市财政局</p>
<p>青禾市发展和改革委员会</p></td></tr></table></body></html>"""
    path = _written(tmp_path, "t.html", page)
    lines = read_source(path).text.split("\n")
    assert lines[1] == "1\t建设中试平台。\t牵头单位：青禾市科学技术局、配合单位：青禾市财政局、青禾市发展和改革委员会"


def test_indented_front_matter_and_a_footer_with_a_full_stop_inside(tmp_path):
    md = _written(tmp_path, "y.md", "---\n  title: 草稿\n  date: 2027-04-01\n---\n# 青禾市关于开展备案的通知\n正文。\n")
    assert read_source(md).text.startswith("青禾市关于开展备案的通知")
    page = _written(
        tmp_path,
        "f.html",
        "<html><body><p>青禾市科学技术局支持青禾大学。</p>"
        "<p>主办：青禾市科学技术局。承办：青禾市科技信息研究所 技术支持：澄江云图信息技术有限公司</p></body></html>",
    )
    assert "澄江云图" not in read_source(page).text


def test_measures_holding_footer_words_stay_and_a_menu_beside_a_notice_marks_layout(tmp_path):
    page = _written(
        tmp_path,
        "p.html",
        "<html><body><p>二、协助中小企业办理ICP备案。（责任单位：青禾市大数据发展局）</p>"
        "<p>五、对主办单位：各区政府，技术支持：青禾数智科技有限公司，开展培训。牵头单位：青禾市工业和信息化局</p>"
        "</body></html>",
    )
    text = read_source(page).text
    assert "ICP备案" in text and "五、对主办单位" in text
    layout = _written(
        tmp_path,
        "m.html",
        "<html><body><table><tr><td><p><a href='/'>首页</a></p><p><a href='/a'>政务公开</a></p>"
        "<p><a href='/b'>互动交流</a></p></td><td><p>青禾市科学技术局关于公布重点实验室名单的通知</p>"
        "<p>各有关单位：</p><p>现将名单公布如下。</p></td></tr></table></body></html>",
    )
    assert read_source(layout).text.split("\n")[0] == "青禾市科学技术局关于公布重点实验室名单的通知"
    md = _written(tmp_path, "r.md", "---\n  青禾市科学技术局: 关于开展备案的通知\n---\n一、青禾大学建设实验室。\n")
    assert read_source(md).text.lstrip().startswith("青禾市科学技术局: 关于开展备案的通知")


# --- PDF layouts: footnotes at a page's foot, text in columns ----------------------


def _report_with_footnotes(path: Path, *, raised: bool) -> Path:
    """Two pages: a paragraph citing note 1 (a superscript, or a full-size 1 on the line), then a paragraph citing
    note 2 that runs over the page inside a firm's name (青禾生物 | 科技有限公司), with a power (5000m²) in it; the
    two notes in 9 pt at the foot of page 1, above the page number."""
    mark = ("1", 7.0, 4.0) if raised else ("1", 12.0, 0.0)
    page1: list[f.PdfLine] = [
        (220, 790, "青禾科技合作简报"),
        (72, 750, [("二〇二五年，青禾市科技局", 12, 0), mark, ("依据第1条规定支持5G应用，", 12, 0)]),
        (72, 730, "全年共有1家企业获得青禾市首批专项资助资金支持。"),
        (72, 700, [("同时青禾大学与白鹭医药", 12, 0), ("2", 7, 4), ("科技有限公司合作建设联合实验室，", 12, 0)]),
        (72, 680, [("实验室面积达到5000m", 12, 0), ("2", 7, 4), ("，推动科研成果在青禾市加快转化，", 12, 0)]),
        (72, 660, "两地合作不断深化，青禾医院也参与其中，同时青禾生物"),
        (72, 72, [("1 青禾市科技局即青禾市科学技术局。", 9, 0)]),
        (72, 60, [("2 白鹭医药科技有限公司成立于二〇一八年。", 9, 0)]),
        (290, 30, "- 1 -"),
    ]
    page2: list[f.PdfLine] = [
        (72, 780, "科技有限公司与青禾湾实验室共建联合研究中心。"),
        (72, 750, "二、下一步工作"),
        (72, 730, "青禾市科技局将继续支持企业创新。"),
        (290, 30, "- 2 -"),
    ]
    return f.make_pdf_laid_out(path, [page1, page2])


def test_a_footnote_follows_the_paragraph_citing_it_and_its_raised_mark_leaves_the_sentence(tmp_path):
    source = read_source(_report_with_footnotes(tmp_path / "report.pdf", raised=True))
    lines = normalize_text(source.text, source_format="pdf").text.split("\n")
    assert lines == [
        "青禾科技合作简报",
        "二〇二五年，青禾市科技局依据第1条规定支持5G应用，全年共有1家企业获得青禾市首批专项资助资金支持。",
        "1青禾市科技局即青禾市科学技术局。",
        "同时青禾大学与白鹭医药科技有限公司合作建设联合实验室，实验室面积达到5000m2，推动科研成果在青禾市加快转化，"
        "两地合作不断深化，青禾医院也参与其中，同时青禾生物科技有限公司与青禾湾实验室共建联合研究中心。",
        "2白鹭医药科技有限公司成立于二〇一八年。",
        "二、下一步工作",
        "青禾市科技局将继续支持企业创新。",
    ]


def test_a_footnote_whose_mark_cannot_be_told_from_the_text_keeps_the_mark_and_leaves_the_sentence_whole(tmp_path):
    source = read_source(_report_with_footnotes(tmp_path / "report.pdf", raised=False))
    lines = normalize_text(source.text, source_format="pdf").text.split("\n")
    assert (
        lines[1] == "二〇二五年，青禾市科技局1依据第1条规定支持5G应用，全年共有1家企业获得青禾市首批专项资助资金支持。"
    )
    assert lines[2].endswith("同时青禾生物科技有限公司与青禾湾实验室共建联合研究中心。")  # the page break read on
    assert lines[3:5] == ["2白鹭医药科技有限公司成立于二〇一八年。", "1青禾市科技局即青禾市科学技术局。"]


def test_two_columns_on_one_baseline_are_read_one_after_the_other(tmp_path):
    left = (
        "青禾方面，青禾市发展和改革委员会支持建设产业园区，白鹭生物科技有限公司获得专项资助，并与青禾医院合作开展研究。"
    )
    right = "澄江方面，澄江科技园公司与澄江大学合作设立孵化计划，澄江医院参与临床研究协作，澄江理工学院提供人才支持。"
    page: list[f.PdfLine] = [(200, 790, "青禾澄江合作简报")]
    for x, text in ((72, left), (312, right)):
        page += [(x, 740 - 20 * i, line) for i, line in enumerate(f.wrap_lines([text], 16))]
    page.append((290, 30, "- 1 -"))
    source = read_source(f.make_pdf_laid_out(tmp_path / "columns.pdf", [page]))
    assert normalize_text(source.text, source_format="pdf").text.split("\n") == ["青禾澄江合作简报", left, right]


def test_a_column_line_running_past_the_columns_edge_does_not_cut_the_column_there(tmp_path):
    """A line of the left column running a character past its edge (a comma hung in the margin, a raised mark)
    crosses the gap beside the short line ending a paragraph above it: the columns are read whole, the left one
    before the right one, not cut at that line with the right column read in the middle of the left one's
    sentence."""
    left = [
        "青禾方面，青禾市发展和改革委员会支",
        "持建设产业园区，白鹭生物科技有限",
        "公司获得专项资助，已开展研究。",
        "澄江方面，澄江科技园公司与澄江大学",
        "合作设立孵化计划，澄江医院参与临床",
        "研究协作，澄江理工学院提供人才支持，",
        "青禾市科学技术局会同青禾市财政局设",
        "立专项资金，支持澄江医药集团有限公",
        "司建设创新药研发中心，成效明显。",
    ]
    right = [
        "白鹭生物科技有限公司与青禾湾实验室",
        "共建联合研究中心，青禾市人才工作局",
        "引进高层次人才团队三个，青禾大学附",
        "属医院开展临床试验二十余项，青禾市",
        "卫生健康委员会协调临床资源。",
    ]
    page: list[f.PdfLine] = [(200, 790, "青禾澄江合作简报")]
    page += [(72, 740 - 20 * i, line) for i, line in enumerate(left)]
    page += [(312, 740 - 20 * i, line) for i, line in enumerate(right)]
    page.append((290, 30, "- 1 -"))
    source = read_source(f.make_pdf_laid_out(tmp_path / "columns.pdf", [page]))
    assert normalize_text(source.text, source_format="pdf").text.split("\n") == [
        "青禾澄江合作简报",
        "".join(left[:3]),
        "".join(left[3:]),
        "".join(right),
    ]


def test_tables_and_single_column_pages_read_as_pdfminer_reads_them(tmp_path):
    """The page parts neither repair is for are written exactly as pdfminer's extract_text writes them."""
    from pdfminer.high_level import extract_text

    from policykg.loaders.pdf_pages import page_texts

    # a ruled table of two columns of wrapped text (two lines a cell): columns by their lines, a table by its rules
    rows = [
        (
            "青禾市对新认定的重点实验室给予一次性资助，最高五百万元。",
            "本条所称重点实验室是指经青禾市科学技术局认定的市级以上实验室。",
        ),
        (
            "青禾市对新引进的研发机构给予场地支持，最长三年免收租金。",
            "本条所称研发机构是指在青禾市注册并实际开展研发活动的机构。",
        ),
        (
            "青禾市对首次获评的高新技术企业给予一次性奖励二十万元。",
            "本条所称高新技术企业是指依法认定且注册在青禾市的企业。",
        ),
    ]
    table: list[f.PdfLine] = [(200, 790, "青禾市科技政策条款解读对照表")]
    rules, y = [(66.0, 530.0, 770.0)], 750
    for clause, note in rows:
        for i, (a, b) in enumerate(zip(f.wrap_lines([clause], 16), f.wrap_lines([note], 16))):
            table += [(72, y - 20 * i, a), (312, y - 20 * i, b)]
        y -= 50
        rules.append((66.0, 530.0, y + 20))
    # a page with a centred title, a paragraph and a signature to the right
    letter: list[f.PdfLine] = [(230, 790, "关于青禾大学实验室建设的复函")]
    letter += [(72, 750 - 20 * i, line) for i, line in enumerate(f.wrap_lines(SAMPLE_PARAGRAPHS, 30))]
    letter += [(380, 400, "青禾市科学技术局"), (380, 380, "2024年3月1日")]
    # a table in small type at a page's foot, its first column numbered: no footnotes
    tasks = [("1", "建设青禾公共研发平台。", "青禾市科学技术局"), ("2", "引进高层次创新团队。", "青禾市人才工作局")]
    small: list[f.PdfLine] = [(72, 750 - 20 * i, line) for i, line in enumerate(f.wrap_lines(SAMPLE_PARAGRAPHS, 30))]
    for i, row in enumerate(tasks):
        small += [(x, 120 - 14 * i, [(cell, 9, 0)]) for x, cell in zip((72, 84, 360), row)]
    path = f.make_pdf_laid_out(tmp_path / "table.pdf", [table, letter, small], rules=[rules, [], []])
    with path.open("rb") as fh:
        ours = list(page_texts(fh, 10))
    assert ours == extract_text(str(path)).split("\f")[:-1]


def _body_marked_for_two_notes() -> list[f.PdfLine]:
    """A page's body whose paragraph carries the raised mark 1 in its second line and whose next paragraph carries 2
    (the notes are laid under it by each test)."""
    body = "二〇二五年青禾市科技局会同青禾市财政局设立专项资金，支持白鹭医药科技有限公司建设中试平台，带动企业集聚。"
    page: list[f.PdfLine] = [(72, 780 - 20 * i, line) for i, line in enumerate(f.wrap_lines([body * 3], 30))]
    page[1] = (72, 760, [(page[1][2][:6], 12, 0), ("1", 7, 4), (page[1][2][6:], 12, 0)])
    page.append((72, 640, [("白鹭医药", 12, 0), ("2", 7, 4), ("科技有限公司与青禾大学合作建设联合实验室。", 12, 0)]))
    return page


def test_a_footer_set_right_under_a_short_footnote_is_no_part_of_the_note(tmp_path):
    """A note runs on over a small line more than half a line under it only when its line runs to the right edge of
    the text (wraps): a footer set so under a short note's last line stays the page's footer (left out as one)."""
    long_note = "2 白鹭医药科技有限公司成立于二〇一八年，位于青禾市东岭区科技大道，主要从事细胞治疗药物的研究和生产。"
    footer = [(72, 46, [("青禾市科技创新简报编辑部", 9, 0)])]
    page1 = _body_marked_for_two_notes()
    page1 += [(72, 86, [("1 青禾市科技局即青禾市科学技术局。", 9, 0)])]
    page1 += [(72, 74, [(long_note[:40], 9, 0)]), (72, 62, [(long_note[40:], 9, 0)]), *footer]
    page2: list[f.PdfLine] = [(72, 780, "青禾市科技局将继续支持企业创新。"), *footer]
    source = read_source(f.make_pdf_laid_out(tmp_path / "notes.pdf", [page1, page2]))
    lines = normalize_text(source.text, source_format="pdf").text.split("\n")
    assert "1青禾市科技局即青禾市科学技术局。" in lines
    assert long_note.replace(" ", "") in lines  # a note's wrapped line still runs on
    assert not any("编辑部" in line for line in lines)


def test_a_footer_at_a_notes_own_spacing_under_a_short_note_is_no_part_of_it(tmp_path):
    """A footer set under a short note's line as close as the note's own lines stand is no part of the note (it stays
    the page's footer, left out as one); a note's line stopping short of the text's edge runs on only when the first
    word of the line under it would not have fitted after it (a web address)."""
    footer = [(72, 64, [("青禾市科技创新简报编辑部", 9, 0)])]
    page1 = _body_marked_for_two_notes()
    page1 += [(72, 110, [("1 数据来源：青禾市统计局，", 9, 0)])]
    page1 += [
        (72, 99, [("https://tjj.qinghe.example.gov.cn/tjsj/tjgb/2025/qinghe-statistical-bulletin-annual.html", 9, 0)])
    ]
    page1 += [(72, 75, [("2 青禾市科技局即青禾市科学技术局。", 9, 0)]), *footer]
    page2: list[f.PdfLine] = [(72, 780, "青禾市科技局将继续支持企业创新。"), *footer]
    source = read_source(f.make_pdf_laid_out(tmp_path / "notes.pdf", [page1, page2]))
    lines = normalize_text(source.text, source_format="pdf").text.split("\n")
    assert "2青禾市科技局即青禾市科学技术局。" in lines
    assert (
        "1数据来源：青禾市统计局，https://tjj.qinghe.example.gov.cn/tjsj/tjgb/2025/qinghe-statistical-bulletin-annual.html"
        in lines
    )
    assert not any("编辑部" in line for line in lines)


def test_an_unruled_table_numbered_in_its_first_column_is_read_as_pdfminer_reads_it(tmp_path):
    """A row number alone in its cell (1, 2, 3) reads like a page number, but one standing beside other text is a
    table's 序号 cell: its narrow column keeps two columns of wrapped text beside it from being read as columns."""
    from pdfminer.high_level import extract_text

    from policykg.loaders.pdf_pages import page_texts

    clauses = [
        "青禾市对新认定的重点实验室给予一次性资助，最高五百万元，分两年拨付。",
        "青禾市对新引进的研发机构给予场地支持，最长三年免收租金，并给予补助。",
        "青禾市对首次获评的高新技术企业给予一次性奖励二十万元，次年兑现。",
    ]
    notes = [
        "本条所称重点实验室是指经青禾市科技局认定的市级以上实验室。",
        "本条所称研发机构是指在青禾市注册并实际开展研发活动的机构。",
        "本条所称高新技术企业是指依法认定且注册在青禾市的科技企业。",
    ]
    rows = list(zip(clauses, notes))
    page: list[f.PdfLine] = [(200, 790, "青禾市科技政策条款解读对照表"), (72, 750, "序号"), (110, 750, "条款")]
    page.append((330, 750, "解读"))
    y = 715
    for number, (clause, note) in enumerate(rows, 1):
        page.append((72, y, str(number)))
        for i, (a, b) in enumerate(zip(f.wrap_lines([clause], 16), f.wrap_lines([note], 16))):
            page += [(110, y - 22 * i, a), (330, y - 22 * i, b)]
        y -= 80
    page.append((290, 30, "- 1 -"))
    path = f.make_pdf_laid_out(tmp_path / "numbered.pdf", [page])
    with path.open("rb") as fh:
        assert list(page_texts(fh, 10)) == extract_text(str(path)).split("\f")[:-1]


def test_an_unruled_table_of_names_and_wrapped_addresses_is_read_as_pdfminer_reads_it(tmp_path):
    """Names of one length fill their column as wrapped text fills one, but hold no sentence's punctuation: a
    单位名称 | 地址 table set without rules is read row by row, each name beside its address, as pdfminer reads it."""
    from pdfminer.high_level import extract_text

    from policykg.loaders.pdf_pages import page_texts

    rows = [
        ("白鹭生物科技有限公司", "青禾市东岭区科技大道一百二十八号创新园三号楼"),
        ("澄江医药集团有限公司", "青禾市澄江区滨江路八十八号"),
        ("青禾智能装备有限公司", "青禾市高新区智造街二十六号智能装备产业园五号厂房"),
        ("青禾湾实验室", "青禾市东岭区湾区大道九号"),
    ]
    page: list[f.PdfLine] = [(250, 790, "单位名单"), (72, 750, "单位名称"), (260, 750, "地址")]
    y = 715
    for name, address in rows:
        page.append((72, y, name))
        lines = f.wrap_lines([address], 11)
        page += [(260, y - 22 * i, line) for i, line in enumerate(lines)]
        y -= 22 * len(lines) + 12
    path = f.make_pdf_laid_out(tmp_path / "addresses.pdf", [page])
    with path.open("rb") as fh:
        assert list(page_texts(fh, 10)) == extract_text(str(path)).split("\f")[:-1]


_COLUMNS_TEXT = (
    "青禾方面，青禾市发展和改革委员会支持建设产业园区，白鹭生物科技有限公司获得专项资助，并与青禾大学附属医院"
    "合作开展研究，澄江医药集团有限公司与澄江大学合作设立孵化计划，白鹭生物科技有限公司参与临床研究协作。"
)
"""A paragraph wrapped at 16 characters into seven lines, set over two columns by :func:`_in_two_columns`."""


def _in_two_columns(text: str, top: float) -> list[f.PdfLine]:
    """``text`` wrapped at 16 characters, its first half (one line more when odd) in a left column at x 72 and the
    rest in a right one at x 312, both from ``top`` down, a line every 20 points."""
    lines = f.wrap_lines([text], 16)
    half = (len(lines) + 1) // 2
    left = [(72, top - 20 * i, line) for i, line in enumerate(lines[:half])]
    return left + [(312, top - 20 * i, line) for i, line in enumerate(lines[half:])]


def test_a_heading_or_a_footer_under_two_columns_is_read_after_them_not_between(tmp_path):
    """What stands under two columns, apart from the column above it and short of its right edge (the next part's
    heading, a footer at the page's foot), is no line of the left column: it is read after the columns, so the
    sentence running from the foot of the left column to the top of the right one (and the name in it) stays whole,
    and the footer, at the page's foot, is left out as one."""
    first = _COLUMNS_TEXT
    second = (
        "青禾市科学技术局会同青禾市财政局设立专项资金，支持澄江医药集团有限公司建设创新药研发中心，推动成果转化，"
        "青禾湾实验室与澄江智能装备有限公司共建联合研究中心，青禾市人才工作局引进高层次人才团队三个，成效明显。"
    )
    after = "青禾市人才工作局将继续引进高层次创新团队，青禾湾实验室与白鹭生物科技有限公司共建联合实验室。"
    footer = (72, 40, [("青禾市科技创新简报编辑部", 9, 0)])
    pages: list[list[f.PdfLine]] = []
    for text in (first, second):
        pages.append([*_in_two_columns(text, 780), footer])
    assert f.wrap_lines([first], 16)[3:5] == ["附属医院合作开展研究，澄江医药集", "团有限公司与澄江大学合作设立孵化"]
    y = 780 - 20 * 7
    pages[0] += [(72, y - 10, "二、下一步工作")]
    pages[0] += [(72, y - 40 - 20 * i, line) for i, line in enumerate(f.wrap_lines([after], 36))]
    source = read_source(f.make_pdf_laid_out(tmp_path / "columns.pdf", pages))
    assert normalize_text(source.text, source_format="pdf").text.split("\n") == [first, "二、下一步工作", after, second]


def test_a_heading_in_the_longer_column_under_the_other_ones_foot_stays_in_its_column(tmp_path):
    """The left column of an article's last page runs on under the right one's foot, under a heading: the heading
    and the text under it, filling the column, are that column's, read before the right column, which carries
    their sentence on (a name split over the columns stays whole); only a short line with nothing of the column's
    text under it (a footer, a source line) is read after the columns."""
    first = (
        "青禾方面，青禾市发展和改革委员会支持建设产业园区，白鹭生物科技有限公司获得专项资助，并与青禾大学附属医院"
        "合作开展研究，澄江医药集团有限公司与澄江大学合作设立孵化计划。"
    )
    second = (
        "青禾市科学技术局会同青禾市财政局设立专项资金，支持澄江医药集团有限公司建设创新药研发中心，推动成果转化，"
        "青禾湾实验室与澄江智能装备有限公司共建联合研究中心，青禾市人才工作局引进高层次人才团队三个，青禾大学附属医院"
        "开展临床试验二十余项，青禾市卫生健康委员会协调临床资源，澄江理工学院提供人才支持，成效明显。"
    )
    upper, lower = f.wrap_lines([first], 16), f.wrap_lines([second], 16)
    assert lower[3:5] == ["果转化，青禾湾实验室与澄江智能装", "备有限公司共建联合研究中心，青禾"]
    page: list[f.PdfLine] = [(200, 800, "青禾澄江合作简报")]
    page += [(72, 760 - 20 * i, line) for i, line in enumerate(upper)]
    y = 760 - 20 * len(upper) - 14
    page.append((72, y, "二、下一步工作"))
    page += [(72, y - 34 - 20 * i, line) for i, line in enumerate(lower[:4])]
    page += [(312, 760 - 20 * i, line) for i, line in enumerate(lower[4:])]
    page += [(72, 50, [("青禾市科技创新简报编辑部", 9, 0)]), (290, 30, "- 1 -")]
    source = read_source(f.make_pdf_laid_out(tmp_path / "columns.pdf", [page]))
    text = normalize_text(source.text, source_format="pdf").text
    assert text.split("\n") == ["青禾澄江合作简报", first, "二、下一步工作", second, "青禾市科技创新简报编辑部"]


def test_a_page_number_beside_a_footer_on_the_last_row_is_no_column(tmp_path):
    """The page number on the footer's row (青禾市科学技术局编印 at the left, - 1 - in the middle, right of a
    gutter set left of the page's middle) is the page's number all the same, not a narrow column whose top cut the
    columns above it off: they are read one after the other, not row by row."""
    text = _COLUMNS_TEXT
    page: list[f.PdfLine] = [(200, 800, "青禾澄江合作简报"), *_in_two_columns(text, 760)]
    page += [(72, 30, [("青禾市科学技术局编印", 9, 0)]), (290, 30, [("- 1 -", 9, 0)])]
    source = read_source(f.make_pdf_laid_out(tmp_path / "columns.pdf", [page]))
    text_read = normalize_text(source.text, source_format="pdf").text
    assert text_read.split("\n") == ["青禾澄江合作简报", text, "青禾市科学技术局编印"]


def test_a_footer_row_under_both_columns_is_read_after_them(tmp_path):
    """A footer row in small type standing under both columns (青禾市科学技术局编印 under the left one, the date
    under the right one, the page number between them) is read after the columns: the footer under the left column
    stands beside the date, no lower than the right column's foot, yet it is no line of the left column, and the
    sentence running from the foot of the left column to the top of the right one stays whole."""
    text = _COLUMNS_TEXT
    page: list[f.PdfLine] = [(200, 800, "青禾澄江合作简报"), *_in_two_columns(text, 760)]
    page += [(72, 30, [("青禾市科学技术局编印", 9, 0)]), (440, 30, [("2025年3月20日", 9, 0)])]
    for name, lines_on_page in (("plain.pdf", page), ("numbered.pdf", [*page, (290, 30, [("5", 9, 0)])])):
        source = read_source(f.make_pdf_laid_out(tmp_path / name, [lines_on_page]))
        text_read = normalize_text(source.text, source_format="pdf").text
        assert text_read.split("\n") == ["青禾澄江合作简报", text, "青禾市科学技术局编印", "2025年3月20日"]


def test_a_newsletters_header_over_two_columns_is_read_before_them_not_between(tmp_path):
    """A header over the columns (the issuer over the left one, the issue over the right one, small type) is read
    before the columns, not as the right column's first line: the sentence running from the foot of the left column
    to the top of the right one stays whole, and the header, at the page's top, is left out as a running header."""
    texts = [
        _COLUMNS_TEXT,
        "青禾市科学技术局会同青禾市财政局设立专项资金，支持澄江医药集团有限公司建设创新药研发中心，推动成果转化，"
        "青禾湾实验室与澄江智能装备有限公司共建联合研究中心，青禾市人才工作局引进高层次人才团队三个，成效明显。",
    ]
    header: list[f.PdfLine] = [(72, 800, [("青禾市科学技术局", 9, 0)]), (470, 800, [("2025年第3期", 9, 0)])]
    pages = [[*header, *_in_two_columns(text, 770)] for text in texts]
    source = read_source(f.make_pdf_laid_out(tmp_path / "newsletter.pdf", pages))
    assert normalize_text(source.text, source_format="pdf").text.split("\n") == texts


def test_a_word_title_broken_by_a_line_break_is_one_title(tmp_path):
    # a centred notice title broken by Shift+Enter inside its paragraph: the document's title is the whole title
    import docx

    from policykg.loaders.pipeline import build_document

    document = docx.Document()
    run = document.add_paragraph().add_run("关于支持东岭市医疗器械产业")
    run.add_break()
    run.add_text("创新集聚发展的实施意见")
    document.add_paragraph("各区人民政府：")
    document.add_paragraph("为加快东岭大学与东岭医院合作，现提出以下意见。")
    path = tmp_path / "意见.docx"
    document.save(str(path))
    graph = build_document(read_source(path), path.name)
    assert graph.document.title == "关于支持东岭市医疗器械产业创新集聚发展的实施意见"
