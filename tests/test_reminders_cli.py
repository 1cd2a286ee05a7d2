"""`briefbot remind-due` (cron) and `briefbot reminders` (the schedule as a table)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from types import SimpleNamespace

import typer
from rich.console import Console
from typer.testing import CliRunner

from bot.commands.spec import Deps
from bot.reminders.cli import remind_due, reminders_list, reminders_table, send_due
from briefings.store import Store
from tests.reminder_proc import Clock, briefing, meeting, settings

DAY = date(2030, 5, 20)


def deps(store: Store, at: datetime, **env: str) -> Deps:
    """Deps with console reminders at 1d and 1h."""
    values = {"BRIEFBOT_REMINDER_LEADS": "1d,1h", "BRIEFBOT_REMINDER_CHANNELS": "console", **env}
    return Deps(store=store, settings=settings(**values), now=Clock(at))


async def test_remind_due_prints_due_reminders_once(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY, tz="Europe/Paris")]), "h")
    at = datetime(2030, 5, 20, 6, 10, tzinfo=UTC)  # 1h before 09:00 Paris, plus 10 minutes
    out = io.StringIO()
    report = await send_due(deps(store, at), out=out)
    assert report.sent == 1
    assert out.getvalue().startswith("Reminder: Summit\n")
    again = io.StringIO()
    assert (await send_due(deps(store, at), out=again)).sent == 0
    assert again.getvalue() == ""


async def test_reminders_table_shows_utc_and_venue_time(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY, tz="Europe/Paris")]), "h")
    d = deps(store, datetime(2030, 5, 1, tzinfo=UTC))
    await send_due(d, out=io.StringIO())  # plans the reminders
    console = Console(file=io.StringIO(), width=200)
    console.print(reminders_table(d))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Summit" in text and "console" in text
    assert "2030-05-19 07:00 UTC" in text and "2030-05-19 09:00 CEST (Europe/Paris)" in text
    assert "2030-05-20 06:00 UTC" in text and "1h" in text


def test_typer_commands_use_the_app_state_and_fail_in_one_line(store: Store) -> None:
    app = typer.Typer()
    app.command("remind-due")(remind_due)
    app.command("reminders")(reminders_list)
    runner = CliRunner()
    good = SimpleNamespace(open=lambda: deps(store, datetime(2030, 5, 1, tzinfo=UTC)))
    listed = runner.invoke(app, ["reminders", "--limit", "5"], obj=good)
    assert listed.exit_code == 0, listed.output
    due = runner.invoke(app, ["remind-due"], obj=good)
    assert due.exit_code == 0
    assert "0 sent" in due.output
    bad = SimpleNamespace(
        open=lambda: deps(store, datetime(2030, 5, 1, tzinfo=UTC), BRIEFBOT_REMINDER_LEADS="soon")
    )
    failed = runner.invoke(app, ["remind-due"], obj=bad)
    assert failed.exit_code == 2
    assert failed.output.strip().splitlines() == [
        "BRIEFBOT_REMINDER_LEADS: 'soon' is not a duration; use a number and a unit s, m, h or d, e.g. 1h"
    ]
