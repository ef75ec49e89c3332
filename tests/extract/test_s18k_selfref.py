"""Who "the bureau", "the government" and "we" are, by the document's jurisdiction (issue #10, helper s18k).

Invented Legislative Council replies of several bureaus (Traditional script, as published), a Hong Kong news
item and a mainland reply to a deputy: the answering bureau speaks of itself as 本局 / 我們局方 / 局方, a bare
政府 in Hong Kong text is the SAR government, and a member's question states no relation.
"""

from __future__ import annotations

from tests.extract.helpers import build, has_relation, names

ITB_ORAL = """陳大文議員：主席，有業界人士認為本港的創科生態仍有不足。就此，政府可否告知本會：
(一)請問政府會否撥款資助香港科技園公司擴建園區；
(二)當局有何措施加強與大學的合作？
創新及科技局局長：主席，就陳大文議員的質詢，我答覆如下：
(一)政府已向香港科技園公司撥款100億元，用於擴建科學園第二期。
(二)本局會與香港中文大學合作，推動醫療科技研發。此外，我們局方亦會與教育局共同推動STEM教育。
(三)各國政府均加大對研發的投入，深圳市政府亦已設立類似基金，政府部門會繼續留意相關發展。
我們亦會與香港科技大學合作，培訓更多創科人才。
李小華議員：主席，我們與香港城市大學合作多年，深知人才不足。請問當局有何新措施？
"""

EDB_WRITTEN = """以下是今日（五月十日）在立法會會議上何美玲議員的提問和教育局局長楊志明的書面答覆：
問題：
有家長反映，本港中學的科學教育資源不足。就此，政府可否告知本會：當局會否與香港大學合作培訓教師？
答覆：
主席：
（一）本局一直與香港大學合作開辦教師培訓課程。
（二）局方亦會與職業訓練局合作舉辦職業博覽會。政府資助的學校須按規定提交報告。
"""

FHB_WRITTEN = """以下是今日（六月三日）在立法會會議上李志強議員的提問和食物及衞生局局長林美華的答覆：
問題：
請問政府會否向醫院管理局撥款，以縮短病人輪候時間？
答覆：
主席：
（一）醫院管理局設有既定機制審批新藥。局方會參考專家意見。
（二）本局亦會與衞生署合作，推廣疫苗接種。內地政府亦推行類似措施。
"""

FSTB_ORAL = """黃文傑議員：主席，政府可否告知本會，當局如何推動綠色金融，有何時間表？
財經事務及庫務局局長：主席，我答覆如下：
政府一直向香港金融發展局提供資源，支援其研究工作。我們局方會與香港金融管理局共同推動綠色債券市場的發展。
"""

HK_NEWS = """政府撥款協助本港廠商升級
【本報訊】香港政府今日宣布向香港生產力促進局撥款5億元，協助本港廠商引入智能生產線。創新及科技局表示，局方會與香港生產力促進局合作舉辦再工業化博覽會。本港業界普遍歡迎。
"""

MAINLAND_REPLY = """关于加快发展人工智能产业的建议的答复
沪科提复〔2025〕12号
王小明代表：
您提出的关于加快发展人工智能产业的建议收悉，现答复如下：
一、我委与复旦大学合作建设人工智能创新中心。
二、我委每年举办浦江人工智能论坛。
上海市科学技术委员会
2025年6月1日
"""


def test_the_answering_official_named_above_the_reply_is_the_issuer() -> None:
    """An oral question's transcript has no header sentence: the bureau of the official who answers
    (创新及科技局局长：主席，…) is the document's issuer, and 本局 is that bureau."""
    g = build(ITB_ORAL, "hk_legco_itb_oral_question.txt")
    assert g.document.issuer == "创新及科技局"
    assert names(g)["本局"].name == "创新及科技局"
    assert has_relation(g, "创新及科技局", "COOPERATES_WITH", "香港中文大学")


def test_we_the_bureau_cooperates_as_the_answering_bureau() -> None:
    for text, bureau, partner in (
        (ITB_ORAL, "创新及科技局", "教育局"),
        (FSTB_ORAL, "财经事务及库务局", "香港金融管理局"),
    ):
        g = build(text, "hk_legco_oral_question.txt")
        assert names(g)["局方"].name == bureau
        assert has_relation(g, bureau, "COOPERATES_WITH", partner), bureau


def test_we_in_the_officials_words_is_the_bureau_and_in_a_members_words_is_not() -> None:
    g = build(ITB_ORAL, "hk_legco_itb_oral_question.txt")
    assert names(g)["我們"].name == "创新及科技局"
    assert has_relation(g, "创新及科技局", "COOPERATES_WITH", "香港科技大学")
    assert not has_relation(g, "创新及科技局", "COOPERATES_WITH", "香港城市大学")


def test_a_bare_bureau_reference_is_the_bureau_just_named_else_the_answering_one() -> None:
    fhb = build(FHB_WRITTEN, "hk_legco_fhb_written_question.txt")
    assert names(fhb)["局方"].name == "医院管理局"  # 医院管理局设有…。局方会…
    edb = build(EDB_WRITTEN, "hk_legco_edb_written_question.txt")
    assert names(edb)["局方"].name == "教育局"
    assert has_relation(edb, "教育局", "ORGANIZES", "职业博览会")
    assert has_relation(edb, "教育局", "COOPERATES_WITH", "职业训练局")
    news = build(HK_NEWS, "hk_news_reindustrialisation.txt")
    assert names(news)["局方"].name == "创新及科技局"
    assert has_relation(news, "创新及科技局", "COOPERATES_WITH", "香港生产力促进局")


def test_the_government_of_a_hong_kong_text_funds_and_cooperates() -> None:
    itb = build(ITB_ORAL, "hk_legco_itb_oral_question.txt")
    assert names(itb)["政府"].name == "香港特别行政区政府"
    assert names(itb)["當局"].name == "香港特别行政区政府"
    assert has_relation(itb, "香港特别行政区政府", "SUPPORTS", "香港科技园公司")
    fstb = build(FSTB_ORAL, "hk_legco_fstb_oral_question.txt")
    assert has_relation(fstb, "香港特别行政区政府", "SUPPORTS", "香港金融发展局")
    news = build(HK_NEWS, "hk_news_reindustrialisation.txt")
    assert has_relation(news, "香港特别行政区政府", "SUPPORTS", "香港生产力促进局")


HK_NEWS_BARE = """生產力局獲撥款推動智能製造
【本報訊】政府今日宣布向香港生產力促進局撥款3億元，協助本港中小企引入自動化設備。業界認為措施有助全港製造業升級，內地政府亦有類似計劃。
"""


def test_a_hong_kong_paper_that_says_ben_gang_is_about_hong_kong() -> None:
    """A local paper names the city as 本港 / 全港 rather than 香港: its bare 政府 is still the SAR government."""
    g = build(HK_NEWS_BARE, "hk_news_smart_manufacturing.txt")
    assert g.document.region == "香港"
    assert has_relation(g, "香港特别行政区政府", "SUPPORTS", "香港生产力促进局")
    assert "內地政府" not in names(g)


def test_a_members_question_states_no_support() -> None:
    """请问政府会否向X拨款 asks whether the government will fund X."""
    itb = build(ITB_ORAL, "hk_legco_itb_oral_question.txt")
    assert not any(r.type == "SUPPORTS" and "会否" in r.evidence.text for r in itb.relations)
    fhb = build(FHB_WRITTEN, "hk_legco_fhb_written_question.txt")
    assert not has_relation(fhb, "香港特别行政区政府", "SUPPORTS", "医院管理局")
    edb = build(EDB_WRITTEN, "hk_legco_edb_written_question.txt")
    assert not any("会否" in r.evidence.text for r in edb.relations)


def test_other_governments_are_not_the_sar_government() -> None:
    """各国政府, 内地政府, 政府部门 and 深圳市政府 are not Hong Kong's government."""
    g = build(ITB_ORAL, "hk_legco_itb_oral_question.txt")
    sar = names(g)["政府"]
    assert not {"各國政府", "政府部門", "深圳市政府"} & set(sar.aliases)
    assert names(g)["深圳市政府"].name != sar.name
    fhb = build(FHB_WRITTEN, "hk_legco_fhb_written_question.txt")
    assert "內地政府" not in names(fhb)


def test_a_mainland_reply_speaks_of_itself_as_the_committee() -> None:
    g = build(MAINLAND_REPLY, "sh_reply_ai_industry.txt")
    assert names(g)["我委"].name == "上海市科学技术委员会"
    assert has_relation(g, "上海市科学技术委员会", "COOPERATES_WITH", "复旦大学")
    assert has_relation(g, "上海市科学技术委员会", "ORGANIZES", "浦江人工智能论坛")


PROVINCE_NOTICE = """浙江省人民政府办公厅关于促进生物医药产业发展的通知
浙政办发〔2025〕8号
各市、县（市、区）人民政府，省政府直属各单位：
为加快我省生物医药产业发展，现就有关事项通知如下：
一、支持南湖医药有限公司在我省建设研发中心。
浙江省人民政府办公厅
2025年3月1日
"""

CITY_REPLY = """关于支持生物医药产业发展的建议的答复
佛科提复〔2025〕3号
李明代表：
您提出的建议收悉。我市将积极争取我省更多政策支持。
佛山市科学技术局
2025年5月1日
"""


def test_our_province_is_the_province_of_a_provincial_text_only() -> None:
    g = build(PROVINCE_NOTICE, "zj_2025_biomed_notice.txt")
    assert names(g)["我省"].name == "浙江"
    city = build(CITY_REPLY, "fs_2025_reply.txt")
    assert "我省" not in names(city)


ITB_WRITTEN = """以下是今日（七月二日）在立法會會議上張家明議員的提問和創新及科技局局長的書面答覆：
問題：
當局可否告知本會有關資助詳情？
答覆：
主席：
（一）政府已撥款予香港應用科技研究院，支援其晶片研發。
（二）香港生產力促進局獲政府撥款2億元，推行再工業化資助計劃。
（三）政府會聯同香港貿易發展局舉辦創科博覽會。
（四）我們與香港城市大學合作推出創科實習計劃。
"""


def test_the_government_as_agent_after_a_passive_marker_and_as_co_organiser() -> None:
    """获政府拨款: 政府 after 获/经/受 is the one who funds; 政府联同X举办Y: both organise Y and cooperate."""
    g = build(ITB_WRITTEN, "hk_legco_itb_written_question.txt")
    sar = "香港特别行政区政府"
    assert has_relation(g, sar, "SUPPORTS", "香港应用科技研究院")
    assert has_relation(g, sar, "SUPPORTS", "香港生产力促进局")
    assert has_relation(g, sar, "ORGANIZES", "创科博览会")
    assert has_relation(g, sar, "COOPERATES_WITH", "香港贸易发展局")
    assert has_relation(g, "创新及科技局", "COOPERATES_WITH", "香港城市大学")
