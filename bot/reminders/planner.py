"""Reconcile the reminders table with the store: every upcoming event × subscribed channel × lead.

The wanted set is computed in Python from one `upcoming_events` call and one read of the table, then
applied with three bulk statements (insert new, update moved, delete gone), so 100,000 reminders
reconcile in seconds and an unchanged store costs one read. A moved event keeps its rows (the due time
is updated) and its unsent ledger rows for the old time are dropped; a removed event's rows go.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import Engine, bindparam, delete, insert, select, update

from bot.reminders.ledger import Ledger, ReminderKey
from bot.reminders.tables import deliveries, reminders, write
from bot.reminders.timing import due_at, event_start
from briefings.models import EventView

Slot = tuple[int, str, int]  # (event_id, channel, lead_seconds)
CHUNK = 5000


@dataclass(frozen=True)
class Wanted:
    """A reminder the store's events call for."""

    due_at: datetime
    event_start: datetime
    event_key: str | None = None  # "source#name": the same event across a re-ingest


@dataclass
class PlanResult:
    """What one reconcile changed."""

    added: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        """Whether any reminder was added, moved or removed."""
        return bool(self.added or self.moved or self.removed)


def wanted_reminders(
    events: Iterable[EventView],
    subscriptions: Mapping[str, tuple[int, ...]],
    all_day_start: time,
    now: datetime,
) -> dict[Slot, Wanted]:
    """Every (event, channel, lead) that should exist: events that have not started, any kind."""
    out: dict[Slot, Wanted] = {}
    for event in events:
        start = event_start(event, all_day_start)
        if start is None or start <= now:
            continue
        identity = f"{event.source.source or event.source.title}#{event.kind}#{event.name}"[:500]
        for channel, leads in subscriptions.items():
            for lead in leads:
                out[(event.id, channel, lead)] = Wanted(due_at(start, lead), start, identity)
    return out


def _chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    """`items` in lists of at most `size`."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _insert_new(engine: Engine) -> Any:
    """INSERT into reminders that ignores rows another process inserted concurrently."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(reminders).on_conflict_do_nothing()
    if engine.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(reminders).on_conflict_do_nothing()
    return insert(reminders)


def _identity_matches(
    gone: list[Any], new: dict[Slot, Wanted]
) -> list[tuple[Any, Slot, Wanted]]:
    """Pair removed rows with added slots of the same event identity (a re-ingest renumbers events)."""
    by_identity: dict[tuple[str, str, int], Any] = {}
    clashes: set[tuple[str, str, int]] = set()
    for row in gone:
        if row.event_key:
            ident = (row.event_key, row.channel, row.lead_seconds)
            if ident in by_identity:
                clashes.add(ident)
            by_identity[ident] = row
    pairs = []
    for slot, want in new.items():
        ident = (want.event_key, slot[1], slot[2])
        if want.event_key and ident in by_identity and ident not in clashes:
            pairs.append((by_identity.pop(ident), slot, want))
    return pairs


def apply_plan(engine: Engine, ledger: Ledger, wanted: dict[Slot, Wanted]) -> PlanResult:
    """Make the reminders table equal `wanted` in one transaction; drop unsent ledger rows of moved ones.

    A replaced briefing gets new event ids; an event with the same identity (source and name) keeps its
    reminders and its ledger rows (re-keyed to the new id), so a reminder already sent is not sent again.
    """
    result = PlanResult()
    c, d = reminders.c, deliveries.c
    stale: list[ReminderKey] = []
    with write(engine) as conn:
        existing = conn.execute(
            select(c.id, c.event_id, c.channel, c.lead_seconds, c.due_at, c.event_start, c.event_key)
        ).all()
        seen: set[Slot] = set()
        moved: list[dict[str, Any]] = []
        gone: list[Any] = []
        for row in existing:
            slot = (row.event_id, row.channel, row.lead_seconds)
            want = wanted.get(slot)
            if want is None:
                gone.append(row)
                continue
            seen.add(slot)
            if want.due_at != row.due_at or want.event_start != row.event_start:
                moved.append({"rid": row.id, "new_event": slot[0], "new_due": want.due_at,
                              "new_start": want.event_start, "new_key": want.event_key})
                if want.due_at != row.due_at:
                    stale.append(ReminderKey(*slot, row.due_at))
            else:
                result.unchanged += 1
        fresh = {s: w for s, w in wanted.items() if s not in seen}
        rekeys: list[dict[str, Any]] = []
        for row, slot, want in _identity_matches(gone, fresh):
            del fresh[slot]
            gone.remove(row)
            rekeys.append({"old_event": row.event_id, "new_event": slot[0], "k_channel": slot[1],
                           "k_lead": slot[2]})
            moved.append({"rid": row.id, "new_event": slot[0], "new_due": want.due_at,
                          "new_start": want.event_start, "new_key": want.event_key})
            if want.due_at != row.due_at:
                stale.append(ReminderKey(*slot, row.due_at))
        stale.extend(ReminderKey(r.event_id, r.channel, r.lead_seconds, r.due_at) for r in gone)
        new = [
            {"event_id": s[0], "channel": s[1], "lead_seconds": s[2], "due_at": w.due_at,
             "event_start": w.event_start, "event_key": w.event_key}
            for s, w in fresh.items()
        ]
        add = _insert_new(engine)
        for batch in _chunks(new):
            conn.execute(add, batch)
        if rekeys:
            conn.execute(
                update(deliveries)
                .where(d.event_id == bindparam("old_event"), d.channel == bindparam("k_channel"),
                       d.lead_seconds == bindparam("k_lead"))
                .values(event_id=bindparam("new_event")),
                rekeys,
            )
        if moved:
            stmt = (
                update(reminders)
                .where(c.id == bindparam("rid"))
                .values(event_id=bindparam("new_event"), due_at=bindparam("new_due"),
                        event_start=bindparam("new_start"), event_key=bindparam("new_key"))
            )
            for batch in _chunks(moved):
                conn.execute(stmt, batch)
        for ids in _chunks([r.id for r in gone]):
            conn.execute(delete(reminders).where(c.id.in_(ids)))
    result.added, result.moved, result.removed = len(new), len(moved), len(gone)
    ledger.drop_unsent(stale)
    return result


@dataclass(frozen=True)
class Scheduled:
    """One planned reminder as listed by /remind list and `briefbot reminders`."""

    event_id: int
    channel: str
    lead_seconds: int
    due_at: datetime
    event_start: datetime


def scheduled(
    engine: Engine, *, channel: str | None = None, after: datetime | None = None, limit: int | None = None
) -> list[Scheduled]:
    """Planned reminders, soonest first: of one channel and/or due after a moment, at most `limit`."""
    c = reminders.c
    stmt = select(c.event_id, c.channel, c.lead_seconds, c.due_at, c.event_start).order_by(c.due_at, c.id)
    if channel is not None:
        stmt = stmt.where(c.channel == channel)
    if after is not None:
        stmt = stmt.where(c.due_at > after)
    if limit is not None:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        return [Scheduled(*row) for row in conn.execute(stmt)]
