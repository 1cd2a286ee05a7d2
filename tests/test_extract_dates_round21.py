"""Main-event dates, round 21 (dates): "will travel to A this weekend for the X summit on Monday" is the
summit's day, not a trip from the weekend (a weekend is no stop of an itinerary); a lead that gives its
meeting only a period ("will welcome B later this month", "next month", "in the coming weeks") leaves it
undated: a day outside that period ("their call of January 9") is another matter's."""

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


# 2031-03-05 is the day of writing: "later this month" is March 2031
_MAR = date(2031, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the visit of President Okonjo\n\n"
        "President Maria Lindgren will welcome President Samuel Okonjo of Ghana to Stockholm later this "
        "month for a state visit.\n\n"
        "The visit will build on their meeting in Accra last year and on their telephone call of January "
        "14.\n",
        "Prime Minister to host Chilean counterpart\n\n"
        "Prime Minister Aroha Tane will host Chilean President Diego Ferrada for talks in Wellington next "
        "month.\n\n"
        "The leaders agreed to meet during their call of February 20.\n",
        "Ministers to meet on fisheries\n\n"
        "Fisheries Minister Jonas Petersen will hold talks with his Icelandic counterpart Helga Einarsdottir "
        "in the coming weeks.\n\n"
        "The meeting follows the agreement the two signed on November 30.\n",
    ],
)
def test_a_lead_period_leaves_the_meeting_undated(text: str) -> None:
    assert _main(text, _MAR)[:2] == (None, None)


def test_a_day_inside_the_lead_period_is_the_meeting_day() -> None:
    # near miss: "next month ... on 16 April" names the day inside the period
    text = (
        "Prime Minister to host Chilean counterpart\n\n"
        "Prime Minister Aroha Tane will host Chilean President Diego Ferrada for talks in Wellington next "
        "month.\n\n"
        "The talks will be held on April 16.\n"
    )
    assert _main(text, _MAR)[:2] == (date(2031, 4, 16), None)
