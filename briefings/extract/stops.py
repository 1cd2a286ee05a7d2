"""Trips with several stops: each stop its own event (kind "other") under the main event."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_towns import OTHER_EVENT_IN
from briefings.extract.eventcues import is_trip, mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.places import cities_in
from briefings.extract.regex_guard import by_first_letter
from briefings.extract.sentences import Doc
from briefings.models import Event

# a stop's cue: the text opens with "In/At/From" and a capital, or a travel word names a town (two patterns:
# the second, regrouped by first letter, is scanned for its letters in C: one sre matcher call per candidate
# letter instead of one per position; together they match where the single pattern did)
_STOP_OPEN = re.compile(r"\s*(?:In|At|From)\s+[A-ZÀ-ÖØ-Þ]")
_STOP_CUE = re.compile(
    r"\b(?=[abcefhlpst])(?:stop|stops|stopping|arrive|arrives|continue|continues|travel|"
    # "The final leg of the trip, in B on 21 May": the leg's own town
    # ("He will finish the trip in C, where ...": the last stop)
    r"travels|conclude|concludes|end|ends|finish|finishes|begin|begins|head|heads|proceed|proceeds|fly|flies|be|"
    r"leg)\b[^.]{0,40}"
    r"\b(?:in|to|on to)\s+[A-ZÀ-ÖØ-Þ]|"
    # "The final leg of the trip takes Mr A to B on 17 October": a journey that takes its traveller on
    # (the word's boundary checked after its literal first letter: sre's branch skips other words at once)
    r"takes(?<=\btakes)\s+(?:[\w.'’-]+\s+){1,3}?to\s+[A-ZÀ-ÖØ-Þ]",
)
_STOP_WORD = by_first_letter(_STOP_CUE)
# every _STOP_CUE match holds "in/to", spaces and a capital: a cheap scan
_IN_TO_CAP = re.compile(r"(?:in|to)\s+[A-ZÀ-ÖØ-Þ]")
_OPENERS = ("In", "At", "From")


def _stop_cue(text: str) -> bool:
    """An opening "In/At/From" and a capital, or a _STOP_CUE match, tested only when its cheaper necessary
    conditions hold."""
    if text.lstrip().startswith(_OPENERS) and _STOP_OPEN.match(text):
        return True
    if not _IN_TO_CAP.search(text):
        return False
    return _STOP_WORD.search(text) is not None


def _within_trip(d: DateMention, main: MainEvent) -> DateMention:
    """A stop's bare weekday read inside the trip's dated span ("from 15 to 19 June ... in Y on Friday": the
    19th), not as the first such weekday after the day of writing."""
    start, end = main.event.date, main.event.end_date
    if not d.relative or d.end_date or start is None or end is None or d.date >= start:
        return d
    day = d.date + timedelta(days=7 * -(-(start - d.date).days // 7))
    return replace(d, date=day) if day <= end else d


def _last(e: Event) -> date:
    """A stop's last day."""
    assert e.date is not None
    return e.end_date or e.date


# "X heads to A and B ahead of Asia security forum": the trip comes before a gathering, which is no stop of it
_AHEAD_HEADLINE = re.compile(
    r"\b(?:ahead\s+of|before)\s+(?:the\s+)?[^.;,]{0,40}?\b(?:summit|forum|conference|dialogue|meeting|talk)s?\b",
    re.I,
)
# "travels to C for the X Dialogue, which runs June 5-7": the gathering's own days
_GATHERING_DAYS = re.compile(
    r",\s+which\s+(?:runs|will\s+run|is\s+held|will\s+be\s+held|takes\s+place|will\s+take\s+place)"
    r"\s+(?:from\s+|on\s+)?$"
)


def trip_stops(doc: Doc, main: MainEvent, ref: date, headline: str | None = None) -> list[Event]:
    """One event per stop ("In Hanoi on February 4 and 5, ..."), only when there are two stops or more."""
    ahead = (
        headline is not None
        and ("ahead" in headline or "before" in headline)
        and bool(_AHEAD_HEADLINE.search(headline))
    )
    stops: list[Event] = []
    seen: set[str] = set()
    own: dict[str, tuple[int, int]] = {}  # a stop's city: its index in stops and its sentence
    prefer = mentioned_countries(doc)
    for s in doc.sentences:
        before_main = s.index < main.sentence.index if main.trip else s.index <= main.sentence.index
        if before_main or not _stop_cue(s.text):
            continue
        if main.trip and is_trip(doc, s, prefer):
            continue  # "travel to Oslo and Helsinki, September 8-11": the dates of the whole trip
        dates = find_dates(doc.text, s.start, s.end, ref)
        cities = cities_in(doc.text, s.start, s.end, prefer)
        if not dates or not cities:
            continue
        for d in dates:
            if (
                ahead
                and "which" in s.text
                and _GATHERING_DAYS.search(doc.text, max(s.start, d.start - 40), d.start)
            ):
                continue  # the gathering the headline puts the trip "ahead of"
            d = _within_trip(d, main)
            # the city nearest before the date is the stop ("Before arriving in Tokyo, ... stop in Seoul on");
            # one sentence may hold several ("in Tokyo from Monday 19 ..., and in Seoul on Thursday 22 ...")
            before = [c for c in cities if c[1] < d.start]
            near = before[-1] if before else cities[0]
            if OTHER_EVENT_IN.search(doc.text, max(s.start, near[1] - 40), near[1]):
                continue  # "preparations for the X Summit in City on 24-25 June": another gathering's city
            city = near[0]
            if city.name in seen:
                # "The tour ends in A, with talks on Saturday before opening a forum on Sunday": the stop's
                # later day in its own sentence
                at = own.get(city.name)
                if (
                    at is not None
                    and at[1] == s.index
                    and main.trip
                    and 0 < (d.date - _last(stops[at[0]])).days <= 3
                ):
                    stops[at[0]].end_date = d.end_date or d.date
                continue
            own[city.name] = (len(stops), s.index)
            seen.add(city.name)
            ev = doc.evidence(d.start, d.end, s)
            if ev is None:
                continue
            stops.append(
                Event(
                    name=f"{main.event.name} — {city.name}",
                    kind="other",
                    date=d.date,
                    end_date=d.end_date,
                    year_assumed=d.year_assumed,
                    timezone=city.timezone,
                    place=city.name,
                    parent=main.event.name,
                    evidence=ev,
                )
            )
    if len(stops) + (1 if main.event.place and main.event.place not in seen else 0) < 2:
        return []
    # "will travel to A, B and C from 14 to 16 July": the trip's own stated days; a later "in D on 28 July"
    # (another gathering's city and day) is no stop of it
    stated = main.event.end_date is not None and not main.vague_date and is_trip(doc, main.sentence, prefer)
    if main.trip and not stated:  # the trip runs from its first stop to its last
        first = min(e.date for e in stops if e.date)
        last = max((e.end_date or e.date) for e in stops if e.date)
        if main.event.date is None or first < main.event.date or main.vague_date:
            main.event.date = first
        if last > (main.event.end_date or main.event.date):
            main.event.end_date = last
    return stops
