"""The headline's meeting inside a stay: a visit's or trip's days give way to the day of the meeting the
headline names, when a sentence dates that meeting inside them ("to Visit Y for Joint Commission" over "in Y
from 21 to 23 May ... will co-chair the Joint Commission on 22 May")."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_tense import sentence_score
from briefings.extract.eventcues import countries_in_span
from briefings.extract.gazetteer import find_city
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

# a meeting, however the writer names it; any of them stands for the headline's ("talks" = "the dialogue")
_MEETING = re.compile(
    r"\b(?:talks|meeting|summit|dialogue|ministerial|conference|consultations?|commission|committee|"
    r"council|forum|session|discussions|negotiations|trilateral|retreat|2\+2)\b",
    re.I,
)
# a courtesy call or a meeting beside the main one, inside the same stay
_BESIDE = re.compile(
    r"\b(?:courtesy|call\s+on|calls\s+on|separately|sidelines|margins|also|(?-i:bilateral)|dinner|lunch|"
    r"breakfast|reception|before|after|ahead\s+of|following|previous|last)\b",
    re.I,
)
# the stay's days follow a journey or stay word, and no meeting word stands between: "will travel to Y,
# March 9-14", "will be in Y from 21 to 23 May" (not "the Summit, held from 3 to 5 May": a gathering's own)
_STAY_BEFORE = re.compile(
    r"\b(travel\w*|visit\w*|trip|tour|stay\w*|arriv\w*|depart\w*|leav\w*|be\s+in)\b[^.;]{0,100}$", re.I
)
# "House Foreign Affairs Committee Chairman": a body in a title, not a meeting
_TITLE_AFTER = re.compile(r"\s+(?i:chair\w*|member|secretary|president|head|director)\b")
_PRESS = re.compile(r"\b(?i:press|news|media)\s+$")  # "Regular Press Conference": the briefing, no meeting
# a journey's own day: "travels to Y on Monday 2 November", "will arrive in Y on 9 May"
_TRAVEL_DAY = re.compile(r"\b(?:travel\w*|arriv\w*|depart\w*|leav\w*|fly|flies)\b([^.;]{0,50})$", re.I)
# a span's last day: "runs until Tuesday 3 November", "will conclude on 7 December"
_UNTIL = re.compile(
    r"\b(?:until|till|through|to|(?:conclud|end|clos)(?:es|ed|e|s)?\s+on)\s+(?:[A-Z]\w+day,?\s+)?$"
)
# a tail after the date that only sets it beside a ceremony or a journey ("on 4 May, following ...")
_TAIL = re.compile(r"\s*,\s*(?:following|after|before|ahead\s+of)\b", re.I)
_CLAUSE_END = re.compile(r"[;:|–—]|\s-\s")  # "for annual leaders' meeting; defence, economy on agenda"
_SEVERAL = re.compile(r"\s(?:and|&)\s|,")  # "for Talks and Tours", "for talks, tours": several engagements
_LISTED = re.compile(r"(?:,|\band)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_FOR = re.compile(r"\b(?i:for)\b")
_JOURNEY = re.compile(r"\b(?:visit|visits|travel|travels|trip|tour|heads?\s+to)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’+-]*")
# words a headline shares with any sentence of its text, so no sign of the same meeting
_COMMON = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "on", "and", "for", "with", "at", "by", "from", "will", "be",
        "is", "are", "as", "its", "his", "her", "their", "this", "that", "which", "who", "said", "says",
        "visit", "visits", "travel", "travels", "trip", "tour", "minister", "secretary", "president", "prime",
        "foreign", "defence", "defense", "state", "deputy", "vice", "official", "officials",
    }
)  # fmt: skip


def _words(text: str) -> set[str]:
    """The content words of a text, lower-cased, the commonest of the genre left out."""
    return {w.lower() for w in _WORD.findall(text)} - _COMMON


def headline_meeting_day(
    doc: Doc,
    picked: tuple[DateMention, Sentence] | None,
    headline: str | None,
    ref: date,
    skip_sentences: set[int],
) -> tuple[DateMention, Sentence] | None:
    """A day inside the picked stay that a sentence gives the headline's meeting, or None to keep the stay."""
    if picked is None or picked[0].end_date is None or not headline or not _names_meeting(headline):
        return None
    span, where = picked
    stay = _STAY_BEFORE.search(doc.text, max(where.start, span.start - 120), span.start)
    if stay is None or _MEETING.search(doc.text, stay.end(1), span.start):
        return None
    journey = _JOURNEY.search(headline)
    several = True  # the stay holds several engagements, unless the headline's visit is for one meeting
    if journey:
        # "to Visit Y for the X Commission": the meeting is the journey's purpose ("to Visit Y and Co-Chair
        # the X Dialogue" announces two acts, the visit first)
        purpose = _FOR.search(headline, journey.end())
        if purpose is None or not _MEETING.search(headline, purpose.end()):
            return None
        if len(_states(doc.text, stay.start(), span.end) | _states(headline, 0, purpose.start())) > 1:
            return None  # "to Visit A and B for the X Dialogue": the journey over two states is the news
        several = bool(_SEVERAL.search(_CLAUSE_END.split(headline[purpose.end() :])[0]))
    days = (span.date, span.end_date)
    if any((d.date, d.end_date) == days for d in find_dates(headline, 0, len(headline), ref)):
        return None  # "to visit Xland on May 7-8; to co-chair Joint Commission": the headline dates the visit
    head = _words(headline)
    best: tuple[int, DateMention, Sentence] | None = None
    stops: set[str] = set()  # the cities of sentences dated inside the stay
    for s in doc.sentences:
        if s.index in skip_sentences:
            continue
        dates = find_dates(doc.text, s.start, s.end, ref)
        if any(_inside(d, span) for d in dates):
            stops.update(c.name for c, _, _ in cities_in(doc.text, s.start, s.end, frozenset()))
        if not _MEETING.search(s.text) or sentence_score(s.text)[1]:
            continue
        for d in dates:
            if (d.date, d.end_date) == days and _own_days(doc.text, s, d):
                return None  # "the Dialogue, on 29 and 30 January": the stay's days are the meeting's own
            if d.start != span.start and _inside(d, span) and _meeting_day(doc.text, s, d):
                overlap = len(head & _words(s.text))
                if overlap and (best is None or overlap > best[0]):
                    best = (overlap, d, s)
    if best is None or (journey and several and len(stops) > 1):
        # "to Visit Xland for Talks and Tours ... in A on 12 May ... in B on 13 May": the tour ("to Visit
        # Xland for the Joint Committee" with a day elsewhere after it: still the committee)
        return None
    return best[1], best[2]


def _names_meeting(headline: str) -> bool:
    """The headline names a meeting ("X to Visit Y for Joint Commission"), not only a title's body or a
    press conference."""
    return any(
        not _TITLE_AFTER.match(headline, m.end()) and not _PRESS.search(headline, 0, m.start())
        for m in _MEETING.finditer(headline)
    )


def _inside(d: DateMention, span: DateMention) -> bool:
    """d's days lie inside the span and are not all of it."""
    last = d.end_date or d.date
    assert span.end_date is not None  # (the caller's stay has days)
    return span.date <= d.date and last <= span.end_date and (d.date, last) != (span.date, span.end_date)


def _meeting_day(text: str, s: Sentence, d: DateMention) -> bool:
    """The date is a meeting's own day in its clause: no call or meeting beside it, no journey's day, not the
    closing day of a span ("The meeting runs until Tuesday 3 November")."""
    end = min(s.end, d.end + 120)
    tail = _TAIL.match(text, d.end, end)
    if tail and not _MEETING.search(text, tail.end(), end):
        end = d.end  # "on Jan 20, following an official welcoming ceremony": no meeting beside this one
    clause = text[max(s.start, d.start - 120) : end]
    if not _MEETING.search(clause) or _BESIDE.search(clause):
        return False
    if _UNTIL.search(text, max(s.start, d.start - 30), d.start):
        return False
    trav = _TRAVEL_DAY.search(text, max(s.start, d.start - 70), d.start)
    return not (trav and not _MEETING.search(trav.group(1)))


def _own_days(text: str, s: Sentence, d: DateMention) -> bool:
    """A meeting word stands just before the date, with no journey word after it ("the Dialogue, on 29 and
    30 January")."""
    m = _MEETING.search(text, max(s.start, d.start - 80), d.start)
    return m is not None and not _STAY_BEFORE.search(text, m.end(), d.start)


def _states(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The states a text names, directly or by its cities ("talks in Tokyo, Seoul and Beijing": three)."""
    end = len(text) if end is None else end
    states = set(countries_in_span(text, start, end))
    states.update(c.country for c, _, _ in cities_in(text, start, end, frozenset()))
    for m in _LISTED.finditer(text, start, end):  # the cities of a list after the first
        city = find_city(m.group(1))
        if city is not None:
            states.add(city.country)
    return states
