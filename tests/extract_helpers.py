"""Small lookups shared by the extractor's rule tests."""

from __future__ import annotations

from briefings.models import Briefing, Event, Person


def person(b: Briefing, name: str) -> Person:
    """The person called `name`; fails listing who was found instead."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0]


def main_of(b: Briefing) -> Event:
    """The main event."""
    return next(e for e in b.events if e.kind == "main")


def sides_of(b: Briefing) -> list[tuple[str, list[str]]]:
    """(kind, sorted participants) of each side meeting that names anyone."""
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


def topics_of(b: Briefing) -> list[str]:
    """Topic names, lower case."""
    return [t.name.lower() for t in b.topics]
