"""One RESPONSIBLE_FOR per measure, from a built graph through the named queries (embedded store)."""

from __future__ import annotations

from policykg.graph.stores.embedded import EmbeddedStore
from policykg.queries import get_query

from .helpers import build
from .test_components import NOTICE


def _ask(store, name: str, **params):
    q = get_query(name)
    return store.run(q.text, q.bind(params)).rows


def test_who_answers_for_one_measure_and_which_measures_an_agency_answers_for(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.replace_documents([build(NOTICE, "foshan.txt")])
        first = _ask(store, "responsible_for_measure", measure="（一）", policy="佛府办〔2024〕3号")
        second = _ask(store, "responsible_for_measure", measure="公共服务平台", policy="佛府办〔2024〕3号")
        assert [r["agency"] for r in first] == ["佛山市科技局", "佛山市财政局"]  # 市… resolved to the notice's city
        assert [r["agency"] for r in second] == ["佛山市发展改革局", "佛山市科技局"]
        assert all(r["measure"].startswith("（一）支持创新药研发") for r in first)
        assert _ask(store, "responsible_for_measure", measure="（九）", policy="佛府办〔2024〕3号") == []
        every = _ask(store, "agencies_responsible_for", policy="佛府办〔2024〕3号")
        tech = [r for r in every if "科技局" in r["agency"]]
        assert len(tech) == 2  # the science bureau answers for both measures, one row each
    finally:
        store.close()
