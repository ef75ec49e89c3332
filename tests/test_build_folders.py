"""Two folders built into one store do not replace each other's documents in silence.

A document is named by its path relative to the folder built, so ``shanghai/reply.txt`` and
``shenzhen/reply.txt`` built one after the other are both ``reply.txt``: the second build used to count
the first folder's document as changed and replace its whole graph. Each stored document now records the
folder it was built from; another folder's file of the same name with other bytes is a failure (the stored
document stays) unless ``--replace-other-folders``; the same bytes (a moved folder) are unchanged; ``--prune``
removes only documents whose files lay inside the folders built. The folder is this machine's path and
never reaches an export or a map. All text is invented.
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

from policykg.build import build, extract_files
from policykg.cli import main
from policykg.graph.readwrite.export import to_jsonl
from policykg.graph.stores.embedded import EmbeddedStore

SHANGHAI_REPLY = (
    "上海市青禾委员会关于支持明湖制药有限公司建设中试平台的复函\n\n明湖制药有限公司：\n"
    "明湖制药有限公司与西山理工大学共建中试平台。上海市青禾委员会支持明湖制药有限公司建设生物药中试平台。\n"
)
SHENZHEN_REPLY = (
    "深圳市科技创新委员会关于支持星河生物科技有限公司的复函\n\n星河生物科技有限公司：\n"
    "星河生物科技有限公司与东岸医科大学共建联合实验室。深圳市科技创新委员会支持星河生物科技有限公司建设细胞治疗公共服务平台。\n"
)
SHANGHAI_NOTICE = (
    "上海市青禾委员会关于印发青禾园区扶持办法的通知\n\n上海市青禾委员会支持远帆医疗器械有限公司建设检测平台。\n"
)
SHENZHEN_NOTICE = (
    "深圳市科技创新委员会关于印发湾畔园区扶持办法的通知\n\n深圳市科技创新委员会支持南岭基因技术有限公司建设测序平台。\n"
)
EDITED_REPLY = SHANGHAI_REPLY + "上海市青禾委员会支持明湖制药有限公司与北江大学共建联合实验室。\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _shanghai(root: Path) -> Path:
    return write_folder(root / "shanghai", {"reply.txt": SHANGHAI_REPLY, "2023/notice.txt": SHANGHAI_NOTICE})


def _shenzhen(root: Path) -> Path:
    return write_folder(root / "shenzhen", {"reply.txt": SHENZHEN_REPLY, "2023/notice.txt": SHENZHEN_NOTICE})


def _build(folder: Path, store: Path, *extra: str) -> tuple[int, dict, str]:
    result = run("build", str(folder), "--store", str(store), "--json", *extra)
    return result.exit_code, json.loads(result.stdout), result.stderr


def _links(store: Path, name: str) -> set[tuple[str, str]]:
    """(relation, other end) of every link of ``name``, as ``org`` shows them; empty if the name is not stored."""
    result = run("org", name, "--store", str(store), "--json")
    if result.exit_code != 0:
        return set()
    links = json.loads(result.stdout)["links"]
    return {(link["relation"], link["other"]) for group in links.values() for link in group}


def _titles(store: Path) -> dict[str, str]:
    rows = [json.loads(line) for line in run("export", "--store", str(store)).stdout.splitlines()]
    return {r["file"]: r["title"] for r in rows if r["kind"] == "document"}


def test_another_folders_file_of_the_same_name_is_refused_and_the_stored_one_kept(tmp_path):
    store = tmp_path / "store"
    shanghai, shenzhen = _shanghai(tmp_path), _shenzhen(tmp_path)
    assert _build(shanghai, store)[0] == 0
    links_before = _links(store, "明湖制药有限公司")
    assert ("COOPERATES_WITH", "西山理工大学") in links_before

    code, report, stderr = _build(shenzhen, store)
    assert code == 2
    assert {f["file"] for f in report["failed"]} == {"reply.txt", "2023/notice.txt"}
    assert report["added"] == report["changed"] == report["unchanged"] == 0
    line = next(line for line in stderr.splitlines() if "reply.txt" in line)
    assert line.startswith("error: ") and str(shenzhen / "reply.txt") in line
    assert str(shanghai.resolve()) in line and "--replace-other-folders" in line and str(tmp_path.resolve()) in line
    # the first folder's documents, entities and relations are all still there
    assert _titles(store) == {
        "reply.txt": SHANGHAI_REPLY.split("\n")[0],
        "2023/notice.txt": SHANGHAI_NOTICE.split("\n")[0],
    }
    assert _links(store, "明湖制药有限公司") == links_before
    assert _links(store, "星河生物科技有限公司") == set()

    code, report, _ = _build(shenzhen, store, "--replace-other-folders")
    assert code == 0 and report["changed"] == 2 and not report["failed"]
    assert _titles(store)["reply.txt"] == SHENZHEN_REPLY.split("\n")[0]
    assert ("SUPPORTS", "深圳市科技创新委员会") in _links(store, "星河生物科技有限公司")
    assert _links(store, "明湖制药有限公司") == set()
    # the replacing folder is now the documents' own: building it again is unchanged, the first one is refused
    assert _build(shenzhen, store)[1]["unchanged"] == 2
    assert _build(shanghai, store)[0] == 2


def test_the_other_files_of_the_folder_still_build(tmp_path):
    store = tmp_path / "store"
    assert _build(_shanghai(tmp_path), store)[0] == 0
    shenzhen = _shenzhen(tmp_path)
    (shenzhen / "own.txt").write_text(SHENZHEN_NOTICE.replace("湾畔", "鹏城"), encoding="utf-8")
    code, report, _ = _build(shenzhen, store)
    assert code == 2 and report["added"] == 1 and len(report["failed"]) == 2
    assert set(_titles(store)) == {"reply.txt", "2023/notice.txt", "own.txt"}


def test_a_moved_folder_is_unchanged_and_then_its_own(tmp_path):
    store = tmp_path / "store"
    first = _shanghai(tmp_path / "x")
    assert _build(first, store)[0] == 0
    exported = run("export", "--store", str(store)).stdout
    moved = tmp_path / "y" / "renamed"
    shutil.move(first, moved)
    code, report, stderr = _build(moved, store)
    assert code == 0 and report["unchanged"] == 2 and not report["failed"] and "error" not in stderr
    assert run("export", "--store", str(store)).stdout == exported
    # its folder was recorded: an edit there is an ordinary change, not another folder's file
    (moved / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    code, report, _ = _build(moved, store)
    assert code == 0 and report["changed"] == 1 and report["unchanged"] == 1


def test_an_edited_file_in_the_same_folder_is_changed_and_a_rebuild_unchanged(tmp_path):
    store = tmp_path / "store"
    shanghai = _shanghai(tmp_path)
    assert _build(shanghai, store)[1]["added"] == 2
    assert _build(shanghai, store)[1]["unchanged"] == 2
    (shanghai / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    code, report, _ = _build(shanghai, store)
    assert code == 0 and report["changed"] == 1 and report["unchanged"] == 1
    assert ("COOPERATES_WITH", "北江大学") in _links(store, "明湖制药有限公司")
    exported = run("export", "--store", str(store)).stdout
    assert _build(shanghai, store)[1]["unchanged"] == 2
    assert run("export", "--store", str(store)).stdout == exported


def test_a_file_given_by_name_belongs_to_its_folder(tmp_path):
    store = tmp_path / "store"
    shanghai = _shanghai(tmp_path)
    assert _build(shanghai / "reply.txt", store)[1]["added"] == 1
    (shanghai / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    code, report, _ = _build(shanghai, store)
    assert code == 0 and report["changed"] == 1 and report["added"] == 1


def test_prune_from_another_folder_keeps_the_first_folders_documents(tmp_path):
    store = tmp_path / "store"
    shanghai = _shanghai(tmp_path)
    assert _build(shanghai, store)[0] == 0
    other = write_folder(tmp_path / "other", {"elsewhere.txt": SHENZHEN_NOTICE})
    code, report, stderr = _build(other, store, "--prune")
    # before, this removed both of shanghai's documents (2 gone, 1 found: it asked for --yes)
    assert code == 0 and report["added"] == 1 and report["removed"] == 0 and "not pruning" not in stderr
    assert set(_titles(store)) == {"reply.txt", "2023/notice.txt", "elsewhere.txt"}
    # in its own folder, a deleted file is still pruned
    (shanghai / "2023" / "notice.txt").unlink()
    code, report, _ = _build(shanghai, store, "--prune")
    assert code == 0 and report["removed"] == 1
    assert set(_titles(store)) == {"reply.txt", "elsewhere.txt"}


def test_building_the_common_parent_with_prune_keeps_both_folders_under_new_names(tmp_path):
    store = tmp_path / "store"
    parent = tmp_path / "docs"
    assert _build(_shanghai(parent), store)[0] == 0
    assert _build(_shenzhen(parent), store)[0] == 2  # refused: the advice is to build the common parent
    code, report, _ = _build(parent, store, "--prune")
    assert code == 0 and report["added"] == 4 and report["removed"] == 2
    assert set(_titles(store)) == {
        "shanghai/reply.txt",
        "shanghai/2023/notice.txt",
        "shenzhen/reply.txt",
        "shenzhen/2023/notice.txt",
    }
    assert _links(store, "明湖制药有限公司") and _links(store, "星河生物科技有限公司")


def test_a_store_without_recorded_folders_refuses_nothing_and_records_them(tmp_path):
    store_path = tmp_path / "store"
    shanghai, shenzhen = _shanghai(tmp_path), _shenzhen(tmp_path)
    graphs, failures = extract_files([shanghai])
    assert not failures and all(g.document.folder is None for g in graphs)
    with EmbeddedStore(store_path) as store:
        store.replace_documents(graphs)  # as a build before folders were recorded wrote them
        assert store.document_folders() == {"reply.txt": None, "2023/notice.txt": None}
    code, report, _ = _build(shenzhen, store_path)
    assert code == 0 and report["changed"] == 2  # as before: no folder to tell them apart
    assert _build(shanghai, store_path)[0] == 2  # the folder is recorded now
    with EmbeddedStore(store_path) as store:
        assert set(store.document_folders().values()) == {str(shenzhen.resolve())}


def test_an_unchanged_document_of_an_older_store_gets_its_folder_without_being_rewritten(tmp_path):
    store_path = tmp_path / "store"
    shanghai = _shanghai(tmp_path)
    with EmbeddedStore(store_path) as store:
        store.replace_documents(extract_files([shanghai])[0])
    code, report, _ = _build(shanghai, store_path)
    assert code == 0 and report["unchanged"] == 2
    with EmbeddedStore(store_path) as store:
        assert set(store.document_folders().values()) == {str(shanghai.resolve())}


def _every_export(store: Path, out: Path) -> dict[str, bytes]:
    out.mkdir()
    for fmt in ("jsonl", "ttl", "jsonld", "graphml", "gexf"):
        assert run("export", "--store", str(store), "--format", fmt, "-o", str(out / f"graph.{fmt}")).exit_code == 0
    assert run("export", "--store", str(store), "--format", "csv", "-o", str(out / "csv")).exit_code == 0
    assert run("map", "--store", str(store), "-o", str(out / "map.html")).exit_code == 0
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_exports_and_maps_are_the_same_bytes_whichever_folder_was_built(tmp_path):
    one, two = tmp_path / "x" / "A", tmp_path / "y" / "deeper" / "A"
    write_folder(one, {"reply.txt": SHANGHAI_REPLY, "2023/notice.txt": SHANGHAI_NOTICE})
    shutil.copytree(one, two)
    assert _build(one, tmp_path / "s1")[0] == 0 and _build(two, tmp_path / "s2")[0] == 0
    first, second = _every_export(tmp_path / "s1", tmp_path / "o1"), _every_export(tmp_path / "s2", tmp_path / "o2")
    assert len(first) >= 7 and first == second
    assert not any(str(tmp_path).encode() in data for data in first.values())


def test_a_folder_whose_name_is_not_utf8_is_recorded_as_text(tmp_path):
    parent = tmp_path / os.fsdecode(b"\xb1\xa3")  # 保 in GBK: not UTF-8
    store = tmp_path / "store"
    shanghai = _shanghai(parent)
    code, report, _ = _build(shanghai, store)
    assert code == 0 and report["added"] == 2
    with EmbeddedStore(store) as s:
        assert set(s.document_folders().values()) == {str(tmp_path.resolve()) + "/\\xb1\\xa3/shanghai"}
    assert _build(shanghai, store)[1]["unchanged"] == 2


@pytest.fixture(params=STORES)
def any_store(request, tmp_path):
    """An empty store of each kind (Neo4j in CI): the folder statements are the shared Cypher of both."""
    yield from seeded_store(request.param, tmp_path, [])


def test_each_store_records_folders_and_keeps_them_out_of_snapshots(any_store, tmp_path):
    store = any_store
    shanghai, shenzhen = _shanghai(tmp_path), _shenzhen(tmp_path)
    first = build([shanghai], store, workers=1)
    assert first.ok and len(first.added) == 2
    assert store.document_folders() == dict.fromkeys(("reply.txt", "2023/notice.txt"), str(shanghai.resolve()))
    kept = to_jsonl(store.snapshot())
    refused = build([shenzhen], store, workers=1)
    assert not refused.ok and {f.file for f in refused.failed} == {"reply.txt", "2023/notice.txt"}
    assert to_jsonl(store.snapshot()) == kept
    store.record_folders({"reply.txt": "/elsewhere"})
    assert store.document_folders()["reply.txt"] == "/elsewhere" and to_jsonl(store.snapshot()) == kept
    assert "elsewhere" not in kept and str(tmp_path) not in kept
    replaced = build([shenzhen], store, workers=1, replace_other_folders=True)
    assert replaced.ok and sorted(replaced.changed) == ["2023/notice.txt", "reply.txt"]
    assert set(store.document_folders().values()) == {str(shenzhen.resolve())}
    pruned = build([write_folder(tmp_path / "third", {"other.txt": SHANGHAI_NOTICE})], store, workers=1, prune=True)
    assert pruned.ok and pruned.removed == [] and len(store.snapshot().documents) == 3


def test_prune_from_a_subfolder_keeps_the_old_name_of_a_file_it_could_not_build(tmp_path):
    """``build A`` then ``build A/sub --prune``: A/sub/reply.txt is ``sub/reply.txt`` in the store and ``reply.txt``
    in this build, where A's own reply.txt holds the name, so it is refused. Prune removed ``sub/reply.txt`` as
    gone although its file was there and its new name was not stored: A/sub/reply.txt was in no document."""
    store = tmp_path / "store"
    top = write_folder(tmp_path / "A", {"reply.txt": SHANGHAI_REPLY, "sub/reply.txt": SHENZHEN_REPLY})
    assert _build(top, store)[0] == 0
    code, report, _ = _build(top / "sub", store, "--prune")
    assert code == 2 and [f["file"] for f in report["failed"]] == ["reply.txt"] and report["removed"] == 0
    assert _titles(store) == {
        "reply.txt": SHANGHAI_REPLY.split("\n")[0],
        "sub/reply.txt": SHENZHEN_REPLY.split("\n")[0],
    }
    # a file of the subfolder built under its new name does leave its old one
    (top / "reply.txt").unlink()
    code, report, _ = _build(top / "sub", store, "--prune", "--replace-other-folders")
    assert code == 0 and report["removed"] == 1
    assert _titles(store) == {"reply.txt": SHENZHEN_REPLY.split("\n")[0]}


def test_prune_with_a_file_given_removes_only_the_documents_of_its_folder_whose_files_are_gone(tmp_path):
    """``build A/reply.txt --prune`` reads one file, not its folder: A's other files are not found but still
    there. README promises --prune removes only documents whose files "are no longer there"; it removed them
    all (here 2023/notice.txt, whose file was untouched), exit 0."""
    store = tmp_path / "store"
    shanghai = _shanghai(tmp_path)
    assert _build(shanghai, store)[0] == 0
    code, report, stderr = _build(shanghai / "reply.txt", store, "--prune")
    assert code == 0 and report["unchanged"] == 1 and report["removed"] == 0, stderr
    assert set(_titles(store)) == {"reply.txt", "2023/notice.txt"}
    # a file of that folder that is gone is still pruned
    (shanghai / "2023" / "notice.txt").unlink()
    code, report, _ = _build(shanghai / "reply.txt", store, "--prune")
    assert code == 0 and report["removed"] == 1 and set(_titles(store)) == {"reply.txt"}
    # and one found by this build under another name leaves its old name (as when a folder is read whole)
    write_folder(shanghai, {"2023/notice.txt": SHANGHAI_NOTICE})
    assert _build(shanghai, store)[1]["added"] == 1
    code, report, _ = _build(shanghai / "2023" / "notice.txt", store, "--prune")
    assert code == 0 and report["added"] == 1 and report["removed"] == 1
    assert set(_titles(store)) == {"reply.txt", "notice.txt"}


def test_a_parent_folder_built_after_its_subfolder_takes_the_names_the_subfolder_held(tmp_path):
    """``build A/sub`` then ``build A``: A/reply.txt is named ``reply.txt``, which the store held from A/sub.
    It was refused with the advice to build the common parent, A, the folder just built: pasting it failed
    again, A/reply.txt was never built and A/sub/reply.txt was stored twice. A file of a folder this build
    reads is found again under its new name (or is gone), so the name may be taken without losing it."""
    store = tmp_path / "store"
    top = write_folder(tmp_path / "A", {"reply.txt": SHANGHAI_REPLY, "sub/reply.txt": SHENZHEN_REPLY})
    assert _build(top / "sub", store)[0] == 0
    code, report, stderr = _build(top, store, "--prune")
    assert code == 0 and not report["failed"] and "error" not in stderr
    assert _titles(store) == {
        "reply.txt": SHANGHAI_REPLY.split("\n")[0],
        "sub/reply.txt": SHENZHEN_REPLY.split("\n")[0],
    }
    with EmbeddedStore(store) as s:
        assert set(s.document_folders().values()) == {str(top.resolve())}
    assert _build(top, store)[1]["unchanged"] == 2
    # a file given by name does not read its folder: the subfolder's document keeps its name
    (top / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert _build(top / "sub", fresh)[0] == 0
    assert _build(top / "reply.txt", fresh)[0] == 2


def _error_line(stderr: str, name: str) -> str:
    return next(line for line in stderr.splitlines() if line.startswith("error: ") and name in line)


def test_a_renamed_folder_with_an_edit_is_told_to_replace_not_to_build_a_parent(tmp_path):
    """The folder a name is stored from is gone (renamed, with an edit): the line advised building the common
    parent of the old and new place, which renames every document (and may be the home folder or /)."""
    store = tmp_path / "store"
    first = _shanghai(tmp_path / "x")
    assert _build(first, store)[0] == 0
    renamed = tmp_path / "y" / "renamed"
    shutil.move(first, renamed)
    (renamed / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    code, report, stderr = _build(renamed, store)
    assert code == 2 and report["unchanged"] == 1
    line = _error_line(stderr, "reply.txt")
    assert str(first.resolve()) in line and "no longer there" in line and "--replace-other-folders" in line
    assert "common parent" not in line
    code, report, _ = _build(renamed, store, "--replace-other-folders")
    assert code == 0 and report["changed"] == 1


def test_the_common_parent_is_not_advised_when_it_is_the_home_folder_or_above(tmp_path, monkeypatch):
    store = tmp_path / "store"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    home = tmp_path / "home"
    assert _build(_shanghai(home), store)[0] == 0
    code, _, stderr = _build(_shenzhen(home), store)
    line = _error_line(stderr, "reply.txt")
    assert code == 2 and "common parent" not in line and "another store" in line and "--replace-other-folders" in line
    # below the home folder it is advised, and pasting it works
    assert _build(_shanghai(home / "docs"), store, "--replace-other-folders")[0] == 0
    code, _, stderr = _build(_shenzhen(home / "docs"), store)
    assert code == 2 and f"build their common parent {(home / 'docs').resolve()} " in _error_line(stderr, "reply.txt")
    assert _build(home / "docs", store, "--prune")[0] == 0


def test_a_file_still_in_a_folder_whose_name_is_not_utf8_is_not_called_gone(tmp_path):
    parent = tmp_path / os.fsdecode(b"\xb1\xa3")
    store = tmp_path / "store"
    assert _build(_shanghai(parent), store)[0] == 0
    code, _, stderr = _build(_shenzhen(tmp_path), store)
    line = _error_line(stderr, "reply.txt")
    assert code == 2 and "\\xb1\\xa3/shanghai" in line and "no longer there" not in line and "common parent" in line


def test_a_subfolder_given_before_its_folder_does_not_push_out_the_folders_file(tmp_path):
    """``build A`` then ``build A/sub A``: A/sub/reply.txt is named ``reply.txt`` first, A's own reply.txt then
    fails as a second file of that name; A's stored ``reply.txt`` must stay A's, not become A/sub's."""
    store = tmp_path / "store"
    top = write_folder(tmp_path / "A", {"reply.txt": SHANGHAI_REPLY, "sub/reply.txt": SHENZHEN_REPLY})
    assert _build(top, store)[0] == 0
    result = run("build", str(top / "sub"), str(top), "--store", str(store), "--json", "--prune")
    assert result.exit_code == 2 and json.loads(result.stdout)["removed"] == 0
    assert _titles(store) == {
        "reply.txt": SHANGHAI_REPLY.split("\n")[0],
        "sub/reply.txt": SHENZHEN_REPLY.split("\n")[0],
    }


def test_each_store_renames_a_subfolders_documents_when_its_folder_is_built(any_store, tmp_path):
    """The sub-folder flows above through the library, on each store (Neo4j in CI)."""
    store = any_store
    top = write_folder(tmp_path / "A", {"reply.txt": SHANGHAI_REPLY, "sub/reply.txt": SHENZHEN_REPLY})
    assert build([top / "sub"], store, workers=1).ok
    parent = build([top], store, workers=1, prune=True)
    assert parent.ok and parent.changed == ["reply.txt"] and parent.added == ["sub/reply.txt"]
    assert store.document_folders() == dict.fromkeys(("reply.txt", "sub/reply.txt"), str(top.resolve()))
    (top / "sub" / "reply.txt").write_text(EDITED_REPLY, encoding="utf-8")
    refused = build([top / "sub"], store, workers=1, prune=True)
    assert [f.file for f in refused.failed] == ["reply.txt"] and refused.removed == []
    assert {d.file for d in store.snapshot().documents} == {"reply.txt", "sub/reply.txt"}
