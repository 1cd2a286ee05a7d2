"""Finding the event or person a command is about, with one-line answers when there is none."""

from __future__ import annotations

from bot.commands.fmt import join_names, with_flag
from bot.commands.spec import Deps
from bot.reply import Reply, error
from briefings.models import EventView, PersonBrief, PersonMatch

INGEST_HINT = "Add an article with `briefbot ingest PATH` (plain text or Markdown), then ask again."
MAX_SUGGESTIONS = 3
MAX_CHOICES = 5


def no_events_reply() -> Reply:
    """What /talks and /when say when nothing is coming up."""
    return Reply(title="No upcoming events in the briefings.", description=[INGEST_HINT])


def resolve_event(deps: Deps, query: str | None) -> EventView | Reply:
    """The event named by `query`, else the next upcoming main event; a Reply when there is none."""
    now = deps.now()
    if query:
        found = deps.store.find_events(query, now, limit=1)
        if not found:  # a word inside a longer name: complete it, then look that name up
            names = deps.store.event_names(query, limit=1)
            found = deps.store.find_events(names[0], now, limit=1) if names else []
        if not found:
            return error(f"No event matching '{query}' in the briefings. Try /talks without a name.")
        full = deps.store.get_event(found[0].id)
        return full or found[0]
    upcoming = deps.store.upcoming_events(now, kind="main", limit=1)
    if not upcoming:
        return no_events_reply()
    return upcoming[0]


def _suggestions(deps: Deps, query: str) -> list[str]:
    """Up to three names close to a query that matched no one."""
    names: list[str] = []
    words = [w for w in query.split() if len(w) >= 3]
    for probe in [*words, query[:3]]:
        for m in deps.store.find_people_brief(probe, limit=MAX_SUGGESTIONS):
            if m.name not in names:
                names.append(m.name)
        if len(names) >= MAX_SUGGESTIONS:
            break
    if len(names) < MAX_SUGGESTIONS and query[:2].strip():
        for name in deps.store.person_names(query[:2], limit=MAX_SUGGESTIONS):
            if name not in names:
                names.append(name)
    return names[:MAX_SUGGESTIONS]


def _choice(m: PersonBrief) -> str:
    """'Name (role, 🇵🇪 Peru)'."""
    role, country = m.role, with_flag(m.country)
    details = f"{role}, {country}" if role and country else role or country
    return f"{m.name} ({details})" if details else m.name


def resolve_brief(deps: Deps, query: str) -> PersonBrief | Reply:
    """The one person `query` names, in brief; a choice list when several match equally; suggestions if
    none."""
    # names, roles and countries from the in-memory index: a choice list reads nothing more
    matches = deps.store.find_people_brief(query, limit=MAX_CHOICES)
    if not matches:
        hint = _suggestions(deps, query)
        text = f"No one named '{query}' in the briefings."
        if hint:
            text += f" Did you mean {join_names(hint).replace(' and ', ' or ')}?"
        else:
            text += " Try /search to look through the text."
        return error(text)
    top = matches[0]
    ties = [m for m in matches if abs(m.score - top.score) < 1e-9]
    if len(ties) > 1 and top.how != "exact":
        return Reply(
            title=f"Several people match '{query}':",
            description=["\n".join([f"• {_choice(m)}" for m in ties]), "\nAsk again with the full name."],
        )
    return top


def gone(query: str) -> Reply:
    """The answer when the person found was removed between the name lookup and the read."""
    return error(f"No one named '{query}' in the briefings. Try /search to look through the text.")


def resolve_person(deps: Deps, query: str) -> PersonMatch | Reply:
    """The one person `query` names, with their view; a Reply as resolve_brief gives one."""
    top = resolve_brief(deps, query)
    if isinstance(top, Reply):
        return top
    person = deps.store.get_person(top.id)
    if person is None:
        return gone(query)
    return PersonMatch(person=person, score=top.score, how=top.how)
