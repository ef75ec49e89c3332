"""A news release's headline stays a line of its own (s29l): without a wrap column, a first line that is followed
by a wider paragraph line was not broken by wrapping, so the body's first name does not run on from the headline."""

from __future__ import annotations

from policykg.loaders.normalize import normalize_text
from tests.extract.helpers import build

_HEADLINE = "東岭大學感謝王大文先生及基金會捐助三千萬元提升南湖健康科學研究所科研空間及設施"
_BODY = (
    "東岭大學醫學院獲王大文先生及基金會慷慨捐助三千萬元，優化南湖健康科學研究所的科研及實驗室空間，"
    "並擴充及提升動物實驗設施，工程將於明年年底前完工，以滿足醫學科研發展的需求。"
)


def test_headline_above_a_wider_paragraph_is_not_glued_to_it() -> None:
    text = normalize_text(_HEADLINE + "\n" + _BODY).text
    assert "设施\n东岭大学医学院" in text


def test_body_name_after_the_headline_does_not_start_in_the_headline() -> None:
    g = build(_HEADLINE + "\n" + _BODY)
    assert "东岭大学医学院" in {e.name for e in g.entities}
    assert not any(e.name.startswith("南湖健康科学研究所科研") for e in g.entities)


def test_a_wrapped_first_line_still_joins_the_next() -> None:
    # a hard-wrapped paragraph: the first line is as wide as the next, so the two are one sentence
    first = "为帮助南湖市的药械企业做大做强，南湖市里决定拿出一笔钱设立扶持资金，支持"
    second = "企业开展新药研发和临床试验。"
    text = normalize_text(first + "\n" + second).text
    assert "支持企业" in text
