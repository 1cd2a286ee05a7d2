"""Workplaces named once and referred to again: "the X Centre in Ycity ... A, a researcher at the Centre"."""

from __future__ import annotations

import re

from briefings.extract.people import People
from briefings.extract.people_affiliation import (
    _BODY,
    _INST,
    _INST_NAME,
    named_home,
    outside_mentions,
    workplace_country,
)
from briefings.extract.sentences import Doc

# "A, a senior researcher at the Centre": a workplace by its kind alone, its full name given before
_KIND_ALONE = re.compile(
    rf"\b(?:at|with|of|from)\s+the\s+(?P<kind>{_BODY})\b(?!\s+(?:of|for|on|in)\b|\s+[A-Z])"
)
# "hosted by the Xland Institute for Y, where Dr A, a senior fellow, will present": the workplace the
# person's clause is set in
_WHERE = re.compile(rf"\b(?:the\s+)?{_INST_NAME},\s+where\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$")


def _named_before(text: str, kind: str, end: int) -> str | None:
    """The country of the one full name a workplace of this kind has before end ("the X Centre in Ycity")."""
    found = [m for m in _INST.finditer(text, 0, end) if kind in m["inst"].split() and m["inst"] != kind]
    if not found or len({m["inst"] for m in found}) > 1:
        return None
    return workplace_country(text[found[0].start() : found[0].end() + 60], text)


def referred_workplaces(doc: Doc, people: People) -> None:
    """A person outside government with no country, placed at a workplace the text named in full before
    ("a senior researcher at the Centre"), or in a "where" clause after its name: that workplace's country
    (where the text says it is, or its own name holds a state)."""
    text = doc.text
    for rec, mentions in outside_mentions(people, text):
        for m in mentions:
            s = m.sentence
            where = _WHERE.search(text, max(s.start, m.start - 120), m.start)
            c = named_home(where["inst"], text) if where else None
            kind = _KIND_ALONE.search(rec.role or "") or _KIND_ALONE.search(
                text, m.end, min(s.end, m.end + 80)
            )
            c = c or (_named_before(text, kind["kind"], m.start) if kind else None)
            if c:
                rec.country = c
                break
