"""Main-event date and place rules, round 14: another gathering's city is no stop of a trip; a past
meeting's city may carry its region ("in A, Region, last August"); a town the gazetteer does not know,
named with its region before the day, is the meeting's place; a section path over the headline is no
headline; "told reporters ... today" and an unknown town's dateline date no meeting; "next week" spelled
out as a stay in several places spans the stay; a state's formal name ("the Kingdom of X") is a trip's
destination; "Cityname's Grand Hotel" places the meeting in the city."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.places import past_place
from briefings.models import Event


def _main(text: str, today: date = date(2031, 3, 4)) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


# ---- another gathering's city and days are not a stop of the trip ----------------------------------


@pytest.mark.parametrize(
    "detour",
    [
        "to discuss preparations for the NATO Summit in The Hague on June 24-25",
        "to prepare the G20 Summit in Rome on June 24-25",
        "ahead of the Climate Conference in Madrid on June 24 and 25",
        "about the OSCE Ministerial in Vienna on June 24-25",
    ],
)
def test_other_gathering_city_is_no_stop(detour: str) -> None:
    text = (
        "Secretary Orlen's Travel to Belgium, Poland, and Lithuania\n\n"
        "Secretary of State Mark Orlen will travel to Brussels, Belgium; Warsaw, Poland; and Vilnius, "
        "Lithuania, from March 6 to 9, 2031.\n\n"
        f"In Brussels on Thursday, March 6, the Secretary will meet Secretary General Ana Velde {detour}.\n\n"
        "On March 8 and 9, the Secretary will be in Vilnius for talks with Foreign Minister Ruta Kalne.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 6), date(2031, 3, 9), None)


def test_a_real_later_stop_still_extends_the_trip() -> None:
    text = (
        "Minister Hale to travel to Japan and Korea\n\n"
        "Foreign Minister Tom Hale will visit Japan and the Republic of Korea next week.\n\n"
        "Mr Hale will be in Tokyo from Monday 17 to Wednesday 19 March. "
        "He will then be in Seoul on Thursday 20 and Friday 21 March.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date) == (date(2031, 3, 17), date(2031, 3, 21))


# ---- a past meeting's city with its region between -------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ", Maryland, last August.",
        ", New South Wales, last year.",
        ", Bavaria, two years ago.",
        ", Texas, in May last year.",
        " last August.",
    ],
)
def test_past_place_with_region(tail: str) -> None:
    text = "the talks held in Somecity" + tail
    assert past_place(text, len("the talks held in Somecity"))


@pytest.mark.parametrize(
    "tail", [", Maryland, next August.", ", Bavaria, on Monday.", ", where they will meet."]
)
def test_future_place_with_region_is_not_past(tail: str) -> None:
    assert not past_place("talks in Somecity" + tail, len("talks in Somecity"))


def test_venue_meeting_takes_no_past_city() -> None:
    text = (
        "Secretary Dorne to Host Canadian Minister at the Pentagon\n\n"
        "Secretary of Defense Ray Dorne will host Canada's Minister of National Defence, Paul Avery, at the "
        "Pentagon on Tuesday, April 15.\n\n"
        "The meeting will be their first since the ministerial consultations held in Annapolis, Maryland, "
        "last August.\n"
    )
    ev = _main(text, date(2031, 4, 10))
    assert ev.place is None


# ---- a town with its region before the day -------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "town"),
    [
        (
            "Foreign Minister Amir Salleh will co-chair the Joint Commission with his counterpart, Foreign "
            "Minister Budi Santoso, in Pulau Serai, Kedah, on Monday and Tuesday (Nov 3 and 4).",
            "Pulau Serai",
        ),
        (
            "The two ministers will hold the annual dialogue in Porthaven, Westmark, from Nov 3 to 4.",
            "Porthaven",
        ),
        (
            "Trade Minister Lia Moss will meet her counterpart Ken Abe in Kelvale, Northshire, on Nov 3.",
            "Kelvale",
        ),
        (
            "In Dunmarra, Eastland, on Nov 3, ministers will sign the accord, officials said.",
            "Dunmarra",
        ),
    ],
)
def test_town_with_region_before_the_day(lead: str, town: str) -> None:
    text = f"Ministers to meet\n\nKUALA LUMPUR, Oct 29 (Agency) -- {lead}\n"
    assert _main(text, date(2031, 10, 29)).place == town


def test_town_region_list_is_no_town() -> None:
    text = (
        "Ministers to meet\n\nKUALA LUMPUR, Oct 29 (Agency) -- The minister will visit Penang, Ipoh and "
        "Melaka on Nov 3 and hold talks there.\n"
    )
    assert _main(text, date(2031, 10, 29)).place != "Ipoh"


# ---- a section path over the headline ---------------------------------------------------------------


@pytest.mark.parametrize(
    "crumb", ["World / ASEAN", "Home > News > Politics", "Asia | Diplomacy", "Nation › Defence"]
)
def test_breadcrumb_is_no_headline(crumb: str) -> None:
    text = (
        f"AGENCY\n{crumb}\n\nMinisters to gather in Porthaven for first meeting of the year\n\n"
        "PORTHAVEN, Jan 17 (Agency) -- Foreign ministers will gather here on Sunday (Jan 19) for the "
        "annual retreat.\n"
    )
    b = extract(text, today=date(2031, 1, 17))
    assert b.title == "Ministers to gather in Porthaven for first meeting of the year"
    assert b.main_event is not None and b.main_event.place == "Porthaven"


def test_slash_in_a_headline_is_kept() -> None:
    text = "Japan/India defence ministers to hold talks in Tokyo\n\nThe ministers will meet on May 3.\n"
    assert (
        extract(text, today=date(2031, 4, 1)).title == "Japan/India defence ministers to hold talks in Tokyo"
    )


# ---- an unknown town's dateline day and "told reporters ... today" --------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "PORTHAVEN, Jan 17 (Agency) --",
        "SMALL TOWN, Jan 17 (Agency) -",
        "KELVALE, Jan 17 -",
        "DUNMARRA, Jan. 17 (Wire) --",
    ],
)
def test_unknown_town_dateline_day_is_no_meeting_day(dateline: str) -> None:
    text = (
        "Ministers to gather for annual retreat\n\n"
        f"{dateline} Foreign ministers will gather here on Sunday (Jan 19) for the annual retreat.\n"
    )
    assert _main(text, date(2031, 1, 17)).date == date(2031, 1, 19)


@pytest.mark.parametrize(
    "said",
    [
        '"We are ready," he told reporters after inspecting preparations at the meeting venue today.',
        '"All is set," the minister told journalists at the meeting hall today.',
        "Officials told reporters after a meeting with organisers today that security had been tightened.",
    ],
)
def test_told_today_is_the_remarks_day(said: str) -> None:
    text = (
        "Ministers to gather for annual retreat\n\n"
        "Foreign ministers will gather on Sunday (Jan 19) for the annual retreat in Porthaven.\n\n"
        f"{said}\n"
    )
    assert _main(text, date(2031, 1, 17)).date == date(2031, 1, 19)


def test_told_that_it_opens_today_keeps_today() -> None:
    text = (
        "Forum opens\n\nThe minister told reporters that the forum opens today in Porthaven, with talks "
        "among ministers.\n"
    )
    assert _main(text, date(2031, 1, 17)).date == date(2031, 1, 17)


# ---- "next week" spelled out as a stay in several places -------------------------------------------


@pytest.mark.parametrize(
    "stay",
    [
        "The Foreign Secretary will be in Accra on Monday 12 May and in Abuja on Tuesday 13 and "
        "Wednesday 14 May.",
        "The Minister will be in Lima on 12 May and in Quito from 13 to 14 May, the ministry said.",
        "On 12 May Ms Rowe is to be in Oslo, and on 13 and 14 May in Helsinki.",
    ],
)
def test_next_week_stay_spans_its_places(stay: str) -> None:
    text = (
        "Minister to visit two countries\n\n"
        "The Foreign Secretary, Jane Rowe, will travel abroad next week for her first visit since taking "
        f"office.\n\n{stay}\n\n"
        "In the second capital, she will co-chair the Strategic Dialogue with her counterpart on 13 May.\n"
    )
    ev = _main(text, date(2031, 5, 8))
    assert (ev.date, ev.end_date) == (date(2031, 5, 12), date(2031, 5, 14))


def test_next_week_single_meeting_day_kept() -> None:
    text = (
        "Ministers to meet\n\nThe two ministers will meet next week.\n\n"
        "They will hold talks in Lima on 13 May.\n"
    )
    ev = _main(text, date(2031, 5, 8))
    assert (ev.date, ev.end_date) == (date(2031, 5, 13), None)


# ---- a state's formal name as a trip's destination -------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "capital"),
    [
        ("the Socialist Republic of Viet Nam and the Kingdom of Cambodia", "Hanoi"),
        ("the Kingdom of Thailand and the Republic of Indonesia", "Bangkok"),
        ("the Republic of Korea and the State of Qatar", "Seoul"),
        ("the Kingdom of Norway and Finland", "Oslo"),
    ],
)
def test_formal_state_names_make_a_trip(dest: str, capital: str) -> None:
    text = (
        f"Minister Lee will make an Official Visit to {dest} from 4 to 8 November 2031.\n\n"
        f"In {capital}, Minister Lee will call on the Prime Minister.\n"
    )
    ev = _main(text, date(2031, 11, 3))
    assert ev.place is None


def test_one_formal_state_is_no_trip() -> None:
    text = (
        "Minister Lee will make an Official Visit to the Kingdom of Thailand from 4 to 8 November 2031 "
        "in Bangkok.\n"
    )
    assert _main(text, date(2031, 11, 3)).place == "Bangkok"


# ---- a city's own building ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "Ministers from 40 countries will converge on Singapore's Shangri-La Hotel for the forum, "
            "which runs from Friday 29 May to Sunday 31 May.",
            "Singapore",
        ),
        ("Delegates will descend on Tokyo's Imperial Hotel for the dialogue from 29 to 31 May.", "Tokyo"),
        ("Paris's Grand Palais Hall will host the conference from 29 to 31 May.", "Paris"),
        ("The talks, from 29 to 31 May, will fill Berlin's Adlon Hotel.", "Berlin"),
    ],
)
def test_city_possessive_venue(sentence: str, city: str) -> None:
    assert _main(f"Preview: the forum\n\n{sentence}\n", date(2031, 5, 25)).place == city


def test_country_possessive_venue_is_no_city() -> None:
    text = (
        "Preview: the forum\n\nLeaders will converge on Japan's Imperial Palace for the forum from 29 to "
        "31 May.\n"
    )
    assert _main(text, date(2031, 5, 25)).place != "Japan"


# ---- "Meanwhile, ..." opens another matter ---------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Meanwhile, Edda Halvorsen will join a trilateral video conference with U.S. and Japanese officials "
        "on Nov. 13.",
        "Separately, Deputy Minister Ian Roe will attend a workshop in Geneva on Nov. 12.",
        "Elsewhere, the navy chief, Adm. Lise Berg, will meet Japanese officers on Nov. 14.",
        "In a separate development, trade ministers will meet in Lima on Nov. 11.",
    ],
)
def test_aside_sentence_day_is_not_the_main_one(aside: str) -> None:
    text = (
        "PORTHAVEN, Nov. 3 -- Norland and Ostria will hold their defence dialogue in Vienna next week. "
        f"{aside}\n"
    )
    ev = _main(text, date(2031, 11, 3))
    assert (ev.date, ev.place) == (date(2031, 11, 10), "Vienna")


def test_meanwhile_inside_a_sentence_keeps_its_day() -> None:
    text = (
        "Ministers to meet\n\nNorland and Ostria will hold their defence dialogue in Vienna on Nov. 13, "
        "and meanwhile officials will prepare the texts.\n"
    )
    assert _main(text, date(2031, 11, 3)).date == date(2031, 11, 13)
