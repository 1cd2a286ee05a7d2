"""A multi-stop trip's days: from the day its lead sets off (or its stay's first day) to its last stop's."""

from __future__ import annotations

from dataclasses import replace

from briefings.extract.dates import DateMention
from briefings.extract.event_date_score import SAID_ON
from briefings.extract.event_spans import TRAVEL_NOUNS, event_nouns, meeting_nouns
from briefings.extract.event_travel import purpose_nouns
from briefings.extract.eventcues import TRAVEL_TO, is_trip
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]
_MAX_DAYS = 10  # a trip's stops lie within days of one another
_STOP_REACH = 8  # the stops are told in the sentences after the lead
_NEAR = 30  # "Today I will travel": the set-off day within a few words of its verb
_WEEKS = frozenset({"next week", "Next week", "this week", "This week", "later this week", "this weekend"})


def _trip_lead(doc: Doc, s: Sentence, skip: set[int]) -> Sentence | None:
    """The lead's trip sentence ("will travel to A, B and C later this week"), among the first prose sentences
    up to s, naming no meeting of its own."""
    prose = [x for x in doc.sentences[: s.index + 1] if x.index not in skip and x.text.rstrip().endswith(".")]
    for x in prose[:2]:
        if TRAVEL_TO.search(x.text) and is_trip(doc, x, frozenset()):
            return None if event_nouns(x.text) - TRAVEL_NOUNS - {"meet"} else x
    return None


def two_states(doc: Doc, upto: Sentence, skip: set[int], picked: Sentence) -> bool:
    """The lead (the first prose sentences, up to `upto`) travels to two states or more, whatever meetings
    it names there ("will travel to A for the X Meeting and then to B for talks"), and the picked day is no
    trip's own ("will travel to A and B, March 9-13": the trip's days, its journey's ends travel days around
    them)."""
    if is_trip(doc, picked, frozenset()):
        return False
    prose = [
        x for x in doc.sentences[: upto.index + 1] if x.index not in skip and x.text.rstrip().endswith(".")
    ]
    return any(TRAVEL_TO.search(x.text) and is_trip(doc, x, frozenset()) for x in prose[:2])


def _set_off_day(doc: Doc, scored: list[Scored], lead: Sentence) -> Scored | None:
    """The one day the lead's journey verb is given ("Today I will travel to A and B", "will travel to A and B
    today (23 March)"), not the day a statement was made ("..., the ministry said Thursday")."""
    m = TRAVEL_TO.search(doc.text, lead.start, lead.end)
    if m is None:
        return None
    own = [
        x
        for x in scored
        if x[2] is lead
        and x[0] > 0
        and not x[1].end_date
        and doc.text[x[1].start : x[1].end] not in _WEEKS
        and not SAID_ON.search(doc.text, max(lead.start, x[1].start - 25), x[1].start)
        and (
            0 <= m.start() - x[1].end <= _NEAR
            if x[1].end <= m.start()
            else "," not in doc.text[m.end() : x[1].start] and x[1].start - m.end() <= 2 * _NEAR
        )
    ]
    return own[0] if len(own) == 1 else None


def trip_days(
    doc: Doc, scored: list[Scored], d: DateMention, s: Sentence, headline: str | None, skip: set[int]
) -> Scored | None:
    """A lead announcing a trip to several places under a headline naming no meeting ("A heads to X, Y and
    Z"; "Today I will travel to X, Y and Z"), the best day one of its stops: the trip's span, from the day
    the lead sets off to its last stop's day; or, with no such day, the stay a later sentence gives around
    the best stop's day ("will be in the region from 16 to 21 October")."""
    if meeting_nouns(headline) or purpose_nouns(headline):
        return None
    lead = _trip_lead(doc, s, skip)
    # a lead giving the trip's days itself, or counting them ("a five-day visit from Sunday"), spans it
    if (
        lead is None
        or "-day" in lead.text
        or any(x[2] is lead and x[0] > 0 and x[1].end_date for x in scored)
    ):
        return None
    stops = [x for x in scored if x[0] > 0 and lead.index < x[2].index <= lead.index + _STOP_REACH]
    start = _set_off_day(doc, scored, lead)
    if start is None:
        if d.end_date or d.relative:
            return None
        return next(
            (
                x
                for x in stops
                if x[2].index < s.index and x[1].end_date and x[1].date <= d.date <= x[1].end_date
            ),
            None,
        )
    first = start[1].date
    ends = [
        x[1].end_date or x[1].date
        for x in stops
        if first <= x[1].date and 0 < ((x[1].end_date or x[1].date) - first).days <= _MAX_DAYS
    ]
    if not ends or d.date < first or max(ends) < d.date:
        return None
    return start[0], replace(start[1], end_date=max(ends), relative=False), start[2]


def toured_next(doc: Doc, s: Sentence, skip: set[int]) -> bool:
    """The lead's sentence or one of the next two names the visit's several stops ("The visit from 7 to 10
    October will take him to A, B and C"): a trip, whatever meeting the lead dates inside it."""
    after = [t for t in doc.sentences[s.index + 1 :] if t.index not in skip][:2]
    return any(is_trip(doc, t, frozenset()) for t in [s, *after])
