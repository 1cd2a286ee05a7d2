"""Dates and times: with and without a year, ranges, relative words, times, and distractors."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from briefings.extract import extract
from briefings.extract.dates import find_dates, find_times
from briefings.models import Event

REF = date(2026, 3, 4)  # a Wednesday


def _main(text: str, today: date = REF) -> Event:
    b = extract(text, today=today)
    assert b.main_event is not None, b.warnings
    return b.main_event


@pytest.mark.parametrize(
    ("phrase", "start", "end", "assumed"),
    [
        ("on July 28", date(2026, 7, 28), None, True),
        ("on 28 July", date(2026, 7, 28), None, True),
        ("on February 10", date(2027, 2, 10), None, True),  # already past this year: next year's
        ("on July 28, 2025", date(2025, 7, 28), None, False),
        ("June 10-12", date(2026, 6, 10), date(2026, 6, 12), True),
        ("from 29 June to 2 July 2019", date(2019, 6, 29), date(2019, 7, 2), False),
        ("June 30-July 2", date(2026, 6, 30), date(2026, 7, 2), True),
        ("Monday, June 8, 2026", date(2026, 6, 8), None, False),
        ("on 24 November (Mon.)", date(2026, 11, 24), None, True),
        ("Sept. 4, 2026", date(2026, 9, 4), None, False),
        ("on 2026-05-17", date(2026, 5, 17), None, False),
    ],
)
def test_date_forms(phrase: str, start: date, end: date | None, assumed: bool) -> None:
    text = f"The ministers will meet {phrase}."
    found = find_dates(text, 0, len(text), REF)
    assert found, phrase
    d = found[0]
    assert (d.date, d.end_date, d.year_assumed) == (start, end, assumed)
    assert text[d.start : d.end] in phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("tomorrow", date(2026, 3, 5)),
        ("on Friday", date(2026, 3, 6)),
        ("next Wednesday", date(2026, 3, 11)),
        ("next week", date(2026, 3, 9)),
        ("today", date(2026, 3, 4)),
    ],
)
def test_relative_words(phrase: str, expected: date) -> None:
    assert _main(f"TOKYO — The foreign ministers will hold talks {phrase} in Tokyo.").date == expected


def test_today_with_the_date_beside_it_uses_the_date() -> None:
    main = _main("Prime Minister Ravi Shah is hosting the summit in New Delhi today (20 January 2026).")
    assert main.date == date(2026, 1, 20) and not main.year_assumed


def test_year_comes_from_the_date_line_under_the_headline() -> None:
    text = (
        "Secretary Dunmore to Travel to Seoul\n\nMedia Note\nJune 3, 2024\n\n"
        "Secretary of State Clara Dunmore will travel to Seoul June 8-10 for talks."
    )
    b = extract(text, today=REF)
    assert b.published == date(2024, 6, 3) and b.reference_date == date(2024, 6, 3)
    assert b.main_event is not None
    assert (b.main_event.date, b.main_event.end_date) == (date(2024, 6, 8), date(2024, 6, 10))


def test_year_comes_from_a_dated_dateline() -> None:
    text = "SINGAPORE, June 1 (Reuters) - Defence ministers will meet in Singapore on June 6 for talks."
    b = extract(text, today=date(2025, 6, 3))
    assert b.published == date(2025, 6, 1)
    assert b.main_event is not None and b.main_event.date == date(2025, 6, 6)


def test_header_published_date_is_the_reference() -> None:
    b = extract("published: 2024-07-20\n\nTOKYO — Ministers will meet on July 28.", today=REF)
    assert b.published == date(2024, 7, 20) and b.reference_date == date(2024, 7, 20)
    assert b.main_event is not None and b.main_event.date == date(2024, 7, 28)
    assert b.text.startswith("published:")


def test_explicit_time_is_aware_in_the_venue_timezone() -> None:
    main = _main("SEOUL — The foreign ministers will meet in Seoul on May 12 at 10:00 a.m. local time.")
    assert not main.all_day
    assert main.start == datetime(2026, 5, 12, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    assert main.timezone == "Asia/Seoul"


def test_press_logistics_time_is_not_the_meeting_time() -> None:
    main = _main(
        "WASHINGTON — The defense secretaries will hold talks at the Pentagon on May 12. "
        "A media availability will follow at 9:30 a.m. on May 12."
    )
    assert main.date == date(2026, 5, 12) and main.all_day and main.start is None


def test_past_meeting_and_other_dates_are_distractors() -> None:
    main = _main(
        "CANBERRA — Australia and Japan will hold defence talks in Canberra on June 3.\n\n"
        "The ministers last met in Tokyo on 12 October 2025. A media availability is at 3 p.m. on May 30."
    )
    assert main.date == date(2026, 6, 3)


def test_meeting_day_beats_travel_days_in_the_same_sentence() -> None:
    main = _main(
        "Secretary of State Clara Dunmore will travel to Tokyo, Japan, March 11-13, to participate in "
        "the Trilateral Foreign Ministers' Meeting on March 12."
    )
    assert main.date == date(2026, 3, 12) and main.end_date is None


def test_weekday_range() -> None:
    main = _main(
        "MANILA — The two sides will hold talks in Manila on Wednesday and Thursday.", date(2026, 3, 2)
    )
    assert (main.date, main.end_date) == (date(2026, 3, 4), date(2026, 3, 5))


def test_no_date_warns() -> None:
    b = extract("The foreign ministers will meet in Tokyo soon to discuss trade.", today=REF)
    assert "no date found" in b.warnings


def test_clock_times() -> None:
    text = "at 10:00 a.m., then 14:30, then 9 pm and noon"
    assert [t.time.strftime("%H:%M") for t in find_times(text, 0, len(text))] == [
        "10:00",
        "14:30",
        "21:00",
        "12:00",
    ]
