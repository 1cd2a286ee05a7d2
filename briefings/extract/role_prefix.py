"""A rank word written before the country word of a title ("Deputy U.S. Trade Representative")."""

from __future__ import annotations

from briefings.extract.gazetteer import ORGANISATION_NAMES
from briefings.extract.roles import _words
from briefings.extract.tokens import Tok, country_at, may_open_country

# the grades an office takes before its state's word: "Deputy Xish Trade Representative", "Assistant U.S. X"
PREFIX_GRADES = _words("deputy assistant acting interim principal associate")


def grade_before_country(toks: list[Tok], j: int, text: str, ci: bool) -> bool:
    """Token j is a grade ("Deputy") and a state's word follows it, with the rest of a title after that."""
    if j + 2 >= len(toks) or toks[j].low not in PREFIX_GRADES or not (toks[j].cap or ci):
        return False
    nxt = toks[j + 1]
    if not nxt.cap or not may_open_country(nxt.low):
        return False
    hit = country_at(toks, j + 1, text)
    return hit is not None and hit[0] not in ORGANISATION_NAMES and hit[1] < len(toks)
