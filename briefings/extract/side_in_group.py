"""Pairs split off a group meeting the same sentence tells: members of that meeting, not bilaterals."""

from __future__ import annotations

from briefings.extract.people import People
from briefings.models import Event

_GROUP = ("trilateral", "multilateral")


def _split_off(ev: Event, group: Event, people: People) -> bool:
    """Whether a bilateral's partner is named after a later group meeting's cue: "hold bilateral talks with
    A, before a trilateral meeting with B and C" gives no bilateral with B."""
    i = ev.evidence.sentence
    if group.evidence.sentence != i or not set(ev.participants) <= set(group.participants):
        return False
    partner = ev.participants[-1]
    at = [mn.start for mn, r in people.mentions if r.name == partner and mn.sentence.index == i]
    return bool(at) and ev.evidence.end <= group.evidence.start <= at[0]


def drop_split_pairs(events: list[Event], people: People) -> list[Event]:
    """The side meetings less the bilaterals whose partner is named for a later group meeting."""
    groups = [g for g in events if g.kind in _GROUP]
    pairs = [e for e in events if e.kind == "bilateral" and len(e.participants) == 2]
    split = [e for e in pairs if any(_split_off(e, g, people) for g in groups)]
    return [e for e in events if not any(e is x for x in split)]
