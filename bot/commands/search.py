"""/search QUERY: full-text search over every stored sentence, best first, each with its source."""

from __future__ import annotations

from typing import Any

from bot.commands.fmt import quote_sentence, source_label
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply

MAX_HITS = 5


async def search(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /search: the best matching sentences with the briefing each came from."""
    query = str(args["query"])
    hits = deps.store.search(query, limit=MAX_HITS)
    if not hits:
        return Reply(title=f"Nothing found for '{query}'.", description=["Try fewer or other words."])
    fields = [
        Field(
            f"{i}. {source_label(h.source)}",
            [f"{quote_sentence(h.text)} (sentence {h.evidence.sentence + 1})"],
        )
        for i, h in enumerate(hits, start=1)
    ]
    sources = list(dict.fromkeys(source_label(h.source) for h in hits))
    return Reply(title=f"Search: {query}", fields=fields, footer="Source: " + "; ".join(sources))
