"""The main event beside a meeting the headline puts on its eve ("A to host B in Y on eve of the X summit":
the summit's days, not the eve's); under a visit headline, a gathering a visitor co-chairs over several
days of the visit, and the whole stay around a single day's meeting held "during their stay"; an official
visit the lead dates, around a one day's meeting held during it, under a headline announcing the visit
first; a stay "to attend" gatherings the next sentences date by name (their days, not the travel days);
the day of the meeting a visit is made "for", which the next sentence holds on a day of it; and a journey's
two gatherings dated one each ("to attend the A and the B ... the A on 17 Nov and the B on 18 Nov")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from briefings.extract.dates import DateMention
from briefings.extract.event_spans import NOUN, STAY, TRAVEL_NOUNS, event_nouns
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]

# "... on eve of the X summit", "on the eve of the X Talks": the gathering the headline's meeting precedes
_EVE_HEADLINE = re.compile(rf"\beve\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,4}}?({NOUN})\b", re.I)
# "During the visit, A will co-chair the X Joint Commission ... on 11 and 12 May": what the visit is for
_DURING = re.compile(r"^\W*(?:\d+\.\s+)?During\s+(?:the|this|his|her|their)\s+(?:visit|stay|trip)\b")
_LEADS = re.compile(r"\b(?:will|to)\s+(?:co-chair|chair|co-preside|preside\s+over|attend|lead)\b")


def eve_noun(headline: str | None) -> str | None:
    """The gathering a headline's meeting is held on the eve of ("... on eve of the X summit"), else None."""
    if not headline or "eve of" not in headline.lower():
        return None
    m = _EVE_HEADLINE.search(headline)
    return m[1].lower() if m else None


def demote_eves(doc: Doc, scored: list[Scored], noun: str) -> list[Scored]:
    """Under an eve-of headline, a single day the day before a dated span of the gathering it names loses to
    that span: the eve's meeting is a side meeting, the gathering the main event."""
    starts = {
        x.date
        for _, x, xs in scored
        if x.end_date and noun in doc.text[max(xs.start, x.start - 120) : x.start].lower()
    }
    eves = {day - timedelta(days=1) for day in starts}
    return [(sc - 5 if not d.end_date and d.date in eves else sc, d, s) for sc, d, s in scored]


def co_chaired_days(scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """A visit's range d and a later sentence "During the visit, A will co-chair the X ... on 11 and 12 May"
    whose own span lies inside it: that gathering's span (a single day inside a stay stays the stay's)."""
    if not d.end_date:
        return None
    for x in scored:
        xd, xs = x[1], x[2]
        if xs.index <= s.index or xs.index > s.index + 2 or not xd.end_date or xd.relative:
            continue
        if (xd.date, xd.end_date) == (d.date, d.end_date):
            continue  # the lead restating the visit's own days
        if not d.date <= xd.date <= xd.end_date <= d.end_date:
            continue
        if _DURING.search(xs.text) and _LEADS.search(xs.text):
            return x
    return None


def stay_around(scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """A single day's meeting "During their stay, the X will be held on 9 May" after "From 8 to 10 May, A
    will visit Y": under a visit headline the stay the meeting lies inside."""
    if d.end_date:
        return None
    during = not d.relative and bool(_DURING.search(s.text))
    for x in scored:
        xd, xs = x[1], x[2]
        if not s.index - 2 <= xs.index < s.index or not xd.end_date or not xd.date <= d.date <= xd.end_date:
            continue
        if x[0] > 0 and during and (TRAVEL_TO.search(xs.text) or STAY.search(xs.text)):
            return x
        # "will be in X from Sunday to Tuesday ... On Monday, he will hold talks": the stay, in the next
        # sentence of the same paragraph
        if x[0] > 0 and xs.index == s.index - 1 and xs.paragraph == s.paragraph and _STAY_IN.search(xs.text):
            return x
    return None


# "will be in Ghana from", "will stay in X from": a stay given its days
_STAY_IN = re.compile(
    r"\b(?:will\s+be|will\s+stay|is\s+to\s+be)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:from|between)\b"
)


# "will pay an official visit to Xcity, Xland, during 18 - 20 May", "a State visit to X from 3 to 5 May": a
# state's formal visit given its days, the event a meeting held during it is a part of
_OFFICIAL_VISIT = re.compile(
    r"\b(?:[Oo]fficial|[Ss]tate|[Ww]orking)\s+[Vv]isit\s+to\s+[^.;]{1,70}?\s(?:on|from|during|between)\s+$"
)


def official_stay(doc: Doc, scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """The days of an official (state, working) visit the lead gives ("will pay an official visit to Y from
    3 to 5 May") when the best day is that range or a single day inside it ("On 4 May, A will co-chair the
    X"): the visit, not the meeting held during it."""
    for x in scored:
        xd, xs = x[1], x[2]
        if x[0] <= 0 or not xd.end_date or xs.index > s.index or "isit" not in xs.text:
            continue
        if not (xd is d or (not d.end_date and not d.relative and xd.date <= d.date <= xd.end_date)):
            continue
        if _OFFICIAL_VISIT.search(doc.text, max(xs.start, xd.start - 110), xd.start):
            return x
    return None


# "in X from 18 to 20 May to attend the 20th ABC Meeting (ABC) and the 9th ABC-Plus": what the stay is for
_ATTEND_CLAUSE = re.compile(r"\s+to\s+attend\s+([^.;]{2,160})")
_SERIES_WORDS = re.compile(r"\b(?:[Mm]eetings|[Ss]ummits|[Cc]onferences|series|including)\b")
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")
# "At the ABC on 19 May", "The 9th ABC-Plus on 20 May": a gathering named just before its own day
_NAMED_ON = re.compile(r"([A-Z][\w'’-]*)\s+(?:will\s+be\s+held\s+)?on\s+$")


def named_gathering_days(doc: Doc, scored: list[Scored], d: DateMention, s: Sentence) -> DateMention | None:
    """A stay's range whose sentence says what it is "to attend", and the next sentences date the gatherings
    it names ("At the ABC on 19 May", "The ABC-Plus on 20 May") inside it: those gatherings' days."""
    if not d.end_date or d.relative:
        return None
    clause = _ATTEND_CLAUSE.match(doc.text, d.end, s.end)
    if clause is None or _SERIES_WORDS.search(clause[1]):
        return None  # "to attend the X-related Meetings, including ...": a series over the whole stay
    names = {w.group() for w in _NAME_WORD.finditer(clause[1])} - {"The"}
    days = []
    for _, x, xs in scored:
        if not (s.index < xs.index and xs.paragraph <= s.paragraph + 2) or x.end_date or x.relative:
            continue
        if not d.date <= x.date <= d.end_date:
            continue
        m = _NAMED_ON.search(doc.text, max(xs.start, x.start - 60), x.start)
        if m and m[1] in names:
            days.append(x.date)
    if not days or (min(days) == d.date and max(days) == d.end_date):
        return None
    first, last = min(days), max(days)
    return replace(d, date=first, end_date=last if last > first else None)


# "visit to Y from 28 to 30 May for the 16th X-Y Annual Summit": the meeting the stay is made for
# ("from 12 to 14 May to participate in the X Meeting": the same purpose, as an infinitive)
_FOR_THE = re.compile(
    r",?\s+(?:for|to\s+(?:attend|participate\s+in|take\s+part\s+in))\s+(?:the\s+)?([^.;,]{1,80})"
)
_CLAUSE_BREAK = re.compile(r"[;,]|\.\s")
# "The Summit will be held in Z on": the meeting and the day it is held on (no "press conference")
_HELD = re.compile(
    rf"\b(?<!press\s)(?<!news\s)(?<!media\s)({NOUN})\s+(?:will\s+be|is\s+to\s+be|is|are)\s+(?:held|scheduled)\b"
    r"[^.;]{0,60}?\s(?:on\s+)?$|"
    # "The meeting, to be hosted by Foreign Minister B on": a reduced clause giving the meeting its day (a
    # host's "H.E. Ms." may hold stops: the search runs inside one sentence)
    rf"\b({NOUN}),\s+to\s+be\s+(?:held|hosted|chaired)\b[^;]{{0,80}}?\s(?:on\s+)?$",
    re.I,
)


# "visit Y on 4-5 August for talks with B ... A will meet Minister B in Z on 4 August": the talks' day (talks
# "with" someone, then a meeting with a named person; not "will meet business leaders")
_TALKS_WITH = re.compile(r"(?:talks|a\s+meeting|meetings|discussions)\s+with\b")
_WILL_MEET = re.compile(r"\bwill\s+meet\s+(?:with\s+)?[A-Z][^.;]{0,80}?\s(?:on\s+)?$")


def _holds(text: str, start: int, at: int, nouns: set[str], talks_with: bool) -> bool:
    """text[start:at] holds a meeting of those nouns on the day at `at` ("The Summit will be held in Z on";
    for talks with someone, "A will meet Minister B in Z on")."""
    h = _HELD.search(text, start, at)
    if h is not None and (h[1] or h[2]).lower() in nouns:
        return True
    return talks_with and _WILL_MEET.search(text, start, at) is not None


def purpose_held(doc: Doc, scored: list[Scored], d: DateMention) -> Scored | None:
    """The day of the meeting a dated stay is made "for" ("will visit Y from 28 to 30 May for the X Summit"),
    when a next sentence holds that meeting on a day of the stay ("The Summit will be held in Z on 29 May"):
    the stay's other days are its travel days."""
    if not d.end_date:
        return None
    for x in scored:
        xd, xs = x[1], x[2]
        if x[0] <= 0 or xd.date != d.date or xd.end_date != d.end_date:
            continue
        m = _FOR_THE.match(doc.text, xd.end, xs.end)
        if m and any(
            y[2] is xs
            and y[1].start >= m.start(1)
            and not _CLAUSE_BREAK.search(doc.text, m.start(1), y[1].start)
            for y in scored
        ):
            continue  # "to attend the X Meeting with B on 5 June": the lead dates the meeting itself
        nouns = event_nouns(m[1]) - TRAVEL_NOUNS - {"meet"} if m else set()
        talks_with = bool(m and _TALKS_WITH.match(m[1]))
        if not nouns:
            continue
        for y in scored:
            yd, ys = y[1], y[2]
            if (
                y[0] > 0
                and xs.index < ys.index <= xs.index + 2
                and not yd.end_date
                and not yd.relative
                and d.date <= yd.date <= d.end_date
                and _holds(doc.text, max(ys.start, yd.start - 100), yd.start, nouns, talks_with)
            ):
                # "will meet B in A on 15 July and tour a shipyard in C on 16 July": a visit over two cities
                if len({c.name for c, _, _ in cities_in(doc.text, ys.start, ys.end, frozenset())}) > 1:
                    return None
                return y
    return None


# "to attend the X Meeting and the X-Plus": a journey made for two gatherings, named with "and"
_TWO_GATHERINGS = re.compile(r"[^.;]{0,60}?\bto\s+attend\s+the\s+[^.;]{2,100}?\s+and\s+the\s+[^.;]{2,60}")


def both_days(doc: Doc, d: DateMention, s: Sentence, own: list[Scored], best: Scored) -> Scored | None:
    """A journey "to attend the X and the Y" and one next sentence dating each ("X will be held on 17 Nov
    and the Y on 18 Nov"): both gatherings' days, as one span."""
    if best[1].end_date is not None or not _TWO_GATHERINGS.match(doc.text, d.end, s.end):
        return None
    days = sorted({x[1].date for x in own if x[2] is best[2] and x[1].end_date is None})
    if len(days) != 2 or (days[1] - days[0]).days > 2:
        return None
    return best[0], replace(best[1], date=days[0], end_date=days[1]), best[2]
