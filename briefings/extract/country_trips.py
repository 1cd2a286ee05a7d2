"""The countries a person went or goes to: a visitor is no national of them."""

from __future__ import annotations

import re

from briefings.extract.country_links import TRAVELS
from briefings.extract.homes import doc_countries, named_countries
from briefings.extract.people import People, PersonRec
from briefings.extract.people_visits import own_visit
from briefings.extract.sentences import Doc

# the destinations run to the first plain word; a compass word or article is no end ("to southern Xland")
_PLAIN = re.compile(
    r"\s(?!(?:and|the|of|to|in|on|north|south|east|west|northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western)\b)[a-z]+\b"
)


def visited(doc: Doc, people: People, rec: PersonRec, travels: bool, issuer: str | None) -> frozenset[str]:
    """The countries the person visits: "A's state visit to X" (people_visits), and for a traveller the
    countries "A will travel to" by their names ("to Xcity, Xland", "to Xland and Yland", "to southern
    Xland"; the issuer's own aside: a minister travels at home too)."""
    went = own_visit(doc.text, rec)
    gone = named_destinations(doc, people, rec) - {issuer} if travels else frozenset()
    return gone | {went} if went else gone


def named_destinations(doc: Doc, people: People, rec: PersonRec) -> frozenset[str]:
    """The countries named after the person's travel verb ("will travel to Xcity, Xland"); a city alone
    tells none ("will travel to Xcity" may be a trip at home)."""
    text = doc.text
    spans = []
    for m in rec.mentions:
        tm = TRAVELS.match(text, m.tail_end)
        if tm:
            stop = _PLAIN.search(text, tm.end(), m.sentence.end)
            spans.append((tm.end(), stop.start() if stop else m.sentence.end))
    if not spans:
        return frozenset()
    named = named_countries(doc, people, doc_countries(doc))
    return frozenset(c for c, pos in named if any(lo <= pos < hi for lo, hi in spans))
