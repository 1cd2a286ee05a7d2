"""A legislator's seat and the party around it: "Congress MP A" (the party's word before the seat is part of
the title), "lawmaker B of the Y Party" (the party after the name is not)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.roles import HEADS, MODIFIERS
from briefings.extract.tokens import Tok

# a legislator's seat: a party's word before it belongs to the title ("Labour MP", "Congress MP")
SEATS = frozenset({"mp", "mep", "mla", "lawmaker", "legislator", "parliamentarian"})
_SEAT_TITLE = re.compile(
    r"\b(?:lawmaker|legislator|parliamentarian|senator|congress(?:wo)?man|mp|mep|mla)\b", re.I
)
# capitalised words that open a sentence and name no party
_PLAIN = frozenset({"the", "a", "an", "and", "but", "as", "when", "while", "if", "then", "today"})


def party_seat(toks: list[Tok], i: int) -> int | None:
    """The offset a party's word starts at before a legislator's seat at token i ("Congress MP A"), else
    None (a country's word, a title word, or a longer capitalised run before it)."""
    if i == 0 or toks[i].low not in SEATS:
        return None
    prev = toks[i - 1]
    low = prev.low
    if not (prev.cap and prev.text.isalpha()) or low in HEADS or low in MODIFIERS or low in _PLAIN:
        return None
    if country_of(prev.text):
        return None  # "Kenyan MP A": the country's word, read as the title's country
    if i - 1 > 0 and toks[i - 2].cap and toks[i - 2].low != "the":
        return None  # "Liberal Democrat MP A": a party of several words is not read
    return prev.start


def seat_title(role: str | None) -> bool:
    """A legislator's seat ("opposition lawmaker", "Labour MP"): the holder's party after the name is no
    part of the title ("lawmaker B of the Y Party")."""
    return bool(role and _SEAT_TITLE.search(role))
