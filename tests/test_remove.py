"""``policykg remove``: documents taken out of a graph by name or by the folder they were built from.

Before it, ``build PATHS --prune`` was the only way out, and only for files gone from folders still there: a
folder built by mistake, or deleted, kept its documents (``--prune`` refuses a path that does not exist), and one
untrusted document could not be dropped. What ``remove`` leaves must be the graph of a store that never held the
removed documents: the same export bytes, ``org`` and ``stats``. All text is invented.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docs_factory import write_folder
from stores_factory import STORES, seeded_store

from policykg.build import build
from policykg.cli import main
from policykg.graph.readwrite.export import to_jsonl
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.remove import REMOVE_UNCONFIRMED, remove

REPLY = (
    "青禾市科学技术局关于支持星河生物科技有限公司的复函\n\n星河生物科技有限公司：\n"
    "星河生物科技有限公司与东岸医科大学共建联合实验室。青禾市科学技术局支持星河生物科技有限公司建设细胞治疗公共服务平台。\n"
)
NOTICE = (
    "青禾市科学技术局关于印发青禾园区扶持办法的通知\n\n"
    "青禾市科学技术局支持远帆医疗器械有限公司建设检测平台。星河生物科技有限公司与北江大学共建联合实验室。\n"
)
OTHER = (
    "湾畔市发展和改革委员会关于支持南岭基因技术有限公司的复函\n\n南岭基因技术有限公司：\n"
    "湾畔市发展和改革委员会支持南岭基因技术有限公司建设测序平台。南岭基因技术有限公司与星河生物科技有限公司共建联合实验室。\n"
)
SHARED = "星河生物科技有限公司"
"""Named by every document above: removing any of them must leave it, with the others' evidence only."""


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _build(store: Path, *folders: Path) -> None:
    for folder in folders:
        result = run("build", str(folder), "--store", str(store), "-q")
        assert result.exit_code == 0, result.output


def _remove(store: Path, *args: str):
    return run("remove", *args, "--store", str(store))


def _every_export(store: Path, out: Path) -> dict[str, bytes]:
    """Every format's bytes, the map's too (as tests/test_build_folders.py compares them)."""
    out.mkdir()
    for fmt in ("jsonl", "ttl", "jsonld", "graphml", "gexf"):
        assert run("export", "--store", str(store), "--format", fmt, "-o", str(out / f"graph.{fmt}")).exit_code == 0
    assert run("export", "--store", str(store), "--format", "csv", "-o", str(out / "csv")).exit_code == 0
    assert run("map", "--store", str(store), "-o", str(out / "map.html")).exit_code == 0
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _jsonl(store: Path) -> str:
    return run("export", "--store", str(store)).stdout


def _views(store: Path, name: str) -> tuple[dict, dict]:
    """What ``org NAME`` and ``stats`` show, as JSON."""
    org = run("org", name, "--store", str(store), "--json")
    stats = run("stats", "--store", str(store), "--json")
    assert org.exit_code == 0 and stats.exit_code == 0
    return json.loads(org.stdout), json.loads(stats.stdout)


def _evidence_docs(org: dict) -> set[str]:
    return {link["doc"] for group in org["links"].values() for link in group}


def test_removing_a_document_by_name_leaves_the_graph_of_a_store_built_without_it(tmp_path):
    docs = write_folder(tmp_path / "docs", {"reply.txt": REPLY, "2023/notice.txt": NOTICE, "other.txt": OTHER})
    store = tmp_path / "store"
    _build(store, docs)
    assert "reply.txt" in _evidence_docs(_views(store, SHARED)[0])

    result = _remove(store, "reply.txt")
    assert result.exit_code == 0 and result.stderr == ""
    assert "reply.txt" in result.stdout and REPLY.split("\n")[0][:12] in result.stdout

    without = write_folder(tmp_path / "without", {"2023/notice.txt": NOTICE, "other.txt": OTHER})
    fresh = tmp_path / "fresh"
    _build(fresh, without)
    assert _every_export(store, tmp_path / "o1") == _every_export(fresh, tmp_path / "o2")
    org, stats = _views(store, SHARED)
    assert (org, stats) == _views(fresh, SHARED)
    # the entity other documents name stays, with their evidence only; what only the reply said is gone
    assert _evidence_docs(org) == {"2023/notice.txt", "other.txt"} and stats["documents"] == 2
    assert "东岸医科大学" not in _jsonl(store)
    # and a build of the folder brings it back as new
    report = json.loads(run("build", str(docs), "--store", str(store), "--json").stdout)
    assert report["added"] == 1 and report["unchanged"] == 2


@pytest.mark.parametrize("deleted", [False, True], ids=["folder-there", "folder-deleted"])
def test_removing_a_folder_leaves_exactly_the_graph_of_the_other_folder(tmp_path, deleted):
    a = write_folder(tmp_path / "A", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    b = write_folder(tmp_path / "B", {"other.txt": OTHER})
    store, only_b = tmp_path / "store", tmp_path / "only-b"
    _build(store, a, b)
    _build(only_b, b)
    if deleted:  # the case --prune cannot help with: the folder is refused as a path that does not exist
        shutil.rmtree(a)
        assert run("build", str(a), "--store", str(store), "--prune").exit_code == 2
    result = run("remove", "--folder", str(a), "--store", str(store), "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [d["file"] for d in report["removed"]] == ["2023/notice.txt", "reply.txt"]
    assert {d["folder"] for d in report["removed"]} == {str(tmp_path.resolve() / "A")}
    assert _every_export(store, tmp_path / "o1") == _every_export(only_b, tmp_path / "o2")
    assert _views(store, SHARED) == _views(only_b, SHARED)


def test_a_folder_given_relative_with_a_trailing_slash_or_as_a_subfolder_is_resolved_like_builds(tmp_path, monkeypatch):
    a = write_folder(tmp_path / "A", {"reply.txt": REPLY, "2023/notice.txt": NOTICE, "other.txt": OTHER})
    store = tmp_path / "store"
    _build(store, a)
    monkeypatch.chdir(a)
    # a sub-folder of the folder built: its documents only (their names are relative to A)
    result = run("remove", "--folder", "2023/", "--store", str(store), "--json")
    assert result.exit_code == 0 and [d["file"] for d in json.loads(result.stdout)["removed"]] == ["2023/notice.txt"]
    # a path to one file: the document built from it
    result = run("remove", "--folder", "other.txt", "--store", str(store), "--json")
    assert result.exit_code == 0 and [d["file"] for d in json.loads(result.stdout)["removed"]] == ["other.txt"]
    assert set(_titles(store)) == {"reply.txt"}


def _titles(store: Path) -> dict[str, str]:
    rows = [json.loads(line) for line in _jsonl(store).splitlines()]
    return {r["file"]: r["title"] for r in rows if r["kind"] == "document"}


def test_a_folder_nothing_was_built_from_removes_nothing(tmp_path):
    a = write_folder(tmp_path / "A", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    store = tmp_path / "store"
    _build(store, a)
    before = _jsonl(store)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for args in (["--folder", str(elsewhere)], ["reply.txt", "--folder", str(tmp_path / "never")]):
        result = _remove(store, *args)
        assert result.exit_code == 5 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: not removing anything: no stored document was built from ")
        assert str(elsewhere.resolve() if "--folder" == args[0] else tmp_path.resolve() / "never") in line
        assert "policykg query --name documents" in line
        assert _jsonl(store) == before
    # the parent of the folder built holds its files: that is a folder they were built from
    result = _remove(store, "--folder", str(tmp_path), "--yes")
    assert result.exit_code == 0 and _titles(store) == {}


def test_an_unknown_name_among_known_ones_removes_nothing_and_is_named(tmp_path):
    docs = write_folder(tmp_path / "docs", {"reply.txt": REPLY, "2023/notice.txt": NOTICE, "other.txt": OTHER})
    store = tmp_path / "store"
    _build(store, docs)
    before = _jsonl(store)
    result = _remove(store, "reply.txt", "notice.txt", "other.txt")
    assert result.exit_code == 5 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line == (
        "error: not removing anything: notice.txt is not stored — "
        "`policykg query --name documents` lists the stored names"
    )
    assert _jsonl(store) == before
    as_json = json.loads(run("remove", "reply.txt", "nope.txt", "--store", str(store), "--json").stdout)
    assert as_json["not_found"] == ["nope.txt"] and as_json["removed"] == [] and as_json["refused"]
    assert _jsonl(store) == before


def test_nothing_to_remove_and_a_missing_store_are_one_line(tmp_path):
    result = run("remove", "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1 and "nothing to remove" in result.stderr
    result = run("remove", "reply.txt", "--store", str(tmp_path / "store"))
    assert result.exit_code != 0 and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "store").exists()  # remove never creates a store


def test_many_documents_or_all_of_them_need_yes(tmp_path):
    many = write_folder(
        tmp_path / "many",
        {f"d{i:02d}.txt": NOTICE.replace("远帆", f"远帆{i}号") for i in range(REMOVE_UNCONFIRMED + 1)},
    )
    few = write_folder(tmp_path / "few", {"reply.txt": REPLY})
    store = tmp_path / "store"
    _build(store, many, few)
    before = _jsonl(store)
    result = _remove(store, "--folder", str(many))
    assert result.exit_code == 2 and result.stdout == "" and _jsonl(store) == before
    assert result.stderr == (
        f"error: not removing anything: this would remove {REMOVE_UNCONFIRMED + 1} of {REMOVE_UNCONFIRMED + 2} "
        f"stored documents, more than {REMOVE_UNCONFIRMED} at once — check the names and folders, or add --yes to "
        "remove them\n"
    )
    # up to the threshold, no question
    assert _remove(store, *(f"d{i:02d}.txt" for i in range(REMOVE_UNCONFIRMED))).exit_code == 0
    # every document of the store, however few
    result = _remove(store, "--folder", str(tmp_path))
    assert result.exit_code == 2 and "all 2 documents of the store" in result.stderr and "--yes" in result.stderr
    assert len(_titles(store)) == 2
    result = run("remove", "--folder", str(tmp_path), "--store", str(store), "--yes", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)["removed"]) == 2 and _titles(store) == {}


def test_names_with_control_characters_print_escaped_and_json_is_strict(tmp_path):
    evil = "x\nerror: forged\x1b[31m\u202e.txt"
    docs = write_folder(tmp_path / "docs", {evil: REPLY, "other.txt": OTHER})
    store = tmp_path / "store"
    _build(store, docs)
    shown = _remove(store, evil)
    assert shown.exit_code == 0
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout and "\\x1b[31m\\u202e.txt" in shown.stdout
    assert not any(line.startswith("error:") for line in shown.stdout.splitlines())
    _build(store, docs)
    missing = _remove(store, evil + "\x1b", "other.txt")
    assert missing.exit_code == 5 and len(missing.stderr.splitlines()) == 1 and "\x1b" not in missing.stderr
    as_json = run("remove", evil, "--store", str(store), "--json")
    assert as_json.exit_code == 0 and "\u202e" not in as_json.stdout and "\x1b" not in as_json.stdout

    def no_constant(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    report = json.loads(as_json.stdout, parse_constant=no_constant)
    assert report["removed"][0]["file"] == evil and report["removed"][0]["folder"] == str(docs.resolve())


def test_an_older_store_without_recorded_folders_is_told_to_remove_by_name(tmp_path):
    from policykg.build import extract_files

    docs = write_folder(tmp_path / "docs", {"reply.txt": REPLY, "other.txt": OTHER})
    store = tmp_path / "store"
    with EmbeddedStore(store) as s:
        s.replace_documents(extract_files([docs])[0])  # as a build before folders were recorded wrote them
    result = _remove(store, "--folder", str(docs))
    assert result.exit_code == 5 and "2 stored documents have no recorded folder" in result.stderr
    assert "remove them by name" in result.stderr
    assert _remove(store, "reply.txt").exit_code == 0 and set(_titles(store)) == {"other.txt"}


def test_a_deleted_folders_error_line_when_building_another_says_how_to_remove_it(tmp_path):
    store = tmp_path / "store"
    a = write_folder(tmp_path / "A", {"reply.txt": REPLY, "only-a.txt": NOTICE})
    _build(store, a)
    shutil.rmtree(a)
    b = write_folder(tmp_path / "B", {"reply.txt": OTHER, "only-b.txt": NOTICE.replace("远帆", "远帆二期")})
    result = run("build", str(b), "--store", str(store))
    assert result.exit_code == 2
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    advice = f"`policykg remove --folder {a.resolve()}`"
    assert "no longer there" in line and "--replace-other-folders" in line and advice in line
    # pasting it takes out every document of the deleted folder (--replace-other-folders would leave only-a.txt)
    assert run("remove", "--folder", str(a.resolve()), "--store", str(store)).exit_code == 0
    _build(store, b)
    assert set(_titles(store)) == {"reply.txt", "only-b.txt"} and _titles(store)["reply.txt"] == OTHER.split("\n")[0]


# ----------------------------------------------------------------- the library, on each store


@pytest.fixture(params=STORES)
def any_store(request, tmp_path):
    """An empty store of each kind (Neo4j in CI): removal is the shared Cypher of both."""
    yield from seeded_store(request.param, tmp_path, [])


def test_each_store_removes_by_folder_and_by_name_as_if_never_built(any_store, tmp_path):
    store = any_store
    a = write_folder(tmp_path / "A", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    b = write_folder(tmp_path / "B", {"other.txt": OTHER, "sub/more.txt": NOTICE.replace("远帆", "远帆二期")})
    assert build([a], store, workers=1).ok and build([b], store, workers=1).ok
    with EmbeddedStore(tmp_path / "only-b") as only_b:
        assert build([b], only_b, workers=1).ok
        want = to_jsonl(only_b.snapshot())
    shutil.rmtree(a)

    refused = remove(store, files=["other.txt", "nope.txt"], folders=[a])
    assert not refused.ok and refused.removed == [] and refused.not_found == ["nope.txt"]
    assert refused.refused is not None and "nope.txt" in refused.refused
    assert len(store.snapshot().documents) == 4

    report = remove(store, folders=[a])
    assert report.ok and [d.file for d in report.removed] == ["2023/notice.txt", "reply.txt"]
    assert to_jsonl(store.snapshot()) == want
    assert store.document_folders() == dict.fromkeys(("other.txt", "sub/more.txt"), str(b.resolve()))

    by_name = remove(store, files=["sub/more.txt"])
    assert by_name.ok and [(d.file, d.title) for d in by_name.removed] == [("sub/more.txt", NOTICE.split("\n")[0])]
    assert [d.file for d in store.snapshot().documents] == ["other.txt"]
    assert SHARED in {e.name for e in store.snapshot().entities}
    assert not remove(store, files=["other.txt"]).ok  # the last document: only when confirmed
    assert remove(store, files=["other.txt"], confirmed=True).ok and store.snapshot().documents == []


def test_a_folder_whose_name_is_not_utf8_is_matched_as_it_was_recorded(tmp_path):
    parent = tmp_path / os.fsdecode(b"\xb1\xa3")  # 保 in GBK: not UTF-8
    a = write_folder(parent / "A", {"reply.txt": REPLY})
    b = write_folder(tmp_path / "B", {"other.txt": OTHER})
    with EmbeddedStore(tmp_path / "store") as store:
        assert build([a, b], store, workers=1).ok
        recorded = store.document_folders()["reply.txt"]
        assert recorded is not None and "\\xb1\\xa3" in recorded
        # the path as typed (its bytes) and as the error lines print it (\xNN) both find it, deleted or not
        assert [d.file for d in remove(store, folders=[a]).removed] == ["reply.txt"]
        assert build([a], store, workers=1).ok
        shutil.rmtree(parent)
        assert [d.file for d in remove(store, folders=[Path(recorded)]).removed] == ["reply.txt"]
        assert [d.file for d in store.snapshot().documents] == ["other.txt"]


def test_an_empty_folder_argument_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch):
    # `policykg remove --folder "$OLD"` with OLD unset: the empty path was the current folder, and its documents went
    docs = write_folder(tmp_path / "docs", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    other = write_folder(tmp_path / "other", {"other.txt": OTHER})
    store = tmp_path / "store"
    _build(store, docs, other)
    before = _jsonl(store)
    monkeypatch.chdir(docs)
    for args in (["--folder", ""], ["reply.txt", "--folder", "", "--json"]):
        result = _remove(store, *args)
        assert result.exit_code == 2 and result.stdout == "" and _jsonl(store) == before
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: --folder is empty") and "--folder ." in line
    assert _remove(store, "--folder", ".").exit_code == 0 and set(_titles(store)) == {"other.txt"}


def test_a_renamed_folder_is_refused_with_the_folders_documents_were_built_from(tmp_path):
    # the folder was renamed after it was built: the documents are matched by the old path, which the error line
    # must give (`query --name documents`, where it sent people, lists names without folders)
    a = write_folder(tmp_path / "青禾 2023", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    b = write_folder(tmp_path / "B", {"other.txt": OTHER})
    far = write_folder(tmp_path / "far" / "away", {"more.txt": NOTICE.replace("远帆", "远帆二期")})
    store = tmp_path / "store"
    _build(store, b, far, a)
    renamed = a.rename(tmp_path / "青禾 2023 旧")
    before = _jsonl(store)
    result = _remove(store, "--folder", str(renamed))
    assert result.exit_code == 5 and result.stdout == "" and _jsonl(store) == before
    (line,) = result.stderr.splitlines()
    assert f"no stored document was built from {renamed.resolve()} (" in line
    built = [str(p.resolve()) for p in (a, b, far)]
    # every folder documents were built from, the nearest to the one given first
    listed = f"documents were built from {built[0]}, {built[1]}, {built[2]}; "
    assert listed + "a folder renamed or moved since goes by its old path)" in line
    assert "policykg query --name documents" in line
    assert _remove(store, "--folder", built[0]).exit_code == 0 and set(_titles(store)) == {"other.txt", "more.txt"}


def test_a_folder_refusal_names_at_most_three_built_folders(tmp_path):
    store = tmp_path / "store"
    folders = [write_folder(tmp_path / f"d{i}", {f"n{i}.txt": NOTICE.replace("远帆", f"远帆{i}号")}) for i in range(5)]
    _build(store, *folders)
    result = _remove(store, "--folder", str(tmp_path / "d1x"))
    assert result.exit_code == 5
    shown = [str(folders[i].resolve()) for i in (1, 0, 2)]  # d1 shares most with d1x, then by name
    assert f"documents were built from {shown[0]}, {shown[1]}, {shown[2]} and 2 more;" in result.stderr


def test_a_name_not_stored_is_shown_unambiguously_with_the_stored_name_it_may_mean(tmp_path, monkeypatch):
    # names are exact (two files may differ only by case), so nothing is removed; but a name typed as a path, in
    # the other script, in full-width letters or another case gets the stored name it may mean, and a name that is
    # empty, has spaces or a comma shows where it begins and ends
    docs = write_folder(
        tmp_path / "docs",
        {"reply.txt": REPLY, "2023/notice.txt": NOTICE, "青禾市科學技術局復函.txt": REPLY, "my notes.txt": OTHER},
    )
    store = tmp_path / "store"
    _build(store, docs)
    before = _jsonl(store)
    monkeypatch.chdir(tmp_path)
    meant = {
        "./reply.txt": "reply.txt",
        "docs/2023/notice.txt": "2023/notice.txt",  # a path to the file, from where the command runs
        "2023\\notice.txt": "2023/notice.txt",
        "青禾市科学技术局复函.txt": "青禾市科學技術局復函.txt",
        "ＲＥＰＬＹ.txt": "reply.txt",
        " my notes.txt": "'my notes.txt'",
    }
    for typed, stored in meant.items():
        result = _remove(store, typed)
        assert result.exit_code == 5 and result.stdout == "" and _jsonl(store) == before
        (line,) = result.stderr.splitlines()
        shown = typed if typed.strip() == typed and " " not in typed else f"'{typed}'"
        assert f"error: not removing anything: {shown} is not stored (did you mean " in line
        assert f"(did you mean {stored}?)" in line, line
    result = _remove(store, "", "a, b.txt", "nothing.txt")
    assert result.exit_code == 5
    assert "not removing anything: '', 'a, b.txt', nothing.txt are not stored — `policykg" in result.stderr
    result = _remove(store, "./reply.txt", "nothing.txt", "2023/Notice.txt")
    assert "./reply.txt, nothing.txt, 2023/Notice.txt are not stored (did you mean reply.txt for ./reply.txt; " in (
        result.stderr
    )
    assert "; 2023/notice.txt for 2023/Notice.txt?) — `policykg query" in result.stderr
    as_json = json.loads(run("remove", "reply.txt", "./reply.txt", "--store", str(store), "--json").stdout)
    assert as_json["not_found"] == ["./reply.txt"] and as_json["did_you_mean"] == {"./reply.txt": ["reply.txt"]}
    assert _jsonl(store) == before


def test_an_empty_build_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch):
    # `policykg build "$DOCS" --prune` with DOCS unset: the empty path was the current folder, whose files were
    # built (and, with --prune, whose gone files' documents were removed) although no folder was meant
    docs = write_folder(tmp_path / "docs", {"reply.txt": REPLY, "2023/notice.txt": NOTICE})
    store = tmp_path / "store"
    _build(store, docs)
    before = _jsonl(store)
    monkeypatch.chdir(docs)
    (docs / "reply.txt").unlink()
    for args in (["", "--prune"], [str(docs), "", "--json"]):
        result = run("build", *args, "--store", str(store), "-q")
        assert result.exit_code == 2 and result.stdout == "" and _jsonl(store) == before
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: a path is empty") and "`.` is the current folder" in line
    fresh = tmp_path / "fresh"
    assert run("build", "", "--store", str(fresh)).exit_code == 2 and not fresh.exists()
