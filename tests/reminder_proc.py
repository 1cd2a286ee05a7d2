"""Reminder test helpers, and a script that runs one bot process's reminder sweep (for process tests).

As a script: `python tests/reminder_proc.py --db URL --now ISO [--lease S] [--sleep-after-claim S]`
builds the ReminderService exactly as the runner does (settings from the environment, e.g.
BRIEFBOT_SLACK_WEBHOOK_URL), reconciles, runs what is due and prints `REPORT {json}`. With
--sleep-after-claim it prints `CLAIMED` after the first claim and sleeps: the test kills it there.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aiohttp import web  # noqa: E402

from bot.commands.spec import Deps  # noqa: E402
from bot.reminders.ledger import ReminderKey  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from bot.reply import Reply  # noqa: E402
from bot.settings import Settings  # noqa: E402
from briefings.models import Briefing, Event, EventKind, Evidence  # noqa: E402
from briefings.store import Store  # noqa: E402

TEXT = "Officials will meet for talks next month."


def evidence() -> Evidence:
    """Evidence pointing at the one sentence of TEXT."""
    return Evidence(sentence=0, start=0, end=len(TEXT), text=TEXT)


def meeting(
    name: str,
    *,
    day: date | None = None,
    start: datetime | None = None,
    tz: str | None = None,
    kind: EventKind = "main",
) -> Event:
    """A hand-built event: all-day on `day`, or at `start` (aware)."""
    if start is not None and day is None:
        day = start.date()
    return Event(
        name=name,
        kind=kind,
        date=day,
        start=start,
        all_day=start is None,
        timezone=tz,
        place="Geneva",
        evidence=evidence(),
    )


def briefing(source: str, events: list[Event], title: str = "Talks announced") -> Briefing:
    """A hand-built briefing holding `events`."""
    return Briefing(
        title=title,
        source=source,
        reference_date=date(2030, 1, 1),
        text=TEXT,
        sentences=[TEXT],
        events=events,
    )


def settings(**values: str) -> Settings:
    """Settings without .env, from keyword aliases, e.g. settings(BRIEFBOT_REMINDER_LEADS="1h")."""
    kwargs: dict[str, Any] = {"_env_file": None, **values}  # aliases, as in the environment
    return Settings(**kwargs)


class Clock:
    """A settable clock for deps.now."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        """Move forward (or back, with negative values)."""
        self.at += timedelta(**delta)


@dataclass
class RecordingAdapter:
    """An adapter that records what it was asked to post."""

    name: str = "console"
    posts: list[tuple[str, Reply]] = field(default_factory=list)

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Record the post."""
        self.posts.append((channel_id, reply))

    @property
    def titles(self) -> list[str]:
        """Titles of everything posted."""
        return [r.title for _, r in self.posts]


def make_service(
    store: Store, clock: Callable[[], datetime], sinks: dict[str, Any], **kw: Any
) -> ReminderService:
    """A ReminderService over `store` with a settings override dict in kw['env'] (default leads 1d,1h)."""
    env = {"BRIEFBOT_REMINDER_LEADS": "1d,1h", "BRIEFBOT_REMINDER_CHANNELS": "console", **kw.pop("env", {})}
    deps = Deps(store=store, settings=settings(**env), now=clock)
    return ReminderService(deps, sinks, **kw)


@dataclass
class Hook:
    """A loopback webhook server: records JSON bodies, answers with queued statuses (then 200)."""

    url: str = ""
    bodies: list[dict[str, Any]] = field(default_factory=list)
    answers: list[tuple[int, dict[str, str], Any]] = field(default_factory=list)
    requests: int = 0

    def titles(self) -> list[str]:
        """The title (Slack fallback text's first line, or the Discord embed title) of each delivery."""
        out = []
        for b in self.bodies:
            if "embeds" in b:
                out.append(b["embeds"][0]["title"])
            else:
                out.append(str(b.get("text", "")).splitlines()[0])
        return out


@asynccontextmanager
async def webhook_server() -> AsyncIterator[Hook]:
    """Run a Hook on 127.0.0.1 on a free port."""
    hook = Hook()

    async def handle(request: web.Request) -> web.Response:
        hook.requests += 1
        body = await request.json()
        if hook.answers:
            status, headers, payload = hook.answers.pop(0)
            if status >= 300:
                return web.json_response(payload, status=status, headers=headers)
        hook.bodies.append(body)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    hook.url = f"http://127.0.0.1:{port}/hook"
    try:
        yield hook
    finally:
        await runner.cleanup()


async def _main(argv: list[str]) -> int:
    """Run one sweep as a separate bot process would."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--now", required=True)
    parser.add_argument("--lease", type=float, default=120.0)
    parser.add_argument("--sleep-after-claim", type=float, default=0.0)
    args = parser.parse_args(argv)
    now = datetime.fromisoformat(args.now).astimezone(UTC)

    async def after_claim(key: ReminderKey) -> None:
        print("CLAIMED", key.event_id, key.lead_seconds, flush=True)
        await asyncio.sleep(args.sleep_after_claim)

    store = Store(args.db)
    deps = Deps(store=store, settings=Settings(_env_file=None), now=lambda: now)  # type: ignore[call-arg]
    service = ReminderService(
        deps,
        {},
        lease=timedelta(seconds=args.lease),
        after_claim=after_claim if args.sleep_after_claim else None,
    )
    try:
        await service.reconcile(force=True)
        report = await service.run_due()
    finally:
        await service.stop()
        store.close()
    print("REPORT", json.dumps(report.__dict__), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main(sys.argv[1:])))
