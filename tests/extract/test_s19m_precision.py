"""Entity precision: generic phrases and left edges that are not names (issue #10, s19m).

Every sentence here is invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_cloud_aim_before_platform_is_no_name() -> None:
    # 上云上平台: "move onto the cloud and onto platforms", an aim of industrial policy, not one platform
    got = _names("省经信厅将引导园区企业上云上平台，并推动中小企业上云上平台。")
    assert not any(n.endswith("上云上平台") for n in got)


def test_cloud_is_an_ordinary_word_before_a_generic_head() -> None:
    # 云 is tagged as a place (Yunnan) by the dictionary; here it is cloud computing, so the phrase is a kind
    got = _names("省经信厅鼓励建设面向制造业的特色工业云服务平台。")
    assert "特色工业云服务平台" not in got


def test_name_does_not_start_inside_a_word() -> None:
    # 了解 is one word: the finder's stop at 了 must not leave 解 at the head of the company's name
    got = _names("署方会进行问卷调查，以便了解园内租户公司的意见。")
    assert not any(n.startswith("解") for n in got)


def test_two_joined_verbs_are_cut_from_the_name_after_them() -> None:
    got = _names("市政府将支持和引导南湖生物医药产业园发展。")
    assert "南湖生物医药产业园" in got
    assert not any(n.startswith(("和", "与")) for n in got)
    got = _names("鼓励高校培育和壮大南湖创新研究院。")
    assert "南湖创新研究院" in got


def test_two_fields_joined_in_a_name_are_kept() -> None:
    # two fields (or two tests) joined by 与 belong to a research unit's name; no verb of policy prose stands there
    assert "北川大学南湖放射与治疗研究中心" in _names("北川大学南湖放射与治疗研究中心今年成立。")
    assert "北川检验与检测研究中心" in _names("市卫健委与北川检验与检测研究中心签约。")


def test_body_and_modal_before_partner_are_cut() -> None:
    # 运输署会与X: the department, the modal 会 and 与 open the clause; the partner's name starts after 与
    got = _names("运输署会与九巴公司研究完善该区的服务。")
    assert "九巴公司" in got
    assert not any(n.startswith("运输署会") for n in got)


def test_unit_named_after_a_kind_of_body_is_no_name() -> None:
    # 高校技术转移办公室: the office each university has, not one office (as 医院的药事委员会 is with 的)
    assert not any("技术转移办公室" in n for n in _names("调查发现，高校技术转移办公室普遍缺乏专业人员。"))
    assert not any("药事委员会" in n for n in _names("医院药事委员会负责审议新药的引入。"))


def test_unit_named_after_one_body_is_kept() -> None:
    got = _names("北川大学技术转移办公室成立于二〇一五年。")
    assert any(n.startswith("北川大学") and n.endswith("办公室") for n in got)


def test_subject_and_verb_before_a_place_are_cut() -> None:
    got = _names("不少毕业生考入上海交通大学医学院深造。")
    assert "上海交通大学医学院" in got
    assert not any(n.startswith("毕业生") for n in got)


def test_verb_inside_a_bodys_unit_name_is_kept() -> None:
    # the parent's head word (管理局) stands before the verb: the verb belongs to the unit's name
    got = _names("国家药品监督管理局疫苗审评检查东岭分中心今日挂牌。")
    assert "国家药品监督管理局疫苗审评检查东岭分中心" in got


def test_more_of_a_kind_is_no_name() -> None:
    # 更多 (more) quantifies a kind; jieba cuts it in two single characters, so it is matched as a word
    for text in ("吸引更多生物医药企业研发中心落户本区。", "各区要带动更多社会资本投资基金设立。"):
        assert not any("更多" in n for n in _names(text))


def test_ised_modifier_makes_a_description() -> None:
    # 国际化 / 市场化 ("-ised") describe how a kind of platform works; they single no platform out
    assert "国际化创新创业平台" not in _names("区政府将建设国际化创新创业平台。")
    assert "市场化交易平台" not in _names("各地要建设市场化交易平台。")


def test_two_character_word_in_hua_is_no_modifier() -> None:
    assert "中化集团" in _names("中化集团与南湖大学签署合作协议。")


def test_research_and_frontier_words_describe_a_kind() -> None:
    # 研发 is tagged as an abbreviation and 前沿 as a place word; both describe the kind of platform
    assert "市级研发平台" not in _names("各区要完善市级研发平台。")
    assert "前沿交叉研究平台" not in _names("高校将布局建设前沿交叉研究平台。")


def test_named_research_units_are_kept() -> None:
    assert "北川大学前沿交叉研究院" in _names("北川大学前沿交叉研究院今日成立。")
    assert "南湖药业研发中心" in _names("南湖药业研发中心已经落成。")


def test_quantifier_cut_off_by_the_trim_still_makes_a_kind() -> None:
    for text in ("近年部分中小型药厂已经关闭。", "据报一些大型药厂已经关闭。"):
        assert not any(n.endswith("药厂") for n in _names(text))
