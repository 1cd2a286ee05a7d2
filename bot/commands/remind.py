"""/remind on [leads] | off | list: subscribe this channel to meeting reminders (admins only for on/off)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from bot.commands.spec import CommandSpec, Deps, Option
from bot.reminders import subscriptions as subs
from bot.reminders.leads import (
    ReminderConfigError,
    describe_lead,
    format_lead,
    parse_clock,
    parse_leads,
)
from bot.reminders.tables import create_tables
from bot.reminders.timing import due_at, event_start
from bot.reply import Context, Field, Inline, Moment, Reply, error

ACTIONS = ("on", "off", "list")
MAX_LISTED = 10
EVENTS_SCANNED = 500
NOT_ADMIN = (
    "Sorry, only admins can turn reminders on or off here (Discord: Manage Server or Manage Channels; "
    "Slack: a workspace admin). /remind list shows what is scheduled."
)


def _leads_phrase(leads: tuple[int, ...]) -> str:
    """(604800, 3600) -> '7 days and 1 hour before each meeting'."""
    parts = [describe_lead(s).removeprefix("in ") for s in leads]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{joined} before each meeting ({','.join(format_lead(s) for s in leads)})"


def next_reminders(deps: Deps, leads: tuple[int, ...], now: datetime) -> list[tuple[str, int, datetime]]:
    """The next reminders a channel with `leads` will get: (event name, lead, due time), soonest first."""
    clock = subs_clock(deps)
    found: list[tuple[str, int, datetime]] = []
    for event in deps.store.upcoming_events(now, kind=None, limit=EVENTS_SCANNED):
        start = event_start(event, clock)
        if start is None or start <= now:
            continue
        found.extend((event.name, lead, due_at(start, lead)) for lead in leads if due_at(start, lead) > now)
    return sorted(found, key=lambda item: item[2])[:MAX_LISTED]


def subs_clock(deps: Deps) -> time:
    """BRIEFBOT_ALL_DAY_START as a time (the service's parsed value when it runs)."""
    service = deps.reminders
    if service is not None and isinstance(getattr(service, "all_day_start", None), time):
        return service.all_day_start
    return parse_clock(deps.settings.all_day_start)


def _upcoming_field(deps: Deps, leads: tuple[int, ...], now: datetime) -> Field:
    """'Next reminders' as lines: event — lead — due time (a Moment each reader sees locally)."""
    items = next_reminders(deps, leads, now)
    if not items:
        return Field("Next reminders", ["None: no upcoming meeting with a date is stored."])
    text: list[Inline] = []
    for i, (name, lead, due) in enumerate(items):
        text += [("\n" if i else "") + f"• {name} — {describe_lead(lead).removeprefix('in ')} before — ",
                 Moment(due, "full")]
    return Field("Next reminders", text)


async def _after_change(deps: Deps) -> None:
    """Re-plan at once when the scheduler runs in this process."""
    if deps.reminders is not None:
        await deps.reminders.reconcile(force=True)


async def remind(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /remind: turn this channel's reminders on (optionally with lead times) or off, or list them."""
    action = str(args.get("action") or "list").strip().lower()
    if action not in ACTIONS:
        return error(f"/remind: action must be on, off or list, not '{action}'.")
    if action != "list" and not ctx.user_is_admin:
        return error(NOT_ADMIN)
    try:
        default_leads = parse_leads(deps.settings.reminder_leads)
        leads_arg = args.get("leads")
        own_leads = parse_leads(str(leads_arg), name="leads") if leads_arg else None
    except ReminderConfigError as exc:
        return error(f"/remind: {exc}")
    engine = deps.store.engine
    create_tables(engine)
    key = subs.channel_key(ctx.platform, ctx.channel_id)
    now = deps.now()
    if action == "on":
        text = ",".join(format_lead(s) for s in own_leads) if own_leads else None
        turned_on = subs.subscribe(engine, key, text, now)
        await _after_change(deps)
        leads = turned_on.leads or default_leads
        return Reply(
            title="Reminders are on in this channel",
            description=[_leads_phrase(leads) + "."],
            fields=[_upcoming_field(deps, leads, now)],
        )
    if action == "off":
        was_on = subs.unsubscribe(engine, key, now)
        await _after_change(deps)
        return Reply(
            title="Reminders are off in this channel" if was_on else "Reminders were already off here",
            description=["An admin can turn them back on with /remind on."],
        )
    sub = subs.get(engine, key)
    if sub is None or not sub.enabled:
        return Reply(
            title="Reminders are off in this channel",
            description=["An admin can turn them on with /remind on [leads], e.g. /remind on 7d,1d,1h."],
        )
    leads = sub.leads or default_leads
    return Reply(
        title="Reminders in this channel",
        description=[_leads_phrase(leads) + "."],
        fields=[_upcoming_field(deps, leads, now)],
    )


REMIND_COMMAND = CommandSpec(
    name="remind",
    description="Meeting reminders in this channel: on [leads], off, or list (admins turn them on/off)",
    handler=remind,
    options=(
        Option("action", "on, off or list (default: list)", max_length=10),
        Option("leads", "When to remind before each meeting, e.g. 7d,1d,1h (units s m h d)", max_length=100),
    ),
    usage="/remind on [7d,1d,1h] | off | list",
)
