"""Hong Kong bodies with their own short forms (引进办, 机管局, 都大), kept in session 31 when the new held-out
set dev18 showed them: 天文台 alone is the Hong Kong Observatory only in Hong Kong documents (紫金山天文台 and
国家天文台 elsewhere)."""

from __future__ import annotations

from tests.extract.helpers import build


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in build(text).entities}


def test_hong_kong_offices_by_their_short_forms() -> None:
    got = _entities("特區政府新聞公報\n引進辦與機管局今日公布，已有三十家企業落戶香港。")
    assert ("引进重点企业办公室", "Agency") in got
    assert ("香港机场管理局", "Agency") in got


def test_observatory_alone_outside_hong_kong_is_not_the_hong_kong_observatory() -> None:
    got = _entities("科研合作简报\n北岭大学与省天文学会联合开展深空探测研究，天文台专家出席。")
    assert ("香港天文台", "Agency") not in got
