"""Mainland news of a joint medical-innovation centre: who signs with whom, and who builds with whom."""

from __future__ import annotations

from .helpers import build, has_relation, names


def test_titled_person_before_conjunction_ends_the_person_phrase() -> None:
    """校长某某与某公司: the firm's name does not swallow the title and the person before 与."""
    g = build("会上，南湖理工大学校长赵德明与远川医疗器械股份有限公司董事长钱立签署了战略合作协议。")
    found = names(g)
    assert "远川医疗器械股份有限公司" in found
    assert found["远川医疗器械股份有限公司"].type == "Company"
    assert "赵德明" in found
    assert not any("校长" in n for n in found)


def test_titled_person_before_he_in_a_second_setting() -> None:
    """总经理某某和某集团: the same stop for 和, with a different title."""
    g = build("仪式上，平川药业有限公司董事长孙海涛和北辰生物医药集团签订了技术转让合同。")
    found = names(g)
    assert "北辰生物医药集团" in found
    assert not any(n.startswith("董事长") or n.startswith("孙海涛") for n in found if found[n].type != "Person")


def test_leader_not_the_built_centre_is_the_partner() -> None:
    """Y由X牵头，与A、B共建: X works with A and B; Y, what they build, is nobody's partner."""
    g = build(
        "东湖医学创新中心由南湖理工大学牵头，与东湖市第二人民医院、远川医疗器械股份有限公司共建，重点开展影像诊断研究。"
    )
    assert has_relation(g, "南湖理工大学", "COOPERATES_WITH", "东湖市第二人民医院")
    assert has_relation(g, "南湖理工大学", "COOPERATES_WITH", "远川医疗器械股份有限公司")
    assert not has_relation(g, "东湖医学创新中心", "COOPERATES_WITH", "东湖市第二人民医院")
    assert not has_relation(g, "东湖医学创新中心", "COOPERATES_WITH", "远川医疗器械股份有限公司")


def test_subject_without_leader_still_carries() -> None:
    """Negative for the leader: X在某地成立研究院，并与Y合作 keeps X as the partner (no 由…牵头)."""
    g = build("远川医疗器械股份有限公司在东湖成立研究院，并与南湖理工大学合作开发手术机器人。")
    assert has_relation(g, "远川医疗器械股份有限公司", "COOPERATES_WITH", "南湖理工大学")


def test_leader_and_partners_all_found_the_centre() -> None:
    """Y由X牵头，与A、B共建: the leader and the partners it builds with each set Y up."""
    g = build("西岭医学创新中心由北辰医科大学牵头，与西岭市中心医院、青禾基因科技有限公司共同建设，首期投入两亿元。")
    for head in ("北辰医科大学", "西岭市中心医院", "青禾基因科技有限公司"):
        assert has_relation(g, head, "FOUNDED", "西岭医学创新中心"), head


def test_partner_with_its_own_verb_founds_nothing() -> None:
    """Negative: …，与A签约后… — the partner does something else before the founding verb, so it founds nothing."""
    g = build("东湖医学创新中心由南湖理工大学牵头，与东湖市第二人民医院签约后，由远川医疗器械股份有限公司共建。")
    assert not has_relation(g, "东湖市第二人民医院", "FOUNDED", "东湖医学创新中心")


def test_title_from_the_person_table_ends_the_phrase_too() -> None:
    """总经理某某与某公司: a title the person table lists (not only the short built-in list) ends the phrase."""
    g = build("签约现场，东川制药有限公司总经理郑文博与南港医疗科技股份有限公司签订了供货协议。")
    found = names(g)
    assert "南港医疗科技股份有限公司" in found
    assert not any("总经理" in n for n in found)
