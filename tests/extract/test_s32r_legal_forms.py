"""Legal forms of firms' names: one table (resources/names/legal_forms.tsv) read by the name finder, the boundary
checks, the PART_OF steps on names and resolution, so a form one reader knows every reader knows. Sentences are
invented."""

from __future__ import annotations

from policykg.extract.names import LATIN_LEGAL_FORMS, LEGAL_FORMS
from policykg.extract.names.words import _name_rows
from tests.extract.helpers import build, has_relation, names


def test_every_row_names_its_script_and_why() -> None:
    rows = _name_rows("legal_forms.tsv")
    assert rows, "the table is empty"
    for row in rows:
        assert len(row) == 3 and row[1] in ("zh", "latin") and row[2].strip(), row
    forms = [row[0] for row in rows]
    assert len(forms) == len(set(forms))
    assert set(LEGAL_FORMS) | set(LATIN_LEGAL_FORMS) == set(forms)


def test_longer_forms_come_first_so_alternations_take_the_whole_form() -> None:
    assert LEGAL_FORMS.index("股份有限公司") < LEGAL_FORMS.index("有限公司")
    assert LATIN_LEGAL_FORMS.index("Ltd.") < LATIN_LEGAL_FORMS.index("Ltd")


def test_a_branch_of_a_firm_registered_as_a_share_company_is_part_of_it() -> None:
    g = build("北辰生物科技股份公司华东分公司与南湖大学签署合作协议。", "branch_share_company.txt")
    assert has_relation(g, "北辰生物科技股份公司华东分公司", "PART_OF", "北辰生物科技股份公司")


def test_a_branch_of_a_japanese_firm_written_in_kanji_is_part_of_it() -> None:
    g = build("东岭制药株式会社北京分公司于2020年成立，主要生产原料药。", "branch_kabushiki.txt")
    assert has_relation(g, "东岭制药株式会社北京分公司", "PART_OF", "东岭制药株式会社")


def test_a_latin_name_ending_in_a_form_of_the_table_is_a_firm() -> None:
    g = build("本轮融资由Acme Ventures领投，南湖资本跟投。", "latin_form.txt")
    assert "Acme Ventures" in names(g)


def test_a_subsidiary_registered_as_a_share_company_under_its_group_is_part_of_it() -> None:
    g = build(
        "东岭医药集团有限公司今年营收增长。东岭医药集团南湖制药股份公司与北辰大学签署合作协议。",
        "group_share_company.txt",
    )
    assert has_relation(g, "东岭医药集团南湖制药股份公司", "PART_OF", "东岭医药集团有限公司")
