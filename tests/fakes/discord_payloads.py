"""Discord API objects as the fake sends them: users, the guild, messages, READY and INTERACTION_CREATE.

Shapes follow https://discord.com/developers/docs (v10) closely enough for discord.py 2.x to parse them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

try:  # the fake's own JSON work is kept small, so that timings measure the bot rather than the fake
    import orjson

    dumps: Callable[[Any], bytes] = orjson.dumps
    loads: Callable[[str | bytes], Any] = orjson.loads
except ImportError:  # pragma: no cover - orjson is optional

    def dumps(data: Any) -> bytes:
        """JSON bytes."""
        return json.dumps(data).encode()

    loads = json.loads

API_PREFIX = "/api/v10"
GUILD_ID = 1_100_000_000_000_000_001
CHANNEL_ID = 1_100_000_000_000_000_002
APP_ID = 1_100_000_000_000_000_003
BOT_ID = APP_ID
USER_ID = 1_100_000_000_000_000_004
TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMw.GfAkEt.fake-token-for-loopback-tests-only"

# Permission bits (https://discord.com/developers/docs/topics/permissions).
SEND_MESSAGES = 1 << 11
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
MEMBER = (1 << 10) | SEND_MESSAGES | (1 << 31)  # view channel, send messages, use application commands
OPTION_TYPES = {str: 3, int: 4, bool: 5}
EPHEMERAL = 64  # message flag


def dumps_text(data: Any) -> str:
    """JSON text (for websocket text frames)."""
    return dumps(data).decode()


def options(values: dict[str, Any]) -> list[dict[str, Any]]:
    """Interaction options for `{name: value}` (the option type follows the Python type)."""
    return [{"name": k, "type": OPTION_TYPES[type(v)], "value": v} for k, v in values.items()]


def now_iso() -> str:
    """The current time as Discord writes timestamps."""
    return datetime.now(UTC).isoformat()


def user(user_id: int = BOT_ID, name: str = "briefbot", bot: bool = True) -> dict[str, Any]:
    """A user object."""
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name,
            "avatar": None, "bot": bot, "public_flags": 0, "flags": 0}


def application() -> dict[str, Any]:
    """GET /oauth2/applications/@me."""
    return {"id": str(APP_ID), "name": "briefbot", "description": "", "icon": None, "bot_public": False,
            "bot_require_code_grant": False, "owner": user(USER_ID, "owner", False), "verify_key": "00",
            "flags": 0, "team": None}


def gateway_bot(url: str) -> dict[str, Any]:
    """GET /gateway/bot."""
    limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
    return {"url": url, "shards": 1, "session_start_limit": limit}


def ready(guild_id: int, session: str, resume_url: str) -> dict[str, Any]:
    """The READY dispatch: the guild arrives unavailable, then GUILD_CREATE follows."""
    return {"v": 10, "user": user(), "guilds": [{"id": str(guild_id), "unavailable": True}],
            "session_id": session, "resume_gateway_url": resume_url, "shard": [0, 1],
            "application": {"id": str(APP_ID), "flags": 0}}


def channel(guild_id: int) -> dict[str, Any]:
    """The guild's one text channel."""
    return {"id": str(CHANNEL_ID), "type": 0, "name": "general", "position": 0, "guild_id": str(guild_id),
            "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
            "last_message_id": None, "rate_limit_per_user": 0}


def guild(guild_id: int) -> dict[str, Any]:
    """The GUILD_CREATE payload: one channel, the @everyone role, no members (no privileged intents)."""
    gid = str(guild_id)
    everyone = {"id": gid, "name": "@everyone", "permissions": str(MEMBER), "position": 0, "color": 0,
                "hoist": False, "managed": False, "mentionable": False, "flags": 0}
    nulls = ("icon", "splash", "discovery_splash", "afk_channel_id", "system_channel_id", "rules_channel_id",
             "vanity_url_code", "description", "banner", "public_updates_channel_id")
    zeros = ("verification_level", "default_message_notifications", "explicit_content_filter", "mfa_level",
             "system_channel_flags", "premium_tier", "nsfw_level")
    empties = ("emojis", "stickers", "features", "voice_states", "members", "threads", "presences",
               "stage_instances", "guild_scheduled_events", "soundboard_sounds")
    return {"id": gid, "name": "Test guild", "owner_id": str(USER_ID), "afk_timeout": 300,
            "roles": [everyone], "channels": [channel(guild_id)], "preferred_locale": "en-US",
            "premium_progress_bar_enabled": False, "joined_at": now_iso(), "large": False,
            "unavailable": False, "member_count": 2,
            **dict.fromkeys(nulls), **dict.fromkeys(zeros, 0), **{k: [] for k in empties}}


def message(message_id: int, channel_id: int, body: dict[str, Any], kind: int = 0) -> dict[str, Any]:
    """A message object for what the bot sent (`body`: its content/embeds/flags)."""
    return {"id": str(message_id), "channel_id": str(channel_id), "author": user(),
            "content": body.get("content") or "", "timestamp": now_iso(), "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": body.get("embeds") or [], "pinned": False, "type": kind,
            "flags": body.get("flags") or 0, "components": []}


def interaction(
    kind: int, command: dict[str, Any], options: list[dict[str, Any]], permissions: int, iid: int, token: str,
    guild_id: int,
) -> dict[str, Any]:
    """INTERACTION_CREATE for a guild member invoking (kind 2) or autocompleting (kind 4) `command`."""
    data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": 1, "options": options}
    if "guild_id" in command:
        data["guild_id"] = command["guild_id"]  # discord.py matches guild commands on it
    member = {"user": user(USER_ID, "member", False), "roles": [], "joined_at": now_iso(), "deaf": False,
              "mute": False, "flags": 0, "nick": None, "avatar": None, "permissions": str(permissions)}
    partial_channel = {k: v for k, v in channel(guild_id).items()
                       if k not in ("topic", "last_message_id", "rate_limit_per_user")}
    return {"id": str(iid), "application_id": str(APP_ID), "type": kind, "token": token, "version": 1,
            "guild_id": str(guild_id), "channel_id": str(CHANNEL_ID), "channel": partial_channel,
            "member": member, "data": data, "app_permissions": str(MEMBER), "locale": "en-US",
            "guild_locale": "en-US", "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)}, "context": 0,
            "attachment_size_limit": 10_485_760}
