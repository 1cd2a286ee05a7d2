"""The gathering the lead arrives for, opened on that day and run through a later one by the next sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
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
