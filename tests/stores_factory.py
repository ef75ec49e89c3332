"""Both stores for tests that must hold on each: the embedded store, and Neo4j when NEO4J_URI is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from policykg.graph.stores.embedded import EmbeddedStore

STORES = [
    "embedded",
    pytest.param(
        "neo4j",
        marks=[pytest.mark.neo4j, pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set")],
    ),
]


def seeded_store(kind: str, folder: Path, graphs) -> Iterator:
    """A store of ``kind`` holding ``graphs``; a Neo4j database is cleared before and after."""
    if kind == "embedded":
        s = EmbeddedStore(folder / "store")
    else:
        from policykg.graph.stores.neo4j_store import Neo4jStore

        s = Neo4jStore(
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE", "neo4j"),
        )
        s.init_schema()
        s.clear()
    s.replace_documents(graphs)
    yield s
    if kind != "embedded":
        s.clear()
    s.close()
