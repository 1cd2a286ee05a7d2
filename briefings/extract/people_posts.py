"""Titles closed by a post's city before a name set off by commas ("Xland's Ambassador in Ycity, Jane
Doe,") and a portfolio's common noun that no name word can be ("the International Organizations in Y,")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.people_after_title import comma_name, portfolio_run
from briefings.extract.role_scan import Title
from briefings.extract.tokens import Tok

Named = tuple[list[Tok], int]

# heads of a diplomatic post abroad: the city a holder serves in may close the title
_POST_HEAD = re.compile(
    r"\b(?:ambassador|high commissioner|representative|consul|consul-general|envoy|charg[ée] d['’]affaires"
    r"|attach[ée]|delegate)\b",
    re.I,
)
# a capitalised word with a common noun's ending (also plural): no given name or surname
NOUN_WORD = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ship|ism|ure)s?$|(?:ics|ety)$")


def _place_end(toks: list[Tok], k: int, text: str) -> int:
    """The index after a city or country of one or two words starting at token k, else 0."""
    for width in (2, 1):
        if k + width > len(toks) or not all(t.cap for t in toks[k : k + width]):
            continue
        phrase = text[toks[k].start : toks[k + width - 1].end]
        if country_of(phrase) or find_city(phrase):
            return k + width
    return 0


def posted_name(
    toks: list[Tok], k: int, text: str, end: int, role: str
) -> tuple[int, tuple[list[Tok], int]] | None:
    """After a post's title: "in <city or country>, Jane Doe," -> (the title's end with its city, name)."""
    if k + 2 >= len(toks) or toks[k].low != "in" or not _POST_HEAD.search(role):
        return None
    after = _place_end(toks, k + 1, text)
    if not after:
        return None
    name = comma_name(toks, after, text, end)
    return (toks[after - 1].end, name) if name and len(name[0]) >= 2 else None


def noun_then_name(
    toks: list[Tok], k: int, text: str, end: int, strict: bool
) -> tuple[int, tuple[list[Tok], int]] | None:
    """A lone "name" right after a title that is a common noun ("Organizations"): the portfolio goes on to a
    name set off by a comma ("... International Organizations in Ycity, Jane Doe,") -> (title end, name)."""
    if k >= len(toks) or not NOUN_WORD.search(toks[k].low):
        return None
    return portfolio_run(toks, k, text, end, strict=strict)


def in_place_name(
    toks: list[Tok], title: Title, got: Named | None, text: str, end: int
) -> tuple[int, Named] | None:
    """A title going on with "in <place>" before a name set off by a comma: (the title's end, the name)."""
    k = title.next_index
    if k + 1 >= len(toks):
        return None
    if got and len(got[0]) == 1 and got[0][0] is toks[k] and toks[k + 1].low == "in":
        return noun_then_name(toks, k, text, end, strict=title.country is None)
    if got is None and toks[k].low == "in":
        posted = posted_name(toks, k, text, end, text[title.role_start : title.role_end])
        if posted:
            return posted
    if got is None and (toks[k].text == "," or toks[k].low in ("in", "at")):
        return served_body_name(toks, k, text, end)
    return None


_BODY_KINDS = frozenset({"ministry", "department"})
_BODY_JOINS = frozenset({"of", "for", "and", "&"})


def served_body_name(toks: list[Tok], k: int, text: str, end: int) -> tuple[int, Named] | None:
    """A title going on with the ministry or department it serves in, then a name set off by a comma
    ("Principal Secretary, State Department for X, Dr A B,", "Secretary (West) in the Ministry of X, A B")
    -> (the title's end with its body, the name)."""
    j = k + 1 if toks[k].text == "," else k + 2
    if toks[k].text != "," and toks[k + 1].low != "the":
        return None
    start = j
    while j < len(toks) and j < start + 8 and (toks[j].cap or (j > start and toks[j].low in _BODY_JOINS)):
        j += 1
    run = toks[start:j]
    if not run or run[-1].low in _BODY_JOINS or not any(t.low in _BODY_KINDS and t.cap for t in run):
        return None
    name = comma_name(toks, j, text, end)
    return (run[-1].end, name) if name and len(name[0]) >= 2 else None
