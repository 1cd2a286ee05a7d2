"""The places a headline gives its event: one city for the meeting it announces ("X to co-chair the Y
Dialogue in Ycity", "A to visit Ycity for summit"), which keeps that meeting in its city over a lead's
two-country trip or a later leg elsewhere; or two or more countries for a journey it announces ("X to Lead
Trade Mission to A and B"), which makes the event the whole journey, from its first stop's day to its
last's, in no single city."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_headline_trip import dated_around
from briefings.extract.event_spans import NOUN, TRAVEL_NOUNS, event_nouns, meeting_nouns
from briefings.extract.event_travel import purpose_nouns
from briefings.extract.gazetteer import City, country_of, find_city
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]

_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"
# the places after a preposition or a visit verb: "to A and B", "in Ycity", "visit A, B and C"
_PLACES = re.compile(
    rf"\b(?:to|in|visits?|visiting)\s+(?:the\s+)?({_NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_NAME})*)"
)
_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _places(headline: str, prefer: frozenset[str]) -> list[tuple[str, City | None]]:
    """The places the headline names after "to", "in" or "visit": (name, city or None for a country)."""
    out: list[tuple[str, City | None]] = []
    for m in _PLACES.finditer(headline):
        for part in _SEP.split(m[1]):
            name = part.strip(" ,.")
            if country_of(name):
                out.append((name, None))
            elif (city := find_city(name, prefer)) is not None:
                out.append((name, city))
    return out


def headline_meeting_city(
    headline: str | None, doc: Doc, body: list[Sentence], s: Sentence, prefer: frozenset[str]
) -> City | None:
    """The one city a headline announcing a meeting names, where the main sentence is that meeting's
    (it names the headline's meeting noun): "X to co-chair the Y Dialogue in Ycity", "A to visit Ycity
    for summit"; where the headline names one country ("A to visit Xland for summit"), the first city of
    that country the lead puts the meeting in ("will hold talks with B in Ycity next week")."""
    if not headline:
        return None
    nouns = (meeting_nouns(headline) | purpose_nouns(headline)) - TRAVEL_NOUNS - {"meet"}
    said = event_nouns(s.text)
    # "A to visit Ycity for leaders' meeting" over "the leaders would meet ... with talks": a visit made for
    # one meeting, any meeting word of the main sentence restates it
    if not nouns or not (nouns & said or (purpose_nouns(headline) and said - TRAVEL_NOUNS)):
        return None
    places = _places(headline, prefer)
    if not places:
        return _restated_city(doc, body, s, nouns, headline, prefer)
    if len(places) != 1:
        return None
    if places[0][1] is not None:
        return places[0][1]
    country = country_of(places[0][0])
    lead = [x for x in body if x.index <= s.index and x.text.strip() != headline.strip()][:4]
    return next(
        (c for x in lead for c, _, _ in cities_in(doc.text, x.start, x.end, prefer) if c.country == country),
        None,
    )


# the headline's meeting restated with its city: "to co-chair the fifth X-Y Dialogue in Ycity on Thursday"
_NOUN_IN = re.compile(rf"\b({NOUN})\s+in\s+({_NAME})", re.I)
# an earlier edition: "the last Dialogue in Xcity", "took place in"
_EARLIER = re.compile(r"\b(?:last|previous|took\s+place|was\s+held|were\s+held)\b")


def _restated_city(
    doc: Doc, body: list[Sentence], s: Sentence, nouns: set[str], headline: str, prefer: frozenset[str]
) -> City | None:
    """Under a headline naming no place, the one city a lead line (a standfirst or bullet too) gives the
    headline's meeting right after its noun: "to co-chair the X Dialogue in Ycity on Thursday"."""
    found = {
        city.name: city
        for x in body
        if x.index <= s.index and x.text.strip() != headline.strip() and not _EARLIER.search(x.text)
        for m in _NOUN_IN.finditer(x.text)
        if m[1].lower() in nouns and (city := find_city(m[2].split(" on ")[0], prefer)) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def headline_stops(
    headline: str | None, body: list[Sentence], prefer: frozenset[str], dm: DateMention | None = None
) -> bool:
    """The headline announces a journey to two or more countries and no meeting ("to A and B"), and the lead
    restating it names no gathering the journey is made for ("to attend the X Meetings in A"), unless the
    headline dates the whole journey itself around the day dm ("Visit to A and B (9-13 May)")."""
    if not headline or meeting_nouns(headline) - {"meet"} or purpose_nouns(headline):
        return False
    places = _places(headline, prefer)
    countries = {country_of(n) or (c.country if c else None) for n, c in places}
    if len(countries - {None}) < 2:
        return False
    lead = next(
        (x for x in body[:8] if x.text.strip() != headline.strip() and any(n in x.text for n, _ in places)),
        None,
    )
    if lead is not None and event_nouns(lead.text) - TRAVEL_NOUNS - {"meet"}:
        return dm is not None and dated_around(headline, dm)
    return lead is not None


def headline_trip_span(
    scored: list[Scored], d: DateMention, s: Sentence, headline: str | None, body: list[Sentence]
) -> Scored | None:
    """Under a headline announcing a journey to two or more countries, the lead's range that holds the picked
    day (one stop's meeting): the whole journey."""
    if not headline_stops(headline, body, frozenset(), d):
        return None
    last = d.end_date or d.date
    spans = [
        x
        for x in scored
        if x[0] > 0
        and x[1].end_date
        and x[2].index <= s.index
        and x[1].date <= d.date
        and last <= x[1].end_date
        and (x[1].date, x[1].end_date) != (d.date, d.end_date)
    ]
    return min(spans, key=lambda x: x[2].index) if spans else None
