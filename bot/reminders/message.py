"""The reminder itself: the event's full reply (what, when, who, side meetings, agenda, source)."""

from __future__ import annotations

from datetime import datetime

from bot.reminders.leads import describe_lead
from bot.reply import Field, Moment, Reply
from briefings.models import EventView

TITLE_PREFIX = "Reminder: "


def reminder_reply(event: EventView, start: datetime, lead_seconds: int, now: datetime) -> Reply:
    """`event` as a reminder: 'Reminder: NAME', the lead ('in 1 day'), then everything known about it."""
    lead = Field("Reminder", [f"Starts {describe_lead(lead_seconds)}: ", Moment(start, "full")])
    try:
        from bot.commands.eventfmt import event_reply
    except ImportError:  # pragma: no cover - the command package ships with the bot
        return Reply(
            title=f"{TITLE_PREFIX}{event.name}",
            description=[Moment(start, "full")],
            fields=[lead],
            footer=event.source.title,
            kind="reminder",
        )
    reply = event_reply(event, now, title_prefix=TITLE_PREFIX)
    reply.fields.insert(0, lead)
    reply.kind = "reminder"
    reply.ephemeral = False
    return reply
