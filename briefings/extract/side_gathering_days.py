"""A meeting on one day of a named multi-day gathering: a meeting held inside it, not the gathering again."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.events import MainEvent

# a named gathering (not a visit, a trip or the text's own talks): "the X Dialogue", "the Y Summit"
_GATHERING = re.compile(
    r"\b(?:Dialogue|Summit|Forum|Conference|Meetings?|Ministerial|Assembly|Council|Congress|Week|Session)\b"
)


# "a meeting of the X Allies with the Y partners": a body's own session, whose pair is no meeting of its own
_BODY_SESSION = re.compile(r"\b(?:meeting|session)s?\s+of\b", re.I)


def day_inside_gathering(main: MainEvent, own: list[DateMention], clause: str) -> bool:
    """The main event is a named gathering of several days and the meeting's clause gives it one day of those
    ("The three-day forum runs through Sunday ... On Saturday, A will hold a four-way meeting with B, C and
    D"): a meeting of its own inside the gathering, whoever the main event's participants were read as."""
    ev = main.event
    first, last = ev.date, ev.end_date
    if main.generated_name or main.trip or first is None or last is None or last <= first:
        return False
    if not _GATHERING.search(ev.name) or "Visit" in ev.name or _BODY_SESSION.search(clause):
        return False
    return any(first <= d.date <= last and not d.end_date for d in own)
