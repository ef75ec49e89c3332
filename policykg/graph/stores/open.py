"""Pick and open a store from command-line arguments and the environment.

One rule, in one place: an explicit Neo4j URI (argument, then NEO4J_URI) means
Neo4j; otherwise the embedded store in ``store_path``, POLICYKG_STORE, or
``./policykg-data``. The CLI and API call this so every command agrees on where
the graph is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from policykg.graph.stores.base import GraphStore
from policykg.graph.stores.cypher_store import DEFAULT_BATCH_SIZE

DEFAULT_STORE = Path("policykg-data")


def embedded_folder(store_path: Path | str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The embedded store's folder: ``store_path``, else POLICYKG_STORE, else ./policykg-data."""
    env = os.environ if env is None else env
    return Path(store_path) if store_path is not None else Path(env.get("POLICYKG_STORE") or DEFAULT_STORE)


def open_store(
    store_path: Path | str | None = None,
    neo4j_uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    *,
    create: bool = True,
    batch_size: int = DEFAULT_BATCH_SIZE,
    env: Mapping[str, str] | None = None,
) -> GraphStore:
    """Open the store the arguments (or, failing them, the environment) point at.

    An explicit ``store_path`` wins over NEO4J_URI from the environment, so
    ``--store DIR`` always means the embedded store even in a shell that has a
    Neo4j server configured. ``create=False`` refuses to make a new embedded store
    (for read commands, where an empty new store would only hide a typo).
    """
    env = os.environ if env is None else env
    uri = neo4j_uri or (None if store_path is not None else env.get("NEO4J_URI"))
    if uri:
        from policykg.graph.stores.neo4j_store import Neo4jStore

        store = Neo4jStore(
            uri,
            user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j",
            password if password is not None else env.get("NEO4J_PASSWORD", ""),
            database or env.get("NEO4J_DATABASE") or "neo4j",
            batch_size=batch_size,
        )
        if create:
            try:
                store.init_schema()
            except BaseException:
                store.close()
                raise
        return store

    from policykg.graph.stores.embedded import EmbeddedStore

    return EmbeddedStore(embedded_folder(store_path, env), create=create, batch_size=batch_size)
