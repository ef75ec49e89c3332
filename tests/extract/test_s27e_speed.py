"""The faster paths of issue #10's s27 speed round give what the code they replace gave.

Each fast path is checked against a plain rendering of the code it replaced, on invented text; one pipeline
test checks that the cues those paths serve still work end to end. Nothing is timed (a timed assertion fails on
a busy machine and teaches nothing).
"""

from __future__ import annotations

import re

from policykg.extract import lexical, lexicon, metadata
from policykg.extract.components import candidates, decide, people
from policykg.extract.components.decide.generic import _opens_with_quantifier
from policykg.extract.components.decide.words import _VERB_TAGS, _heads_longest_first, _longest_head
from policykg.extract.names import patterns as name_patterns
from policykg.loaders import normalize
from policykg.loaders.normalize import to_simplified

from .helpers import build
from .helpers import names as graph_names

_SENTENCES = [
    "东岭市科技局与南湖大学签署合作协议，共建联合实验室。",
    "Acme Bio 与东岭生物 2024 年合作研发 PD-1 单抗，5G+工业互联网项目同步推进。",
    "南湖市人力资源和社会保障局、住房和城乡建设局\r\n及其下属单位；3.5%的企业",
    "  空格\t与制表符 x-y_z a b c 12ab 中文ABC中文",
    "没有任何名称的一句话：我们明天开会！？",
    "",
    "Ｈｅｌｌｏ　世界，①②③",
]


def test_cut_gives_jiebas_own_segmentation() -> None:
    tok = lexical._tokenizer()
    for s in _SENTENCES:
        for piece in (s, s[:7], s[3:15], s[-9:]):
            assert lexical.cut.__wrapped__(piece) == tuple(tok.lcut(piece, HMM=False)), piece


def test_tag_reads_the_dictionary_table() -> None:
    assert lexical.tag("大学") == lexical.tags().get("大学")
    assert lexical.tag("东岭南湖不是词") is None


def _plain_alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def test_longest_word_pattern_matches_as_the_words_joined_longest_first() -> None:
    words = ["主任", "副主任", "主任医师", "院长", "副院长", "常务副院长", "教授", "a.b", "(x)"]
    tree = re.compile(lexicon.longest_word_pattern(words))
    plain = _plain_alternation(words)
    text = "常务副院长王某、副主任医师李某与主任张某，教授赵某；a.b与(x)"
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for k in range(len(text)):
        a, b = tree.match(text, k), plain.match(text, k)
        assert (a and a.span()) == (b and b.span())


def test_titles_pattern_finds_the_same_titles() -> None:
    text = "东岭大学校长王某、副校长李某和南湖医院院长赵某出席。"
    plain = _plain_alternation(list(people.titles()))
    assert [m.span() for m in people._title_re().finditer(text)] == [m.span() for m in plain.finditer(text)]


def _firm_kind_before_loop(t: str, start: int, name: str, generic: frozenset[str]) -> int:
    best = 0
    for kind in generic:
        if not kind.endswith(("公司", "企业")) or len(kind) < 3:
            continue
        for k in range(len(kind) - 1):
            tail = kind[k:]
            if (
                len(tail) > best
                and name.startswith(tail)
                and len(name) - len(tail) >= 4
                and (k == 0 or (start >= k and t[start - k : start] == kind[:k]))
            ):
                best = len(tail)
    return best


def test_firm_kind_before_equals_the_loop_over_every_kind() -> None:
    generic = frozenset({"上市公司", "龙头企业", "科技型企业", "企业", "公司", "高新技术企业"})
    text = "与上市公司东岭药业股份有限公司及龙头企业南湖集团、高新技术企业北辰科技有限公司合作"
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 16) + 1):
            name = text[start:end]
            want = _firm_kind_before_loop(text, start, name, generic)
            assert name_patterns._firm_kind_before(text, start, name, generic) == want, name


def test_city_institutes_scan_only_near_suo() -> None:
    text = "苏州纳米所、长春光机所与东岭药物所合作，所有单位所在地区；大连化物所" * 3
    windows = [
        m.span()
        for lo, hi in name_patterns._windows_before(text, "所", name_patterns._CITY_INSTITUTE_SPAN)
        for m in name_patterns._CITY_INSTITUTE.finditer(text, lo, hi)
    ]
    assert windows == [m.span() for m in name_patterns._CITY_INSTITUTE.finditer(text)]


def test_outlet_guard_changes_no_match() -> None:
    guard = r"(?m)(?:^|(?<=[）)（(【\[])|(?=[来据（(]))(?:"
    pattern = candidates._OUTLET_NAMED.pattern
    assert pattern.startswith(guard) and pattern.endswith(")")
    plain = re.compile("(?m)" + pattern[len(guard) : -1])
    text = (
        "南湖网5月3日电 东岭大学与南湖医院签署协议。\n（东岭日报记者 王某）据南湖社报道，合作顺利。\n"
        "【东岭晚报讯】本报消息：来源：南湖网-科技频道 作者 某某\n据香港《东岭报》报道，（南湖社 王某摄）数据来源：某网"
    )
    got = [(m.span(), m.groups()) for m in candidates._OUTLET_NAMED.finditer(text)]
    assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert got


def test_doc_number_only_on_lines_with_hao() -> None:
    for line in ("东府办〔2024〕12号", "东岭市人民政府办公室", "南科发[2023]5 号文", "第2024号"):
        want = metadata.DOC_NUMBER_RE.search(line)
        got = metadata._doc_number(line)
        assert (got and got.span()) == (want and want.span())


def test_longest_head_is_the_first_head_of_the_longest_first_list() -> None:
    for text in ("东岭创新中心", "南湖产业园", "东岭市", "甲", "", "联合实验室", "东岭大学附属医院"):
        want = next((h for h in _heads_longest_first() if text.endswith(h)), None)
        assert _longest_head(text) == want


def test_inside_mandate_equals_the_loop_over_every_mandate() -> None:
    text = "东岭市人力资源和社会保障局会同发展和改革委员会及住房和城乡建设局"
    for word in ("和", "与", "及"):
        for pos in range(len(text)):
            want = False
            for core in lexicon.mandates():
                k = core.find(word)
                while k >= 0 and not want:
                    want = text.startswith(core, pos - k)
                    k = core.find(word, k + 1)
            assert name_patterns._inside_mandate(text, pos, word) == want, (word, pos)


def test_quantifier_prefilter_keeps_the_answer() -> None:
    def loop(name: str) -> bool:
        for q in decide.quantifiers():
            if len(q) < 2:
                continue
            p = name.find(q)
            if p < 0 or len(name) - p - len(q) < 2:
                continue
            if p == 0:
                return True
            words = lexical.cut(name[:p])
            if len(words) == 1 and lexical.tag(words[0]) in _VERB_TAGS:
                return True
        return False

    for name in ("更多东岭创新平台", "带动更多南湖基金", "东岭大学", "各类科研机构", "一批重点实验室"):
        assert _opens_with_quantifier(name) == loop(name)


def test_small_conversion_stage_translates_only_its_runs() -> None:
    hk, _ = normalize._t2s_stages()
    assert hk.runs is not None  # the Hong Kong variants: a small table
    text = "東嶺大學為眾多企業説明税收政策，温度與煙霧的檢測，吃飯枱面與户口。"
    converted = hk.runs.sub(lambda m: m.group().translate(hk.table), text)
    assert converted == text.translate(hk.table) != text
    whole = normalize._Stage(hk.table, hk.phrases, hk.pattern)  # no runs: translated character by character
    assert hk.apply(text) == whole.apply(text)
    assert to_simplified(text).startswith("东岭大学为众多企业说明税收政策")


def test_news_cues_still_name_outlets_and_institutes() -> None:
    g = build(
        "南湖网5月3日电 东岭大学与南湖医院签署合作协议，苏州纳米所派员出席。据东岭日报报道，双方将共建联合实验室。"
    )
    found = graph_names(g)
    for name in ("南湖网", "东岭日报", "苏州纳米所", "东岭大学", "南湖医院"):
        assert name in found, name


def test_glossed_transliteration_pattern_finds_what_the_leading_lookbehind_found() -> None:
    fast = people._glossed_transliteration_re()
    part = people._transliterated_re().pattern.split("{2,5}", 1)[0].split("(?<!", 1)[1].rsplit(")", 1)[0]
    plain = re.compile(rf"(?<!{part}){part}{{2,6}}(?=[（(]{people._LATIN_NAME}[）)])")
    text = (
        "波特（M·Porter）与包尔丁（Boulding）认为，萨克斯（Jeffrey Sachs）和东岭（Acme）；"
        "特（X）斯蒂格利茨（J. Stiglitz）"
    )
    for k in range(len(text)):
        assert [m.span() for m in fast.finditer(text, k)] == [m.span() for m in plain.finditer(text, k)]
    assert list(fast.finditer(text))
