"""Header facts: 文号, issuer, date, addressees, genre, the document's city, its own title.

Also where a report's bibliography starts: journal titles and authors there are sources,
not actors of the study, so later components stop before it.
"""

from __future__ import annotations

import re

from policykg.extract import lexicon
from policykg.extract.doc import Doc
from policykg.extract.metadata import DocMeta, parse_metadata

_BOOK_TITLE_RE = re.compile(r"《([^《》]+)》")
_NUMBERED_HEADING = re.compile(r"^第[一二三四五六七八九十百]+[章编篇节条]")
_BIBLIOGRAPHY_HEADING_RE = re.compile(r"(?m)^\s*(?:#+\s*)?(参考文献|参考资料|References|REFERENCES)\s*[:：]?\s*$")


def run(doc: Doc) -> None:
    document = doc.document
    # a web page's headline is the reader's pick (its <title>'s part, a headline broken by <br> joined): no more
    meta = parse_metadata(doc.text, document.file, broken_titles=document.source_format != "html")
    doc.meta = meta
    document.title = document.title or meta.title
    document.doc_number = document.doc_number or meta.doc_number
    document.date = document.date or meta.date
    document.addressees = document.addressees or meta.addressees
    if document.doc_type == "other":
        document.doc_type = meta.doc_type
    document.region = document.region or meta.region
    issuer = document.issuer or meta.issuer
    if issuer:
        entry = lexicon.agency_by_surface(issuer, document.region)
        issuer = entry.name if entry else issuer
    document.issuer = issuer
    doc.issuer = issuer
    doc.own_policy_title = own_policy_title(meta) or _transmitted_title(meta, doc.text)
    refs = references_start(doc.text)
    if refs is not None:
        doc.body_end = refs


def own_policy_title(meta: DocMeta) -> str | None:
    """The policy a policy document issues: the 《…》 in its title, or the title itself."""
    if meta.doc_type != "policy" or not meta.title or _NUMBERED_HEADING.match(meta.title):
        return None  # an excerpt opening at 第四章…: its heading is no policy's name, and none is invented
    if meta.title == meta.issuer:
        return None  # a notice that opens with its issuer's name and no title line: the name is no policy's
    m = _BOOK_TITLE_RE.search(meta.title)
    return m.group(1) if m else _EXCERPT_MARK.sub("", meta.title)


TRANSMITTAL = re.compile(r"(?:现将)?《([^《》]{4,80})》[^。《》]{0,40}?(?:现)?印发给你们")
"""《P》已经区政府同意，现印发给你们 / 现将《P》印发给你们: the sentence by which a notice hands on the policy it
issues."""

TRANSMITTAL_REACH = 1500
"""How far into the document the transmittal sentence may stand (after the issuer, number and addressees)."""


def _transmitted_title(meta: DocMeta, text: str) -> str | None:
    """The policy a notice without a title line hands on: the 《P》 of its transmittal sentence. Why: a notice
    copied from a portal may open with its issuer's name, number and addressees only, the title left in the page;
    the sentence 《P》…现印发给你们 then names the policy the document is, and its issuer issues it."""
    if meta.doc_type != "policy" or meta.title != meta.issuer or not meta.issuer:
        return None
    m = TRANSMITTAL.search(text, 0, TRANSMITTAL_REACH)
    return m.group(1) if m else None


_EXCERPT_MARK = re.compile(r"\s*[（(](?:节选|摘要|摘编)[）)]$")
"""…规划纲要（节选）: the title of an excerpt names the whole policy with a note that this is a part of it; the
note is no part of the policy's name (a draft's （征求意见稿） or （试行） is, and stays)."""


def references_start(text: str) -> int | None:
    """Where a report's bibliography begins (a heading in the second half of the text)."""
    if "参考" not in text and "References" not in text and "REFERENCES" not in text:
        return None
    headings = list(_BIBLIOGRAPHY_HEADING_RE.finditer(text))
    m = headings[-1] if headings else None
    if m is not None and m.start() > len(text) * 0.5:
        return m.start()
    return None
