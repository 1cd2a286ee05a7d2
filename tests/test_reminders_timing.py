"""Lead times, due times and DST: the pure rules behind when a reminder fires."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reminders.leads import (
    ReminderConfigError,
    describe_lead,
    format_leads,
    parse_clock,
    parse_duration,
    parse_leads,
)
from bot.reminders.planner import wanted_reminders
from bot.reminders.subscriptions import default_channels, parse_channels
from bot.reminders.timing import event_start, local_start
from briefings.models import EventView, Evidence, SourceRef

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
NINE = time(9, 0)


def view(
    event_id: int = 1, *, day: date | None = None, start: datetime | None = None, tz: str | None = None
) -> EventView:
    """A stored event as the store returns it."""
    ev = Evidence(sentence=0, start=0, end=1, text="x")
    return EventView(
        id=event_id,
        briefing_id=1,
        name=f"Meeting {event_id}",
        kind="main",
        date=day,
        start=start,
        all_day=start is None,
        timezone=tz,
        evidence=ev,
        source=SourceRef(briefing_id=1, title="t", source="s"),
    )


def test_leads_parse_longest_first_without_duplicates() -> None:
    assert parse_leads("1h,7d, 1d,60m") == (7 * 86400, 86400, 3600)
    assert parse_leads("90m") == (5400,)
    assert format_leads(parse_leads("7d,1d,1h")) == "7d,1d,1h"


@pytest.mark.parametrize("bad", ["", "1x", "0h", "h", "7 days", "-1h", "400d"])
def test_bad_leads_are_one_line_naming_the_variable(bad: str) -> None:
    with pytest.raises(ReminderConfigError) as info:
        parse_leads(bad)
    message = str(info.value)
    assert message.startswith("BRIEFBOT_REMINDER_LEADS:")
    assert "\n" not in message


def test_grace_and_clock_errors_name_their_variable() -> None:
    with pytest.raises(ReminderConfigError, match=r"^BRIEFBOT_MISSED_GRACE:"):
        parse_duration("soon", name="BRIEFBOT_MISSED_GRACE")
    with pytest.raises(ReminderConfigError, match=r"^BRIEFBOT_ALL_DAY_START:"):
        parse_clock("25:00")
    assert parse_clock("07:30") == time(7, 30)


def test_lead_descriptions_read_naturally() -> None:
    assert describe_lead(86400) == "in 1 day"
    assert describe_lead(7 * 86400) == "in 7 days"
    assert describe_lead(5400) == "in 1 hour 30 minutes"


def test_channels_are_validated_and_webhooks_join_the_defaults() -> None:
    keys = parse_channels("discord:123, slack:C0123,console,console")
    assert keys == ["discord:123", "slack:C0123", "console"]
    with pytest.raises(ReminderConfigError, match=r"^BRIEFBOT_REMINDER_CHANNELS:"):
        parse_channels("discord:general")
    keys = default_channels("console", discord_webhook=True, slack_webhook=False)
    assert keys == ["console", "discord-webhook"]


def test_all_day_event_starts_at_the_configured_local_time() -> None:
    start = event_start(view(day=date(2030, 7, 28), tz="Asia/Tokyo"), NINE)
    assert start == datetime(2030, 7, 28, 0, 0, tzinfo=UTC)  # 09:00 JST


def test_event_without_timezone_is_utc_and_without_date_has_no_start() -> None:
    assert event_start(view(day=date(2030, 1, 5)), NINE) == datetime(2030, 1, 5, 9, tzinfo=UTC)
    unknown = view(day=date(2030, 1, 5), tz="Not/AZone")
    assert event_start(unknown, NINE) == datetime(2030, 1, 5, 9, tzinfo=UTC)
    assert event_start(view(), NINE) is None


def test_timed_event_keeps_its_instant() -> None:
    at = datetime(2030, 3, 10, 15, 0, tzinfo=NY)
    assert event_start(view(start=at, tz="America/New_York"), NINE) == at.astimezone(UTC)


def test_spring_forward_gap_shifts_forward() -> None:
    # 02:30 does not exist in New York on 2030-03-10: it becomes 03:30 EDT (07:30 UTC).
    start = local_start(date(2030, 3, 10), time(2, 30), NY)
    assert start == datetime(2030, 3, 10, 7, 30, tzinfo=UTC)
    assert start.astimezone(NY).hour == 3


def test_autumn_ambiguous_time_takes_the_first_occurrence() -> None:
    # 01:30 happens twice in London on 2030-10-27; fold=0 is the first, still BST (00:30 UTC).
    start = local_start(date(2030, 10, 27), time(1, 30), LONDON)
    assert start == datetime(2030, 10, 27, 0, 30, tzinfo=UTC)


def test_one_day_lead_across_dst_is_24_real_hours() -> None:
    # A 09:00 all-day meeting on the day New York springs forward (02:00 -> 03:00, 2030-03-10).
    now = datetime(2030, 3, 1, tzinfo=UTC)
    event = view(day=date(2030, 3, 10), tz="America/New_York")
    wanted = wanted_reminders([event], {"console": (86400, 3600)}, NINE, now)
    start = datetime(2030, 3, 10, 13, 0, tzinfo=UTC)  # 09:00 EDT
    assert wanted[(1, "console", 86400)].due_at == start - timedelta(hours=24)
    assert wanted[(1, "console", 86400)].due_at.astimezone(NY).hour == 8  # 08:00 EST the day before
    assert wanted[(1, "console", 3600)].due_at == datetime(2030, 3, 10, 12, 0, tzinfo=UTC)


def test_past_events_never_remind_and_every_channel_gets_every_lead() -> None:
    now = datetime(2030, 6, 1, 12, tzinfo=UTC)
    events = [view(1, day=date(2030, 6, 1)), view(2, day=date(2030, 6, 20))]  # 1 began at 09:00 today
    wanted = wanted_reminders(events, {"console": (86400, 3600), "slack:C1": (3600,)}, NINE, now)
    assert sorted(wanted) == [(2, "console", 3600), (2, "console", 86400), (2, "slack:C1", 3600)]
