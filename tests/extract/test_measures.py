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


def _numbered_notice() -> str:
    lines = ["深圳市促进生物医药产业发展若干措施", "深圳市人民政府办公厅", "深府办〔2026〕5号"]
    for label in ("（一）", "(二)", "三、", "（十一）"):
        lines.append(
            f"{label}建设公共服务平台。支持星河生物科技有限公司开展研发。（责任单位：市科技创新局、市发展改革委）"
        )
    return "\n".join(lines) + "\n"


def test_a_measure_number_typed_with_ascii_brackets_or_bare_finds_that_measure_only(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.replace_documents([build(_numbered_notice(), "sz.txt")])

        def labels(measure: str) -> set[str]:
            rows = _ask(store, "responsible_for_measure", measure=measure, policy="深府办〔2026〕5号")
            return {r["measure"].split("建设", 1)[0] for r in rows}

        assert labels("(一)") == labels("（一）") == labels("一") == {"（一）"}  # not （十一）
        assert labels("十一") == {"（十一）"}
        assert labels("(二)") == {"（二）"}  # stored with full-width brackets
        assert labels("三") == labels("三、") == {"三、"}
        assert labels("公共服务平台") == {"（一）", "（二）", "三、", "（十一）"}  # words of a heading
    finally:
        store.close()
