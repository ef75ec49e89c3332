"""End-to-end behaviour of the command line on the sample documents and on files made here.

These run the real click commands (in-process) against a real embedded store in
a temporary folder: build, rebuild, change, prune, look-ups, queries, exports,
maps and every kind of bad input the README promises a clean one-line error for.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docs_factory
import pytest
from click.testing import CliRunner

from policykg.cli import main


def run(*args: str, input: str | None = None, ok: bool = True):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture()
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(seeds_dir, folder)
    return folder


@pytest.fixture()
def built(tmp_path: Path, corpus: Path) -> tuple[Path, Path]:
    store = tmp_path / "store"
    run("build", str(corpus), "--store", str(store), "--quiet")
    return corpus, store


def export_jsonl(store: Path) -> str:
    return run("export", "--store", str(store), "--format", "jsonl").stdout


def test_build_reports_every_seed_and_rebuild_is_byte_identical(built, tmp_path):
    corpus, store = built
    first = export_jsonl(store)
    kinds = [json.loads(line)["kind"] for line in first.splitlines()]
    assert kinds.count("document") == len(list(corpus.glob("*.txt")))
    assert kinds.count("entity") > 50 and kinds.count("relation") > 20

    again = json.loads(run("build", str(corpus), "--store", str(store), "--json").stdout)
    assert again["unchanged"] == kinds.count("document") and again["added"] == 0
    assert export_jsonl(store) == first

    # a second, independent store built from the same files exports the same bytes
    other = tmp_path / "other"
    run("build", str(corpus), "--store", str(other), "--quiet")
    assert export_jsonl(other) == first


def test_changed_file_replaces_only_its_own_assertions(built):
    corpus, store = built
    target = sorted(corpus.glob("*.txt"))[0]
    before = [json.loads(l) for l in export_jsonl(store).splitlines()]
    untouched_before = [r for r in before if r["kind"] == "relation" and r["doc"] != target.name]

    target.write_text(
        "上海市科学技术委员会\n\n关于支持示例生物医药创新平台建设的通知\n\n"
        "上海市科学技术委员会依托复旦大学建设示例生物医药创新平台。\n",
        encoding="utf-8",
    )
    report = json.loads(run("build", str(corpus), "--store", str(store), "--json").stdout)
    assert report["changed"] == 1 and report["unchanged"] == len(list(corpus.glob("*.txt"))) - 1

    after = [json.loads(l) for l in export_jsonl(store).splitlines()]
    untouched_after = [r for r in after if r["kind"] == "relation" and r["doc"] != target.name]
    assert untouched_after == untouched_before
    mine = [r for r in after if r["kind"] == "relation" and r["doc"] == target.name]
    assert mine and all(r["evidence"] in target.read_text(encoding="utf-8") for r in mine)


def test_prune_drops_documents_whose_files_are_gone(built):
    corpus, store = built
    gone = sorted(corpus.glob("*.txt"))[-1]
    gone.unlink()
    run("build", str(corpus), "--store", str(store), "--quiet")
    assert gone.name in export_jsonl(store)  # without --prune nothing is dropped
    report = json.loads(run("build", str(corpus), "--store", str(store), "--prune", "--json").stdout)
    assert report["removed"] == 1
    rows = [json.loads(l) for l in export_jsonl(store).splitlines()]
    assert all(gone.name not in (r.get("file"), r.get("doc")) and gone.name not in r.get("docs", []) for r in rows)


def test_org_shows_links_with_evidence_and_documents(built):
    corpus, store = built
    out = json.loads(run("org", "和黄医药", "--store", str(store), "--json").stdout)
    entity = out["entity"]
    assert "和黄医药" in [entity["name"], *entity["aliases"]]
    assert entity["docs"]
    links = [link for group in out["links"].values() for link in group]
    assert links, "the organisation should have evidenced links"
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    for link in links:
        assert link["doc"] in texts and link["evidence"]
    human = run("org", "和黄医药", "--store", str(store)).stdout
    assert entity["name"] in human and "「" in human


def test_org_names_at_most_limit_documents_and_says_how_many(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(5):
        (folder / f"d{i}.txt").write_text(f"青禾大学与东岭医药集团有限公司签署第{i + 1}份合作协议。", encoding="utf-8")
    store = tmp_path / "store"
    run("build", str(folder), "--store", str(store), "--quiet")
    head = run("org", "青禾大学", "--limit", "2", "--store", str(store)).stdout.splitlines()
    line = next(ln for ln in head if ln.startswith("documents"))
    assert line.startswith("documents (5): d0.txt、d1.txt") and "and 3 more" in line and "d4.txt" not in line
    every = run("org", "青禾大学", "--limit", "0", "--store", str(store)).stdout
    assert "d4.txt" in every


def test_org_accepts_traditional_and_full_width_input(built):
    _, store = built
    simplified = json.loads(run("org", "香港大学", "--store", str(store), "--json").stdout)
    traditional = json.loads(run("org", "香港大學", "--store", str(store), "--json").stdout)
    assert traditional["entity"]["id"] == simplified["entity"]["id"]


def test_unknown_org_is_one_line_with_suggestions_and_nonzero_exit(built):
    _, store = built
    result = run("org", "香港大", "--store", str(store), ok=False)
    assert result.exit_code != 0
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "香港大" in lines[0] and "did you mean" in lines[0]


def test_path_between_two_organisations_has_evidence_per_hop(built):
    _, store = built
    rows = [json.loads(l) for l in export_jsonl(store).splitlines()]
    names = {r["id"]: r["name"] for r in rows if r["kind"] == "entity"}
    rel = next(r for r in rows if r["kind"] == "relation")
    out = json.loads(run("path", names[rel["head"]], names[rel["tail"]], "--store", str(store), "--json").stdout)
    assert out["paths"] and len(out["paths"][0]) == 1
    assert out["paths"][0][0]["evidence"]


def test_query_takes_parameters_and_is_read_only_by_default(built):
    _, store = built
    out = json.loads(
        run(
            "query",
            "MATCH (e:Entity) WHERE e.name = $n RETURN e.type AS type",
            "-p",
            "n=香港大学",
            "--store",
            str(store),
            "--json",
        ).stdout
    )
    assert out == [{"type": "University"}]
    before = export_jsonl(store)
    refused = run("query", "MATCH (e:Entity) DETACH DELETE e", "--store", str(store), ok=False)
    assert refused.exit_code != 0 and "--write" in refused.stderr
    assert export_jsonl(store) == before
    # a hostile value is data, not Cypher
    hostile = "'}) DETACH DELETE n //"
    out = json.loads(
        run(
            "query",
            "MATCH (e:Entity) WHERE e.name = $n RETURN count(e) AS c",
            "-p",
            f"n={hostile}",
            "--store",
            str(store),
            "--json",
        ).stdout
    )
    assert out == [{"c": 0}] and export_jsonl(store) == before


def test_named_queries_are_listed_and_run(built):
    _, store = built
    names = {q["name"] for q in json.loads(run("queries", "--json").stdout)}
    assert {
        "org_links",
        "path_between",
        "policies_issued_by",
        "agencies_responsible_for",
        "platforms_in_region",
        "cross_region_pairs",
        "top_actors",
    } <= names
    top = json.loads(run("query", "--name", "top_actors", "-p", "limit=5", "--store", str(store), "--json").stdout)
    assert 0 < len(top) <= 5
    missing = run("query", "--name", "org_links", "--store", str(store), ok=False)
    assert missing.exit_code != 0


def test_exports_in_every_format(built, tmp_path):
    _, store = built
    for fmt in ("jsonl", "ttl", "jsonld", "graphml", "gexf"):
        target = tmp_path / f"graph.{fmt}"
        run("export", "--store", str(store), "--format", fmt, "-o", str(target))
        assert target.stat().st_size > 1000
    run("export", "--store", str(store), "--format", "csv", "-o", str(tmp_path / "csv"))
    assert (tmp_path / "csv" / "entities.csv").exists()


def test_map_is_written_offline_with_escaped_text(built, tmp_path):
    _, store = built
    target = tmp_path / "map.html"
    info = json.loads(run("map", "--store", str(store), "-o", str(target), "--json").stdout)
    html = target.read_text(encoding="utf-8")
    assert info["nodes"] > 0
    assert "https://" not in html.split("</head>")[0] or "cdn" not in html.lower()
    ego = json.loads(
        run(
            "map",
            "--store",
            str(store),
            "-o",
            str(tmp_path / "ego.html"),
            "--center",
            "和黄医药",
            "--depth",
            "1",
            "--json",
        ).stdout
    )
    assert 1 < ego["nodes"] < info["nodes"]


def test_stats_and_analyze(built):
    _, store = built
    stats = json.loads(run("stats", "--store", str(store), "--json").stdout)
    assert stats["documents"] == 5 and stats["entities"] > 0
    analysis = json.loads(run("analyze", "--store", str(store), "--json").stdout)
    assert analysis


def test_bad_inputs_fail_cleanly_and_leave_the_store_intact(built, tmp_path):
    corpus, store = built
    before = export_jsonl(store)
    bad = tmp_path / "bad"
    bad.mkdir()
    docs_factory.make_empty(bad / "empty.txt")
    docs_factory.make_binary(bad / "binary.txt")
    docs_factory.make_corrupt_pdf(bad / "broken.pdf")
    docs_factory.make_corrupt_docx(bad / "broken.docx")
    (bad / "latin1.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    good = bad / "good.txt"
    good.write_text("深圳市科技创新局\n\n深圳市科技创新局支持深圳湾实验室建设。\n", encoding="utf-8")
    result = run("build", str(bad), "--store", str(store), "--quiet", ok=False)
    assert result.exit_code != 0
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "broken.pdf", "broken.docx", "latin1.txt"):
        assert any(name in e for e in errors)
    after = [json.loads(l) for l in export_jsonl(store).splitlines()]
    files = {r["file"] for r in after if r["kind"] == "document"}
    assert "good.txt" in files and not files & {"empty.txt", "binary.txt", "broken.pdf", "broken.docx"}
    # every document and relation that was there before is still there, unchanged
    # (entity lines may gain the new document in their "docs")
    kept = {l for l in before.splitlines() if json.loads(l)["kind"] != "entity"}
    assert kept and kept <= set(export_jsonl(store).splitlines())


def test_oversized_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("上海市科学技术委员会支持平台建设。\n" * 2000, encoding="utf-8")
    result = run("build", str(big), "--store", str(tmp_path / "s"), "--max-bytes", "10000", ok=False)
    assert result.exit_code != 0 and "big.txt" in result.stderr


def test_formats_made_here_build_into_one_graph(tmp_path):
    docs = tmp_path / "mixed"
    docs.mkdir()
    docs_factory.make_pdf(docs / "a.pdf", ["上海市科学技术委员会支持复旦大学建设示例创新平台。"])
    docs_factory.make_docx(docs / "b.docx", ["深圳市科技创新局与香港大学合作共建示例联合实验室。"])
    docs_factory.make_html(docs / "c.html", "示例", ["香港科技园公司举办示例创新论坛。"])
    docs_factory.write_gb18030(docs / "d.txt", "上海交通大学依托示例平台开展研究。\n")
    docs_factory.write_big5(docs / "e.txt", "香港大學與深圳市科技創新局合作。\n")
    store = tmp_path / "store"
    report = json.loads(run("build", str(docs), "--store", str(store), "--json").stdout)
    assert report["added"] == 5 and not report["failed"]
    rows = [json.loads(l) for l in export_jsonl(store).splitlines()]
    names = {r["name"] for r in rows if r["kind"] == "entity"}
    assert {"上海市科学技术委员会", "香港大学", "深圳市科技创新局"} <= names


_NOTICE = [
    "深圳市人民政府办公厅关于印发《深圳市促进海洋生物产业发展若干措施》的通知",
    "深府办规〔2026〕9号",
    "各区人民政府，市政府直属各单位：",
    "现将《深圳市促进海洋生物产业发展若干措施》印发你们，望抓好落实。",
    "深圳市人民政府办公厅",
    "2026年3月2日",
    "深圳市促进海洋生物产业发展若干措施",
    "为加快海洋生物产业发展，制定以下措施。",
]
_MEASURES = [
    ["序号", "政策措施", "负责部门"],
    ["1", "建设海洋生物共性技术平台，给予最高800万元资助。", "市科技创新局、市发展改革委"],
    ["2", "支持企业建设海洋药物中试基地。", "市工业和信息化局"],
    ["3", "加快创新药物临床转化。", "市卫生健康委"],
]


def _measures_file(folder: Path, suffix: str) -> Path:
    """The same measures notice with its table as tab-separated text, a Word table, an HTML table or a pipe table."""
    folder.mkdir()
    path = folder / f"measures{suffix}"
    if suffix == ".txt":
        path.write_text("\n\n".join(_NOTICE) + "\n\n" + "\n".join("\t".join(r) for r in _MEASURES), encoding="utf-8")
    elif suffix == ".docx":
        import docx

        document = docx.Document()
        for paragraph in _NOTICE:
            document.add_paragraph(paragraph)
        table = document.add_table(rows=len(_MEASURES), cols=3)
        for r, row in enumerate(_MEASURES):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.save(str(path))
    elif suffix == ".html":
        cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in _MEASURES)
        paragraphs = "".join(f"<p>{p}</p>" for p in _NOTICE)
        path.write_text(f"<html><body>{paragraphs}<table>{cells}</table></body></html>", encoding="utf-8")
    else:
        rows = ["| " + " | ".join(_MEASURES[0]) + " |", "|---|---|---|"]
        rows += ["| " + " | ".join(row) + " |" for row in _MEASURES[1:]]
        path.write_text("\n\n".join(_NOTICE) + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_a_measures_table_gives_the_same_responsible_links_in_every_format(tmp_path, suffix):
    def links(folder: Path) -> list[tuple[str, str]]:
        store = folder.with_name(folder.name + "-store")
        run("build", str(folder), "--store", str(store), "--quiet")
        query = "MATCH (a)-[:RESPONSIBLE_FOR]->(b) RETURN a.name AS a, b.name AS b ORDER BY a"
        return [(r["a"], r["b"]) for r in json.loads(run("query", query, "--store", str(store), "--json").stdout)]

    expected = links(_measures_file(tmp_path / "txt", ".txt"))
    policy = "深圳市促进海洋生物产业发展若干措施"
    assert {("深圳市科技创新局", policy), ("深圳市工业和信息化局", policy), ("深圳市卫生健康委员会", policy)} <= set(
        expected
    )
    assert links(_measures_file(tmp_path / suffix[1:], suffix)) == expected


def test_read_commands_refuse_a_store_that_does_not_exist(tmp_path):
    result = run("stats", "--store", str(tmp_path / "typo"), ok=False)
    assert result.exit_code != 0 and "typo" in result.stderr


def test_unreachable_neo4j_is_one_line(tmp_path):
    result = run("stats", "--neo4j", "bolt://127.0.0.1:1", ok=False)
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert result.exit_code != 0 and len(lines) == 1 and "127.0.0.1:1" in lines[0]


def test_bad_arguments_do_not_stop_the_rest_of_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("深圳市科技创新局支持深圳湾实验室建设。\n", encoding="utf-8")
    odd = tmp_path / "notes.xyz"
    odd.write_text("x", encoding="utf-8")
    store = tmp_path / "store"
    result = run("build", str(odd), str(tmp_path / "missing.txt"), str(good), "--store", str(store), "--json", ok=False)
    assert result.exit_code != 0
    report = json.loads(result.stdout)
    assert report["added"] == 1 and len(report["failed"]) == 2
    assert any("notes.xyz" in f["error"] for f in report["failed"])
    assert any("missing.txt" in f["error"] for f in report["failed"])
    files = [r["file"] for r in map(json.loads, export_jsonl(store).splitlines()) if r["kind"] == "document"]
    assert files == ["good.txt"]


def test_http_neo4j_uri_is_one_line(tmp_path):
    result = run("stats", "--neo4j", "http://127.0.0.1:1", ok=False)
    lines = [l for l in result.stderr.splitlines() if l.strip() and "Warning" not in l]
    assert result.exit_code != 0 and len(lines) == 1 and "bolt://" in lines[0]


def test_eval_scores_only_the_documents_given(tmp_path, seeds_dir, gold_dir):
    one = sorted(seeds_dir.glob("*.txt"))[0]
    out = json.loads(run("eval", "--gold", str(gold_dir), str(one), "--json").stdout)
    assert [d["doc"] for d in out["documents"]] == [one.name]
    assert out["micro"]["entity_f"] > 0.5
    stray = tmp_path / "stray.txt"
    stray.write_text("上海市科学技术委员会支持示例平台建设。\n", encoding="utf-8")
    refused = run("eval", "--gold", str(gold_dir), str(stray), ok=False)
    assert refused.exit_code != 0 and "gold file" in refused.stderr


def test_second_degree_links_carry_both_sentences(built):
    corpus, store = built
    out = json.loads(run("org", "和黄医药", "--depth", "2", "--store", str(store), "--json").stdout)
    assert out["second_degree"]
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    for link in out["second_degree"]:
        assert link["first_doc"] in texts and link["second_doc"] in texts
        assert link["first_evidence"] and link["second_evidence"]


def _measure_agencies(store: Path, words: str) -> set[str]:
    """The agencies responsible_for_measure gives for heading words of a policy titled …若干措施."""
    args = ["--name", "responsible_for_measure", "-p", f"measure={words}", "-p", "policy=若干措施"]
    out = run("query", *args, "--store", str(store), "--json").stdout
    return {r["agency"] for r in json.loads(out)}


def _measures_store(tmp_path: Path, name: str, text: str) -> Path:
    """A store built from one measures notice written to ``name``."""
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    run("build", str(doc), "--store", str(store), "--quiet")
    return store


def test_a_measure_of_a_traditional_notice_is_found_by_words_in_either_script(tmp_path):
    store = _measures_store(
        tmp_path,
        "翠灣措施.txt",
        "翠灣市人民政府辦公廳關於印發翠灣市促進醫療器械發展若干措施的通知\n"
        "（一）加快醫療器械審評審批。\n（責任單位：翠灣市藥品監督管理局）\n",
    )
    for words in ("医疗器械审评", "醫療器械審評"):
        assert _measure_agencies(store, words) == {"翠湾市药品监督管理局"}, words


def test_a_measure_is_found_by_heading_words_with_full_width_marks(tmp_path):
    store = _measures_store(
        tmp_path,
        "m.txt",
        "青禾市人民政府办公厅关于印发青禾市支持新型研发机构发展若干措施的通知\n"
        "（一）支持研发机构（平台）建设，引育人才。\n（责任单位：青禾市科学技术局）\n",
    )
    for words in ("研发机构（平台）", "建设，引育人才", " 研发机构 ", "“研发机构”"):
        assert _measure_agencies(store, words) == {"青禾市科学技术局"}, words
