"""Side meetings that only restate the main event: its own people meeting on its day."""

from __future__ import annotations

import re

from briefings.extract.events import MainEvent
from briefings.extract.people import People, PersonRec
from briefings.models import Event

_BODY_SESSION = re.compile(r"\b(?:meeting|session)s?\s+of\b", re.IGNORECASE)


def restates_pair_meeting(ev: Event, main: MainEvent, people: People) -> bool:
    """Whether a side meeting is the main event again: the same people, named in the main event's sentence,
    on its day, when the main event is their own meeting ("A will host B at X on Tuesday ... followed by a
    bilateral meeting"), not a named gathering or visit."""
    if not main.generated_name or ev.kind != "bilateral" or ev.others:
        # "On the sidelines of the Council, A will also hold a trilateral meeting with B and C": a meeting of
        # their own, even where the main event was read as the three's
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


# "The Forum, which will be held at X, will be co-chaired by A and B": the text's own gathering, its chairs
_CHAIRED_SUBJECT = re.compile(
    r"\s*(?:\d+\.\s+)?The\s+((?:[A-Z][\w'’-]*\s+)*?)(Meeting|Forum|Summit|Council|Conference|Dialogue|Assembly)\b"
    r"(?:,[^.;]*?,)?\s+(?:is|will|was)\b(?:(?!preced|follow)[^.;])*?\b(?:co-)?chaired\s+by\b"
)


def chairs_of_main(ev: Event, main: MainEvent) -> bool:
    """Whether a many-sided "meeting" is only the chairs of the main event: "The Forum will be co-chaired by
    A and B" in a text whose main event is that Forum."""
    if ev.kind != "multilateral":
        return False  # "The Meeting will be co-chaired by A and B": two states' own talks stay
    m = _CHAIRED_SUBJECT.match(ev.evidence.text)
    if m is None or ev.evidence.end - ev.evidence.start not in (len("chaired by"), len("co-chaired by")):
        return False  # the cue is the chairing, not another meeting the sentence tells
    words = set(re.findall(r"[A-Za-z][\w'’-]*", main.event.name))
    return m[2] in words and set(m[1].split()) <= words


def drop_restated(events: list[Event], main: MainEvent, people: People) -> list[Event]:
    """The side meetings less those that restate the main event."""
    # "A will hold separate bilateral talks with B and C": meetings of their own, one told beside others
    told = [e.evidence.sentence for e in events]
    alone = {i for i in told if told.count(i) == 1}
    return [
        e
        for e in events
        if not (e.evidence.sentence in alone and restates_pair_meeting(e, main, people))
        and not chairs_of_main(e, main)
    ]


def main_named(main: MainEvent, recs: list[PersonRec]) -> bool:
    """Whether all of recs are the main event's parties named (by surname) in its own sentence, not people
    it only took on from a sentence near it ("her Xish counterpart, B, ... The two ministers will ...")."""
    return all(r.name in main.event.participants and r.surname in main.sentence.text for r in recs)
