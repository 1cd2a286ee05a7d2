"""The main sentence's city that the main event's date follows, over an earlier city dated on another day."""

from __future__ import annotations

from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.gazetteer import City

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
