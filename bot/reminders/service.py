"""ReminderService: keeps the reminders table, the scheduler and the delivery ledger working together.

Flow: `reconcile()` turns the store's upcoming events × subscribed channels × lead times into rows of
the reminders table (bulk, cheap when nothing changed) and re-syncs the scheduler's near-future jobs.
A job firing, or the `run_due()` sweep (at start, every tick, and from `briefbot remind-due`), claims a
due reminder in the ledger, sends it through the channel's sink with retries, and marks it sent.
Reminders missed while down are sent once if within BRIEFBOT_MISSED_GRACE, else marked skipped.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import and_, or_, select

from bot.commands.spec import Deps
from bot.reminders import subscriptions as subs
from bot.reminders.leads import parse_clock, parse_duration, parse_leads
from bot.reminders.ledger import Ledger, ReminderKey
from bot.reminders.message import reminder_reply
from bot.reminders.planner import PlanResult, Scheduled, apply_plan, scheduled, wanted_reminders
from bot.reminders.scheduler import ReminderScheduler
from bot.reminders.sinks import (
    DISCORD_WEBHOOK,
    SLACK_WEBHOOK,
    AdapterSink,
    DiscordWebhookSink,
    Sink,
    SinkError,
    SlackWebhookSink,
    send_with_retry,
)
from bot.reminders.tables import create_tables, deliveries, reminders

log = logging.getLogger(__name__)

ALL_EVENTS = 10_000_000  # "no limit" for upcoming_events
AfterClaim = Callable[[ReminderKey], Awaitable[None]]


@dataclass
class DueReport:
    """What one run_due sweep did."""

    sent: int = 0
    skipped: int = 0
    failed: int = 0
    deferred: int = 0  # retryable failure: the claim is recovered after the lease
    taken: int = 0  # another worker had it


def _worker_id() -> str:
    """host:pid:random — who holds a claim."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class ReminderService:
    """Schedules and delivers reminders; the runner calls start()/stop(), ingest calls reconcile()."""

    def __init__(
        self,
        deps: Deps,
        sinks: Mapping[str, Any],
        *,
        http: httpx.AsyncClient | None = None,
        worker: str | None = None,
        lease: timedelta = timedelta(minutes=2),
        tick_seconds: float = 60.0,
        horizon: timedelta = timedelta(minutes=10),
        full_reconcile_every: timedelta = timedelta(minutes=15),
        retry_attempts: int = 5,
        retry_base_delay: float = 1.0,
        after_claim: AfterClaim | None = None,
    ) -> None:
        settings = deps.settings
        self.deps = deps
        self.default_leads = parse_leads(settings.reminder_leads)
        self.all_day_start = parse_clock(settings.all_day_start)
        self.grace = timedelta(seconds=parse_duration(settings.missed_grace, name="BRIEFBOT_MISSED_GRACE"))
        discord_url = settings.discord_webhook_url.get_secret_value() if settings.discord_webhook_url else ""
        slack_url = settings.slack_webhook_url.get_secret_value() if settings.slack_webhook_url else ""
        self.default_channels = subs.default_channels(
            settings.reminder_channels, discord_webhook=bool(discord_url), slack_webhook=bool(slack_url)
        )
        self.engine = deps.store.engine
        self.ledger = Ledger(self.engine, worker or _worker_id(), lease)
        self.horizon = horizon
        self.full_reconcile_every = full_reconcile_every
        self.retry_attempts = retry_attempts
        self.retry_base_delay = retry_base_delay
        self._after_claim = after_claim
        self._own_http = http is None and bool(discord_url or slack_url)
        self._http = httpx.AsyncClient(timeout=10.0) if self._own_http else http
        self.sinks: dict[str, Sink] = {}
        for name, sink in sinks.items():
            self.sinks[name] = AdapterSink(sink) if hasattr(sink, "post") else sink
        if discord_url and self._http is not None:
            self.sinks.setdefault(DISCORD_WEBHOOK, DiscordWebhookSink(self._http, discord_url))
        if slack_url and self._http is not None:
            self.sinks.setdefault(SLACK_WEBHOOK, SlackWebhookSink(self._http, slack_url))
        self.scheduler = ReminderScheduler(self._fire, self._tick, tick_seconds)
        self._lock = asyncio.Lock()
        self._signature: object = None
        self._last_full: datetime | None = None
        self._tables_ready = False
        deps.reminders = self

    def attach(self, adapter: Any) -> None:
        """Deliver to a running adapter: channels whose key starts with its name ("discord:123")."""
        self.sinks[adapter.name] = AdapterSink(adapter)

    # -- lifecycle ----------------------------------------------------------------------------
    def now(self) -> datetime:
        """The injected clock."""
        return self.deps.now()

    def prepare(self) -> None:
        """Create the tables and subscribe the default channels (idempotent)."""
        if not self._tables_ready:
            create_tables(self.engine)
            subs.ensure_defaults(self.engine, self.default_channels, self.now())
            self._tables_ready = True

    async def start(self) -> None:
        """Rebuild from the table, send what was missed (within the grace), start the scheduler."""
        self.prepare()
        await self.reconcile(force=True)
        self.scheduler.start()
        self._sync_jobs()
        await self.run_due()

    async def stop(self) -> None:
        """Stop the scheduler and close the HTTP client this service opened."""
        self.scheduler.shutdown()
        if self._own_http and self._http is not None:
            await self._http.aclose()

    def deliverable(self, channel: str) -> bool:
        """Whether this process has a sink for `channel`'s platform."""
        return subs.split_channel(channel)[0] in self.sinks

    # -- planning -----------------------------------------------------------------------------
    def _store_signature(self) -> object:
        """A cheap fingerprint of the store's contents (briefing ids and content hashes)."""
        try:
            return tuple((b.id, b.content_hash) for b in self.deps.store.briefings(limit=ALL_EVENTS))
        except NotImplementedError:  # pragma: no cover - a store without the listing
            return None

    async def reconcile(self, *, force: bool = False) -> PlanResult | None:
        """Bring the reminders table in line with the store; None when nothing could have changed.

        The database work runs in a worker thread so a large reconcile never stalls due reminders.
        """
        self.prepare()
        async with self._lock:
            result = await asyncio.to_thread(self._reconcile, force)
            self._sync_jobs()
            return result

    def _reconcile(self, force: bool) -> PlanResult | None:
        """The blocking part of reconcile (one store read, one table read, bulk writes)."""
        now = self.now()
        signature = (self._store_signature(), subs.signature(self.engine), self.default_leads)
        recent = self._last_full is not None and now - self._last_full < self.full_reconcile_every
        if not force and signature == self._signature and signature[0] is not None and recent:
            return None
        events = self.deps.store.upcoming_events(now, kind=None, limit=ALL_EVENTS)
        channels = subs.active(self.engine, self.default_leads)
        wanted = wanted_reminders(events, channels, self.all_day_start, now)
        result = apply_plan(self.engine, self.ledger, wanted)
        self._signature, self._last_full = signature, now
        if result.changed:
            log.info(
                "reminders: %d added, %d moved, %d removed, %d unchanged",
                result.added, result.moved, result.removed, result.unchanged,
            )
        return result

    def scheduled(
        self, *, channel: str | None = None, after: datetime | None = None, limit: int | None = None
    ) -> list[Scheduled]:
        """Planned reminders, soonest first (all channels unless one is given)."""
        self.prepare()
        return scheduled(self.engine, channel=channel, after=after, limit=limit)

    def _sync_jobs(self) -> None:
        """Give the scheduler a job for every deliverable reminder due within the horizon."""
        if not self.scheduler.running:
            return
        now = self.now()
        c = reminders.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(c.event_id, c.channel, c.lead_seconds, c.due_at).where(
                    c.due_at > now, c.due_at <= now + self.horizon
                )
            ).all()
        keys = [ReminderKey(*row) for row in rows if self.deliverable(row.channel)]
        self.scheduler.sync(keys)

    # -- delivery -----------------------------------------------------------------------------
    async def _tick(self) -> None:
        """Every tick: reconcile (cheap when unchanged) and sweep what is due."""
        try:
            await self.reconcile()
            await self.run_due()
        except Exception:
            log.exception("reminder tick failed; the next tick retries")

    async def _fire(self, event_id: int, channel: str, lead_seconds: int, due_iso: str) -> None:
        """An APScheduler job: deliver one reminder if it is still wanted at that time."""
        key = ReminderKey(event_id, channel, lead_seconds, datetime.fromisoformat(due_iso))
        self.scheduler.forget(key)
        c = reminders.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(c.due_at, c.event_start).where(
                    c.event_id == event_id, c.channel == channel, c.lead_seconds == lead_seconds
                )
            ).first()
        if row is None or row.due_at != key.due_at:
            return  # removed or moved since the job was made
        await self._deliver(key, row.event_start)

    def due_rows(self, now: datetime) -> list[tuple[ReminderKey, datetime]]:
        """Due reminders nobody has settled: never claimed, or claimed longer ago than the lease."""
        r, d = reminders.c, deliveries.c
        join = and_(
            d.event_id == r.event_id,
            d.channel == r.channel,
            d.lead_seconds == r.lead_seconds,
            d.due_at == r.due_at,
        )
        stale = and_(d.status == "claimed", d.claimed_at < now - self.ledger.lease)
        stmt = (
            select(r.event_id, r.channel, r.lead_seconds, r.due_at, r.event_start)
            .select_from(reminders.outerjoin(deliveries, join))
            .where(r.due_at <= now, or_(d.id.is_(None), stale))
            .order_by(r.due_at)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        return [
            (ReminderKey(row.event_id, row.channel, row.lead_seconds, row.due_at), row.event_start)
            for row in rows
            if self.deliverable(row.channel)
        ]

    async def run_due(self) -> DueReport:
        """Send every due reminder not yet settled (or skip it when missed beyond the grace)."""
        self.prepare()
        report = DueReport()
        for key, start in self.due_rows(self.now()):
            outcome = await self._deliver(key, start)
            if outcome != "early":
                setattr(report, outcome, getattr(report, outcome) + 1)
        if report.skipped:
            log.warning("reminders: %d missed beyond the grace (%s) were skipped", report.skipped, self.grace)
        return report

    async def _deliver(self, key: ReminderKey, event_start: datetime) -> str:
        """Claim, send with retries, settle. -> sent | skipped | failed | deferred | taken | early."""
        now = self.now()
        if key.due_at > now:
            return "early"
        if event_start <= now:
            return "skipped" if self.ledger.skip(key, now, "the event had already begun") else "taken"
        if now - key.due_at > self.grace:
            if self.ledger.skip(key, now, f"missed by {now - key.due_at} (grace {self.grace})"):
                log.info("reminder %s for event %s skipped: missed by %s", key.channel, key.event_id,
                         now - key.due_at)
                return "skipped"
            return "taken"
        if not self.ledger.claim(key, now):
            return "taken"
        if self._after_claim is not None:
            await self._after_claim(key)
        event = self.deps.store.get_event(key.event_id)
        sink = self.sinks.get(subs.split_channel(key.channel)[0])
        if event is None or sink is None:
            self.ledger.mark_failed(key, "event no longer stored" if event is None else "no sink")
            return "failed"
        target = subs.split_channel(key.channel)[1]
        try:
            reply = reminder_reply(event, event_start, key.lead_seconds, now)
            await send_with_retry(
                lambda: sink.send(target, reply),
                attempts=self.retry_attempts,
                base_delay=self.retry_base_delay,
                budget=self.ledger.lease.total_seconds() / 2,
            )
        except SinkError as exc:
            if exc.retryable:
                self.ledger.note_error(key, str(exc))
                log.warning("reminder to %s deferred (%s); retried after the lease", key.channel, exc)
                return "deferred"
            self.ledger.mark_failed(key, str(exc))
            log.error("reminder to %s failed: %s", key.channel, exc)
            return "failed"
        except Exception as exc:  # a rendering or sink bug: record it, never block the other reminders
            self.ledger.mark_failed(key, f"{type(exc).__name__}: {exc}")
            log.exception("reminder to %s failed", key.channel)
            return "failed"
        self.ledger.mark_sent(key, self.now())
        log.info("reminder sent: event %s to %s, lead %ss", key.event_id, key.channel, key.lead_seconds)
        return "sent"
