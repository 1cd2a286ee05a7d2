"""A span of days written in words and restated in figures: "tomorrow and Saturday (May 8-9)", "from Sunday
through Tuesday, June 14-16". The words' first day opens the figures' range, so the whole is one mention of
the range (the clause before it, "will be held", reaches the date; no lone first day stays beside it)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from briefings.extract.relative_dates import relative_date

if TYPE_CHECKING:
    from briefings.extract.dates import DateMention

_OPENING_DAY = re.compile(
    r"\b([Tt]oday|[Tt]omorrow|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"\s*(?:and|to|through|until|till|-|–)\s*$"
)


def restated_spans(text: str, start: int, out: list[DateMention], ref: date) -> list[DateMention]:
    """A range in figures whose first day the day word just before it names takes that word in."""
    kept = list(out)
    for k, d in enumerate(out):
        if d.relative or d.end_date is None:
            continue
        m = _OPENING_DAY.search(text, max(start, d.start - 30), d.start)
        if m is None or relative_date(m[1], ref) != d.date:
            continue
        wide = replace(d, start=m.start())
        kept = [x for x in kept if x is d or not (m.start() <= x.start < d.start)]
        kept[kept.index(d)] = wide
        out[k] = wide
    return kept
