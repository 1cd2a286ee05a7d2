"""Main-event days, round 16 (events30): a gathering that "runs Tuesday through Thursday next week" under a
lead's "next week"; "next Tuesday" said on a Monday (the Tuesday of next week) and a day given to a meeting
after its place ("will take place at the X in central Y next Tuesday and Wednesday"); a later gathering a
sentence names "ahead of" with its own days; a release's number line ("Press Release No. 312") read as a
label over the title line, not as the headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.eventcues import is_trip
from briefings.extract.relative_dates import relative_date
from briefings.extract.sentences import split
from briefings.models import Briefing

MONDAY = date(2031, 6, 2)  # a Monday


def _main(text: str, today: date = MONDAY) -> Briefing:
    return extract(text, today=today)


def _days(b: Briefing) -> tuple[date | None, date | None]:
    ev = next(e for e in b.events if e.kind == "main")
    return ev.date, ev.end_date


# ---- "runs Tuesday through Thursday next week" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Trade chief to attend regional meeting\n\n"
            "Trade Minister Oskar Vellandt will travel to Norvania next week for a gathering of trade "
            "ministers, his office said Monday.\n\n"
            "The Conference of Trade Ministers of the North runs Tuesday through Thursday next week, hosted "
            "by Norvanian Trade Minister Ilse Brandvik.",
            date(2031, 6, 10),
            date(2031, 6, 12),
        ),
        (
            "Health chief to attend regional meeting\n\n"
            "Health Minister Petra Solheim will travel to Eastmark next week for a gathering of health "
            "ministers from across the region, her office said Monday.\n\n"
            "The Forum of Health Ministers of the East runs Wednesday through Friday next week, hosted by "
            "Eastmark's Health Minister Juno Varga.",
            date(2031, 6, 11),
            date(2031, 6, 13),
        ),
        (
            "Energy chief to attend ministers' meeting\n\n"
            "Energy Secretary Lionel Braddock will travel to Westria next week for a gathering of energy "
            "ministers, officials said Monday.\n\n"
            "The Conference of Energy Ministers of the West runs Monday through Tuesday next week, hosted by "
            "Westrian Energy Minister Aino Kettunen.",
            date(2031, 6, 9),
            date(2031, 6, 10),
        ),
    ],
)
def test_gathering_runs_weekdays_next_week(text: str, first: date, last: date) -> None:
    assert _days(_main(text)) == (first, last)


# ---- "next Tuesday" said on a Monday; a place between the verb and the day ----------------------------


@pytest.mark.parametrize(
    ("word", "today", "expected"),
    [
        ("next Tuesday", date(2031, 6, 2), date(2031, 6, 10)),  # Monday: not tomorrow
        ("next Thursday", date(2031, 6, 4), date(2031, 6, 12)),  # Wednesday: not the day after
        ("next Friday", date(2031, 6, 3), date(2031, 6, 13)),  # Tuesday
    ],
)
def test_next_weekday_is_next_weeks(word: str, today: date, expected: date) -> None:
    assert relative_date(word, today) == expected


def test_next_weekday_already_past_this_week_is_the_coming_one() -> None:
    # near miss: said on a Thursday, "next Tuesday" is the coming Tuesday (five days on), as before
    assert relative_date("next Tuesday", date(2031, 6, 5)) == date(2031, 6, 10)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Allies to hold defence dialogue next week\n\n"
            "NORVIK, June 2 (Agency) -- Norvania and Eastmark will hold high-level defence talks next week, "
            "the defence ministry said Monday.\n\n"
            "The 9th Norvania-Eastmark Defence Dialogue will take place at the defence ministry in central "
            "Norvik next Tuesday and Wednesday, the ministry said.",
            date(2031, 6, 10),
            date(2031, 6, 11),
        ),
        (
            "Neighbours to hold border talks next week\n\n"
            "NORVIK, June 2 (Agency) -- Westria and Southland will hold border talks next week, the foreign "
            "ministry said Monday.\n\n"
            "The 4th Westria-Southland Border Dialogue will take place at the state guesthouse in the "
            "old town of Portvik next Wednesday and Thursday, officials said.",
            date(2031, 6, 11),
            date(2031, 6, 12),
        ),
        (
            "Ministers to hold fisheries talks next week\n\n"
            "Northmark and Isleland will hold fisheries consultations next week, the ministry said "
            "Monday.\n\n"
            "The Northmark-Isleland Fisheries Consultations will be held at the harbour hall in old "
            "Portvik next Thursday and Friday, the ministry said.",
            date(2031, 6, 12),
            date(2031, 6, 13),
        ),
    ],
)
def test_held_at_place_next_weekdays(text: str, first: date, last: date) -> None:
    assert _days(_main(text)) == (first, last)


# ---- "ahead of the X Meeting in Y from 8 to 12 September": another gathering's days --------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ministers to meet this week\n\n"
            "Foreign Ministers of the Isles Forum will meet this Friday for the annual Isles Foreign "
            "Ministers Meeting, chaired by Minister Tomas Verhoef.\n\n"
            "The meeting will consider a draft security declaration and climate finance, ahead of the Isles "
            "Leaders Meeting in Portvik from 8 to 12 September.",
            date(2031, 6, 6),
        ),
        (
            "Trade ministers to meet this week\n\n"
            "Trade ministers of the Northern Compact will meet this Thursday for their regular "
            "consultations, chaired by Minister Alda Quist.\n\n"
            "The ministers will prepare a common position ahead of the Compact Summit in Eastmark on 14 and "
            "15 October.",
            date(2031, 6, 5),
        ),
        (
            "Defence ministers to gather this week\n\n"
            "Defence ministers of the Ridge Group will gather this Wednesday for their spring meeting, "
            "chaired by Minister Rolf Hagen.\n\n"
            "The meeting will review the readiness plan before the Ridge Group Summit in Westria from 20 to "
            "21 September.",
            date(2031, 6, 4),
        ),
    ],
)
def test_later_gathering_ahead_of_is_not_the_main(text: str, day: date) -> None:
    assert _days(_main(text))[0] == day


def test_ahead_of_unnamed_meeting_keeps_its_day() -> None:
    # near miss: "ahead of the meeting on Wednesday" names no other gathering: its day is the meeting's
    text = (
        "Ministers to meet\n\n"
        "Speaking at a press conference ahead of the meeting on Wednesday, Minister Rolf Hagen said the "
        "Ridge Group ministers will agree a readiness plan."
    )
    assert _days(_main(text))[0] == date(2031, 6, 4)


# ---- "tripartite", "triple": no trip word -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Alda Quist will travel to Lima on Saturday to take part in the meeting of the Tripartite "
        "Mechanism between Chile, Bolivia and Peru.",
        "The ministers will review the tripartite agreement between Kenya, Uganda and Rwanda in Nairobi.",
        "Minister Rolf Hagen will attend the summit on the triple border of Chile, Bolivia and Peru.",
    ],
)
def test_tripartite_and_triple_name_no_trip(sentence: str) -> None:
    doc = split(sentence)
    assert not is_trip(doc, doc.sentences[0], frozenset())


def test_trip_to_three_capitals_is_still_a_trip() -> None:
    # near miss: a real trip word before the destinations
    doc = split("Minister Alda Quist will travel to Lima, Santiago and La Paz next week.")
    assert is_trip(doc, doc.sentences[0], frozenset())
