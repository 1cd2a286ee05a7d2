"""Main-event days and places, round 16 (eventsx): an island or region a multi-zone country's time zone table
names ("talks in Bali" in a text on Indonesia) over a namesake town abroad; "this weekend"; "next week,
departing Sunday and returning Friday"; "agreed on Wednesday to hold talks ... later this month" (no day); a
full date in slashes read in the writer's order."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

WEDNESDAY = date(2031, 6, 4)  # a Wednesday


def _main(text: str, today: date = WEDNESDAY) -> Event | None:
    return extract(text, source="t", published=None, today=today).main_event


# ---- an island or region named with its country --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "zone"),
    [
        (
            "Indonesia will host a meeting of the Xandria-Volmark joint commission in Bali on June 10, the "
            "Indonesian foreign ministry said.",
            "Bali",
            "Asia/Makassar",
        ),
        (
            "Malaysian Foreign Minister Ravan Oster will host his Volmark counterpart in Sabah on June 12 "
            "for talks, the ministry said.",
            "Sabah",
            "Asia/Kuching",
        ),
        (
            "Indonesian Foreign Minister Dara Wening will host talks with her Xandrian counterpart in Java "
            "on June 10, the ministry said.",
            "Java",
            "Asia/Jakarta",
        ),
    ],
)
def test_region_of_named_country_gives_its_zone(text: str, place: str, zone: str) -> None:
    ev = _main(text)
    assert ev is not None and ev.place == place and ev.timezone == zone


def test_region_namesake_kept_when_its_own_country_is_named() -> None:
    # near miss: the text names the namesake town's own country, not the island's
    ev = _main(
        "Indian officials will meet their Xandrian counterparts in Bali on June 10, the ministry said."
    )
    assert ev is not None and ev.timezone == "Asia/Kolkata"


# ---- "this weekend" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        (
            "Foreign Minister Alena Varsk will attend a security forum in Lisbon this weekend, the ministry "
            "said.",
            WEDNESDAY,
            date(2031, 6, 7),
            date(2031, 6, 8),
        ),
        (
            "Defence ministers of Xandria and Volmark will meet in Oslo this weekend, officials said.",
            date(2031, 6, 2),  # a Monday
            date(2031, 6, 7),
            date(2031, 6, 8),
        ),
        (
            "Leaders of the Norvane Group will gather in Vienna the coming weekend for their annual summit.",
            date(2031, 6, 6),  # a Friday
            date(2031, 6, 7),
            date(2031, 6, 8),
        ),
    ],
)
def test_this_weekend_gives_its_saturday_and_sunday(text: str, today: date, first: date, last: date) -> None:
    ev = _main(text, today)
    assert ev is not None and (ev.date, ev.end_date) == (first, last)


def test_past_weekend_written_on_the_monday_is_the_one_before() -> None:
    monday = date(2031, 6, 2)
    ev = _main("Ministers of Xandria and Volmark met in Oslo this weekend, officials said.", monday)
    assert ev is not None and (ev.date, ev.end_date) == (date(2031, 5, 31), date(2031, 6, 1))


def test_weekend_yields_to_the_days_a_text_gives() -> None:
    # near miss: "this weekend" in the lead, the gathering's own days later
    ev = _main(
        "Ministers gather in Oslo this weekend for the Norvane Forum.\n\n"
        "The forum runs Friday through Sunday at the Harbour Hall, its organisers said."
    )
    assert ev is not None and (ev.date, ev.end_date) == (date(2031, 6, 6), date(2031, 6, 8))


# ---- "departing Sunday and returning Friday" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Defence Minister Tomas Brell will visit Canberra next week, departing Sunday and returning "
            "Friday, his office said.",
            date(2031, 6, 8),
            date(2031, 6, 13),
        ),
        (
            "Trade Minister Ilsa Karro will visit Ottawa, leaving on Monday and returning on Thursday, "
            "the ministry said.",
            date(2031, 6, 9),
            date(2031, 6, 12),
        ),
        (
            "Foreign Minister Alena Varsk will travel to Madrid for talks, departing Thursday and coming "
            "back Saturday, officials said.",
            date(2031, 6, 5),
            date(2031, 6, 7),
        ),
    ],
)
def test_departing_and_returning_days_span_the_trip(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert ev is not None and (ev.date, ev.end_date) == (first, last)


# ---- "agreed on Wednesday to hold talks ... later this month" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Xandria and Volmark agreed on Wednesday to hold talks in Vienna later this "
        "month, officials said.",
        "Xandria and Volmark announced on Tuesday they would hold a summit in Geneva next month.",
        "The two governments decided on Monday to convene a joint commission in Oslo in the coming weeks.",
    ],
)
def test_agreement_day_is_no_meeting_day(text: str) -> None:
    ev = _main(text)
    assert ev is None or ev.date is None


def test_readout_day_kept_when_they_met() -> None:
    # near miss: the ministers met that day, and agreed to meet again later this month
    ev = _main(
        "The foreign ministers of Xandria and Volmark met in Vienna on Monday and agreed to hold another "
        "round of talks later this month, officials said.",
        date(2031, 6, 2),
    )
    assert ev is not None and ev.date == date(2031, 6, 2)


# ---- a full date in slashes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "LONDON, 4 June 2031 - Foreign Secretary Alena Varsk will visit Oslo on 05/07/2031 for talks, "
            "the Foreign Office said.",
            date(2031, 7, 5),
        ),
        (
            "WASHINGTON, June 4, 2031 - Secretary of State Alena Varsk will travel to Oslo on 07/05/2031 for "
            "talks, the State Department said.",
            date(2031, 7, 5),
        ),
        (
            "Foreign Minister Alena Varsk will visit Oslo on 25/06/2031 for talks, the ministry said.",
            date(2031, 6, 25),
        ),
    ],
)
def test_slashed_date_read_in_the_writers_order(text: str, day: date) -> None:
    ev = _main(text)
    assert ev is not None and ev.date == day


def test_slashed_date_left_when_its_order_is_unknown() -> None:
    # near miss: no figure over 12 and no date in words: the order is unknown
    ev = _main("Foreign Minister Alena Varsk will visit Oslo on 05/07/2031 for talks, the ministry said.")
    assert ev is None or ev.date is None
