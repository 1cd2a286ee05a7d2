"""The gathering the lead arrives for, opened on that day and run through a later one by the next sentence;
and a gathering the lead counts the days of ("gather this week for two days of talks") that the next
sentence opens ("The X Meeting opens on Wednesday"): its days from that opening."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_date_score import DATELINE_HEAD
from briefings.extract.literals import has_any
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tense_words import RUNS_UNTIL

_OPENS_ON = re.compile(r"\b(?:opens|begins|starts)\s+(?:on\s+)?$")
_UNTIL_WORDS = ("until", "till", "through", " to ", "end", "clos", "conclud")


def opened_next(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> DateMention | None:
    """The next sentence opens the gathering on the picked day and runs it through a later one ("arrived on
    Friday for the Dialogue. The three-day gathering opens Friday evening ... and runs through Sunday")."""
    for x in doc.sentences[s.index + 1 : s.index + 2]:
        if not (has_any(x.text, ("opens", "begins", "starts")) and has_any(x.text, _UNTIL_WORDS)):
            continue
        dates = find_dates(doc.text, x.start, x.end, ref)
        if any(
            d.date == dm.date and _OPENS_ON.search(doc.text, max(x.start, d.start - 12), d.start)
            for d in dates
        ):
            for d in dates:
                if dm.date < d.date <= dm.date + timedelta(days=14) and RUNS_UNTIL.search(
                    doc.text, max(x.start, d.start - 35), d.start
                ):
                    return replace(dm, end_date=d.date)
    return None


# "for two days of talks", "a three-day summit": the lead's count of the gathering's days
_COUNTED = re.compile(
    r"\b(two|three|four|five)(?:-day\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|summit|conference|forum|talks|gathering)s?\b|"
    r"\s+days\s+of\s+(?:talks|meetings|discussions|consultations)\b)",
    re.I,
)
_COUNTS = ("two", "three", "four", "five")


def counted_opening(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> DateMention | None:
    """The picked day opens the gathering ("The X Meeting opens on Wednesday") whose days the sentence
    before counts without a day of its own ("gather in Y this week for two days of talks", under a dateline's
    day): that many days from it."""
    if s.index == 0 or not _OPENS_ON.search(doc.text, max(s.start, dm.start - 12), dm.start):
        return None
    lead = doc.sentences[s.index - 1]
    m = _COUNTED.search(lead.text) if "day" in lead.text else None
    own = [
        d
        for d in find_dates(doc.text, lead.start, lead.end, ref)
        if not d.relative and not DATELINE_HEAD.match(doc.text, lead.start, d.start)
    ]
    if m is None or own:
        return None
    return replace(dm, end_date=dm.date + timedelta(days=_COUNTS.index(m[1].lower()) + 1))
