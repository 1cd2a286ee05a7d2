"""/when [event]: the date and time of an event in the venue's timezone and the reader's own."""

from __future__ import annotations

from typing import Any

from bot.commands.eventfmt import describe, when_fields
from bot.commands.fmt import cite
from bot.commands.lookup import resolve_event
from bot.commands.spec import Deps
from bot.reply import Context, Reply


async def when(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /when: venue-local date and time, UTC, each reader's time, countdown, year note."""
    found = resolve_event(deps, args.get("event"))
    if isinstance(found, Reply):
        return found
    now = deps.now()
    return Reply(
        title=f"When: {found.name}",
        description=[describe(found, now)],
        fields=when_fields(found, now),
        footer=cite(found.source, found.evidence),
    )
