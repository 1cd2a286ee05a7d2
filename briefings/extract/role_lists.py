"""A portfolio list inside a title: "Minister of Trade, Export Promotion, Small Business and Economic
Development", "Commissioner for Political Affairs, Peace and Security"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.roles import HEADS, MODIFIERS, PORTFOLIO, TITLE_WORDS
from briefings.extract.tokens import Tok, is_name_text, is_title_word

# a capitalised word with a common noun's ending (also plural): a portfolio's noun, no name word
_NOUN = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ship|ism|ure)s?$|(?:ics|ety)$")
_MAX_ITEMS = 6
_CHAMBERS = frozenset({"senate", "house", "congress", "diet", "chamber", "legislature"})
_BODY_WORDS = PORTFOLIO | _CHAMBERS | {"people"}  # a body's possessive word ("People's Army"), built once
_ITEM_WORDS = PORTFOLIO | {"abroad"}


def _portfolio_word(t: Tok) -> bool:
    """A capitalised word a portfolio is made of ("Trade", "Promotion", "Business")."""
    w = t.low
    if w in HEADS:
        return False  # "..., Deputy Prime Minister and ...": another office, no portfolio
    # "..., Francophonie and Xlanders Abroad": the people a ministry serves abroad, a portfolio's item
    return t.cap and t.text.isalpha() and (w in _ITEM_WORDS or w in MODIFIERS or bool(_NOUN.search(w)))


def _item_end(toks: list[Tok], j: int, text: str) -> int:
    """The index after one item of a portfolio list starting at j: up to three capitalised words that end on
    a portfolio word ("Small Business"), no country; else 0."""
    if j >= len(toks) or not toks[j].cap:
        return 0
    first = j
    if country_of(toks[j].text):
        # "..., Emigration and Xish Expatriates": a country word qualifying the item's portfolio noun
        if j + 1 >= len(toks) or not _portfolio_word(toks[j + 1]) or country_of(toks[j + 1].text):
            return 0
        first = j + 1
    end = 0
    for k in range(first, min(j + 3, len(toks))):
        t = toks[k]
        if not t.cap or not t.text.isalpha():
            break
        if _portfolio_word(t):
            end = k + 1
        elif end == k and len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith("ss"):
            if k + 1 < len(toks) and toks[k + 1].cap:
                break  # "... and the Arts Jonas Doe": a given name ending in "s", then the family name
            end = k + 1  # "Quality Jobs": a plural noun a portfolio word qualifies closes the item
        elif k + 1 >= len(toks) or not _portfolio_word(toks[k + 1]):
            break  # "Small Business": a plain word only before a portfolio word
    return end


def _last_item(toks: list[Tok], j: int, text: str) -> int:
    """The last index of a list's closing item from j, else 0; an item that runs into a title word opens
    another title ("..., and Air Marshal A"), no item."""
    end = _item_end(toks, j, text) or _closing_word(toks, j, text)
    if not end or (end < len(toks) and toks[end].cap and toks[end].low in TITLE_WORDS):
        return 0
    return end - 1


_CLOSERS = frozenset({",", ".", ";", ":", ")"})
_JOINED = frozenset({",", "and", "&"})


def _closing_word(toks: list[Tok], j: int, text: str, after: frozenset[str] = _CLOSERS) -> int:
    """The index after a list's item of one capitalised word the vocabulary lacks ("..., Oil and Gas,"), when
    the list goes on after it or a stop or comma closes it: in a list of portfolios a lone word is one, no
    name (a name has two words at least)."""
    if j >= len(toks) or not toks[j].cap or not toks[j].text.isalpha() or toks[j].low in TITLE_WORDS:
        return 0
    if j + 1 < len(toks) and toks[j + 1].text not in after:
        return 0
    return 0 if country_of(toks[j].text) else j + 1


def portfolio_list_end(toks: list[Tok], j: int, text: str) -> int:
    """At the comma j after a title's portfolio: the last index of a list of portfolio items closed by
    "and" + an item ("..., Export Promotion, Small Business and Economic Development"), else 0."""
    n = len(toks)
    k = j
    for _ in range(_MAX_ITEMS):
        if k >= n or toks[k].text != ",":
            return 0
        k += 1
        if k < n and toks[k].low in ("and", "&"):
            k += 1  # "..., and Security": a serial comma
            k += k + 1 < n and toks[k].low == "the" and toks[k + 1].cap  # "..., and the Environment"
            return _last_item(toks, k, text)
        end = _item_end(toks, k, text) or _closing_word(toks, k, text, _JOINED)
        if not end:
            return 0
        if end < n and toks[end].low in ("and", "&"):  # "..., Technology & Logistics Agency"
            the = end + 2 < n and toks[end + 1].low == "the" and toks[end + 2].cap  # "and the Arts"
            return _last_item(toks, end + 1 + the, text)
        k = end
    return 0


def body_possessive(t: Tok) -> bool:
    """A body's possessive inside a portfolio ("Assembly's", "Senate's")."""
    return t.low.endswith(("'s", "’s")) and t.low[:-2] in _BODY_WORDS


def joins_more(toks: list[Tok], j: int, ci: bool) -> bool:
    """ "and"/"of" then a title word after a portfolio's common noun: "Nuclear Safety and Security",
    "Sustainability and the Environment"; or a portfolio noun closing the field before a full name ("Law
    Enforcement Affairs Jane Doe")."""
    if _noun_closes(toks, j):
        return True
    if toks[j].low not in ("and", "of", "for") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.low == "the" and toks[j].low == "and" and j + 2 < len(toks):
        nxt = toks[j + 2]  # "Sustainability and the Environment"
    return is_title_word(nxt, ci, True)


def _noun_closes(toks: list[Tok], j: int) -> bool:
    """A capitalised portfolio noun at j (no title head), then two name words."""
    t = toks[j]
    if j + 2 >= len(toks) or not t.cap or t.low not in PORTFOLIO or t.low in HEADS:
        return False
    return all(
        is_name_text(x.text, k == 0) and x.low not in TITLE_WORDS for k, x in enumerate(toks[j + 1 : j + 3])
    )
