"""Source files → decoded text with format markup removed (not yet normalised).

Every failure a person can cause (wrong path, empty file, a binary or corrupt file, a
scanned PDF, an unknown encoding) becomes an :class:`~policykg.errors.InputError`
naming the file and saying what to do, never a traceback: readers face arbitrary
files from arbitrary folders.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError
from policykg.loaders.normalize import strip_page_furniture

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "SourceText",
    "read_source",
    "discover",
    "decode_bytes",
]

_FORMATS = {".txt": "txt", ".md": "md", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)
DEFAULT_MAX_BYTES: int = 20 * 1024 * 1024

_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_SUFFIXES))
_REEXPORT = "re-export it from the original application, or convert it to .txt first"


@dataclass
class SourceText:
    """What a reader hands to the normaliser."""

    path: Path
    text: str
    """Decoded text, format markup removed, NOT yet normalised."""
    encoding: str
    """e.g. "utf-8", "gb18030", "utf-16", or "pdf"/"docx" for binary formats."""
    source_format: str
    """"txt" | "md" | "pdf" | "docx" | "html"."""
    sha256: str
    """Of the file's bytes: lets a rebuild skip unchanged files."""


# ---------------------------------------------------------------------------
# Discovery
# ---------------------------------------------------------------------------


def _hidden(name: str) -> bool:
    # "~$x.docx" are Word lock files: never documents.
    return name.startswith(".") or name.startswith("~$")


def _suffix(name: str) -> str:
    """``Path(name).suffix`` without building a Path (this runs once per file in a folder)."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _walk_folder(top: str) -> list[tuple[str, str, bool]]:
    """Supported, non-hidden files under ``top``: (path, posix path relative to ``top``, is a symlink).

    Walks like ``os.walk`` (symlinked folders are listed but not entered, an unreadable
    folder is skipped whole) but keeps each ``os.scandir`` entry, so that whether a file
    is a symlink is known without a system call per file.
    """
    out: list[tuple[str, str, bool]] = []
    stack = [(top, "")]
    while stack:
        folder, rel = stack.pop()
        files: list[tuple[str, str, bool]] = []
        subdirs: list[tuple[str, bool]] = []
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    name = entry.name
                    if is_dir:
                        if not _hidden(name):
                            subdirs.append((name, entry.is_symlink()))
                    elif not _hidden(name) and _suffix(name).lower() in SUPPORTED_SUFFIXES:
                        files.append((os.path.join(folder, name), rel + name, entry.is_symlink()))
        except OSError:
            continue  # os.walk reports nothing for a folder it cannot list
        out.extend(files)
        for name, link in subdirs:
            if not link:
                stack.append((os.path.join(folder, name), rel + name + "/"))
    return out


def discover(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Expand files and folders into ``(path, document name)`` pairs (see :func:`discover_resolved`)."""
    return [(path, name) for path, name, _ in discover_resolved(paths)]


def discover_resolved(paths: Iterable[Path]) -> list[tuple[Path, str, str]]:
    """Expand files and folders into ``(path, document name, real path)`` triples.

    The document name is the document's identity: a file argument's basename, or a
    path relative to the folder argument (posix slashes), so moving the whole folder
    keeps every id.  Inside folders, hidden entries and unsupported files are
    skipped silently; a file named explicitly must be supported.

    The real path lets a caller that discovers several arguments drop a file named
    twice without resolving every path again.

    Why strings and one ``realpath`` per folder: a corpus folder holds tens of thousands
    of files and building and resolving a Path for each took seconds; a file inside a
    walked folder resolves to the folder's real path plus its relative name unless the
    file itself is a symlink (symlinked folders are not entered).
    """
    # (path, name, resolved path or None when it must still be resolved)
    found: list[tuple[Path, str, str | None]] = []
    for arg in paths:
        arg = Path(arg)
        if arg.is_dir():
            top = os.fspath(arg)
            real_top = os.path.realpath(top)
            inner = _walk_folder(top)
            inner.sort(key=lambda item: item[1])
            found.extend((Path(full), rel, None if link else os.path.join(real_top, rel))
                         for full, rel, link in inner)
        elif arg.is_file():
            if arg.suffix.lower() not in SUPPORTED_SUFFIXES:
                raise InputError(str(arg), f"unsupported file type '{arg.suffix or '(none)'}'",
                                 f"use one of {_SUPPORTED_LIST}, or convert the file first")
            found.append((arg, arg.name, None))
        else:
            raise InputError(str(arg), "no such file or folder", "check the path")
    seen_paths: set[str] = set()
    seen_names: dict[str, Path] = {}
    unique: list[tuple[Path, str, str]] = []
    for path, name, resolved in found:
        if resolved is None:
            resolved = str(path.resolve())
        if resolved in seen_paths:
            continue
        if name in seen_names:
            raise InputError(str(path), f"has the same document name '{name}' as {seen_names[name]}",
                             "rename one of them, or pass their common parent folder instead")
        seen_paths.add(resolved)
        seen_names[name] = path
        unique.append((path, name, resolved))
    return unique


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text (controls other than \t \n \v \f \r and ESC).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_KEEP_NON_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample.translate(None, _KEEP_NON_CONTROL))  # deleting the rest leaves the controls
    return controls / len(sample)


def _plausible_text(text: str) -> bool:
    """Decoded text that is mostly printable (rejects binary that happens to decode)."""
    sample = text[:65536]
    if not sample:
        return False
    bad = sum(1 for c in sample if not (c.isprintable() or c in "\n\r\t\f\v"))
    return bad / len(sample) < 0.01


def _looks_utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _plausible_text(text):
            return codec
    return None


_common_chars_cache: frozenset[str] | None = None


def _common_chars() -> frozenset[str]:
    """The ~3,755 most common Simplified (GB2312 level 1) and ~5,400 most common
    Traditional (Big5 level 1) characters, taken from the codecs themselves."""
    global _common_chars_cache
    if _common_chars_cache is None:
        chars: set[str] = set()
        for lead in range(0xB0, 0xD8):
            for trail in range(0xA1, 0xFF):
                try:
                    chars.add(bytes((lead, trail)).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
        for lead in range(0xA4, 0xC7):
            for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
                try:
                    chars.add(bytes((lead, trail)).decode("big5"))
                except UnicodeDecodeError:
                    pass
        _common_chars_cache = frozenset(chars)
    return _common_chars_cache


def _commonness(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese characters or punctuation."""
    sample = [c for c in text[:20000] if ord(c) > 127]
    if not sample:
        return 1.0
    common = _common_chars()
    good = sum(1 for c in sample if c in common or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return good / len(sample)


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Bytes → (text, encoding name).

    Order matters: BOMs are certain; strict UTF-8 almost never accepts non-UTF-8
    bytes; GB18030 accepts nearly any double-byte text, so when Big5 (Hong Kong,
    Taiwan) also decodes cleanly the candidate with more common characters wins;
    charset-normalizer is the last resort for anything else.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"has a {codec.upper()} byte-order mark but invalid bytes at {exc.start}",
                                 "save it again as UTF-8 or GB18030") from None
            return text.lstrip("\ufeff"), codec
    sample = data[:65536]
    if b"\x00" in sample:
        codec = _looks_utf16_without_bom(data)
        if codec is None:
            raise InputError(path, "looks binary (contains NUL bytes), not text",
                             f"pass a text document ({_SUPPORTED_LIST})")
        return data.decode(codec), "utf-16"
    if _control_ratio(sample) > 0.01:
        raise InputError(path, "looks binary (many control characters), not text",
                         f"pass a text document ({_SUPPORTED_LIST})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None:
        try:
            big5 = data.decode("big5hkscs")
        except UnicodeDecodeError:
            big5 = None
        if big5 is not None and _commonness(big5) > _commonness(gb):
            return big5, "big5hkscs"
        return gb, "gb18030"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # the detector is a heuristic; any failure means "unknown"
        best = None
    if best is not None:
        text = str(best)
        if _plausible_text(text):
            return text, best.encoding
    raise InputError(path, "cannot be decoded (not UTF-8, GB18030 or another recognisable encoding)",
                     "save it as UTF-8 or GB18030")


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------

_CID_DEBRIS = re.compile(r"\(cid:\d+\)")


def _read_pdf(path: str, data: bytes) -> str:
    """Per page, so running headers/footers and page numbers can be recognised."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "is not a PDF (no %PDF header)", _REEXPORT)
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs pdfminer.six to be read", "pip install pdfminer.six") from None
    try:
        text = extract_text(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "is an encrypted PDF", "remove the password (print to PDF) and try again") from None
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise InputError(path, f"is a damaged PDF ({type(exc).__name__})", _REEXPORT) from None
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    if not pages:
        raise InputError(path, "is a damaged PDF (no pages could be read)", _REEXPORT)
    if not any(p.strip() for p in pages):
        raise InputError(path, "has no text layer (a scanned image?)",
                         "run OCR on it first (e.g. ocrmypdf -l chi_sim) and try again")
    joined = "".join(pages)
    debris = len(_CID_DEBRIS.findall(joined))
    if debris and debris * 8 > len(joined.strip()) * 0.5:
        raise InputError(path, "uses fonts without a Unicode mapping, so its text cannot be extracted",
                         "re-export it with embedded Unicode fonts, or run OCR on it")
    if debris:
        pages = [_CID_DEBRIS.sub("", p) for p in pages]
    return "\n".join(strip_page_furniture(pages))


def _read_docx(path: str, data: bytes) -> str:
    """Paragraphs and table cells in document order (one cell per line, so cell
    boundaries survive spacing normalisation)."""
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs python-docx to be read", "pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, lxml and python-docx errors alike
        raise InputError(path, f"is not a readable .docx ({type(exc).__name__})",
                         "open and re-save it as .docx (old .doc files must be converted), or save it as .txt")
    p_tag, tbl_tag, sdt_tag, content_tag = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
    lines: list[str] = []

    def walk(parent_element, parent) -> None:
        for child in parent_element.iterchildren():
            if child.tag == p_tag:
                lines.append(Paragraph(child, parent).text)
            elif child.tag == tbl_tag:
                table = Table(child, parent)
                for row in table.rows:
                    previous = None
                    for cell in row.cells:
                        if cell._tc is previous:  # a merged cell repeats itself
                            continue
                        previous = cell._tc
                        walk(cell._tc, cell)
            elif child.tag == sdt_tag:
                content = child.find(content_tag)
                if content is not None:
                    walk(content, parent)

    try:
        walk(document.element.body, document)
    except Exception as exc:
        raise InputError(path, f"has a damaged document body ({type(exc).__name__})",
                         "open and re-save it as .docx, or save it as .txt") from None
    return "\n".join(lines)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}
_DROP_TAGS = ("script", "style", "nav", "noscript", "template", "iframe", "svg", "canvas",
              "object", "select", "button", "head")
_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
               "tr", "td", "th", "table", "thead", "tbody", "caption", "section", "article", "header",
               "footer", "main", "aside", "blockquote", "pre", "hr", "figure", "figcaption", "address",
               "form", "fieldset", "title")
_BREAK = "\ue001"  # private use: a block boundary, immune to whitespace collapsing
_HTML_SPACE = re.compile(r"\s+")
_BREAKS = re.compile(" *\ue001[\ue001 ]*")


def _decode_html(path: str, data: bytes) -> tuple[str, str]:
    """Honour a declared charset when it decodes cleanly (GB2312 pages routinely
    contain GBK characters, so the whole GB family is read as GB18030)."""
    match = _META_CHARSET.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = match.group(1).decode("ascii").lower()
        codec = "gb18030" if declared in _GB_FAMILY else declared
        try:
            codecs.lookup(codec)
            return data.decode(codec), codecs.lookup(codec).name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, path)


def _read_html(path: str, data: bytes) -> tuple[str, str]:
    text, encoding = _decode_html(path, data)
    try:
        from bs4 import BeautifulSoup, Comment
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs beautifulsoup4 to be read", "pip install beautifulsoup4 lxml") from None
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:
        raise InputError(path, f"is not parseable HTML ({type(exc).__name__})", "save the page again as HTML or .txt")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for pre in soup("pre"):
        for s in pre.find_all(string=True):
            s.replace_with(s.replace("\n", _BREAK))
    for tag in soup(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    body = soup.body or soup
    flat = _HTML_SPACE.sub(" ", body.get_text())
    lines = _BREAKS.sub("\n", flat).strip()
    if title and title not in lines:
        lines = f"{title}\n{lines}"
    return lines, encoding


_MD_FENCE = re.compile(r"^ {0,3}(```|~~~).*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", re.M)
_MD_RULE = re.compile(r"^ {0,3}(?:[-*_=][ \t]*){3,}$", re.M)
_MD_QUOTE = re.compile(r"^ {0,3}>[ \t]?", re.M)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.M)
_MD_EMPH = re.compile(r"\*\*|__|~~|(?<![*\w])\*(?=\S)|(?<=\S)\*(?![*\w])|`+")
_MD_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.M)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _markdown_to_text(text: str) -> str:
    """Keep the words, drop the markup; table cells go one per line like DOCX/HTML."""
    text = _MD_FENCE.sub("", text)
    text = _MD_TABLE_SEP.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_TAG.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_EMPH.sub("", text)
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            lines.extend(cell.strip() for cell in stripped[1:-1].split("|"))
        else:
            lines.append(line)
    return _MD_ESCAPE.sub(r"\1", "\n".join(lines))


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _human(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one file of any supported format; every failure is an InputError."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        raise InputError(name, f"unsupported file type '{suffix or '(none)'}'",
                         f"use one of {_SUPPORTED_LIST}, or convert the file first")
    if path.is_dir():
        raise InputError(name, "is a folder, not a file", "pass the folder to discover() / the build command")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file", "check the path") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    if size > max_bytes:
        raise InputError(name, f"is {_human(size)}, over the {_human(max_bytes)} limit",
                         "split it into smaller files or raise --max-bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    if not data.strip():
        raise InputError(name, "is empty", "remove it or put the document's text in it")
    digest = hashlib.sha256(data).hexdigest()

    if fmt == "pdf":
        text, encoding = _read_pdf(name, data), "pdf"
    elif fmt == "docx":
        text, encoding = _read_docx(name, data), "docx"
    elif fmt == "html":
        text, encoding = _read_html(name, data)
    else:
        text, encoding = decode_bytes(data, name)
        if fmt == "md":
            text = _markdown_to_text(text)
    if not text.strip():
        raise InputError(name, "contains no text", "check that it is the right file")
    return SourceText(path=path, text=text, encoding=encoding, source_format=fmt, sha256=digest)
