"""Offices of a state, province or city: the place written before the head is part of the title
("Ontario Premier", "Western Australian Premier", "Osaka Governor")."""

from __future__ import annotations

from functools import cache

import pycountry

from briefings.extract.gazetteer import country_of, find_city, fold
from briefings.extract.role_scan import Title
from briefings.extract.roles import HEADS, MODIFIERS
from briefings.extract.tokens import Tok, is_name_text

# heads of a state's or a city's government
_LOCAL_HEADS = frozenset({"premier", "governor", "mayor"})
_GRADES = frozenset({"deputy", "vice", "lieutenant"})
_COMPASS = frozenset(
    {"south", "north", "east", "west", "western", "eastern", "northern", "southern", "central"}
)


def local_office(toks: list[Tok], i: int, text: str, title: Title) -> int | None:
    """The offset a local office's title starts at when a place word before it belongs to it, else None."""
    k = next((j for j in range(i, min(i + 3, len(toks))) if toks[j].start == title.role_start), None)
    if k is None:
        return None
    # "Xstate Chief Minister": a state's head of government (never a nation's), so any place word before it
    chief = toks[k].low == "chief" and k + 1 < len(toks) and toks[k + 1].low == "minister"
    if toks[k].low in _GRADES and k + 1 < len(toks) and toks[k + 1].low in _LOCAL_HEADS:
        pass  # "Xstate Deputy Premier": the grade opens the local title
    elif toks[k].low not in _LOCAL_HEADS and not chief:
        return None
    if k > i and title.country and i > 0 and toks[i - 1].low in _COMPASS and toks[i - 1].cap:
        return toks[i - 1].start  # "Western Australian Premier": a state named by its demonym
    if k != i or i == 0:
        return None
    prev = toks[i - 1]
    low = prev.low
    if not (prev.cap and prev.text.isalpha()) or low in HEADS or low in MODIFIERS or country_of(prev.text):
        return None
    if i - 1 == 0:  # a sentence's first word is capitalised anyway: only a known city there
        return prev.start if find_city(prev.text) or (chief and fold(prev.text) in _subdivisions()) else None
    if not toks[i - 2].cap or toks[i - 2].low == "the":
        return prev.start if is_name_text(prev.text, True) else None
    return None


@cache
def _subdivisions() -> frozenset[str]:
    """The names of the world's first-level subdivisions (ISO 3166-2), diacritics folded ("Gujarat")."""
    return frozenset(fold(str(s.name)) for s in pycountry.subdivisions)


_BODY_NOUNS = frozenset(
    {"office", "department", "ministry", "agency", "council", "command", "bureau", "commission"}
    | {"secretariat"}
)
_RUN_WORDS = frozenset({"of", "and", "for", "the", "&"})


def office_prefix(toks: list[Tok], i: int) -> int | None:
    """ "Department of Foreign Affairs (DFA) Assistant Secretary": the office and its abbreviation written
    before a title are part of it; the offset the title starts at, else None."""
    if i < 4 or toks[i - 1].text != ")" or toks[i - 3].text != "(":
        return None
    acr = toks[i - 2].text
    if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()):
        return None
    k = i - 4
    if toks[k].low not in _BODY_NOUNS and not any(t.low in _BODY_NOUNS for t in toks[max(0, k - 4) : k]):
        return None
    while k > 0 and (toks[k - 1].cap or toks[k - 1].low in _RUN_WORDS) and toks[k - 1].text.isalpha():
        k -= 1
    while toks[k].low in _RUN_WORDS:
        k += 1
    # the capitalised run's first word must belong to the office ("In a statement, Presidential ...")
    return toks[k].start if toks[k].cap and k < i - 4 else None
