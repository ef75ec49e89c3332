"""Words of the clause around a name are no part of it (a time word that opens the sentence, a verb of electing,
reporting or lending strength, a task's opening verb), a person's own office is no government body, and 中国梦
is a slogan, not a mention of the country."""

from __future__ import annotations

from tests.extract.helpers import build


def _found(text: str) -> dict[str, str]:
    """Every entity name the pipeline finds in ``text`` → its type."""
    return {e.name: e.type for e in build(text).entities}


def test_time_word_opening_the_sentence_is_cut() -> None:
    found = _found("会上东岭生物岛管委会介绍了今年的招商政策。")
    assert found.get("东岭生物岛管委会") == "Agency"
    assert not any(n.startswith("会上") for n in found)


def test_elected_body_starts_after_the_verb() -> None:
    found = _found("成立大会一致选举东岭药科大学为理事长单位。")
    assert found.get("东岭药科大学") == "University"
    assert not any(n.startswith("选举") for n in found)


def test_reported_to_body_and_its_object_split_at_the_verb() -> None:
    found = _found("会上南湖大学的代表向工作小组汇报新校区的资金安排。")
    assert not any("汇报" in n for n in found)
    assert "工作小组" not in found


def test_lending_strength_is_no_part_of_the_goal() -> None:
    found = _found("南湖集团将以东岭医院为依托，助力南湖国际健康医疗中心建设。")
    assert not any(n.startswith("助力") for n in found)


def test_task_opening_verb_leaves_a_kind_of_platform() -> None:
    found = _found("一、重点任务\n1.大力发展众创空间。鼓励高校和企业开放实验设施。")
    assert not any(n.endswith("众创空间") for n in found)


def test_persons_room_is_no_office() -> None:
    found = _found("十月的一天，周立翔办公室内，监控屏幕上跳动着实时数据。")
    assert not any(n.endswith("办公室") for n in found)


def test_government_office_stays() -> None:
    found = _found("杭州市人民政府办公室印发《杭州市促进生物医药产业发展若干措施》。")
    assert found.get("杭州市人民政府办公室") == "Agency"


def test_slogan_is_no_mention_of_the_country() -> None:
    assert "中国" not in _found("我们将共同推进中医药事业发展，为健康东岭、实现中国梦贡献力量！")


def test_country_named_on_its_own_stays() -> None:
    assert _found("中国与东岭国签署了科技合作协定。").get("中国") == "Region"


def test_place_opening_an_award_or_talent_title_is_no_mention() -> None:
    found = _found("该项目荣获2024年度江苏省科技进步奖一等奖，团队引进南京市领军人才2人。")
    assert "江苏" not in found and "南京" not in found


def test_place_named_on_its_own_beside_an_award_stays() -> None:
    found = _found("江苏省与东岭集团签署合作协议，该项目荣获江苏省科技进步奖。")
    assert found.get("江苏") == "Region"


def test_the_n_major_zones_are_counted_kinds() -> None:
    found = _found("下游产业方面，四大创新园区已汇聚近三百间相关企业。")
    assert not any(n.endswith("园区") for n in found)


def test_what_a_platform_combines_describes_it() -> None:
    found = _found("双方将共同打造一个集产学研医于一体的高效全链条免疫治疗创新平台。")
    assert not any(n.endswith("平台") for n in found)


def test_known_groups_healthcare_arm_is_the_firm_named() -> None:
    found = _found("西门子医疗宣布在东岭设立创新中心。")
    assert found.get("西门子医疗") == "Company"
    assert "西门子" not in found


def test_known_group_alone_stays() -> None:
    assert _found("西门子与东岭大学签署合作协议。").get("西门子") == "Company"


def test_macao_universitys_short_form_is_not_hong_kongs() -> None:
    found = _found("澳科大副校长出席签约仪式，澳门科技大学与东岭医院共建平台。")
    assert found.get("澳门科技大学") == "University"
    assert "香港科技大学" not in found


def test_issuer_field_in_short_form_is_the_body_the_text_names_in_full() -> None:
    page = (
        "索引号: | 001122/2025-00456 | 发布机构: | 省科技厅 |\n"
        "发文日期: | 2025-06-18 | 公开方式: | 主动公开 |\n"
        "浙江省科学技术厅关于 省政协十二届二次会议第8号提案的答复\n"
        "浙科提〔2025〕12号\n南湖委员:\n您提出的提案收悉。浙江省近年来高度重视科技成果转化，我省已出台多项措施。"
        "省科技厅会同省财政厅研究办理，现答复如下。我省将继续支持高校院所与企业合作。\n"
    )
    found = _found(page)
    assert found.get("浙江省科学技术厅") == "Agency"
    assert "省科技厅" not in found


def test_congress_term_before_the_standing_body_is_no_part_of_its_name() -> None:
    g = build("《中华人民共和国湿地保护法》已由中华人民共和国第十三届全国人民代表大会常务委员会第三十二次会议通过。")
    found = {e.name: e.type for e in g.entities}
    assert found.get("全国人民代表大会常务委员会") == "Agency"
    assert not any("第十三届" in n for n in found)


def test_paired_verbs_before_a_law_are_no_part_of_it() -> None:
    found = _found("各地要认真贯彻落实湿地保护法，加强湿地保护。")
    assert found.get("湿地保护法") == "Policy"
    assert "落实湿地保护法" not in found


def test_law_short_form_is_the_law_cited_in_full() -> None:
    found = _found("《中华人民共和国湿地保护法》已公布施行。各地要认真贯彻落实湿地保护法，加强湿地保护。")
    assert found.get("中华人民共和国湿地保护法") == "Policy"
    assert "湿地保护法" not in found


def test_how_a_law_is_carried_out_is_no_law() -> None:
    found = _found("根据湿地保护条例，我市制定了实施办法。")  # (the law cue once read an empty name and failed)
    assert "实施办法" not in found


def test_place_opening_a_quoted_name_is_no_mention() -> None:
    found = _found("您提出的关于在南阳建设“中国中药文化传承示范市”的建议收悉。")
    assert "中国" not in found


def test_place_quoted_alone_is_the_word() -> None:
    assert "中国" not in _found("博物馆名称确需冠以“中国”“中华”等字样的，应当按规定报批。")


def test_place_before_a_quoted_name_stays() -> None:
    assert _found("江苏省将建设“东岭生物医药创新港”。").get("江苏") == "Region"


def test_reorganised_national_key_lab_is_one_lab() -> None:
    assert _found("东岭大学牵头建设的细胞治疗全国重点实验室正式揭牌。").get("细胞治疗全国重点实验室") == "Lab"


def test_ceremony_before_ji_is_no_part_of_the_unit() -> None:
    found = _found("东岭大学与上海医药战略合作签约暨细胞治疗全国重点实验室揭牌仪式在东岭举行。")
    assert found.get("细胞治疗全国重点实验室") == "Lab"
    assert not any("签约" in n for n in found)
    assert "上海医药集团" in found


def test_title_after_a_title_is_no_name() -> None:
    found = _found("工作小组新增五名专家顾问，负责为课程设计提供意见。")
    assert not any(t == "Person" for t in found.values())
