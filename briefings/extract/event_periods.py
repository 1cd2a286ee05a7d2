"""The period a lead gives its meeting without a day ("will visit later this month"): no other day is its."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_date_score import DATELINE_HEAD, SAID_ON
from briefings.extract.event_spans import EVENT_NOUN
from briefings.extract.sentences import Doc

# "later this month", "early next month", "in the coming weeks": a period, no day (not "earlier this month")
_PERIOD = re.compile(
    r"\b(?:(?P<this>(?<!earlier\s)(?<!last\s)(?:later\s+)?this\s+month)|"
    r"(?P<next>(?:(?:early|late|later)\s+)?next\s+month)|"
    r"(?P<year>later\s+this\s+year)|(?P<weeks>in\s+the\s+coming\s+weeks))\b"
)
_PROSE_END = (".", "!", "?")


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _window(m: re.Match[str], ref: date) -> tuple[date, date]:
    if m["this"]:
        # "later this month": after the day of writing, so no day up to it is the meeting's
        start = ref + timedelta(days=1) if m["this"].startswith("later") else ref.replace(day=1)
        return start, _month_end(ref)
    if m["next"]:
        first = _month_end(ref) + timedelta(days=1)
        return first, _month_end(first)
    if m["year"]:
        return ref, date(ref.year, 12, 31)
    return ref, ref + timedelta(weeks=8)


def lead_period(
    doc: Doc, ref: date, skip_sentences: set[int], skip_before: int = 0
) -> tuple[date, date] | None:
    """The days a lead's period spans when the lead announces its meeting with a period and no day ("X will
    welcome Y to the White House later this month for an official visit"); None otherwise."""
    lead = next(
        (
            x
            for x in doc.sentences[:10]
            if x.index not in skip_sentences and x.text.rstrip().endswith(_PROSE_END)
        ),
        None,
    )
    if lead is None or not EVENT_NOUN.search(lead.text):
        return None
    m = _PERIOD.search(lead.text)
    if m is None:
        return None
    dates = find_dates(doc.text, lead.start, lead.end, ref)
    # "..., sources said Tuesday": the report's day is no day of the meeting
    own = [
        d
        for d in dates
        if d.start >= skip_before  # the dateline's day ("Xcity, Sept. 2 (Agency) -- ...")
        and not DATELINE_HEAD.match(doc.text, lead.start, d.start)
        and not (d.relative and SAID_ON.search(doc.text, max(lead.start, d.start - 25), d.start))
    ]
    return None if own else _window(m, ref)


def outside(period: tuple[date, date] | None, d: DateMention) -> bool:
    """The date falls outside the lead's period, so it is not the meeting's."""
    return period is not None and not period[0] <= d.date <= period[1]
