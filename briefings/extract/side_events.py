"""One side meeting as an Event: its own day (not another gathering's), its city, its label."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import find_dates
from briefings.extract.events import MainEvent
from briefings.extract.people import PersonRec
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence
from briefings.models import Event, EventKind

_OTHER_DAY = re.compile(
    r"\b(?:[Aa]head of|[Bb]efore|[Aa]fter|[Ff]ollowing)\s+the\s+[^,;]{0,50}?\s+(?:on\s+)?$"
)

_DATELINE_TOWN = re.compile(r"\b[A-Z]{2,}[A-Z .'’-]*,(?:\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,)?\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([A-Z][\w .'’-]{1,30}\)\s*)?(?:--|—|–)\s")


def side_event(
    doc: Doc,
    main: MainEvent,
    s: Sentence,
    start: int,
    end: int,
    kind: EventKind,
    recs: list[PersonRec],
    others: list[str],
    ref: date,
    a: int,
    b: int,
    prefer: frozenset[str],
) -> Event:
    """The side meeting of the cue at [start, end) in clause [a, b) of sentence s."""
    dates = find_dates(doc.text, a, b, ref) or find_dates(doc.text, s.start, s.end, ref)
    # "Ahead of the summit on Thursday, A will meet B on Wednesday": the summit's day is not the meeting's
    own = [
        d
        for d in dates
        if not _OTHER_DAY.search(doc.text, max(s.start, d.start - 70), d.start)
        and not (  # "SEOUL, May 24 (Agency) --": the dateline's day of writing
            _DATELINE_END.match(doc.text, d.end)
            and _DATELINE_TOWN.search(doc.text, max(s.start, d.start - 40), d.start)
        )
    ]
    dates = own or dates
    cities = cities_in(doc.text, s.start, s.end, prefer)
    prev = doc.sentences[s.index - 1] if s.index > 0 else None
    if not cities and main.trip and prev is not None and prev.paragraph == s.paragraph:
        # "In Tokyo on May 26, X will meet A. A will then host X and B for ...": the leg's city
        cities = cities_in(doc.text, prev.start, prev.end, prefer)
    # the last city named before the cue ("travel to X, where he will meet B, and to Y ..."); one
    # named after it only inside the cue's clause ("meet B on Friday before returning to X" is not its city)
    before = [c for c in cities if c[1] < end]
    inside = [c for c in cities if a <= c[1] < b]
    city = before[-1][0] if before else inside[0][0] if inside else None
    ev = doc.evidence(start, end, s)
    assert ev is not None
    label = "–".join([r.surname for r in recs] + others)
    noun = "meeting" if kind != "other" else "call"
    return Event(
        name=f"{label} {kind} {noun}" if kind != "other" else f"{label} {noun}",
        kind=kind,
        date=dates[0].date if dates else main.event.date,
        year_assumed=dates[0].year_assumed if dates else main.event.year_assumed,
        timezone=city.timezone if city else main.event.timezone,
        place=city.name if city else main.event.place,
        participants=[r.name for r in recs],
        others=others,
        parent=main.event.name,
        evidence=ev,
    )
