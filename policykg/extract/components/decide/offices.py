"""A government's own office named by a national office's short form (市政府港澳办, 省政府台办)."""

from __future__ import annotations

import re

from policykg.extract.names import Candidate

_LEVEL_GOVERNMENT = re.compile(r"(?:[\u4e00-\u9fff]{0,10}(?:省|市|区|县|州|盟|旗)(?:人民)?|特区|自治区(?:人民)?)政府")
"""A government of a level (市政府, 东岭市人民政府, 特区政府): its offices are named after it."""
_OFFICE_ENDS = ("办", "办公室")


def _government_offices(cands: list[Candidate]) -> list[Candidate]:
    """A level government followed at once by a national office's short form is that government's own office:
    市政府港澳办 in a city's 责任单位 list is the city government's Hong Kong and Macao office, not the State
    Council's (国务院港澳事务办公室, the body the short form 港澳办 names on its own), and 市政府 is no second body
    there. The two are joined into one name, which resolution places in the document's city as it does
    市政府外办."""
    if len(cands) < 2:
        return cands
    out: list[Candidate] = []
    for c in cands:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == c.start
            and c.type == "Agency"
            and c.entry is not None
            and c.entry.jurisdiction is None
            and c.text.endswith(_OFFICE_ENDS)
            and before.type == "Agency"
            and _LEVEL_GOVERNMENT.fullmatch(before.text)
        ):
            out[-1] = Candidate(
                before.start, c.end, before.text + c.text, "Agency", "join:government-office", c.confidence
            )
            continue
        out.append(c)
    return out
