"""Small hand-built briefings for store tests."""

from __future__ import annotations

from datetime import date

from briefings.models import Briefing, Event, Evidence, Person

EV = Evidence(sentence=0, start=0, end=4, text="Some sentence.")


def small_briefing(
    source: str,
    people: list[tuple[str, str | None, str | None]],
    *,
    published: date | None = date(2025, 3, 1),
    events: list[Event] | None = None,
    text: str = "Officials will meet in the capital. The agenda covers trade.",
    title: str | None = None,
) -> Briefing:
    """A briefing built by hand: (name, role, country) people and optional events."""
    return Briefing(
        title=title or f"Briefing from {source}",
        source=source,
        published=published,
        reference_date=published or date(2025, 1, 1),
        text=text,
        people=[Person(name=n, role=r, country=c, evidence=EV) for n, r, c in people],
        events=events or [],
    )


def meeting(name: str, day: date | None, who: list[str], *, tz: str | None = None, **kw: object) -> Event:
    """A main event on `day` with participants."""
    return Event(name=name, date=day, timezone=tz, participants=who, evidence=EV, **kw)  # type: ignore[arg-type]


# -- ingest -------------------------------------------------------------------------------------
