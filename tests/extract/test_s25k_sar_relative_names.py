"""Short forms that Hong Kong and Macao both use for their own bodies (中联办, 特区政府, 行政长官): a document set in
Macao means Macao's body, one set in Hong Kong (or anywhere else) keeps meaning Hong Kong's, as before."""

from __future__ import annotations

from tests.extract.helpers import build

_MACAO = (
    "澳門特區政府新聞局消息\n\n"
    "行政長官今日出席澳門南湖科技周開幕禮，並與澳門東嶺大學校長會面。"
    "中聯辦經濟部副部長及特區政府多名官員亦有出席。"
)


def _names(text: str) -> set[str]:
    """Every entity name the pipeline finds in ``text``."""
    return {e.name for e in build(text).entities}


def test_macao_document_means_macaos_bodies() -> None:
    found = _names(_MACAO)
    assert "中央人民政府驻澳门特别行政区联络办公室" in found
    assert "澳门特别行政区政府" in found
    assert "澳门特别行政区行政长官" in found
    assert not any(n.startswith(("香港特别行政区", "中央人民政府驻香港")) for n in found)


def test_hong_kong_document_keeps_hong_kongs_bodies() -> None:
    found = _names(_MACAO.replace("澳門", "香港"))
    assert "中央人民政府驻香港特别行政区联络办公室" in found
    assert "香港特别行政区政府" in found
    assert "澳门特别行政区政府" not in found


def test_sar_government_counts_for_the_sar_the_text_names_more() -> None:
    text = (
        "澳門特區政府新聞局消息\n\n"
        "特區政府今日與香港東嶺大學及澳門南湖大學簽署合作協議，中聯辦副主任出席。"
        "特區政府表示，澳門將加強與香港的合作，本澳青年可受惠。"
    )
    found = _names(text)
    assert "中央人民政府驻澳门特别行政区联络办公室" in found
    assert "澳门特别行政区政府" in found
