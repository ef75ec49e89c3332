"""Find name mentions in normalised text: lexicon hits, 《titles》, quoted names, suffix heads.

Segmenters are too slow for the corpus and cut names at 和/（）, so the finder
works with an Aho-Corasick scan over the lexicon plus regular expressions: a
name is found from its head word (医院, 研究院, 平台, 委员会 …) and grown to the
left until a boundary (punctuation, digits, verbs, function words). Candidates
overlap; the longest wins, so 中科院上海药物所 beats 中科院 and a suffix name
that swallows a known agency (香港中文大学（深圳）大湾区…中心) beats the agency.

The package keeps one concern per module: ``words`` (tables), ``boundaries`` (where a name stops),
``patterns`` (the shapes of name kinds), ``lists`` (names read from lists and frames) and ``finder`` (the scanner and
the selection).
"""

from __future__ import annotations

from policykg.extract.names.boundaries import (
    AFTER_DATE_WORDS,
    astride_common_words,
    local_strategy_edition,
    opens_place_word,
)
from policykg.extract.names.finder import (
    find_candidates,
)
from policykg.extract.names.lists import (
    LEVEL_CHARS,
    add_free,
    split_joint_issuers,
    with_list_names,
)
from policykg.extract.names.patterns import (
    EDITION_BEFORE,
    INVESTOR_RULE,
    JURISDICTION_STARTS,
    PLACE_COMMITTEES,
    RAISER_RULE,
    THEME_PLUS,
    anaphors,
    bare_policy_head,
    leading_predicate_end,
    pair_partner,
    party_run,
    person_name_at_end,
    place_before,
)
from policykg.extract.names.words import (
    CJK,
    COMPOUND_SURNAMES,
    FIRM_TRADES,
    LATIN_LEGAL_FORMS,
    LEGAL_FORMS,
    PERSON_TITLES,
    ROUND_WORDS,
    STOP_SET,
    SURNAMES,
    TITLE_GRADES,
    Candidate,
    alternation,
    only_modifiers,
    titles_before_names,
)

__all__ = [
    "AFTER_DATE_WORDS",
    "CJK",
    "COMPOUND_SURNAMES",
    "Candidate",
    "EDITION_BEFORE",
    "FIRM_TRADES",
    "INVESTOR_RULE",
    "JURISDICTION_STARTS",
    "LATIN_LEGAL_FORMS",
    "LEGAL_FORMS",
    "LEVEL_CHARS",
    "PERSON_TITLES",
    "PLACE_COMMITTEES",
    "RAISER_RULE",
    "ROUND_WORDS",
    "STOP_SET",
    "SURNAMES",
    "THEME_PLUS",
    "TITLE_GRADES",
    "add_free",
    "alternation",
    "anaphors",
    "astride_common_words",
    "bare_policy_head",
    "find_candidates",
    "leading_predicate_end",
    "local_strategy_edition",
    "only_modifiers",
    "opens_place_word",
    "pair_partner",
    "party_run",
    "person_name_at_end",
    "place_before",
    "split_joint_issuers",
    "titles_before_names",
    "with_list_names",
]
