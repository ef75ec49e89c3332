"""Names in news and research-report prose: registered firms, chained titles, events after a verb."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_registered_firm_named_by_common_words_is_kept() -> None:
    g = build("会上，青松技术有限公司和南湖大学签订了合作备忘录。")
    assert "青松技术有限公司" in names(g)


def test_bare_legal_form_after_a_field_is_not_a_firm() -> None:
    g = build("去年一家生物科技有限公司获得了新一轮融资。")
    assert not any(n.endswith("有限公司") for n in names(g))


def test_chained_titles_do_not_make_a_firm_of_the_first() -> None:
    g = build("公司董事长兼总裁欧阳明出席了发布仪式。")
    by = names(g)
    assert "欧阳明" in by
    assert not any("董事长" in n for n in by)


def test_latin_office_before_a_name() -> None:
    g = build("青松技术有限公司董事长兼CEO周志远在会上致辞。")
    by = names(g)
    assert "周志远" in by and by["周志远"].type == "Person"
    assert "青松技术有限公司" in by


def test_event_after_a_verb_of_holding_starts_after_it() -> None:
    g = build("展会期间同期举行东湖生物医药创新峰会。")
    assert "东湖生物医药创新峰会" in names(g)


def test_foreign_ministries_named_by_country_and_field() -> None:
    by = names(build("报告引用了日本厚生劳动省和美国农业部公布的数字。"))
    assert "日本厚生劳动省" in by and by["日本厚生劳动省"].type == "Agency"
    assert "美国农业部" in by


def test_country_part_or_minister_is_not_a_ministry() -> None:
    by = names(build("美国中西部的农场主担心，美国农业部长的新规会提高成本。"))
    assert not any(n.endswith(("西部", "农业部")) for n in by)


def test_laws_cited_without_marks_after_a_verb_of_applying() -> None:
    by = names(build("经营者须遵守反垄断法和消费者权益保护法，违者依照价格法的规定处罚。"))
    assert {"反垄断法", "消费者权益保护法", "价格法"} <= set(by)
    assert by["价格法"].type == "Policy"


def test_ways_of_doing_are_not_laws() -> None:
    by = names(build("按照新的统计办法和国际通行做法，根据这种方法估算。"))
    assert not any(n.endswith("法") for n in by)


def test_law_before_a_regulation_is_cut_from_it() -> None:
    by = names(build("根據版權法及應課稅品條例，有關物品須申報。"))
    assert "版权法" in by and "应课税品条例" in by
    assert not any("法及" in n for n in by)


def test_implementing_rules_of_a_law() -> None:
    by = names(build("申请人可依照著作权法和著作权法实施条例提出异议。"))
    assert {"著作权法", "著作权法实施条例"} <= set(by)


def test_head_of_a_body_after_its_name_keeps_the_body() -> None:
    by = names(build("据西湾市第二人民医院院长杜明辉介绍，北岭理工大学校长孔德昭也到场。"))
    assert {"西湾市第二人民医院", "北岭理工大学", "杜明辉", "孔德昭"} <= set(by)


def test_international_organisations_by_name_and_short_form() -> None:
    by = names(build("世贸组织与世界卫生组织联合发布了报告，经合组织随后作出回应。"))
    assert by["世贸组织"].name == "世界贸易组织"
    assert "世界卫生组织" in by and "经合组织" in by


def test_society_head_inside_a_meeting_word_is_not_a_society() -> None:
    by = names(build("两位院士出席了东湖科学会议并作报告。"))
    assert "东湖科学会" not in by


def test_promotion_society_head() -> None:
    by = names(build("该项目获得北陆学术振兴会的资助。"))
    assert "北陆学术振兴会" in by


def test_cities_abroad_and_hong_kong_usage() -> None:
    by = names(build("该基金在三藩市、慕尼黑和首尔设有办事处，并计划进驻硅谷。"))
    assert {"三藩市", "慕尼黑", "首尔", "硅谷"} <= set(by)
    assert by["三藩市"].type == "Region"


def test_hong_kong_localities_and_development_areas() -> None:
    by = names(build("新院舍選址洪水橋新發展區，另一院區位於九龍塘，鄰近旺角。", "hk.txt"))
    assert {"洪水桥新发展区", "九龙塘", "旺角"} <= set(by) or {"洪水橋新發展區", "九龍塘", "旺角"} <= set(by)


def test_trade_names_listed_with_a_last_item_after_and() -> None:
    by = names(build("青禾生物、曜沐医药和澄湖基因等企业都在扩产。"))
    assert {"青禾生物", "曜沐医药", "澄湖基因"} <= set(by)


def test_trade_names_listed_after_a_lab_or_a_platform() -> None:
    # an alliance's members: a hospital, two labs, then firms by their trade names, closed by a count, not 等
    by = names(build("首批成员为南岭医院、青溪创新实验室、澄湖生物、曜沐医疗、禾川科技、南岭医疗器械孵化器，共6家。"))
    assert {"澄湖生物", "曜沐医疗", "禾川科技"} <= set(by)


def test_trade_name_before_its_chair_or_a_notice() -> None:
    by = names(build("据青禾生物董事长欧阳明介绍，曜沐医药发布公告称将回购股份。"))
    assert {"青禾生物", "曜沐医药", "欧阳明"} <= set(by)
    assert "据青禾生物" not in by


def test_name_before_a_noun_like_verb_of_saying() -> None:
    by = names(build("北岭理工大学副校长孔德昭建议，加快建设共享平台。"))
    assert "孔德昭" in by


def test_leaders_of_teams_and_prize_winners() -> None:
    by = names(build("课题负责人、博士生导师何静说。该奖项得主钱立群也在场。"))
    assert {"何静", "钱立群"} <= set(by)
    assert "何静说" not in by


def test_event_after_this_edition_or_all_editions() -> None:
    by = names(build("本屆東灣創科論壇反應熱烈，歷屆東灣創科論壇均有展覽。", "hk.txt"))
    assert "东湾创科论坛" in by or "東灣創科論壇" in by
    assert not any(n.startswith(("届", "屆", "历", "歷")) for n in by)


def test_hospital_named_by_single_characters() -> None:
    by = names(build("家人湊錢送他到康泰醫院做檢查，之後轉到各區醫院覆診。", "hk.txt"))
    assert "康泰医院" in by or "康泰醫院" in by
    assert not any(n.endswith(("区医院", "區醫院")) for n in by)


def test_name_between_its_body_and_its_title() -> None:
    by = names(build("南岭理工大学孔德昭教授表示支持。东岭市卫生健康委员会许文博主任也表示同意。"))
    assert {"孔德昭", "许文博"} <= set(by)


def test_body_after_a_titled_person_and_and() -> None:
    by = names(build("南岭理工大学孔德昭教授和东岭市卫生健康委员会许文博主任都表示支持。"))
    assert "东岭市卫生健康委员会" in by
    assert not any("教授" in n for n in by)


def test_transliterated_foreign_names_with_middle_dots() -> None:
    by = names(build("经济学家托马斯·K·布朗认为，诺奖得主玛丽·安·卡特就此指出差距在缩小。"))
    assert {"托马斯·K·布朗", "玛丽·安·卡特"} <= set(by)
    assert by["托马斯·K·布朗"].type == "Person"


def test_dotted_event_titles_are_not_people() -> None:
    by = names(build("中国·东盟博览会今天开幕。"))
    assert all(e.type != "Person" for e in by.values())


def test_authors_cited_by_reference_marks() -> None:
    text = "学界对此看法不一。”邵明远等[7]认为，协同是关键。许可生[8]则提出了另一框架。三个层次：物理层、战略层[9]。"
    by = names(build(text))
    assert {"邵明远", "许可生"} <= set(by)
    assert "战略层" not in by


def test_scholar_before_a_team() -> None:
    by = names(build("其中多项成果来自青年学者卢振南团队。"))
    assert "卢振南" in by


def test_firm_before_a_co_founder_at_the_start_of_a_text() -> None:
    by = names(build("据澄光科技联合创始人吕文彬介绍，新产品下月上市。"))
    assert "澄光科技" in by and "吕文彬" in by
    assert not any(n.startswith("据") or n.endswith("联合") for n in by)


def test_parent_before_its_subsidiary() -> None:
    by = names(build("青禾医药有限公司全资子公司曜沐生物获得批文。"))
    assert "青禾医药有限公司" in by
    assert not any(n.endswith("子公司") for n in by)


def test_research_centre_whose_name_holds_a_trigger_word_before_its_head() -> None:
    by = names(build("该基金于2010年资助成立了海洋生态工程研究中心（MEERC）。"))
    assert "海洋生态工程研究中心" in by
    assert "中心" not in by


def test_english_name_in_brackets_is_an_alias() -> None:
    by = names(build("南湖海洋研究所（Nanhu Marine Institute）发布了年度报告。"))
    assert "南湖海洋研究所" in by
    assert by["Nanhu Marine Institute"] is by["南湖海洋研究所"]


def test_name_before_an_adverb_of_company_or_time() -> None:
    by = names(build("該會主席麥志遠及行政總裁龐嘉欣一同出席，院長蘇立賢日前亦已表態。", "hk.txt"))
    assert {"庞嘉欣", "苏立贤"} <= set(by) or {"龐嘉欣", "蘇立賢"} <= set(by)


def test_japanese_legal_form_heads_a_firm() -> None:
    by = names(build("申请人还包括北辰化学株式会社。"))
    assert "北辰化学株式会社" in by and by["北辰化学株式会社"].type == "Company"


def test_former_before_a_name_is_not_part_of_it() -> None:
    by = names(build("数据取自原美国远景数据公司的数据库，中国原子能科学研究院也有参与。"))
    assert "远景数据公司" in by or "美国远景数据公司" in by
    assert not any(n.startswith("原美国") for n in by)
    assert "中国原子能科学研究院" in by


def test_coming_to_a_place_after_a_team_is_not_a_name() -> None:
    by = names(build("计划吸引海外科研团队来港设立实验室，并邀请专家来京交流。"))
    assert not any(e.type == "Person" for e in by.values())
