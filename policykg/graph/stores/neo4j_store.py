"""The same graph in a Neo4j 5 database, through the official driver.

The statements are those of :mod:`policykg.graph.stores.cypher_store`; this module adds
what only a server needs: connecting and turning the driver's many failure modes
into one line a person can act on, a schema (constraints, full-text index), writes
as managed transactions (the driver retries transient errors), and read-only
sessions so the *server* refuses writes in :meth:`Neo4jStore.run`.
"""

from __future__ import annotations

import logging
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from policykg.errors import QueryError, StoreError
from policykg.graph.stores import cypher_store as cs
from policykg.graph.stores.base import QueryResult

# The driver logs each connection retry as a warning; with no handler configured Python prints
# them on stderr ("nine retry warnings before the one-line error"). The one-line StoreError says
# it all; an application that wants the driver's log adds its own handler.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

SCHEMA_STATEMENTS = (
    "CREATE CONSTRAINT policykg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT policykg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE INDEX policykg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
    # name/alias look-ups seek (:LookupKey {k}) nodes (see cypher_store.KEY_LABEL)
    "CREATE INDEX policykg_lookup_key IF NOT EXISTS FOR (k:LookupKey) ON (k.k)",
    "CREATE FULLTEXT INDEX policykg_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
)

# List properties people see and the Cypher stores always write, [] included. Neo4j's
# offline importer (policykg.graph.readwrite.neo4j_import) cannot write an empty list, so
# `policykg neo4j init` fills them in after a bulk import (Neo4jStore.fill_empty_lists);
# on a graph written through Bolt these find nothing. (MENTIONS.aliases, internal and by
# far the most numerous, is left out when empty by both paths: see cypher_store.gather_rows.)
EMPTY_LIST_FILLS = (
    "MATCH (e:Entity) WHERE e.aliases IS NULL CALL { WITH e SET e.aliases = [] } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (d:Document) WHERE d.addressees IS NULL CALL { WITH d SET d.addressees = [] } IN TRANSACTIONS OF 10000 ROWS",
)

_READ_REFUSED = (
    "Neo.ClientError.Statement.AccessMode",
    "Neo.ClientError.Security.Forbidden",
)


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    return lines[0] if lines else ""


def plain(value: Any) -> Any:
    """Driver values → JSON-friendly Python, shaped like :func:`embedded.plain`."""
    if isinstance(value, Node):
        out = {k: plain(v) for k, v in value.items()}
        out["_id"] = value.element_id
        out["_labels"] = sorted(value.labels)
        return out
    if isinstance(value, Relationship):
        out = {k: plain(v) for k, v in value.items()}
        out.update(
            _id=value.element_id,
            _type=value.type,
            _start=value.start_node.element_id if value.start_node is not None else None,
            _end=value.end_node.element_id if value.end_node is not None else None,
        )
        return out
    if isinstance(value, GraphPath):
        path: list[Any] = []
        for i, node in enumerate(value.nodes):
            path.append(plain(node))
            if i < len(value.relationships):
                path.append(plain(value.relationships[i]))
        return path
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


DOCS_PER_TRANSACTION = 200
"""About 16k edges of a corpus-shaped document: fits the server's default 512 MB heap, where
1,000 documents per transaction exhausted its transaction memory pool."""
WRITERS = 2
"""The server applies one transaction on one core; two writers on disjoint documents use two."""

BOLT_SCHEMES = frozenset({"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"})
"""URI schemes the driver speaks Bolt on; its HTTP transport is a preview that needs extra packages."""


class Neo4jStore(cs.CypherStore):
    """A policykg graph in one Neo4j 5 database."""

    name = "neo4j"
    documents_per_call = 5000
    """What build and push hand over at once: 25 transactions of DOCS_PER_TRANSACTION, so the
    writers stay busy between the calls' entity steps."""

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str = "",
        database: str = "neo4j",
        *,
        batch_size: int = cs.DEFAULT_BATCH_SIZE,
        connection_timeout: float = 10.0,
        docs_per_transaction: int | None = DOCS_PER_TRANSACTION,
        writers: int = WRITERS,
    ):
        self.uri = uri
        self.database = database or "neo4j"
        self.batch_size = batch_size
        self.docs_per_transaction = docs_per_transaction
        self.writers = max(1, writers)
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            raise StoreError(
                f"{uri} is not a Bolt URI — use bolt://host:7687 or neo4j://host:7687 "
                "(policykg talks to Neo4j over Bolt, not HTTP)"
            )
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=connection_timeout,
                max_transaction_retry_time=15.0,
                # "unknown label/property" warnings on an empty database are noise.
                notifications_min_severity="OFF",
            )
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreError(
                f"{uri} is not a Neo4j URI ({_first_line(str(exc))}) — use bolt://host:7687 or neo4j://host:7687"
            ) from exc
        try:
            self._check_server()
        except BaseException:
            self._driver.close()
            raise

    # ------------------------------------------------------------ connecting

    def _map_error(self, exc: Exception) -> StoreError:
        uri = self.uri
        if isinstance(exc, nx.AuthError):
            return StoreError(f"Neo4j rejected the user/password for {uri} — check NEO4J_USERNAME/NEO4J_PASSWORD")
        if isinstance(exc, nx.ServiceUnavailable):
            return StoreError(f"cannot reach Neo4j at {uri} — is it running? (scripts/neo4j-local start)")
        code = getattr(exc, "code", "") or ""
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return StoreError(f"database {self.database} does not exist on {uri} — create it or set NEO4J_DATABASE")
        if isinstance(exc, nx.Neo4jError):
            return StoreError(f"Neo4j at {uri} failed: {code} {_first_line(exc.message or str(exc))}".strip())
        return StoreError(f"Neo4j at {uri} failed: {_first_line(str(exc)) or type(exc).__name__}")

    def _check_server(self) -> None:
        try:
            self._driver.verify_connectivity()
            info = self._driver.get_server_info()
            agent = info.agent or ""
            version = agent.split("/", 1)[-1]
            major = version.split(".", 1)[0]
            if major.isdigit() and int(major) < 5:
                raise StoreError(f"Neo4j 5 or newer is required (server is {agent})")
            # verify_connectivity does not touch the database, so a missing one surfaces here.
            with self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as s:
                s.run("RETURN 1").consume()
        except StoreError:
            raise
        except (nx.Neo4jError, nx.DriverError, OSError) as exc:
            raise self._map_error(exc) from exc

    def _session(self, read: bool):
        return self._driver.session(
            database=self.database,
            default_access_mode=neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS,
        )

    def _read(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            with self._session(read=True) as s:
                return s.execute_read(lambda tx: [r.data() for r in tx.run(cypher, params)])
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise self._map_error(exc) from exc

    def _in_transaction(self, body, what: str) -> Any:
        """Run ``body(run)`` as one managed write transaction (retried on transient errors).

        A statement the server refuses (a client error) or a value the driver cannot
        send is the data's fault: :class:`cs.TransactionFailed`, so a batch can be
        retried document by document. Connection and server trouble is a plain
        StoreError: retrying smaller pieces would not help.
        """

        def work(tx: neo4j.ManagedTransaction) -> Any:
            return body(lambda cypher, params: [r.data() for r in tx.run(cs.index_hinted(cypher), params)])

        try:
            with self._session(read=False) as s:
                return s.execute_write(work)
        except (ValueError, TypeError) as exc:
            raise cs.TransactionFailed(f"{what} failed and was rolled back: {_first_line(str(exc))}") from exc
        except (nx.Neo4jError, nx.DriverError) as exc:
            err = self._map_error(exc)
            data_fault = (
                isinstance(exc, nx.Neo4jError)
                and (exc.code or "").startswith("Neo.ClientError.")
                and not isinstance(exc, nx.AuthError)
                and exc.code != "Neo.ClientError.Database.DatabaseNotFound"
            )
            cls = cs.TransactionFailed if data_fault else StoreError
            raise cls(f"{what} failed and was rolled back: {err}") from exc

    # ------------------------------------------------------------ GraphStore

    def init_schema(self) -> None:
        try:
            with self._session(read=False) as s:
                for stmt in SCHEMA_STATEMENTS:
                    s.run(stmt).consume()
                s.run("CALL db.awaitIndexes(60)").consume()
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise self._map_error(exc) from exc
        # a graph written before lookup keys existed gets them now (a no-op afterwards)
        self._in_transaction(lambda run: cs.backfill_keys(run, self.batch_size), "adding lookup keys")

    def fill_empty_lists(self) -> None:
        """Give list properties the bulk importer left out their [] (see EMPTY_LIST_FILLS).

        Only `policykg neo4j init` runs this, not every open: it scans every entity and
        document, which a build through Bolt never needs.
        """
        try:
            with self._session(read=False) as s:
                for stmt in EMPTY_LIST_FILLS:  # auto-commit: IN TRANSACTIONS needs it
                    s.run(stmt).consume()
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise self._map_error(exc) from exc

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        params = dict(params or {})

        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(cypher, params)
            columns = list(result.keys())
            rows = [{c: plain(rec[c]) for c in columns} for rec in result]
            if write:
                bad = tx.run(cs.INVALID_ENTITIES, cs.invalid_entities_params()).single()
                if bad is not None and bad["n"]:
                    raise QueryError(cs.invalid_entities_message(bad["n"]))  # the managed transaction rolls back
            return QueryResult(columns=columns, rows=rows)

        try:
            with self._session(read=not write) as s:
                return s.execute_write(work) if write else s.execute_read(work)
        except nx.Neo4jError as exc:
            code = exc.code or ""
            if not write and (
                code in _READ_REFUSED
                or "write" in (exc.message or "").lower()
                and code.startswith("Neo.ClientError.Statement")
            ):
                clause = cs.write_clause(cypher) or "a write"
                raise QueryError(cs.READ_ONLY_MESSAGE.format(clause=clause)) from exc
            if code.startswith("Neo.ClientError.Statement") or code.startswith("Neo.ClientError.Procedure"):
                raise QueryError(cs.failure_message(_first_line(exc.message or str(exc)))) from exc
            raise self._map_error(exc) from exc
        except nx.DriverError as exc:
            raise self._map_error(exc) from exc

    def clear(self) -> None:
        """Delete everything in the database (tests and `build --rebuild` only)."""
        # Relationships first, then nodes, each in batches of their own transactions: one
        # transaction over a 10,000-document graph (or DETACH DELETE of a few hub nodes
        # with thousands of edges each) exceeds the server's transaction memory limit.
        try:
            with self._session(read=False) as s:
                s.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
                s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise StoreError(f"clearing the database failed: {self._map_error(exc)}") from exc

    def close(self) -> None:
        self._driver.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"
