"""The console adapter: piped commands answered on stdout, logs on stderr, exit at end of input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.console import HINT, ConsoleAdapter
from bot.commands.eventfmt import event_reply
from bot.commands.spec import Deps
from briefings.models import Briefing
from briefings.store import Store
from tests import commands_fixtures as cf
from tests.commands_fixtures import NOW, future_year, moved

deps = cf.deps  # fixture

ROOT = Path(__file__).resolve().parent.parent


async def run_console(deps: Deps, text: str) -> str:
    """Feed `text` to a non-interactive console adapter and return what it printed."""
    out = io.StringIO()
    adapter = ConsoleAdapter(deps, stdin=io.StringIO(text), stdout=out, interactive=False)
    await adapter.start()
    await adapter.wait_closed()
    await adapter.close()
    return out.getvalue()


async def test_console_answers_each_line_and_stops_at_end_of_input(deps: Deps) -> None:
    out = await run_console(deps, "/talks\n\nhello\n/who kamikawa\n")
    blocks = out.strip().split("\n\n")
    assert blocks[0].splitlines()[0] == "US-Japan 2+2 security talks"
    assert blocks[1] == HINT
    assert blocks[2].splitlines()[0] == "Yoko Kamikawa"
    assert len(blocks) == 3


async def test_quit_stops_reading(deps: Deps) -> None:
    out = await run_console(deps, "/help\n/quit\n/talks\n")
    assert out.startswith("Commands\n")
    assert "US-Japan 2+2 security talks" not in out


async def test_post_prints_a_reminder_block(deps: Deps) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(deps, stdin=io.StringIO(""), stdout=out, interactive=False)
    event = deps.store.upcoming_events(NOW, limit=1)[0]
    await adapter.post("console", event_reply(event, NOW, title_prefix="Reminder: "))
    assert out.getvalue().splitlines()[0] == "Reminder: US-Japan 2+2 security talks"


@pytest.mark.slow
def test_piped_run_prints_both_replies_and_exits_0_with_logs_on_stderr(
    tmp_path: Path, seed_briefing: Briefing
) -> None:
    db = tmp_path / "bot.db"
    store = Store(f"sqlite:///{db}")
    store.create_all()
    store.ingest(moved(seed_briefing, future_year()), "h")
    store.close()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{db}",
        "BRIEFBOT_LOG_LEVEL": "INFO",
    }
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="/talks\n/who kamikawa\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("US-Japan 2+2 security talks\n")
    assert f"July 28, {future_year()}" in done.stdout
    assert "\nYoko Kamikawa\nRole: Foreign Minister\nCountry: 🇯🇵 Japan\n" in done.stdout
    assert "INFO" in done.stderr  # logging happened, and only there
    assert "INFO" not in done.stdout and "Traceback" not in done.stderr


async def test_interactive_prompt_answers_and_keeps_history(deps: Deps, tmp_path: Path) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    history = tmp_path / "data" / "console_history"
    out = io.StringIO()
    with create_pipe_input() as pipe:
        adapter = ConsoleAdapter(
            deps, stdout=out, interactive=True, history_path=history, prompt_io=(pipe, DummyOutput())
        )
        await adapter.start()
        pipe.send_text("/who kamikawa\r")
        pipe.send_text("/quit\r")
        await adapter.wait_closed()
        await adapter.close()
    assert "\nYoko Kamikawa\nRole: Foreign Minister\nCountry: 🇯🇵 Japan\n" in out.getvalue()
    assert "/who kamikawa" in history.read_text(encoding="utf-8")
