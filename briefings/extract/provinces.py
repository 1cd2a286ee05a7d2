"""A state's provinces, prefectures and states by name (pycountry's subdivisions): "in Yprovince" names a
place of its state other than its cities, as "in X Province" does."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from briefings.extract.gazetteer import country_of, find_city

_KINDS = frozenset({"Province", "Prefecture", "State"})
# "in Yprovince", "to Zprefecture": a name after a place's preposition
_IN_NAME = re.compile(r"\b(?:in|to)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")


@cache
def _subdivisions() -> dict[str, str]:
    """A subdivision's name -> its state's common name."""
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type in _KINDS:
            state = pycountry.countries.get(alpha_2=sub.country_code)
            common = country_of(str(state.name)) if state else None
            if common:
                out[str(sub.name)] = common
    return out


def provinces_in(text: str, start: int, end: int, country: str) -> list[str]:
    """The provinces of `country` named after "in"/"to" in text[start:end], that are no city's name."""
    return [
        m[1]
        for m in _IN_NAME.finditer(text, start, end)
        if _subdivisions().get(m[1]) == country and find_city(m[1]) is None
    ]
