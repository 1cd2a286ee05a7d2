"""Countries, organisations and institutions named at a token position ("the Xish Navy", "ROK-U.S.")."""

from __future__ import annotations

from functools import cache, lru_cache

from briefings.extract.gazetteer import country_forms, country_of, fold
from briefings.extract.org_names import ORGANISATIONS, org_in_title
from briefings.extract.tokens import INSTITUTIONS, Tok, base


def joint_states(w: str) -> bool:
    """A hyphenated pair of countries naming a joint body's states ("ROK-U.S. Combined Forces")."""
    parts = w.split("-")
    return len(parts) == 2 and all(country_of(p) is not None for p in parts)


@cache
def _first_words() -> frozenset[str]:
    """Lower-cased first words of every country, organisation and institution form."""
    forms = [*country_forms(), *ORGANISATIONS, *INSTITUTIONS]
    return frozenset(base(f.split()[0]).lower() for f in forms if f.split())


@lru_cache(maxsize=65536)
def could_start_country(word: str) -> bool:
    """True when a lower-case word is the first word of some country, organisation or institution."""
    head = base(word)
    return head in _first_words() or fold(head) in _first_words()


@lru_cache(maxsize=65536)
def may_open_country(low: str) -> bool:
    """The quick test of country_at's first token (its lower-cased text): False means no country there."""
    return could_start_country(low) or "-" in base(low)


@lru_cache(maxsize=65536)
def _phrase_country(phrase: str) -> str | None:
    """The country, organisation or institution a phrase names exactly, if any."""
    b = base(phrase)
    return country_of(b) or org_in_title(b) or INSTITUTIONS.get(b.lower())


_SIZES = (4, 3, 2, 1)
_LONG_SIZES = (7, 6, 5, 4, 3, 2, 1)


@cache
def _long_openers() -> frozenset[str]:
    """Lower-cased first words of the country forms longer than four words ("Socialist Republic of X")."""
    return frozenset(f.split()[0].lower() for f in country_forms() if len(f.split()) > 4)


_AMERICAS = frozenset({"latin", "south", "central", "north", "pan"})


def country_at(toks: list[Tok], i: int, text: str) -> tuple[str, int] | None:
    """A country/organisation/institution named by tokens starting at i: (name, index after it)."""
    first = toks[i]
    if not first.cap or not may_open_country(first.low):
        return None
    if first.low == "american" and i and toks[i - 1].low in _AMERICAS:
        return None  # "Latin American", "South American": a continent's adjective, no state's
    n_toks = len(toks)
    for n in _LONG_SIZES if first.low in _long_openers() else _SIZES:
        if i + n > n_toks:
            continue
        phrase = text[first.start : toks[i + n - 1].end]
        if "\n" in phrase:
            continue
        name = _phrase_country(phrase)
        if name:
            return name, i + n
    return None


@lru_cache(maxsize=65536)
def is_institution(phrase: str) -> bool:
    """True for an institution that implies a country ("Pentagon", "White House")."""
    return base(phrase).lower() in INSTITUTIONS
