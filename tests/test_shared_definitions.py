"""What is defined once and read everywhere: the document fields and the name lookup key."""

from __future__ import annotations

import dataclasses
import io

import pytest
from stores_factory import STORES, seeded_store

from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.readwrite import export, neo4j_import
from policykg.graph.stores import cypher_store as cs
from policykg.graph.stores.transfer import iter_document_graphs
from policykg.lookup import find_entities, lookup_forms
from policykg.model import (
    DOCUMENT_FIELDS,
    Document,
    DocumentGraph,
    DocumentRecord,
    Entity,
    document_values,
)
from policykg.namekeys import lookup_key, typed_form


def _document() -> Document:
    return Document(
        file="甲/答复.txt",
        sha256="ab" * 32,
        text="正文",
        title="关于某建议的答复",
        doc_number="沪科〔2024〕7号",
        issuer="上海市甲委员会",
        date="2024-05-01",
        addressees=["王某某", "李某某"],
        doc_type="reply",
        region="上海",
    )


def _graph() -> DocumentGraph:
    return DocumentGraph(
        _document(),
        [Entity("上海市甲委员会", "Agency", ["甲委"], "上海"), Entity("ＡＢＣ 生物", "Company", ["ABC生物"])],
    )


def test_document_fields_are_the_record_fields():
    assert set(DOCUMENT_FIELDS) == {f.name for f in dataclasses.fields(DocumentRecord)}
    assert set(DOCUMENT_FIELDS) - {"id"} <= {f.name for f in dataclasses.fields(Document)}
    assert len(set(DOCUMENT_FIELDS)) == len(DOCUMENT_FIELDS)


def test_every_format_writes_every_document_field():
    assert export.DOCUMENT_KEYS == ("kind", *DOCUMENT_FIELDS)
    assert export.DOCUMENT_CSV == DOCUMENT_FIELDS
    header = neo4j_import.NODE_FILES["documents.csv"]
    names = {column.split(":")[0] for column in header if not column.startswith(":")}
    assert names == set(DOCUMENT_FIELDS)
    returned = {part.rsplit(" AS ", 1)[1] for part in cs.SNAPSHOT_DOCUMENTS.split(" RETURN ", 1)[1].split(", ")}
    assert returned == set(DOCUMENT_FIELDS)


def test_record_document_and_row_convert_without_loss():
    record = merge_graphs([_graph()]).documents[0]
    assert document_values(record) == {**document_values(_document()), "id": _document().id}
    assert DocumentRecord.from_row(document_values(record)) == record
    back = record.to_document()
    assert document_values(back) == document_values(_document()) and back.text == ""
    # a row as an older export wrote it: no hash, type or addressees
    sparse = DocumentRecord.from_row({"id": "d_1", "file": "x.txt"})
    assert (sparse.sha256, sparse.doc_type, sparse.addressees, sparse.title) == ("", "other", [], None)


def test_jsonl_round_trip_keeps_every_document_field():
    snapshot = merge_graphs([_graph()])
    buffer = io.StringIO()
    export.write_jsonl(snapshot, buffer)
    assert export.read_jsonl(io.StringIO(buffer.getvalue())).documents == snapshot.documents


@pytest.fixture(params=STORES)
def store(request, tmp_path):
    """Each store holding the one sample document (a Neo4j database is cleared before and after)."""
    yield from seeded_store(request.param, tmp_path, [_graph()])


def test_stores_keep_and_give_back_every_document_field(store):
    assert store.snapshot().documents == merge_graphs([_graph()]).documents
    copied = next(iter_document_graphs(store)).document
    assert document_values(copied) == document_values(_document())


def test_store_keys_and_typed_names_fold_alike():
    names = ["ＡＢＣ 生物", "abc生物", "Hong Kong  Science Park", "上海市 甲委员会\u3000"]
    for name in names:
        assert cs.search_keys(name, []) == [lookup_key(name)]
    assert lookup_forms("  《ＡＢＣ 生物》 ") == ("ABC 生物", "abc生物")
    assert typed_form("「醫管局」") == "醫管局"


def test_a_name_typed_full_width_or_spaced_finds_the_stored_entity(store):
    for typed in ("abc生物", "ＡＢＣ生物", " abc 生物 ", "《ABC生物》"):
        assert [r["name"] for r in find_entities(store, typed)] == ["ＡＢＣ 生物"], typed
