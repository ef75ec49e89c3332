"""The library build: parallel extraction gives the same graph, and a document the store
refuses is reported while the rest of its batch is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from policykg.build import build
from policykg.errors import StoreError
from policykg.graph.readwrite.export import to_jsonl
from policykg.graph.stores.embedded import EmbeddedStore


def test_process_pool_and_single_process_build_the_same_graph(tmp_path: Path, seeds_dir: Path, monkeypatch):
    import policykg.build as build_module

    used_pool: list[int] = []
    real_pool = build_module.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        used_pool.append(1)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(build_module, "ProcessPoolExecutor", counting_pool)
    with (
        EmbeddedStore(tmp_path / "one") as one,
        EmbeddedStore(tmp_path / "two") as two,
        EmbeddedStore(tmp_path / "three") as three,
    ):
        r1 = build([seeds_dir], one, workers=1)
        # the samples are far below the pool's threshold: two workers still extract in-process
        r2 = build([seeds_dir], two, workers=2)
        assert not used_pool
        monkeypatch.setattr(build_module, "POOL_MIN_BYTES", 0)
        r3 = build([seeds_dir], three, workers=2)
        assert used_pool
        assert r1.ok and r2.ok and r3.ok and len(r1.added) == len(r2.added) == len(r3.added) == 5
        assert to_jsonl(one.snapshot()) == to_jsonl(two.snapshot()) == to_jsonl(three.snapshot())


class RefusingStore(EmbeddedStore):
    """A real embedded store that refuses one file, the way a store reports a document it could not write."""

    refuse: str = ""

    def replace_documents(self, graphs):
        graphs = list(graphs)
        super().replace_documents([g for g in graphs if g.document.file != self.refuse])
        if any(g.document.file == self.refuse for g in graphs):
            raise StoreError(f"{self.refuse}: refused by the store")


def test_a_refused_document_is_a_failure_and_keeps_its_previous_version(tmp_path: Path, seeds_dir: Path):
    docs = tmp_path / "docs"
    shutil.copytree(seeds_dir, docs)
    victim = sorted(docs.glob("*.txt"))[1]
    store = RefusingStore(tmp_path / "store")
    try:
        first = build([docs], store, workers=1)
        assert first.ok
        before = {r.file: r.sha256 for r in store.snapshot().documents}

        for path in docs.glob("*.txt"):
            path.write_text(
                path.read_text(encoding="utf-8") + "\n附：上海市科学技术委员会支持示例平台建设。\n", encoding="utf-8"
            )
        store.refuse = victim.name
        second = build([docs], store, workers=1)
        assert [f.file for f in second.failed] == [victim.name]
        assert victim.name not in second.changed and len(second.changed) == 4
        after = {r.file: r.sha256 for r in store.snapshot().documents}
        assert after[victim.name] == before[victim.name]
        assert all(after[f] != before[f] for f in after if f != victim.name)
    finally:
        store.close()


def _gbk_named_folder(tmp_path: Path) -> Path:
    """A folder as unpacked from a Windows zip: one file named in GBK bytes, one in UTF-8."""
    import os

    docs = tmp_path / "docs"
    docs.mkdir()
    gbk = os.fsencode(docs) + b"/" + "报告".encode("gbk") + b".txt"
    with open(gbk, "wb") as fh:
        fh.write("本文为虚构示例。深圳市科技创新委员会支持星河生物科技有限公司建设研发平台。\n".encode())
    (docs / "ok.txt").write_text("本文为虚构示例。浙江大学与云帆基因科技有限公司合作开展研究。\n", encoding="utf-8")
    return docs


def test_a_file_name_that_is_not_utf8_is_refused_in_one_line_and_the_rest_builds(tmp_path: Path):
    docs = _gbk_named_folder(tmp_path)
    told: list[tuple[str, str, int]] = []
    with EmbeddedStore(tmp_path / "store") as store:
        report = build([docs], store, workers=1, progress=lambda *a: told.append(a))
        stored = [r.file for r in store.snapshot().documents]
    assert report.added == ["ok.txt"] and stored == ["ok.txt"]
    assert [f.file for f in report.failed] == ["\\xb1\\xa8\\xb8\\xe6.txt"]
    message = report.failed[0].message
    assert "name is not UTF-8" in message and "convmv" in message and "previous version" not in message
    assert sorted(status for _, status, _ in told) == ["added", "failed"] and {t for *_, t in told} == {2}


def test_build_json_with_a_gbk_file_name_is_strict_utf8(tmp_path: Path):
    import json

    from click.testing import CliRunner

    from policykg.cli import main

    docs = _gbk_named_folder(tmp_path)
    result = CliRunner().invoke(main, ["build", str(docs), "--store", str(tmp_path / "s"), "--json"])
    assert result.exit_code == 2
    raw = result.stdout_bytes.decode("utf-8")  # strict: a lone surrogate cannot be encoded
    assert "\\udc" not in raw
    assert json.loads(raw)["failed"][0]["file"] == "\\xb1\\xa8\\xb8\\xe6.txt"
    assert result.stderr.count("error:") == 1 and "not UTF-8" in result.stderr


def test_a_refused_new_document_is_told_once_and_no_previous_version_is_claimed(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "本文为虚构示例。深圳市科技创新委员会支持星河生物科技有限公司建设研发平台。\n", encoding="utf-8"
    )
    (docs / "b.txt").write_text("本文为虚构示例。浙江大学与云帆基因科技有限公司合作开展研究。\n", encoding="utf-8")
    told: list[tuple[str, str, int]] = []
    store = RefusingStore(tmp_path / "store")
    store.refuse = "b.txt"
    try:
        report = build([docs], store, workers=1, progress=lambda *a: told.append(a))
    finally:
        store.close()
    assert [(f, s) for f, s, _ in told] == [("a.txt", "added"), ("b.txt", "failed")]
    assert "nothing is stored for it" in report.failed[0].message
    assert "previous version" not in report.failed[0].message


def test_text_a_reader_could_not_read_is_a_note_of_the_build(tmp_path):
    """A PDF whose title font has no Unicode map is built from the rest of its text, and the build says what
    was left out (table and JSON) instead of storing the document as if it were whole."""
    import json

    from click.testing import CliRunner
    from docs_factory import make_pdf_with_unmapped_font

    from policykg.cli import main

    folder = tmp_path / "docs"
    folder.mkdir()
    make_pdf_with_unmapped_font(folder / "notice.pdf", ["青禾市科学技术局支持青禾大学建设平台。"] * 6, 12)
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 1
    assert [n["file"] for n in report["notes"]] == ["notice.pdf"]
    assert "12 characters" in report["notes"][0]["note"] and "Unicode" in report["notes"][0]["note"]
    human = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s2")])
    assert "note: notice.pdf: 12 characters" in human.stderr


def test_a_store_reached_through_a_missing_folder_and_dotdot_is_the_existing_store(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from policykg.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.txt").write_text("青禾大学与东岭医药集团有限公司签署合作协议。", encoding="utf-8")
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(b"x")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "ok.txt", "--store", "s1", "--quiet"]).exit_code == 0
    runner.invoke(main, ["build", "pics", "--store", "nd/../s1"])  # nothing to build: an error, nothing removed
    stats = runner.invoke(main, ["stats", "--store", "s1", "--json"])
    assert stats.exit_code == 0 and json.loads(stats.stdout)["documents"] == 1
    assert not (tmp_path / "nd").exists()


def test_a_build_interrupted_before_any_write_leaves_no_new_store(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import policykg.build
    from policykg.cli import main

    (tmp_path / "ok.txt").write_text("青禾大学与东岭医药集团有限公司签署合作协议。", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(policykg.build, "build", interrupted)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "ok.txt"), "--store", str(tmp_path / "new" / "s")])
    assert result.exit_code == 130
    assert not (tmp_path / "new").exists()
