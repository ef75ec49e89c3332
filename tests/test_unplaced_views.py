"""Views of bodies kept to their document (省政府 of two documents): each view shows the one it was asked for."""

from __future__ import annotations

import json
from pathlib import Path

import docs_factory as f
import rdflib
from click.testing import CliRunner

from policykg import ontology
from policykg.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _built(tmp_path: Path, files: dict[str, str]) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in files.items():
        f.write_utf8(docs / name, text)
    store = tmp_path / "store"
    result = run("build", str(docs), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    return store


def test_org_shows_the_links_of_one_documents_body_only(tmp_path):
    store = _built(
        tmp_path,
        {"p1.txt": "省政府支持青禾科技有限公司建设研发中心。\n", "p2.txt": "省政府与南湖大学签署战略合作协议。\n"},
    )
    report = json.loads(run("org", "省政府", "--store", str(store), "--json").stdout)
    docs = set(report["entity"]["docs"])
    links = [link for group in report["links"].values() for link in group]
    assert len(docs) == 1 and links and all(link["doc"] in docs for link in links)
    assert len(report["also_matches"]) == 1


def test_a_region_query_does_not_read_a_document_scope_as_a_place(tmp_path):
    store = _built(tmp_path, {"上海考察报告.txt": "省政府与香港大学签署战略合作协议。\n"})
    out = run(
        "query",
        "--name",
        "cross_region_pairs",
        "-p",
        "a_region=上海",
        "-p",
        "b_region=香港",
        "--store",
        str(store),
        "--json",
    )
    assert out.exit_code == 0, out.output
    assert all(row["a"] != "省政府" for row in json.loads(out.stdout))


def test_rdf_gives_each_document_the_issuer_it_names(tmp_path):
    title = "市人民政府办公室关于印发南湖创新平台管理办法{}的通知\n各区人民政府：\n现将办法印发给你们。\n"
    store = _built(tmp_path, {"n1.txt": title.format("一"), "n2.txt": title.format("二")})
    out = tmp_path / "g.ttl"
    assert run("export", "--store", str(store), "--format", "ttl", "-o", str(out)).exit_code == 0
    g = rdflib.Graph().parse(out)
    issued = rdflib.URIRef(ontology.DOCUMENT_ISSUED_RDF)
    mentions = rdflib.URIRef(ontology.MENTIONS_RDF)
    pairs = list(g.subject_objects(issued))
    assert len(pairs) == 2 and len({agency for _, agency in pairs}) == 2
    assert all((doc, mentions, agency) in g for doc, agency in pairs)
