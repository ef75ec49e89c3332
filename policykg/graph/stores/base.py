"""The small interface every graph store implements.

Stores take whole :class:`~policykg.model.DocumentGraph` objects and replace a
document's assertions atomically; they never extract. The read side is Cypher
(``run``) plus a :meth:`GraphStore.snapshot` of everything, which exports and maps
consume. Keeping this surface small is what lets Neo4j and the embedded engine
plug in side by side and be tested for identical results.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg.model import DocumentGraph, GraphSnapshot


@dataclass
class QueryResult:
    """Rows of a Cypher query as plain Python values, with column order kept."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class GraphStore(ABC):
    """A place a graph lives: embedded on disk, or a Neo4j database."""

    name: str = "store"

    @abstractmethod
    def init_schema(self) -> None:
        """Create constraints and indexes; safe to call repeatedly."""

    @abstractmethod
    def document_hashes(self) -> dict[str, str]:
        """Map of document file → sha256 of what was ingested, for incremental builds."""

    @abstractmethod
    def document_versions(self) -> dict[str, tuple[str, str | None]]:
        """Map of document file → (sha256, fingerprint of the extractor that made its stored graph; None when the
        store does not know: a store written before documents carried one), read in one pass."""

    @abstractmethod
    def document_folders(self) -> dict[str, str | None]:
        """Map of document file → the resolved folder its name is relative to, as the build that wrote it recorded
        (None: not recorded, e.g. a store written before builds recorded folders, or a copy from another store).

        Why a store keeps it: a document is named by its path relative to the folder built, so another folder
        holding a file of the same name would replace the stored document; the build refuses that unless told
        (see :func:`policykg.build.build`). It is this machine's path: no snapshot, export or map carries it."""

    @abstractmethod
    def document_titles(self, files: Iterable[str]) -> dict[str, str | None]:
        """Map of document file → its title (None: the header gave none), for those of ``files`` the store holds:
        what ``remove`` prints beside each name it takes out, read before they go."""

    @abstractmethod
    def record_folders(self, folders: dict[str, str]) -> None:
        """Record the folder of stored documents (file → folder) without rewriting them: an unchanged file
        built from a moved folder costs nothing but this."""

    def document_extractions(self) -> dict[str, str | None]:
        """Map of document file → the fingerprint of the extractor that made its stored graph."""
        return {file: made_by for file, (_, made_by) in self.document_versions().items()}

    @abstractmethod
    def replace_documents(self, graphs: Iterable[DocumentGraph]) -> None:
        """Write each document's graph, replacing what that document asserted before.

        Each document is replaced inside one transaction: a failure leaves that
        document's previous state.
        """

    @abstractmethod
    def remove_documents(self, files: Iterable[str]) -> None:
        """Drop documents and everything only they asserted."""

    @abstractmethod
    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run Cypher with parameters; read-only unless ``write``."""

    @abstractmethod
    def snapshot(self) -> GraphSnapshot:
        """Everything in the store as sorted records."""

    @abstractmethod
    def close(self) -> None: ...

    def discard_if_created(self) -> bool:
        """Remove the store if this object created it and it still holds no document; True if it did.

        Why: a build that wrote nothing (a folder of pictures, a mistyped path) must not leave an
        empty store behind, which later commands would read as an empty graph instead of saying
        there is no store. Stores that are not created by opening them (a Neo4j database) keep it."""
        return False

    def local_folder(self) -> Path | None:
        """The folder on this machine the store keeps its files in, or None (a server's database). A build
        does not read it as documents when it lies inside a documents folder (the default ./policykg-data
        does, when people build the folder they work in)."""
        return None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
