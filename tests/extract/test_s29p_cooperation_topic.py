"""Cooperation named as a topic (s29p): places whose cooperation a sentence only names (介绍了X与澳门的合作, 两地合作
现状, 就两地合作事宜接洽) are not said to cooperate; places that act together (X与澳门开展合作) still are."""

from __future__ import annotations

from tests.extract.helpers import build, has_relation


def _coop(text: str, a: str, b: str) -> bool:
    g = build(text)
    return has_relation(g, a, "COOPERATES_WITH", b) or has_relation(g, b, "COOPERATES_WITH", a)


def test_places_whose_cooperation_is_only_named_do_not_cooperate() -> None:
    assert not _coop("副市长在会上介绍了杭州与澳门的医疗合作。", "杭州", "澳门")
    assert not _coop("会后双方就杭州与澳门在生物医药领域的合作交流进行了会谈。", "杭州", "澳门")
    assert not _coop("三、粤港两地中医药合作现状", "广东", "香港")
    assert not _coop("我们欢迎各界就粤港两地中医药合作事宜与我局联络。", "广东", "香港")


def test_places_that_act_together_still_cooperate() -> None:
    assert _coop("杭州与澳门开展医疗合作，共建实验室。", "杭州", "澳门")
    assert _coop("粤港两地将在中医药领域深化合作。", "广东", "香港")
