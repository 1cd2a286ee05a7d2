"""The small contract every chat adapter keeps (after Hubot's send/reply/run/close)."""

from __future__ import annotations

from typing import Protocol

from bot.reply import Reply


class Adapter(Protocol):
    """A running chat platform connection."""

    name: str  # "console", "discord" or "slack": the prefix of its channel ids ("discord:123")

    async def start(self) -> None:
        """Connect and return once ready to receive commands and post."""

    async def wait_closed(self) -> None:
        """Return when the adapter has stopped (end of input, disconnect, close())."""

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Post a reply into a channel (the id without the platform prefix); used by reminders."""

    async def close(self) -> None:
        """Disconnect and release resources."""
