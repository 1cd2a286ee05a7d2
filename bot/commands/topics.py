"""/topics [event]: what an event's briefing says is on the agenda, the threats named and background."""

from __future__ import annotations

from typing import Any

from bot.commands.eventfmt import lines
from bot.commands.fmt import cite
from bot.commands.lookup import INGEST_HINT, resolve_event
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply
from briefings.models import TopicView

SECTIONS = (("agenda", "Agenda"), ("threat", "Threats named"), ("background", "Background"))


def topic_line(t: TopicView) -> str:
    """'Name — definition'."""
    return f"{t.name} — {t.definition}" if t.definition else t.name


async def topics(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /topics: the topics of the named event's briefing, else of the next event or latest briefing."""
    found = resolve_event(deps, args.get("event"))
    if isinstance(found, Reply):
        if args.get("event"):
            return found
        latest = deps.store.briefings(limit=1)
        if not latest:
            return Reply(title="No briefings stored yet.", description=[INGEST_HINT])
        items = deps.store.topics(briefing_id=latest[0].id)
        title = f"Topics: {latest[0].title}"
    else:
        items = deps.store.topics(event_id=found.id)
        title = f"Topics: {found.name}"
    if not items:
        return Reply(title=title, description=["No topics found in the source."])
    fields = []
    for kind, label in SECTIONS:
        chosen = [topic_line(t) for t in items if t.kind == kind]
        if chosen:
            fields.append(Field(label, lines(chosen)))
    return Reply(title=title, fields=fields, footer=cite(items[0].source))
