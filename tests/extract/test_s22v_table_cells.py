"""Tables laid out with runs of spaces, full-width spaces or ``|`` keep their cells.

Text copied from web pages and PDFs often lays a list of recognised bodies out in columns
(名称 / 依托高校 / 所在地). Normalisation removes spaces next to Chinese characters, which glued
those cells into one long name; a column gap now becomes a tab, as in a tab-separated table.
A single space inside running text (PDF letter-spacing, wrapped lines) is still removed.
"""

from __future__ import annotations

from policykg.loaders.normalize import normalize_text
from tests.extract.helpers import build, names

TITLE = "南湖市科学技术局关于公布南湖市大学科技园名单的通知\n\n经评审，现将认定的大学科技园名单公布如下。\n\n"


def _cells_found(table: str) -> None:
    g = build(TITLE + table)
    found = names(g)
    for name in ("东岭大学科技园", "东岭大学", "南湖理工大学科技园", "南湖理工大学"):
        assert name in found, (name, sorted(found))
    assert "东岭大学科技园东岭大学" not in found
    assert "南湖理工大学科技园南湖理工大学" not in found


def test_columns_of_ascii_spaces_stay_apart() -> None:
    _cells_found(
        "序号  名称                依托高校        所在地\n"
        "1     东岭大学科技园      东岭大学        南湖市东岭区\n"
        "2     南湖理工大学科技园  南湖理工大学    南湖市西城区\n"
    )


def test_columns_of_full_width_spaces_stay_apart() -> None:
    _cells_found(
        "名称\u3000\u3000依托高校\n东岭大学科技园\u3000\u3000东岭大学\n南湖理工大学科技园\u3000\u3000南湖理工大学\n"
    )


def test_pipe_table_with_alignment_row() -> None:
    _cells_found(
        "| 名称 | 依托高校 |\n|---|:---:|\n| 东岭大学科技园 | 东岭大学 |\n| 南湖理工大学科技园 | 南湖理工大学 |\n"
    )


def test_column_gap_becomes_a_tab_and_the_alignment_row_goes() -> None:
    text = normalize_text("名称|依托单位\n|---|---|\n东岭临床医学研究中心|南湖医科大学附属东岭医院\n").text
    assert text.split("\n") == ["名称\t依托单位", "东岭临床医学研究中心\t南湖医科大学附属东岭医院"]
    spaced = normalize_text("名称      依托单位\n东岭临床医学研究中心  南湖医科大学附属东岭医院\n").text
    assert spaced.split("\n") == ["名称\t依托单位", "东岭临床医学研究中心\t南湖医科大学附属东岭医院"]


def test_one_cell_a_line_with_row_numbers_becomes_rows() -> None:
    table = (
        "序号\n中心名称\n依托单位\n"
        "1\n南湖市东岭心血管临床医学研究中心\n南湖医科大学附属东岭医院\n"
        "2\n南湖市西城呼吸疾病临床医学研究中心\n东岭大学附属南湖人民医院\n"
        "3\n南湖市北山肿瘤临床医学研究中心\n南湖市北山区第一人民医院\n"
    )
    text = normalize_text(TITLE + table).text
    assert "序号\t中心名称\t依托单位" in text
    assert "2\t南湖市西城呼吸疾病临床医学研究中心\t东岭大学附属南湖人民医院" in text
    found = names(build(TITLE + table))
    assert "南湖市东岭心血管临床医学研究中心" in found
    assert "南湖医科大学附属东岭医院" in found


def test_responsible_column_laid_out_with_spaces_is_read() -> None:
    g = build(
        "南湖市人民政府办公室关于印发南湖市促进生物医药产业发展若干措施的通知\n\n"
        "各区人民政府，市政府各部门：\n\n现将本措施发给各单位，请遵照落实。\n\n"
        "序号    重点任务                    责任单位\n"
        "1       建设东岭生物医药创新中心    市科技局、市发展改革委\n"
    )
    by = names(g)
    assert "市科技局" in by
    assert any(r.type == "RESPONSIBLE_FOR" and r.head == by["市科技局"].id for r in g.relations)


def test_letter_spacing_and_single_spaces_are_still_removed() -> None:
    text = normalize_text("关  于  印  发\n东岭 大学与南湖 市人民政府签订合作协议。\n王  芳\n").text
    assert "关于印发" in text
    assert "东岭大学与南湖市人民政府签订合作协议。" in text
    assert "王芳" in text
    assert "\t" not in text


def test_prose_with_a_double_space_is_not_a_table() -> None:
    text = normalize_text("东岭大学  与南湖市人民政府签订合作协议，共建创新平台。\n").text
    assert text.startswith("东岭大学与南湖市人民政府签订合作协议，")


def test_one_cell_a_line_without_numbers_is_not_glued() -> None:
    table = (
        "名称\n依托单位\n国家东岭临床医学研究中心\n南湖医科大学附属东岭医院\n"
        "国家南湖临床医学研究中心\n东岭大学南湖医院\n国家北山临床医学研究中心\n东岭大学北山医院\n"
    )
    found = names(build(TITLE + table))
    assert "国家东岭临床医学研究中心" in found
    assert "南湖医科大学附属东岭医院" in found
    assert not any(n.startswith("国家东岭临床医学研究中心南湖") for n in found)
