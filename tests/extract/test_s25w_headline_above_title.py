"""A portal's headline above a notice's own title (gov.cn layout: headline, title, 文号) is not part of the title."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

_NOTICE = """科技部批准建设东岭生物安全国家重点实验室

科技部关于批准建设东岭生物安全国家重点实验室的通知

国科发基〔2031〕12号

卫生健康委：

经专家评审，科技部决定批准建设东岭生物安全国家重点实验室。

特此通知。
"""

_BROKEN_AFTER_ISSUERS = """科技部 国家卫生健康委
财政部关于开展东岭临床研究试点工作的通知

国科发社〔2031〕7号

各有关单位：

现就有关事项通知如下。
"""


def test_the_title_starts_at_the_issuer_line_not_at_the_headline() -> None:
    g = build(_NOTICE)
    title = "科技部关于批准建设东岭生物安全国家重点实验室的通知"
    assert title in names(g)
    assert not any(n.startswith("科技部批准建设") and n.endswith("的通知") for n in names(g))
    assert has_relation(g, "科技部", "ISSUED", title)


def test_a_title_broken_after_its_issuers_stays_whole() -> None:
    g = build(_BROKEN_AFTER_ISSUERS)
    assert g.document.title.startswith("科技部")
    assert g.document.title.endswith("关于开展东岭临床研究试点工作的通知")
