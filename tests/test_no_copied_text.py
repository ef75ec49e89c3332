"""No run of 12 or more Chinese characters in the repository also occurs in a shared document.

Project rule: tests, rule examples, comments and docstrings use invented sentences, never text of the sample
documents (``../shared/seeds``) or of the evaluation documents (``../shared/eval/dev2/docs``). This guard reads
the repository's text files (``tests``, ``policykg`` with its ``.toml``/``.tsv`` tables, ``docs``, ``examples``,
``benchmarks``, ``scripts`` and the top-level Markdown) and fails naming ``file:line`` and the repository's own
run when a stretch of 12 or more Chinese characters is also in one of those documents. It prints nothing of
the documents themselves.

How text is compared (the same for both sides): NFKC-normalised; whitespace, line breaks, punctuation, symbols
and digits are dropped, so a copy cannot hide behind changed quotes, commas, line wrapping, a string split over
two source lines or a changed number; any other character (a Latin letter, i.e. code or an English word) ends
a run. In ``.tsv`` tables a tab or ``|`` ends a run too, so each cell is compared on its own.

Exempt: a matching stretch made only of names or aliases of the fact tables (``policykg/resources/lexicon``
and ``policykg/resources/facts``), in either script: one official name, or a list of them (甲局、乙委), the
first possibly cut at its start and the last at its end where the shared stretch begins or ends inside a name.
The official names of real agencies and places are facts that documents share. Between the names may stand
the fixed words of an official document's layout (``GENRE_WORDS``: 关于印发, 的通知, 令第N号, 各区人民政府,
责任单位 …), which a test of a notice's header cannot do without. A stretch with any other word in it is not
exempt. The tables themselves are checked cell by cell, so their names pass and their comments and source notes
do not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DOCUMENT_DIRS = (SHARED / "seeds", SHARED / "eval" / "dev2" / "docs")
MIN_RUN = 12

SCANNED = ("tests", "policykg", "docs", "examples", "benchmarks", "scripts", "README.md", "CONTRIBUTING.md")
TEXT_SUFFIXES = {".py", ".toml", ".tsv", ".md", ".txt", ".json", ".cypher", ".html", ".js", ".css", ".cfg", ""}
SKIPPED_DIRS = {"__pycache__", ".venv", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
FACT_TABLE_DIRS = (REPO / "policykg" / "resources" / "lexicon", REPO / "policykg" / "resources" / "facts")

_DROP, _BREAK, _KEEP = 0, 1, 2

# The fixed words of an official document's layout, which every notice, decree or reply shares: a title opens
# with 「X关于印发」, a decree reads 「X令第N号」, a notice goes to 「各区人民政府」. Between official names
# they make no sentence of anyone's, and a test of the layout cannot do without them.
GENRE_WORDS = frozenset(
    "关于 印发 关于印发 的 通知 的通知 文件 年月日 令 令第号 第号 第 号 和 及 与 各 印发给你们 "
    "各区人民政府 各市人民政府 各县人民政府 市政府各委办局 省政府各部门 市政府各部门 各部门 各单位 "
    "国务院第次常务会议 第次常务会议 常务会议 已经 通过 现予公布 自起施行 公布 修订 "
    "第一章 第二章 总则 第一条 为了规范 抄送 市委各部门 责任单位 牵头 配合 管理条例 条例 按照 实施 "
    "中华人民共和国 向大会报告工作 沪府办规 沪科提复 沪科建复 对市政协 局长 主席 议员的提问和".split()
)


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
        or cp == 0x3007  # 〇
    )


def _kind(ch: str, breakers: str = "") -> int:
    if ch in breakers:
        return _BREAK
    if _is_cjk(ch):
        return _KEEP
    if unicodedata.category(ch)[0] in "PSZCN":  # punctuation, symbols, spaces, controls, digits
        return _DROP
    return _BREAK


def runs(text: str, breakers: str = "") -> Iterator[list[tuple[str, int]]]:
    """Runs of Chinese characters of ``text`` as lists of (character, 1-based line)."""
    line = 1
    run: list[tuple[str, int]] = []
    for raw in text:
        if raw == "\n":
            line += 1
        for ch in unicodedata.normalize("NFKC", raw):
            kind = _kind(ch, breakers)
            if kind == _KEEP:
                run.append((ch, line))
            elif kind == _BREAK and run:
                yield run
                run = []
    if run:
        yield run


def document_grams(paths: Iterable[Path], n: int = MIN_RUN) -> set[str]:
    """Every ``n``-gram of the Chinese runs of the documents (whole files: runs cross line breaks)."""
    grams: set[str] = set()
    for path in paths:
        for run in runs(path.read_text(encoding="utf-8", errors="replace")):
            chars = "".join(ch for ch, _ in run)
            grams.update(chars[i : i + n] for i in range(len(chars) - n + 1))
    return grams


def repository_files(repo: Path = REPO) -> list[Path]:
    out = []
    for top in SCANNED:
        root = repo / top
        candidates = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in candidates:
            if not path.is_file() or SKIPPED_DIRS & set(path.relative_to(repo).parts):
                continue
            if path.suffix in TEXT_SUFFIXES:
                out.append(path)
    return out


def fact_names(dirs: Iterable[Path] = FACT_TABLE_DIRS) -> set[str]:
    """Names and aliases of the fact tables: the first column and any column headed ``aliases``."""
    names: set[str] = set()
    for folder in dirs:
        for table in sorted(folder.glob("*.tsv")):
            lines = table.read_text(encoding="utf-8").splitlines()
            header = lines[0].lstrip("# ").split("\t") if lines and lines[0].startswith("#") else []
            alias_cols = {i for i, h in enumerate(header) if h.startswith("aliases")}
            for line in lines:
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                for i, cell in enumerate(cells):
                    if i == 0 or i in alias_cols:
                        names.update(a for a in cell.split("|") if a)
    return {_compact(n) for n in names}


def _compact(text: str) -> str:
    return "".join(ch for run in runs(text) for ch, _ in run)


def copied_stretches(path: Path, grams: set[str], n: int = MIN_RUN) -> Iterator[tuple[int, int, str]]:
    """(first line, last line, the file's own characters) of every stretch of ``path`` made of document n-grams."""
    text = path.read_text(encoding="utf-8", errors="replace")
    breakers = "\t|\n" if path.suffix == ".tsv" else ""
    for run in runs(text, breakers):
        chars = "".join(ch for ch, _ in run)
        covered = [False] * len(chars)
        for i in range(len(chars) - n + 1):
            if chars[i : i + n] in grams:
                covered[i : i + n] = [True] * n
        i = 0
        while i < len(chars):
            if not covered[i]:
                i += 1
                continue
            j = i
            while j < len(chars) and covered[j]:
                j += 1
            yield run[i][1], run[j - 1][1], chars[i:j]
            i = j


def only_names(stretch: str, names: set[str], heads: set[str], tails: set[str]) -> bool:
    """``stretch`` is nothing but fact-table names and layout words in a row (a list of bodies: 甲局、乙委; a
    title's opening: 甲局关于印发), the first name possibly cut at its start and the last at its end (the shared
    stretch begins or ends inside a name). ``heads``: names and their ends; ``tails``: names and their starts."""
    n = len(stretch)
    if any(stretch in name for name in names):
        return True
    units = names | GENRE_WORDS
    # ok[i]: stretch[:i] is whole units after an optional cut first name
    ok = [False] * (n + 1)
    for i in range(1, n + 1):
        ok[i] = (
            stretch[:i] in heads
            or stretch[:i] in GENRE_WORDS
            or any(ok[j] and stretch[j:i] in units for j in range(1, i))
        )
    return ok[n] or any(ok[j] and stretch[j:] in tails for j in range(1, n))


def _simplified(text: str) -> str:
    """The stretch in Simplified script, as the pipeline reads it (the fact tables are in Simplified)."""
    from policykg.loaders.normalize import normalize_text

    return normalize_text(text).text


def find_copies(docs: Iterable[Path], repo: Path = REPO) -> list[str]:
    grams = document_grams(docs)
    exempt = fact_names()
    heads = {name[i:] for name in exempt | GENRE_WORDS for i in range(len(name))}
    tails = {name[:i] for name in exempt for i in range(1, len(name) + 1)}
    found = []
    for path in repository_files(repo):
        for first, last, stretch in copied_stretches(path, grams):
            if any(only_names(s, exempt, heads, tails) for s in (stretch, _simplified(stretch))):
                continue
            where = f"{first}" if first == last else f"{first}-{last}"
            found.append(f"{path.relative_to(repo)}:{where}: {len(stretch)} chars: {stretch}")
    return found


def test_no_run_of_a_shared_document_is_copied_into_the_repository() -> None:
    docs = sorted(p for d in DOCUMENT_DIRS if d.is_dir() for p in d.glob("*.txt"))
    if not docs:
        pytest.skip("../shared/seeds and ../shared/eval/dev2/docs are absent: nothing to compare against")
    found = find_copies(docs)
    assert not found, (
        f"{len(found)} stretch(es) of {MIN_RUN}+ Chinese characters also occur in a shared document; "
        "rewrite them with invented names and wording:\n" + "\n".join(found)
    )
