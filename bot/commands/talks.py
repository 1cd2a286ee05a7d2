"""/talks [event]: the next upcoming main event (or the one named), with everything known about it."""

from __future__ import annotations

from typing import Any

from bot.commands.eventfmt import event_reply
from bot.commands.lookup import resolve_event
from bot.commands.spec import Deps
from bot.reply import Context, Reply


async def talks(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /talks: what, when (venue time, UTC, your time), where, who, side meetings, agenda."""
    found = resolve_event(deps, args.get("event"))
    if isinstance(found, Reply):
        return found
    return event_reply(found, deps.now())
