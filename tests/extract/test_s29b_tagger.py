"""People the rules miss, from the LAC tagger, on by default at a small budget (session s29b).

- a person named with no title the rules know, before others the text only counts (某某等3位代表);
- a person with a surname outside the finder's table, after a title (处长糜某某);
- words the tagger misreads as names (顶格 of 顶格给予支持) stay words.
"""

from __future__ import annotations

import pytest

from policykg.extract.components import tagger
from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


@pytest.fixture(autouse=True)
def _default_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICYKG_TAGGER_BUDGET", raising=False)
    tagger.clear_cache()


def test_a_deputy_named_before_counted_others_is_a_person() -> None:
    text = "合肥市科技局：\n柯晓岚等3位代表提出的《关于支持东岭大学建设实验动物中心的建议》收悉，现答复如下。"
    assert "柯晓岚" in _people(text)


def test_a_name_with_a_rarer_surname_after_a_title_is_a_person() -> None:
    assert "糜立峰" in _people("东岭大学成果转化处处长糜立峰出席活动并致辞。")


def test_words_the_tagger_reads_as_names_stay_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "400")
    assert "顶格" not in _people("对符合条件的项目按规定顶格给予支持，局长表示将加快落实。")
    assert "顶格" not in _people("省里将顶格推进工业互联网建设，厅长指出要加强统筹。")


def test_the_budget_switches_the_tagger_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "0")
    assert "糜立峰" not in _people("东岭大学成果转化处处长糜立峰出席活动并致辞。")


def test_the_model_runs_in_one_thread() -> None:
    model = tagger._model()
    assert model is not None
    assert model._session.get_session_options().intra_op_num_threads == 1
