"""A legislator's seat in apposition with its party: "A, a lawmaker of the main opposition X Party," (the
party is read past, no part of the title)."""

from __future__ import annotations

from briefings.extract.role_scan import Title
from briefings.extract.role_seats import SEATS
from briefings.extract.tokens import Tok


def seat_of_party(toks: list[Tok], j: int) -> Title | None:
    """ "A, a lawmaker of the main opposition X Party,": the seat in apposition is the title, and its party
    after it (up to the word "Party") is read past as no part of it."""
    n = len(toks)
    if j < n and toks[j].low in ("a", "an"):
        j += 1
    first = j
    while j < n and j - first < 2 and not toks[j].cap and toks[j].text.isalpha() and toks[j].low not in SEATS:
        j += 1  # "an opposition lawmaker", "a ruling party lawmaker"
    if j >= n or toks[j].low not in SEATS or j + 2 >= n or toks[j + 1].low not in ("of", "from"):
        return None
    seat = j
    k = j + 2 + (toks[j + 2].low == "the")
    for x in range(k, min(k + 7, n)):
        if toks[x].low == "party":
            return Title(toks[first].start, toks[seat].end, toks[first].start, None, x + 1)
        if not toks[x].text.replace("-", "").isalpha():
            return None
    return None
