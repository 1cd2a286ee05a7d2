"""Fixtures and helpers for the command, console and CLI tests (import what you use from here)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.commands import dispatch, parse_line
from bot.commands.spec import Deps
from bot.reply import Context, Reply
from bot.settings import Settings
from briefings.models import Briefing, Event
from briefings.store import Store

# Before the seed article's talks (July 28, 2024, all day in Tokyo): 27 calendar days to go there.
NOW = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)

Ask = Callable[[str], Coroutine[Any, Any, Reply]]


def make_settings(database_url: str = "sqlite://") -> Settings:
    """Settings that ignore the developer's environment and .env file."""
    return Settings(_env_file=None, BRIEFBOT_DATABASE_URL=database_url)  # type: ignore[call-arg]


def moved(briefing: Briefing, year: int) -> Briefing:
    """The briefing with every event moved to `year` (so it is upcoming whenever tests run)."""
    events: list[Event] = []
    for e in briefing.events:
        update: dict[str, Any] = {"date": e.date.replace(year=year) if e.date else None}
        if e.start is not None:
            update["start"] = e.start.replace(year=year)
        events.append(e.model_copy(update=update))
    return briefing.model_copy(update={"events": events})


@pytest.fixture
def deps(store: Store, seed_briefing: Briefing) -> Deps:
    """Deps over a real SQLite store holding the hand-built seed briefing, the clock frozen at NOW."""
    store.ingest(seed_briefing, "seed-hash")
    return Deps(store=store, settings=make_settings(), now=lambda: NOW)


@pytest.fixture
def empty_deps(store: Store) -> Deps:
    """Deps over an empty store."""
    return Deps(store=store, settings=make_settings(), now=lambda: NOW)


@pytest.fixture
def ask(deps: Deps) -> Ask:
    """Run a typed command line against `deps` as the console would."""

    async def run(line: str) -> Reply:
        name, args = parse_line(line)
        return await dispatch(deps, name, args, Context())

    return run


def field(reply: Reply, name: str) -> str:
    """The plain text of the field called `name` (moments as ISO UTC); fails when absent."""
    from bot.reply import plain

    for f in reply.fields:
        if f.name == name:
            return plain(f.value)
    raise AssertionError(f"no field {name!r} in {[f.name for f in reply.fields]}")


def field_names(reply: Reply) -> list[str]:
    """Names of a reply's fields in order."""
    return [f.name for f in reply.fields]


def future_year() -> int:
    """A year safely after today, for events that must be upcoming in subprocess tests."""
    return date.today().year + 2
