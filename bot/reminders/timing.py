"""When a reminder is due: an event's start in its venue's timezone, minus each lead time.

Rules (DST-safe, via zoneinfo):
- An event with a start time uses it (it is timezone-aware already).
- An all-day event (a date only) starts at BRIEFBOT_ALL_DAY_START local time at the venue.
- The venue's timezone is EventView.timezone; UTC when it is missing or unknown.
- A local time that happens twice (clocks go back) means the FIRST occurrence (fold=0).
- A local time that does not exist (clocks go forward) shifts forward by the gap: 02:30 on the
  night New York springs forward becomes 03:30 EDT. zoneinfo gives exactly this for fold=0 in a gap
  (it applies the offset in force before the transition); `local_start` documents and tests it.
- due = start − lead, computed on absolute (UTC) time, so a lead of 1d across a DST change is 24 hours.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefings.models import EventView

log = logging.getLogger(__name__)


@lru_cache(maxsize=512)
def venue_zone(name: str | None) -> tzinfo:
    """The IANA zone called `name`; UTC when it is None or unknown (logged once per name)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown timezone %r: reminders use UTC for it", name)
        return UTC


def local_start(day: date, at: time, zone: tzinfo) -> datetime:
    """`day` at wall-clock `at` in `zone`, in UTC: fold=0 when ambiguous, shifted forward in a gap."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC)


def event_start(event: EventView, all_day_start: time) -> datetime | None:
    """When the event begins, in UTC; None when the event has no date."""
    if event.start is not None:
        start = event.start
        if start.tzinfo is None:
            start = start.replace(tzinfo=venue_zone(event.timezone))
        return start.astimezone(UTC)
    if event.date is None:
        return None
    return local_start(event.date, all_day_start, venue_zone(event.timezone))


def due_at(start: datetime, lead_seconds: int) -> datetime:
    """The moment a reminder `lead_seconds` before `start` is due (UTC)."""
    return start - timedelta(seconds=lead_seconds)
