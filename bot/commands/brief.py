"""/brief [briefing]: a short summary of one briefing (the latest by default) with its source."""

from __future__ import annotations

from typing import Any

from bot.commands.eventfmt import date_text, lines, year_note
from bot.commands.fmt import join_names, short_date, source_label
from bot.commands.lookup import INGEST_HINT
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply, error
from briefings.models import BriefingView, SourceRef

MAX_NAMES = 10


def summary_fields(view: BriefingView) -> list[Field]:
    """Main event, people, meetings, topics, quotes, warnings and conflicts of one briefing."""
    fields: list[Field] = []
    main = next((e for e in view.events if e.kind == "main"), None)
    if main is not None:
        text = f"{main.name} — {date_text(main)}"
        if main.place:
            text += f", {main.place}"
        note = year_note(main)
        if note:
            text += f" ({note})"
        fields.append(Field("Main event", [text]))
    else:
        fields.append(Field("Main event", ["No main event found in the source"]))
    names = [p.name for p in view.people]
    if names:
        more = len(names) - MAX_NAMES
        shown = ", ".join(names[:MAX_NAMES]) + (f" and {more} more" if more > 0 else "")
        fields.append(Field("People", [f"{len(names)}: {shown}"]))
    else:
        fields.append(Field("People", ["No people found"]))
    sides = [e.name for e in view.events if e.kind != "main"]
    if sides:
        fields.append(Field("Other meetings", [f"{len(sides)}: {join_names(sides[:MAX_NAMES])}"]))
    if view.topics:
        fields.append(Field("Topics", [join_names([t.name for t in view.topics][:MAX_NAMES])]))
    fields.append(Field("Quotes", [str(len(view.quotes))], inline=True))
    if view.warnings:
        fields.append(Field("Warnings", lines([w[:1].upper() + w[1:] for w in view.warnings])))
    if view.conflicts:
        fields.append(Field("Conflicts in the source", lines([c.description for c in view.conflicts])))
    return fields


async def brief(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /brief: summarise the named briefing, or the most recently ingested one."""
    query = args.get("briefing")
    view: BriefingView | None
    if query:
        view = deps.store.find_briefing(str(query))
        if view is None:
            return error(f"No briefing matching '{query}'. Try /brief without a name for the latest.")
    else:
        latest = deps.store.briefings(limit=1)
        if not latest:
            return Reply(title="No briefings stored yet.", description=[INGEST_HINT])
        view = deps.store.get_briefing(latest[0].id) or latest[0]
    published = (
        f"Published {short_date(view.published)}."
        if view.published
        else f"Publication date not given; dates read against {short_date(view.reference_date)}."
    )
    footer = f"Source: {source_label_of(view)}, ingested {short_date(view.ingested_at.date())}"
    return Reply(title=view.title, description=[published], fields=summary_fields(view), footer=footer)


def source_label_of(view: BriefingView) -> str:
    """'Title (path)' for a briefing view."""
    ref = SourceRef(briefing_id=view.id, title=view.title, source=view.source, published=view.published)
    return source_label(ref)
