"""The city an earlier lead sentence holds the main event in, tied to the main event's own day."""

from __future__ import annotations

from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.gazetteer import City
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

_GAPS = ("", "on", ",")  # "in X next Monday", "in X on 12 October", "in X, 12 October"


def dated_lead_city(
    doc: Doc, body: list[Sentence], s: Sentence, dm: DateMention | None, ref: date, prefer: frozenset[str]
) -> City | None:
    """ "A will host B and C, his counterparts, in Xtown next Monday. The meeting on October 12 will ...": the
    city "in" which a sentence just before the main one puts a day that is the main event's own."""
    if dm is None:
        return None
    for x in body:
        if not s.index - 2 <= x.index < s.index:
            continue
        for c, a, b in cities_in(doc.text, x.start, x.end, prefer):
            if doc.text[max(x.start, a - 3) : a] != "in ":
                continue
            d = min(find_dates(doc.text, b, min(x.end, b + 40), ref), key=lambda m: m.start, default=None)
            if (
                d is not None
                and d.start - b <= 6
                and doc.text[b : d.start].strip() in _GAPS
                and d.date == dm.date
            ):
                return c
    return None
