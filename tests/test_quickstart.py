"""The first hour of a new user, with nothing but the repository: the sample corpus in
examples/, scripts/demo, the commands it suggests, look-ups in either script, the gold
guide's example, help texts and the system packages the map tests need.

Nothing here reads ../shared: these must pass on a clone of the repository alone.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.stores.embedded import EmbeddedStore
from policykg.lookup import find_entities, script_variants
from policykg.next_steps import suggest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "documents"
GOLD = REPO / "examples" / "gold"


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("sample") / "store"
    run("build", str(EXAMPLES), "--store", str(store), "--quiet")
    return store


def export(store: Path) -> list[dict]:
    return [json.loads(line) for line in run("export", "--store", str(store)).stdout.splitlines()]


# ------------------------------------------------------------------ the sample corpus


def test_sample_corpus_is_rich_enough_for_a_map(sample_store):
    rows = export(sample_store)
    docs = [r for r in rows if r["kind"] == "document"]
    relations = [r for r in rows if r["kind"] == "relation"]
    entities = [r for r in rows if r["kind"] == "entity"]
    assert len(docs) == len(list(EXAMPLES.glob("*.txt"))) >= 4
    assert len(relations) >= 36, len(relations)  # "dozens of relations"
    assert len({r["type"] for r in relations}) >= 6
    assert len(entities) >= 40
    by_file = {d["file"]: d for d in docs}
    # the genres the tool serves: a reply with 文号 and addressees, a measures notice with 责任单位
    reply = next(d for f, d in by_file.items() if f.startswith("01_"))
    assert reply["doc_number"] and reply["addressees"] and reply["doc_type"] == "reply"
    notice = next(d for f, d in by_file.items() if f.startswith("02_"))
    assert notice["doc_number"] and "若干措施" in notice["title"]
    assert sum(r["type"] == "RESPONSIBLE_FOR" for r in relations if r["doc"].startswith("02_")) >= 5


def test_the_cross_region_querys_own_example_answers_on_the_sample(sample_store):
    # a Hong Kong bureau from the tables carries no place in its name; the documents wrote 香港创新科技署
    result = run(
        "query",
        "--name",
        "cross_region_pairs",
        "-p",
        "a_region=上海",
        "-p",
        "b_region=香港",
        "--json",
        "--store",
        str(sample_store),
    )
    pairs = {(r["a"], r["b"]) for r in json.loads(result.stdout)}
    assert ("上海市科学技术委员会", "创新科技署") in pairs


def test_the_sample_duty_lists_name_no_state_council_office(sample_store):
    rows = export(sample_store)
    names = {r["id"]: r["name"] for r in rows if r["kind"] == "entity"}
    duty = {names[r["head"]] for r in rows if r["kind"] == "relation" and r["type"] == "RESPONSIBLE_FOR"}
    assert "国务院港澳事务办公室" not in duty and "上海市人民政府" not in duty


def test_sample_documents_are_invented_and_say_so():
    for path in EXAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert "policykg示例" in text or "policykg示例語料" in text, path.name


def test_traditional_reply_and_report_with_running_header(sample_store):
    rows = export(sample_store)
    legco = next(r for r in rows if r["kind"] == "document" and r["file"].startswith("04_"))
    assert legco["doc_type"] == "reply" and legco["region"] == "香港"
    report = next(r for r in rows if r["kind"] == "document" and r["file"].startswith("03_"))
    assert report["title"] == "深港生物医药协同创新研究报告（示例）"  # first line: the report has no header
    # the running header and page numbers are repaired away, not read as sentences
    evidence = [r["evidence"] for r in rows if r["kind"] == "relation" and r["doc"].startswith("03_")]
    assert evidence and not any("第 1 页" in e or "第1页" in e for e in evidence)


# ------------------------------------------------------------------ look-ups in either script


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("医管局", "医院管理局"),  # the document wrote 醫管局
        ("醫管局", "医院管理局"),
        ("特区政府", "香港特别行政区政府"),  # 特區政府
        ("立法会", "香港特别行政区立法会"),  # 立法會
        ("香港貿易發展局", "香港贸易发展局"),
        ("瑞瀾生物科技有限公司", "瑞澜生物科技有限公司"),  # Traditional typed, Simplified document
        ("市科委", "上海市科学技术委员会"),
    ],
)
def test_org_finds_either_script(sample_store, typed, expected):
    out = run("org", typed, "--store", str(sample_store)).stdout
    assert out.splitlines()[0].startswith(expected + "  ["), out


def test_script_variants_cover_both_directions():
    assert set(script_variants("医管局")) >= {"医管局", "醫管局"}
    assert set(script_variants("和黃醫藥")) >= {"和黄医药", "和黃醫藥"}
    assert "衞生署" in script_variants("卫生署") and "衛生署" in script_variants("卫生署")


def test_named_query_takes_a_name_in_either_script(sample_store):
    def rows(name: str) -> list[dict]:
        return json.loads(
            run("query", "--name", "org_links", "-p", f"name={name}", "--json", "--store", str(sample_store)).stdout
        )

    stored = rows("医院管理局")
    assert stored and rows("医管局") == stored == rows("醫管局")
    issued = json.loads(
        run(
            "query",
            "--name",
            "policies_issued_by",
            "-p",
            "agency=上海市人民政府辦公廳",
            "--json",
            "--store",
            str(sample_store),
        ).stdout
    )
    assert issued and {r["agency"] for r in issued} == {"上海市人民政府办公厅"}


def test_entity_lookup_needs_only_a_name_typed_in_either_script(sample_store):
    def found(*params: str) -> list[str]:
        args = [a for p in params for a in ("-p", p)]
        out = run("query", "--name", "entity_lookup", *args, "--json", "--store", str(sample_store)).stdout
        return [r["name"] for r in json.loads(out)]

    assert found("name=医院管理局") == ["医院管理局"]
    assert found("name=医管局") == found("name=醫管局") == ["医院管理局"]  # the document wrote 醫管局
    assert found("name=医管局", "key=医管局") == ["医院管理局"]  # a key given still works
    listed = run("queries").stdout
    assert "(key: from name)" in listed and "(labels: from measure)" in listed


def test_path_with_names_in_either_script(sample_store):
    out = run("path", "醫管局", "香港大學", "--store", str(sample_store)).stdout
    assert out.startswith("path 1 (1 hops)")
    assert "医院管理局" in out and "香港大学" in out


def test_unknown_name_still_one_line_with_suggestions(sample_store):
    result = run("org", "醫管", "--store", str(sample_store), ok=False)
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and "did you mean" in result.stderr


# ------------------------------------------------------------------ what the user sees


def test_org_without_links_says_so_plainly(tmp_path):
    doc = tmp_path / "lone.txt"
    doc.write_text("星野生物科技有限公司近日召开年度会议，回顾了过去一年的工作。\n", encoding="utf-8")
    store = tmp_path / "store"
    run("build", str(doc), "--store", str(store), "--quiet")
    name = next(r["name"] for r in export(store) if r["kind"] == "entity")
    out = run("org", name, "--store", str(store)).stdout
    assert "(no links found in the documents)" in out


def test_command_summaries_are_not_cut():
    for args in ([], ["neo4j"]):
        out = run(*args, "--help").stdout
        commands = out.split("Commands:", 1)[1]
        assert "..." not in commands and "…" not in commands, commands


@pytest.mark.parametrize("command, option", [("path", "--max-hops"), ("map", "--depth"), ("path", "--via-regions")])
def test_every_option_has_help(command, option):
    out = run(command, "--help").stdout
    # the help column follows the option and its metavar after a run of spaces, and wraps indented
    found = re.search(rf"^\s+{option}\b[^\n]*?\s{{2,}}(\S.*(?:\n\s{{20,}}\S.*)*)", out, re.M)
    assert found, out
    words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\[[^\]]*\]", "", found.group(1)))  # not just [1<=x<=10]
    assert len(words) >= 3, found.group(0)


def test_documents_without_header_are_titled_by_their_first_line(tmp_path):
    doc = tmp_path / "无标题.md"
    doc.write_text(
        "# 临港生命蓝湾观察\n\n临港生命蓝湾吸引了多家企业。星野生物科技有限公司落户临港。\n", encoding="utf-8"
    )
    store = tmp_path / "store"
    run("build", str(doc), "--store", str(store), "--quiet")
    document = next(r for r in export(store) if r["kind"] == "document")
    assert document["title"] == "临港生命蓝湾观察"


# ------------------------------------------------------------------ evaluation without ../shared


def test_eval_with_the_projects_own_guide_and_example_gold():
    guide = (REPO / "docs" / "annotating.md").read_text(encoding="utf-8")
    for key in ('"doc"', '"entities"', '"relations"', '"core"', '"aliases"'):
        assert key in guide
    assert "docs/annotating.md" in run("eval", "--help").stdout
    result = run("eval", "--gold", str(GOLD), str(EXAMPLES), "--json")
    report = json.loads(result.stdout)
    assert [d["doc"] for d in report["documents"]] == ["01_科委答复_示例.txt"]
    micro = report["micro"]
    assert 0.5 < micro["entity_f"] <= 1 and 0.3 < micro["rel_f"] <= 1
    assert "has no gold file" in result.stderr  # the other samples are named, not silently skipped


def test_example_gold_uses_the_ontology():
    from policykg.ontology import ENTITY_TYPES, RELATION_TYPES

    for gf in GOLD.glob("*.json"):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        assert (EXAMPLES / gold["doc"]).exists()
        names = {e["name"] for e in gold["entities"]}
        assert all(e["type"] in ENTITY_TYPES for e in gold["entities"])
        assert all(r["type"] in RELATION_TYPES and r["head"] in names and r["tail"] in names for r in gold["relations"])


# ------------------------------------------------------------------ next steps and scripts/demo


def test_suggested_next_steps_all_answer(sample_store, tmp_path):
    with EmbeddedStore(sample_store, create=False) as store:
        snapshot = store.snapshot()
        steps = suggest(snapshot)
        kinds = [s.args[0] for s in steps]
        assert kinds.count("org") == 2 and "path" in kinds and "query" in kinds and "map" in kinds
        other_script = next(s for s in steps if "either script" in s.why).args[1]
        # the name suggested is not stored as written: it only answers because of the script fold
        names = {n for e in snapshot.entities for n in (e.name, *e.aliases)}
        assert other_script not in names and find_entities(store, other_script)
    for step in steps:
        args = [a.replace("{out}", str(tmp_path)) for a in step.args]
        result = run(*args, "--store", str(sample_store))
        assert result.stdout.strip() and "(no rows)" not in result.stdout, (args, result.stdout)


def test_demo_counts_the_links_of_its_organisation_as_org_and_stats_do(sample_store):
    with EmbeddedStore(sample_store, create=False) as store:
        first = suggest(store.snapshot())[0]
    said = int(re.search(r"\((\d+) links\)", first.why).group(1))
    shown = json.loads(run("org", first.args[1], "--json", "--store", str(sample_store)).stdout)
    assert said == sum(shown["link_counts"].values())
    top = json.loads(run("stats", "--json", "--store", str(sample_store)).stdout)["top_actors"][0]
    assert (top["name"], top["score"]) == (first.args[1], said)


def test_docs_name_what_exists_and_the_figures_measured():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    samples = len([p for p in EXAMPLES.iterdir() if not p.name.startswith(".")])
    claimed = re.search(r"build the (\d+) sample documents", readme)
    assert claimed and int(claimed.group(1)) == samples
    help_text = run("neo4j", "import-files", "--help").stdout
    assert "far faster" not in help_text and "within 1.3x of `push`" in " ".join(help_text.split())
    assert "within 1.3× of each other" in readme
    contributing = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    files = {str(p.relative_to(REPO)) for p in REPO.rglob("*") if ".venv" not in p.parts and ".git" not in p.parts}
    for named in re.findall(r"`([\w./]+(?:\.py|/))`", contributing):
        if "/" in named.rstrip("/"):  # a path, not a lone file name
            path = named.rstrip("/")
            assert any(f == path or f.endswith("/" + path) for f in files), named


def _run_demo(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "POLICYKG_DEMO_SETUP": "0"}
    env.pop("NEO4J_URI", None)
    return subprocess.run(
        [str(REPO / "scripts" / "demo"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def _check_suggestions(stdout: str, store: Path) -> None:
    commands = [line.strip() for line in stdout.splitlines() if line.strip().startswith(".venv/bin/policykg ")]
    assert len(commands) >= 5, stdout
    for command in commands:
        argv = shlex.split(command)
        assert argv[-2:] == ["--store", str(store)]
        done = subprocess.run(
            [str(REPO / argv[0]), *argv[1:]],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            env={k: v for k, v in os.environ.items() if k != "NEO4J_URI"},
        )
        assert done.returncode == 0 and done.stdout.strip(), (command, done.stderr)


@pytest.mark.slow
@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "policykg").exists(), reason="needs scripts/setup's .venv")
def test_demo_builds_the_sample_corpus_into_its_own_store():
    result = _run_demo()
    assert result.returncode == 0, result.stderr
    store = Path("policykg-demo/examples/store")
    assert (REPO / store).is_dir() and (REPO / "policykg-demo/examples/map.html").is_file()
    assert "../shared" not in result.stdout + result.stderr
    relations = int(re.search(r"^\d+\s+\d+\s+(\d+)\s*$", result.stdout, re.M).group(1))
    assert relations >= 36
    _check_suggestions(result.stdout, store)


def _users_folder(folder: Path) -> Path:
    """A user's own folder holding one of the examples."""
    folder.mkdir()
    shutil.copy(EXAMPLES / "04_立法會答覆_示例.txt", folder)
    return folder


@pytest.mark.slow
@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "policykg").exists(), reason="needs scripts/setup's .venv")
def test_demo_puts_a_users_folder_into_a_store_of_its_own(tmp_path):
    mine = _users_folder(tmp_path / "我的文件")
    try:
        result = _run_demo(str(mine))
        assert result.returncode == 0, result.stderr
        store = Path("policykg-demo/我的文件/store")
        assert (REPO / store).is_dir()
        assert not (REPO / "policykg-data").exists() or "policykg-data" not in result.stderr
        with EmbeddedStore(REPO / store, create=False) as built:
            assert [d.file for d in built.snapshot().documents] == ["04_立法會答覆_示例.txt"]
        _check_suggestions(result.stdout, store)
    finally:
        shutil.rmtree(REPO / "policykg-demo" / "我的文件", ignore_errors=True)


def _demo_documents(store: Path) -> list[str]:
    with EmbeddedStore(store, create=False) as built:
        return sorted(d.file for d in built.snapshot().documents)


@pytest.mark.slow
@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "policykg").exists(), reason="needs scripts/setup's .venv")
def test_demo_keeps_two_corpora_whose_folders_share_a_name_apart(tmp_path):
    a = tmp_path / "corpA" / "公文"
    b = tmp_path / "corpB" / "公文"
    for folder, files in ((a, ("a.txt", "b.txt")), (b, ("a.txt",))):
        folder.mkdir(parents=True)
        for file in files:
            (folder / file).write_text(
                f"本文为虚构示例。深圳市科技创新委员会支持星河生物科技有限公司建设{folder.parent.name}{file}平台。\n",
                encoding="utf-8",
            )
    try:
        first = _run_demo(str(a))
        assert first.returncode == 0, first.stderr
        second = _run_demo(str(b))
        assert second.returncode == 0, second.stderr
        assert "policykg-demo/公文-2/" in second.stderr and str(a) in second.stderr
        assert _demo_documents(REPO / "policykg-demo/公文/store") == ["a.txt", "b.txt"]
        assert _demo_documents(REPO / "policykg-demo/公文-2/store") == ["a.txt"]
        again = _run_demo(str(a))  # the same corpus again: its own store, rebuilt in place
        assert again.returncode == 0 and "公文-3" not in again.stderr and "another corpus" not in again.stderr
        assert not (REPO / "policykg-demo/公文-3").exists()
    finally:
        for name in ("公文", "公文-2", "公文-3"):
            shutil.rmtree(REPO / "policykg-demo" / name, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "policykg").exists(), reason="needs scripts/setup's .venv")
def test_demo_reads_a_relative_path_from_the_callers_folder(tmp_path):
    mine = _users_folder(tmp_path / "材料")
    try:
        result = _run_demo("材料", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert _demo_documents(REPO / "policykg-demo/材料/store") == ["04_立法會答覆_示例.txt"]
        source = (REPO / "policykg-demo/材料/source").read_text(encoding="utf-8")
        assert source.strip() == str(mine.resolve())
        # the commands it suggests work from the caller's folder: full paths to the program and the store
        suggested = [ln.strip() for ln in result.stdout.splitlines() if " --store " in ln]
        assert suggested and all(ln.startswith(str(REPO / ".venv/bin/policykg")) for ln in suggested)
        assert all(str(REPO / "policykg-demo/材料/store") in ln for ln in suggested)
    finally:
        shutil.rmtree(REPO / "policykg-demo" / "材料", ignore_errors=True)


def test_demo_of_a_missing_folder_leaves_no_demo_folder_behind(tmp_path):
    result = _run_demo("没有这个文件夹", cwd=tmp_path)
    assert result.returncode != 0
    assert not (REPO / "policykg-demo" / "没有这个文件夹").exists()


# ------------------------------------------------------------------ system packages for the map tests


def _stub_bin(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/usr/bin/env bash\n" + script, encoding="utf-8")
    path.chmod(0o755)


def _path_with(stubs: Path) -> str:
    """PATH with the stubs first and none of chromium, chromedriver, fc-list or apt-get after them."""
    keep = stubs.parent / "sysbin"
    keep.mkdir(exist_ok=True)
    for tool in ("bash", "env", "grep", "sleep", "id", "cat", "head", "tr", "dirname"):
        found = shutil.which(tool)
        if found and not (keep / tool).exists():
            (keep / tool).symlink_to(found)
    return f"{stubs}:{keep}"


def test_system_deps_wants_a_cjk_font_even_when_chromium_is_there(tmp_path):
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    _stub_bin(stubs, "chromium", "exit 0\n")
    _stub_bin(stubs, "chromedriver", "exit 0\n")
    _stub_bin(stubs, "fc-list", "exit 0\n")  # fontconfig knows no font for :lang=zh
    script = REPO / "scripts" / "system-deps"
    env = {"PATH": _path_with(stubs), "HOME": str(tmp_path)}
    out = subprocess.run([str(script), "missing"], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["fonts-wqy-microhei"]
    _stub_bin(stubs, "fc-list", "echo 'WenQuanYi Micro Hei'\n")
    out = subprocess.run([str(script), "missing"], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == []


@pytest.mark.skipif(os.geteuid() != 0, reason="the install path runs only as root")
def test_system_deps_waits_for_the_apt_lock_then_installs(tmp_path):
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    calls = tmp_path / "calls"
    # apt-get that finds the lock held twice, then works
    _stub_bin(
        stubs,
        "apt-get",
        f"""n=$(cat {calls} 2>/dev/null || echo 0); echo $((n+1)) > {calls}
if [ "$n" -lt 2 ]; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 42 (apt)" >&2; exit 100; fi
echo "$@" >> {tmp_path}/done; exit 0
""",
    )
    env = {"PATH": _path_with(stubs), "HOME": str(tmp_path), "POLICYKG_APT_POLL": "0.1", "POLICYKG_APT_TIMEOUT": "30"}
    result = subprocess.run([str(REPO / "scripts" / "system-deps"), "install"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("waiting for another package manager") == 1
    done = (tmp_path / "done").read_text().splitlines()
    assert "update" in done[0] and "install" in done[1] and "fonts-wqy-microhei" in done[1]


@pytest.mark.skipif(os.geteuid() != 0, reason="the install path runs only as root")
def test_system_deps_gives_up_on_a_lock_held_too_long(tmp_path):
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    _stub_bin(
        stubs,
        "apt-get",
        'echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 7" >&2; exit 100\n',
    )
    env = {"PATH": _path_with(stubs), "HOME": str(tmp_path), "POLICYKG_APT_POLL": "0.1", "POLICYKG_APT_TIMEOUT": "1"}
    result = subprocess.run(
        [str(REPO / "scripts" / "system-deps"), "install"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1].startswith("error: another package manager still holds the apt lock")


def test_pyproject_license_is_an_spdx_string():
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"


def test_neo4j_local_probes_with_the_projects_venv(tmp_path):
    """The settings block of scripts/neo4j-local, run as the script runs it, picks the venv's python."""
    text = (REPO / "scripts" / "neo4j-local").read_text(encoding="utf-8")
    block = text[text.index("NEO4J_VERSION=") : text.index("MAVEN_DEPENDENCY_PLUGIN=")]
    fake_repo = tmp_path / "repo"
    (fake_repo / "scripts").mkdir(parents=True)
    (fake_repo / ".venv" / "bin").mkdir(parents=True)
    venv_python = fake_repo / ".venv" / "bin" / "python"
    venv_python.write_text("#!/bin/sh\n")
    venv_python.chmod(0o755)
    probe = fake_repo / "scripts" / "probe"
    probe.write_text(f'#!/usr/bin/env bash\nset -euo pipefail\n{block}\necho "$PYTHON"\n', encoding="utf-8")
    probe.chmod(0o755)
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    out = subprocess.run([str(probe)], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(venv_python)
    out = subprocess.run(
        [str(probe)],
        cwd=tmp_path,
        env={**env, "NEO4J_LOCAL_PYTHON": "/opt/py"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "/opt/py"
    venv_python.unlink()
    out = subprocess.run([str(probe)], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "python3"


# ------------------------------------------------------------------ the issue's own examples, on the real samples


@pytest.fixture(scope="module")
def seeds_store(seeds_dir, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("seeds") / "store"
    run("build", str(seeds_dir), "--store", str(store), "--quiet")
    return store


def test_traditional_name_on_a_simplified_graph(seeds_store):
    out = run("org", "和黃醫藥", "--store", str(seeds_store)).stdout
    name, _, _ = out.partition("  [Company]")  # the company's full registered name, in Simplified
    assert name.startswith("和记黄埔医药（") and name.endswith("）有限公司") and "\n" not in name


def test_seed_path_says_when_it_needs_a_region(seeds_store):
    out = run("path", "和黄医药", "上海市科学技术委员会", "--store", str(seeds_store), ok=False).stdout
    hops = [line for line in out.splitlines() if "-[" in line]
    assert hops, out
    through_city = any(f" {city} " in f" {h.split('(')[0]} " for h in hops[:-1] for city in ("上海",))
    # a chain through the city is printed only with the notice that nothing else connects
    assert not through_city or out.splitlines()[0] == "(only chains through a region connect these two)"
    # every hop continues from where the previous one ended: the chain reads left to right
    ends = [(h.split()[0], h.split()[2]) for h in hops]
    first_path = ends[: int(re.search(r"path 1 \((\d+) hops\)", out).group(1))]
    assert all(first_path[i][1] == first_path[i + 1][0] for i in range(len(first_path) - 1)), first_path


def test_readme_starts_from_the_repository_alone():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start") : readme.index("## What you can do")]
    assert "examples/documents" in quick and "What `../shared` is for" in quick
    assert "skipped" in quick.split("What `../shared` is for")[1]
    assert "../shared/seeds" not in quick.split("What `../shared` is for")[0]
    demo = (REPO / "scripts" / "demo").read_text(encoding="utf-8")
    assert 'docs=("$repo/examples/documents")' in demo and "docs=(../shared" not in demo
