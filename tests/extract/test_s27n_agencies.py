"""Agency names: working groups named by their task, a province's own bodies written by a national short form,
departments that repeat a ministry's mandate, local CPPCC and Youth League committees (issue #10, s27n).

Every sentence here is invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _agencies(text: str) -> dict[str, str]:
    """Every name and alias of an Agency entity → that entity's name."""
    g = build(text)
    return {n: e.name for n, e in names(g).items() if e.type == "Agency"}


def test_a_working_group_is_named_by_its_task_and_building() -> None:
    got = _agencies("今年我市成立了南湖新区建设领导小组，统筹推进园区各项工作。")
    assert "南湖新区建设领导小组" in got
    got = _agencies("会上宣布组建东岭科学城建设专责小组，由分管副市长任组长。")
    assert "东岭科学城建设专责小组" in got


def test_building_alone_names_no_working_group() -> None:
    got = _agencies("各单位要成立建设领导小组，明确专人负责。")
    assert "建设领导小组" not in got


def test_a_task_group_written_before_the_provinces_own_group_is_another_body() -> None:
    text = "国家层面已有东岭湾区建设领导小组统筹协调。本省随后成立了省推进东岭湾区建设领导小组，负责全省的组织推进。"
    got = _agencies(text)
    assert "东岭湾区建设领导小组" in got and "省推进东岭湾区建设领导小组" in got
    assert got["东岭湾区建设领导小组"] != got["省推进东岭湾区建设领导小组"]


def test_province_before_a_national_short_form_is_the_provinces_body() -> None:
    got = _agencies("该中心已与省药监局签署协议，并接受省知识产权局的业务指导。")
    assert got.get("省药监局") != "国家药品监督管理局"
    assert got.get("省知识产权局") != "国家知识产权局"
    assert "省药监局" in got and "省知识产权局" in got


def test_every_province_before_a_short_form_is_no_one_body() -> None:
    got = _agencies("各省药监局要按要求报送检查结果。")
    assert "各省药监局" not in got and "省药监局" not in got


def test_a_ministry_short_form_after_a_province_stays_the_ministry() -> None:
    # a ministry (部) has no provincial body of that name: the province's is a 厅
    got = _agencies("本省科研人员获得科技部立项支持。")
    assert "省科技部" not in got


def test_a_department_repeating_its_ministrys_mandate_is_a_list_item() -> None:
    # (a reply's title names its province: the list's 省 and the bare 厅 items are that province's)
    got = _agencies(
        "湖南省科学技术厅关于第88号代表建议的答复\n我厅会同省发展改革委、人力资源社会保障厅和财政厅研究后，答复如下。"
    )
    assert "人力资源社会保障厅" in got
    assert "省发展改革委" in got and got["省发展改革委"] != "国家发展和改革委员会"


def test_local_cppcc_committee_keeps_its_term_and_name() -> None:
    got = _agencies("南湖市科学技术局关于政协十三届南湖市委员会第二次会议第128号提案的答复")
    assert "政协十三届南湖市委员会" in got
    assert "南湖市委员会" not in got


def test_youth_league_committee_is_not_the_party_committee() -> None:
    got = _agencies("我局联合市教育局、团市委等单位开展青少年科普活动。")
    assert "团市委" in got
    got = _agencies("团省委与省科协共同举办青年创新创业大赛。")
    assert "团省委" in got
    got = _agencies("该集团市场部与东岭大学签约。")
    assert not any(n.startswith("团") for n in got)


def test_a_hall_is_no_department() -> None:
    got = _agencies("双方在南湖规划展示厅举行工作会晤，并参观了科技展厅。")
    assert not any(n.endswith("厅") for n in got)
    got = _agencies("省科技厅会同省教育厅组织评审。")
    assert "省科技厅" in got and "省教育厅" in got


def test_a_verb_before_a_provincial_body_is_not_its_first_word() -> None:
    got = _agencies("经研究，并商省委组织部、省财政厅等单位意见，答复如下。")
    assert "省委组织部" in got
    assert not any(n.startswith("商") for n in got)
    got = _agencies("城市委员会召开全体会议。")
    assert "市委员会" not in got
