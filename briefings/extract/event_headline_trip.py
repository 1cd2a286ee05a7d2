"""A headline that dates a whole journey itself: its own range of days around the picked day."""

from __future__ import annotations

from briefings.extract.dates import DateMention, find_dates


def dated_around(headline: str, dm: DateMention) -> bool:
    """The headline gives a range of days of its own that holds dm's days ("Visit of X to A and B (9-13
    May)" over a lead's "will visit A from 9 to 11 May to attend the Y Summit"): the journey's dates."""
    last = dm.end_date or dm.date
    return any(
        h.end_date is not None and h.date <= dm.date and last <= h.end_date
        for h in find_dates(headline, 0, len(headline), dm.date)
    )
