"""Inbox-style announcements, round 21 (inbox): a host's "will welcome President A ... to the X on <day>"
announces the visit's day; "the X Meeting to be held in Smalltown on <day>" and "will meet in the lakeside
town" (the town a sentence before names) place a gathering in a town the gazetteer lacks; where an earlier
act was "signed in X" is no meeting's city, and a guest "arriving in X" places a visit named by its venue;
"A intends to convey Xland's position" makes A Xland's; "with the EU represented by A" makes A the EU's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import main_of, person

_WH_HEAD = (
    "Statement from the Press Secretary on the Visit of President {guest} of {land}\n\n"
    "Briefing Room\n\nStatements and Releases\n\nApril 2, 2027\n\n"
)


def _main(text: str, today: date) -> tuple[date | None, str | None]:
    ev = main_of(extract(text, today=today))
    return ev.date, ev.place


# --- "will welcome President A to the White House on <day>": the visit's day ---------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            _WH_HEAD.format(guest="Tomas Rillo", land="Veloria")
            + "The President will welcome President Tomas Rillo of Veloria to the White House on Monday, "
            "April 19, 2027. The leaders will discuss energy and trade.\n\n"
            "Following the meeting, the Vice President will host a lunch.\n\n"
            "On Tuesday, April 20, Secretary Dana Whitby will hold a bilateral meeting with Velorian Foreign "
            "Minister Ines Carmo at the Department of State to prepare for the next round of the "
            "U.S.-Veloria Strategic Dialogue.\n",
            date(2027, 4, 19),
        ),
        (
            _WH_HEAD.format(guest="Ana Vell", land="Sorvia")
            + "The President will host President Ana Vell of Sorvia at the White House on Thursday, "
            "April 22. The two will review security cooperation.\n\n"
            "Later, the First Lady will show the guests the Rose Garden.\n\n"
            "On Friday, April 23, Secretary Dana Whitby will hold talks with Sorvian Foreign Minister Lio "
            "Brand to prepare for the annual Strategic Dialogue.\n",
            date(2027, 4, 22),
        ),
        (
            _WH_HEAD.format(guest="Karel Osk", land="Mirenia")
            + "The President will receive President Karel Osk of Mirenia in the Oval Office on Wednesday, "
            "April 14. The visit marks 50 years of relations.\n\n"
            "The leaders will discuss critical minerals.\n\n"
            "On Thursday, April 15, Secretary Dana Whitby and Mirenian Foreign Minister Eda Lund will hold a "
            "meeting of the bilateral commission at the Department of State.\n",
            date(2027, 4, 14),
        ),
    ],
)
def test_welcome_dates_the_visit(text: str, want: date) -> None:
    assert _main(text, date(2027, 4, 2))[0] == want


def test_welcoming_a_thing_dates_no_visit() -> None:
    text = (
        "Statement from the Press Secretary on Public Comment\n\nBriefing Room\n\nStatements and Releases\n\n"
        "April 2, 2027\n\n"
        "The Department will welcome public comments on the draft rule until Monday, April 19, 2027.\n\n"
        "Officials said the rule is broad.\n\nIt covers exports.\n\n"
        "On Tuesday, April 20, Secretary Dana Whitby will hold a bilateral meeting with Velorian Foreign "
        "Minister Ines Carmo at the Department of State.\n"
    )
    assert _main(text, date(2027, 4, 2))[0] == date(2027, 4, 20)


# --- a town the gazetteer lacks: "to be held in Smalltown", "in the lakeside town" ---------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Attendance of the Minister at the G7 Foreign Ministers' Meeting\n\n"
            "1. The Minister for Foreign Affairs is scheduled to visit the French Republic from Monday, "
            "May 3 to Thursday, May 6, to attend the G7 Foreign Ministers' Meeting to be held in Valmoret on "
            "Tuesday, May 4 and Wednesday, May 5.\n",
            "Valmoret",
        ),
        (
            "Defence Ministers to meet\n\nThe Defence Minister will travel to Italy from 10 to 13 June to "
            "attend the Ministerial Meeting which will be held in Valle Seno on 11 and 12 June.\n",
            "Valle Seno",
        ),
        (
            "Leaders to gather\n\nThe Prime Minister will visit Austria from 2 to 5 July for the summit, "
            "being held in Seeburg on 3 and 4 July.\n",
            "Seeburg",
        ),
    ],
)
def test_meeting_held_in_a_small_town(text: str, want: str) -> None:
    assert _main(text, date(2027, 4, 1))[1] == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "G7 leaders head to the lake\n\nPARIS — The president has spent months preparing next week's G7 "
            "summit in Lacombe-les-Eaux, which he hopes is remembered for more than trade.\n\n"
            "Leaders of the Group of Seven will meet in the lakeside spa town from June 14 to 16.\n",
            "Lacombe-les-Eaux",
        ),
        (
            "Ministers head south\n\nROME — Officials have prepared the ministerial meeting in Castelvento "
            "for weeks.\n\nMinisters will gather in the hilltop town on 9 and 10 May.\n",
            "Castelvento",
        ),
        (
            "Alliance talks\n\nBERLIN — Diplomats expect the summit at Ostermoor to be tense.\n\n"
            "Leaders will meet in the small resort from 20 to 21 May.\n",
            "Ostermoor",
        ),
    ],
)
def test_described_town_is_the_one_named_before(text: str, want: str) -> None:
    assert _main(text, date(2027, 4, 1))[1] == want


def test_a_month_is_no_town_before_a_described_one() -> None:
    text = (
        "Leaders meet\n\nPARIS — Officials prepared the summit in June for months.\n\n"
        "Leaders will meet in the capital city from June 14 to 16.\n"
    )
    assert _main(text, date(2027, 4, 1))[1] == "Paris"


# --- "signed in X": an earlier act's city; "before arriving in X": the visit's city ---------------------


@pytest.mark.parametrize(
    "signed",
    [
        "signed in Kuala Lumpur in October",
        "inked in Manila in May",
        "concluded in Bangkok in 2024",
    ],
)
def test_a_city_where_something_was_signed_is_no_meeting_place(signed: str) -> None:
    text = (
        "Secretary Hosts Defence Minister at the Pentagon\n\nDec. 1, 2025\n\n"
        "Secretary Jon Arvel will host Ostrian Minister of Defence Pia Lund at the Pentagon on Tuesday, "
        "Dec. 9."
        f"\n\nThe two are expected to review the framework, {signed}, including maritime awareness.\n"
    )
    assert _main(text, date(2025, 12, 1))[1] is None


def test_a_city_where_a_meeting_is_held_still_counts() -> None:
    text = (
        "Secretary Hosts Defence Minister at the Pentagon\n\nDec. 1, 2025\n\n"
        "Secretary Jon Arvel will host Ostrian Minister of Defence Pia Lund at the Pentagon on Tuesday, "
        "Dec. 9."
        "\n\nThe two will also hold talks in Kuala Lumpur later this month.\n"
    )
    assert _main(text, date(2025, 12, 1))[1] == "Kuala Lumpur"


@pytest.mark.parametrize(
    "arriving",
    [
        "Before arriving in Washington, President Rillo will visit Honolulu on April 16.",
        "Upon arriving in Washington, President Rillo will lay a wreath at Arlington.",
        "After arriving in Washington on April 17, President Rillo will meet business leaders.",
    ],
)
def test_the_guest_arriving_in_a_city_places_a_venue_visit(arriving: str) -> None:
    text = (
        _WH_HEAD.format(guest="Tomas Rillo", land="Veloria")
        + "The President will welcome President Tomas Rillo of Veloria to the White House on Monday, "
        "April 19, 2027, for an official visit. The visit marks a treaty signed in Lisbon in 1951.\n\n"
        f"{arriving}\n"
    )
    assert _main(text, date(2027, 4, 2))[1] == "Washington"


# --- "A intends to convey Xland's position": A is Xland's --------------------------------------------


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Minister Dalia Senn intends to firmly convey Peru's position on fisheries.", "Peru"),
        ("Minister Dalia Senn will outline Norway's perspective on Arctic security.", "Norway"),
        ("Minister Dalia Senn is expected to present Chile's views on ocean governance.", "Chile"),
    ],
)
def test_conveying_a_states_position_gives_the_country(sentence: str, want: str) -> None:
    text = (
        "Attendance at the Ministers' Meeting\n\n"
        "1. The Minister for Foreign Affairs, Ms. KOBAYASHI Emi, and Minister Dalia Senn will attend the "
        "G20 Foreign Ministers' Meeting in Deauville on 25 March. The ministers will discuss the situation "
        "in Ukraine and North Korea.\n\n"
        f"2. {sentence}\n"
    )
    assert person(extract(text, today=date(2027, 3, 1)), "Dalia Senn").country == want


def test_conveying_an_organisations_position_gives_no_country() -> None:
    text = (
        "Attendance at the Ministers' Meeting\n\n"
        "1. Minister Dalia Senn will attend the G20 Foreign Ministers' Meeting in Deauville on 25 March.\n\n"
        "2. Minister Dalia Senn will convey NATO's position on the situation.\n"
    )
    assert person(extract(text, today=date(2027, 3, 1)), "Dalia Senn").country != "NATO"


# --- "with the EU represented by A": A is the EU's ------------------------------------------------------


@pytest.mark.parametrize(
    "clause, want",
    [
        ("with the EU represented by Commission President Liv Haraldsen", "European Union"),
        ("with the African Union represented by Commission Chairperson Liv Haraldsen", "African Union"),
        ("with the EU represented by Commission President Liv Haraldsen and others", "European Union"),
    ],
)
def test_with_the_body_represented_by(clause: str, want: str) -> None:
    text = (
        "Leaders head to the lake\n\nPARIS — French President Marc Roux hosts the summit next week.\n\n"
        f"Leaders of the Group of Seven will meet in Evian from June 14 to 16, {clause}.\n"
    )
    assert person(extract(text, today=date(2027, 6, 1)), "Liv Haraldsen").country == want


def test_with_a_person_represented_by_is_no_body() -> None:
    text = (
        "Leaders head to the lake\n\nPARIS — French President Marc Roux hosts the summit next week.\n\n"
        "Leaders will meet in Evian from June 14 to 16, with the Minister represented by Deputy Minister "
        "Liv Haraldsen.\n"
    )
    assert person(extract(text, today=date(2027, 6, 1)), "Liv Haraldsen").country != "European Union"
