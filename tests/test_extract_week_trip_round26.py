"""A trip the lead gives only its week, with its day out and its day back in the next sentence, and a web
page's time-stamp line, which dates no meeting."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 7, 13)  # a Sunday


def _main(text: str) -> tuple[date | None, date | None]:
    main = extract(text, today=REF).main_event
    assert main is not None
    return main.date, main.end_date


def test_next_weeks_trip_runs_from_its_day_out_to_its_day_back() -> None:
    text = (
        "Minister heads to Fiji and Tonga\n\n"
        "Foreign Minister Tama Rawiri will travel to Fiji and Tonga next week, his first visit to either "
        "country.\n\n"
        "Rawiri departs on Wednesday and returns on Saturday. In Suva he will meet the Prime Minister.\n"
    )
    assert _main(text) == (date(2031, 7, 16), date(2031, 7, 19))


def test_a_time_stamp_line_dates_no_meeting() -> None:
    text = (
        "Minister heads to Fiji and Tonga\n\n"
        "5:42 pm on 13 July 2031\n\n"
        "Foreign Minister Tama Rawiri will travel to Fiji and Tonga this week, his first visit to either "
        "country.\n\n"
        "Rawiri departs on Wednesday and returns on Saturday.\n"
    )
    assert _main(text) == (date(2031, 7, 16), date(2031, 7, 19))


def test_a_week_with_no_day_back_keeps_its_meeting_day() -> None:
    text = (
        "Minister heads to Fiji\n\n"
        "Foreign Minister Tama Rawiri will travel to Fiji next week for talks with his counterpart.\n\n"
        "The talks will take place on Thursday in Suva.\n"
    )
    assert _main(text) == (date(2031, 7, 17), None)
