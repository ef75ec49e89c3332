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
    notes: tuple[str, ...] = ()
    """What reading left out of the file although it was read (text in a font without a Unicode map, a notes
    part too damaged to read): said with the build's other notes, so nothing is lost in silence."""


_NOTES: list[str] = []
"""Notes of the file being read (see :attr:`SourceText.notes`); emptied when a file's reading starts. A
module list, not a return value, because the readers run in the parsing child too, which sends them back."""


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


_BINARY_FORMATS = ((b"%PDF-", "PDF", ".pdf"), (b"PK\x03\x04", "zip (a .docx is one)", ".docx if it is a Word file"))
"""Files that start like a format policykg reads, saved under a text name: said so, not "looks binary"."""


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
    for magic, kind, suffix in _BINARY_FORMATS:
        if data.startswith(magic):
            raise InputError(
                path, f"is a {kind} file with a text file's name", f"rename it to {suffix} and build again"
            )
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
# Tables: data rows as one line of tab-separated cells
# ---------------------------------------------------------------------------


@dataclass
class _Cell:
    """One cell of a table row as a reader found it."""

    paragraphs: list[str] | None
    """The cell's lines; None for the continuation of a cell merged down from the row above."""
    span: int = 1
    """How many columns the cell spans (merged across)."""
    nested: bool = False
    """Whether a table stands inside the cell."""


_BODY_CHARS = 500
_BODY_PARAGRAPHS = 4
_BODY_PARAGRAPHS_CHARS = 200
_JOINED_AFTER = tuple("。；，、：！？…,.;:!?（(")
"""A cell's paragraph ending on one of these runs straight into the next; others are parted by 、."""


_BODY_LAST = frozenset("局委办厅院会部署司室心所校馆站府处")
"""Characters a public body's or an institution's name ends on (局, 委, 办, 院…)."""
_DUTY_LINE = re.compile(r"[（(]?(?:责任单位|牵头单位|负责单位|責任單位|牽頭單位|負責單位)")


def _body_text(paragraphs: list[str]) -> bool:
    """Whether a cell holds body text rather than a value: an article laid out in a table (long, or four
    paragraphs or more that are long together), a short notice of its own (three paragraphs or more with a duty
    line, 责任单位：…, and a sentence beside it: a 责任单位 column's cell holds units, 牵头单位：… and 配合单位：…,
    but no sentence), or a page's menu (three links or more, each a short word naming no body)."""
    chars = sum(len(p) for p in paragraphs)
    if chars > _BODY_CHARS or (len(paragraphs) >= _BODY_PARAGRAPHS and chars > _BODY_PARAGRAPHS_CHARS):
        return True
    if (
        len(paragraphs) >= 3
        and any(_DUTY_LINE.match(p) for p in paragraphs)
        and any(_SENTENCE_END.search(p) for p in paragraphs if not _DUTY_LINE.match(p))
    ):
        return True
    return len(paragraphs) >= 3 and all(_menu_item(p) for p in paragraphs)


def _menu_item(paragraph: str) -> bool:
    """A page menu's item: a link alone, a short word (首页, 政务公开) that names no body (市科技局, 市财政局 end on
    a body's head character: linked units in a 责任单位 cell are a value)."""
    link = _LINK_TEXT.fullmatch(paragraph)
    if link is None:
        return False
    word = link.group(1).strip()
    return 0 < len(word) <= 6 and word[-1] not in _BODY_LAST


def _cell_text(paragraphs: list[str]) -> str:
    """A cell's paragraphs as one cell of a row: a paragraph ending on a mark runs into the next, one without is
    parted from it by 、 (市科技创新局 / 市发展改革委, one department a paragraph, are a list: without a mark the
    normaliser would glue them into one name). Tabs inside a cell become spaces, so they open no column."""
    text = ""
    for para in paragraphs:
        if text and not text.endswith(_JOINED_AFTER):
            text += "、"
        text += para
    return text.replace("\t", " ")


def _row_line(cells: list[_Cell]) -> str | None:
    """A table row as one line of tab-separated cells, or None when the row is layout and is read as before
    (each paragraph of each cell a line of its own).

    Why: a table saved as text writes a row as a line with a tab between cells, and the normaliser and the
    extractor read such rows (a 负责部门 column gives RESPONSIBLE_FOR links); read one cell a line, the same table
    in a .docx, an .html page or a Markdown file lost its columns, and with them its links.

    The rule for layout: pages (HTML above all, some Word files too) put a whole page, or a part of it, in a
    table. A row is layout, not data, when it has a single cell (a box around the text, or a heading spanning
    the table), when a table stands inside one of its cells (the real table sits in the page's layout table, and
    is read by this same rule), or when a cell holds body text: over 500 characters, or four or more
    paragraphs and over 200 characters (an article, where a value of a column is a phrase or a few sentences).
    Read as one line, such a row would glue the page into one giant line.

    Merged cells keep the columns in place without repeating text: a cell spanning columns gives its text once
    and an empty cell for each further column, a cell merged down from the row above is empty."""
    if len(cells) < 2 or any(c.nested for c in cells):
        return None
    own = [[p.strip() for p in c.paragraphs if p.strip()] if c.paragraphs is not None else None for c in cells]
    if any(paras is not None and _body_text(paras) for paras in own):
        return None
    out: list[str] = []
    for cell, paras in zip(cells, own):
        out.append(_cell_text(paras) if paras is not None else "")
        out.extend([""] * (cell.span - 1))
    return "\t".join(out).rstrip("\t")


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------

_CID_DEBRIS = re.compile(r"\(cid:\d+\)")


def _plain_pdf_pages(data: bytes, max_pages: int) -> list[str]:
    """The pages as pdfminer's ``extract_text`` writes them, without the layout repairs: the fallback when
    :func:`policykg.loaders.pdf_pages.page_texts` fails on a file pdfminer itself reads, so a fault in the
    repairs costs a user the repairs, not the document."""
    from pdfminer.high_level import extract_text

    pages = extract_text(io.BytesIO(data), maxpages=max_pages).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def read_pdf_text(path: str, data: bytes, *, max_pages: int = 5000) -> str:
    """Per page, so running headers/footers and page numbers can be recognised; each page in reading order, its
    footnotes flagged and its columns one after the other (see :mod:`policykg.loaders.pdf_pages`).

    Runs in the parsing child of :mod:`policykg.loaders.sandbox` during builds (it has no
    memory or time bound of its own, except ``max_pages``); MemoryError is left to the caller."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "is not a PDF (no %PDF header)", _REEXPORT)
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

        from policykg.loaders.pdf_pages import page_texts
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(path, "needs pdfminer.six to be read", "pip install pdfminer.six") from None
    try:
        try:
            pages = list(page_texts(io.BytesIO(data), max_pages + 1))
        except (PDFPasswordIncorrect, PDFEncryptionError, MemoryError, RecursionError):
            raise
        except Exception as layout_error:  # the layout repairs failed where pdfminer's own reading may not
            pages = _plain_pdf_pages(data, max_pages + 1)
            _NOTES.append(
                f"its pages were read without the column and footnote repairs ({type(layout_error).__name__} in "
                "the layout reader); the text is pdfminer's own"
            )
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "is an encrypted PDF", "remove the password (print to PDF) and try again") from None
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise InputError(path, f"is a damaged PDF ({type(exc).__name__})", _REEXPORT) from None
    if len(pages) > max_pages:
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
        _NOTES.append(
            f"{debris} characters in fonts without a Unicode mapping could not be read and are left out; "
            "re-export the PDF with embedded Unicode fonts to read them"
        )
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
    """Paragraphs and tables in document order, text boxes after their paragraph, then footnotes and endnotes.
    A row of a data table is one line with its cells separated by tabs, as in a table saved as text; a row of
    layout is read a paragraph a line (see :func:`_row_line` for the rule). Runs in the parsing child during
    builds."""
    _check_inflated_size(path, data, max_inflated)
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.table import _Cell as DocxCell
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
    p_tag, tbl_tag, tr_tag = qn("w:p"), qn("w:tbl"), qn("w:tr")
    sdt_tag, content_tag = qn("w:sdt"), qn("w:sdtContent")
    lines: list[str] = []

    def walk(parent_element, parent, out: list[str]) -> None:
        for child in parent_element.iterchildren():
            if child.tag == p_tag:
                # Word's own list number (（一）, 1.) first; a line break (w:br) parts lines too
                out.extend((numbering.label(child) + _paragraph_text(child)).split("\n"))
                for box in _text_boxes(child):
                    walk(box, parent, out)
                for note in notes.referenced_in(child):  # a note right after the paragraph that calls it
                    walk(note, parent, out)
            elif child.tag == tbl_tag:
                table = Table(child, parent)
                for tr in child.iterchildren(tr_tag):
                    read_row(tr, table, out)
            elif child.tag == sdt_tag:
                content = child.find(content_tag)
                if content is not None:
                    walk(content, parent, out)

    def read_row(tr, table, out: list[str]) -> None:
        cells = [_Cell(None, tr.grid_before)] if tr.grid_before else []
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":  # merged down from the row above: its text stands there
                cells.append(_Cell(None, tc.grid_span))
                continue
            own: list[str] = []
            walk(tc, DocxCell(tc, table), own)
            cells.append(_Cell(own, tc.grid_span, next(tc.iter(tbl_tag), None) is not None))
        row = _row_line(cells)
        if row is not None:
            out.append(row)
        else:
            for cell in cells:
                out.extend(cell.paragraphs or ())

    notes = _WordNotes(document)
    numbering = _Numbering(document)
    try:
        walk(document.element.body, document, lines)
        for note in notes.unread():  # notes no paragraph calls
            walk(note, document, lines)
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


_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED_IN_TEXT = frozenset(
    {_W_NS + "txbxContent", _W_NS + "del", _W_NS + "moveFrom", _MC_FALLBACK, _W_NS + "footnote", _W_NS + "endnote"}
)
"""Parts of a paragraph that are not its text: text boxes (read after it), tracked deletions and the old place of a
moved stretch, a drawing's fallback copy for old readers."""


def _paragraph_text(paragraph) -> str:
    """A paragraph's text in order, from every run it holds: inside tracked insertions, content controls, smart
    tags, custom XML and simple fields too (python-docx reads only the runs and hyperlinks right under the
    paragraph, so a tracked insertion or a field's result was lost); tabs as tabs, line breaks as line breaks."""
    out: list[str] = []
    t, tab, br, cr, hyphen = (_W_NS + x for x in ("t", "tab", "br", "cr", "noBreakHyphen"))

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == t:
                out.append(child.text or "")
            elif tag == tab:
                out.append("\t")
            elif tag == br:
                if child.get(_W_NS + "type", "textWrapping") == "textWrapping":
                    out.append("\n")
            elif tag == cr:
                out.append("\n")
            elif tag == hyphen:
                out.append("-")
            elif tag not in _SKIPPED_IN_TEXT:
                walk(child)

    walk(paragraph)
    return "".join(out)


_CHINESE_DIGITS = "零一二三四五六七八九"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _chinese_numeral(n: int) -> str:
    """一, 十, 十一, 二十三, 一百零五: how a Chinese list counts (Word's chineseCounting formats)."""
    if n <= 0 or n >= 1000:
        return str(n)
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = _CHINESE_DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _CHINESE_DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (_CHINESE_DIGITS[ones] if ones else "")


def _list_number(fmt: str, n: int) -> str:
    """A list counter written in one of Word's number formats (w:numFmt)."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt.startswith(("chineseCounting", "japaneseCounting", "ideographDigital", "taiwaneseCounting")):
        return _chinese_numeral(n)
    if fmt in ("ideographTraditional", "ideographZodiac") and 1 <= n <= 10:
        return _HEAVENLY_STEMS[n - 1]
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        roman, rest = "", n
        for value, sign in _ROMAN:
            while rest >= value:
                roman, rest = roman + sign, rest - value
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Word's automatic list numbers, written before the paragraphs that carry them.

    Why: a measures notice numbered by Word (（一）, （二） from a list style) reaches python-docx without its
    numbers, so each measure lost its label: the duty lists (责任单位) attached to the wrong text, and a look-up
    by measure (（一）) found nothing. A paragraph's list comes from its own properties or its style's; each list
    counts on from its start, and a level restarts when a level above it counts on."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self._styles: dict[str, tuple[str, int]] = {}  # styleId → (numId, level)
        self._counts: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.iterchildren(_W_NS + "abstractNum"):
            levels = {}
            for lvl in a.iterchildren(_W_NS + "lvl"):
                fmt, text, start = lvl.find(_W_NS + "numFmt"), lvl.find(_W_NS + "lvlText"), lvl.find(_W_NS + "start")
                levels[_int(lvl.get(_W_NS + "ilvl"))] = (
                    fmt.get(_W_NS + "val", "decimal") if fmt is not None else "decimal",
                    text.get(_W_NS + "val", "") if text is not None else "",
                    _int(start.get(_W_NS + "val")) if start is not None else 1,
                )
            abstract[a.get(_W_NS + "abstractNumId", "")] = levels
        for num in root.iterchildren(_W_NS + "num"):
            ref = num.find(_W_NS + "abstractNumId")
            if ref is not None:
                self._levels[num.get(_W_NS + "numId", "")] = abstract.get(ref.get(_W_NS + "val", ""), {})
        for style in document.styles.element.iterchildren(_W_NS + "style"):
            found = _num_pr(style.find(_W_NS + "pPr"))
            if found is not None:
                self._styles[style.get(_W_NS + "styleId", "")] = found

    def label(self, paragraph) -> str:
        if not self._levels:
            return ""
        props = paragraph.find(_W_NS + "pPr")
        found = _num_pr(props)
        if found is None and props is not None:
            style = props.find(_W_NS + "pStyle")
            found = self._styles.get(style.get(_W_NS + "val", "")) if style is not None else None
        if found is None or found[0] not in self._levels:
            return ""
        num_id, level = found
        levels = self._levels[num_id]
        if level not in levels:
            return ""
        counts = self._counts.setdefault(num_id, [0] * 10)
        level = min(level, 9)
        counts[level] = counts[level] + 1 if counts[level] else levels[level][2]
        for deeper in range(level + 1, 10):
            counts[deeper] = 0
        fmt, text, _ = levels[level]

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            at = levels.get(k)
            return _list_number(at[0] if at else "decimal", counts[k] or (at[2] if at else 1))

        return re.sub(r"%([1-9])", number, text) if fmt not in ("bullet", "none") else ""


def _int(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _num_pr(props) -> tuple[str, int] | None:
    """(numId, level) of a paragraph's or a style's list properties, or None when it has none (numId "0", a
    paragraph taking its style's list away, is returned as such: it numbers nothing and stops the style's)."""
    num_pr = props.find(_W_NS + "numPr") if props is not None else None
    if num_pr is None:
        return None
    num_id, level = num_pr.find(_W_NS + "numId"), num_pr.find(_W_NS + "ilvl")
    if num_id is None:
        return None
    return num_id.get(_W_NS + "val", "0"), _int(level.get(_W_NS + "val")) if level is not None else 0


class _WordNotes:
    """A Word file's footnotes and endnotes, each read once: right after the paragraph that calls it (where a
    reader turns to it, and before the signature and date that close the document), or at the end when no
    paragraph does. Why: python-docx reads no notes, and a note (资料来源：…, a body's full name) is text of the
    document. A notes part that is not well-formed XML is read as far as it can be; one with nothing readable
    is passed over, and the body is still read."""

    def __init__(self, document) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE

        self._notes: dict[tuple[str, str], object] = {}
        self._read: set[tuple[str, str]] = set()
        kinds = {RELATIONSHIP_TYPE.FOOTNOTES: "footnote", RELATIONSHIP_TYPE.ENDNOTES: "endnote"}
        for rel in document.part.rels.values():
            kind = kinds.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            root = _note_root(rel.target_part)
            if root is None:
                _NOTES.append(f"its {kind}s could not be read (damaged XML) and are left out; the body was read")
                continue
            for note in root.iterchildren(_W_NS + kind):
                if note.get(_W_NS + "type", "normal") == "normal":  # not the separator lines
                    self._notes.setdefault((kind, note.get(_W_NS + "id", "")), note)

    def referenced_in(self, paragraph) -> list:
        if not self._notes:
            return []
        found = []
        for ref in paragraph.iter(_W_NS + "footnoteReference", _W_NS + "endnoteReference"):
            key = ("footnote" if ref.tag.endswith("footnoteReference") else "endnote", ref.get(_W_NS + "id", ""))
            if key in self._notes and key not in self._read:
                self._read.add(key)
                found.append(self._notes[key])
        return found

    def unread(self) -> list:
        return [note for key, note in self._notes.items() if key not in self._read]


def _note_root(part):
    """The root element of a notes part, or None when nothing of it can be read."""
    from docx.oxml.parser import element_class_lookup
    from lxml import etree  # type: ignore[import-untyped]

    element = getattr(part, "element", None)
    if element is not None:
        return element
    # python-docx's element classes (tables in a note are read as the body's are), recovering from bad XML
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, remove_blank_text=True)
    parser.set_element_class_lookup(element_class_lookup)
    try:
        root = etree.fromstring(part.blob, parser)
    except etree.XMLSyntaxError:
        return None
    if root is not None and len(parser.error_log):
        _NOTES.append("its notes are damaged XML and were read only as far as they could be: some may be missing")
    return root


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
            if name in _SINGLE_BYTE_LATIN and not data.isascii():
                return _latin_or_chinese(data, text, name, path)
            return text, name
    return decode_bytes(data, path)


_SINGLE_BYTE_LATIN = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
"""Declared charsets that decode any bytes at all: a page of Chinese saved with one of these (a template's default)
decodes without an error into a page of accented Latin letters."""


def _latin_or_chinese(data: bytes, text: str, declared: str, path: str) -> tuple[str, str]:
    """The declared Latin reading, unless the bytes read as Chinese text in UTF-8 or GB18030 (whichever
    decode_bytes finds): a Chinese page declared Latin-1 would be stored as mojibake without a name in it."""
    try:
        other, encoding = decode_bytes(data, path)
    except InputError:
        return text, declared
    sample = other[:20000]
    ideographs = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    if encoding.startswith("utf") and ideographs >= 2:
        return other, encoding  # bytes valid as UTF-8 with Chinese in them are not Latin-1 by chance
    # accented Latin letters read as GB18030 pair into rare ideographs: Chinese text is mostly common ones
    if ideographs >= 10 and _common_share(sample) >= 0.8:
        return other, encoding
    return text, declared


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
    for link in soup("a"):
        if link.get_text(strip=True):
            link.insert(0, _LINK_OPEN)
            link.append(_LINK_CLOSE)
    _html_table_rows(soup)
    for tag in soup(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    body = soup.body or soup
    flat = _HTML_SPACE.sub(" ", body.get_text()).replace(_CELL_BREAK, "\t")
    lines = _page_lines(_BREAKS.sub("\n", flat).strip().split("\n"), title)
    return "\n".join(lines), encoding


_LINK_OPEN, _LINK_CLOSE = "\ue002", "\ue003"  # private use: where a link's text starts and ends
_LINK_TEXT = re.compile("\ue002([^\ue003]*)\ue003")
_LINK_MARKS = re.compile("[\ue002\ue003]")
_NAV_REST = re.compile(r"[\s|｜>＞»›/·•:：,，、\-—]*")
_TITLE_PARTS = re.compile(r"\s*(?:_+|[|｜]|\s[-—–－]{1,2}\s|--)\s*")
"""Separators of a <title>'s parts: _ and | as portals write them, and a dash only with spaces around it (a dash
without spaces may join two places or two years of a name: 中国—东盟, （2021—2025年）)."""
_CRUMB_LABELS = "当前位置 當前位置 您的位置 您现在的位置 您現在的位置 您所在的位置 所在位置 现在位置".split()
"""Labels of a breadcrumb trail (当前位置：首页 > 政策文件), Simplified and Traditional."""
_CRUMB = re.compile(rf"^(?:{'|'.join(_CRUMB_LABELS)})\s*[:：]")
_MENU_ITEM_MAX = 4
"""Longest text of a menu's one link on a line of its own (首页, 返回, 网站地图): a longer lone link may be a body's
name in the page's table of particulars (发文机关：青禾市科学技术局) or a related document's title."""
_HEADLINE_MIN = 8
"""Shortest title part matched by a line that only starts or ends like it: shorter parts are a site's or a column's
name, which a signature or a heading may repeat."""


_PAGE_HEADINGS = ("h1", "h2", "h3")
"""A page's headings: over paragraphs of its own in a cell, the cell holds a page, not a value."""
_CELL_BREAK = "\ue004"  # private use: a tab between the cells of a row, immune to whitespace collapsing
_HTML_CELLS = ("td", "th")
_MAX_SPAN = 1000


def _html_span(cell, name: str) -> int:
    """A cell's colspan or rowspan: 1 when absent or unreadable, at most 1000 (a page cannot make a row huge)."""
    try:
        return max(1, min(int(str(cell.get(name, "1")).strip() or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _html_paragraphs(cell) -> list[str]:
    """A cell's paragraphs: its text parted where a block (a paragraph, a line break, a list item) begins or ends."""
    for tag in cell(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    text = _HTML_SPACE.sub(" ", cell.get_text())
    return [p.strip() for p in _BREAKS.split(text) if p.strip()]


def _html_table_rows(soup) -> None:
    """Replace each data row of the page's tables by one line of its cells (see :func:`_row_line` for the rule);
    layout rows are left to be read as before. A cell that spans rows (rowspan) leaves an empty cell in the rows
    below it, so the columns stay in place and its text is not repeated."""
    below: dict[int, dict[int, int]] = {}  # per table: column → rows a cell from above still covers
    for tr in soup("tr"):
        table = tr.find_parent("table")
        pending = below.setdefault(id(table), {})
        cells: list[_Cell] = []
        col = 0
        for td in tr.find_all(_HTML_CELLS, recursive=False):
            while pending.get(col, 0) > 0:
                cells.append(_Cell(None))
                pending[col] -= 1
                col += 1
            span, down = _html_span(td, "colspan"), _html_span(td, "rowspan")
            paragraphs = _html_paragraphs(td) if td.find("table") is None else None
            # a table inside, or a page's heading over paragraphs of its own (a short notice in the page's layout
            # table): layout; a heading alone (<th><h3>责任单位</h3></th>) is a column's head
            nested = paragraphs is None or (td.find(_PAGE_HEADINGS) is not None and len(paragraphs) >= 3)
            cells.append(_Cell(None if nested else paragraphs, span, nested))
            for c in range(col, col + span):
                if down > 1:
                    pending[c] = down - 1
            col += span
        for c in [c for c, left in pending.items() if c >= col and left > 0]:
            pending[c] -= 1  # covered columns after the row's last cell
        row = _row_line(cells)
        if row is not None:
            tr.clear()
            tr.append(row.replace("\t", _CELL_BREAK))


def _longest_title_part(title: str) -> str:
    """The longest part of a page's <title>: the document's own, where the column and the site add theirs
    (关于…的通知_政策文件_某市人民政府门户网站, 某市人民政府 - 关于…的通知)."""
    parts = [p for p in _TITLE_PARTS.split(title.strip()) if p]
    return max(parts, key=len) if parts else ""


def _plain(line: str) -> str:
    return "".join(_LINK_MARKS.sub("", line).split())


def _repeats_title(line: str, part: str) -> bool:
    """Is ``line`` the headline the title part names: the same words, or one of the two opening or ending the
    other that is at least half as long (a title that leaves out the issuer before 关于, or keeps a site name
    joined by a bare hyphen)?"""
    if line == part:
        return True
    short, long_ = sorted((line, part), key=len)
    return (
        len(short) >= _HEADLINE_MIN
        and 2 * len(short) >= len(long_)
        and (long_.startswith(short) or long_.endswith(short))
    )


def _site_furniture(line: str) -> bool:
    """A line of the site's frame: a menu (two links or more and nothing else, or one short link alone) or a
    breadcrumb trail."""
    links = _LINK_TEXT.findall(line)
    if links and _NAV_REST.fullmatch(_LINK_TEXT.sub("", line)) is not None:
        if len(links) >= 2 or len("".join(links[0].split())) <= _MENU_ITEM_MAX:
            return True
    return _CRUMB.match(_LINK_MARKS.sub("", line)) is not None


_RELATED_LABELS = re.compile(
    r"(?:相关链接|相关阅读|相关新闻|相关文章|相关稿件|延伸阅读|推荐阅读|热点推荐|热门文章|友情链接|相關連結|相關新聞|延伸閱讀)[:：]?"
)
"""A heading over a list of links to other pages (相关链接): the titles listed are other documents' words."""
_SENTENCE_MARK = re.compile(r"[。！？；!?;]")
_FULL_STOP = re.compile(r"[。！？!?]")
_LIST_ITEM = re.compile(r"[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．]")
"""A numbered item opening a line (（一）, 五、, 3.): a measure of the text, never a site's footer."""
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]*\s*$")
"""A line or paragraph that ends a sentence (a footer may hold a 。 mid-line; a sentence of the text ends so)."""
_SITE_FOOTER = re.compile(r"版权所有(?!权)|版權所有(?!權)|ICP备|ICP備|网站标识码|網站標識碼|公网安备|公網安備")
"""Marks only a site's footer holds: copyright, the licence and registration numbers."""
_SITE_CREDITS = re.compile(r"技术支持[:：]|技術支援[:：]|(?:主办|主辦|承办|承辦)(?:单位|單位)?[:：]")
"""A footer's credits (主办：…；承办：…；技术支持：…), which a sentence of the text may also open with."""


def _footer_line(line: str) -> bool:
    """A site's footer line: no sentence (nothing ending in 。！？), and one with the site's copyright or licence
    marks and no full stop at all, or one crediting the site's web agency (技术支持：…) beside other credits
    (主办：…。承办：…) or without any sentence mark."""
    if _SENTENCE_END.search(line) or _LIST_ITEM.match(line):
        return False  # a sentence or an item of the text: 主办单位：…；技术支持：某学院。, 五、对主办单位…开展培训
    if _SITE_FOOTER.search(line):
        return not _FULL_STOP.search(line)  # 二、协助企业办理ICP备案。（责任单位：…） is a measure
    credits = _SITE_CREDITS.findall(line)
    agency = any(c.startswith(("技术", "技術")) for c in credits)
    return agency and (len(credits) >= 2 or not _SENTENCE_MARK.search(line))


def _without_page_tail(lines: list[str]) -> list[str]:
    """Lines without a site's footer and without the lists of links to other pages under a 相关链接 heading.

    Why: a saved page ends with the site's links to other articles (上海市某委关于…的通知, 某公司与某大学签署协议)
    and its footer (技术支持：某信息技术有限公司); read as the document's text, each headline gave the document
    names and links it never states. Only links alone under such a heading are left out, and footer lines
    only when short."""
    out: list[str] = []
    in_related = False
    for line in lines:
        bare = _LINK_MARKS.sub("", line).strip()
        if _RELATED_LABELS.fullmatch(bare):
            in_related = True
            continue
        if in_related and (not bare or _LINK_TEXT.fullmatch(line.strip())):
            continue  # one link alone on its line: another page's title
        in_related = False
        if len(bare) <= 160 and _footer_line(bare):
            continue
        out.append(line)
    return out


def _page_lines(lines: list[str], title: str) -> list[str]:
    """A page's text without the site's menus and breadcrumbs above the document, and with its headline first
    when the body lacks one.

    Why: a page saved from a government portal opens with the portal's menu (首页 政务公开 …) and a breadcrumb
    (当前位置：首页 > 政策文件) before the document's own headline; read as text, they joined the title and the
    first sentence. The headline is the line (or two lines) that repeats the longest part of the page's <title>.
    Above it, menus, breadcrumbs and, over them, the site's name (another part of the title) are left out, and on
    a page without it only menus and breadcrumbs at the top of the page: a lone link naming a body or a
    document, and every sentence, is kept. A page whose body lacks the headline gets the longest part
    of its <title> as first line, as a document's title."""
    part = "".join(_longest_title_part(title).split()) if title else ""
    plain = [_plain(line) for line in lines]
    headline = next((i for i, p in enumerate(plain) if part and p == part), None)
    if headline is None and part:
        # a headline broken over two lines (<h1>…年度<br>…的通知</h1>) is one line again
        broken = next(
            (i for i in range(len(lines) - 1) if plain[i] and plain[i + 1] and plain[i] + plain[i + 1] == part), None
        )
        if broken is not None:
            lines = lines[:broken] + [lines[broken] + lines[broken + 1]] + lines[broken + 2 :]
            plain = plain[:broken] + [part] + plain[broken + 2 :]
            headline = broken
    if headline is None and part:
        headline = next((i for i, p in enumerate(plain) if p and _repeats_title(p, part)), None)
    if headline is not None:
        site = {"".join(p.split()) for p in _TITLE_PARTS.split(title)} - {part}
        above, at_top = [], True
        for line, p in zip(lines[:headline], plain):
            if _site_furniture(line) or (at_top and p in site):
                continue  # a menu, a breadcrumb, or the site's name over them (its logo's words)
            above.append(line)
            at_top = at_top and not p
        kept = above + lines[headline:]
    else:
        top = 0
        while top < len(lines) and (not plain[top] or _site_furniture(lines[top])):
            top += 1
        kept = lines[top:]
    kept = _without_page_tail(kept)
    out = [ln for ln in (_LINK_MARKS.sub("", ln).strip(" ") for ln in kept) if ln.strip()]  # a row's empty cells
    if headline is None and title:
        first = _longest_title_part(title) or title.strip()
        if first and first not in out:
            out.insert(0, first)
    return out


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
_MD_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
"""YAML front matter opening a Markdown file (---, key: value lines, ---)."""
_MD_KEY = re.compile(r"\s*[A-Za-z_][\w -]*:(?:\s|$)")
"""A key of YAML front matter (title:, date:, source url:, maybe indented): front matter holds one at least (a
heading, or a line of the text, between two rules is text)."""
_MD_FRONT_KEY = re.compile(r"\s*[^\n:：#][^\n:：]*:(?:\s|$)|\s+\S|\s*-\s|\s*#")
"""A line of YAML front matter: a key (with spaces in it, too), an indented or listed value under one, or a
comment (a rule-bounded section of text is none of these)."""
_MD_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|tr|td|th|li|ul|ol|table|thead|tbody|h[1-6]|blockquote|section)\b[^<>]*>", re.I
)
"""HTML tags in Markdown that end a block or a table cell."""
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


_MD_CELL_BAR = re.compile(r"(?<!\\)\|")
"""A bar between a table's cells (an escaped one, \\|, is a bar in a cell's text)."""


_MD_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
"""A line break, the one way to write two paragraphs in a table's cell."""


def _markdown_row(line: str) -> str | None:
    """A pipe table's row (| 1 | 建设… | 市科技创新局 |) as one line of tab-separated cells (a row of one cell: its
    text), or None when the line is not a row (no bar at its start and end).
    Why: the extractor reads a table row as a line with tabs between its cells (see :func:`_row_line`), and a row
    read one cell a line also lost its number (1, 2 …, taken for page numbers). A cell's lines (<br>) are joined
    as a Word or HTML cell's paragraphs are."""
    stripped = line.strip()
    if len(stripped) < 2 or not (stripped.startswith("|") and stripped.endswith("|")) or stripped.endswith("\\|"):
        return None
    cells = [_cell_text(cell.strip().split(_BREAK)) for cell in _MD_CELL_BAR.split(stripped[1:-1])]
    return "\t".join(cells).rstrip("\t")


def _markdown_to_text(text: str) -> str:
    """Keep the words, drop the markup; a table row becomes one line with tabs between its cells."""
    front = _MD_FRONT_MATTER.match(text)
    front_lines = [ln for ln in front.group(1).split("\n") if ln.strip()] if front else []
    if (
        front is not None
        and front_lines
        and all(_MD_FRONT_KEY.match(ln) for ln in front_lines)
        and any(_MD_KEY.match(ln) for ln in front_lines)
    ):
        # metadata (title:, date:, source:) read after the text: the document opens with its own words
        text = text[front.end() :] + "\n\n" + front.group(1)
    text = _MD_FENCE.sub("", text)
    text = _MD_TABLE_SEP.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_LINE_BREAK.sub(_BREAK, text)
    text = _MD_BLOCK_TAG.sub("\n", text)  # an HTML table or paragraph inside Markdown: its cells stay apart
    text = _MD_TAG.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_EMPH.sub("", text)
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        row = _markdown_row(stripped) if stripped.startswith("|") else None
        lines.append(line.replace(_BREAK, "\n") if row is None else row)
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


def _has_visible_text(text: str) -> bool:
    """Any character that is neither a space nor invisible (zero-width spaces and joiners, a BOM: format
    characters, which normalising drops)? Stops at the first: a document's first line has one."""
    import unicodedata

    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


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

    _NOTES.clear()
    if fmt in ("pdf", "docx"):
        from policykg.loaders.sandbox import parse_bounded

        (text, notes), encoding = parse_bounded(fmt, name, data), fmt
        _NOTES[:] = notes
    elif fmt == "html":
        text, encoding = _read_html(name, data)
    else:
        text, encoding = decode_bytes(data, name)
        if fmt == "md":
            text = _markdown_to_text(text)
    if not _has_visible_text(text):
        raise InputError(name, "contains no text", "check that it is the right file")
    return SourceText(path=path, text=text, encoding=encoding, source_format=fmt, sha256=digest, notes=tuple(_NOTES))
