"""APScheduler (AsyncIOScheduler, UTC, MemoryJobStore) holding the reminders due in the near future.

Why a memory job store: the reminders table is the truth, and the scheduler is rebuilt from it at start
and re-synced every tick. Jobs therefore survive restarts (they are re-created from rows) and survive
refactors (nothing is pickled: no callable reference or argument layout is frozen in a database, which
is what breaks SQLAlchemyJobStore jobs when a function moves). Only reminders due within a horizon
(default 10 minutes) become jobs: APScheduler's in-memory store inserts into a sorted list, so 100,000
jobs would take tens of seconds to add, while the periodic tick (60 s) keeps the horizon filled and the
ledger sweep (`run_due`) catches anything a job missed. Job ids are deterministic,
`rem:{event_id}:{channel}:{lead_seconds}`, added with replace_existing=True.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.reminders.ledger import ReminderKey

log = logging.getLogger(__name__)

Fire = Callable[[int, str, int, str], Awaitable[None]]
TICK_JOB_ID = "rem:tick"


def job_id(key: ReminderKey) -> str:
    """The deterministic APScheduler job id of a reminder."""
    return f"rem:{key.event_id}:{key.channel}:{key.lead_seconds}"


class ReminderScheduler:
    """An AsyncIOScheduler whose date jobs mirror a set of reminder keys, plus one periodic tick job."""

    def __init__(self, fire: Fire, tick: Callable[[], Awaitable[None]], tick_seconds: float) -> None:
        self._fire = fire
        self._tick = tick
        self._tick_seconds = tick_seconds
        self._jobs: dict[str, datetime] = {}
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            jobstores={"default": MemoryJobStore()},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )

    @property
    def running(self) -> bool:
        """Whether the scheduler has been started and not shut down."""
        return bool(self.scheduler.running)

    def start(self) -> None:
        """Start the scheduler on the running event loop with the periodic tick."""
        quiet = logging.getLogger("apscheduler")
        if quiet.level == logging.NOTSET:  # one INFO line per added job is noise; keep warnings
            quiet.setLevel(logging.WARNING)
        self.scheduler.add_job(
            self._tick, "interval", seconds=self._tick_seconds, id=TICK_JOB_ID, replace_existing=True
        )
        self.scheduler.start()

    def shutdown(self) -> None:
        """Stop without waiting for running jobs (their claims are recovered after the lease)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self._jobs.clear()

    def jobs(self) -> dict[str, datetime]:
        """The reminder jobs scheduled now: job id -> due time."""
        return dict(self._jobs)

    def forget(self, key: ReminderKey) -> None:
        """Drop the record of a job that has fired (APScheduler removed it itself)."""
        jid = job_id(key)
        if self._jobs.get(jid) == key.due_at:
            del self._jobs[jid]

    def sync(self, keys: list[ReminderKey]) -> tuple[int, int]:
        """Make the date jobs exactly `keys`: add new or moved ones, remove the rest. -> (added, removed)."""
        wanted = {job_id(k): k for k in keys}
        added = removed = 0
        for jid in [j for j in self._jobs if j not in wanted]:
            with contextlib.suppress(JobLookupError):  # it fired meanwhile
                self.scheduler.remove_job(jid)
            del self._jobs[jid]
            removed += 1
        for jid, key in wanted.items():
            if self._jobs.get(jid) == key.due_at:
                continue
            self.scheduler.add_job(
                self._fire,
                "date",
                run_date=key.due_at,
                args=(key.event_id, key.channel, key.lead_seconds, key.due_at.isoformat()),
                id=jid,
                replace_existing=True,
            )
            self._jobs[jid] = key.due_at
            added += 1
        if added or removed:
            log.debug("scheduler: %d jobs added, %d removed, %d held", added, removed, len(self._jobs))
        return added, removed
