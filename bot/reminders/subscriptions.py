"""Which channels hear reminders: channel keys, defaults from settings, and /remind on|off."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, exc, insert, select, update

from bot.reminders.leads import ReminderConfigError, parse_leads
from bot.reminders.sinks import DISCORD_WEBHOOK, SLACK_WEBHOOK
from bot.reminders.tables import subscriptions, write

_CHANNEL = re.compile(r"^(console|discord-webhook|slack-webhook|discord:\d{1,25}|slack:[A-Za-z0-9_]{1,40})$")


@dataclass(frozen=True)
class Subscription:
    """A channel's subscription: its own lead times, or None for the default ones."""

    channel: str
    leads: tuple[int, ...] | None
    enabled: bool
    origin: str


def split_channel(channel: str) -> tuple[str, str]:
    """'discord:123' -> ('discord', '123'); 'console' -> ('console', 'console'); webhooks -> (key, '')."""
    if ":" in channel:
        platform, _, target = channel.partition(":")
        return platform, target
    return channel, "console" if channel == "console" else ""


def channel_key(platform: str, channel_id: str) -> str:
    """The key of the channel a command came from ('discord:123', 'slack:C0123', 'console')."""
    if platform in ("console", "cli"):
        return "console"
    return f"{platform}:{channel_id}"


def parse_channels(text: str, *, name: str = "BRIEFBOT_REMINDER_CHANNELS") -> list[str]:
    """'discord:123,slack:C0123,console' -> the keys, validated, in order, without duplicates."""
    out: list[str] = []
    for part in (text or "").split(","):
        key = part.strip()
        if not key:
            continue
        if not _CHANNEL.match(key):
            raise ReminderConfigError(
                f"{name}: {key!r} is not a channel; use console, discord:CHANNEL_ID, slack:CHANNEL_ID, "
                "discord-webhook or slack-webhook"
            )
        if key not in out:
            out.append(key)
    return out


def default_channels(reminder_channels: str, *, discord_webhook: bool, slack_webhook: bool) -> list[str]:
    """The channels subscribed by default: BRIEFBOT_REMINDER_CHANNELS plus each configured webhook."""
    keys = parse_channels(reminder_channels)
    if discord_webhook and DISCORD_WEBHOOK not in keys:
        keys.append(DISCORD_WEBHOOK)
    if slack_webhook and SLACK_WEBHOOK not in keys:
        keys.append(SLACK_WEBHOOK)
    return keys


def _row(row: object) -> Subscription:
    """A table row as a Subscription."""
    leads_text = getattr(row, "leads", None)
    leads = parse_leads(leads_text, name="stored leads") if leads_text else None
    return Subscription(row.channel, leads, bool(row.enabled), row.origin)  # type: ignore[attr-defined]


def ensure_defaults(engine: Engine, channels: list[str], now: datetime) -> int:
    """Subscribe each default channel that has no row yet (a channel turned off stays off). -> added."""
    added = 0
    with engine.connect() as conn:
        have = set(conn.execute(select(subscriptions.c.channel)).scalars())
    for key in channels:
        if key in have:
            continue
        try:
            with write(engine) as conn:
                conn.execute(
                    insert(subscriptions).values(
                        channel=key, leads=None, enabled=True, origin="default", updated_at=now
                    )
                )
            added += 1
        except exc.IntegrityError:
            pass  # another process added it first
    return added


def get(engine: Engine, channel: str) -> Subscription | None:
    """The subscription of `channel`, if it has a row."""
    with engine.connect() as conn:
        row = conn.execute(select(subscriptions).where(subscriptions.c.channel == channel)).first()
    return _row(row) if row is not None else None


def active(engine: Engine, default_leads: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    """Every enabled channel with the lead times it uses."""
    with engine.connect() as conn:
        rows = conn.execute(select(subscriptions).where(subscriptions.c.enabled.is_(True))).all()
    out: dict[str, tuple[int, ...]] = {}
    for row in rows:
        sub = _row(row)
        out[sub.channel] = sub.leads or default_leads
    return out


def subscribe(engine: Engine, channel: str, leads: str | None, now: datetime) -> Subscription:
    """Turn reminders on for `channel` (with its own lead times when given)."""
    if leads is not None:
        parse_leads(leads, name="leads")
    values = {"leads": leads, "enabled": True, "origin": "command", "updated_at": now}
    change = update(subscriptions).where(subscriptions.c.channel == channel).values(**values)
    with write(engine) as conn:
        done = conn.execute(change).rowcount
    if not done:
        try:
            with write(engine) as conn:
                conn.execute(insert(subscriptions).values(channel=channel, **values))
        except exc.IntegrityError:  # another process inserted it first
            with write(engine) as conn:
                conn.execute(change)
    sub = get(engine, channel)
    assert sub is not None
    return sub


def unsubscribe(engine: Engine, channel: str, now: datetime) -> bool:
    """Turn reminders off for `channel` (the row stays, so a default channel stays off). -> was on."""
    with write(engine) as conn:
        result = conn.execute(
            update(subscriptions)
            .where(subscriptions.c.channel == channel, subscriptions.c.enabled.is_(True))
            .values(enabled=False, origin="command", updated_at=now)
        )
    if result.rowcount:
        return True
    if get(engine, channel) is None:
        try:
            with write(engine) as conn:
                conn.execute(
                    insert(subscriptions).values(
                        channel=channel, leads=None, enabled=False, origin="command", updated_at=now
                    )
                )
        except exc.IntegrityError:
            return unsubscribe(engine, channel, now)
    return False


def signature(engine: Engine) -> tuple[tuple[str, str | None, bool], ...]:
    """A cheap fingerprint of all subscriptions (reconcile is skipped when nothing changed)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(subscriptions.c.channel, subscriptions.c.leads, subscriptions.c.enabled).order_by(
                subscriptions.c.channel
            )
        ).all()
    return tuple((r.channel, r.leads, bool(r.enabled)) for r in rows)
