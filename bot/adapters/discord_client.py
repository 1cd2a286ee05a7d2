"""The discord.py client as briefbot uses it: token checks, endpoints (proxy/fake), intents, mentions off."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route
from pydantic import SecretStr

# A bot token is three base64url parts joined by dots (user id, timestamp, HMAC).
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


class DiscordTokenError(ValueError):
    """DISCORD_TOKEN is missing, malformed, or rejected by Discord (the CLI prints the message)."""


class DiscordStartError(ValueError):
    """Discord could not be reached or refused us (wrong URL, proxy, network): one line the CLI prints."""


def check_token(token: SecretStr | str | None) -> str:
    """The usable token, or a DiscordTokenError naming DISCORD_TOKEN and what is wrong with it."""
    value = token.get_secret_value() if isinstance(token, SecretStr) else token
    value = (value or "").strip()
    if not value:
        raise DiscordTokenError(
            "DISCORD_TOKEN is not set: copy your bot's token from the Discord developer portal "
            "(Applications → Bot → Reset Token) into DISCORD_TOKEN"
        )
    if value.lower().startswith("bot "):
        raise DiscordTokenError("DISCORD_TOKEN must be the bare token, without the 'Bot ' prefix")
    if not TOKEN_PATTERN.match(value):
        raise DiscordTokenError(
            "DISCORD_TOKEN is malformed: a bot token is three dot-separated parts (not a client secret "
            "or application id)"
        )
    return value


def is_admin(permissions: discord.Permissions) -> bool:
    """True for members who may manage the server or its channels (used by /remind)."""
    return bool(permissions.administrator or permissions.manage_guild or permissions.manage_channels)


def use_endpoints(api_base_url: str, gateway_url: str | None = None) -> None:
    """Point discord.py at a REST base (and gateway) — e.g. a proxy or a test fake.

    discord.py keeps both per process (`Route.BASE`, `DiscordWebSocket.DEFAULT_GATEWAY`), so they are set
    when an adapter starts, never at import.
    """
    Route.BASE = api_base_url.rstrip("/")
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class _Client(discord.Client):
    """discord.Client whose ready event is forwarded to the adapter."""

    def __init__(self, on_ready: Callable[[], Awaitable[None]], **options: Any) -> None:
        super().__init__(**options)
        self._forward_ready = on_ready

    async def on_ready(self) -> None:
        """Forward READY (first connect, and any later fresh session)."""
        await self._forward_ready()


def new_client(on_ready: Callable[[], Awaitable[None]], guild_ready_timeout: float = 2.0) -> discord.Client:
    """A client that needs no privileged intents and never pings anyone."""
    intents = discord.Intents.none()
    intents.guilds = True
    return _Client(
        on_ready,
        intents=intents,
        allowed_mentions=discord.AllowedMentions.none(),
        guild_ready_timeout=guild_ready_timeout,
    )
