"""/who NAME: a person's role and country, the meetings they attend and with whom, and their quotes."""

from __future__ import annotations

from typing import Any

from bot.commands.eventfmt import attendees, lines
from bot.commands.fmt import cite, join_names, quote_sentence, short_date, with_flag
from bot.commands.lookup import gone, resolve_brief
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply, Text
from briefings.models import EventView, PersonDetail

MAX_QUOTES = 5


def meeting_line(event: EventView, person_name: str) -> str:
    """'Talks (main), July 28, 2027 — with A and B'."""
    when = short_date(event.date) if event.date else "date not found"
    text = f"{event.name} ({event.kind}), {when}"
    others = [name for name in attendees(event) if name != person_name]
    if others:
        text += f" — with {join_names(others)}"
    return text


def person_reply(detail: PersonDetail, query: str, how: str) -> Reply:
    """Everything known about one person."""
    p = detail.person
    # Role and country are fields; the description only says when the name was a guess.
    description: Text = [f"Closest match for '{query}'"] if how == "fuzzy" else []
    fields = [
        Field("Role", [p.role or "No role found in the source"], inline=True),
        Field("Country", [with_flag(p.country) or "No country found in the source"], inline=True),
    ]
    if p.aliases:
        fields.append(Field("Also called", [", ".join(p.aliases)]))
    meetings = [meeting_line(e, p.name) for e in detail.events]
    no_meetings: Text = ["No meetings found"]
    fields.append(Field("Meetings", lines(meetings) if meetings else no_meetings))
    if detail.quotes:
        quoted = [quote_sentence(q.text) for q in detail.quotes[:MAX_QUOTES]]
        fields.append(Field("Quotes", lines(quoted)))
    if p.conflicts:
        fields.append(Field("Conflicts in the sources", lines(p.conflicts)))
    return Reply(title=p.name, description=description, fields=fields, footer=cite(p.source, p.evidence))


async def who(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /who: find the person (surname, given name, alias or typo) and describe them."""
    query = str(args["name"])
    match = resolve_brief(deps, query)
    if isinstance(match, Reply):
        return match
    detail = deps.store.person_detail(match.id)
    if detail is None:
        return gone(query)
    return person_reply(detail, query, match.how)
