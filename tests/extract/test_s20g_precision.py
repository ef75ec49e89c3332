"""Entity precision: kinds, landmarks and list items that are not names (issue #10, s20g).

Every sentence here is invented for the test."""

from __future__ import annotations

from tests.extract.helpers import build, names


def _names(text: str) -> set[str]:
    return set(names(build(text)))


def test_meeting_place_of_two_kinds_of_party_is_no_name() -> None:
    # 银行与企业 / 高校和企业: two kinds of party, any place may set up such a platform
    got = _names("北辰市计划设立银行与企业交流平台及信贷撮合机制，并推进高校和企业合作基地建设。")
    assert not any(n.endswith(("交流平台", "合作基地")) for n in got)


def test_pair_abbreviation_before_a_head_is_no_name() -> None:
    # 校地 / 政企: one word for two kinds of party
    got = _names("鼓励南湖大学以校地合作研究院为载体，依托政企沟通平台收集企业诉求。")
    assert "南湖大学" in got
    assert not any(n.endswith(("合作研究院", "沟通平台")) for n in got)


def test_fields_joined_by_and_still_name_a_unit() -> None:
    # two fields of research (not two kinds of party) joined by 与 belong to the unit's name
    assert "南湖生命与健康研究院" in _names("南湖生命与健康研究院今年成立。")


def test_items_of_a_trade_list_are_no_firms() -> None:
    # X、Y等行业企业: the items are trades whose firms are meant
    got = _names("鼓励家电、纺织、食品等行业企业上云，推动东岭集团、南湖药业等企业加快转型。")
    assert not {"家电", "纺织", "食品"} & got
    assert {"东岭集团", "南湖药业"} <= got


def test_items_ending_at_a_preposition_are_no_firms() -> None:
    # 等技术在企业中应用: the list is of techniques, 在 begins a new phrase
    got = _names("推动工业PON、边缘计算等技术在企业中的应用。")
    assert "工业PON" not in got


def test_district_before_riverside_or_hub_is_a_landmark() -> None:
    # 杨浦滨江, 松江枢纽, 崇明线: a stretch of riverbank, a transport hub and a metro line named after the district
    got = _names("上海市推动杨浦滨江贯通开放，着力打造松江枢纽，加快建设崇明线。")
    assert not {"杨浦区", "杨浦", "松江区", "松江", "崇明区", "崇明"} & got
    # 屯门南延线: a rail line's extension named after the district it runs to
    got = _names("政府将推展屯门南延线及北环线等七个铁路项目。")
    assert not {"屯门区", "屯门"} & got


def test_district_on_its_own_is_still_a_place() -> None:
    got = _names("上海市支持松江区建设科创走廊。")
    assert "松江区" in got


def test_province_agency_short_form_joins_its_full_name() -> None:
    # 省X监管局 abbreviates 省X监督管理局 of the same province: one agency, not two
    g = build("江西省药品监督管理局负责审批。\n各项工作由江西省药品监管局牵头落实。", "jx.txt")
    agencies = [e for e in g.entities if e.type == "Agency" and "药品监" in e.name]
    assert len(agencies) == 1
    assert agencies[0].name == "江西省药品监督管理局"


def test_short_form_read_across_two_words_is_no_name() -> None:
    # 处理大量 / 集中大量: 理大 and 中大 (short forms of two universities) straddle two ordinary words
    got = _names("医学院需要处理大量临床个案，并集中大量人手。")
    assert not {"理大", "中大", "香港理工大学", "香港中文大学"} & got


def test_short_form_between_other_words_is_kept() -> None:
    # 城大学生: 大学 is a word, but 城大 does not make one with the character before it, so it is CityU
    got = _names("港大和中大合作开办课程，城大学生亦可报读。")
    assert {"香港大学", "香港中文大学", "香港城市大学"} <= got


def test_bank_of_a_river_is_no_province() -> None:
    # 珠江西岸 = the west bank of the Pearl River, 太行山东麓 = the eastern foot of the Taihang: no 江西, no 山东
    got = _names("东岭集团在珠江西岸建设装备制造基地，并在太行山东麓设立分厂。")
    assert not {"江西", "山东"} & got


def test_province_beside_a_river_word_is_kept() -> None:
    got = _names("东岭集团在江西和山东设立分厂。")
    assert {"江西", "山东"} <= got


def test_role_noun_before_a_body_is_cut() -> None:
    # 执行主体 / 主管部门 / 责任单位 say what role the body plays; its own name starts at the place after them
    got = _names("方案由执行主体浙江省海洋经济发展领导小组统筹，主管部门江西省卫生健康委员会负责督办。")
    assert {"浙江省海洋经济发展领导小组", "江西省卫生健康委员会"} <= got
    assert not any(n.startswith(("主体", "主管部门")) for n in got)


def test_bus_company_is_a_kind_in_hong_kong_prose() -> None:
    # 巴士 is tagged as a place by the dictionary; 巴士公司 is "the bus companies", while a registered name is kept
    got = _names("运输署会与巴士公司研究增加班次，东岭巴士有限公司已同意。")
    assert "巴士公司" not in got
    assert "东岭巴士有限公司" in got


def test_gold_mountain_of_the_slogan_is_no_district() -> None:
    got = _names("上海市倡导绿水青山就是金山银山，同时支持金山区打造生态示范区。")
    assert "金山区" in got  # named on its own
    g = build("北辰镇把绿水青山就是金山银山写进村规。")
    assert not any(e.name.startswith("金山") for e in g.entities)


def test_a_countrys_national_laboratories_are_a_class() -> None:
    # 美国国家实验室 = the US national laboratories (many); a lab named by a proper word is one lab
    got = _names("报告认为，美国国家实验室的管理模式值得借鉴，法国国家实验室亦然；东岭国家实验室今年挂牌。")
    assert not {"美国国家实验室", "法国国家实验室"} & got
    assert "东岭国家实验室" in got


def test_place_before_a_quoted_name_opens_it() -> None:
    # 长三角“X”服务平台: the region's platform; 我国“X”计划 points at the country from the text's side
    got = _names("东岭公司参与建设长三角“南湖通”综合服务平台，并承担我国“北川”计划的课题。")
    assert "长三角南湖通综合服务平台" in got
    assert "南湖通综合服务平台" not in got
    assert "北川计划" in got
    assert "我国北川计划" not in got


def test_country_stays_in_a_foreign_body_named_by_ordinary_words() -> None:
    # 法国战略与发展研究中心: without its country the words name a kind of centre; 法国东岭公司 is 东岭公司 in France
    got = _names("法国战略与发展研究中心发布报告，法国东岭公司参与。")
    assert "法国战略与发展研究中心" in got
    assert "战略与发展研究中心" not in got
    assert "东岭公司" in got


def test_reply_names_the_body_the_question_called_otherwise() -> None:
    # X（即质询所指的“Y”）: Y is the question's name for X, one body
    g = build(
        "议员问：药物咨询委员会多久开会？\n答复：药物审议委员会(即质询所指的“药物\n咨询委员会”)每季开会一次。",
        "reply.txt",
    )
    bodies = [e for e in g.entities if e.type == "Agency" and "药物" in e.name]
    assert len(bodies) == 1
    assert bodies[0].name == "药物审议委员会"


def test_unit_written_once_with_its_parent_agency_is_the_same_unit() -> None:
    # 医管局X委员会 and X委员会 in one reply: one committee (the authority stays an entity of its own)
    g = build(
        "医管局的药物审议委员会定期评估新药物。\n过去，医管局药物审议委员会每3个月开会，药物审议委员会现每月开会。",
        "reply.txt",
    )
    committees = [e for e in g.entities if e.name.endswith("药物审议委员会")]
    assert len(committees) == 1
    assert committees[0].name == "药物审议委员会"
    assert any(e.name == "医院管理局" for e in g.entities)


def test_two_kinds_joined_by_and_are_no_name() -> None:
    # 妇幼保健院和专科医院, 数据交换系统与工业互联网平台: two kinds listed, neither names one body
    got = _names("妇幼保健院和专科医院参照执行，推动数据交换系统与工业互联网平台融合。")
    assert not any(n.endswith(("专科医院", "工业互联网平台")) for n in got)


def test_named_body_before_and_keeps_the_joint_unit() -> None:
    got = _names("东岭大学和北川大学联合实验室今年成立。")
    assert "东岭大学" in got


def test_a_country_before_a_bare_head_is_a_kind() -> None:
    # 中国医院 / 德国实验室: the country's hospitals or labs, many of them
    got = _names("东岭集团协助把中国医院管理经验带到海外，并与德国实验室开展合作。")
    assert not {"中国医院", "德国实验室"} & got


def test_long_agency_name_without_its_opening_words_is_the_same_body() -> None:
    g = build("省推进数字经济创新发展专项工作组负责统筹。\n数字经济创新发展专项工作组每季度召开会议。", "plan.txt")
    groups = [e for e in g.entities if e.name.endswith("专项工作组")]
    assert len(groups) == 1
    assert groups[0].name.endswith("省推进数字经济创新发展专项工作组")


def test_tail_shared_by_two_agencies_stays_apart() -> None:
    # two longer names end with it: which one is meant is not known, so nothing is merged
    g = build("成都市发展和改革委员会与重庆市发展和改革委员会签署协议，发展和改革委员会将跟进。", "plan.txt")
    names_ = {e.name for e in g.entities if e.type == "Agency"}
    assert {"成都市发展和改革委员会", "重庆市发展和改革委员会"} <= names_


def test_theme_of_two_fields_joined_by_a_plus_is_no_name() -> None:
    # “X+Y”园区 / “X+Y”项目: a theme many parks and projects take up; a trailing plus names a campaign
    got = _names("东岭省鼓励各地建设“5G+智慧农业”示范园区，打造“文旅+体育”联动项目，实施“数字农业+”行动。")
    assert not any("智慧农业" in n or "文旅" in n for n in got)
    assert "数字农业+行动" in got


def test_meeting_of_two_kinds_of_party_is_no_event_name() -> None:
    # 银企合作大会 / 校企合作圆桌会 / 政企合作论坛: every city holds such meetings; a named forum is kept
    got = _names("东岭市金融局定期举办银企合作大会和校企合作圆桌会，并主办南湖金融论坛。")
    assert not any(n.startswith(("银企", "校企")) for n in got)
    assert "政企合作论坛" not in _names("东岭市举办政企合作论坛。")
    assert "南湖金融论坛" in got


def test_string_of_kinds_of_party_is_no_name() -> None:
    # “政产学研”合作平台, 政校企联合研究院: one-character names of kinds of party strung together
    got = _names("东岭市搭建“政产学研”官方合作平台，推动政校企联合研究院建设，北川医学院另行安排。")
    assert not any("合作平台" in n or "联合研究院" in n for n in got)
    assert "北川医学院" in got


def test_verb_before_a_tier_of_government_makes_a_kind() -> None:
    # 高管收购地方政府产业投资基金: the fund of whichever local government, taken as the verb's object
    got = _names("北辰市准许企业高管收购地方政府产业投资基金的股权，东岭地方产业基金另行管理。")
    assert not any(n.endswith("地方政府产业投资基金") for n in got)


def test_place_before_online_is_still_a_place() -> None:
    # 线上 / 线下 (online, offline) after a place is no transit line
    assert {"广州", "上海"} <= _names("东岭集团在广州线下门店和上海线上渠道销售。")


def test_city_before_its_riverside_district_is_kept() -> None:
    # 滨江区 is a district of its own (杭州滨江区): the city before it is no riverside stretch
    assert "杭州" in _names("东岭集团落户杭州滨江区。")
