"""`briefbot discord sync`: register the slash commands with Discord (globally, or to one guild).

Global registration is deliberate and slow to propagate, so the running bot never does it; it only
copies the commands to DISCORD_GUILD_ID at start-up while developing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import discord

from bot.adapters.discord_client import (
    DiscordStartError,
    DiscordTokenError,
    check_token,
    new_client,
    use_endpoints,
)
from bot.adapters.discord_tree import build_tree
from bot.commands.spec import CommandSpec
from bot.settings import Settings


async def _noop(*_: object) -> None:
    """Placeholder for the invoke/suggest callbacks: syncing never answers interactions."""


async def _no_suggestions(*_: object) -> list[str]:
    return []


async def sync_commands(
    settings: Settings, commands: Sequence[CommandSpec], guild: int | None = None
) -> list[str]:
    """Log in over REST only, PUT the command list (global, or to `guild`), return the synced names."""
    token = check_token(settings.discord_token)
    use_endpoints(settings.discord_api_base_url)

    async def ignore_ready() -> None:
        return None

    client = new_client(ignore_ready)
    tree = build_tree(client, commands, _noop, _no_suggestions)
    try:
        try:
            await client.login(token)
        except discord.LoginFailure:
            raise DiscordTokenError(
                "DISCORD_TOKEN was rejected by Discord (401 Unauthorized): reset the bot token and update it"
            ) from None
        except (discord.HTTPException, OSError) as exc:
            base = settings.discord_api_base_url
            raise DiscordStartError(f"cannot reach Discord at {base}: {exc}") from None
        target = discord.Object(id=guild) if guild is not None else None
        if target is not None:
            tree.copy_global_to(guild=target)
        try:
            synced = await tree.sync(guild=target)
        except discord.HTTPException as exc:
            raise DiscordStartError(f"Discord refused the command list: {exc}") from None
        return [c.name for c in synced]
    finally:
        await client.close()


def discord_sync(guild: int | None = None, *, settings: Settings | None = None) -> None:
    """Register every command globally (or to `guild`) and print one line saying what was done.

    Raises DiscordTokenError / DiscordStartError (both ValueError) with a one-line message to print.
    """
    from bot.commands import COMMANDS

    # model_validate({}) reads the environment and .env like Settings() does (and type-checks cleanly).
    settings = settings or Settings.model_validate({})
    names = asyncio.run(sync_commands(settings, COMMANDS, guild))
    where = f"guild {guild}" if guild is not None else "every server (global; may take up to an hour to show)"
    print(f"Synced {len(names)} commands to {where}: {', '.join('/' + n for n in names)}")
