"""CLI functions for reminders, ready for typer: `briefbot remind-due` (cron) and `briefbot reminders`.

Wire them in bot/cli.py with `app.command("remind-due")(remind_due)` and
`app.command("reminders")(reminders_list)`. Both take settings (and the store) from the typer context's
AppState (`ctx.obj.open()`), and fail as one line (exit 2) on a bad setting.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from bot.commands.spec import Deps
from bot.reminders.leads import ReminderConfigError, format_lead
from bot.reminders.planner import Scheduled, scheduled
from bot.reminders.service import DueReport, ReminderService
from bot.reminders.tables import create_tables
from bot.reminders.timing import venue_zone
from bot.render.text import render_text
from bot.reply import Reply


class ConsoleSink:
    """Reminders for the console channel printed as text blocks (first line `Reminder: …`)."""

    name = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Print the reminder followed by a blank line."""
        out = self.out or sys.stdout
        out.write(render_text(reply) + "\n\n")
        out.flush()


async def send_due(deps: Deps, *, out: TextIO | None = None) -> DueReport:
    """Reconcile, send what is due through the console and any configured webhooks, and stop."""
    service = ReminderService(deps, {"console": ConsoleSink(out)})
    try:
        await service.reconcile(force=True)
        return await service.run_due()
    finally:
        await service.stop()


def reminders_table(deps: Deps, *, limit: int = 50) -> Table:
    """The next planned reminders: event, channel, lead, due time in UTC and in the venue's timezone."""
    create_tables(deps.store.engine)
    rows: list[Scheduled] = scheduled(deps.store.engine, after=deps.now(), limit=limit)
    table = Table(title=f"Next {len(rows)} reminders" if rows else "No reminders are scheduled")
    for column in ("Event", "Channel", "Lead", "Due (UTC)", "Due (venue time)"):
        table.add_column(column)
    events: dict[int, Any] = {}
    for row in rows:
        if row.event_id not in events:
            events[row.event_id] = deps.store.get_event(row.event_id)
        event = events[row.event_id]
        zone_name = event.timezone if event is not None and event.timezone else "UTC"
        local = row.due_at.astimezone(venue_zone(zone_name))
        table.add_row(
            event.name if event is not None else f"event {row.event_id} (removed)",
            row.channel,
            format_lead(row.lead_seconds),
            row.due_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({zone_name})",
        )
    return table


def _deps(ctx: typer.Context) -> Deps:
    """Deps from the CLI's AppState (settings built once in main())."""
    state = ctx.obj
    if state is not None and hasattr(state, "open"):
        deps: Deps = state.open()
        return deps
    from bot.cli import load_settings
    from bot.services import build_deps

    return build_deps(load_settings())


def remind_due(ctx: typer.Context) -> None:
    """Send the reminders that are due now (console and webhooks) and exit; run it from cron."""
    try:
        report = asyncio.run(send_due(_deps(ctx)))
    except ReminderConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"reminders: {report.sent} sent, {report.skipped} skipped (missed), {report.failed} failed, "
        f"{report.deferred} to retry",
        err=True,
    )


def reminders_list(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="How many reminders to show")] = 50,
) -> None:
    """List the scheduled reminders: event, channel, lead, time in UTC and in the venue's timezone."""
    try:
        table = reminders_table(_deps(ctx), limit=limit)
    except ReminderConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    Console().print(table)
