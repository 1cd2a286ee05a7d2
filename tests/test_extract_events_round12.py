"""Event rules, round 12: the lead is counted from the first line of prose (letterhead and title lines do
not push it down); a title line "TOWN, REGION, DAYS" names the meeting's place; a town unknown to the
gazetteer named with its region, after a hosting verb or a venue; "the Xish resort town of Y Z"; a
meeting held by video or phone has no place; a headline's "to gather in Town" beats the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


# --- letterhead and title lines: the lead is the first line of prose ---------------------------------

_LETTERHEAD = [
    "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF NORLAND\n\nPRESS RELEASE\n\nNORTHERN MINISTERS' RETREAT\n\n"
    "Second line of the title\n\n",
    "Department of External Relations\n\nMedia Statement\n\nNorthern Ministers' Retreat\n\nA title line\n\n"
    "Another title line\n\n",
    "KINGDOM OF NORLAND\nFOREIGN OFFICE\n\nNEWS RELEASE\n\nNORTHERN RETREAT OF MINISTERS\n\n",
]
_BODY = (
    "The Foreign Minister of Norland, Arvid Kellerman, will chair the Northern Ministers' Retreat on "
    "18-19 March 2031. The Retreat is the first ministerial meeting of the year.\n\n"
    "2. The ministers will exchange views on regional issues.\n\n"
    "3. The ministers will discuss trade.\n\n"
    "4. Norland took over the chair in Velmora on 4 October 2030. The Northern Summit will be held in "
    "Velmora on 26-27 May 2031.\n"
)


@pytest.mark.parametrize("head", _LETTERHEAD)
def test_letterhead_lines_do_not_push_the_lead_down(head: str) -> None:
    m = _main(_run(head + _BODY, today=date(2031, 3, 1)))
    assert (m.date, m.end_date) == (date(2031, 3, 18), date(2031, 3, 19))


# --- a title line with the meeting's place and days ---------------------------------------------------

_TITLE_LINES = [
    ("NORTHERN MINISTERS' RETREAT\nSMALLHAVEN, WESTMARK, 18-19 MARCH 2031\n\n", "Smallhaven"),
    ("Northern Ministers' Retreat\n\nSmallhaven, Westmark, 18-19 March 2031\n\n", "Smallhaven"),
    ("Northern Ministers' Retreat\n\nSmallhaven, 18-19 March 2031\n\n", "Smallhaven"),
    ("NORTHERN MINISTERS' RETREAT\n\nPORT ELSWICK, 18-19 MARCH 2031\n\n", "Port Elswick"),
]


@pytest.mark.parametrize(("title", "town"), _TITLE_LINES)
def test_title_line_names_the_place(title: str, town: str) -> None:
    text = (
        "PRESS RELEASE\n\n" + title + "The Foreign Minister of Norland, Arvid Kellerman, will chair the "
        "Northern Ministers' Retreat on 18-19 March 2031. The ministers will discuss trade.\n"
    )
    assert _main(_run(text, today=date(2031, 3, 1))).place == town


def test_a_one_day_dateline_line_is_no_meeting_place() -> None:
    text = (
        "Northern Ministers' Retreat\n\nSmallhaven, 10 March 2031\n\nThe Foreign Minister of Norland, Arvid "
        "Kellerman, will chair the Northern Ministers' Retreat on 18-19 March 2031.\n"
    )
    assert _main(_run(text, today=date(2031, 3, 1))).place != "Smallhaven"


# --- a town unknown to the gazetteer, named with its region ---------------------------------------------

_TOWNS = [
    (
        "Norland will host the Northern Ministers' Meeting on 7-8 July 2031 at the Corvin hotel in "
        "Vessa Dunn, Kaloa, as part of its chairmanship.",
        "Vessa Dunn",
    ),
    (
        "The leaders will join the Northern Summit, which Norland will host in Brackenfell, Westmark, from "
        "July 7 to 8, 2031.",
        "Brackenfell",
    ),
    (
        "The Northern leaders will gather July 7 to 8 at Corva Lindel, in Norland's southern Aspe region, "
        "for a summit hosted by Prime Minister Arvid Kellerman.",
        "Corva Lindel",
    ),
    ("Norland is to hold the Northern Summit in Brackenfell, Westmark on 7 and 8 July 2031.", "Brackenfell"),
    ("The ministers will meet at Corva Lindel, Westmark, from 7 to 8 July 2031.", "Corva Lindel"),
]


@pytest.mark.parametrize(("lead", "town"), _TOWNS)
def test_unknown_town_named_with_its_region(lead: str, town: str) -> None:
    text = f"Northern Meeting Announced\n\n{lead} The ministers will discuss trade.\n"
    assert _main(_run(text, today=date(2031, 6, 1))).place == town


def test_a_building_with_its_city_is_no_town() -> None:
    text = (
        "Leaders Meet on Security\n\nThe Prime Minister will host leaders at Lancaster Hall, London, on "
        "7 July 2031 for a summit on security.\n"
    )
    assert _main(_run(text, today=date(2031, 6, 1))).place == "London"


def test_a_list_of_conflicts_is_no_town() -> None:
    text = (
        "Leaders Meet on Security\n\nThe leaders will meet in London on 7 July 2031. They will discuss the "
        "wars in Ostavia, Norland and Westmark.\n"
    )
    assert _main(_run(text, today=date(2031, 6, 1))).place == "London"


_RESORT = [
    "OSLO, Nov 21 - Defence Minister Arvid Kellerman will join the northern defence ministers in the "
    "Westmarkian resort town of Port Elswick from Tuesday through Wednesday, an official said.",
    "OSLO, Nov 21 - Defence Minister Arvid Kellerman will attend talks in the small Westmarkian port town "
    "of Port Elswick on Tuesday and Wednesday, an official said.",
    "OSLO, Nov 21 - Defence Minister Arvid Kellerman heads to the seaside town of Port Elswick for "
    "talks with northern defence ministers from Tuesday through Wednesday.",
]


@pytest.mark.parametrize("lead", _RESORT)
def test_resort_town_with_a_country_adjective(lead: str) -> None:
    text = f"Minister heads to northern defence talks\n\n{lead}\n"
    assert _main(_run(text, today=date(2031, 11, 21))).place == "Port Elswick"


# --- meetings held by video or phone ------------------------------------------------------------------

_REMOTE = [
    "SEOUL, July 1 - The envoys of Norland, Westmark and Ostavia will hold trilateral talks by "
    "videoconference Thursday, the ministry said.",
    "SEOUL, July 1 - The envoys of Norland, Westmark and Ostavia will meet virtually on Thursday, the "
    "ministry said.",
    "SEOUL, July 1 - The envoys of Norland, Westmark and Ostavia will hold a video call on Thursday, the "
    "ministry said.",
    "SEOUL, July 1 - The leaders of Norland and Westmark will hold a telephone summit on Thursday to "
    "discuss trade, the office said.",
    "SEOUL, July 1 - The envoys of Norland, Westmark and Ostavia will hold talks via video link on "
    "Thursday, the ministry said.",
]


@pytest.mark.parametrize("lead", _REMOTE)
def test_remote_meeting_has_no_place(lead: str) -> None:
    m = _main(_run(f"Envoys to hold talks\n\n{lead}\n", today=date(2031, 7, 1)))
    assert m.place is None and m.date is not None


def test_in_person_meeting_keeps_the_dateline() -> None:
    lead = "SEOUL, July 1 - The envoys of Norland, Westmark and Ostavia will hold talks on Thursday."
    assert _main(_run(f"Envoys to hold talks\n\n{lead}\n", today=date(2031, 7, 1))).place == "Seoul"


def test_virtually_as_almost_is_not_remote() -> None:
    lead = (
        "SEOUL, July 1 - Virtually all envoys of the region will hold talks on Thursday, the ministry said."
    )
    assert _main(_run(f"Envoys to hold talks\n\n{lead}\n", today=date(2031, 7, 1))).place == "Seoul"


# --- a headline's place over the dateline ---------------------------------------------------------------

_HEADLINES = [
    ("Northern foreign ministers to gather in Port Elswick in June", "Port Elswick"),
    ("Northern ministers to meet in Port Elswick next month", "Port Elswick"),
    ("Norland to host summit in Port Elswick as partners seek unity", "Port Elswick"),
    ("Norland, Westmark to hold talks in Osaka on June 3", "Osaka"),
]


@pytest.mark.parametrize(("headline", "town"), _HEADLINES)
def test_headline_place_beats_the_dateline(headline: str, town: str) -> None:
    text = (
        f"{headline}\n\nTOKYO -- Foreign ministers from Norland and Westmark will meet from June 3 to 5 at "
        "the seaside resort that hosted a summit a decade ago, sources said.\n"
    )
    assert _main(_run(text, today=date(2031, 5, 12))).place == town


def test_headline_country_is_no_place() -> None:
    text = (
        "Leader will meet partners at the summit in Portugal\n\nTOKYO -- The leader will attend the summit "
        "on June 3, sources said.\n"
    )
    assert _main(_run(text, today=date(2031, 5, 12))).place != "Portugal"


# --- a meeting "ahead of" the gathering is not its day, even today -------------------------------------

_AHEAD_TODAY = [
    "Ahead of the summit, the Prime Minister will welcome President Arvid Kellerman to his office this "
    "afternoon for a bilateral meeting.",
    "Before the summit, the Prime Minister will hold talks with President Arvid Kellerman today.",
    "Ahead of Sunday's summit, the Prime Minister meets President Arvid Kellerman this morning for talks.",
]


@pytest.mark.parametrize("aside", _AHEAD_TODAY)
def test_meeting_ahead_of_the_summit_today_is_not_its_day(aside: str) -> None:
    text = (
        "PM to host leaders for summit on security\n\nThe Prime Minister will welcome northern leaders to "
        "Velmora on Sunday to discuss security.\n\nFrom: Prime Minister's Office\nPublished 1 March 2031\n\n"
        "The Prime Minister will host leaders at the Grand Hall, "
        "Velmora, on Sunday 2 March for a summit on security.\n\nThe leaders will discuss defence.\n\n"
        "The ministers will discuss trade.\n\nThe summit will end with a statement.\n\n" + aside + "\n"
    )
    assert _main(_run(text, today=date(2031, 3, 1))).date == date(2031, 3, 2)


# --- the range a gathering attended is given is its own, not a side meeting's day inside it -------------

_ATTENDED_RANGE = [
    "Prime Minister Arvid Kellerman will travel to the port city of Velmora to attend the Northern "
    "Cooperation summit on August 31 and September 1, the ministry said.",
    "Prime Minister Arvid Kellerman will travel to Velmora to attend the Northern Cooperation summit from "
    "31 August to 1 September, the ministry said.",
    "Prime Minister Arvid Kellerman will visit Velmora for the Northern Cooperation summit on 31 August-1 "
    "September, the ministry said.",
]


@pytest.mark.parametrize("lead", _ATTENDED_RANGE)
def test_attended_gathering_keeps_its_range(lead: str) -> None:
    text = (
        "PM to attend northern summit\n\n" + lead + "\n\nKellerman will hold a bilateral meeting with "
        "President Tor Baldvin on the sidelines of the summit on August 31, officials said.\n"
    )
    m = _main(_run(text, today=date(2031, 8, 27)))
    assert (m.date, m.end_date) == (date(2031, 8, 31), date(2031, 9, 1))


# --- a visit that "runs until" a later day -------------------------------------------------------------

_RUNS_UNTIL = [
    "The week-long visit, which runs until next Tuesday, will focus on climate finance.",
    "The trip runs until next Tuesday and will focus on climate finance.",
    "The visit will continue until next Tuesday, with talks on climate finance.",
    "The week-long visit lasts through next Tuesday, officials said.",
]


@pytest.mark.parametrize("second", _RUNS_UNTIL)
def test_visit_runs_until_a_later_day(second: str) -> None:
    text = (
        "Minister to visit the islands\n\nForeign Minister Arvid Kellerman will travel to Fiji, Tonga and "
        f"Samoa from Wednesday, his first trip to the region this year.\n\n{second}\n"
    )
    m = _main(_run(text, today=date(2031, 4, 14)))  # a Monday
    assert (m.date, m.end_date) == (date(2031, 4, 16), date(2031, 4, 22))


# --- "said on Monday, June 1": the statement's day, in any format ---------------------------------------

_SAID_DAY = [
    "the ministry said on Monday, June 1.",
    "the ministry announced on 1 June.",
    "the ministry said June 1.",
    "officials told reporters on Monday, June 1.",
]


@pytest.mark.parametrize("said", _SAID_DAY)
def test_statement_day_dates_no_meeting(said: str) -> None:
    text = (
        "Minister heads to the commission\n\nVELMORA - Foreign Secretary Arvid Kellerman will fly to Norvik "
        f"this week to co-chair the Norland-Westmark Joint Commission, {said}\n\nKellerman and his "
        "counterpart, Foreign Minister Tor Baldvin, will lead their delegations at the commission on "
        "Thursday, June 4, the ministry said.\n"
    )
    b = _run(text, today=date(2031, 6, 1))
    assert _main(b).date == date(2031, 6, 4)
    assert not [e for e in b.events if e.kind != "main" and "Baldvin" in " ".join(e.participants)]
