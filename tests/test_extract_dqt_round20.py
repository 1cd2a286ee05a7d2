"""Main-event days, quote speakers and topics, round 20 (dqt): arrivals "expected in Xcity from 20 to 22 May
for the Y Conference" date the conference though an attribution ("the agency announced today") is past; a
meeting "held during A's official visit to X from 16 to 19 May" keeps its own day, not the stay's; a
journey "to Xcity on Monday 2 November for a meeting" whose meeting "runs until Tuesday 3 November" spans
both days."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 4, 14)


def _days(text: str) -> tuple[date | None, date | None]:
    main = extract(text, today=_TODAY).main_event
    assert main is not None
    return main.date, main.end_date


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "Ministers to Gather in Geneva for Water Security Conference\n\n"
            "Ministers and senior officials from more than 90 countries are expected in Geneva from 8 to 10 "
            "June 2026 for the International Conference on Water Security, the organisers announced "
            "today.\n\n"
            "The chair will hold a meeting with the two vice-chairs on 7 June to prepare the declaration.\n\n"
            "A press conference is scheduled for 14:00 on 8 June.\n",
            date(2026, 6, 8),
            date(2026, 6, 10),
        ),
        (
            "Leaders to meet in Nairobi for ocean summit\n\n"
            "Heads of state are expected in Nairobi on 21 and 22 May for the Blue Ocean Summit, the host "
            "government said on Tuesday.\n\n"
            "The foreign ministers will hold a preparatory meeting on 20 May.\n",
            date(2026, 5, 21),
            date(2026, 5, 22),
        ),
        (
            "Delegations converge on Lima for trade ministerial\n\n"
            "Trade ministers from 21 economies are expected in Lima from 14 to 16 July for the trade "
            "ministerial, the secretariat confirmed.\n\n"
            "Senior officials will hold a closing meeting on 13 July.\n",
            date(2026, 7, 14),
            date(2026, 7, 16),
        ),
    ],
)
def test_expected_in_city_dates_the_gathering(text: str, first: date, last: date) -> None:
    assert _days(text) == (first, last)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Chile, Norway to hold 4th Joint Commission in Oslo\n\n"
            "Santiago – Foreign Minister Ana Rojas will co-chair the fourth Chile – Norway Joint Commission "
            "with Norwegian Foreign Minister Lars Berge in Oslo on September 9.\n\n"
            "The meeting will take place during Rojas's official visit to Norway from September 8 to 11, "
            "the ministry announced on September 1.\n\n"
            "She will also travel to Bergen on September 10 to meet business leaders.\n",
            date(2026, 9, 9),
        ),
        (
            "Kenya and Ghana to hold Joint Permanent Commission in Accra\n\n"
            "Nairobi – Cabinet Secretary Peter Mwangi will co-chair the Kenya – Ghana Joint Permanent "
            "Commission in Accra on October 6.\n\n"
            "The commission will meet during Mwangi's working visit to Ghana from October 5 to 8, the "
            "ministry said.\n",
            date(2026, 10, 6),
        ),
        (
            "Poland, Korea to hold strategic dialogue in Seoul\n\n"
            "Warsaw – Foreign Minister Jan Nowak will hold the strategic dialogue with South Korean Foreign "
            "Minister Park Min-soo in Seoul on November 24.\n\n"
            "The dialogue will be held during Nowak's visit to South Korea from November 23 to 26.\n",
            date(2026, 11, 24),
        ),
    ],
)
def test_meeting_during_a_visit_keeps_its_day(text: str, day: date) -> None:
    assert _days(text) == (day, None)


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "Minister to Tallinn for Nordic-Baltic defence meeting\n\n"
            "The Hague – Minister of Defence Pieter de Graaf travels to Tallinn on Monday 2 November for a "
            "meeting of Nordic-Baltic defence ministers. The meeting runs until Tuesday 3 November and is "
            "hosted by Estonian Minister of Defence Kadri Tamm.\n",
            date(2026, 11, 2),
            date(2026, 11, 3),
        ),
        (
            "Minister to Riga for coast guard forum\n\n"
            "Minister Eva Lind travels to Riga on Wednesday 9 September for a meeting of Baltic Sea interior "
            "ministers. The meeting lasts until Thursday 10 September.\n",
            date(2026, 9, 9),
            date(2026, 9, 10),
        ),
        (
            "State secretary to Vilnius for cyber meeting\n\n"
            "State Secretary Jonas Berg flies to Vilnius on Sunday 4 October for a meeting of cyber defence "
            "officials. The meeting continues until Tuesday 6 October.\n",
            date(2026, 10, 4),
            date(2026, 10, 6),
        ),
    ],
)
def test_meeting_running_until_spans_from_the_journey(text: str, first: date, last: date) -> None:
    assert _days(text) == (first, last)


def test_meeting_on_a_day_after_the_journey_stays() -> None:
    """Near miss: the next sentence gives the meeting its own day ("takes place on"), no closing day."""
    text = (
        "Minister to Tallinn for Nordic-Baltic defence meeting\n\n"
        "The Hague – Minister of Defence Pieter de Graaf travels to Tallinn on Monday 2 November for a "
        "meeting of Nordic-Baltic defence ministers. The meeting will take place on Tuesday 3 November.\n"
    )
    assert _days(text) == (date(2026, 11, 3), None)


def test_visit_range_without_during_stays() -> None:
    """Near miss: a visit range the meeting is not said to be held during remains the event's span."""
    text = (
        "Minister to visit Norway\n\n"
        "Foreign Minister Ana Rojas will pay an official visit to Norway from September 8 to 11, the "
        "ministry announced on September 1.\n"
    )
    assert _days(text) == (date(2026, 9, 8), date(2026, 9, 11))
