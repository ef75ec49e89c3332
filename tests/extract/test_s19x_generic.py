"""Platforms named by a subject and a word of kind stay kinds (measured on dev2-tune, issue #10 s19x).

Exempting a Platform from the generic test whenever it has three content words before its head (as a
Program is) brought back five kinds on tune for three gold names; these invented phrases pin that choice.
"""

from policykg.extract.components.decide.generic import _generic
from policykg.extract.names import Candidate


def _platform(text: str) -> Candidate:
    return Candidate(0, len(text), text, "Platform", "suffix:平台", 0.6)


def test_sector_specific_platform_is_a_kind() -> None:
    # 专用 (dedicated) marks a class of platform for a field, not one platform
    assert _generic(_platform("港口物流专用结算平台"))


def test_field_cooperation_platform_is_a_kind() -> None:
    # 领域 + 产学研合作: any field's industry-university cooperation platform
    assert _generic(_platform("农业领域产学研合作平台"))


def test_program_with_subject_words_is_still_named() -> None:
    # the programme exemption stays: a pilot named by its subject matter
    prog = Candidate(0, 14, "农村金融体制机制综合改革试点", "Program", "programme:试点", 0.6)
    assert not _generic(prog)
