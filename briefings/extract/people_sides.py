"""Sides of a delegation list: "A, T1, and B, T2, attended from the Japanese side"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People
from briefings.extract.sentences import Doc

_SIDE_OF = re.compile(r"\b(?:from|on|for)\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+side\b")


def sides_of(doc: Doc, people: People) -> None:
    """ "A, T1, and B, T2, attended from the Japanese side": the country of everyone listed before it."""
    for s in doc.sentences:
        start = s.start
        for m in _SIDE_OF.finditer(doc.text, s.start, s.end) if "side" in s.text else ():
            country = country_of(m[1])
            if country:
                for _, rec in people.at(start, m.start()):
                    rec.country = rec.country or country
            start = m.end()
