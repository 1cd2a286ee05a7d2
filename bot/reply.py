"""The platform-neutral reply every command returns; `bot.render` turns it into each platform's form.

Text is a list of inline parts: plain strings (renderers escape them, so user text can never become a
mention, link or markup) and `Moment`s (a point in time each platform shows in the reader's own zone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

MomentStyle = Literal["full", "relative", "date"]


@dataclass(frozen=True)
class Moment:
    """A point in time: Discord shows it as <t:UNIX:F>/<t:UNIX:R>, Slack as <!date^...>."""

    at: datetime  # timezone-aware
    style: MomentStyle = "full"

    @property
    def unix(self) -> int:
        """Seconds since the epoch."""
        return int(self.at.timestamp())


Inline = str | Moment
Text = list[Inline]


@dataclass
class Field:
    """One labelled value of a reply (an embed field on Discord, a section field on Slack)."""

    name: str
    value: Text
    inline: bool = False


@dataclass
class Reply:
    """What a command answers: rendered as a Discord embed, Slack blocks, or console text."""

    title: str
    description: Text = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    footer: str | None = None  # the source citation
    ephemeral: bool = False
    kind: Literal["info", "error", "reminder"] = "info"


@dataclass(frozen=True)
class Context:
    """Who asked, and where."""

    platform: Literal["console", "discord", "slack", "cli"] = "console"
    channel_id: str = "console"
    user_id: str = "console"
    user_is_admin: bool = True


def plain(text: Text) -> str:
    """Text joined with moments as ISO 8601 UTC (for logs and tests)."""
    return "".join(p if isinstance(p, str) else p.at.isoformat() for p in text)


def error(message: str, *, ephemeral: bool = True) -> Reply:
    """A one-line error reply."""
    return Reply(title=message, kind="error", ephemeral=ephemeral)
