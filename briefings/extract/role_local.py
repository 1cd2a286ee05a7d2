"""Offices of a state, province or city: the place written before the head is part of the title
("Ontario Premier", "Western Australian Premier", "Osaka Governor")."""

from __future__ import annotations

from functools import cache

import pycountry

from briefings.extract.gazetteer import country_of, find_city, fold
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.role_body_prefix import body_prefix
from briefings.extract.role_named_bodies import named_body_before
from briefings.extract.role_scan import Title
from briefings.extract.role_seats import party_seat
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
    if title.country and title.start == toks[i].start and (bank := _bank_prefix(toks, i)) is not None:
        return bank  # "Bank of Xland Governor A": the bank names the office
    k = next((j for j in range(i, min(i + 3, len(toks))) if toks[j].start == title.role_start), None)
    if k is None:
        return None
    body = body_prefix(toks, k)
    if body is None and k == i and not title.country:
        body = named_body_before(toks, k, title.role_end)  # "Xcorp Chairman", "Senate X Committee Chair"
    if body is not None:
        return body  # "Bank of Xland Governor": the state body's name is part of the title
    # "Xstate Chief Minister": a state's head of government (never a nation's), so any place word before it
    chief = toks[k].low == "chief" and k + 1 < len(toks) and toks[k + 1].low == "minister"
    if toks[k].low in _GRADES and k + 1 < len(toks) and toks[k + 1].low in _LOCAL_HEADS:
        pass  # "Xstate Deputy Premier": the grade opens the local title
    elif toks[k].low not in _LOCAL_HEADS and not chief:
        return party_seat(toks, i) if k == i else None  # "Congress MP A": the party's word
    if k > i and title.country and i > 0 and toks[i - 1].low in _COMPASS and toks[i - 1].cap:
        return toks[i - 1].start  # "Western Australian Premier": a state named by its demonym
    if k != i or i == 0:
        return None
    run = _place_run(toks, i, text)
    if run is not None:
        return run
    prev = toks[i - 1]
    low = prev.low
    if not (prev.cap and prev.text.isalpha()) or low in HEADS or low in MODIFIERS or country_of(prev.text):
        return None
    if i - 1 == 0:  # a sentence's first word is capitalised anyway: only a known city or province there
        return prev.start if find_city(prev.text) or fold(prev.text) in _subdivisions() else None
    if not toks[i - 2].cap or toks[i - 2].low == "the":
        return prev.start if is_name_text(prev.text, True) else None
    return None


# the nouns that close a local unit's name ("Xtown Lakes District", "Yville County", "Zland State")
_UNITS = frozenset({"district", "county", "shire", "province", "prefecture", "state", "territory", "region"})


def _place_run(toks: list[Tok], i: int, text: str) -> int | None:
    """The start of a place's name of two or more words before a local head at i: a first-level subdivision
    ("Northern Territory Chief Minister", "Western Australia Premier") or a run of name words closed by a
    local unit's noun ("Xtown Lakes District Mayor"); else None."""
    j = i
    while j > 0 and i - j < 4 and toks[j - 1].cap and toks[j - 1].text.isalpha():
        if toks[j - 1].low in HEADS:
            break
        if j < i and text[toks[j - 1].end : toks[j].start] != " ":
            break
        j -= 1
    if i - j < 2:
        return None
    unit = toks[i - 1].low in _UNITS
    for s in range(j, i - 1):  # the longest run first
        words = toks[s : i - 1] if unit else []
        if fold(text[toks[s].start : toks[i - 1].end]) in _subdivisions():
            return toks[s].start
        if words and all(is_name_text(t.text, True) and country_of(t.text) is None for t in words):
            return toks[s].start
    return None


@cache
def _subdivision_countries() -> dict[str, str | None]:
    """Each first-level subdivision's folded name to its country's common name (None when two share it)."""
    out: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        land = pycountry.countries.get(alpha_2=sub.country_code)
        names = (getattr(land, "common_name", None), getattr(land, "name", None)) if land else ()
        country = next((c for c in (country_of(n) for n in names if n) if c), None)
        key = fold(str(sub.name))
        out[key] = country if out.get(key, country) == country else None
    return out


def subdivision_country(place: str) -> str | None:
    """The country a first-level subdivision named in full belongs to ("Alberta": Canada), else None."""
    return _subdivision_countries().get(fold(place.strip()))


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
    if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()) or acr in ORGANISATIONS:
        return None  # "International X Agency (IXA) Director General": the organisation is the affiliation
    k = i - 4
    if toks[k].low not in _BODY_NOUNS and not any(t.low in _BODY_NOUNS for t in toks[max(0, k - 4) : k]):
        return None
    while k > 0 and (toks[k - 1].cap or toks[k - 1].low in _RUN_WORDS) and toks[k - 1].text.isalpha():
        k -= 1
    while toks[k].low in _RUN_WORDS:
        k += 1
    # the capitalised run's first word must belong to the office ("In a statement, Presidential ...")
    return toks[k].start if toks[k].cap and k < i - 4 else None


# the words that may open a central bank's name before "Bank of" ("Reserve Bank of X", "People's Bank of Y")
_BANK_WORDS = frozenset({"reserve", "central", "national", "people's", "people’s", "state"})


def _bank_prefix(toks: list[Tok], i: int) -> int | None:
    """The start of "(Reserve) Bank of" right before the country word at i that opens a title."""
    if i < 2 or toks[i - 1].text != "of" or toks[i - 2].text != "Bank":
        return None
    k = i - 2
    while k > 0 and toks[k - 1].cap and toks[k - 1].low in _BANK_WORDS:
        k -= 1
    return toks[k].start
