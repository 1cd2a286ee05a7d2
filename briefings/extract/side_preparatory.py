"""A preparatory session announced with the person who leads it ("a preparatory session of senior officials,
led by A, will be held on Wednesday"): a gathering of its own beside the main meeting, with its leader."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.eventcues import mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.people import People
from briefings.extract.sentences import Doc
from briefings.extract.side_cues import FUTURE_CUE, past_only
from briefings.extract.side_events import side_event
from briefings.extract.side_subjects import people_in
from briefings.models import Event, EventKind

_PREPARATORY = re.compile(r"\bpreparatory\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|session)\b")
_LED_BY = re.compile(r"\b(?:led|chaired|co-chaired|headed)\s+by\b")
# "..., followed by a meeting (a dinner) chaired by B": B chairs another gathering
_OTHER_MEETING = re.compile(
    r"\b(?:meeting|session|summit|talks|dinner|lunch|breakfast|reception|forum|conference|event)s?\b"
)


def preparatory_sessions(
    doc: Doc, people: People, main: MainEvent, ref: date, prefer: frozenset[str] | None
) -> list[Event]:
    """One multilateral (bilateral for a two-sided main meeting) session per preparatory session whose
    leader the sentence names, outside the sentence announcing the main meeting and not in the past."""
    out: list[Event] = []
    for s in doc.sentences:
        if "preparatory" not in s.text or s.index == main.sentence.index:
            continue
        prep = _PREPARATORY.search(doc.text, s.start, s.end)
        led = _LED_BY.search(doc.text, prep.end(), s.end) if prep else None
        if prep is None or led is None or _OTHER_MEETING.search(doc.text, prep.end(), led.start()):
            continue
        if past_only(s.text) and not FUTURE_CUE.search(s.text):
            continue  # "the preparatory meetings, led by A, began on Wednesday": already under way
        recs = people_in(doc, people, led.end(), s.end)
        if not recs:
            continue
        if prefer is None:
            prefer = mentioned_countries(doc)
        kind: EventKind = "bilateral" if len(set(main.parties)) == 2 and len(recs) == 2 else "multilateral"
        out.append(
            side_event(doc, main, s, prep.start(), prep.end(), kind, recs, [], ref, s.start, s.end, prefer)
        )
    return out
