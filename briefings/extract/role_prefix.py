"""A rank word written before the country word of a title ("Deputy U.S. Trade Representative"), a title
an "and" joins to a state's title after it ("Deputy Prime Minister and Xish Foreign Minister A"), and a
title a comma joins to the one before the name ("Deputy Prime Minister, Minister of X Jane Doe")."""

from __future__ import annotations

from typing import Protocol

from briefings.extract.forms import weak_title
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.role_command_commas import command_comma
from briefings.extract.roles import _words
from briefings.extract.token_countries import country_at, may_open_country
from briefings.extract.tokens import Tok

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


class _Run(Protocol):
    """The parts of a title run (role_scan.Title) a join reads."""

    role_start: int
    role_end: int
    start: int
    next_index: int
    country: str | None


def comma_title(toks: list[Tok], text: str, bare: _Run, i: int, title: _Run, role: str | None) -> str | None:
    """The role of a name whose title opens at token i after a nameless capitalised title and a comma
    ("Deputy Prime Minister, Minister of X Jane Doe": both offices; "The Chair of X, Ambassador A": the
    office, not the form of address); None unless the first title opens the sentence (after "The" at most),
    so a list ("the President, Prime Minister A and B") is no join."""
    if not role or i < 2 or bare.next_index != i - 1 or toks[i - 1].text != ",":
        return None
    if not text[bare.role_start : bare.role_start + 1].isupper():
        return None
    command = command_comma(toks, text, bare, i, title)
    if command is not None:  # "Commander, Xland Fleet Forces Command Adm. A": the unit, not the rank
        return command
    if title.country is not None and bare.country not in (None, title.country):
        return None
    if title.country is not None and title.role_start > toks[i].start:
        return None  # "The Chair of X, Yland's Permanent Representative, A": the state's own office alone
    k = next((j for j in range(i) if toks[j].start == bare.role_start), -1)
    if not (k == 0 or (k == 1 and toks[0].low == "the")):
        return None
    first = text[bare.role_start : bare.role_end]
    return first if weak_title(role) else f"{first}, {role}"


def and_title(toks: list[Tok], text: str, bare: _Run, i: int, title: _Run, role: str | None) -> str | None:
    """The role of a name whose title opens with a state's word at token i after a nameless title and "and"
    ("Deputy Prime Minister and Xish Foreign Minister Jane Doe": both offices); None when an article opens
    the first title ("the Prime Minister and Xish Foreign Minister A": two people)."""
    if not role or i < 2 or bare.next_index != i - 1 or toks[i - 1].low != "and":
        return None
    if title.country is None or title.role_start <= toks[i].start:
        return None  # the second title opens with its state's word, or it is no join
    if bare.country not in (None, title.country) and bare.country not in ORGANISATION_NAMES:
        return None  # "X Chair and Xish Foreign Minister A": an organisation's office and a state's
    k = next((j for j in range(i) if toks[j].start == bare.role_start), -1)
    if k < 0 or (k and toks[k - 1].low in ("the", "a", "an")) or not text[bare.role_start].isupper():
        return None
    if k and toks[k - 1].cap and not toks[k - 1].text.isupper():
        return None  # "Minister A King and Xland's ambassador B": a name's last word, no title
    return f"{text[bare.role_start : bare.role_end]} and {role}"
