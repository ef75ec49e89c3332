"""Hostile files made at test time: small on disk, huge or endless to parse.

Each one models a way a crafted or broken document can take a machine: a DOCX whose
XML inflates far beyond its size on disk (a zip bomb), a PDF whose content stream is
compressed twice so a few kilobytes inflate to gigabytes, a PDF whose page tree
names the same subtree again and again (billions of pages from a few lines), and a
PDF of deeply nested arrays. None of them contains document text worth reading.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

__all__ = [
    "make_zip_bomb_docx",
    "make_flate_bomb_pdf",
    "make_xobject_bomb_pdf",
    "make_page_tree_bomb_pdf",
    "make_nested_pdf",
    "pdf_from_objects",
]

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def make_zip_bomb_docx(path: Path, inflated_mb: int = 300) -> Path:
    """A well-formed DOCX whose document.xml inflates to ``inflated_mb`` MB of short paragraphs
    (millions of XML elements; about 1/500 of that on disk)."""
    path = Path(path)
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    tail = b"</w:body></w:document>"
    para = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    chunk = para * ((1 << 20) // len(para))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _DOCX_TYPES)
        zf.writestr("_rels/.rels", _DOCX_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            for _ in range(inflated_mb):
                member.write(chunk)
            member.write(tail)
    return path


def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file with a correct cross-reference table from numbered object bodies (1-based)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def make_flate_bomb_pdf(path: Path, inflated_mb: int = 2048) -> Path:
    """One page whose content stream is deflated twice: a few KB on disk, ``inflated_mb`` MB of content."""
    path = Path(path)
    inner = zlib.compressobj(9)
    parts = [inner.compress(b"BT /F1 12 Tf (a) Tj ET\n" + b" " * ((1 << 20) - 24)) for _ in range(1)]
    zero_mb = b" " * (1 << 20)
    for _ in range(inflated_mb - 1):
        parts.append(inner.compress(zero_mb))
    parts.append(inner.flush())
    once = b"".join(parts)
    twice = zlib.compress(once, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(twice, b"/Filter [/FlateDecode /FlateDecode]"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(pdf_from_objects(objects))
    return path


def make_page_tree_bomb_pdf(path: Path, fanout: int = 10, depth: int = 9) -> Path:
    """A page tree where each level lists the level below ``fanout`` times: fanout**depth pages
    (a billion by default) from a file of a few kilobytes."""
    path = Path(path)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    # object 2 is the top node; object 2+depth is the one real page; 3+depth its content
    page_obj = 2 + depth
    for level in range(depth):
        number = 2 + level
        child = number + 1
        kids = b" ".join(b"%d 0 R" % child for _ in range(fanout))
        objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, fanout ** (depth - level)))
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>" % (page_obj - 1, page_obj + 1)
    )
    objects.append(_stream(b"BT /F1 12 Tf 72 700 Td (page) Tj ET"))
    path.write_bytes(pdf_from_objects(objects))
    return path


def make_nested_pdf(path: Path, depth: int = 200_000) -> Path:
    """A page whose resources hold an array nested ``depth`` levels deep (a parser stack bomb)."""
    path = Path(path)
    nested = b"[" * depth + b"]" * depth
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>",
        _stream(b"BT /F1 12 Tf 72 700 Td (page) Tj ET"),
        b"<< /Deep " + nested + b" >>",
    ]
    path.write_bytes(pdf_from_objects(objects))
    return path


def make_xobject_bomb_pdf(path: Path, depth: int = 40) -> Path:
    """A page that draws form X1, which draws X2 twice, which draws X3 twice…: 2**depth text
    operations from a file of about two kilobytes (endless to render, tiny in memory)."""
    path = Path(path)
    first = 6
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>",
        _stream(b"/X0 Do"),
        b"<< /Font << /F1 %d 0 R >> /XObject << /X0 %d 0 R >> >>" % (first + depth, first),
    ]
    for level in range(depth):
        number = first + level
        if level + 1 < depth:
            body = b"/X%d Do /X%d Do" % (level + 1, level + 1)
            res = b"/Resources << /XObject << /X%d %d 0 R >> >>" % (level + 1, number + 1)
        else:
            body = b"BT /F1 12 Tf 72 700 Td (a) Tj ET"
            res = b"/Resources << /Font << /F1 %d 0 R >> >>" % (first + depth)
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + res))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    path.write_bytes(pdf_from_objects(objects))
    return path


def fill_disk(path: Path) -> None:
    """Take every byte left on the disk holding ``path`` (a small tmpfs the caller mounted)."""
    with open(path, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
