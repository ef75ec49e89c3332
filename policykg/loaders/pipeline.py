"""One file to one :class:`DocumentGraph`: read, normalise, then extract.

Reading and normalising are the loaders' job; deciding names and relations is
:mod:`policykg.extract`'s. This module only joins the two so the CLI, the API and the
benchmarks build graphs the same way.
"""

from __future__ import annotations

from pathlib import Path

from policykg.extract import extract
from policykg.loaders.normalize import normalize_text
from policykg.model import Document, DocumentGraph


def normalised_document(source, file: str) -> Document:
    """A ``SourceText`` (from :func:`policykg.loaders.readers.read_source`) as a normalised Document."""
    norm = normalize_text(source.text, source_format=getattr(source, "source_format", "txt"))
    return Document(
        file=file,
        sha256=getattr(source, "sha256", ""),
        text=norm.text,
        original_text=norm.original,
        source_format=getattr(source, "source_format", "txt"),
        encoding=getattr(source, "encoding", "utf-8"),
        script=norm.script,
    )


def build_document(source, file: str) -> DocumentGraph:
    """Normalise a ``SourceText`` and extract its graph (with the reader's notes of what it left out)."""
    graph = extract(normalised_document(source, file))
    graph.notes = list(getattr(source, "notes", ()))
    return graph


def load_document(path: Path, file: str) -> DocumentGraph:
    """Read, normalise and extract one file; unreadable files raise :class:`policykg.errors.InputError`."""
    from policykg.loaders.readers import read_source

    return build_document(read_source(Path(path)), file)
