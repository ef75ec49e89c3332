"""How a name typed by a person becomes the key it is looked up by.

Why one module: the look-up (``policykg org``, ``path``, named-query parameters) and the
stores' lookup keys must fold a name the same way, or a full-width or spaced name
that is stored is not found. The stores' keys (``cypher_store.search_keys``) are
:func:`lookup_key` of each name and alias; ``tests/test_lookup_keys.py`` holds them equal.
"""

from __future__ import annotations

import re
import unicodedata

QUOTES = "《》“”\"'「」"
"""Brackets and quotes people paste around a name (《…》 for a policy title)."""

_SPACE = re.compile(r"\s+")


def typed_form(text: str) -> str:
    """What a person typed, without the noise: NFKC (full-width letters become ASCII),
    surrounding spaces and quotes removed. The script is left as typed."""
    return unicodedata.normalize("NFKC", text).strip().strip(QUOTES)


def lookup_key(text: str) -> str:
    """The key a name is stored and found under: NFKC, no whitespace, lower case."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).lower()


_CN_NUMERAL = "一二三四五六七八九十百零〇"
_MEASURE_NUMBER = re.compile(
    rf"^(?P<open>（)?(?:(?P<cn>[{_CN_NUMERAL}]{{1,5}})|(?P<digits>\d{{1,3}}))(?P<close>）|[、.．])?$"
)
_ARTICLE = re.compile(rf"^第[{_CN_NUMERAL}]{{1,5}}条$")


def measure_labels(text: str) -> list[str]:
    """The labels a measure's number typed by a person may stand for, as measures are stored (the evidence of a
    RESPONSIBLE_FOR opens with its measure's label); empty when the text is words of a heading instead.

    Why: labels are stored with full-width brackets, so (一) typed with ASCII brackets found nothing, and a bare 一
    searched as words also matched （十一）. (一) and （一） mean （一）; 一、 means 一、; a bare 一 means any measure
    numbered one (（一）, 一、, 第一条); 3 means 3. 3、 3．."""
    typed = text.strip().replace("(", "（").replace(")", "）")
    if _ARTICLE.match(typed):
        return [typed]
    m = _MEASURE_NUMBER.match(typed)
    if m is None or bool(m["open"]) != (m["close"] == "）"):
        return []
    number = m["cn"] or m["digits"]
    if m["digits"]:
        return [f"{number}{end}" for end in (".", "、", "．")] if m["close"] in (None, ".", "、", "．") else []
    if m["open"]:
        return [f"（{number}）"]
    if m["close"]:
        return [f"{number}{m['close']}"] if m["close"] == "、" else []
    return [f"（{number}）", f"{number}、", f"第{number}条"]
