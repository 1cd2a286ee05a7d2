"""Parse and describe the reminder settings: lead times ("7d,1d,1h"), durations ("1h") and clock times."""

from __future__ import annotations

import re
from datetime import time

UNITS: dict[str, int] = {"s": 1, "m": 60, "h": 3600, "d": 86400}
UNIT_NAMES: tuple[tuple[int, str], ...] = ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second"))
MAX_LEADS = 10
MAX_LEAD_SECONDS = 366 * 86400
_DURATION = re.compile(r"^\s*(\d{1,7})\s*([smhd])\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


class ReminderConfigError(ValueError):
    """A reminder setting or /remind argument is invalid; the message is one line naming what is wrong."""


def parse_duration(text: str, *, name: str) -> int:
    """'90m' -> 5400 seconds; units s, m, h, d. `name` (the variable or option) appears in the error."""
    match = _DURATION.match(text or "")
    if not match:
        raise ReminderConfigError(
            f"{name}: {text!r} is not a duration; use a number and a unit s, m, h or d, e.g. 1h"
        )
    seconds = int(match.group(1)) * UNITS[match.group(2).lower()]
    if seconds <= 0 or seconds > MAX_LEAD_SECONDS:
        raise ReminderConfigError(f"{name}: {text.strip()!r} must be more than 0 and at most 366d")
    return seconds


def parse_leads(text: str, *, name: str = "BRIEFBOT_REMINDER_LEADS") -> tuple[int, ...]:
    """'7d,1d,1h' -> (604800, 86400, 3600): unique lead times in seconds, longest first."""
    parts = [p for p in (text or "").replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise ReminderConfigError(f"{name}: give at least one lead time, e.g. 7d,1d,1h")
    leads = sorted({parse_duration(p, name=name) for p in parts}, reverse=True)
    if len(leads) > MAX_LEADS:
        raise ReminderConfigError(f"{name}: at most {MAX_LEADS} lead times, got {len(leads)}")
    return tuple(leads)


def format_lead(seconds: int) -> str:
    """604800 -> '7d', 5400 -> '90m': the shortest exact form parse_duration reads back."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def format_leads(leads: tuple[int, ...] | list[int]) -> str:
    """(604800, 86400) -> '7d,1d'."""
    return ",".join(format_lead(s) for s in leads)


def describe_lead(seconds: int) -> str:
    """86400 -> 'in 1 day', 5400 -> 'in 1 hour 30 minutes' (at most two units)."""
    parts: list[str] = []
    rest = seconds
    for size, label in UNIT_NAMES:
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count} {label}{'' if count == 1 else 's'}")
    return "in " + " ".join(parts[:2]) if parts else "now"


def parse_clock(text: str, *, name: str = "BRIEFBOT_ALL_DAY_START") -> time:
    """'09:00' -> time(9, 0)."""
    match = _CLOCK.match(text or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ReminderConfigError(f"{name}: {text!r} is not a time of day; use HH:MM, e.g. 09:00")
    return time(int(match.group(1)), int(match.group(2)))
