"""End to end: the unmodified discord.py client, our adapter and the real commands against a fake Discord.

Every REST request the bot sends is validated against Discord's OpenAPI spec (the `running_bot` helper
fails the test on any violation).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.adapters.discord_app import DiscordStartError, DiscordTokenError, check_token, create
from bot.commands import COMMANDS
from bot.commands.spec import CommandSpec, Deps, Option
from bot.discord_cli import discord_sync
from bot.reply import Context, Field, Moment, Reply, error
from bot.settings import Settings
from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.discord_fake import (
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    MEMBER,
    TOKEN,
    FakeDiscord,
)
from tests.fakes.discord_harness import BotUnderTest, deps_for, running_bot

NOW = datetime(2024, 7, 21, 9, 0, tzinfo=UTC)  # a week before the seed article's meeting

# What a user types for each command, and words the answer must show them.
EXAMPLES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "talks": ({}, ["security talks", "Tokyo"]),
    "who": ({"name": "kamikawa"}, ["Yoko Kamikawa", "Foreign Minister", "Japan"]),
    "when": ({"event": "trilateral"}, ["trilateral", "<t:"]),
    "topics": ({}, ["defence industry integration", "China"]),
    "quotes": ({"person": "Emanuel"}, ["Rahm Emanuel", "alliance"]),
    "search": ({"query": "trilateral"}, ["trilateral"]),
    "brief": ({}, ["Published", "Yoko Kamikawa"]),
    "help": ({}, ["/who", "/talks", "/search"]),
    "remind": ({}, []),
}


def make_deps(store: Store) -> Deps:
    """Deps over a real store with a frozen clock."""
    return deps_for(store, NOW)


@pytest.fixture
def loaded(store: Store, seed_briefing: Briefing) -> Store:
    """The SQLite store holding the hand-built seed briefing."""
    store.create_all()
    store.ingest(seed_briefing, "seed-hash")
    return store


@pytest.fixture
async def bot(loaded: Store) -> AsyncIterator[BotUnderTest]:
    """The bot connected to a fresh fake Discord, commands synced to the test guild."""
    async with running_bot(make_deps(loaded)) as running:
        yield running


async def test_commands_synced_to_the_guild_once_even_after_a_fresh_session(bot: BotUnderTest) -> None:
    fake = bot.fake
    assert fake.command_puts == [GUILD_ID]
    synced = {c["name"]: c for c in fake.commands[GUILD_ID]}
    assert list(synced) == [c.name for c in COMMANDS]
    for spec in COMMANDS:
        options = {o["name"]: o for o in synced[spec.name].get("options", [])}
        assert options["private"]["type"] == 5 and not options["private"].get("required")
        for option in spec.options:
            assert options[option.name].get("required", False) == option.required
            assert bool(options[option.name].get("autocomplete")) == (option.autocomplete is not None)
            if option.type == "string" and option.max_length:
                assert options[option.name]["max_length"] == option.max_length
    # Discord drops the session: the client identifies again (after discord.py's 5 s identify pause), READY
    # fires again, and the commands must not be synced a second time.
    await fake.invalidate_session()
    await fake.wait_identified()
    await asyncio.sleep(0.2)
    assert fake.identifies == 2
    assert fake.command_puts == [GUILD_ID]
    assert (await fake.command("help")).text  # still answering after the new session


async def test_a_resumed_connection_keeps_answering_without_syncing_again(bot: BotUnderTest) -> None:
    await bot.fake.request_reconnect()
    await bot.fake.wait_resumed(1)
    assert bot.fake.identifies == 1 and bot.fake.command_puts == [GUILD_ID]
    assert "Yoko Kamikawa" in (await bot.fake.command("who", {"name": "kamikawa"})).text


@pytest.mark.parametrize("name", [c.name for c in COMMANDS])
async def test_every_command_answers_with_what_a_user_needs(bot: BotUnderTest, name: str) -> None:
    spec = next(c for c in COMMANDS if c.name == name)
    options, expected = EXAMPLES.get(name, ({}, []))
    for option in spec.options:  # a command added later still gets its required options
        if option.required and option.name not in options:
            options = {**options, option.name: "1" if option.type == "string" else 1}
    seen = await bot.fake.command(name, options)
    assert seen.text.strip(), f"/{name} showed nothing"
    assert seen.body["allowed_mentions"] == {"parse": []}
    for words in expected:
        assert words in seen.text, f"/{name} {options}: {words!r} missing from:\n{seen.text}"
    dispatched = bot.dispatched[-1]
    assert dispatched[0] == name
    assert dispatched[2] == Context(
        platform="discord", channel_id=str(CHANNEL_ID), user_id=dispatched[2].user_id, user_is_admin=False
    )


async def test_answers_cite_their_source_in_the_footer(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": "Kamikawa"})
    assert "seeds/us-japan-2plus2.txt" in seen.embed["footer"]["text"]
    assert not seen.ephemeral and not seen.body.get("flags")


async def test_private_option_makes_the_answer_ephemeral(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("talks", {"private": True})
    assert seen.ephemeral and seen.body["flags"] & 64
    assert "security talks" in seen.text


async def test_a_typo_still_finds_the_person(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": "Kamikava"})
    assert "Yoko Kamikawa" in seen.text


async def test_unknown_name_is_a_private_one_line_answer_with_suggestions(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": "nobody here"})
    assert seen.ephemeral
    assert "\n" not in seen.text and "Nobuo Kishi" in seen.text


async def test_autocomplete_offers_relevant_names_within_discords_limits(bot: BotUnderTest) -> None:
    choices = await bot.fake.autocomplete("who", "name", "kam")
    assert [c["name"] for c in choices] == ["Yoko Kamikawa"]
    every = await bot.fake.autocomplete("quotes", "person", "")
    assert 1 <= len(every) <= 25
    assert {"Antony Blinken", "Rahm Emanuel"} <= {c["name"] for c in every}
    events = await bot.fake.autocomplete("when", "event", "trilat")
    assert any("trilateral" in c["name"] for c in events)
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in every + events)
    # The handler still validates the chosen value: a choice leads to the same person.
    seen = await bot.fake.command("who", {"name": choices[0]["value"]})
    assert "Foreign Minister" in seen.text


@pytest.mark.parametrize(
    ("permissions", "admin"),
    [(MEMBER, False), (MEMBER | MANAGE_GUILD, True), (MEMBER | MANAGE_CHANNELS, True), (1 << 3, True)],
)
async def test_only_server_or_channel_managers_are_admins(
    bot: BotUnderTest, permissions: int, admin: bool
) -> None:
    name = "remind" if any(c.name == "remind" for c in COMMANDS) else "help"
    await bot.fake.command(name, {}, permissions=permissions)
    assert bot.dispatched[-1][0] == name
    assert bot.dispatched[-1][2].user_is_admin is admin


@pytest.mark.skipif(not any(c.name == "remind" for c in COMMANDS), reason="/remind is not registered")
async def test_only_managers_may_turn_reminders_on(bot: BotUnderTest) -> None:
    refused = await bot.fake.command("remind", {"action": "on"}, permissions=MEMBER)
    assert refused.ephemeral and "only admins" in refused.text
    allowed = await bot.fake.command("remind", {"action": "on"}, permissions=MEMBER | MANAGE_CHANNELS)
    assert "only admins" not in allowed.text


async def test_post_sends_a_reminder_that_pings_nobody(bot: BotUnderTest) -> None:
    at = datetime(2024, 7, 28, 6, 0, tzinfo=UTC)
    reply = Reply(
        title="Reminder: @everyone talks",
        description=["Starts ", Moment(at, "relative")],
        kind="reminder",
        ephemeral=True,
    )
    await bot.adapter.post("4242", reply)
    channel, body = bot.fake.channel_messages[-1]
    assert channel == 4242
    assert body["allowed_mentions"] == {"parse": []}
    embed = body["embeds"][0]
    assert "@everyone" not in embed["title"]
    assert f"<t:{int(at.timestamp())}:R>" in embed["description"]
    with pytest.raises(ValueError, match="channel id"):
        await bot.adapter.post("general", reply)


async def test_a_gateway_that_gives_up_ends_wait_closed_without_a_traceback(
    bot: BotUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.fake.close_gateway(4004)
    await asyncio.wait_for(bot.adapter.wait_closed(), 10)
    assert any("gateway connection ended" in r.getMessage() for r in caplog.records)


async def test_close_ends_wait_closed(bot: BotUnderTest) -> None:
    waiter = asyncio.create_task(bot.adapter.wait_closed())
    await bot.adapter.close()
    await asyncio.wait_for(waiter, 5)
    assert bot.adapter.client.is_closed()


# -- slow answers and failures, with a small command set of our own -----------------------------------


async def _slow(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    await asyncio.sleep(0.3)
    if args.get("fail"):
        return error("That went wrong in a way the user caused.")
    return Reply(title="Slow answer", fields=[Field("Done", ["after a while"])])


async def _broken(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    raise RuntimeError("a bug")


async def _count(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    return Reply(title=f"{args['n'] * 2} {args.get('word', 'apples')}")


LOCAL = [
    CommandSpec("slow", "Answers after a while", _slow, (Option("fail", "Fail", type="boolean"),)),
    CommandSpec("broken", "Always fails", _broken),
    CommandSpec(
        "count",
        "Doubles a number",
        _count,
        (
            Option("word", "What", max_length=None),
            Option("n", "How many", type="integer", required=True),
        ),
    ),
]


async def _local_dispatch(deps: Deps, name: str, args: dict[str, Any], ctx: Context) -> Reply:
    spec = next(c for c in LOCAL if c.name == name)
    reply = await spec.handler(deps, args, ctx)
    reply.ephemeral = reply.ephemeral or bool(args.get("private"))
    return reply


async def _no_completions(deps: Deps, source: str, prefix: str) -> list[str]:
    return []


@pytest.fixture
async def local_bot(loaded: Store) -> AsyncIterator[BotUnderTest]:
    """The bot with LOCAL commands, deferring anything slower than 50 ms."""
    async with running_bot(
        make_deps(loaded),
        commands=LOCAL,
        dispatch=_local_dispatch,
        complete=_no_completions,
        defer_after=0.05,
    ) as running:
        yield running


async def test_integer_and_unbounded_string_options_reach_the_handler_typed(local_bot: BotUnderTest) -> None:
    synced = {o["name"]: o for o in local_bot.fake.registered("count")["options"]}
    assert synced["n"]["type"] == 4 and synced["n"]["required"] is True
    assert synced["word"]["type"] == 3 and "max_length" not in synced["word"]
    assert next(iter(synced)) == "n"  # Discord requires required options first
    seen = await local_bot.fake.command("count", {"n": 21, "word": "pears"})
    assert seen.embed["title"] == "42 pears"


async def test_slow_answers_are_deferred_then_followed_up(local_bot: BotUnderTest) -> None:
    seen = await local_bot.fake.command("slow")
    assert seen.deferred and not seen.ephemeral
    assert seen.embed["title"] == "Slow answer"
    private = await local_bot.fake.command("slow", {"private": True})
    assert private.deferred and private.ephemeral


async def test_a_slow_error_replaces_the_public_placeholder_with_a_private_line(
    local_bot: BotUnderTest,
) -> None:
    seen = await local_bot.fake.command("slow", {"fail": True})
    assert seen.deferred and seen.ephemeral
    assert seen.body["content"] == "That went wrong in a way the user caused."
    paths = [(r.method, r.path.split("/")[-1]) for r in local_bot.fake.requests]
    assert ("DELETE", "@original") in paths


async def test_a_crashing_command_answers_one_private_line(local_bot: BotUnderTest) -> None:
    seen = await local_bot.fake.command("broken")
    assert seen.ephemeral
    assert seen.body["content"] == "Sorry, /broken failed on our side; it has been logged."


# -- tokens and the sync command ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "DISCORD_TOKEN is not set"),
        ("  ", "DISCORD_TOKEN is not set"),
        ("Bot " + TOKEN, "without the 'Bot ' prefix"),
        ("1234567890", "DISCORD_TOKEN is malformed"),
        ("abc.def", "DISCORD_TOKEN is malformed"),
    ],
)
def test_missing_or_malformed_token_is_one_clear_line(token: str | None, message: str) -> None:
    with pytest.raises(DiscordTokenError, match=message) as caught:
        check_token(token)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, ValueError)


async def test_create_refuses_a_missing_token(loaded: Store) -> None:
    deps = make_deps(loaded)
    deps.settings.discord_token = None  # whatever the machine's environment says
    with pytest.raises(DiscordTokenError, match="DISCORD_TOKEN is not set"):
        create(deps)


async def test_a_token_discord_rejects_is_one_clear_line(loaded: Store) -> None:
    async with FakeDiscord(token=TOKEN.replace("fake", "real")) as fake:
        adapter = create(
            make_deps(loaded),
            token=TOKEN,
            api_base_url=fake.api_base_url,
            gateway_url=fake.gateway_url,
            guild_id=None,
        )
        with pytest.raises(DiscordTokenError, match="DISCORD_TOKEN was rejected"):
            await adapter.start()


async def test_an_unreachable_discord_is_one_clear_line(loaded: Store) -> None:
    async with FakeDiscord() as fake:
        base = fake.api_base_url
    adapter = create(make_deps(loaded), token=TOKEN, api_base_url=base, gateway_url=None, guild_id=None)
    with pytest.raises(DiscordStartError, match="cannot reach Discord"):
        await adapter.start()


async def test_without_a_guild_the_bot_never_registers_commands(loaded: Store) -> None:
    async with running_bot(make_deps(loaded), guild_id=None) as running:
        assert running.fake.command_puts == []


async def test_the_gateway_url_defaults_to_what_gateway_bot_answers(loaded: Store) -> None:
    async with running_bot(make_deps(loaded), gateway_url=None) as running:
        assert ("GET", "/gateway/bot") in [(r.method, r.path) for r in running.fake.requests]
        assert running.fake.identifies == 1


async def test_discord_sync_registers_every_command_globally(capsys: pytest.CaptureFixture[str]) -> None:
    async with FakeDiscord() as fake:
        settings = Settings(
            _env_file=None,
            DISCORD_TOKEN=TOKEN,  # type: ignore[call-arg,arg-type]
            DISCORD_API_BASE_URL=fake.api_base_url,
        )
        await asyncio.to_thread(discord_sync, settings=settings)
        assert fake.command_puts == [None]
        assert [c["name"] for c in fake.commands[None]] == [c.name for c in COMMANDS]
        await asyncio.to_thread(discord_sync, GUILD_ID, settings=settings)
        assert fake.command_puts == [None, GUILD_ID]
        assert fake.violations == []
    out = capsys.readouterr().out
    assert f"Synced {len(COMMANDS)} commands to every server" in out
    assert f"guild {GUILD_ID}" in out
