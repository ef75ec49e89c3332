"""China's named zones and parks from a sourced table (issue #10, facts from maintained sources).

``resources/lexicon/parks_cn.tsv`` lists the national-level new areas, the pilot free trade zones and
three of their areas, the national independent innovation demonstration zones, a few national high-tech
zones known by their usual names and Hong Kong's industrial estates, each row naming the State Council
document or the published list it comes from. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from policykg.extract import lexicon
from tests.extract.helpers import build, has_relation, names


def _parks(text: str) -> dict[str, object]:
    return {k: e for k, e in names(build(text)).items() if getattr(e, "type", None) == "Park"}


# --- a zone written by its short form, without a head word, is the zone


@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("这家芯片设计公司的总部设在雄安，明年投产。", "雄安", "河北雄安新区"),
        ("這家晶片設計公司的總部設在雄安，明年投產。", "雄安", "河北雄安新区"),
        ("不少光电子企业聚集在光谷，形成完整产业链。", "光谷", "武汉东湖新技术开发区"),
        ("多家初创企业选择落户中关村。", "中关村", "中关村科技园区"),
        ("多家初創企業選擇落戶中關村。", "中關村", "中关村科技园区"),
    ],
)
def test_short_form_names_the_zone(text: str, surface: str, canonical: str) -> None:
    parks = _parks(text)
    assert surface in parks
    assert parks[surface].name == canonical


@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("物流企业可在上海自贸区内开展保税维修。", "上海自贸区", "中国（上海）自由贸易试验区"),
        ("物流企業可在上海自貿區內開展保稅維修。", "上海自貿區", "中国（上海）自由贸易试验区"),
        ("湖北自贸试验区武汉片区新设外资企业三十家。", "湖北自贸试验区", "中国（湖北）自由贸易试验区"),
        ("海南自贸港的零关税清单再次扩大。", "海南自贸港", "海南自由贸易港"),
        ("两江新区与西咸新区的企业开展交流。", "两江新区", "重庆两江新区"),
        (
            "廣東自貿試驗區南沙片區推出多項便利措施。",
            "廣東自貿試驗區南沙片區",
            "中国（广东）自由贸易试验区广州南沙新区片区",
        ),
        ("东湖高新区的独角兽企业数量继续增长。", "东湖高新区", "武汉东湖新技术开发区"),
    ],
)
def test_usual_forms_join_the_official_name(text: str, surface: str, canonical: str) -> None:
    parks = _parks(text)
    assert surface in parks
    assert parks[surface].name == canonical


def test_hong_kong_industrial_estates() -> None:
    parks = _parks("該公司的生產線設於大埔工業邨，倉庫則在元朗工業邨。")
    assert {"大埔工業邨", "元朗工業邨"} <= set(parks)


# --- the place is a relation only where a sentence states it


def test_place_written_before_a_short_form() -> None:
    g = build("该研究院的中试基地建在北京中关村，靠近多所高校。")
    assert has_relation(g, "中关村", "LOCATED_IN", "北京")


def test_place_written_before_a_short_form_traditional() -> None:
    g = build("該研究院的中試基地建在武漢光谷，靠近多所高校。")
    assert has_relation(g, "光谷", "LOCATED_IN", "武汉")


def test_located_in_a_zone_named_by_its_short_form() -> None:
    g = build("北京云杉数据有限公司位于中关村，主营数据库软件。")
    assert has_relation(g, "北京云杉数据有限公司", "LOCATED_IN", "中关村")


def test_no_place_relation_from_the_table_alone() -> None:
    # the table knows 雄安 lies in 河北, but the sentence does not say so
    g = build("雄安新区今年新开工项目一百个。")
    assert not [r for r in g.relations if r.type == "LOCATED_IN"]


# --- a short form that runs into a road or square names the landmark, not the zone


@pytest.mark.parametrize(
    "text",
    [
        "书店开在中关村大街东侧。",
        "晚上市民在光谷广场看灯光秀。",
        "新的地铁站设在张江路口附近。",
        "書店開在中關村大街東側。",
    ],
)
def test_street_named_after_a_zone(text: str) -> None:
    assert not _parks(text)


# --- districts stay districts; an ordinary word alias needs its own city


def test_pudong_new_area_stays_a_district() -> None:
    kinds = {e.name: e.type for e in build("市政府支持浦东新区建设现代化引领区。").entities}
    assert kinds.get("浦东新区") == "Region"


def test_lake_is_no_zone_outside_its_city() -> None:
    assert not _parks("周末游客在东湖划船赏荷。")


def test_every_park_row_names_its_source() -> None:
    text = (lexicon.resources.files("policykg.resources") / "lexicon" / "parks_cn.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) >= 70
    for row in rows:
        assert len(row) == 5 and row[1] == "Park" and row[2] and row[4].strip(), row


def test_lake_alias_names_the_zone_in_its_own_city() -> None:
    g = build("武汉市人民政府关于推动东湖建设光电子产业高地的意见\n东湖要加快引进光芯片企业。")
    assert names(g).get("东湖") is not None and names(g)["东湖"].name == "武汉东湖新技术开发区"
