"""Side meetings that only restate the main event: its own people meeting on its day."""

from __future__ import annotations

import re

from briefings.extract.events import MainEvent
from briefings.extract.people import People
from briefings.models import Event

_BODY_SESSION = re.compile(r"\b(?:meeting|session)s?\s+of\b", re.IGNORECASE)


def restates_pair_meeting(ev: Event, main: MainEvent, people: People) -> bool:
    """Whether a side meeting is the main event again: the same people, named in the main event's sentence,
    on its day, when the main event is their own meeting ("A will host B at X on Tuesday ... followed by a
    bilateral meeting"), not a named gathering or visit."""
    if not main.generated_name or ev.kind not in ("bilateral", "trilateral") or ev.others:
        return False
    who = set(main.event.participants)
    if len(who) < 2 or set(ev.participants) != who:
        return False
    if ev.date is not None and ev.date != main.event.date:
        return False  # "... will then co-chair the commission on March 11": a meeting of its own day
    if _BODY_SESSION.search(ev.evidence.text):
        return False  # "also hold the second meeting of a cultural exchange mechanism": a body's own session
    s = main.sentence
    named = {r.name for _, r in people.at(s.start, s.end)}
    return who <= named


def drop_restated(events: list[Event], main: MainEvent, people: People) -> list[Event]:
    """The side meetings less those that restate the main event."""
    return [e for e in events if not restates_pair_meeting(e, main, people)]
