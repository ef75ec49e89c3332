"""The issuer named in the table a government portal puts above a document (政府信息公开 pages).

Replies to deputies and many notices are published with a cell table (索引号 / 发布机构 / 发文日期 …) and no issuer
line of their own. The table's issuer cell is then the only place the document says who wrote it: it names the
issuer of the document's policy, and the reply's 我局 stands for that body. The cell's label is no part of a name.
"""

from __future__ import annotations

from policykg.extract.metadata import parse_metadata
from policykg.loaders.normalize import normalize_text
from tests.extract.helpers import build, has_relation

NOTICE = (
    "索引号 000014349/2022-00056\n"
    "发文机关 上海市卫生健康委员会\n"
    "成文日期 2022年03月01日\n"
    "关于印发《上海市临床研究中心建设管理办法》的通知\n"
    "各区卫生健康委：\n"
    "现将《上海市临床研究中心建设管理办法》印发给你们，请遵照执行。\n"
)

REPLY = (
    "索引号：11440300MB2C92T/2023-00123\n"
    "发布机构：深圳市科技创新局\n"
    "发文日期：2023-05-06\n"
    "关于市人大代表建议的答复\n"
    "王某代表：\n"
    "您提出的建议收悉。我局与深圳市卫生健康委员会共同组建了深圳市临床医学研究中心。\n"
)


def _meta(text: str):
    return parse_metadata(normalize_text(text).text, "doc.txt")


def test_issuer_cell_issues_the_notices_policy() -> None:
    g = build(NOTICE)
    assert has_relation(g, "上海市卫生健康委员会", "ISSUED", "上海市临床研究中心建设管理办法")


def test_cell_label_is_no_part_of_a_name() -> None:
    g = build(NOTICE)
    assert not [e.name for e in g.entities if "发文机关" in e.name]
    assert _meta(NOTICE).title == "关于印发《上海市临床研究中心建设管理办法》的通知"


def test_reply_speaks_for_the_body_in_the_issuer_cell() -> None:
    g = build(REPLY)
    assert has_relation(g, "深圳市科技创新局", "FOUNDED", "深圳市临床医学研究中心")
    assert has_relation(g, "深圳市科技创新局", "COOPERATES_WITH", "深圳市卫生健康委员会")


def test_relative_name_in_the_cell_is_kept_as_written() -> None:
    meta = _meta("发布机构：市科技局\n发布日期：2023-01-05\n关于政协提案的答复\n张委员：\n您的提案收悉。\n")
    assert meta.issuer == "市科技局"


def test_a_cell_naming_no_body_gives_no_issuer() -> None:
    meta = _meta("发布机构：东岭新闻网\n发布日期：2023-01-05\n东岭生物医药产业园开园\n昨日，产业园正式开园。\n")
    assert meta.issuer is None


def test_national_body_opening_like_a_relative_name_is_resolved() -> None:
    meta = _meta("发布机构：市场监管总局\n发布日期：2023-01-05\n关于政协提案的答复\n张委员：\n您的提案收悉。\n")
    assert meta.issuer == "国家市场监督管理总局"
