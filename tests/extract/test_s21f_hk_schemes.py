"""Hong Kong R&D centres and innovation schemes whose names are of common words, found from the known table.

Sentences are written for this file in the Legislative Council (Simplified and Traditional) and press styles.
"""

from __future__ import annotations

import pytest

from .helpers import build, names

KNOWN = [
    ("政府表示，汽车科技研发中心今年完成了十个研发项目。", "汽车科技研发中心", "ResearchInstitute"),
    ("物流及供應鏈多元技術研發中心與本地企業合作開發追蹤系統。", "物流及供应链多元技术研发中心", "ResearchInstitute"),
    ("南湖科技有限公司透過研究人才庫聘請了兩名研究人員。", "研究人才库", "Program"),
    ("香港科技园公司的生物科技培育计划今年录取了十五家公司。", "生物科技培育计划", "Program"),
    ("數碼港創意微型基金向初創企業提供十萬元資助。", "数码港创意微型基金", "Program"),
    ("醫院管理局表示，第二個十年醫院發展計劃涵蓋多間醫院的重建。", "第二个十年医院发展计划", "Program"),
]


@pytest.mark.parametrize("text,name,type_", KNOWN)
def test_known_hong_kong_names_are_found_with_their_type(text: str, name: str, type_: str) -> None:
    found = names(build(text))
    assert name in found
    assert found[name].type == type_


def test_schemes_listed_together_are_each_found() -> None:
    g = build("香港科技园公司推出科技企业培育计划、生物科技培育计划及网络孵化计划。")
    found = names(g)
    assert {"生物科技培育计划", "网络孵化计划"} <= set(found)
