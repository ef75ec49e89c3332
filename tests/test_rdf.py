"""RDF export: parses back, is repeatable, keeps provenance, and SPARQL takes bound values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from policykg import ontology
from policykg.errors import PolicyKGError, QueryError
from policykg.graph.algorithms.merge import merge_graphs
from policykg.graph.readwrite import rdf
from policykg.model import Document, DocumentGraph, Entity, Evidence, GraphSnapshot, Relation

PKG = Namespace(ontology.PKG)
SKOS = Namespace(ontology.SKOS)

LAB = Entity("虚构再生医学联合实验室", "Lab", aliases=["再生实验室"])
INSTITUTE = Entity("虚构药物研究所", "ResearchInstitute", aliases=["虛構藥物所", "VIMM"])
AGENCY = Entity("虚构市科技局", "Agency")
FILE = "虚构答复.txt"
EVIDENCE = '实验室依托"虚构药物研究所"\n<script>x</script>建设'


def snapshot() -> GraphSnapshot:
    doc = Document(
        file=FILE,
        sha256="c" * 64,
        text="",
        title="关于虚构建议的答复",
        doc_number="虚科〔2099〕3号",
        issuer="虚构市科技局",
        date="2099-05-06",
        addressees=["赵虚构"],
        doc_type="reply",
    )
    rels = [
        Relation(LAB.id, "RELIES_ON", INSTITUTE.id, Evidence(FILE, EVIDENCE, 100, 130, "relies-on", 0.8)),
        Relation(AGENCY.id, "SUPPORTS", LAB.id, Evidence(FILE, "科技局支持实验室", 200, 208, "supports")),
    ]
    return merge_graphs([DocumentGraph(doc, [LAB, INSTITUTE, AGENCY], rels)])


def test_turtle_parses_back_to_the_same_graph():
    snap = snapshot()
    g = rdf.to_graph(snap)
    back = Graph().parse(data=rdf.to_turtle(snap), format="turtle")
    assert len(back) == len(g) > 0
    assert isomorphic(back, g)


def test_serialisations_are_repeatable():
    snap = snapshot()
    assert rdf.to_turtle(snap) == rdf.to_turtle(snapshot())
    assert rdf.to_jsonld(snap) == rdf.to_jsonld(snapshot())


@pytest.mark.parametrize("seed", ["1", "999"])
def test_turtle_and_jsonld_identical_in_other_processes(seed):
    code = (
        f"import sys; sys.path.insert(0, {os.path.dirname(__file__)!r}); import test_rdf as t; "
        "from policykg.graph.readwrite import rdf; "
        "s=t.snapshot(); sys.stdout.buffer.write((rdf.to_turtle(s)+rdf.to_jsonld(s)).encode('utf-8'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        check=True,
        timeout=60,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    snap = snapshot()
    assert out.stdout.decode("utf-8") == rdf.to_turtle(snap) + rdf.to_jsonld(snap)


def test_jsonld_parses_back_to_the_same_triples():
    snap = snapshot()
    text = rdf.to_jsonld(snap)
    assert '"@context"' in text
    back = Graph().parse(data=text, format="json-ld")
    g = rdf.to_graph(snap)
    assert len(back) == len(g)
    assert isomorphic(back, g)


def test_types_keep_shared_schema_classes_apart():
    g = rdf.to_graph(snapshot())
    lab, inst = rdf.entity_iri(LAB.id), rdf.entity_iri(INSTITUTE.id)
    shared = URIRef(ontology.ENTITY_TYPES["Lab"].rdf_class)
    assert (lab, RDF.type, shared) in g and (inst, RDF.type, shared) in g
    assert (lab, RDF.type, PKG.Lab) in g and (inst, RDF.type, PKG.ResearchInstitute) in g
    assert (lab, RDF.type, PKG.ResearchInstitute) not in g


def test_language_tags_follow_script():
    g = rdf.to_graph(snapshot())
    inst = rdf.entity_iri(INSTITUTE.id)
    alts = {(str(o), o.language) for o in g.objects(inst, SKOS.altLabel)}
    assert alts == {("虛構藥物所", "zh-Hant"), ("VIMM", None)}
    assert g.value(inst, SKOS.prefLabel) == Literal("虚构药物研究所", lang="zh-Hans")


def test_every_relation_has_direct_triple_and_traceable_assertion():
    snap = snapshot()
    g = rdf.to_graph(snap)
    prov = Namespace(ontology.PROV)
    for r in snap.relations:
        head, tail = rdf.entity_iri(r.head), rdf.entity_iri(r.tail)
        pred = URIRef(ontology.RELATION_TYPES[r.type].rdf_property)
        assert (head, pred, tail) in g
        stmt = rdf.assertion_iri(r.id)
        assert (stmt, RDF.subject, head) in g and (stmt, RDF.object, tail) in g
        assert g.value(stmt, prov.wasDerivedFrom) == rdf.document_iri(r.doc)
        assert str(g.value(stmt, PKG.evidence)) == r.evidence
        assert int(g.value(stmt, PKG.start)) == r.start
    assert len(set(g.subjects(RDF.type, PKG.Assertion))) == len(snap.relations)


EVIDENCE_QUERY = """
SELECT ?evidence ?file ?start WHERE {
  ?a rdf:subject ?e ; pkg:evidence ?evidence ; pkg:start ?start ; prov:wasDerivedFrom ?doc .
  ?doc pkg:file ?file .
} ORDER BY ?start
"""


def test_sparql_finds_evidence_via_bound_entity():
    g = rdf.to_graph(snapshot())
    rows = rdf.sparql(g, EVIDENCE_QUERY, {"e": rdf.entity_iri(LAB.id)})
    assert rows == [{"evidence": EVIDENCE, "file": FILE, "start": "100"}]
    # IRIs given as plain strings are bound as IRIs; a snapshot is accepted directly
    rows2 = rdf.sparql(snapshot(), EVIDENCE_QUERY, {"e": str(rdf.entity_iri(AGENCY.id))})
    assert [r["evidence"] for r in rows2] == ["科技局支持实验室"]


def test_sparql_binds_labels_as_data_not_query_text():
    g = rdf.to_graph(snapshot())
    q = "SELECT ?e WHERE { ?e skos:prefLabel ?name }"
    hit = rdf.sparql(g, q, {"name": Literal("虚构市科技局", lang="zh-Hans")})
    assert hit == [{"e": str(rdf.entity_iri(AGENCY.id))}]
    # a plain string becomes a plain literal: it matches the untagged alias, and text that
    # would widen the query if it were spliced into it matches nothing
    q_alt = "SELECT ?e WHERE { ?e skos:altLabel ?name }"
    assert rdf.sparql(g, q_alt, {"name": "VIMM"}) == [{"e": str(rdf.entity_iri(INSTITUTE.id))}]
    hostile = 'VIMM" || ?e != "'
    assert rdf.sparql(g, q_alt, {"name": hostile}) == []


def test_sparql_ask_and_errors():
    g = rdf.to_graph(snapshot())
    assert rdf.sparql(g, "ASK { ?s a pkg:Lab }") == [{"ask": "true"}]
    assert rdf.sparql(g, "ASK { ?s a pkg:Person }") == [{"ask": "false"}]
    with pytest.raises(QueryError, match="SPARQL failed"):
        rdf.sparql(g, "SELECT WHERE {")


def test_custom_base_and_document_metadata():
    base = "https://example.org/kg/"
    g = rdf.to_graph(snapshot(), base=base)
    subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith(base) for s in subjects)
    doc = rdf.document_iri(FILE, base)
    dct = Namespace(ontology.DCT)
    assert (doc, RDF.type, URIRef(ontology.DOCUMENT_RDF_CLASS)) in g
    assert str(g.value(doc, dct.identifier)) == "虚科〔2099〕3号"
    assert g.value(doc, URIRef(ontology.DOCUMENT_ISSUED_RDF)) == rdf.entity_iri(AGENCY.id, base)
    mentioned = set(g.objects(doc, URIRef(ontology.MENTIONS_RDF)))
    assert mentioned == {rdf.entity_iri(e.id, base) for e in (LAB, INSTITUTE, AGENCY)}


def test_types_outside_the_ontology_are_refused():
    snap = snapshot()
    snap.relations[0].type = "LIKES"
    with pytest.raises(PolicyKGError, match="unknown relation type 'LIKES'"):
        rdf.to_graph(snap)
    snap = snapshot()
    snap.entities[0].type = "Robot"
    with pytest.raises(PolicyKGError, match="unknown entity type 'Robot'"):
        rdf.to_graph(snap)


def test_canonical_names_are_simplified_even_with_rare_characters():
    """Names come from the normalised (Simplified) text; a character such as 昇 that also
    occurs in Traditional text must not make the preferred label zh-Hant."""
    graph = DocumentGraph(
        Document(file="e.txt", sha256="x", text=""),
        [Entity("示例“春昇杯”创新大赛", "Event", ["春昇杯"]), Entity("香港示例大學", "University", ["示例大學"])],
        [],
    )
    g = rdf.to_graph(merge_graphs([graph]))
    skos = Namespace(ontology.SKOS)
    pref = {str(o): o.language for o in g.objects(None, skos.prefLabel)}
    assert pref["示例“春昇杯”创新大赛"] == "zh-Hans"
    alt = {str(o): o.language for o in g.objects(None, skos.altLabel)}
    assert alt["示例大學"] == "zh-Hant"


def test_a_traditional_documents_evidence_is_tagged_zh_hant():
    from policykg.graph.readwrite.rdf import text_literal

    assert text_literal("醫管局與香港大學合作").language == "zh-Hant"
    assert text_literal("医管局与香港大学合作").language == "zh-Hans"


def test_the_turtle_export_tags_traditional_evidence_and_titles_zh_hant(tmp_path):
    from click.testing import CliRunner

    from policykg.cli import main

    doc = tmp_path / "legco.txt"
    doc.write_text("立法會五題：醫療創新\n創新科技署與香港科技大學簽署合作協議。\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(doc), "--store", str(tmp_path / "s"), "-q"]).exit_code == 0
    ttl = runner.invoke(main, ["export", "--format", "ttl", "--store", str(tmp_path / "s")]).stdout
    assert '"立法會五題：醫療創新"@zh-Hant' in ttl
    assert "與香港科技大學" in ttl and "@zh-Hans" not in next(ln for ln in ttl.splitlines() if "與香港科技大學" in ln)
