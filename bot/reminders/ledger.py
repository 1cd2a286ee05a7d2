"""The delivery ledger: claim a reminder in a transaction BEFORE sending it, mark it sent after.

Exactly once across restarts and processes comes from one unique key (event, channel, lead, due time):
- claim: INSERT … ON CONFLICT DO NOTHING. One row inserted means this worker owns the send; none means
  another worker has it (or it is settled).
- recovery: a claim still 'claimed' after the lease (its worker crashed between claim and send) is
  re-claimed atomically with UPDATE … WHERE status='claimed' AND claimed_at < cutoff: exactly one
  worker's UPDATE matches, so the reminder is sent once more, not twice.
- the lease must outlast one send including its retries; the sender gives up well inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Insert, and_, bindparam, delete, exc, insert, select, update

from bot.reminders.tables import deliveries, write


@dataclass(frozen=True, order=True)
class ReminderKey:
    """One reminder: an event, a channel, a lead time and the due time it was scheduled for."""

    event_id: int
    channel: str
    lead_seconds: int
    due_at: datetime

    def match(self) -> Any:
        """The WHERE clause selecting this key's ledger row."""
        c = deliveries.c
        return and_(
            c.event_id == self.event_id,
            c.channel == self.channel,
            c.lead_seconds == self.lead_seconds,
            c.due_at == self.due_at,
        )

    def values(self) -> dict[str, Any]:
        """Column values of this key."""
        return {
            "event_id": self.event_id,
            "channel": self.channel,
            "lead_seconds": self.lead_seconds,
            "due_at": self.due_at,
        }


def _insert_ignoring_conflict(engine: Engine, values: dict[str, Any]) -> Insert | None:
    """An INSERT that does nothing on a unique conflict, for dialects that have one."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(deliveries).values(**values).on_conflict_do_nothing()
    if engine.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(deliveries).values(**values).on_conflict_do_nothing()
    return None


class Ledger:
    """Claims and settles deliveries for one worker (a process) with a lease for crash recovery."""

    def __init__(self, engine: Engine, worker: str, lease: timedelta) -> None:
        self.engine = engine
        self.worker = worker
        self.lease = lease

    def _insert(self, values: dict[str, Any]) -> bool:
        """Insert a ledger row unless the key exists; True when this call inserted it."""
        stmt = _insert_ignoring_conflict(self.engine, values)
        try:
            with write(self.engine) as conn:
                if stmt is None:
                    conn.execute(insert(deliveries).values(**values))
                    return True
                # rowcount is -1 under psycopg's implicit RETURNING: ask for the new id instead
                return conn.execute(stmt.returning(deliveries.c.id)).first() is not None
        except exc.IntegrityError:
            return False

    def claim(self, key: ReminderKey, now: datetime) -> bool:
        """Take the right to send `key`: a fresh claim, or a stale one recovered after the lease."""
        fresh = {
            **key.values(),
            "status": "claimed",
            "claimed_at": now,
            "claimed_by": self.worker,
            "attempts": 1,
        }
        if self._insert(fresh):
            return True
        cutoff = now - self.lease
        with write(self.engine) as conn:
            result = conn.execute(
                update(deliveries)
                .where(key.match(), deliveries.c.status == "claimed", deliveries.c.claimed_at < cutoff)
                .values(claimed_at=now, claimed_by=self.worker, attempts=deliveries.c.attempts + 1)
            )
            return result.rowcount == 1

    def mark_sent(self, key: ReminderKey, now: datetime) -> bool:
        """Record that this worker sent `key`."""
        return self._settle(key, "sent", sent_at=now, last_error=None)

    def mark_failed(self, key: ReminderKey, error: str) -> bool:
        """Record a permanent failure (e.g. the channel is gone): never retried."""
        return self._settle(key, "failed", last_error=error[:500])

    def note_error(self, key: ReminderKey, error: str) -> None:
        """Keep the claim (so it is recovered after the lease and retried) but record why it failed."""
        with write(self.engine) as conn:
            conn.execute(
                update(deliveries)
                .where(key.match(), deliveries.c.claimed_by == self.worker)
                .values(last_error=error[:500])
            )

    def _settle(self, key: ReminderKey, status: str, **values: Any) -> bool:
        """Move this worker's claim to a final status."""
        with write(self.engine) as conn:
            result = conn.execute(
                update(deliveries)
                .where(
                    key.match(),
                    deliveries.c.status == "claimed",
                    deliveries.c.claimed_by == self.worker,
                )
                .values(status=status, **values)
            )
            return result.rowcount == 1

    def skip(self, key: ReminderKey, now: datetime, reason: str) -> bool:
        """Mark `key` skipped (missed beyond the grace, or the event already began) unless settled."""
        row = {**key.values(), "status": "skipped", "claimed_at": now, "claimed_by": self.worker,
               "attempts": 0, "last_error": reason[:500]}
        if self._insert(row):
            return True
        cutoff = now - self.lease
        with write(self.engine) as conn:
            result = conn.execute(
                update(deliveries)
                .where(key.match(), deliveries.c.status == "claimed", deliveries.c.claimed_at < cutoff)
                .values(status="skipped", last_error=reason[:500])
            )
            return result.rowcount == 1

    def status(self, key: ReminderKey) -> str | None:
        """The ledger status of `key`, None when it was never claimed."""
        with self.engine.connect() as conn:
            return conn.execute(select(deliveries.c.status).where(key.match())).scalar_one_or_none()

    def drop_unsent(self, keys: list[ReminderKey]) -> int:
        """Delete ledger rows not sent for keys whose time changed or whose event went away."""
        if not keys:
            return 0
        c = deliveries.c
        stmt = delete(deliveries).where(
            c.event_id == bindparam("k_event"),
            c.channel == bindparam("k_channel"),
            c.lead_seconds == bindparam("k_lead"),
            c.due_at == bindparam("k_due"),
            c.status != "sent",
        )
        params = [
            {"k_event": k.event_id, "k_channel": k.channel, "k_lead": k.lead_seconds, "k_due": k.due_at}
            for k in keys
        ]
        with write(self.engine) as conn:
            conn.execute(stmt, params)
        return len(keys)
