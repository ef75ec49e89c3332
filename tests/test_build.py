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
