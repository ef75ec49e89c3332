"""Source files → decoded text with format markup removed (not yet normalised).

Every failure a person can cause (wrong path, empty file, a binary or corrupt file, a
scanned PDF, an unknown encoding) becomes an :class:`~policykg.errors.InputError`
naming the file and saying what to do, never a traceback: readers face arbitrary
files from arbitrary folders.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import io
import os
import re
import stat
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
    "discover_all",
    "OWN_PAGE_MARK",
    "Skipped",
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


OWN_PAGE_MARK = b'<meta name="generator" content="policykg">'
"""The mark in the head of every page policykg writes (``policykg map``): such a page is output, not a document."""
_PAGE_SUFFIXES = (".html", ".htm")


def _own_page(path: str) -> bool:
    """Whether an HTML file is a page policykg wrote. Why: people write maps next to the documents they were made
    from, and a map read back as a document would make the graph cite itself. Only the file's first 4 KB are read
    (the mark stands in the page's head); a file that cannot be opened is left to the reader, which reports it."""
    try:
        with open(path, "rb") as fh:
            return OWN_PAGE_MARK in fh.read(4096)
    except OSError:
        return False


def _own_page_skipped(path: str) -> Skipped:
    return Skipped(path, f"{path}: skipped, a map policykg wrote (output, not a document)")


def _suffix(name: str) -> str:
    """``Path(name).suffix`` without building a Path (this runs once per file in a folder)."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


_OLD_OFFICE = {
    ".doc": "an old Word .doc file",
    ".wps": "a WPS Office .wps file",
    ".wpt": "a WPS template",
    ".rtf": "an RTF file",
    ".odt": "an OpenDocument file",
    ".xls": "a spreadsheet",
    ".xlsx": "a spreadsheet",
    ".et": "a WPS spreadsheet",
    ".ppt": "a presentation",
    ".pptx": "a presentation",
    ".ofd": "an OFD file",
    ".caj": "a CAJ file",
}
_CONVERT_HINT = (
    "save it as .docx (Word or WPS: Save As) or convert it, e.g. libreoffice --headless --convert-to docx FILE"
)


@dataclass
class Skipped:
    """A folder entry that is not built, and why (every one is named to the user)."""

    path: str
    message: str
    """One line: the path, what it is, what to do."""


class NoDocumentError(InputError):
    """A folder holds no supported document; ``skipped`` are the entries it does hold, so a build
    can count and name them as it does in any folder."""

    def __init__(self, path: str, problem: str, hint: str, skipped: list[Skipped]):
        super().__init__(path, problem, hint)
        self.skipped = skipped


def _unsupported(path: str, suffix: str) -> Skipped:
    what = _OLD_OFFICE.get(suffix.lower())
    if what:
        return Skipped(path, f"{path}: skipped, {what} (not read) — {_CONVERT_HINT}")
    kind = f"type '{suffix}'" if suffix else "file without an extension"
    return Skipped(path, f"{path}: skipped, unsupported {kind} — supported: {_SUPPORTED_LIST}")


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _inside(real: str, real_top: str) -> bool:
    return real == real_top or real.startswith(real_top.rstrip(os.sep) + os.sep)


def _walk_folder(
    top: str, real_top: str, leave_out: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str, str | None]], list[Skipped]]:
    """Supported regular files under ``top`` as (path, posix path relative to ``top``, real path
    or None when it is the folder's real path plus the relative name), and the entries skipped.

    Hidden entries (``.name``) and Word lock files (``~$name``) are ignored without a word:
    they are never documents. Everything else that is not built is named with its reason:
    unsupported types (old .doc/.wps files among them), FIFOs, sockets and devices (reading
    one would hang or never end), links that loop, dangle, point out of the folder or at a
    folder (none are followed). An unreadable folder is named too.

    Why ``os.scandir``: its entries know whether they are files, folders or links without a
    system call per file (a corpus folder holds tens of thousands); only links are stat'ed.
    """
    out: list[tuple[str, str, str | None]] = []
    skipped: list[Skipped] = []
    stack = [(top, "")]
    while stack:
        folder, rel = stack.pop()
        files: list[tuple[str, str, str | None]] = []
        subdirs: list[str] = []
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            skipped.append(
                Skipped(
                    folder,
                    f"{folder}: skipped, a folder that cannot be listed "
                    f"({exc.strerror or exc}) — check its permissions",
                )
            )
            continue
        for entry in entries:
            name = entry.name
            if _hidden(name):
                continue
            full = os.path.join(folder, name)
            try:
                if entry.is_symlink():
                    item = _link_entry(full, rel + name, real_top)
                    if isinstance(item, Skipped):
                        skipped.append(item)
                    else:
                        files.append(item)
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if leave_out and os.path.realpath(full) in leave_out:
                        skipped.append(Skipped(full, f"{full}: skipped, the graph store this build writes to"))
                    else:
                        subdirs.append(name)
                    continue
                regular = entry.is_file(follow_symlinks=False)
            except OSError as exc:
                skipped.append(
                    Skipped(
                        full, f"{full}: skipped, cannot be examined ({exc.strerror or exc}) — check its permissions"
                    )
                )
                continue
            suffix = _suffix(name)
            if not regular:
                try:
                    kind = _kind_of(entry.stat(follow_symlinks=False).st_mode)
                except OSError:
                    kind = "not a regular file"
                skipped.append(
                    Skipped(full, f"{full}: skipped, {kind}, not a document file — only regular files are read")
                )
            elif suffix.lower() in SUPPORTED_SUFFIXES:
                if suffix.lower() in _PAGE_SUFFIXES and _own_page(full):
                    skipped.append(_own_page_skipped(full))
                else:
                    files.append((full, rel + name, None))
            else:
                skipped.append(_unsupported(full, suffix))
        out.extend(files)
        for name in subdirs:
            stack.append((os.path.join(folder, name), rel + name + "/"))
    return out, skipped


def _link_entry(full: str, rel: str, real_top: str) -> tuple[str, str, str | None] | Skipped:
    """A symbolic link inside a walked folder: a supported regular file inside the folder is
    read (as a second name of its target); anything else is named and not followed."""
    try:
        st = os.stat(full)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skipped(full, f"{full}: skipped, a symbolic link loop — remove or fix the link")
        return Skipped(
            full, f"{full}: skipped, a broken symbolic link ({exc.strerror or exc}) — remove or fix the link"
        )
    real = os.path.realpath(full)
    if stat.S_ISDIR(st.st_mode):
        return Skipped(full, f"{full}: skipped, a link to a folder (not followed) — pass {real} itself to build it")
    if not stat.S_ISREG(st.st_mode):
        return Skipped(
            full,
            f"{full}: skipped, a link to {_kind_of(st.st_mode)}, not a document file — only regular files are read",
        )
    if not _inside(real, real_top):
        return Skipped(
            full,
            f"{full}: skipped, a link to {real} outside the folder (not followed) — pass the target itself to build it",
        )
    suffix = _suffix(os.path.basename(full))
    if suffix.lower() not in SUPPORTED_SUFFIXES:
        return _unsupported(full, suffix)
    if suffix.lower() in _PAGE_SUFFIXES and _own_page(full):
        return _own_page_skipped(full)
    return (full, rel, real)


def discover(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Expand files and folders into ``(path, document name)`` pairs (see :func:`discover_resolved`)."""
    return [(path, name) for path, name, _ in discover_resolved(paths)]


def discover_resolved(paths: Iterable[Path]) -> list[tuple[Path, str, str]]:
    """Expand files and folders into ``(path, document name, real path)`` triples; entries that
    are skipped are dropped (see :func:`discover_all` for the list of them)."""
    return discover_all(paths)[0]


def discover_all(
    paths: Iterable[Path], *, leave_out: Iterable[Path] = ()
) -> tuple[list[tuple[Path, str, str]], list[Skipped]]:
    """Expand files and folders into ``(path, document name, real path)`` triples, plus the
    folder entries that were skipped, each with its reason.

    The document name is the document's identity: a file argument's basename, or a
    path relative to the folder argument (posix slashes), so moving the whole folder
    keeps every id.  A file named explicitly must be a supported regular file, and a
    folder must hold at least one supported document (an empty folder is usually a
    mistyped path or an unmounted drive): otherwise :class:`InputError`.

    The real path lets a caller that discovers several arguments drop a file named
    twice without resolving every path again.

    Why strings and one ``realpath`` per folder: a corpus folder holds tens of thousands
    of files and building and resolving a Path for each took seconds; a file inside a
    walked folder resolves to the folder's real path plus its relative name unless the
    file itself is a symlink (symlinked folders are not entered).

    Folders in ``leave_out`` (the store a build writes to, when it lies inside a documents folder) are not
    entered, and pages policykg wrote (maps) are not documents; both are named among the skipped entries.
    """
    left_out = frozenset(os.path.realpath(p) for p in leave_out)
    # (path, name, resolved path or None when it must still be resolved)
    found: list[tuple[Path, str, str | None]] = []
    skipped: list[Skipped] = []
    for arg in paths:
        arg = Path(arg)
        try:
            st = os.stat(arg)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(str(arg), "is a symbolic link loop", "fix the link or pass its target") from None
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                raise InputError(str(arg), "no such file or folder", "check the path (is the drive mounted?)") from None
            raise InputError(
                str(arg), f"cannot be examined ({exc.strerror or exc})", "check the path and its permissions"
            ) from None
        if stat.S_ISDIR(st.st_mode):
            top = os.fspath(arg)
            real_top = os.path.realpath(top)
            inner, skips = _walk_folder(top, real_top, left_out)
            skipped.extend(skips)
            if not inner:
                names = ", ".join(os.path.basename(x.path) for x in skips[:5]) + (" …" if len(skips) > 5 else "")
                others = f" (skipped {len(skips)}: {names})" if skips else ""
                raise NoDocumentError(
                    str(arg),
                    f"holds no supported document{others}",
                    f"check the path (is the drive mounted?); supported: {_SUPPORTED_LIST}",
                    skips,
                )
            inner.sort(key=lambda item: item[1])
            found.extend((Path(full), rel, real or os.path.join(real_top, rel)) for full, rel, real in inner)
        elif stat.S_ISREG(st.st_mode):
            if arg.suffix.lower() not in SUPPORTED_SUFFIXES:
                what = _OLD_OFFICE.get(arg.suffix.lower())
                if what:
                    raise InputError(str(arg), f"is {what}, which policykg does not read", _CONVERT_HINT)
                raise InputError(
                    str(arg),
                    f"unsupported file type '{arg.suffix or '(none)'}'",
                    f"use one of {_SUPPORTED_LIST}, or convert the file first",
                )
            if arg.suffix.lower() in _PAGE_SUFFIXES and _own_page(os.fspath(arg)):
                raise InputError(
                    str(arg), "is a map policykg wrote, not a document", "pass the documents the map was made from"
                )
            found.append((arg, arg.name, None))
        else:
            raise InputError(
                str(arg), f"is {_kind_of(st.st_mode)}, not a document file", "pass regular files or folders"
            )
    seen_paths: dict[str, tuple[Path, str]] = {}
    seen_names: dict[str, Path] = {}
    unique: list[tuple[Path, str, str]] = []
    for path, name, resolved in found:
        if resolved is None:
            resolved = os.path.realpath(path)
        if resolved in seen_paths:
            first_path, first_name = seen_paths[resolved]
            if first_name != name:  # a link inside the folder to a file read under another name: said, not silent
                skipped.append(Skipped(str(path), f"{path}: skipped, the same file as {first_path} (read once)"))
            continue
        if name in seen_names:
            raise InputError(
                str(path),
                f"has the same document name '{name}' as {seen_names[name]}",
                "rename one of them, or pass their common parent folder instead",
            )
        seen_paths[resolved] = (path, name)
        seen_names[name] = path
        unique.append((path, name, resolved))
    return unique, skipped


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
                raise InputError(
                    path,
                    f"has a {codec.upper()} byte-order mark but invalid bytes at {exc.start}",
                    "save it again as UTF-8 or GB18030",
                ) from None
            return text.lstrip("\ufeff"), codec
    sample = data[:65536]
    if b"\x00" in sample:
        utf16 = _looks_utf16_without_bom(data)
        if utf16 is None:
            raise InputError(
                path, "looks binary (contains NUL bytes), not text", f"pass a text document ({_SUPPORTED_LIST})"
            )
        return data.decode(utf16), "utf-16"
    if _control_ratio(sample) > 0.01:
        raise InputError(
            path, "looks binary (many control characters), not text", f"pass a text document ({_SUPPORTED_LIST})"
        )
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
    raise InputError(
        path, "cannot be decoded (not UTF-8, GB18030 or another recognisable encoding)", "save it as UTF-8 or GB18030"
    )


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------

_CID_DEBRIS = re.compile(r"\(cid:\d+\)")


def read_pdf_text(path: str, data: bytes, *, max_pages: int = 5000) -> str:
    """Per page, so running headers/footers and page numbers can be recognised.

    Runs in the parsing child of :mod:`policykg.loaders.sandbox` during builds (it has no
    memory or time bound of its own, except ``max_pages``); MemoryError is left to the caller."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "is not a PDF (no %PDF header)", _REEXPORT)
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs pdfminer.six to be read", "pip install pdfminer.six") from None
    try:
        text = extract_text(io.BytesIO(data), maxpages=max_pages + 1)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "is an encrypted PDF", "remove the password (print to PDF) and try again") from None
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise InputError(path, f"is a damaged PDF ({type(exc).__name__})", _REEXPORT) from None
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    if text.count("\f") > max_pages:
        raise InputError(
            path,
            f"has more than {max_pages} pages",
            "split it, or raise POLICYKG_PDF_MAX_PAGES if it really is that long",
        )
    if not pages:
        raise InputError(path, "is a damaged PDF (no pages could be read)", _REEXPORT)
    if not any(p.strip() for p in pages):
        raise InputError(
            path, "has no text layer (a scanned image?)", "run OCR on it first (e.g. ocrmypdf -l chi_sim) and try again"
        )
    joined = "".join(pages)
    debris = len(_CID_DEBRIS.findall(joined))
    if debris and debris * 8 > len(joined.strip()) * 0.5:
        raise InputError(
            path,
            "uses fonts without a Unicode mapping, so its text cannot be extracted",
            "re-export it with embedded Unicode fonts, or run OCR on it",
        )
    if debris:
        pages = [_CID_DEBRIS.sub("", p) for p in pages]
    return "\n".join(strip_page_furniture(pages))


def _check_inflated_size(path: str, data: bytes, max_inflated: int) -> None:
    """Refuse a DOCX whose XML parts would inflate past ``max_inflated`` bytes, reading only
    the zip directory (zipfile never inflates a member past the size the directory gives)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(
            path,
            f"is not a readable .docx ({type(exc).__name__})",
            "open and re-save it as .docx (old .doc files must be converted), or save it as .txt",
        ) from None
    inflated = sum(m.file_size for m in members if not m.filename.startswith("word/media/"))
    if inflated > max_inflated:
        raise InputError(
            path,
            f"would inflate to {_human(inflated)} of XML, over the {_human(max_inflated)} limit "
            "(a damaged or crafted file?)",
            "re-save it in Word, or raise POLICYKG_DOCX_XML_MB if it really is that large",
        )


def read_docx_text(path: str, data: bytes, *, max_inflated: int = 128 << 20) -> str:
    """Paragraphs and table cells in document order (one cell per line, so cell
    boundaries survive spacing normalisation), text boxes after their paragraph, then
    footnotes and endnotes. Runs in the parsing child during builds."""
    _check_inflated_size(path, data, max_inflated)
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs python-docx to be read", "pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # zipfile, lxml and python-docx errors alike
        raise InputError(
            path,
            f"is not a readable .docx ({type(exc).__name__})",
            "open and re-save it as .docx (old .doc files must be converted), or save it as .txt",
        ) from exc
    p_tag, tbl_tag, sdt_tag, content_tag = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
    lines: list[str] = []

    def walk(parent_element, parent) -> None:
        for child in parent_element.iterchildren():
            if child.tag == p_tag:
                lines.append(Paragraph(child, parent).text)
                for box in _text_boxes(child):
                    walk(box, parent)
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
        for notes in _note_parts(document):
            for note in notes.iterchildren(qn("w:footnote"), qn("w:endnote")):
                if note.get(qn("w:type"), "normal") == "normal":  # not the separator lines
                    walk(note, document)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        raise InputError(
            path,
            f"has a damaged document body ({type(exc).__name__})",
            "open and re-save it as .docx, or save it as .txt",
        ) from None
    return "\n".join(lines)


def _text_boxes(paragraph) -> list:
    """The contents of a paragraph's text boxes (a boxed note or a caption of a figure), once each: a box is
    written twice, for new Word and as a fallback for old readers, and the fallback copy is skipped."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    box_tag = qn("w:txbxContent")

    def own(box) -> bool:  # neither a fallback copy nor a box inside another box of this paragraph
        for ancestor in box.iterancestors():
            if ancestor is paragraph:
                return True
            if ancestor.tag in (fallback, box_tag):
                return False
        return True

    return [box for box in paragraph.iter(box_tag) if own(box)]


def _note_parts(document) -> list:
    """The footnotes and endnotes parts' root elements: a note (资料来源：…, a body's full name) is text of the
    document, read after the body as a reader turns to it; python-docx does not read notes."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    roots = []
    for rel in document.part.rels.values():
        if rel.reltype in (RELATIONSHIP_TYPE.FOOTNOTES, RELATIONSHIP_TYPE.ENDNOTES) and not rel.is_external:
            part = rel.target_part
            roots.append(part.element if hasattr(part, "element") else parse_xml(part.blob))
    return roots


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}
_DROP_TAGS = (
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "object",
    "select",
    "button",
    "head",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "thead",
    "tbody",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "address",
    "form",
    "fieldset",
    "title",
)
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
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            name = codecs.lookup(codec).name
            if name in _CJK_DOUBLE_BYTE:
                return _likelier_chinese(data, text, name)
            return text, name
    return decode_bytes(data, path)


_CJK_DOUBLE_BYTE = {"gb18030": "big5hkscs", "big5hkscs": "gb18030", "big5": "gb18030", "cp950": "gb18030"}
"""A page declaring one of these may be in the other: both accept almost any pair of bytes, so a wrong
declaration raises no error and gives a page of rare characters."""


def _common_share(text: str) -> float:
    """Share of the ideographs (Traditional folded to Simplified) that are among the 3,755 common characters of
    GB 2312 level 1: most of a Chinese text, little of bytes read in the wrong double-byte encoding."""
    from policykg.loaders.normalize import to_simplified

    ideographs = [ch for ch in to_simplified(text[:20000]) if "\u4e00" <= ch <= "\u9fff"]
    if not ideographs:
        return 1.0
    common = 0
    for ch in ideographs:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(ideographs)


def _likelier_chinese(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The declared double-byte reading, unless the other family's reading is clearly more like Chinese text
    (a GB page saved as Big5 or the reverse: the declared reading would store a page of rare characters)."""
    other = _CJK_DOUBLE_BYTE[declared]
    try:
        alternative = data.decode(other)
    except UnicodeDecodeError:
        return text, declared
    if _common_share(alternative) > _common_share(text) + 0.3:
        return alternative, other
    return text, declared


def _read_html(path: str, data: bytes) -> tuple[str, str]:
    text, encoding = _decode_html(path, data)
    try:
        from bs4 import BeautifulSoup, Comment
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs beautifulsoup4 to be read", "pip install beautifulsoup4 lxml") from None
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:
        raise InputError(
            path, f"is not parseable HTML ({type(exc).__name__})", "save the page again as HTML or .txt"
        ) from exc
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
    for link in soup("a"):
        if link.get_text(strip=True):
            link.insert(0, _LINK_OPEN)
            link.append(_LINK_CLOSE)
    body = soup.body or soup
    flat = _HTML_SPACE.sub(" ", body.get_text())
    lines = _page_lines(_BREAKS.sub("\n", flat).strip().split("\n"), title)
    return "\n".join(lines), encoding


_LINK_OPEN, _LINK_CLOSE = "\ue002", "\ue003"  # private use: where a link's text starts and ends
_LINK_TEXT = re.compile("\ue002[^\ue003]*\ue003")
_LINK_MARKS = re.compile("[\ue002\ue003]")
_NAV_REST = re.compile(r"[\s|｜>＞»›/·•:：,，、\-—]*")
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜—–]+|(?<!\d)-(?!\d)|\s-\s)\s*")
_CRUMB_LABELS = "当前位置 當前位置 您的位置 您现在的位置 您現在的位置 您所在的位置 所在位置 现在位置".split()
"""Labels of a breadcrumb trail (当前位置：首页 > 政策文件), Simplified and Traditional."""
_CRUMB = re.compile(rf"^(?:{'|'.join(_CRUMB_LABELS)})\s*[:：]")


def _title_parts(title: str) -> list[str]:
    """The parts of a page's <title> that may be its headline, longest first: a saved page's title adds the
    column and the site (关于…的通知_政策文件_某市人民政府门户网站), which are no part of the document's."""
    parts = {p for p in _TITLE_PARTS.split(title) if len(p) >= 4}
    return sorted(parts, key=lambda p: (-len(p), p))


def _plain(line: str) -> str:
    return "".join(_LINK_MARKS.sub("", line).split())


def _site_furniture(line: str) -> bool:
    """A line of the site's frame: links alone (a menu, a row of tabs) or a breadcrumb trail."""
    links_alone = _NAV_REST.fullmatch(_LINK_TEXT.sub("", line)) is not None
    return links_alone or _CRUMB.match(_LINK_MARKS.sub("", line)) is not None


def _page_lines(lines: list[str], title: str) -> list[str]:
    """A page's text from its headline on, without the site's menus and breadcrumbs above it, and its title
    without the site's name.

    Why: a page saved from a government portal opens with the portal's menu (首页 政务公开 …) and a breadcrumb
    (当前位置：首页 > 政策文件) before the document's own headline; read as text, they joined the title and the
    first sentence. The headline is the line that repeats a part of the page's <title>; above it, only lines
    that are links alone or a breadcrumb are left out, so no sentence of the page is lost. A page whose body
    lacks the headline gets the longest part of its <title> as first line, as a document's title."""
    parts = _title_parts(title) if title else []
    plain = [_plain(line) for line in lines]
    headline = None
    for part in parts:
        key = "".join(part.split())
        headline = next((i for i, p in enumerate(plain) if p == key and _LINK_TEXT.sub("", lines[i]).strip()), None)
        if headline is not None:
            break
    if headline is not None:
        lines = [ln for ln in lines[:headline] if not _site_furniture(ln)] + lines[headline:]
    lines = [_LINK_MARKS.sub("", ln).strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    if headline is None and title:
        first = parts[0] if parts else title
        if first not in "\n".join(lines):
            lines.insert(0, first)
    return lines


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
    lines: list[str] = []
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


def open_regular_file(path: Path | str) -> int:
    """A file descriptor for a regular file; anything else is an InputError.

    Opened without blocking and checked on the open descriptor, so a FIFO or a device
    (even one swapped in after discovery) fails at once instead of hanging the build."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(name, "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file", "pass the folder to the build command") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(name, "is a symbolic link loop", "fix the link or pass its target") from None
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputError(name, f"is {_kind_of(mode)}, not a document file", "pass regular files or folders")
    return fd


def read_regular_file(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (checked before reading)."""
    name = str(path)
    fd = open_regular_file(path)
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise InputError(
                name,
                f"is {_human(size)}, over the {_human(max_bytes)} limit",
                "split it into smaller files or raise --max-bytes",
            )
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew while being read
        raise InputError(
            name, f"is over the {_human(max_bytes)} limit", "split it into smaller files or raise --max-bytes"
        )
    return data


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one file of any supported format; every failure is an InputError."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        raise InputError(
            name,
            f"unsupported file type '{suffix or '(none)'}'",
            f"use one of {_SUPPORTED_LIST}, or convert the file first",
        )
    data = read_regular_file(path, max_bytes)
    if not data.strip():
        raise InputError(name, "is empty", "remove it or put the document's text in it")
    digest = hashlib.sha256(data).hexdigest()

    if fmt in ("pdf", "docx"):
        from policykg.loaders.sandbox import parse_bounded

        text, encoding = parse_bounded(fmt, name, data), fmt
    elif fmt == "html":
        text, encoding = _read_html(name, data)
    else:
        text, encoding = decode_bytes(data, name)
        if fmt == "md":
            text = _markdown_to_text(text)
    if not text.strip():
        raise InputError(name, "contains no text", "check that it is the right file")
    return SourceText(path=path, text=text, encoding=encoding, source_format=fmt, sha256=digest)
