"""Plain-text rendering: order of parts, moments in the reader's zone, relative times, one-line errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.render.text import render_text
from bot.reply import Field, Moment, Reply, error

NOW = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
AT = datetime(2024, 7, 28, 6, 0, tzinfo=UTC)


def test_parts_come_in_order_title_description_fields_source() -> None:
    reply = Reply(
        title="Reminder: Harbour conference",
        description=["Main event in Lima."],
        fields=[Field("Place", ["Lima"]), Field("Participants", ["• A\n• B"])],
        footer="Source: Port news (news/port.txt)",
    )
    assert render_text(reply, tz=UTC, now=NOW).splitlines() == [
        "Reminder: Harbour conference",
        "Main event in Lima.",
        "Place: Lima",
        "Participants:",
        "  • A",
        "  • B",
        "Source: Port news (news/port.txt)",
    ]


def test_a_footer_without_the_word_source_gets_it() -> None:
    reply = Reply(title="t", footer="Port news")
    assert render_text(reply, tz=UTC, now=NOW).splitlines()[-1] == "Source: Port news"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Tokyo", "Sunday, July 28, 2024 at 15:00 (Asia/Tokyo)"),
        ("America/New_York", "Sunday, July 28, 2024 at 02:00 (America/New_York)"),
        ("Pacific/Honolulu", "Saturday, July 27, 2024 at 20:00 (Pacific/Honolulu)"),
    ],
)
def test_a_full_moment_is_shown_in_the_readers_zone_with_its_name(zone: str, expected: str) -> None:
    reply = Reply(title="t", fields=[Field("Your time", [Moment(AT, "full")])])
    assert render_text(reply, tz=ZoneInfo(zone), now=NOW).splitlines()[1] == f"Your time: {expected}"


def test_date_moments_use_the_readers_calendar() -> None:
    reply = Reply(title="t", description=["On ", Moment(AT, "date"), "."])
    assert render_text(reply, tz=ZoneInfo("Pacific/Honolulu"), now=NOW).splitlines()[1] == "On July 27, 2024."


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(days=3, hours=5), "in 3 days"),
        (timedelta(days=1), "in 1 day"),
        (timedelta(hours=-2, minutes=-10), "2 hours ago"),
        (timedelta(minutes=5), "in 5 minutes"),
        (timedelta(days=-241), "241 days ago"),
        (timedelta(seconds=20), "now"),
    ],
)
def test_relative_moments(delta: timedelta, expected: str) -> None:
    reply = Reply(title="t", fields=[Field("Countdown", [Moment(NOW + delta, "relative")])])
    assert render_text(reply, tz=UTC, now=NOW).splitlines()[1] == f"Countdown: {expected}"


def test_default_zone_is_this_machines_and_is_named() -> None:
    text = render_text(Reply(title="t", description=[Moment(AT, "full")]), now=NOW)
    local = AT.astimezone()
    assert f"at {local:%H:%M} (" in text


def test_errors_are_one_line_even_with_newlines_in_user_text() -> None:
    reply = error("No one named 'a\nb' in the briefings.")
    assert render_text(reply, tz=UTC, now=NOW) == "No one named 'a b' in the briefings."
