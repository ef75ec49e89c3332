"""The bulk path into Neo4j: import files that hold exactly the graph a transactional build writes.

The file-level tests need no server. The last test runs the real thing: Neo4j's own
offline importer (``scripts/neo4j-local import``) into a second, private server, then
compares that server's export and query results with the embedded store's.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import run

from policykg.errors import StoreError
from policykg.graph.readwrite.neo4j_import import (
    ARGS_FILE,
    ARRAY_DELIMITER,
    NODE_FILES,
    RELATIONSHIP_FILES,
    write_import_files,
)
from policykg.graph.stores.open import open_store
from policykg.graph.stores.transfer import iter_document_graphs
from policykg.model import Document, DocumentGraph, Entity, Evidence, Relation

ROOT = Path(__file__).resolve().parents[1]


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """A CSV file as the importer reads it: RFC 4180 quoting, fields may span lines."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def records(path: Path) -> list[dict[str, str]]:
    header, rows = read_rows(path)
    return [dict(zip(header, r)) for r in rows]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seeds_dir: Path) -> Path:
    store = tmp_path_factory.mktemp("seedstore") / "store"
    run("build", str(seeds_dir), "--store", str(store), "--quiet")
    return store


def test_seed_files_hold_the_stored_graph(seed_store, tmp_path):
    with open_store(seed_store) as store:
        snap = store.snapshot()
        keys = store.run(
            "MATCH (k:LookupKey)-[:KEY_OF]->(e:Entity) RETURN e.id AS id, k.k AS k, "
            "k.exact AS exact, k.search AS search"
        ).rows
        mentions = store.run("MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS n").rows[0]["n"]
        files = write_import_files(iter_document_graphs(store), tmp_path / "imp")

    assert files.counts["documents"] == len(snap.documents)
    assert files.counts["entities"] == len(snap.entities)
    assert files.counts["relations"] == len(snap.relations)
    assert files.counts["mentions"] == mentions
    assert files.counts["lookup_keys"] == len(keys)

    # Every value survives CSV quoting: evidence, offsets and merged aliases, per id.
    by_id = {r.id: r for r in snap.relations}
    for row in records(tmp_path / "imp" / "relations.csv"):
        rel = by_id[row["id"]]
        assert (row[":START_ID(Entity)"], row[":TYPE"], row[":END_ID(Entity)"]) == (rel.head, rel.type, rel.tail)
        assert row["evidence"] == rel.evidence and int(row["start:long"]) == rel.start
    entities = {e.id: e for e in snap.entities}
    for row in records(tmp_path / "imp" / "entities.csv"):
        ent = entities[row["id:ID(Entity)"]]
        aliases = row["aliases:string[]"].split(ARRAY_DELIMITER) if row["aliases:string[]"] else []
        assert (row["name"], aliases, float(row["confidence:double"])) == (ent.name, ent.aliases, ent.confidence)
        assert row[":LABEL"] == f"Entity{ARRAY_DELIMITER}{ent.type}"
    key_ids = {r[":ID(LookupKey)"]: r for r in records(tmp_path / "imp" / "lookup_keys.csv")}
    written = sorted(
        (e[":END_ID(Entity)"], key_ids[e[":START_ID(LookupKey)"]]["k"])
        for e in records(tmp_path / "imp" / "key_of.csv")
    )
    assert written == sorted((k["id"], k["k"]) for k in keys)

    # the args file names every file with an absolute path, plus the options they need
    args = (tmp_path / "imp" / ARGS_FILE).read_text(encoding="utf-8").splitlines()
    named = [a.split("=", 1)[1] for a in args if a.startswith(("--nodes=", "--relationships="))]
    assert sorted(Path(n).name for n in named) == sorted([*NODE_FILES, *RELATIONSHIP_FILES])
    assert all(Path(n).is_absolute() and Path(n).exists() for n in named)
    assert "--array-delimiter=U+001F" in args and "--multiline-fields=true" in args


def _tricky_graph() -> DocumentGraph:
    a = Entity("示例生物科技有限公司", "Company", ["示例生物"], "上海")
    b = Entity('逗号,与"引号"研究院', "ResearchInstitute", [], None)
    text = '第一行，含逗号,和"引号"\n第二行'
    rel = Relation(a.id, "COOPERATES_WITH", b.id, Evidence("x.txt", text, 3, 3 + len(text), "test", 0.5))
    doc = Document(
        file="x.txt",
        sha256="0" * 64,
        text="",
        title="",
        doc_number=None,
        issuer=None,
        date=None,
        addressees=[],
        doc_type="other",
        region=None,
    )
    return DocumentGraph(doc, [a, b], [rel])


def test_quotes_commas_newlines_and_missing_values_round_trip(tmp_path):
    files = write_import_files([_tricky_graph()], tmp_path / "imp")
    assert files.counts == {
        "documents": 1,
        "entities": 2,
        "lookup_keys": files.counts["lookup_keys"],
        "relations": 1,
        "mentions": 2,
        "issued": 0,
        "addressed": 0,
    }
    [rel] = records(tmp_path / "imp" / "relations.csv")
    assert rel["evidence"] == '第一行，含逗号,和"引号"\n第二行'
    raw = (tmp_path / "imp" / "documents.csv").read_text(encoding="utf-8").splitlines()[1]
    # "" (an empty title) stays a quoted empty string; None (no 文号) is an empty unquoted field
    fields = next(csv.reader([raw]))
    header = NODE_FILES["documents.csv"]
    assert fields[header.index("title")] == "" and '""' in raw
    assert re.search(r",,", raw), "missing values must be empty unquoted fields (no property)"
    ents = {r["name"]: r for r in records(tmp_path / "imp" / "entities.csv")}
    assert ents['逗号,与"引号"研究院']["jurisdiction"] == ""


def test_refusals_leave_a_clear_message(tmp_path):
    folder = tmp_path / "imp"
    write_import_files([_tricky_graph()], folder)
    with pytest.raises(StoreError, match="not empty"):
        write_import_files([_tricky_graph()], folder)
    with pytest.raises(StoreError, match="listed twice"):
        write_import_files([_tricky_graph(), _tricky_graph()], tmp_path / "twice")
    bad = _tricky_graph()
    bad.entities[0].aliases.append("分隔" + ARRAY_DELIMITER + "符")
    with pytest.raises(StoreError, match="U\\+001F"):
        write_import_files([bad], tmp_path / "delim")
    unknown = _tricky_graph()
    unknown.entities[1].type = "Spaceship"
    with pytest.raises(StoreError, match="unknown entity type"):
        write_import_files([unknown], tmp_path / "unknown")
    dangling = _tricky_graph()
    dangling.entities.pop()
    with pytest.raises(StoreError, match="does not list"):
        write_import_files([dangling], tmp_path / "dangling")


def test_cli_import_files_reports_counts_and_the_command(seed_store, tmp_path):
    out = tmp_path / "imp"
    summary = json.loads(run("neo4j", "import-files", str(out), "--store", str(seed_store), "--json").stdout)
    assert summary["documents"] == 5 and summary["relations"] > 50
    assert summary["command"].startswith("neo4j-admin database import full") and ARGS_FILE in summary["command"]
    again = run("neo4j", "import-files", str(out), "--store", str(seed_store), ok=False)
    assert again.exit_code != 0 and len(again.stderr.strip().splitlines()) == 1
    missing = run("neo4j", "import-files", str(tmp_path / "x"), "--store", str(tmp_path / "nostore"), ok=False)
    assert missing.exit_code != 0 and "build" in missing.stderr


# ---------------------------------------------------------------- the real importer


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.neo4j
@pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="Neo4j tests need scripts/neo4j-local (run via scripts/test, which starts it)",
)
@pytest.mark.timeout(600)
def test_bulk_import_into_a_real_server_equals_the_embedded_store(seed_store, seeds_dir, tmp_path):
    from test_cli_neo4j import named_query_params

    folder = tmp_path / "imp"
    run("neo4j", "import-files", str(folder), "--store", str(seed_store), "--quiet")
    env = {
        **os.environ,
        "POLICYKG_NEO4J_HOME": str(tmp_path / "server"),
        "NEO4J_BOLT_PORT": str(_free_port()),
        "NEO4J_HTTP_PORT": "off",
        "NEO4J_LOCAL_PYTHON": sys.executable,
    }
    script = str(ROOT / "scripts" / "neo4j-local")
    try:
        proc = subprocess.run([script, "import", str(folder)], env=env, capture_output=True, text=True, timeout=540)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "IMPORT DONE" in proc.stderr
        exports = dict(re.findall(r"^export (\w+)='?([^'\n]*)'?$", proc.stdout, re.M))
        uri, password = exports["NEO4J_URI"], exports["NEO4J_PASSWORD"]

        def on_server(*args: str, ok: bool = True):
            return run(*args, "--neo4j", uri, "--password-stdin", input=password + "\n", ok=ok)

        on_server("neo4j", "init")
        embedded = run("export", "--format", "jsonl", "--store", str(seed_store)).stdout
        assert on_server("export", "--format", "jsonl").stdout == embedded
        for name, extra in named_query_params(seed_store).items():
            a = on_server("query", "--name", name, *extra, "--json").stdout
            b = run("query", "--name", name, *extra, "--store", str(seed_store), "--json").stdout
            assert a == b, name
        assert (
            on_server("org", "和黄医药", "--json").stdout
            == run("org", "和黄医药", "--store", str(seed_store), "--json").stdout
        )
        # the imported graph is an ordinary policykg graph: a rebuild on top of it changes nothing
        report = json.loads(on_server("build", str(seeds_dir), "--json").stdout)
        assert report["added"] == 0 and report["changed"] == 0
        assert on_server("export", "--format", "jsonl").stdout == embedded
    finally:
        subprocess.run([script, "reset"], env=env, capture_output=True, timeout=180)
        shutil.rmtree(tmp_path / "server", ignore_errors=True)


def test_files_written_in_parallel_hold_the_same_rows(tmp_path, monkeypatch):
    """Parts from several processes, read in the order the importer is given them, are the one-process files."""
    from test_store_embedded import shared_entity_graphs

    import policykg.graph.readwrite.neo4j_import as ni

    monkeypatch.setattr(ni, "PART_DOCUMENTS", 3)  # 40 documents → several parts per worker
    graphs = shared_entity_graphs(40)
    one = write_import_files(graphs, tmp_path / "one")
    many = write_import_files(graphs, tmp_path / "many", workers=2)
    assert many.counts == one.counts and len(many.parts["relations.csv"]) > 2
    for name in [*NODE_FILES, *RELATIONSHIP_FILES]:
        whole = (tmp_path / "one" / name).read_text(encoding="utf-8")
        joined = "".join((tmp_path / "many" / f).read_text(encoding="utf-8") for f in [name, *many.parts.get(name, [])])
        assert joined == whole, name
    args = (tmp_path / "many" / ARGS_FILE).read_text(encoding="utf-8")
    assert f"relations.csv,{(tmp_path / 'many').resolve()}/relations.part0000.csv," in args
