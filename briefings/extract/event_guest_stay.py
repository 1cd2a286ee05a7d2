"""A guest's stay the lead dates in a relative clause, and the meeting's day a next sentence sets in it."""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.dates import DateMention
from briefings.extract.event_date_score import IS_SET
from briefings.extract.sentences import Doc, Sentence

_GUEST_CLAUSE = re.compile(r",\s+who\s+(?:(?:will\s+be|is|are)\s+visiting|will\s+visit|visits)\s[^.;,]*$")
# "1. Date and Time" / "Date:": an advisory's field whose next line is the meeting's day
_DATE_FIELD = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:Date|When)\b(?:\s+and\s+[Tt]ime)?\s*:?\s*$")


def guest_stay_day(
    doc: Doc, scored: list[tuple[float, DateMention, Sentence]], d: DateMention, s: Sentence
) -> DateMention | None:
    """The lead dates only the guest's stay in a relative clause ("will hold the X Meeting with B, who will be
    visiting Y from 16 to 18 May") and a next sentence sets the meeting's day inside it ("The meeting will
    take place at the Z in Ycity on 17 May", or an advisory's "Date and Time" field): that day, read as the
    lead's."""
    if not d.end_date or not _GUEST_CLAUSE.search(doc.text, max(s.start, d.start - 60), d.start):
        return None
    for _, x, xs in scored:
        if (
            s.index < xs.index <= s.index + 2
            and not x.end_date
            and not x.relative
            and d.date <= x.date <= d.end_date
            and (
                IS_SET.search(doc.text, max(xs.start, x.start - 130), x.start)
                or _DATE_FIELD.match(doc.sentences[xs.index - 1].text)
            )
        ):
            return replace(d, date=x.date, end_date=None)
    return None
