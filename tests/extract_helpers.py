"""Small lookups shared by the extractor's rule tests."""

from __future__ import annotations

from briefings.models import Briefing, Person


def person(b: Briefing, name: str) -> Person:
    """The person called `name`; fails listing who was found instead."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0]
