"""Round 22 (d35events): the main meeting's day and place when the lead dates only its week and the hosts
receive the guests on a weekday, a journey sets off "from today" for meetings dated later, the guest
arrives the evening before, the trip begins at another stop, and a title line names a venue in its city."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event


def _main(text: str, ref: date) -> Event:
    """The main event of a short release read on `ref`."""
    event = extract(text, source="t", published=None, today=ref).main_event
    assert event is not None
    return event


def _days(text: str, ref: date) -> tuple[date | None, date | None]:
    """(date, end_date) of the main event."""
    event = _main(text, ref)
    return event.date, event.end_date


# -- "will meet next week" in the lead, the hosts "will receive" the guests on a weekday of that week

_WEEK = (
    "{head}\n\n"
    "{city}, May 2, 2031 (AFP) - The foreign ministers of {a} and {b} will meet in {city} next week for "
    "talks on maritime security, the ministry announced on Friday.\n\n"
    "Foreign Minister Halvard Ostmo will receive his counterpart Teodora Vasquez-Ring on {day} at the "
    "foreign ministry, the ministry said.\n\n"
    "The two last met in 2029.\n"
)


@pytest.mark.parametrize(
    ("head", "city", "a", "b", "day", "want"),
    [
        ("Ministers to meet in Oslo", "OSLO", "Norway", "Chile", "Wednesday", date(2031, 5, 7)),
        ("Norway and Peru to hold talks", "OSLO", "Norway", "Peru", "Tuesday", date(2031, 5, 6)),
        ("Talks in Oslo next week", "OSLO", "Norway", "Mexico", "Thursday", date(2031, 5, 8)),
    ],
)
def test_hosts_receiving_guests_date_the_week(
    head: str, city: str, a: str, b: str, day: str, want: date
) -> None:
    assert _main(_WEEK.format(head=head, city=city, a=a, b=b, day=day), date(2031, 5, 2)).date == want


def test_a_dinner_hosted_for_the_guests_does_not_date_the_week() -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        "OSLO, May 2, 2031 (AFP) - The foreign ministers of Norway and Chile will meet in Oslo next week for "
        "talks on maritime security, the ministry announced on Friday.\n\n"
        "Foreign Minister Halvard Ostmo will host a dinner on Sunday evening, the ministry said.\n"
    )
    assert _main(text, date(2031, 5, 2)).date == date(2031, 5, 5)


# -- "travels to the region from today for the meetings", the meetings "will be held in X on 17 and 18 July"

_FROM_TODAY = (
    "Minister to attend {name} meetings\n\n"
    "14 July 2031\n\n"
    "Trade Minister Aroha Penfold travels to {region} from today for the annual round of {name} trade "
    "ministers' meetings, hosted this year by {host}.\n\n"
    "The {name} Trade Ministers' Meeting and the {name} Business Forum will be held in {city} on 17 and "
    "18 July.\n\n"
    '"These meetings matter to our exporters," Ms Penfold said.\n'
)


@pytest.mark.parametrize(
    ("name", "region", "host", "city"),
    [
        ("Pacific Rim", "South America", "Chile", "Santiago"),
        ("Indian Ocean", "East Africa", "Kenya", "Nairobi"),
        ("Nordic-Baltic", "Northern Europe", "Latvia", "Riga"),
    ],
)
def test_journey_from_today_takes_the_meetings_days(name: str, region: str, host: str, city: str) -> None:
    text = _FROM_TODAY.format(name=name, region=region, host=host, city=city)
    assert _days(text, date(2031, 7, 14)) == (date(2031, 7, 17), date(2031, 7, 18))


def test_meetings_opening_today_keep_today() -> None:
    text = (
        "Minister to attend Pacific Rim meetings\n\n"
        "14 July 2031\n\n"
        "Trade Minister Aroha Penfold will attend the Pacific Rim Trade Ministers' Meeting in Santiago "
        "today, hosted this year by Chile.\n"
    )
    assert _main(text, date(2031, 7, 14)).date == date(2031, 7, 14)


# -- "will arrive in X on the evening of Sunday 13 June, ahead of the summit": the journey's day

_ARRIVE = (
    "PM to travel to {city} for {name}\n\n"
    "The Prime Minister will join leaders in {city} for the {name} this month.\n\n"
    "Prime Minister Rowan Thistlewood will arrive in {city} on the evening of {eve}, ahead of the {name}.\n\n"
    "The summit opens on {day} with sessions on trade and energy.\n"
)


@pytest.mark.parametrize(
    ("city", "name", "eve", "day", "want"),
    [
        ("Lisbon", "Atlantic Leaders' Summit", "Sunday 13 June 2032", "Monday 14 June", date(2032, 6, 14)),
        ("Tallinn", "Baltic Sea Summit", "Tuesday 8 June 2032", "Wednesday 9 June", date(2032, 6, 9)),
        ("Dublin", "Celtic Isles Summit", "Thursday 17 June 2032", "Friday 18 June", date(2032, 6, 18)),
    ],
)
def test_arrival_evening_is_not_the_summits_day(city: str, name: str, eve: str, day: str, want: date) -> None:
    text = _ARRIVE.format(city=city, name=name, eve=eve, day=day)
    assert _main(text, date(2032, 6, 1)).date == want


def test_a_meeting_on_the_evening_of_a_day_keeps_that_day() -> None:
    text = (
        "PM to meet Lisbon leaders\n\n"
        "Prime Minister Rowan Thistlewood will meet the Portuguese Prime Minister in Lisbon on the evening "
        "of Sunday 13 June 2032 for talks on trade.\n"
    )
    assert _main(text, date(2032, 6, 1)).date == date(2032, 6, 13)


# -- "She will begin in A on Tuesday ... will then travel on to B, where on Thursday she will attend the X"

_STOPS = (
    "Minister heads to {region} for {name} talks\n\n"
    "Foreign Minister Ilse Marchetti will travel to {first_country} and {main_country} this week.\n\n"
    "She will begin in {first} on Tuesday 27 July, where she will hold talks with her counterpart.\n\n"
    "The Minister will then travel on to {main}, where on Thursday 29 July she will attend the {name} "
    "Ministerial Conference.\n\n"
    "On 30 July she will join a business roundtable.\n"
)


@pytest.mark.parametrize(
    ("region", "name", "first_country", "first", "main_country", "main"),
    [
        ("South America", "Mercosur", "Uruguay", "Montevideo", "Argentina", "Buenos Aires"),
        ("the Gulf", "GCC", "Oman", "Muscat", "Qatar", "Doha"),
        ("Central Asia", "Silk Road", "Uzbekistan", "Tashkent", "Kazakhstan", "Astana"),
    ],
)
def test_main_stop_after_a_first_stop(
    region: str, name: str, first_country: str, first: str, main_country: str, main: str
) -> None:
    text = _STOPS.format(
        region=region,
        name=name,
        first_country=first_country,
        first=first,
        main_country=main_country,
        main=main,
    )
    event = _main(text, date(2031, 7, 26))
    assert (event.date, event.place) == (date(2031, 7, 29), main)


def test_a_visit_begun_in_its_only_city_keeps_its_day() -> None:
    text = (
        "Minister to visit Uruguay\n\n"
        "Foreign Minister Ilse Marchetti will begin her visit in Montevideo on Tuesday 27 July, where she "
        "will hold talks with her counterpart.\n"
    )
    assert _main(text, date(2031, 7, 26)).date == date(2031, 7, 27)


# -- "X Headquarters, Cityname, 2-3 April": the venue's city, not the venue

_TITLE = (
    "published: 2030-03-25\n\nMedia Advisory\n\n"
    "Meeting of {body} Ministers of Defence\n"
    "{venue}, {city}, 2-3 April 2030\n\n"
    "{body} Defence Ministers will meet at the {venue} in {city} on 2 and 3 April 2030.\n"
)


@pytest.mark.parametrize(
    ("body", "venue", "city"),
    [
        ("Alliance", "Alliance Headquarters", "Vienna"),
        ("Council", "Council Convention Centre", "Lisbon"),
        ("Forum", "Forum Palace", "Warsaw"),
    ],
)
def test_title_line_venue_gives_its_city(body: str, venue: str, city: str) -> None:
    event = _main(_TITLE.format(body=body, venue=venue, city=city), date(2030, 3, 25))
    assert event.place == city


def test_title_line_town_and_region_keeps_the_town() -> None:
    text = (
        "published: 2030-03-25\n\nMedia Advisory\n\n"
        "Meeting of Alliance Ministers of Defence\n"
        "Smallbergen, Northland, 2-3 April 2030\n\n"
        "Alliance Defence Ministers will meet in Smallbergen on 2 and 3 April 2030.\n"
    )
    assert _main(text, date(2030, 3, 25)).place == "Smallbergen"
