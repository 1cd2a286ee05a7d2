"""The city a venue's bracket names after it: "at the Ministry of X (Ward, Cityname)"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import City, country_of, find_city
from briefings.extract.places import UPPER
from briefings.extract.regions import is_region

# a bracket right after the venue: one to three comma-separated names, the city last ("(Ward, Cityname)")
_BRACKET = re.compile(rf"\s*\(({UPPER}[\w'’ .-]{{0,30}}(?:,\s*{UPPER}[\w'’ .-]{{0,30}}){{0,2}})\)")


def bracket_city(text: str, venue_end: int, end: int, prefer: frozenset[str]) -> City | None:
    """The city a bracket right after a venue names, its last part first; not a region, nor a country unless a
    city-state."""
    m = _BRACKET.match(text, venue_end, end)
    if m is None:
        return None
    for part in reversed(m[1].split(",")):
        name = part.strip().rstrip(".")
        city = find_city(name, prefer)
        state = country_of(name)
        if city is not None and (state is None or state == city.country) and not is_region(name):
            return city
    return None
