"""The city the main event's date is tied to: the main sentence's city it follows, over an earlier city dated
on another day, or the city of a venue that follows it ("set for 10 May at the ministry in central X")."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.gazetteer import City, country_of, find_city
from briefings.extract.places import UPPER

_GAPS = ("", "on", ",", "from")  # "in X on 8-9 July", "in X, 8-9 July", "in X from 8 to 9 July"


def _dated(text: str, end: int, limit: int, ref: date) -> DateMention | None:
    """The date that directly follows a city ending at `end` ("X on Monday"), if any."""
    d = min(find_dates(text, end, min(limit, end + 40), ref), key=lambda x: x.start, default=None)
    return d if d is not None and d.start - end <= 6 and text[end : d.start].strip() in _GAPS else None


def dated_first(
    text: str, dm: DateMention | None, cities: list[tuple[City, int, int]], end: int, ref: date
) -> list[tuple[City, int, int]]:
    """ "will travel to A on Monday for X before joining the summit in B on 8-9 July" with the main event on
    8-9 July: B first, the city its date follows, when the first city is dated on another day of its own."""
    if dm is None or len(cities) < 2:
        return cities
    first = _dated(text, cities[0][2], end, ref)
    if first is None or first.start == dm.start or first.date == dm.date:
        return cities
    for k, (_c, _a, b) in enumerate(cities[1:], start=1):
        if 0 <= dm.start - b <= 6 and text[b : dm.start].strip() in _GAPS:
            return [cities[k], *cities[:k], *cities[k + 1 :]]
    return cities


# "set for Sept. 10 at the ministry's headquarters in central Xcity": the day, its venue, the venue's town
_DAY_AT_VENUE_IN = re.compile(
    r"\s*,?\s+at\s+(?:the\s+|an?\s+|its\s+|their\s+)?[^,.;:()\"“”]{1,60}?\s+in\s+"
    rf"(?:(?:central|downtown|northern|southern|eastern|western)\s+)?({UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’-]+)?)"
)


def venue_after_day(text: str, dm: DateMention | None, end: int, prefer: frozenset[str]) -> City | None:
    """ "the dialogue is set for 10 May at the ministry's headquarters in central Xcity": the city of the
    venue the main event's date is followed by, that meeting's own city."""
    m = _DAY_AT_VENUE_IN.match(text, dm.end, end) if dm is not None else None
    if m is None:
        return None
    city = find_city(m[1], prefer)
    return city if city is not None and country_of(m[1]) in (None, city.country) else None
