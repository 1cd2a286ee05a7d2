"""Main-event dates, round 21 (dates): "will travel to A this weekend for the X summit on Monday" is the
summit's day, not a trip from the weekend (a weekend is no stop of an itinerary)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = next(e for e in extract(text, today=today).events if e.kind == "main")
    return ev.date, ev.end_date, ev.place


# 2031-04-16 is a Wednesday: "this weekend" is 19-20 April, "Monday" 21 April
_WED = date(2031, 4, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Oduya to travel to Nairobi for regional summit\n\n"
        "KAMPALA, April 16 (Reuters) - President Peter Oduya will travel to Nairobi this weekend for a "
        "summit with the leaders of Rwanda and Burundi on Monday, his spokesman said Wednesday.\n",
        "Lindqvist to travel to Oslo for Nordic talks\n\n"
        "STOCKHOLM, April 16 (TT) - Prime Minister Elsa Lindqvist will travel to Oslo this weekend for "
        "a meeting with the heads of government of Denmark and Finland on Monday, her office said.\n",
        "Moreau to visit Lisbon for trilateral\n\n"
        "PARIS, April 16 (AFP) - Foreign Minister Claire Moreau will visit Lisbon this weekend for "
        "trilateral talks with her counterparts from Spain and Italy on Monday, the ministry said.\n",
    ],
)
def test_a_weekend_journey_before_a_dated_meeting_is_no_stop(text: str) -> None:
    assert _main(text, _WED)[:2] == (date(2031, 4, 21), None)


def test_stops_on_two_days_still_span_the_trip() -> None:
    # near miss: two days, each with its own city, are a trip's stops
    text = (
        "Moreau to tour Iberia\n\n"
        "PARIS, April 16 (AFP) - Foreign Minister Claire Moreau will travel to Lisbon on Monday and to "
        "Madrid on Tuesday, the ministry said.\n"
    )
    assert _main(text, _WED)[:2] == (date(2031, 4, 21), date(2031, 4, 22))
