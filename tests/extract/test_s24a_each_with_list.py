"""A list of partners after 分别与/先后与/与 that runs through a final 和 up to the signing: every body before the
marker works with every listed partner, and the listed partners do not sign with one another."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation

_FIRMS = ("东岭生物医药股份有限公司", "南湖医疗器械有限公司", "西江基因科技有限公司", "北山制药集团有限公司")


def test_each_of_a_list_with_each_of_a_long_list() -> None:
    g = build(
        "东岭市科学技术局、东岭市卫生健康委员会分别与东岭生物医药股份有限公司、南湖医疗器械有限公司、"
        "西江基因科技有限公司和北山制药集团有限公司进行合作签约。"
    )
    for agency in ("东岭市科学技术局", "东岭市卫生健康委员会"):
        for firm in _FIRMS:
            assert has_relation(g, agency, "COOPERATES_WITH", firm)
    assert not has_relation(g, "东岭生物医药股份有限公司", "COOPERATES_WITH", "北山制药集团有限公司")


def test_serial_partners_in_traditional() -> None:
    g = build("東嶺大學先後與南湖醫院、西江醫院、北山醫院和中山醫院簽署合作協議。")
    for hospital in ("南湖医院", "西江医院", "北山医院", "中山医院"):
        assert has_relation(g, "东岭大学", "COOPERATES_WITH", hospital)
    assert not has_relation(g, "南湖医院", "COOPERATES_WITH", "中山医院")


def test_listed_partners_do_not_sign_with_one_another() -> None:
    g = build(
        "东岭市人民政府与东岭生物医药股份有限公司、南湖医疗器械有限公司以及北山制药集团有限公司签署战略合作协议。"
    )
    assert has_relation(g, "东岭市人民政府", "COOPERATES_WITH", "北山制药集团有限公司")
    assert not has_relation(g, "东岭生物医药股份有限公司", "COOPERATES_WITH", "南湖医疗器械有限公司")


def test_two_bodies_signing_together_are_kept() -> None:
    g = build("东岭大学、南湖大学昨日签署战略合作协议。")
    assert has_relation(g, "东岭大学", "COOPERATES_WITH", "南湖大学")
