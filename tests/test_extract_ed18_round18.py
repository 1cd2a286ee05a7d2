"""Main-event date rules, round 18 (ed18): a weekday restated by a bracketed full date ("on Wednesday
(March 11)") is read with the cues before the weekday, so a departure's day gives way to the meeting's; a
host "will host A and B on" two guests announces the meeting like "will host A on"; a lead's "next week"
spelled out by a long "will meet A and B in X from Monday to Wednesday" (a source's city, "according to the
embassy in Y", is no second stop); "will open the <long name> at <venue> in <city> on D" then "will end on
D2"; a visit "followed by an official visit to Y on D"; a stop list's last stop after "and"; an official
visit the headline announces first, around its one day's meeting; and a gathering attended "during" a visit
whose own days a next sentence gives."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


# ---- "will depart for X on Wednesday (March 11) to hold ..." then "scheduled ... on Thursday (March 12)" --

_DEPART = [
    (
        "Zelnor to hold annual talks with Varnish premier\n\nOrvane (ANTARA) - President Lirio Zelnor will "
        "depart for Varnesia on Wednesday (March 11) to hold the ninth Annual Consultation with Prime "
        "Minister Tomas Hekla, minister Dani Oru said here on Monday.\n\nThe consultation is scheduled to "
        "take place at the state guest house in Lunmar on Thursday (March 12), Oru told journalists.",
        date(2031, 3, 9),
        date(2031, 3, 12),
    ),
    (
        "Minister to visit Quellan\n\nKarsk (ANTARA) - Foreign Minister Rena Voss will leave for Quellan on "
        "Sunday (June 8) to hold the fourth Joint Commission with her counterpart Ilo Tamm, the ministry "
        "said on Friday.\n\nThe commission is scheduled to take place in Quellan City on Monday (June 9).",
        date(2031, 6, 6),
        date(2031, 6, 9),
    ),
    (
        "Premier heads to Doravia for summit\n\nPelm (Reuters) - Prime Minister Osk Arnett will fly to "
        "Doravia on Tuesday (October 14) to attend the Doravia-Pelm summit with President Ines Carro, his "
        "office said on Sunday.\n\nThe summit is set to take place in Dora on Wednesday (October 15), "
        "officials said.",
        date(2031, 10, 12),
        date(2031, 10, 15),
    ),
]


@pytest.mark.parametrize(("text", "today", "day"), _DEPART)
def test_bracketed_weekday_date_is_read_as_the_journeys_day(text: str, today: date, day: date) -> None:
    assert _main(text, today).date == day


def test_talks_dated_with_a_bracketed_weekday_keep_their_day() -> None:
    text = (
        "Minister to visit Quellan\n\nKarsk (ANTARA) - Foreign Minister Rena Voss will hold talks with her "
        "counterpart Ilo Tamm in Quellan City on Sunday (June 8), the ministry said on Friday.\n\n"
        "She will return home on Monday (June 9)."
    )
    assert _main(text, date(2031, 6, 6)).date == date(2031, 6, 8)


# ---- "A will host B and C on March 14 and 15": the host's meeting, over a separate meeting's day ----------


def _host_text(
    host: str, g1: str, g2: str, day: str, separate: str, onward: str, verb: str = "will host"
) -> str:
    last = host.split()[-1]
    return (
        "Defence chiefs head to Marrow Bay for talks on shipbuilding\n\n"
        "March 2, 2031 at 9:00 AM\n\n"
        "VELDA — Defence ministers from three allies will gather in Marrow Bay later this month for a "
        "meeting that officials say must show progress.\n\n"
        "The talks have been planned for months. Officials said the agenda was long.\n\n"
        f"{host} {verb} {g1} and {g2} on {day}, the ministry confirmed Thursday. "
        "The talks will be at the naval yard.\n\n"
        f'"We want results," {last} said.\n\n'
        "Analysts were divided on the outcome.\n\n"
        f"{last} and {g2.split()[-1]} will hold a separate bilateral meeting on {separate} to review a "
        f"treaty. {g1.split()[-1]} is expected to travel on to Port Sel on {onward} to visit a submarine "
        "base.\n"
    )


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (
            (
                "Defence Minister Tova Renn",
                "Defense Secretary Ike Marlo",
                "Defence Secretary Ana Sorel",
                "March 14 and 15",
                "March 13",
                "March 16",
            ),
            date(2031, 3, 14),
            date(2031, 3, 15),
        ),
        (
            (
                "Deputy Prime Minister Olaf Brisk",
                "Foreign Minister Petra Quay",
                "Trade Minister Jon Alder",
                "March 20",
                "March 19",
                "March 21",
            ),
            date(2031, 3, 20),
            None,
        ),
        (
            (
                "Minister for Defence Rhea Tull",
                "General Sam Ode",
                "Admiral Kit Vane",
                "March 9 and 10",
                "March 8",
                "March 11",
            ),
            date(2031, 3, 9),
            date(2031, 3, 10),
        ),
    ],
)
def test_host_of_two_guests_dates_the_meeting(args: tuple[str, ...], first: date, last: date | None) -> None:
    ev = _main(_host_text(*args), date(2031, 3, 2))
    assert (ev.date, ev.end_date) == (first, last)


def test_two_guests_hosted_in_the_past_date_no_meeting() -> None:
    text = _host_text(
        "Defence Minister Tova Renn",
        "Defense Secretary Ike Marlo",
        "Defence Secretary Ana Sorel",
        "February 20",
        "March 13",
        "March 16",
        verb="hosted",
    )
    assert _main(text, date(2031, 3, 2)).date == date(2031, 3, 13)


# ---- "next week" in the lead, "will meet A and B in X from Monday to Wednesday" after it: those days ------


def _week_text(who: str, g1: str, g2: str, city: str, country: str, span: str, extra: str = "") -> str:
    return (
        f"{who} to lead delegation to {city} for talks\n\n"
        "Published: 9:00am, 2 May 2031\n\n"
        f"Minister {who} will travel to {country} next week for a new round of trade talks, the ministry "
        "confirmed on Saturday.\n\n"
        f"{who.split()[-1]}, the lead negotiator, will meet {g1} and {g2} in {city} {span}, according to a "
        f"statement.{extra}\n\n"
        "Analysts expect little progress.\n"
    )


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (
            (
                "Oren Vask",
                "Treasury Secretary Della Moorcroft-Hayes",
                "Trade Representative Ansel Whitcombe",
                "Geneva",
                "Switzerland",
                "from Monday to Wednesday",
            ),
            date(2031, 5, 5),
            date(2031, 5, 7),
        ),
        (
            (
                "Ilse Marrow",
                "Commerce Secretary Bartholomew Greenhalgh",
                "Deputy Trade Representative Juno Castellane",
                "Vienna",
                "Austria",
                "from Tuesday to Thursday",
            ),
            date(2031, 5, 6),
            date(2031, 5, 8),
        ),
        (
            (
                "Teo Brandt",
                "Finance Minister Sebastiano Uccellini",
                "Economy Minister Rosalind Featherstone",
                "Oslo",
                "Norway",
                "from Monday to Tuesday",
            ),
            date(2031, 5, 5),
            date(2031, 5, 6),
        ),
    ],
)
def test_week_spelled_out_by_a_long_meet_clause(args: tuple[str, ...], first: date, last: date) -> None:
    ev = _main(_week_text(*args), date(2031, 5, 3))
    assert (ev.date, ev.end_date) == (first, last)


def test_week_spelled_out_by_one_weekday_keeps_one_day() -> None:
    text = _week_text(
        "Oren Vask", "Secretary Della Moor", "Envoy Ansel Whit", "Geneva", "Switzerland", "on Monday"
    )
    ev = _main(text, date(2031, 5, 3))
    assert (ev.date, ev.end_date) == (date(2031, 5, 5), None)


def test_source_seated_in_another_city_makes_no_second_stop() -> None:
    extra = " Vask is also scheduled to meet the President on Tuesday, according to the embassy in Bern."
    text = _week_text(
        "Oren Vask",
        "Treasury Secretary Della Moorcroft-Hayes",
        "Trade Representative Ansel Whitcombe",
        "Geneva",
        "Switzerland",
        "from Monday to Wednesday",
        extra,
    )
    ev = _main(text, date(2031, 5, 3))
    assert (ev.place, ev.end_date) == ("Geneva", date(2031, 5, 7))


# ---- "will open the <long name> at <venue> in <city> on D. The two-day X will end on D2": D to D2 ---------


def _open_text(name: str, venue: str, city: str, first: str, last: str, closing: str = "will end on") -> str:
    return (
        f"Lisvane, 3 May 2031\n\nMinistry: Minister Cato Ferrant to open {name}\n\n"
        f"The Minister of Foreign Affairs, Cato Ferrant, will open the {name} at the {venue} in {city} on "
        f"{first}. The two-day conference, organised by the ministry, {closing} {last}.\n\n"
        "Ministers from twenty states are expected.\n"
    )


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (
            (
                "XIV Northern Shores and Island States Conference",
                "Palazzo Verdino",
                "Rome",
                "Thursday 15 May",
                "Friday 16 May",
            ),
            date(2031, 5, 15),
            date(2031, 5, 16),
        ),
        (
            (
                "Third Atlantic Rim and Polar Partnership Forum",
                "Grand Harbour Hall",
                "Lisbon",
                "Monday 12 May",
                "Tuesday 13 May",
                "will close on",
            ),
            date(2031, 5, 12),
            date(2031, 5, 13),
        ),
        (
            (
                "Ninth Continental Water and Energy Security Summit",
                "Old Customs House",
                "Vienna",
                "Wednesday 21 May",
                "Friday 23 May",
            ),
            date(2031, 5, 21),
            date(2031, 5, 23),
        ),
    ],
)
def test_long_named_gathering_opened_then_closed(args: tuple[str, ...], first: date, last: date) -> None:
    ev = _main(_open_text(*args), date(2031, 5, 3))
    assert (ev.date, ev.end_date) == (first, last)


def test_opened_gathering_with_no_closing_day_keeps_one_day() -> None:
    text = _open_text(
        "XIV Northern Shores and Island States Conference",
        "Palazzo Verdino",
        "Rome",
        "Thursday 15 May",
        "Friday 16 May",
        "and the ministers will then tour the harbour on",
    )
    ev = _main(text, date(2031, 5, 3))
    assert (ev.date, ev.end_date) == (date(2031, 5, 15), None)


# ---- "a State visit to X from D1 to D2, followed by an official visit to Y on D3": the trip to D3 -------


def _followed_text(first: str, second: str, span: str, leg: str) -> str:
    return (
        "published: 2031-01-20\n\nPresidency — Press communiqué\n\n"
        f"State visit of the President to {first.split(' of ')[-1]} and official visit to "
        f"{second.split(' of ')[-1]}\n\n"
        f"The President of the Republic, Mr Aurel Vantor, will make a State visit to {first} {span}, "
        f"followed by an official visit to {second} {leg}.\n\n"
        "He will be accompanied by the Minister for Foreign Affairs, Ms Ilka Deverne.\n"
    )


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (
            (
                "the Republic of Peru",
                "the Plurinational State of Bolivia",
                "from Monday 9 to Wednesday 11 June 2031",
                "on Thursday 12 June",
            ),
            date(2031, 6, 9),
            date(2031, 6, 12),
        ),
        (
            (
                "the Republic of Kenya",
                "the United Republic of Tanzania",
                "from 3 to 5 March 2031",
                "on 6 March",
            ),
            date(2031, 3, 3),
            date(2031, 3, 6),
        ),
        (
            (
                "the Kingdom of Sweden",
                "the Kingdom of Norway",
                "on 14 and 15 October 2031",
                "on 16 and 17 October",
            ),
            date(2031, 10, 14),
            date(2031, 10, 17),
        ),
    ],
)
def test_visit_followed_by_a_dated_visit_elsewhere_spans_both(
    args: tuple[str, ...], first: date, last: date
) -> None:
    ev = _main(_followed_text(*args), date(2031, 1, 20))
    assert (ev.date, ev.end_date) == (first, last)


def test_visit_followed_by_a_press_conference_keeps_its_days() -> None:
    text = _followed_text(
        "the Republic of Peru",
        "the Plurinational State of Bolivia",
        "from Monday 9 to Wednesday 11 June 2031",
        "on Thursday 12 June",
    ).replace(
        "followed by an official visit to the Plurinational State of Bolivia",
        "followed by a press conference in Lima",
    )
    ev = _main(text, date(2031, 1, 20))
    assert (ev.date, ev.end_date) == (date(2031, 6, 9), date(2031, 6, 11))


# ---- "will be in A on May 10 and 11, B on May 12 and C on May 13": the list's last stop after "and" -------


def _swing_text(sentence: str) -> str:
    return (
        "published: 2031-05-04\n\nDAILY BRIEFING\n\nOrla's regional swing\n\n"
        "SCOOP — Envoy Mara Orla will make a four-day swing through the region next week, two officials "
        f"told us.\n\n{sentence}, per a schedule shared with us.\n\nThe envoy's office declined to comment.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        (
            "Orla will be in Riyadh on May 10 and 11, Muscat on May 12 and Doha on May 13",
            date(2031, 5, 10),
            date(2031, 5, 13),
        ),
        (
            "Orla will be in Nairobi on May 10, Kampala on May 11 and Kigali on May 12 and 13",
            date(2031, 5, 10),
            date(2031, 5, 13),
        ),
        (
            "Orla will be in Hanoi on May 11, Vientiane on May 12 and Bangkok on May 13",
            date(2031, 5, 11),
            date(2031, 5, 13),
        ),
    ],
)
def test_stops_listed_with_and_span_the_trip(sentence: str, first: date, last: date) -> None:
    ev = _main(_swing_text(sentence), date(2031, 5, 4))
    assert (ev.date, ev.end_date) == (first, last)


def test_a_person_after_and_is_no_stop() -> None:
    text = _swing_text(
        "Orla will meet the minister in Riyadh on May 10 and 11 with her deputy and Omar Haddad on May 12"
    )
    ev = _main(text, date(2031, 5, 4))
    assert (ev.date, ev.end_date) == (date(2031, 5, 10), date(2031, 5, 11))


# ---- "Minister to Visit Y for the X" over "an official visit to Y from 10 to 12 March ... on 11 March, A
# will co-chair the X": the meeting the visit is made for, on its own day (the visit's other days are travel
# days around it); "to pay an Official Visit to Y and co-chair the X" announces two acts: the visit --------


def _official_text(headline: str, lead: str, during: str) -> str:
    return (
        f"{headline}\n\n{lead}\n\n{during}\n\nThe Minister will be accompanied by senior officials of the "
        "Ministry.\n\nMinistry of Foreign Affairs\nKarsby\n\n2 March 2031\n"
    )


_NORWAY = (
    "Foreign Minister to visit Norway for the 4th Session of the Joint Committee",
    "Minister of Foreign Affairs Ulla Brandsen will undertake an official visit to Norway from 10 to 12 "
    "March 2031 at the invitation of the Government of Norway.",
    "During the visit, Minister Brandsen will co-chair the 4th Session of the Joint Committee in Oslo on "
    "11 March 2031 with State Secretary Eirik Dahl.",
)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (_official_text(*_NORWAY), date(2031, 3, 11), None),
        (
            _official_text(
                "Prime Minister to visit Kenya for the Business Forum",
                "Prime Minister Lotte Vahr will make a state visit to Kenya from 20 to 22 March 2031 at the "
                "invitation of President Daniel Mwangi.",
                "On 21 March 2031, the Prime Minister will open the Business Forum in Nairobi with President "
                "Mwangi.",
            ),
            date(2031, 3, 21),
            None,
        ),
    ],
)
def test_visit_for_one_meeting_is_that_meeting(text: str, first: date, last: date | None) -> None:
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Minister to pay an Official Visit to Chile and co-chair the 2nd Strategic Dialogue\n\n"
            "2 March 2031\n\nMinister of Foreign Affairs Tarek Ommundsen will pay an official visit to "
            "Santiago, Chile, during 16 – 18 March 2031.\n\nOn 17 March 2031, the Minister will co-chair "
            "the 2nd Strategic Dialogue with the Minister for Foreign Affairs of Chile, Ana Roble.\n",
            date(2031, 3, 16),
            date(2031, 3, 18),
        ),
    ],
)
def test_official_visit_announced_first_is_the_event(text: str, first: date, last: date) -> None:
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date) == (first, last)


def test_meeting_headline_keeps_the_meeting_day_inside_an_official_visit() -> None:
    headline = "Foreign Minister to co-chair the 4th Session of the Joint Committee in Oslo"
    ev = _main(_official_text(headline, *_NORWAY[1:]), date(2031, 3, 2))
    assert (ev.date, ev.end_date) == (date(2031, 3, 11), None)


# ---- "will embark on a four-day visit to A and B on Wednesday during which she will attend the X Dialogue"
# then "The dialogue, to be held on June 5 and 6": the gathering's days, not the journey's ---------------


def _embark_text(verb: str, countries: str, gathering: str, city: str, held: str) -> str:
    return (
        f"Minister Orsk to attend {gathering} in {city}\n\n"
        f"Karsby, Jun 2 (PTI) Foreign Minister Tamsin Orsk will {verb} to {countries} on Wednesday during "
        f"which she will attend the sixth {gathering} in {city}, the ministry said on Tuesday.\n\n"
        f"The {gathering.split()[-1].lower()}, {held}, will bring together the foreign ministers of the "
        "region, it said.\n\nOrsk will also meet the host's president.\n"
    )


@pytest.mark.parametrize(
    ("args", "first", "last"),
    [
        (
            (
                "embark on a four-day visit",
                "Kazakhstan and Kyrgyzstan",
                "Nordic-Central Asia Dialogue",
                "Astana",
                "to be held on June 5 and 6",
            ),
            date(2031, 6, 5),
            date(2031, 6, 6),
        ),
        (
            (
                "embark on a three-day trip",
                "Chile",
                "Andean-Pacific Forum",
                "Santiago",
                "to be held on June 5 and 6",
            ),
            date(2031, 6, 5),
            date(2031, 6, 6),
        ),
        (
            (
                "set out on a five-day tour",
                "Ghana and Togo",
                "West Africa Coastal Conference",
                "Accra",
                "to be held on June 6 and 7",
            ),
            date(2031, 6, 6),
            date(2031, 6, 7),
        ),
    ],
)
def test_gathering_attended_during_a_visit_gives_its_own_days(
    args: tuple[str, ...], first: date, last: date
) -> None:
    ev = _main(_embark_text(*args), date(2031, 6, 2))
    assert (ev.date, ev.end_date) == (first, last)


def test_undated_gathering_leaves_the_visits_days() -> None:
    text = _embark_text(
        "embark on a four-day visit",
        "Kazakhstan and Kyrgyzstan",
        "Nordic-Central Asia Dialogue",
        "Astana",
        "which first met in 2019",
    )
    ev = _main(text, date(2031, 6, 2))
    assert (ev.date, ev.end_date) == (date(2031, 6, 4), date(2031, 6, 7))
