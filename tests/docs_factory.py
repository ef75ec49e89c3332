"""Build test documents at test time, in every format and state policykg must read.

Why generate instead of committing fixtures: the bytes then document themselves
(``write_gb18030`` says what the file is), binary formats stay out of the repository,
and end-to-end tests can produce exactly the layout they need (a three-page PDF with
a running header, a DOCX with a table…).

All sample sentences are invented and name fictional organisations.

Usage from any test module (pytest puts ``tests/`` on ``sys.path``)::

    from docs_factory import make_pdf, SAMPLE_PARAGRAPHS
"""

from __future__ import annotations

import codecs
import html
import io
import zipfile
from pathlib import Path

from hostile_factory import pdf_from_objects

__all__ = [
    "SAMPLE_PARAGRAPHS",
    "TRADITIONAL_PARAGRAPHS",
    "TABLE_ROWS",
    "write_utf8",
    "write_gb18030",
    "write_big5",
    "write_folder",
    "write_utf16_bom",
    "write_markdown",
    "make_pdf",
    "make_scanned_pdf",
    "make_encrypted_pdf",
    "make_docx",
    "make_pdf_with_unmapped_font",
    "make_pdf_laid_out",
    "make_docx_with_notes",
    "make_html",
    "make_corrupt_pdf",
    "make_corrupt_docx",
    "make_empty",
    "make_whitespace_only",
    "make_binary",
    "make_oversized",
    "wrap_lines",
]

# Invented sentences about fictional organisations (never seed text).
SAMPLE_PARAGRAPHS: list[str] = [
    "星河生物科技有限公司与东岸医科大学共建联合实验室，双方将在基因治疗和细胞治疗领域开展为期五年的合作研究。",
    "青禾市科学技术委员会印发《青禾市促进创新药物研发的若干措施》，支持企业建设公共技术服务平台。",
    "该平台依托青禾临床研究中心建设，面向园区内的中小企业提供药物筛选、动物实验和临床前评价服务。",
    "截至2023年底，青禾生命科学园已集聚创新企业120家，其中上市企业8家，年产值超过300亿元。",
]

# The same kind of content written in Traditional script (Hong Kong usage).
TRADITIONAL_PARAGRAPHS: list[str] = [
    "港灣生物醫藥研究院與東岸醫科大學簽署合作備忘錄，共同設立轉化醫學實驗室。",
    "創新科技署透過研發資助計劃支持本地企業開展臨床試驗，並為初創公司提供辦公空間。",
    "該實驗室將於明年在科學園開始營運，預計聘請三十名研究人員。",
]

TABLE_ROWS: list[list[str]] = [
    ["单位名称", "所在区域", "主要领域"],
    ["星河生物科技有限公司", "青禾生命科学园", "基因治疗"],
    ["东岸医科大学附属医院", "东岸新区", "临床研究"],
]


# ---------------------------------------------------------------------------
# Plain text in various encodings
# ---------------------------------------------------------------------------


def write_utf8(path: Path, text: str, *, bom: bool = False) -> Path:
    path = Path(path)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return path


def write_folder(path: Path, files: dict[str, str]) -> Path:
    """A folder of UTF-8 text files (relative name → text, sub-folders made as needed), as a user's folder to build."""
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    return path


def write_gb18030(path: Path, text: str) -> Path:
    path = Path(path)
    path.write_bytes(text.encode("gb18030"))
    return path


def write_big5(path: Path, text: str) -> Path:
    path = Path(path)
    path.write_bytes(text.encode("big5hkscs"))
    return path


def write_utf16_bom(path: Path, text: str, *, big_endian: bool = False) -> Path:
    path = Path(path)
    if big_endian:
        path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    else:
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    return path


def write_markdown(path: Path, title: str, paragraphs: list[str]) -> Path:
    """A small Markdown file with a heading, emphasis, a rule, a link and a list."""
    path = Path(path)
    body = [f"# {title}", ""]
    for i, para in enumerate(paragraphs):
        if i == 0:
            body.append(f"**{para[:4]}**{para[4:]}")
        else:
            body.append(para)
        body.append("")
    body += ["---", "", "- 详见[项目主页](https://example.org/project)", ""]
    path.write_text("\n".join(body), encoding="utf-8")
    return path


def wrap_lines(paragraphs: list[str], width: int) -> list[str]:
    """Hard-wrap paragraphs every ``width`` characters, as PDF layout does."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(para[i : i + width] for i in range(0, len(para), width))
    return lines


# ---------------------------------------------------------------------------
# PDF (reportlab, built-in CID font: no font download needed)
# ---------------------------------------------------------------------------

_CID_FONT = "STSong-Light"


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if _CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_CID_FONT))
    return _CID_FONT


def make_pdf(
    path: Path,
    paragraphs: list[str],
    header: str | None = None,
    footer_page_numbers: bool = True,
    *,
    chars_per_line: int = 22,
    lines_per_page: int = 12,
    encrypt: str | None = None,
) -> Path:
    """A text PDF: paragraphs hard-wrapped at ``chars_per_line`` characters and laid
    out ``lines_per_page`` lines a page, with an optional running header and a
    "- n -" page number at the foot of each page.  Paragraph first lines are
    indented two characters, as in Chinese typesetting."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _register_font()
    path = Path(path)
    size = 12
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    left = 72
    lines: list[tuple[str, bool]] = []
    for para in paragraphs:
        first = True
        for i in range(0, len(para), chars_per_line):
            lines.append((para[i : i + chars_per_line], first))
            first = False
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    for number, page in enumerate(pages, start=1):
        if header:
            c.setFont(font, 9)
            c.drawString(left, height - 50, header)
        c.setFont(font, size)
        y = height - 100
        for text, first in page:
            c.drawString(left + (2 * size if first else 0), y, text)
            y -= size * 1.8
        if footer_page_numbers:
            c.setFont(font, 9)
            c.drawCentredString(width / 2, 40, f"- {number} -")
        c.showPage()
    c.save()
    return path


PdfRun = tuple[str, float, float]
"""A run of text in a laid-out PDF line: the text, its type size, how far it is raised (a superscript: > 0)."""
PdfLine = tuple[float, float, str | list[PdfRun]]
"""A line of a laid-out PDF page: x and y of its start, its text (12 pt) or its runs."""


def make_pdf_laid_out(
    path: Path, pages: list[list[PdfLine]], *, rules: list[list[tuple[float, float, float]]] | None = None
) -> Path:
    """A PDF whose every line stands where the test puts it (A4, y from the foot of the page): columns,
    footnotes in small type at a page's foot, superscript marks (runs raised and smaller), and horizontal rules
    ``(x0, x1, y)`` a page (a table's)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _register_font()
    c = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages):
        for x, y, content in lines:
            runs = [(content, 12.0, 0.0)] if isinstance(content, str) else content
            text = c.beginText(x, y)
            for run, size, rise in runs:
                text.setFont(font, size)
                text.setRise(rise)
                text.textOut(run)
            c.drawText(text)
        for x0, x1, y in rules[number] if rules else []:
            c.line(x0, y, x1, y)
        c.showPage()
    c.save()
    return Path(path)


def make_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF with only graphics (like a scan without OCR): no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = Path(path)
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for row in range(20):
            c.rect(72, 700 - row * 25, 300 + (row % 4) * 30, 12, fill=1)
        c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path, paragraphs: list[str], password: str = "secret") -> Path:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner", canPrint=0)
    return make_pdf(path, paragraphs, encrypt=enc)


# ---------------------------------------------------------------------------
# DOCX and HTML
# ---------------------------------------------------------------------------


def make_pdf_with_unmapped_font(path: Path, paragraphs: list[str], unmapped_glyphs: int) -> Path:
    """A one-page PDF written by hand: ``paragraphs`` in the built-in STSong-Light (UCS-2 encoded, readable),
    then a line of ``unmapped_glyphs`` glyphs in an embedded-style font with Identity-H encoding and no ToUnicode
    map (as a title font is often embedded), which no reader can turn back into characters."""
    lines, y = [], 760
    for text in paragraphs:
        lines.append(f"BT /F1 12 Tf 72 {y} Td <{text.encode('utf-16-be').hex()}> Tj ET")
        y -= 24
    lines.append(f"BT /F2 12 Tf 72 {y} Td <{''.join(f'{i + 1:04x}' for i in range(unmapped_glyphs))}> Tj ET")
    content = "\n".join(lines).encode("ascii")
    gb1 = b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
    identity = b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " + gb1 + b" >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TitleFont /Encoding /Identity-H /DescendantFonts [8 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TitleFont " + identity + b" >>",
    ]
    path = Path(path)
    path.write_bytes(pdf_from_objects(objects))
    return path


def make_docx(
    path: Path, paragraphs: list[str], table_rows: list[list[str]] | None = None, *, heading: str | None = None
) -> Path:
    """A DOCX with an optional heading, the paragraphs, then an optional table."""
    import docx

    path = Path(path)
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    half = max(1, len(paragraphs) // 2)
    for para in paragraphs[:half]:
        document.add_paragraph(para)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=max(len(r) for r in table_rows))
        for r, row in enumerate(table_rows):
            for col, value in enumerate(row):
                table.cell(r, col).text = value
    for para in paragraphs[half:]:
        document.add_paragraph(para)
    document.save(str(path))
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _notes_xml(kind: str, text: str) -> bytes:
    """A footnotes or endnotes part: Word's two separator notes, then one note."""
    return (
        f'<w:{kind}s xmlns:w="{_W}">'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:id="1"><w:p><w:r><w:t>{html.escape(text)}</w:t></w:r></w:p></w:{kind}>'
        f"</w:{kind}s>"
    ).encode()


def make_docx_with_notes(path: Path, paragraph: str, *, footnote: str, endnote: str, box: str) -> Path:
    """A DOCX whose paragraph carries a footnote, an endnote and a text box written as Word writes one (the
    box for new Word, and the same box again as a fallback for old readers): python-docx makes none of them."""
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    path = Path(path)
    document = docx.Document()
    para = document.add_paragraph(paragraph)
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    box_para = f"<w:txbxContent><w:p><w:r><w:t>{html.escape(box)}</w:t></w:r></w:p></w:txbxContent>"
    run = parse_xml(
        f'<w:r xmlns:w="{_W}" xmlns:mc="{mc}" xmlns:wps="{wps}"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box_para}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict>{box_para}</w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>"
    )
    para._p.append(run)
    para._p.append(parse_xml(f'<w:r xmlns:w="{_W}"><w:footnoteReference w:id="1"/></w:r>'))
    package = document.part.package
    for kind, content_type, reltype in (
        ("footnote", CONTENT_TYPE.WML_FOOTNOTES, RELATIONSHIP_TYPE.FOOTNOTES),
        ("endnote", CONTENT_TYPE.WML_ENDNOTES, RELATIONSHIP_TYPE.ENDNOTES),
    ):
        text = footnote if kind == "footnote" else endnote
        part = Part(PackURI(f"/word/{kind}s.xml"), content_type, _notes_xml(kind, text), package)
        document.part.relate_to(part, reltype)
    document.save(str(path))
    return path


def make_html(path: Path, title: str, paragraphs: list[str], *, encoding: str = "utf-8", extra_body: str = "") -> Path:
    """An HTML page with the usual junk around the content: a script, a style sheet,
    a navigation bar, a comment, entities (&amp; &lt;) and source line breaks inside
    paragraphs (which are not paragraph breaks)."""
    path = Path(path)
    body = "\n".join(f"<p>{html.escape(p[:10])}\n{html.escape(p[10:])}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{encoding}"><title>{html.escape(title)}</title>
<style>body {{ font-family: serif; }} .hidden {{ display: none }}</style>
<script>var tracker = "不应出现的脚本文字"; function f() {{ return 1 < 2; }}</script>
</head><body>
<nav><a href="/">首页</a> | <a href="/news">导航栏文字</a></nav>
<!-- 注释文字不应出现 -->
<h1>{html.escape(title)}</h1>
{body}
<div>研发&amp;转化 &lt;试点&gt; 平台</div>
{extra_body}
<script type="text/javascript">document.write("脚本输出");</script>
</body></html>
"""
    path.write_bytes(page.encode(encoding))
    return path


# ---------------------------------------------------------------------------
# Bad inputs
# ---------------------------------------------------------------------------


def make_corrupt_pdf(path: Path) -> Path:
    """Starts like a PDF, then garbage (a truncated download)."""
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 4)
    return path


def make_corrupt_docx(path: Path) -> Path:
    """A zip archive that is not a Word document."""
    path = Path(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "not a word document")
    path.write_bytes(buf.getvalue())
    return path


def make_empty(path: Path) -> Path:
    path = Path(path)
    path.write_bytes(b"")
    return path


def make_whitespace_only(path: Path) -> Path:
    path = Path(path)
    path.write_text(" \n\n\t \u3000\n", encoding="utf-8")
    return path


def make_binary(path: Path) -> Path:
    """PNG-like bytes: a signature, NULs and control bytes."""
    path = Path(path)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    return path


def make_oversized(path: Path, size: int) -> Path:
    """A valid UTF-8 text file of at least ``size`` bytes."""
    path = Path(path)
    unit = "星河生物科技有限公司开展合作研究。\n".encode()
    path.write_bytes(unit * (size // len(unit) + 1))
    return path
