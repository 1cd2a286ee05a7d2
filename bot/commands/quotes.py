"""/quotes [person]: words attributed to one person, or the latest quotes of everyone."""

from __future__ import annotations

from typing import Any

from bot.commands.fmt import quote_sentence, source_label
from bot.commands.lookup import resolve_person
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply

MAX_QUOTES = 10


async def quotes(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /quotes: each quote with its speaker, the sources in the footer."""
    person = args.get("person")
    if person:
        match = resolve_person(deps, str(person))
        if isinstance(match, Reply):
            return match
        found = deps.store.quotes(match.person.id, limit=MAX_QUOTES)
        title = f"Quotes: {match.person.name}"
    else:
        found = deps.store.quotes(None, limit=MAX_QUOTES)
        title = "Latest quotes"
    if not found:
        return Reply(title=title, description=["No quotes found in the briefings."])
    fields = [Field(q.speaker or "Speaker not named", [quote_sentence(q.text)]) for q in found]
    sources = list(dict.fromkeys(source_label(q.source) for q in found))
    return Reply(title=title, fields=fields, footer="Source: " + "; ".join(sources))
