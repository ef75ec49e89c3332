"""Script invariance: the same document written in Simplified or in Traditional gives one graph.

Users send Hong Kong Traditional, plain Traditional and Simplified text, sometimes mixed (a
Simplified reply that writes 食物及衞生局 the Hong Kong way). The pipeline normalises everything
to Simplified, so entity names, types and relations must not depend on the script a text came in.
The sentences are invented; the Traditional forms are made with OpenCC at test time.
"""

from __future__ import annotations

import opencc
import pytest

from policykg.loaders.normalize import normalize_text, to_simplified
from tests.extract.helpers import build

_S2HK = opencc.OpenCC("s2hk").convert
_S2T = opencc.OpenCC("s2t").convert
_T2S = opencc.OpenCC("t2s").convert
_CORNER = str.maketrans("“”‘’", "「」『』")

DOCS = [
    "关于推进“智慧医疗”示范项目的通知\n"
    "佛山市科学技术局与南湖大学签署合作协议，共同推进“智慧医疗”示范项目。"
    "南湖大学附属医院负责具体实施，所需经费由佛山市财政局安排。",
    "香港科技大学与医院管理局合作，在将军澳医院推行“长者健康”计划。食物及卫生局抬头一年内检讨成效。",
    "佛山市人民政府关于同意设立佛山高新技术产业开发区的批复\n"
    "市科学技术局：\n你局报来的请示收悉。经研究，同意设立佛山高新技术产业开发区，由佛山市科学技术局负责管理。",
]


def _graph(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    g = build(text)
    ents = {e.id: e for e in g.entities}
    return (
        {(e.name, e.type) for e in g.entities},
        {(ents[r.head].name, r.type, ents[r.tail].name) for r in g.relations},
    )


@pytest.mark.parametrize("doc", DOCS)
def test_hong_kong_traditional_with_corner_quotes_gives_the_simplified_graph(doc: str) -> None:
    simplified = _graph(doc)
    assert simplified[0] and simplified[1]
    assert _graph(_S2HK(doc).translate(_CORNER)) == simplified


@pytest.mark.parametrize("doc", DOCS)
def test_plain_traditional_gives_the_simplified_graph(doc: str) -> None:
    assert _graph(_S2T(doc)) == _graph(doc)


@pytest.mark.parametrize("doc", DOCS)
def test_a_plain_opencc_conversion_of_a_hong_kong_text_gives_the_same_graph(doc: str) -> None:
    """t2s keeps Hong Kong variants (衞, 枱): the result reads as Simplified with stray characters."""
    hong_kong = _S2HK(doc)
    assert _graph(_T2S(hong_kong)) == _graph(hong_kong)


def test_stray_traditional_characters_in_a_simplified_text_are_converted() -> None:
    tail = "计划为期三年，首年先在两个社区试行，其后按参与人数和评估结果逐步扩展到其他地区的公立医院。"
    mixed = "食物及衞生局与医院管理局合作，在将军澳医院推行长者健康计划，并向粵港澳大湾区推广。" + tail
    plain = "食物及卫生局与医院管理局合作，在将军澳医院推行长者健康计划，并向粤港澳大湾区推广。" + tail
    norm = normalize_text(mixed)
    assert norm.script == "simplified"
    assert norm.text == plain and norm.original == mixed
    assert _graph(mixed) == _graph(plain)


def test_simplified_characters_outside_gb2312_that_are_standard_stay() -> None:
    text = "第五届“春昇杯”青年医师创新大赛在佛山市举行，由佛山市科学技术局主办，南湖大学协办。"
    assert normalize_text(text).text == text


@pytest.mark.parametrize("word", ["抬头", "昵称", "批复", "复函", "复核", "复审"])
def test_a_word_written_out_in_traditional_comes_back_to_itself(word: str) -> None:
    assert to_simplified(_S2HK(word)) == word
    assert to_simplified(_S2T(word)) == word


@pytest.mark.parametrize(
    "text",
    [
        "香港特别行政区政府创新科技署资助香港科技大学设立联合实验室。",
        "香港特別行政區政府創新科技署資助香港科技大學設立聯合實驗室。",
    ],
)
def test_the_full_form_of_the_sar_government_stays_in_the_body_name(text: str) -> None:
    """特别 is the adverb "especially" elsewhere; in 特别行政区 it opens the name, as 特区 does."""
    ents = build(text).entities
    names = {e.name for e in ents}
    # the bureau is named by its own name (创新科技署, s25g) and keeps the flush form as an alias
    assert any("香港特别行政区政府创新科技署" in (e.name, *e.aliases) for e in ents)
    assert not any(n.startswith("行政区") for n in names)
