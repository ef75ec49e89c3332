"""People named with their posts in news (issue #10, session 26, helper d): a three-character name cut short by
the particle or the verb after it, a name before 讲话 or 是, a given name that opens with 为, a member elected to
a post (某某为副理事长), posts 领导 and 总经济师, and a title that is never a name (专家顾问).
Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.helpers import build


def _people(text: str) -> set[str]:
    return {e.name for e in build(text).entities if e.type == "Person"}


def test_a_particle_after_a_two_character_name_ends_it() -> None:
    # 在 and 等 cannot close a three-character name (庞立在, 钟涛等): the name is the two characters before them
    assert "庞立" in _people("东岭高新区管委会副主任庞立在致辞中介绍了园区情况。")
    assert "钟涛" in _people("南湖市科技局副局长钟涛等出席开幕式。")
    assert "庞立在" not in _people("东岭高新区管委会副主任庞立在致辞中介绍了园区情况。")


def test_a_name_before_a_speech_or_before_shi() -> None:
    assert "邵凯文" in _people("会议最后，东岭生物港管委会主任邵凯文讲话，部署下一阶段工作。")
    assert "袁志鹏" in _people("南湖医药集团董事长袁志鹏是园区发展的亲历者。")


def test_a_given_name_opening_with_wei() -> None:
    assert "苏为民" in _people("东岭大学药学院院长苏为民、南湖医院院长李思远出席会议。")


def test_a_member_elected_to_a_post() -> None:
    # 为 before a post is the verb of the election, not the last character of the name
    people = _people("大会选举南湖市医药行业协会会长宫俊宁为副理事长，东岭药业副总经济师楼嘉为副秘书长。")
    assert {"宫俊宁", "楼嘉"} <= people
    assert "宫俊" not in people


def test_leaders_named_by_their_office() -> None:
    assert "邢高远" in _people("南湖区领导邢高远出席活动并致辞。")


def test_a_title_after_a_title_is_no_person() -> None:
    assert not _people("工作组新增5名专家顾问，以配合新学院的课程发展。")
    assert not _people("学院邀请资深专家顾问加入工作组。")


def test_a_european_name_with_accents_after_a_title() -> None:
    assert "József Kovács" in _people("东岭大学学术事务副院长József Kovács表示，双方合作进展顺利。")
    assert "Zoë Müller" in _people("南湖研究院首席科学家Zoë Müller出席签约仪式。")
    # one more Latin word makes it something else (a firm), accented or not
    assert not _people("南湖研究院首席执行官Société Générale Groupe表示支持。") & {"Société Générale"}


def test_several_names_after_one_title() -> None:
    people = _people("东岭市领导邢高远、裴思成、陆海涛出席活动。")
    assert {"邢高远", "裴思成", "陆海涛"} <= people
    # a body after the comma of the list is no name; a plain word after it neither
    assert _people("南湖大学校长邢高远、东岭大学代表出席。") == {"邢高远"}
    assert _people("副市长邢高远、平安集团负责人出席。") == {"邢高远"}


def test_names_joined_by_and_after_one_title() -> None:
    assert {"邢高远", "裴思成"} <= _people("东岭市副市长邢高远和裴思成出席签约仪式。")
    assert _people("南湖大学校长邢高远和东岭大学代表出席。") == {"邢高远"}


def test_posts_of_county_heads_firms_and_diplomats() -> None:
    assert "邢高远" in _people("东岭县县长邢高远带队考察南湖生物医药产业园。")
    assert "裴思成" in _people("南湖药业有限公司总经理助理、副经理裴思成介绍了项目进展。")
    assert "陆海涛" in _people("东岭国驻南湖总领事陆海涛出席招待会。")
    # an occupation before its kind is no name (卓越工程师 is a kind of engineer)
    assert not _people("东岭新区将着力引进卓越工程师，并为其提供住房补贴。")


def test_posts_of_assistants_secretaries_and_judges() -> None:
    assert "邢高远" in _people("东岭协会秘书长助理邢高远出席。")
    assert "曹明远" in _people("南湖药业副总曹明远介绍了新药研发进展。")
    assert "裴思成" in _people("东岭法院法官裴思成审理此案。")
    assert not _people("联盟秘书处设在东岭大学。")
