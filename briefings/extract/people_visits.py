"""A visitor's destination read around a person's mentions: "the visit of President A to X", "A's state
visit to X" — the country A goes to, which is therefore not A's own."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.people import PersonRec

_VISIT_OF = re.compile(r"\b(?:visit|trip|journey|travel)\s+(?:of|by)\s+(?:the\s+)?(?:then[- ]\s*)?$")
_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
# "A's state visit to X", "A's first trip to X": the owner of the visit goes to X
_OWN_VISIT = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|journey)\s+to\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


# "a possible visit to Xcity by President A": the place before the visitor
_VISIT_TO_BY = re.compile(
    r"\b(?:visit|trip|journey)\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+by\s+(?:the\s+)?$"
)
_HELD_IN = re.compile(r"\b(?:held|hosted)\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def visited_by(text: str, rec: PersonRec) -> str | None:
    """ "the visit of President A to X", "a visit to X by President A": the country A visits, which is not A's
    own."""
    for m in rec.mentions:
        if text.endswith("by ", 0, m.span_start):
            by = _VISIT_TO_BY.search(text, max(m.sentence.start, m.span_start - 70), m.span_start)
            city = find_city(by[1]) if by else None
            place = city.country if city else country_of(by[1]) if by else None
            if place:
                return place
        lo = max(m.sentence.start, m.span_start - 20)
        if "visit" not in text[lo : m.span_start] and "trip" not in text[lo : m.span_start]:
            continue
        visit = _VISIT_OF.search(text, lo, m.span_start)
        to = _TO_PLACE.match(text, m.tail_end, m.sentence.end) if visit else None
        if to:
            city = find_city(to[1])
            return city.country if city else country_of(to[1])
        # "The previous round was held in Xcity ... during the visit of then Minister A": where it was held
        held = _HELD_IN.search(text, m.sentence.start, visit.start()) if visit else None
        city = find_city(held[1]) if held else None
        if city:
            return city.country
    return None


POSSESSIVE = ("'s", "’s")  # the endings that make a name an owner ("A's visit")


def own_visit(text: str, rec: PersonRec) -> str | None:
    """ "A's state visit to X": the country A went to, which is not A's own (nor a party's other side)."""
    for m in rec.mentions:
        if text[m.end : m.end + 2] not in POSSESSIVE:
            continue
        own = _OWN_VISIT.match(text, m.end, m.sentence.end)
        if own:
            city = find_city(own[1])
            return city.country if city else country_of(own[1])
    return None
