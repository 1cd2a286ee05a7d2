"""`briefbot run` on Discord and Slack in one process: real runner, discord.py, slack-bolt, loopback fakes.

One bot process answers a /who on each platform and delivers one reminder to a Discord channel and to a
Slack channel, exactly once each, then shuts down cleanly when its adapters are closed.
"""

from __future__ import annotations

import asyncio
import gc
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot import runner
from bot.cli import AppState, app
from bot.commands.spec import Deps
from bot.services import utc_now
from bot.settings import Settings
from briefings.models import Briefing, Event
from briefings.store import Store
from tests.fakes.discord_fake import GUILD_ID, TOKEN, FakeDiscord
from tests.fakes.slack_fake import APP_TOKEN, BOT_TOKEN, SlackFake, slash_payload
from tests.fakes.slack_harness import visible_text

REMINDER_CHANNEL = 1_100_000_000_000_000_777  # a Discord channel other than the one commands come from
SLACK_CHANNEL = "C0123"
DUE_IN = timedelta(seconds=6)  # start-up (Discord waits ~2 s for guilds) finishes well before this
EVENT_NAME = "Harbour security talks"
WAIT = 15.0  # seconds any single expected thing may take before the test fails


@pytest.fixture(autouse=True)
def restore_gc() -> Iterator[None]:
    """`run()` freezes the heap and raises the GC threshold for the process; undo it for later tests."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def both_settings(discord: FakeDiscord, slack: SlackFake, db: Path) -> Settings:
    """Settings for Discord and Slack (Socket Mode) on the fakes, reminding both channels 1 h ahead."""
    env: dict[str, Any] = {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{db}",
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": discord.api_base_url,
        "DISCORD_GATEWAY_URL": discord.gateway_url,
        "DISCORD_GUILD_ID": GUILD_ID,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_BASE_URL": slack.base_url,
        "BRIEFBOT_REMINDER_CHANNELS": f"discord:{REMINDER_CHANNEL},slack:{SLACK_CHANNEL}",
        "BRIEFBOT_REMINDER_LEADS": "1h",
    }
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


def briefing_with_meeting_at(seed: Briefing, start: datetime) -> Briefing:
    """The hand-built seed briefing (its people and quotes) whose only event is a timed meeting at `start`."""
    main = seed.events[0]
    meeting = Event(
        name=EVENT_NAME,
        kind="main",
        date=start.date(),
        start=start,
        all_day=False,
        timezone="UTC",
        place=main.place,
        participants=main.participants,
        evidence=main.evidence,
    )
    return seed.model_copy(update={"events": [meeting]})


async def wait_until(check: Callable[[], bool], what: str, task: asyncio.Task[None]) -> None:
    """Poll `check` until true; fail naming `what` on timeout, or at once if the bot stopped."""
    deadline = asyncio.get_running_loop().time() + WAIT
    while not check():
        if task.done():
            task.result()  # raises what stopped the bot
            raise AssertionError(f"the bot stopped before {what}")
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def discord_reminders(fake: FakeDiscord) -> list[dict[str, Any]]:
    """Bodies of the messages the bot posted to the Discord reminder channel."""
    return [body for channel, body in fake.channel_messages if channel == REMINDER_CHANNEL]


def slack_reminders(fake: SlackFake) -> list[dict[str, Any]]:
    """Parameters of the chat.postMessage calls to the Slack reminder channel."""
    return [c.params for c in fake.calls_to("chat.postMessage") if c.params.get("channel") == SLACK_CHANNEL]


@pytest.mark.slow
async def test_one_process_answers_on_discord_and_slack_and_reminds_both_once(
    store: Store, seed_briefing: Briefing, tmp_path: Path
) -> None:
    async with FakeDiscord() as discord_fake, SlackFake() as slack_fake:
        settings = both_settings(discord_fake, slack_fake, tmp_path / "unused.db")
        platforms = runner.choose_platforms(settings, None)
        assert platforms == ["discord", "slack"]
        runner.check_credentials(settings, platforms)
        due = utc_now() + DUE_IN
        store.create_all()
        store.ingest(briefing_with_meeting_at(seed_briefing, due + timedelta(hours=1)), "hand-built")
        deps = Deps(store=store, settings=settings, now=utc_now)

        task = asyncio.create_task(runner.run(deps, platforms), name="briefbot-run")
        try:
            # Reminders start only after every adapter is up: then both platforms are live.
            await wait_until(
                lambda: deps.reminders is not None and deps.reminders.scheduler.running,
                "both adapters and the reminders to start",
                task,
            )
            if utc_now() < due:  # start-up was quick enough to look before the due time
                assert discord_reminders(discord_fake) == [] and slack_reminders(slack_fake) == []

            # (a) Discord: a member runs /who and sees the answer in the interaction callback.
            seen = await discord_fake.command("who", {"name": "kamikawa"})
            assert "Yoko Kamikawa" in seen.text and "Foreign Minister" in seen.text
            assert not seen.ephemeral
            assert seen.body["allowed_mentions"] == {"parse": []}

            # (b) Slack: the same question as a slash command over Socket Mode, answered at response_url.
            envelope = await slack_fake.push_slash_command(
                slash_payload("/who", "kamikawa", response_url=slack_fake.response_url("who"))
            )
            await slack_fake.wait_ack(envelope)
            answer = await slack_fake.wait_response("who")
            assert answer["response_type"] == "in_channel"
            assert "Yoko Kamikawa" in visible_text(answer) and "Foreign Minister" in visible_text(answer)

            # (c) The reminder falls due while the bot runs and reaches both channels.
            await wait_until(
                lambda: bool(discord_reminders(discord_fake)) and bool(slack_reminders(slack_fake)),
                "the reminder on Discord and on Slack",
                task,
            )
            assert utc_now() >= due  # never sent early
            again = await deps.reminders.run_due()  # a later sweep finds nothing left to send
            assert again.sent == 0 and again.failed == 0

            (posted,) = discord_reminders(discord_fake)
            title = posted["embeds"][0]["title"]
            assert title.startswith("Reminder:") and EVENT_NAME in title
            assert posted["allowed_mentions"] == {"parse": []}
            (message,) = slack_reminders(slack_fake)
            assert message["text"].startswith("Reminder:") and EVENT_NAME in message["text"]
            assert not re.search(r"<!(channel|here|everyone)>|<@U", str(message))
            assert not message.get("link_names")

            # Closing both adapters ends run(), which stops the reminders on its way out.
            reminders = deps.reminders
            for sink in reminders.sinks.values():
                await sink.adapter.close()
            await asyncio.wait_for(task, WAIT)
            assert not reminders.scheduler.running
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        assert discord_fake.violations == []
        assert slack_fake.block_problems == []
        assert len(discord_reminders(discord_fake)) == 1 and len(slack_reminders(slack_fake)) == 1


def test_cli_runs_every_configured_platform_unless_platform_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env: dict[str, Any] = {
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "DISCORD_TOKEN": TOKEN,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
    }
    settings = Settings(_env_file=None, **env)  # type: ignore[call-arg]
    assert runner.choose_platforms(settings, None) == ["discord", "slack"]
    assert runner.choose_platforms(settings, ["Slack", " slack "]) == ["slack"]
    assert runner.choose_platforms(Settings(_env_file=None), None) == ["console"]  # type: ignore[call-arg]

    # The CLI hands `run` what it chose; the real run is exercised against the fakes above.
    started: list[list[str]] = []

    async def record(deps: Deps, platforms: list[str]) -> None:
        started.append(platforms)

    monkeypatch.setattr(runner, "run", record)
    cli = CliRunner()
    both = cli.invoke(app, ["run"], obj=AppState(settings))
    only = cli.invoke(app, ["run", "--platform", "discord"], obj=AppState(settings))
    assert both.exit_code == 0 and only.exit_code == 0, both.output + only.output
    assert started == [["discord", "slack"], ["discord"]]

