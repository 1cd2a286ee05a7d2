"""A trip spelled out stop by stop in one sentence ("due in A on Friday and in B on Saturday and Sunday",
"A on 3 May, then B on 5 May", "arrives in A on Monday before heading to B for Tuesday and Wednesday"):
the trip's whole span, from its first stop's day to its last stop's."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.gazetteer import country_of, find_city, place_country
from briefings.extract.literals import has_any
from briefings.extract.sentences import Doc, Sentence

# the words a journey over stops is told with; a sentence without any is no itinerary
_CUES = (
    "due in", "arriv", " be in", "stop", "head", "travel", "fly", "flies", "visit", "then", "move on",
    "go on", "goes on", "continue", "proceed", "leav", "depart", "tour", "land",
)  # fmt: skip
# a place named before a stop's day: "in A on", "to A for", "A on" (after "then" or a comma)
_PLACE_WORDS = r"(?:in|to|at|for|visit|visits|visiting|then)"
_NAME = r"(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|del|la)\s+)?[A-Z][\w'’.-]*){0,3})"
_PLACE = re.compile(rf"(?:\b{_PLACE_WORDS}\s+|,\s+|^\s*){_NAME}")
# before a stop's day, the list's last stop too: "in A on May 10, B on May 12 and C on May 13"
_PLACE_LISTED = re.compile(rf"(?:\b(?:{_PLACE_WORDS}|and)\s+|,\s+|^\s*){_NAME}")
_MAX_DAYS = 10  # a trip's stops lie within days of one another, not weeks


def _place(seg: str, pattern: re.Pattern[str] = _PLACE) -> str | None:
    """The last known city or country named in a stretch of text before or after a stop's day."""
    found: str | None = None
    for m in pattern.finditer(seg):
        words = m["p"].rstrip(".,;:").split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            if country_of(phrase) or find_city(phrase):
                found = phrase
                break
    return found


def itinerary(text: str, start: int, end: int, dates: list[DateMention]) -> DateMention | None:
    """The span of a sentence naming two or more stops, each with its own later day (None otherwise)."""
    if len(dates) < 2 or not has_any(text[start:end], _CUES):
        return None
    if any(b.date <= (a.end_date or a.date) for a, b in itertools.pairwise(dates)):
        return None  # the stops' days follow one another
    last = dates[-1].end_date or dates[-1].date
    if (last - dates[0].date).days > _MAX_DAYS:
        return None
    bounds = [start, *(d.end for d in dates)]
    before = [_place(text[a : d.start], _PLACE_LISTED) for a, d in zip(bounds[:-1], dates, strict=True)]
    if not all(before):
        # "on Monday in A and on Wednesday in B": each day's place after it
        ends = [*(d.start for d in dates[1:]), end]
        before = [_place(text[d.end : e]) for d, e in zip(dates, ends, strict=True)]
        if not all(before):
            return None
    if len({p for p in _one_stop(before) if p}) < 2:
        return None
    return replace(dates[0], end=dates[-1].end, end_date=last)


def _one_stop(places: list[str | None]) -> list[str | None]:
    """The stops, a country dropped where the next day's place is a city of it: "fly to Xland on Thursday for
    a meeting in Ycity on Friday" names one stop (the journey's day, then the meeting's), not two."""
    out: list[str | None] = []
    for p, q in itertools.zip_longest(places, places[1:]):
        city = find_city(q) if p and q and not find_city(p) else None
        if city is None or country_of(p or "") != city.country:
            out.append(p)
    return out


# "..., returning to Australia on Thursday 19 March": the journey's last day
RETURN_ON = re.compile(
    r"[,;]?\s+(?:and\s+(?:will\s+)?)?return(?:ing|s)?\s+(?:home\s+|to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:on\s+)?$"
)


# "The Prime Minister departs Xland on 24 October and returns on 2 November": the journey told by its ends
_SETS_OFF = re.compile(r"\b(?:depart|departs|departing|leave|leaves|leaving)\b")


def journey_told(text: str, travel_to: re.Pattern[str]) -> bool:
    """The sentence tells a journey and its return: a travel verb with its destination, or the day the
    traveller sets off."""
    return "return" in text and bool(travel_to.search(text) or _SETS_OFF.search(text))


def round_trip(text: str, dates: list[DateMention]) -> DateMention | None:
    """A journey's day of departure and the day "returning" after it in one sentence ("Today I will travel to
    A and B, returning to Xland on Thursday 19 March"): the trip's span (None otherwise)."""
    for a, b in itertools.pairwise(dates):
        if a.end_date or b.end_date or not 0 < (b.date - a.date).days <= _MAX_DAYS:
            continue
        if RETURN_ON.search(text, a.end, b.start) and b.start - a.end < 250:
            return replace(a, end=b.end, end_date=b.date)
    return None


def spells_stops(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> bool:
    """dm spans a sentence's stops, each with its own day ("talks in A on 8 May and in B on 10 May")."""
    if dm.end_date is None or dm.end - dm.start < 12 or not s.start <= dm.start < dm.end <= s.end:
        return False
    inner = [d for d in find_dates(doc.text, s.start, s.end, ref) if dm.start <= d.start and d.end <= dm.end]
    stops = itinerary(doc.text, s.start, s.end, inner)
    return stops is not None and (stops.start, stops.end, stops.end_date) == (dm.start, dm.end, dm.end_date)


# "A will then pay a visit to Y", "will then travel on to B": the next leg of the same journey
_THEN_LEG = re.compile(
    r"\bwill\s+then\s+(?:travel|pay|visit|go|head|fly|proceed|continue|move\s+on)\b|\bthen\s+travels?\s+to\b"
)


# ", followed by an official visit to Y on Thursday 26 November": a dated visit elsewhere closing the trip
_FOLLOWED_VISIT = re.compile(
    r"\s*,?\s+followed\s+by\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?:the\s+)?"
    r"(?P<p>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})\s+(?:on\s+|from\s+)?"
)


def _followed_visit(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> date | None:
    """ "a State visit to X from 23 to 25 May, followed by an official visit to Y on 26 May": Y's last day."""
    m = _FOLLOWED_VISIT.match(doc.text, dm.end, s.end) if "followed by" in s.text else None
    if m is None or place_country(m["p"]) is None:
        return None
    last = dm.end_date or dm.date
    d = next((x for x in find_dates(doc.text, m.end(), s.end, ref) if x.start == m.end()), None)
    return (d.end_date or d.date) if d is not None and 0 < (d.date - last).days <= 2 else None


def onward_leg(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> date | None:
    """ "A will attend the X Dialogue in B on 20 May. A will then pay a visit to Y ... from 21 to 22 May": the
    last day of a dated next leg in another country that the sentence after the meeting's adds (or that a
    "followed by a visit to Y on D" closing the meeting's own sentence adds), else None."""
    followed = _followed_visit(doc, s, dm, ref)
    if followed is not None or dm.end_date is not None:
        return followed
    day = dm.date
    there = next((x for x in doc.sentences if x.index == s.index + 1 and x.paragraph == s.paragraph), None)
    if there is None or not _THEN_LEG.search(doc.text, there.start, there.end):
        return None
    a, b = _place(s.text), _place(there.text)
    if a is None or b is None or place_country(a) is None or place_country(a) == place_country(b):
        return None
    for d in find_dates(doc.text, there.start, there.end, ref):
        if 0 < (d.date - day).days <= 2:
            return d.end_date or d.date
    return None


# "X's visit begins in A on Tuesday", "The trip concludes in B March 27-28": the trip's first and last days
_TRIP_WORD = r"\b(?:[Vv]isit|[Tt]rip|[Tt]our|[Jj]ourney)\s+(?:will\s+)?"
_BEGINS = re.compile(_TRIP_WORD + r"(?:begins?|starts?|opens?|kicks?\s+off)\b")
_ENDS = re.compile(_TRIP_WORD + r"(?:conclude|concludes|ends?|wraps?\s+up|closes?|finish|finishes)\b")
_BOUND_WORDS = ("isit ", "rip ", "our ", "ourney ")


def trip_bounds(doc: Doc, dated: list[tuple[DateMention, Sentence]]) -> tuple[DateMention, Sentence] | None:
    """A trip whose first day one sentence gives ("the visit begins in A on Tuesday") and whose last day a
    later one gives ("the trip concludes in B March 27-28"): its whole span, over the begin's sentence."""
    first: tuple[DateMention, Sentence] | None = None
    last: DateMention | None = None
    for d, s in dated:
        if not has_any(s.text, _BOUND_WORDS):
            continue
        m = _BEGINS.search(doc.text, s.start, d.start)
        if first is None and m and d.start - m.end() < 60:
            first = (d, s)
            continue
        m = _ENDS.search(doc.text, s.start, d.start)
        if first is not None and m and d.start - m.end() < 60 and s.index > first[1].index:
            last = d
    if first is None or last is None:
        return None
    end = last.end_date or last.date
    if last.relative and end <= first[0].date:
        end += timedelta(days=7)  # "begins on Monday ... ends on Thursday": the Thursday after that Monday
    if not 0 < (end - first[0].date).days <= _MAX_DAYS:
        return None
    return replace(first[0], end_date=end, relative=False), first[1]


def week_round_trip(
    doc: Doc, d: DateMention, s: Sentence, skip: set[int], ref: date
) -> tuple[DateMention, Sentence] | None:
    """A journey the lead gives only its week ("will travel to A and B this week") and a next sentence its
    day out and its day back ("departs on Wednesday and returns on Saturday"): the trip's span."""
    if not doc.text[d.start : d.end].endswith("week") or not TRAVEL_TO.search(s.text):
        return None
    for t in [x for x in doc.sentences[s.index + 1 :] if x.index not in skip][:3]:
        if "return" not in t.text:
            continue
        span = round_trip(doc.text, find_dates(doc.text, t.start, t.end, ref))
        if span and span.end_date and d.date <= span.date and (span.end_date - d.date).days < 7:
            return span, t
    return None
