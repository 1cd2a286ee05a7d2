"""Main-event rules, round 19 (events): a weekly media briefing's "today" is logistics; a "Place / Office /
Date" line is a dateline; a numbered release's "No: 12, 3 May 2031," is its day of writing; a camp is a
venue named with its city; a town under a North American region's abbreviation ("Smalltown, Alta.,"); the
capital named after its country's adjective ("the Xish capital, Y"); "begin ... and run for two days";
two consecutive days joined by "and"; a trip's stops beside the statement's own day; a headline's
"to open on Thursday" over the lead's range; a town after a venue in the lead under a headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


T = date(2031, 5, 1)

# ---- a media briefing's "today" is the briefing's day --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spokesperson: Harbour Forum to open this weekend\n\nThe Republic will host the Harbour Forum on "
        "Saturday and Sunday, May 10-11.\n\nSpeaking at the weekly media briefing held at the ministry "
        "today, the spokesperson said the Forum, which will be held at a seaside hotel, will gather 900 "
        "guests.",
        "Spokesman: Lake Dialogue to convene this weekend\n\nThe spokesman announced that the government "
        "will "
        "host the 4th Lake Dialogue on Saturday and Sunday, May 10-11.\n\nSpeaking at the regular press "
        "briefing held at the ministry today, the spokesman said the Dialogue, which will be held at the old "
        "palace, will bring together envoys.",
        "Envoy: Coral Forum to convene this weekend\n\nThe envoy announced that the Republic will host the "
        "Coral Forum on Saturday and Sunday, May 10-11, under the theme of trust.\n\nSpeaking at the weekly "
        "media briefing held at the ministry today, the envoy said the Forum, which will be held at the "
        "harbour "
        "hotel, will bring together 2,000 guests.",
        "Kestrel Summit this weekend\n\nThe country will host the Kestrel Summit on May 10-11.\n\n"
        "Addressing the daily media briefing held in the capital today, the spokeswoman said the Summit, "
        "which will be held at the congress hall, will focus on trade.",
    ],
)
def test_a_media_briefings_today_is_not_the_meetings_day(text: str) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 10), date(2031, 5, 11))


def test_a_meeting_held_today_still_counts() -> None:
    text = (
        "Ministers meet in Oslo\n\nThe foreign ministers will hold talks in Oslo today, the ministry said.\n"
    )
    assert _main(text, T).date == T


# ---- a "Place / Office / Date" line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Envoy: Gulf Forum to meet this weekend\n\nDoha / Information Office / 02 May 2031\n\nThe State "
            "will host the 9th edition of the Gulf Forum on May 10-11, under the patronage of the Amir.",
            "Doha",
        ),
        (
            "Oslo Forum next week\n\nOslo / Press Office / 3 May 2031\n\nThe government will host the Oslo "
            "Forum on 10-11 May, the spokesperson announced.",
            "Oslo",
        ),
        (
            "Lisbon Dialogue to convene\n\nLisbon / Communications Unit / May 2, 2031\n\nThe ministry will "
            "host "
            "the Atlantic Dialogue on May 10-11 with ministers of 30 states.",
            "Lisbon",
        ),
    ],
)
def test_a_slash_date_line_gives_the_place(text: str, place: str) -> None:
    assert _main(text, T).place == place


def test_a_slash_line_without_a_date_is_no_dateline() -> None:
    text = (
        "Forum next week\n\nDoha / Information Office / Press\n\nThe State will host a forum on May "
        "10-11, the spokesperson said."
    )
    assert _main(text, T).place is None


# ---- a numbered release's day of writing -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No: 96, 3 May 2031, Press Release Regarding the Informal Meeting of Defence Ministers to be Held in "
        "Izmir\n\nThe Informal Meeting of Defence Ministers will be held in Izmir on 14-15 May 2031.",
        "No: 12, 3 May 2031, Press Release Regarding the Informal Meeting of Trade Ministers to be Held in "
        "Vienna\n\nThe Informal Meeting of Trade Ministers will be held in Vienna on 14-15 May 2031, hosted "
        "by "
        "our Minister.",
        "No. 240, 3 May 2031, Press Release Regarding the Regional Meeting of Interior Ministers to be Held "
        "in "
        "Baku\n\nThe Regional Meeting of Interior Ministers will be held in Baku on 14-15 May 2031, chaired "
        "by "
        "our Minister.",
    ],
)
def test_a_numbered_releases_date_is_not_the_meetings(text: str) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 14), date(2031, 5, 15))


def test_a_headline_meeting_day_after_no_number_stays() -> None:
    text = "Ministers to meet 14 May 2031 in Vienna\n\nThe ministers will meet in Vienna, officials said."
    assert _main(text, T).date == date(2031, 5, 14)


# ---- a camp named with its city ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Defence ministers to meet\n\nThe Secretary will host his counterpart for the Defence Ministers' "
            "Meeting on Monday, May 12, at Camp Rafael Crame, Quezon City.",
            "Quezon City",
        ),
        (
            "Talks at the base\n\nThe Minister will receive the delegation for the annual staff talks on "
            "May 12 "
            "at Camp Victory, Cebu City.",
            "Cebu City",
        ),
        (
            "Army chiefs meet\n\nThe chiefs will hold the border meeting on May 12 at Camp Nine, Nairobi.",
            "Nairobi",
        ),
    ],
)
def test_a_camp_and_its_city(text: str, place: str) -> None:
    assert _main(text, T).place == place


def test_a_camp_alone_gives_no_city() -> None:
    text = "Leaders to meet\n\nThe two leaders will hold the retreat at Camp David on May 12."
    assert _main(text, T).place is None


# ---- a town under a region's abbreviation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Premier to host summit\n\nThe Premier will welcome the leaders to Banff, Alta., from May 15 to "
            "17 "
            "for the annual summit.",
            "Banff",
        ),
        (
            "Leaders gather\n\nThe President will host the leaders in Chestertown, Md., on May 15 for the "
            "summit.",
            "Chestertown",
        ),
        (
            "Ministers meet\n\nThe Prime Minister will welcome the ministers to Tofino, B.C., on May 15 for "
            "the "
            "talks.",
            "Tofino",
        ),
    ],
)
def test_a_town_under_a_region_abbreviation(text: str, place: str) -> None:
    assert _main(text, T).place == place


def test_a_past_town_under_an_abbreviation_is_not_the_place() -> None:
    text = (
        "Summit next week\n\nThe leaders will meet in Ottawa on May 15, after the last summit in "
        "Banff, Alta., in 2028."
    )
    assert _main(text, T).place == "Ottawa"


# ---- "the Xish capital, Y" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A and B to hold talks in Oman on Saturday\n\nA and B will hold talks in the Omani capital, "
            "Muscat, "
            "on Saturday, officials said.",
            "Muscat",
        ),
        ("Envoys to meet in Qatar\n\nThe envoys will meet in the Qatari capital, Doha, on May 10.", "Doha"),
        (
            "Talks in Kenya\n\nThe two delegations will hold talks in the Kenyan capital, Nairobi, on May "
            "10.",
            "Nairobi",
        ),
    ],
)
def test_a_capital_named_after_its_adjective(text: str, place: str) -> None:
    assert _main(text, T).place == place


def test_the_capital_without_a_city_name_gives_no_city() -> None:
    text = "Talks in Oman\n\nThe two sides will hold talks in the Omani capital on Saturday, officials said."
    assert _main(text, T).place != "Saturday"


# ---- "begin ... and run for two days" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Talks to begin\n\nTechnical talks between A-land and B-land will begin on May 12 in Geneva and "
            "run "
            "for two days, the ministry said.",
            date(2031, 5, 13),
        ),
        (
            "Border talks\n\nThe border commission will open on May 12 in Nairobi and will last three days.",
            date(2031, 5, 14),
        ),
        (
            "Negotiations resume\n\nThe negotiations will start on May 12 in Vienna, Austria, and continue "
            "for "
            "four days.",
            date(2031, 5, 15),
        ),
    ],
)
def test_begin_and_run_for_n_days(text: str, end: date) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 12), end)


def test_a_meeting_then_days_of_travel_is_one_day() -> None:
    text = "Talks in Geneva\n\nThe envoys will meet on May 12 in Geneva, two days after arriving."
    assert _main(text, T).end_date is None


# ---- two consecutive days joined by "and" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Visit to Chile\n\nThe Foreign Minister will welcome her counterpart on an official visit on "
            "Saturday, May 31, and Sunday, June 1.",
            (date(2031, 5, 31), date(2031, 6, 1)),
        ),
        (
            "Talks in Lima\n\nThe ministers will hold talks in Lima on Monday, May 12, and Tuesday, May 13.",
            (date(2031, 5, 12), date(2031, 5, 13)),
        ),
        (
            "Commission meets\n\nThe joint commission will meet in Quito on May 12, and on May 13.",
            (date(2031, 5, 12), date(2031, 5, 13)),
        ),
    ],
)
def test_two_consecutive_days(text: str, span: tuple[date, date]) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == span


def test_two_days_a_week_apart_are_not_a_span() -> None:
    text = "Talks in Lima\n\nThe ministers will hold talks in Lima on Monday, May 12, and Monday, May 19."
    assert _main(text, T).end_date is None


# ---- a trip's stops beside the statement's day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Leader to pay official visits to Chile, Peru\n\nThe President will pay an official visit to "
            "Chile "
            "from May 9 to 10 and an official visit to Peru from May 11 to 13, the ministry announced on "
            "May 1.",
            (date(2031, 5, 9), date(2031, 5, 13)),
        ),
        (
            "Premier to tour Kenya, Ghana\n\nThe Premier will pay a state visit to Kenya from May 9 to 10 "
            "and a "
            "state visit to Ghana from May 11 to 12, the office said on May 1.",
            (date(2031, 5, 9), date(2031, 5, 12)),
        ),
        (
            "Minister to visit Laos, Cambodia\n\nThe Minister will visit Laos from May 9 to 11 and travel "
            "to Cambodia from "
            "May 12 to 14, the ministry announced on May 2.",
            (date(2031, 5, 9), date(2031, 5, 14)),
        ),
    ],
)
def test_a_trips_stops_span_beside_the_statements_day(text: str, span: tuple[date, date]) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == span


def test_one_visit_and_the_statements_day_is_one_stay() -> None:
    text = (
        "Leader to visit Chile\n\nThe President will pay an official visit to Chile from May 9 to 10, the "
        "ministry announced on May 1."
    )
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 9), date(2031, 5, 10))


# ---- a headline's "to open on Thursday" over the lead's range; the lead's venue town ----------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fifth Steppe Dialogue on Regional Security to open on Thursday\n\nThe fifth Steppe Dialogue "
            "will "
            "take place on May 15-16 at the State Palace in Darkhanbuur, co-organized by the ministry.",
            "Darkhanbuur",
        ),
        (
            "Third Valley Forum to open on Thursday\n\nThe third Valley Forum will be held on May 15-16 at "
            "the "
            "Grand Hall in Tarnovel, the organisers said.",
            "Tarnovel",
        ),
        (
            "Second River Conference to open on Thursday\n\nThe Second River Conference will take place on "
            "May 15-16 at the Congress Centre in Ostrevik.",
            "Ostrevik",
        ),
    ],
)
def test_a_headlines_opening_day_takes_the_leads_range_and_venue_town(text: str, place: str) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 15), date(2031, 5, 16), place)


def test_a_venue_in_a_region_is_no_town() -> None:
    text = (
        "Leaders Dialogue to open on Thursday\n\nThe Leaders Dialogue will take place on May 15-16 at the "
        "State Palace in West Province."
    )
    assert _main(text, T).place is None
