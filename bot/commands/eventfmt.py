"""One event as a Reply: used by /talks, /when and by the reminders (with title_prefix="Reminder: ")."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.commands.fmt import (
    cite,
    clock,
    day_start,
    days_phrase,
    flag,
    join_names,
    long_date,
    offset_label,
    relative_phrase,
    short_date,
    zone,
)
from bot.reply import Field, Moment, Reply, Text
from briefings.models import EventView, ParticipantView

MAX_LINES = 15  # keeps a field well inside Discord's 1,024 characters and Slack's 2,000

KIND_LABELS = {
    "main": "Main event",
    "bilateral": "Bilateral meeting",
    "trilateral": "Trilateral meeting",
    "multilateral": "Multilateral meeting",
    "other": "Meeting",
}
NO_DATE = "No date found in the source"


def event_start(event: EventView) -> datetime | None:
    """When the event begins: its start time, or midnight of its date in the venue's timezone."""
    tz = zone(event.timezone)
    if event.start is not None:
        return event.start.astimezone(tz)
    if event.date is not None:
        return day_start(event.date, tz)
    return None


def countdown(event: EventView, now: datetime) -> str | None:
    """'in 241 days' / 'today' / '3 days ago': calendar days at the venue for an all-day event,
    the time left until the start for a timed one (the same figure a relative Moment shows)."""
    start = event_start(event)
    if start is None:
        return None
    if event.start is not None:
        return relative_phrase(start - now)
    return days_phrase((start.date() - now.astimezone(start.tzinfo).date()).days)


def lines(items: list[str], limit: int = MAX_LINES) -> Text:
    """Bullet lines, the overflow summarised as '… and N more'; a single item stays unadorned."""
    if len(items) == 1:
        return [items[0]]
    shown = [f"• {item}" for item in items[:limit]]
    if len(items) > limit:
        shown.append(f"… and {len(items) - limit} more")
    return ["\n".join(shown)]


def participant_line(p: ParticipantView) -> str:
    """'🇵🇪 Name — Foreign Minister, Peru'."""
    details = ", ".join(x for x in (p.role, p.country) if x)
    mark = flag(p.country)
    head = f"{mark} {p.name}" if mark else p.name
    return f"{head} — {details}" if details else head


def attendees(event: EventView) -> list[str]:
    """Named participants followed by the unnamed ones the text mentions."""
    return [p.name for p in event.participants] + [f"{o} (not named)" for o in event.others]


def date_text(event: EventView) -> str:
    """The date (and time) in the venue's timezone, or what is missing."""
    start = event_start(event)
    if start is None:
        return NO_DATE
    if event.start is not None:
        text = f"{long_date(start.date())}, {clock(start)}"
    else:
        text = f"{long_date(start.date())}, all day (no time given)"
    if event.end_date is not None and event.date is not None and event.end_date != event.date:
        text = f"{long_date(event.date)} to {long_date(event.end_date)}"
        if event.start is not None:
            text += f", starting {clock(start)}"
    return text


def utc_text(event: EventView) -> str | None:
    """The same moment in UTC; for an all-day event, the span the venue's day covers."""
    start = event_start(event)
    if start is None:
        return None
    utc = start.astimezone(zone("UTC"))
    if event.start is not None:
        return f"{short_date(utc.date())}, {utc:%H:%M} UTC"
    last = event.end_date or event.date or start.date()
    end = day_start(last, start.tzinfo or zone("UTC")) + timedelta(days=1)
    end_utc = end.astimezone(zone("UTC"))
    place = event.timezone or "UTC"
    return (
        f"{short_date(utc.date())} {utc:%H:%M} UTC to {short_date(end_utc.date())} {end_utc:%H:%M} UTC "
        f"(the whole day in {place})"
    )


def year_note(event: EventView) -> str | None:
    """'July 28, 2027 — year not stated in the source' when the year was assumed."""
    if not event.year_assumed or event.date is None:
        return None
    return f"{short_date(event.date)} — year not stated in the source"


def when_fields(event: EventView, now: datetime) -> list[Field]:
    """Date in the venue's timezone, UTC, the reader's own time, countdown, timezone and year note."""
    start = event_start(event)
    label = f"When ({event.timezone})" if event.timezone else "When"
    fields = [Field(label, [date_text(event)])]
    if start is None:
        return fields
    note = year_note(event)
    if note:
        fields.append(Field("Year assumed", [note]))
    utc = utc_text(event)
    if utc:
        fields.append(Field("In UTC", [utc]))
    if event.start is not None:
        fields.append(Field("Your time", [Moment(start, "full")], inline=True))
        fields.append(Field("Countdown", [Moment(start, "relative")], inline=True))
    else:
        # An all-day event has no start time: each reader sees when its day begins at the venue (full
        # and relative Moments), while the countdown counts calendar days at the venue.
        where = event.place or event.timezone or "UTC"
        begins: Text = [Moment(start, "full"), ", ", Moment(start, "relative")]
        begins.append(f" — when the day begins in {where}")
        fields.append(Field("Your time", begins))
        fields.append(Field("Countdown", [countdown(event, now) or ""], inline=True))
    if event.timezone:
        fields.append(Field("Timezone", [f"{event.timezone} ({start.tzname()}, {offset_label(start)})"]))
    else:
        fields.append(Field("Timezone", ["UTC (no timezone found for the place)"]))
    return fields


def place_text(event: EventView) -> str:
    """'Lima — the Palace of Government', or what is missing."""
    parts = [x for x in (event.place, event.venue) if x]
    return " — ".join(parts) if parts else "No place found in the source"


def side_meeting_line(side: EventView, parent: EventView) -> str:
    """'Harbour talks (bilateral) — A and B', with its date when it differs from the parent's."""
    who = join_names(attendees(side)) or "attendees not named"
    text = f"{side.name} ({side.kind}) — {who}"
    if side.date is not None and side.date != parent.date:
        text += f", {short_date(side.date)}"
    return text


def describe(event: EventView, now: datetime) -> str:
    """'Main event in Lima, in 241 days.'"""
    text = KIND_LABELS.get(event.kind, "Meeting")
    if event.place:
        text += f" in {event.place}"
    left = countdown(event, now)
    text += f", {left}." if left else ". " + NO_DATE + "."
    return text


def event_reply(event: EventView, now: datetime, *, title_prefix: str = "") -> Reply:
    """Everything known about one event: what, when, where, who, side meetings, agenda and source."""
    fields = when_fields(event, now)
    fields.append(Field("Place", [place_text(event)]))
    people = [participant_line(p) for p in event.participants]
    people += [f"{o} (not named)" for o in event.others]
    nobody: Text = ["No people found"]
    fields.append(Field("Participants", lines(people) if people else nobody))
    if event.side_meetings:
        sides = [side_meeting_line(s, event) for s in event.side_meetings]
        fields.append(Field("Side meetings", lines(sides)))
    agenda = [t for t in event.topics if t.kind == "agenda"]
    if agenda:
        items = [f"{t.name} — {t.definition}" if t.definition else t.name for t in agenda]
        fields.append(Field("Agenda", lines(items)))
    threats = [t.name for t in event.topics if t.kind == "threat"]
    if threats:
        fields.append(Field("Threats named", [join_names(threats)]))
    return Reply(
        title=f"{title_prefix}{event.name}",
        description=[describe(event, now)],
        fields=fields,
        footer=cite(event.source, event.evidence),
    )

