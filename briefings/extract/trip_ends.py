"""A multi-stop trip's days as its traveller's journey gives them: from the day the traveller sets off
("departs Xland on Sunday 9 May", "leaves Xcity on 14 June") to the day they return ("returns to Xland on
13 May"), when the text tells both and they hold the trip's dated stops between them; a lead that dates the
trip itself ("will travel to A, B and C from 12 to 16 October") keeps its days, the journey's ends travel days
around it."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import find_dates
from briefings.extract.eventcues import is_trip, mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.sentences import Doc

_PLACE = r"(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
# the day the journey begins or ends, just after its verb (and the place left or returned to)
_SETS_OFF = re.compile(rf"\b(?:depart|departs|leave|leaves){_PLACE}\s+(?:on\s+)?$")
_COMES_BACK = re.compile(rf"\b(?:return|returns)(?:\s+home|\s+to{_PLACE})?\s+(?:on\s+)?$")
_WORDS = ("depart", "leave", "return")
_MAX_DAYS = 21  # a trip lasts days, not months


def journey_ends(doc: Doc, main: MainEvent, ref: date) -> None:
    """Widen a trip's days to its traveller's setting-off and return days (see the module's doc)."""
    e = main.event
    if not main.trip or e.date is None:
        return
    stated = e.end_date is not None and not main.vague_date
    if stated and is_trip(doc, main.sentence, mentioned_countries(doc)):
        return  # "will travel to A, B and C from 12 to 16 October": the trip's own days
    first: date | None = None
    last: date | None = None
    for s in doc.sentences:
        if not any(w in s.text for w in _WORDS):
            continue
        for d in find_dates(doc.text, s.start, s.end, ref):
            if d.end_date:
                continue
            if first is None and _SETS_OFF.search(doc.text, max(s.start, d.start - 40), d.start):
                first = d.date
            elif first is not None and _COMES_BACK.search(doc.text, max(s.start, d.start - 40), d.start):
                last = d.date
                break
        if last is not None:
            break
    if first is None or last is None or not 0 < (last - first).days <= _MAX_DAYS:
        return
    if first <= e.date and (e.end_date or e.date) <= last:
        e.date, e.end_date = first, last
