"""Real bot processes sharing one database: restarts, kill -9 between claim and send, two at once.

Each process is tests/reminder_proc.py with a fixed clock (--now) delivering to a loopback Slack webhook;
the webhook's count of deliveries is what the user would see.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from briefings.store import Store
from tests.conftest import schema_url
from tests.reminder_proc import Hook, briefing, meeting, webhook_server

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "reminder_proc.py"
DAY = date(2030, 5, 20)
DUE = datetime(2030, 5, 20, 8, 0, tzinfo=UTC)  # 1h before an all-day meeting at 09:00 UTC


async def spawn(db: str, hook: Hook, now: datetime, *extra: str) -> asyncio.subprocess.Process:
    """Start one bot process running the reminder sweep at `now`."""
    env = {
        **os.environ,
        "BRIEFBOT_SLACK_WEBHOOK_URL": hook.url,
        "BRIEFBOT_REMINDER_CHANNELS": "slack-webhook",
        "BRIEFBOT_REMINDER_LEADS": "1h",
        "BRIEFBOT_MISSED_GRACE": "1h",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(SCRIPT),
        "--db",
        db,
        "--now",
        now.isoformat(),
        *extra,
        env=env,
        cwd=str(ROOT),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def sweep(db: str, hook: Hook, now: datetime) -> dict[str, int]:
    """Run one process to completion and return its report."""
    proc = await spawn(db, hook, now)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, err.decode()
    line = next(x for x in out.decode().splitlines() if x.startswith("REPORT "))
    report: dict[str, int] = json.loads(line.removeprefix("REPORT "))
    return report


def sqlite_db(tmp_path: Path, events: int = 1) -> str:
    """A SQLite file holding `events` all-day meetings on DAY."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    store = Store(url)
    store.ingest(briefing("a.txt", [meeting(f"Meeting {i}", day=DAY) for i in range(events)]), "h")
    store.close()
    return url


async def test_restart_before_and_after_the_due_time_delivers_once(tmp_path: Path) -> None:
    db = sqlite_db(tmp_path)
    async with webhook_server() as hook:
        assert (await sweep(db, hook, DUE - timedelta(minutes=10)))["sent"] == 0
        assert (await sweep(db, hook, DUE + timedelta(minutes=5)))["sent"] == 1
        assert (await sweep(db, hook, DUE + timedelta(minutes=6)))["sent"] == 0
    assert hook.titles() == ["Reminder: Meeting 0"]


async def test_kill_9_between_claim_and_send_is_recovered_once_after_the_lease(tmp_path: Path) -> None:
    db = sqlite_db(tmp_path)
    async with webhook_server() as hook:
        victim = await spawn(db, hook, DUE + timedelta(seconds=1), "--sleep-after-claim", "120")
        assert victim.stdout is not None
        line = await asyncio.wait_for(victim.stdout.readline(), timeout=60)
        assert line.decode().startswith("CLAIMED"), line
        victim.kill()  # SIGKILL: no cleanup, the claim stays in the ledger
        await victim.communicate()
        assert hook.bodies == []
        held = await sweep(db, hook, DUE + timedelta(seconds=60))  # within the 2 min lease
        assert held["sent"] == 0 and hook.bodies == []
        recovered = await sweep(db, hook, DUE + timedelta(minutes=3))
        assert recovered["sent"] == 1
        assert (await sweep(db, hook, DUE + timedelta(minutes=4)))["sent"] == 0
    assert hook.titles() == ["Reminder: Meeting 0"]


async def two_at_once(db: str, count: int) -> None:
    """Two processes sweep the same due reminders at the same moment: each is delivered once."""
    async with webhook_server() as hook:
        reports = await asyncio.gather(*(sweep(db, hook, DUE + timedelta(seconds=2)) for _ in range(2)))
    assert sum(r["sent"] for r in reports) == count
    assert sorted(hook.titles()) == sorted(f"Reminder: Meeting {i}" for i in range(count))


async def test_two_processes_on_sqlite_deliver_each_reminder_once(tmp_path: Path) -> None:
    await two_at_once(sqlite_db(tmp_path, events=25), 25)


async def test_two_processes_on_postgresql_deliver_each_reminder_once(pg_schema: tuple[str, str]) -> None:
    url = schema_url(*pg_schema)
    store = Store(url)
    store.ingest(briefing("a.txt", [meeting(f"Meeting {i}", day=DAY) for i in range(25)]), "h")
    store.close()
    await two_at_once(url, 25)
