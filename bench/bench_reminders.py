"""Reminders: reconcile 100,000 reminders (10,000 events × 10 channels) and the due-to-send delay.

Targets: reconcile ≤ 10 s and ≤ 300 MB peak; delay from due time to send through the running
scheduler, median ≤ 1 s.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from bot.commands.spec import Deps
from bot.reminders.service import ReminderService
from bot.reminders.tables import reminders, write
from bot.reply import Reply
from bot.settings import Settings
from briefings.models import Briefing, Event, Evidence
from briefings.store import Store

TEXT = "Delegations will meet."
EVENTS = 10_000
PER_BRIEFING = 100
CHANNELS = "console," + ",".join(f"discord:{1000 + i}" for i in range(9))
DELAY_EVENTS = 100


def _evidence() -> Evidence:
    return Evidence(sentence=0, start=0, end=len(TEXT), text=TEXT)


def _briefing(n: int, events: list[Event]) -> Briefing:
    return Briefing(title=f"Bench {n}", source=f"bench-{n}.txt", reference_date=date(2030, 1, 1), text=TEXT,
                    sentences=[TEXT], events=events)


def _settings(**env: str) -> Settings:
    kwargs: dict[str, Any] = {"_env_file": None, **env}  # aliases, as in the environment
    return Settings(**kwargs)


class _Sink:
    """Records when each reminder arrives."""

    name = "console"

    def __init__(self) -> None:
        self.arrivals: list[tuple[str, datetime]] = []

    async def post(self, channel_id: str, reply: Reply) -> None:
        self.arrivals.append((reply.title, datetime.now(UTC)))


class _Null:
    """Accepts and drops posts (the discord:* channels in the reconcile benchmark)."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def post(self, channel_id: str, reply: Reply) -> None:
        return None


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _reconcile(root: Path) -> None:
    store = Store(f"sqlite:///{root / 'reconcile.db'}")
    base = date(2030, 6, 1)
    t0 = time.perf_counter()
    for b in range(EVENTS // PER_BRIEFING):
        events = [
            Event(name=f"Meeting {b}-{i}", date=base + timedelta(days=(b * PER_BRIEFING + i) % 300),
                  timezone=("Asia/Tokyo", "Europe/London", "America/New_York", None)[i % 4],
                  evidence=_evidence())
            for i in range(PER_BRIEFING)
        ]
        store.ingest(_briefing(b, events), f"h{b}")
    print(f"setup: ingested {EVENTS} events in {time.perf_counter() - t0:.1f}s")
    now = datetime(2030, 1, 1, tzinfo=UTC)
    settings = _settings(BRIEFBOT_REMINDER_LEADS="1d", BRIEFBOT_REMINDER_CHANNELS=CHANNELS)
    deps = Deps(store=store, settings=settings, now=lambda: now)
    service = ReminderService(deps, {"console": _Null("console"), "discord": _Null("discord")})
    service.prepare()

    t0 = time.perf_counter()
    result = await service.reconcile(force=True)
    cold = time.perf_counter() - t0
    assert result is not None
    print(f"reconcile cold: {result.added} reminders added in {cold:.2f}s (target <= 10 s)")

    t0 = time.perf_counter()
    result = await service.reconcile(force=True)
    warm = time.perf_counter() - t0
    assert result is not None
    print(f"reconcile forced, nothing changed: {result.unchanged} unchanged in {warm:.2f}s")

    t0 = time.perf_counter()
    skipped = await service.reconcile()
    print(f"reconcile tick, nothing changed: {'skipped' if skipped is None else 'ran'} in "
          f"{(time.perf_counter() - t0) * 1000:.1f} ms")

    with write(store.engine) as conn:
        conn.execute(delete(reminders))
    tracemalloc.start()
    t0 = time.perf_counter()
    await service.reconcile(force=True)
    traced = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"reconcile cold peak memory: {peak / 1e6:.0f} MB (tracemalloc; {traced:.1f}s traced) "
          f"(target <= 300 MB)")
    await service.stop()
    store.close()


async def _delay(root: Path) -> None:
    store = Store(f"sqlite:///{root / 'delay.db'}")
    first = datetime.now(UTC) + timedelta(hours=1, seconds=3)
    events = [
        Event(name=f"Soon {i}", date=first.date(), start=first + timedelta(seconds=i * 0.07), all_day=False,
              evidence=_evidence())
        for i in range(DELAY_EVENTS)
    ]
    store.ingest(_briefing(0, events), "h")
    sink = _Sink()
    settings = _settings(BRIEFBOT_REMINDER_LEADS="1h", BRIEFBOT_REMINDER_CHANNELS="console")
    deps = Deps(store=store, settings=settings, now=lambda: datetime.now(UTC))
    service = ReminderService(deps, {"console": sink})
    await service.start()
    deadline = time.monotonic() + 30
    while len(sink.arrivals) < DELAY_EVENTS and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    await service.stop()
    due = {e.name: e.start - timedelta(hours=1) for e in events if e.start is not None}
    delays = [(at - due[title.removeprefix("Reminder: ")]).total_seconds() for title, at in sink.arrivals]
    print(f"due-to-send delay over {len(delays)} reminders through the scheduler: "
          f"median {statistics.median(delays) * 1000:.0f} ms, p50 {_pct(delays, 0.5) * 1000:.0f} ms, "
          f"p99 {_pct(delays, 0.99) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms (target median <= 1 s)")
    store.close()


def main() -> None:
    """Print reconcile time and memory for 100,000 reminders, and the due-to-send delay."""
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_reconcile(Path(tmp)))
        asyncio.run(_delay(Path(tmp)))


if __name__ == "__main__":
    main()
